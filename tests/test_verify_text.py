"""The verifier on free text: claims, subjects, words, dates, scores and citations.

Each test writes a short article the way a desk would, with figures filled from
the snapshot, and plants one error; the verifier must name exactly that error.
"""

from __future__ import annotations

import re

import pytest
from market_factories import news_item, settings, snapshot_for

from pipeline.contracts import Severity
from pipeline.facts import build_fact_sheet
from pipeline.scoring import score_snapshot
from pipeline.verify import InstrumentInfo, VerifyContext, build_lexicon, check_text
from pipeline.verify.claims import ClaimKind, extract_claims
from pipeline.verify.document import parse_document
from pipeline.verify.numbers import find_dates, find_numbers, sentences

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]
NEWS = [
    news_item("Small caps stall while the Nasdaq 100 rallies", "Small caps lagged again as the Russell 2000 "
              "barely moved and tech led the rebound.", ["IWM"], 1),
    news_item("Fed officials signal patience before the December meeting",
              "Policymakers said they would wait for more inflation data before the rate decision.",
              ["SPY"], 2),
]


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    snapshot = snapshot_for("IWM", seed=3)
    return VerifyContext.build(snapshot, score_snapshot(snapshot, NEWS), sources=NEWS, instruments=INFOS)


def fill(ctx: VerifyContext, text: str) -> str:
    return build_fact_sheet(ctx.snapshot, ctx.scores).fill(text)


def errors(ctx: VerifyContext, text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.span) for f in check_text(text, ctx) if f.severity == Severity.ERROR]


def sources_block() -> str:
    return ("\n\nSources:\n" + "\n".join(f"[{n}] {item.title} — {item.publisher}, {item.url}"
                                          for n, item in enumerate(NEWS, start=1)))


CLEAN = (
    "IWM closed at {close} on {session:weekday}, {change_1d_pct:abs} {direction} on the day. "
    "The underlying Russell 2000 Index (^RUT) ended at {RUT_close}. "
    "RSI(14) reads {rsi_14}. The 50-day average sits at {sma_50}. "
    "The VIX settled at {VIX_close}."
)


def clean_text(ctx: VerifyContext) -> str:
    direction = "up" if ctx.snapshot.returns.change_1d_pct > 0 else "down"
    return fill(ctx, CLEAN.replace("{direction}", direction)) + sources_block()


# --- a user's plain text -------------------------------------------------------------------------

def test_clean_plain_text_has_no_errors(ctx):
    assert errors(ctx, clean_text(ctx)) == []


def test_wrong_close_is_a_value_mismatch_with_the_expected_value(ctx):
    close = f"${ctx.snapshot.close:,.2f}"
    wrong = f"${ctx.snapshot.close + 1:,.2f}"
    found = [f for f in check_text(clean_text(ctx).replace(close, wrong, 1), ctx) if f.severity == "error"]
    assert [(f.code, f.span, f.expected) for f in found] == [("value-mismatch", wrong, close)]


def test_printed_precision_decides(ctx):
    """2,965 matches 2,964.8; 2,995 does not: a value rounds to what is printed."""
    rut = next(m.close for m in ctx.snapshot.related if m.symbol == "^RUT")
    rounded = f"{round(rut):,}"
    assert errors(ctx, f"The Russell 2000 Index (^RUT) ended at {rounded}.") == []
    off = f"{round(rut) + 30:,}"
    assert errors(ctx, f"The Russell 2000 Index (^RUT) ended at {off}.") == [("value-mismatch", off)]


def test_etf_quoted_on_its_index_scale(ctx):
    rut = next(m.close for m in ctx.snapshot.related if m.symbol == "^RUT")
    level = f"{round(rut, -1):,.0f}"
    assert errors(ctx, f"IWM is holding above {level}.") == [("scale-mismatch", level)]


