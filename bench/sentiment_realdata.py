"""The news sentiment score (pipeline/scoring.py `news_sentiment`) against real headlines labelled by hand.

bench/data/sentiment_labels.tsv holds 294 labels of real headlines (the feeds under
../shared/realdata/feeds/financial_news and the Benzinga headline sample under
../shared/realdata/headlines): + good for the stock or market the headline names, - bad, 0 neither,
read for equities as a trader would. The file stores only where each headline is (source file and
entry index or row id) and a digest of its text; the text is read here from ../shared/realdata, and
the bench says so and stops when that folder is absent.

Each headline is scored alone: `news_sentiment` of the headline given twice as the same story (the
score needs two stories; one story's parts count once), read as + above 55, - below 45 and 0 between
(the Moderate band of `sentiment_label`). The bench prints agreement, the confusion table (rows:
label, columns: score) and the headlines it gets the wrong way round (+ read as - or - as +). With
--news-days it also runs the pipeline on the editorial news days (tests/data/editorial/news_days,
slow: it ingests each day) and prints each article's score beside the instrument's move on the
session; --text "..." prints the parts read in one text.

Usage: python bench/sentiment_realdata.py [--show N] [--news-days] [--text TEXT]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import feedparser

from pipeline.contracts import NewsItem
from pipeline.scoring import news_sentiment
from pipeline.sentiment import tone_of as read_tone

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "data" / "sentiment_labels.tsv"
REALDATA = ROOT.parent / "shared" / "realdata"
TONES = ("+", "0", "-")
POSITIVE_ABOVE = 55
NEGATIVE_BELOW = 45


@dataclass(frozen=True)
class Labelled:
    source: str
    ref: str
    title: str
    label: str


def collapsed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def digest(title: str) -> str:
    return hashlib.sha1(collapsed(title).encode("utf-8")).hexdigest()[:8]


def _feed_titles(path: Path) -> dict[str, str]:
    entries = feedparser.parse(str(path)).entries
    return {str(index): entry.get("title", "") for index, entry in enumerate(entries)}


def _csv_titles(path: Path) -> dict[str, str]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return {row[0]: row[1] for row in rows[1:] if len(row) > 1 and row[0]}


def titles_of(source: str) -> dict[str, str]:
    path = REALDATA / source
    return _csv_titles(path) if path.suffix == ".csv" else _feed_titles(path)


def labelled_headlines(labels: Path = LABELS) -> list[Labelled]:
    """The labelled headlines with their text from ../shared/realdata; a digest mismatch is an error."""
    rows = [line.split("\t") for line in labels.read_text("utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    texts: dict[str, dict[str, str]] = {}
    out = []
    for source, ref, sha, label in rows:
        title = texts.setdefault(source, titles_of(source)).get(ref, "")
        if digest(title) != sha:
            raise SystemExit(f"{source} {ref}: the headline is not the one labelled "
                             f"(digest {digest(title)} != {sha})")
        out.append(Labelled(source, ref, collapsed(title), label))
    return out


def story(title: str) -> NewsItem:
    return NewsItem(item_id="0" * 16, title=title, url="https://example.invalid/h", publisher="bench",
                    feed_url="https://example.invalid/feed", fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
                    content_hash="0" * 64)


def score_tone(score: int | None) -> str:
    if score is None or NEGATIVE_BELOW <= score <= POSITIVE_ABOVE:
        return "0"
    return "+" if score > POSITIVE_ABOVE else "-"


def headline_tone(title: str) -> str:
    item = story(title)
    result = news_sentiment([item, item])
    return score_tone(result[0] if result else None)


def confusion(pairs: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    return Counter(pairs)


def report(headlines: list[Labelled], show: int) -> None:
    read = [(h, headline_tone(h.title)) for h in headlines]
    table = confusion((h.label, tone) for h, tone in read)
    agree = sum(table[(t, t)] for t in TONES)
    signed = [(h, tone) for h, tone in read if h.label != "0"]
    sign_right = sum(tone == h.label for h, tone in signed)
    reversed_ = [(h, tone) for h, tone in read if {h.label, tone} == {"+", "-"}]
    print(f"{len(read)} labelled headlines: agreement {agree}/{len(read)} ({agree / len(read):.1%}); "
          f"signed labels read right {sign_right}/{len(signed)}; read the wrong way round {len(reversed_)}")
    print("label \\ score    " + "".join(f"{t:>6}" for t in TONES))
    for label in TONES:
        print(f"{label:>13}    " + "".join(f"{table[(label, t)]:6d}" for t in TONES))
    for h, tone in reversed_[:show]:
        print(f"  reversed: label {h.label} score {tone}  {h.source.rsplit('/', 1)[-1]}#{h.ref}: {h.title}")
    missed = [h for h, tone in signed if tone == "0"]
    for h in missed[:show]:
        print(f"  unread:   label {h.label} score 0  {h.source.rsplit('/', 1)[-1]}#{h.ref}: {h.title}")
    over = [(h, tone) for h, tone in read if h.label == "0" and tone != "0"]
    for h, tone in over[:show]:
        print(f"  over:     label 0 score {tone}  {h.source.rsplit('/', 1)[-1]}#{h.ref}: {h.title}")


def news_days_report() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from editorial_cases import news_day_cases, news_days

    days = news_days()
    for case in news_day_cases(days):
        article = case.article
        change = 100 * (case.snapshot.close / case.snapshot.prev_close - 1)
        print(f"  {case.snapshot.session} {case.snapshot.symbol:4} day {change:+.2f}%  "
              f"sentiment {article.sentiment_score} ({article.sentiment_label}), {len(case.news)} stories")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="headlines listed per kind of miss")
    parser.add_argument("--text", help="print the parts read in this text and stop")
    parser.add_argument("--news-days", action="store_true", help="also run the editorial news days (slow)")
    args = parser.parse_args(argv)
    if args.text:
        for part in read_tone(args.text).parts:
            print(f"{part.points:+d}  {part.words!r}: {part.why}")
        return 0
    if not REALDATA.is_dir():
        print(f"{REALDATA} is absent: nothing to measure")
        return 0
    report(labelled_headlines(), args.show)
    if args.news_days:
        news_days_report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
