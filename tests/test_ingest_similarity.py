"""Near-duplicate collapse on a planted corpus: precision and recall of the story clusters.

Planted: six wire stories, each with copies of three kinds (an exact repost
whose URL carries tracking parameters, a syndicated copy with its own headline
and lead paragraph, a copy with small edits or cut short), and four stories
that share the topic words of the others (Fed, rates, oil, small caps) but are
different stories. Figures print with `-s`; pinned floors guard them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import combinations

from pipeline.contracts import NewsItem
from pipeline.ingest.dedupe import dedupe
from pipeline.ingest.normalize import canonical_url, content_hash, item_id
from pipeline.ingest.similarity import near_duplicate_pairs, overlap, shingles

STORIES = {
    "fed": [
        "The Federal Reserve held its benchmark rate steady on Wednesday, as expected.",
        "Policymakers said inflation had eased but remained above the 2% goal.",
        "Chair Jerome Powell told reporters the committee wanted more evidence before cutting.",
        "Two officials dissented in favour of a quarter-point reduction.",
        "Treasury yields slipped after the statement and the dollar weakened against the yen.",
        "Futures traders now price a first cut in March, according to exchange data.",
    ],
    "oil": [
        "Oil prices jumped more than 3% on Thursday after OPEC+ agreed to extend output cuts.",
        "Brent crude settled at $78.40 a barrel while West Texas Intermediate rose to $74.10.",
        "The group said the reductions would run through the end of the first quarter.",
        "Energy shares led the S&P 500 higher, with refiners and drillers posting the biggest gains.",
        "Analysts said the move would tighten inventories heading into winter.",
        "Some traders doubted that every member would comply with its quota.",
    ],
    "smallcaps": [
        "Small-cap stocks rallied for a third day as the Russell 2000 gained 1.8%.",
        "Regional banks and biotech names drove the advance after a soft producer-price report.",
        "The iShares Russell 2000 ETF traded its heaviest volume in a month.",
        "Strategists said smaller companies benefit most when borrowing costs fall.",
        "The index is still below its record high set three years ago.",
        "Breadth was strong, with advancers outnumbering decliners four to one on the Nasdaq.",
    ],
    "retail": [
        "Shares of Harbor Outfitters fell 9% after the retailer cut its holiday sales forecast.",
        "The company blamed a late start to cold weather and heavier discounting by rivals.",
        "Quarterly revenue of $4.2 billion missed the average analyst estimate.",
        "Its chief executive said inventories were clean heading into December.",
        "Other apparel chains slipped in sympathy during afternoon trading.",
        "The stock has lost roughly a fifth of its value since September.",
    ],
    "chips": [
        "Chipmaker Lumen Devices reported record data-center sales and raised its outlook.",
        "Revenue in the segment doubled from a year earlier to $11 billion.",
        "The company said supply of its newest accelerator would stay tight into next year.",
        "Its shares rose 6% in extended trading, lifting other semiconductor stocks.",
        "Gross margin widened to 71% on a richer product mix.",
        "Executives declined to comment on export rules for shipments to China.",
    ],
    "jobs": [
        "U.S. employers added 210,000 jobs in October, more than economists had forecast.",
        "The unemployment rate held at 4.1% while average hourly earnings rose 0.3%.",
        "Health care and leisure and hospitality accounted for most of the gains.",
        "Revisions lowered the prior two months by a combined 40,000 positions.",
        "Stocks opened higher after the report as bond yields moved little.",
        "The Labor Department will publish November figures on Dec. 5.",
    ],
}
# Same topic words, different stories: they must stay separate.
NEIGHBOURS = {
    "fed-minutes": [
        "Minutes of the Federal Reserve's last meeting showed officials divided over the pace of cuts.",
        "Several policymakers worried that inflation could stall above the 2% goal.",
        "Others argued that the labor market was cooling fast enough to justify lower rates.",
        "Treasury yields rose slightly after the release and the dollar firmed.",
        "The committee meets again in December, when new projections are due.",
        "Chair Jerome Powell is scheduled to speak in Chicago next week.",
    ],
    "oil-slump": [
        "Oil prices slid for a fourth session on Monday as U.S. inventories climbed.",
        "Brent crude fell to $72.15 a barrel and West Texas Intermediate to $68.30.",
        "Government data showed stockpiles rose by 5.2 million barrels last week.",
        "Energy shares were the worst performers in the S&P 500.",
        "Traders said demand from China remained the main worry.",
        "OPEC+ is due to meet early next month to review its output policy.",
    ],
    "smallcaps-lag": [
        "Small-cap stocks lagged on Tuesday as the Russell 2000 slipped 1.1%.",
        "Regional banks fell after a lender warned about commercial property loans.",
        "The iShares Russell 2000 ETF has underperformed large caps for five sessions.",
        "Strategists said higher borrowing costs weigh most on smaller companies.",
        "Volume was light ahead of the holiday.",
        "Decliners outnumbered advancers three to one on the New York Stock Exchange.",
    ],
    "chips-export": [
        "Semiconductor stocks fell after Washington tightened export rules for advanced chips to China.",
        "Lumen Devices, the largest data-center supplier, dropped 4% in early trading.",
        "The rules cover accelerators above a performance threshold and some older models.",
        "Analysts said sales to China were about a tenth of the industry's revenue.",
        "Equipment makers also slipped on concern over future orders.",
        "The Commerce Department said the rules take effect in 30 days.",
    ],
}


def _body(sentences: list[str]) -> str:
    return " ".join(sentences)


def _item(url: str, title: str, text: str, publisher: str) -> NewsItem:
    digest = content_hash(title, text)
    return NewsItem(item_id=item_id(digest), title=title, url=canonical_url(url), urls=[canonical_url(url)],
                    publisher=publisher, feed_url=f"https://{url.split('/')[2]}/rss",
                    published_at=datetime(2026, 11, 20, 15, tzinfo=UTC),
                    fetched_at=datetime(2026, 11, 20, 22, tzinfo=UTC), text=text, has_content=True,
                    content_hash=digest, symbols=[])


def _edit(sentences: list[str]) -> list[str]:
    """Small edits: a changed word, a rounded figure, a dropped clause."""
    edited = list(sentences)
    edited[0] = edited[0].replace("on ", "late on ", 1).replace("Shares", "Stock")
    edited[2] = edited[2].replace("said", "noted").replace("The ", "That ", 1)
    edited[4] = edited[4].split(",")[0].rstrip(".") + "."
    return edited


def planted() -> tuple[list[NewsItem], list[str]]:
    """Items and, per item, the story it belongs to."""
    items, labels = [], []

    def add(label: str, item: NewsItem) -> None:
        items.append(item)
        labels.append(label)

    for n, (name, sentences) in enumerate(STORIES.items()):
        body = _body(sentences)
        add(name, _item(f"https://wire.example/{name}", f"{name} story", body, "Wire"))
        add(name, _item(f"https://wire.example/{name}?utm_source=feed&utm_medium=rss#top",
                        f"{name} story", body, "Wire"))  # exact repost, tracking params
        lead = f"In a story first reported by Wire, {sentences[0][0].lower()}{sentences[0][1:]}"
        add(name, _item(f"https://daily{n}.example/markets/{name}-syndicated", f"{name}: what to know",
                        _body([lead, *sentences[1:]]) + " Copyright Daily.", "Daily"))  # syndication
        if n % 2:
            add(name, _item(f"https://blog{n}.example/{name}", f"{name} (updated)",
                            _body(_edit(sentences)), "Blog"))  # small edits
        else:
            add(name, _item(f"https://brief{n}.example/{name}", f"Brief: {name}",
                            _body(sentences[:4]), "Brief"))  # cut short
    for name, sentences in NEIGHBOURS.items():
        add(name, _item(f"https://other.example/{name}", f"{name} story", _body(sentences), "Other"))
    return items, labels


def _pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for group in groups for pair in combinations(sorted(group), 2)}


def test_planted_duplicates_collapse_with_full_precision_and_recall():
    items, labels = planted()
    merged, collapsed = dedupe(items)
    predicted = []
    for story in merged:
        urls = {story.url, *story.urls}
        predicted.append([i for i, item in enumerate(items) if item.url in urls])
    truth = {}
    for index, label in enumerate(labels):
        truth.setdefault(label, []).append(index)
    got, want = _pairs(predicted), _pairs(list(truth.values()))
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want)
    print(f"\nplanted dedupe: {len(items)} items, {len(truth)} stories, {len(merged)} after collapse "
          f"({collapsed} collapsed); pair precision {precision:.2f}, recall {recall:.2f}")
    assert precision == 1.0 and recall == 1.0
    assert len(merged) == len(truth)


def test_a_collapsed_story_keeps_every_url_and_publisher():
    items, labels = planted()
    merged, _ = dedupe(items)
    [fed] = [m for m in merged if m.url == "https://wire.example/fed"]
    assert fed.publishers == ["Wire", "Daily", "Brief"]
    assert {a.url for a in fed.also_at} == {"https://daily0.example/markets/fed-syndicated",
                                            "https://brief0.example/fed"}
    assert fed.item_id == items[0].item_id  # the cited copy's own id
    # the collapse itself does not depend on the order items arrive in
    again, _ = dedupe(list(reversed(items)))
    assert sorted(sorted({m.url, *m.urls}) for m in again) == sorted(sorted({m.url, *m.urls})
                                                                     for m in merged)


def test_scores_separate_copies_from_same_topic_stories():
    items, labels = planted()
    texts = [i.text for i in items]
    copies = [overlap(shingles(texts[a]), shingles(texts[b]))
              for a, b in combinations(range(len(items)), 2) if labels[a] == labels[b]]
    others = [overlap(shingles(texts[a]), shingles(texts[b]))
              for a, b in combinations(range(len(items)), 2) if labels[a] != labels[b]]
    print(f"\noverlap: copies min {min(copies):.2f}, different stories max {max(others):.2f}")
    assert min(copies) >= 0.6 and max(others) <= 0.15


def test_short_texts_are_never_compared():
    assert near_duplicate_pairs(["Stocks rose on Friday.", "Stocks rose on Friday."]) == []