def test_index_quoted_in_dollars(ctx):
    rut = next(m.close for m in ctx.snapshot.related if m.symbol == "^RUT")
    printed = f"${rut:,.2f}"
    assert errors(ctx, f"The Russell 2000 Index (^RUT) closed at {printed}.") == [("scale-mismatch", printed)]


def test_sign_and_direction_words(ctx):
    move = ctx.snapshot.returns.change_1d_pct
    wrong_word = "down" if move > 0 else "up"
    text = f"IWM finished {wrong_word} {abs(move):.2f}% on the session."
    assert errors(ctx, text) == [  # the span holds the mover named before the verb (vwords6)
        ("direction-mismatch", f"IWM finished {wrong_word} {abs(move):.2f}%")]
    flipped = f"{-move:+.2f}%"
    assert errors(ctx, f"IWM moved {flipped} on the day.") == [("direction-mismatch", flipped)]


def test_move_words_without_a_figure(ctx):
    move = ctx.snapshot.returns.change_1d_pct
    assert abs(move) >= 0.05
    right, wrong = ("rose", "fell") if move > 0 else ("fell", "rose")
    assert errors(ctx, f"IWM {right} on the session.") == []
    assert errors(ctx, f"IWM {wrong} on the session.") == [("direction-mismatch", f"IWM {wrong}")]
    assert errors(ctx, "IWM closed flat on the day.") == [("direction-mismatch", "IWM closed flat")]
    assert errors(ctx, f"IWM {wrong} over the past month.") == []  # another period: not the day's move
    assert errors(ctx, f"If IWM {wrong} tomorrow, support matters.") == []


def test_distance_relation_to_an_average(ctx):
    pct = ctx.snapshot.trend.pct_vs_sma_50
    assert pct is not None
    right, wrong = ("above", "below") if pct > 0 else ("below", "above")
    assert errors(ctx, f"The close is {abs(pct):.2f}% {right} the 50-day average.") == []
    assert errors(ctx, f"The close is {abs(pct):.2f}% {wrong} the 50-day average.") == [
        ("direction-mismatch", f"{abs(pct):.2f}% {wrong}"),
        ("pattern-mismatch", f"{abs(pct):.2f}% {wrong} the 50-day average")]  # the side, with its distance


def test_divergence_is_the_difference_of_the_printed_moves(ctx):
    qqq = next(m for m in ctx.snapshot.related if m.symbol == "QQQ")
    own = ctx.snapshot.returns.change_1d_pct
    right = abs(own - qqq.change_1d_pct)
    text = (f"IWM {'rose' if own > 0 else 'fell'} {abs(own):.2f}% while QQQ "
            f"{'rose' if qqq.change_1d_pct > 0 else 'fell'} {abs(qqq.change_1d_pct):.2f}%, "
            "a gap of {gap} pp.")
    assert errors(ctx, text.format(gap=f"{right:.2f}")) == []
    wrong = f"{right + 0.37:.2f}"
    assert errors(ctx, text.format(gap=wrong)) == [("derived-mismatch", f"{wrong} pp")]


def test_invented_figure_is_untraced(ctx):
    assert errors(ctx, "IWM trades at 23.4 times forward earnings.") == [("number-untraced", "23.4")]


def test_rsi_words(ctx):
    rsi = ctx.snapshot.momentum.rsi_14
    assert rsi is not None and 30 < rsi < 70
    assert errors(ctx, f"RSI(14) reads {rsi:.1f}, overbought territory.") == [
        ("indicator-mismatch", "overbought")]
    assert errors(ctx, f"RSI(14) reads {rsi:.1f}, short of overbought.") == []
    decade = int(rsi // 10) * 10 + (20 if rsi < 60 else -20)
    assert errors(ctx, f"RSI sits in the low {decade}s.") == [("indicator-mismatch", f"in the low {decade}s")]


def test_cross_names_and_hypotheticals(ctx):
    cross = ctx.snapshot.trend.cross
    assert cross is not None
    wrong = "death" if cross.state.value == "golden" else "golden"
    found = errors(ctx, f"The averages sit in the {wrong}-cross state.")
    assert found == [("pattern-mismatch", f"{wrong}-cross")]
    assert errors(ctx, f"A {wrong} cross would follow if the 50-day rolled over.") == []
    assert errors(ctx, f"The averages sit in the {cross.state.value}-cross state.") == []


def test_weekdays(ctx):
    session = ctx.snapshot.session
    wrong = "Thursday" if session.strftime("%A") != "Thursday" else "Wednesday"
    long_date = f"{session:%B} {session.day}, {session.year}"
    assert errors(ctx, f"As of {wrong}, {long_date}.") == [("weekday-mismatch", f"{wrong}, {long_date}")]
    verb = "higher" if ctx.snapshot.returns.change_1d_pct > 0 else "lower"
    assert errors(ctx, f"IWM closed {verb} on {wrong}.") == [("weekday-mismatch", wrong)]
    assert errors(ctx, f"IWM closed on {session:%A}.") == []


def test_a_last_or_next_weekday_with_a_yearless_date_takes_its_side_of_the_session(ctx):
    from datetime import date, timedelta

    session = ctx.snapshot.session
    past = date(session.year, 1, 1) + timedelta(days=(session - date(session.year, 1, 1)).days // 3)
    ahead = session + timedelta(days=120)
    for when, word in ((past, "last"), (ahead, "next")):
        short = f"{when.month}/{when.day}"
        right, wrong = f"{when:%a}", f"{when + timedelta(days=1):%a}"
        # more than half a year back, 'last' keeps it in this year; 'next' may cross into the next one
        assert errors(ctx, f"The cross printed {word} {right} ({short}) and nothing since.") == []
        assert [code for code, _ in errors(ctx, f"The cross printed {word} {wrong} ({short}).")] == [
            "weekday-mismatch"]


def test_support_above_the_close_is_on_the_wrong_side(ctx):
    above = next(lv for lv in ctx.snapshot.levels if lv.price > ctx.snapshot.close)
    printed = f"${above.price:,.2f}"
    assert errors(ctx, f"Support sits at {printed}.") == [("level-wrong-side", printed)]


def test_prose_setup_geometry(ctx):
    close = ctx.snapshot.close
    text = f"Long above ${close:,.2f}, stop ${close * 1.02:,.2f}, target ${close * 1.05:,.2f}."
    assert [code for code, _ in errors(ctx, text)] == ["setup-geometry"]


def test_prose_setup_told_by_its_trigger():
    """No long/short word: the trigger gives the side ("a close below" sells, "a bounce off" buys), a
    sell's stop under its entry is named at the stop, and a reward in multiples of the risk is read."""
    from pipeline.verify.levels import check_setup, prose_setups

    short = "A close below $240.00 with a stop at $238.00 and a target of $232.00 is the plan."
    (setup,) = prose_setups(short, "body", [])
    assert setup.direction == "short"
    assert [(f.code, f.span) for f in check_setup(setup)] == [("setup-geometry", "$238.00")]
    bounce = "A bounce off $240.00 with a stop at $236.00 would aim for $250.00, about {} times the risk."
    (right,) = prose_setups(bounce.format("2.5"), "body", [])
    assert right.direction == "long" and check_setup(right) == []
    (wrong,) = prose_setups(bounce.format("4.5"), "body", [])
    assert [(f.code, f.span) for f in check_setup(wrong)] == [("setup-reward-risk", "4.5")]


def test_table_setup_geometry_in_index_points():
    """A setups table quoted in index points (thousands separators, no $): a long whose stop sits
    above its entry is named at the stop (the eval set has no index draft printing a setup now)."""
    snapshot = snapshot_for("^GSPC", seed=3)
    index = VerifyContext.build(snapshot, score_snapshot(snapshot, []), instruments=INFOS)
    entry, stop, target = (f"{snapshot.close * k:,.2f}" for k in (1.01, 0.99, 1.04))
    assert "," in entry
    table = ("## Trade setups\n\n| Direction | Trigger | Entry | Stop | Target | Reward/risk |\n"
             "| --- | --- | ---: | ---: | ---: | ---: |\n"
             "| Long | a close above resistance | {} | {} | {} | 1.5 |\n")
    found = errors(index, table.format(entry, stop, target))
    assert not [code for code, _ in found if code.startswith("setup-")]
    assert ("setup-geometry", entry) in errors(index, table.format(stop, entry, target))


def test_citations(ctx):
    base = clean_text(ctx)
    assert errors(ctx, base.replace("on the day.", "on the day [1].")) == []
    assert errors(ctx, base.replace("on the day.", "on the day [3].")) == [("citation-unresolved", "[3]")]
    unsupported = base.replace("The VIX settled", "The VIX settled [2]")
    assert ("citation-unsupported", "[2]") in errors(ctx, unsupported)
    linked = base.replace("on the day.", "on the day, see https://elsewhere.example/story.")
    assert errors(ctx, linked) == [("url-not-ingested", "https://elsewhere.example/story")]


def test_a_shared_subject_does_not_back_a_fact_the_source_never_mentions(ctx):
    """The small-caps story names IWM (by 'small caps'), but not its 50-day average: a sentence of
    figures about that average, none of them in the story, is not backed by the subject alone."""
    base = clean_text(ctx)
    assert errors(ctx, base.replace("on the day.", "on the day [1].")) == []
    average = fill(ctx, "The 50-day average sits at {sma_50}.")
    cited = base.replace(average, "IWM's" + average[3:-1] + " [1].")
    assert cited != base
    assert errors(ctx, cited) == [("citation-unsupported", "[1]")]
    worded = base.replace(average, "Small caps lagged again: IWM's" + average[3:-1] + " [1].")
    assert errors(ctx, worded) == []  # two words of the story beside the subject back it


def test_unknown_sources_are_not_held_against_the_text(ctx):
    blind = VerifyContext.build(ctx.snapshot, ctx.scores, sources=None, instruments=INFOS)
    text = clean_text(ctx).replace("on the day.", "on the day [1].")
    assert errors(blind, text) == []


def test_scores_in_text(ctx):
    scores = ctx.scores
    assert scores is not None
    assert errors(ctx, f"Pulse {scores.pulse}/100, threat level {scores.threat_level}/5.") == []
    other = (scores.pulse + 25) % 100
    codes = {code for code, _ in errors(ctx, f"Pulse {other}/100.")}
    assert codes == {"score-mismatch"}


# --- the parts ------------------------------------------------------------------------------------

def test_numbers_keep_labels_out():
    text = "RSI(14) at 48.2 on the 50-day, 4:00 PM, Q3 2026, S&P 500 up 1.1%, 39.6M shares, in the low 50s."
    assert [n.text for n in find_numbers(text)] == ["48.2", "1.1%", "39.6M"]


def test_signed_numbers_and_zones():
    numbers = find_numbers("a move of -1.65% and a zone $241.00-$249.26 or 3,000-3,010")
    assert [(n.text, n.sign) for n in numbers] == [("-1.65%", -1), ("$241.00", 0), ("$249.26", 0),
                                                    ("3,000", 0), ("3,010", 0)]


def test_dates_with_weekdays_and_without_years():
    found = find_dates("FOMC on Wednesday, Dec 9, then Jan 27.", session=snapshot_for().session)
    assert [(d.weekday, str(d.value)) for d in found] == [("Wednesday", "2026-12-09"), (None, "2027-01-27")]


def test_sentences_survive_abbreviations_and_decimals():
    assert len(sentences("IWM vs. SPY closed at $244.30. It rose 0.3% on Nov. 20.")) == 2


def test_subjects_exact_and_family(ctx):
    lexicon = build_lexicon(ctx.snapshot, instruments=INFOS)
    found = {m.text: m.symbols for m in lexicon.mentions("IWM and the Russell 2000 Index and small caps")}
    assert found["IWM"] == ("IWM",)
    assert found["Russell 2000 Index"] == ("^RUT",)
    assert set(found["small caps"]) == {"IWM", "^RUT"}


def test_claims_know_subject_kind_and_direction(ctx):
    sentence = "That trailed the Nasdaq 100 (QQQ), up 1.90%, by 1.60 pp, and RSI(14) reads 48.2."
    claims = {c.span: c for c in extract_claims(sentence, "analysis", ctx.lexicon, [])}
    assert claims["1.90%"].subject == ("QQQ",) and claims["1.90%"].strong
    assert claims["1.90%"].kind == ClaimKind.CHANGE and claims["1.90%"].direction == 1
    assert claims["1.60 pp"].kind == ClaimKind.DIVERGENCE
    assert claims["48.2"].names == "rsi_14"


def test_document_reads_front_matter_tables_and_sources():
    doc = parse_document("---\nsymbol: \"IWM\"\nsession: \"2026-11-20\"\n---\n# Title\n\n## Key levels\n\n"
                         "| Type | Price / zone | Note |\n| --- | ---: | --- |\n"
                         "| Support | $240.02 | swing low |\n\n"
                         "## Sources\n\n1. **A story** — Wire, Nov 20, 2026. <https://wire.example/a>\n"
                         "   > “a snippet”\n")
    assert doc.front == {"symbol": "IWM", "session": "2026-11-20"}
    assert doc.rows[0].cell("type") == "Support" and doc.rows[0].section == "key_levels"
    assert doc.sources[0].number == 1 and doc.sources[0].urls == ("https://wire.example/a",)
    assert ("headline", "Title") in doc.prose()


@pytest.mark.parametrize("listing", [
    "Sources consulted\n(1) https://wire.example/a (Wire)\n(2) https://desk.example/b (Desk)",
    "Bibliography:\n\n[1] Wire, 'A story', https://wire.example/a\n[2] Desk, 'B story', https://desk.example/b",
    "Lähteet\n1) https://wire.example/a\n2) https://desk.example/b",
    "\u0627\u0644\u0645\u0635\u0627\u062f\u0631\n(1) https://wire.example/a\n(2) https://desk.example/b",
    "Read further\n\n\u00b9 https://wire.example/a\n\u00b2 https://desk.example/b",
])
def test_source_lists_in_the_formats_pages_use(listing):
    """Any title over a numbered list of links, numbered (1), [1], 1) or by superscript footnotes: the
    text's sources, its title no prose; footnote marks in the prose are read as the citations."""
    marks = ("\u00b9", "\u00b2") if "\u00b9" in listing else (" [1]", " [2]")
    doc = parse_document(f"IWM rose 0.3%{marks[0]}. The Fed waits{marks[1]}.\n\n{listing}\n")
    assert [(e.number, e.urls) for e in doc.sources] == [(1, ("https://wire.example/a",)),
                                                           (2, ("https://desk.example/b",))]
    assert doc.prose() == [("header", "IWM rose 0.3% [1]. The Fed waits [2].")]


def test_a_source_listed_by_its_title_alone_resolves(ctx):
    """'[n] Publisher, "Title", date' with no URL names the ingested story by its title: the citing
    sentence is checked against that story, and a title nobody ingested is not ingested."""
    listed = "\n\nBibliography\n" + "\n".join(f"[{n}] {item.publisher}, \u201c{item.title}\u201d, Nov 20."
                                              for n, item in enumerate(NEWS, start=1))
    text = clean_text(ctx).split("\n\nSources:")[0].replace("on the day.", "on the day [1].")
    both = text.replace("RSI(14)", "The Fed waits [2]. RSI(14)")
    assert errors(ctx, both + listed) == []
    assert errors(ctx, both.replace("day [1]", "day [2]") + listed) == [("citation-unsupported", "[2]")]
    unknown = listed.replace(NEWS[1].title, "A story nobody ingested")
    assert [code for code, _ in errors(ctx, both + unknown)] == ["source-not-ingested"]


def test_readme_lists_every_finding_code():
    from pathlib import Path

    from pipeline.verify import CHECKS

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for check in CHECKS.values():
        assert f"| `{check.code}` | {check.severity.value} |" in readme, check.code


def test_a_source_cited_by_a_collapsed_copy_url_is_ingested(ctx):
    """A syndicated copy collapsed into a story by dedupe (`also_at`) was ingested too:
    citing it, in the Sources list or inline, is no error."""
    from pipeline.contracts.news import SeenAt

    copy_url = "https://mirror.example/reposted-small-caps"
    story = NEWS[0].model_copy(update={"also_at": [SeenAt(
        url=copy_url, publisher="Mirror", title=NEWS[0].title, feed_url="https://mirror.example/rss")]})
    copied = VerifyContext.build(ctx.snapshot, ctx.scores, sources=[story, NEWS[1]], instruments=INFOS)
    text = clean_text(ctx).replace("on the day.", f"on the day [1], see {copy_url}.")
    text = text.replace(NEWS[0].url, copy_url)
    assert text.count(copy_url) == 2
    assert errors(copied, text) == []
    assert copied.item_for_url(copy_url) is story


def test_the_not_figures_lookahead_admits_every_start_the_full_pattern_can_match():
    """The fast start-character lookahead must never hide a label, URL, date or citation."""
    from pathlib import Path

    from pipeline.verify import numbers

    data = Path(__file__).resolve().parent / "data"
    texts = [p.read_text("utf-8") for folder in ("verify_eval", "verify_holdout")
             for p in sorted((data / folder).rglob("*.md"))]
    texts.append("Sources (3) ſources (2) Q4 H1 2nd 1990s 10 a.m. 4:00 PM 2/2/2026 7/10 one-month #tag "
                 "www.x.com https://x.com [4] Mon, Nov. 3, 2025 2026-11-20 RSI (14) Bollinger (20, 2) 50-MA "
                 "xRSI(14) zATR(14) qMACD(12,26,9) abhttps://y.io 40/100 x/5 a#tag b[2] 3/4/2025 1990s 20s "
                 "2,000 companies -1,500 firms 60% of economists 12 pm 9:30AM 12/ 2026-01-02x 50 line")
    assert len(texts) > 100
    for text in texts:
        for start in range(len(text)):
            if numbers._NOT_FIGURES_ANYWHERE.match(text, start):
                assert re.match(f"[{numbers._NOT_FIGURES_START}]", text[start]), text[start:start + 30]
        assert numbers.blank(text, numbers._NOT_FIGURES) == numbers.blank(text, numbers._NOT_FIGURES_ANYWHERE)
        for line in text.splitlines():  # the variant for what a line holds blanks the same spans
            assert numbers.blank(line, numbers._not_figures(numbers._present(line))) == \
                numbers.blank(line, numbers._NOT_FIGURES_ANYWHERE), line


def test_a_continental_document_is_read_in_continental_notation() -> None:
    from pipeline.verify.numbers import in_english_notation

    note = in_english_notation("The index closed at 35.112,40 (-0,88%), support 35.000, off 312,84 points.")
    assert note.text == "The index closed at 35,112.40 (-0.88%), support 35,000, off 312.84 points."
    assert note.original("35,112.40 is not the close") == "35.112,40 is not the close"
    english = "SPY closed at 688.00, up 1.10%; 1,234 names rose (German original: 35.112,40 Punkte)."
    assert in_english_notation(english).text == english  # more English-only figures: left as it is
    assert in_english_notation("Volume was 1,234 contracts and 20.11.2026 a date.").printed == {}
