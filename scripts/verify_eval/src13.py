"""Source lists in the formats real pages use (issue 14, src13), in other words than the holdouts.

Three notes on QQQ's Tuesday, each citing the session's stories under a list the verifier did not
read before: a note translated from the German under "Quellen" with entries "1) url - Publisher"; a
club newsletter citing by superscript footnotes ("$615.97\u00b9") listed as "\u00b9 url" under a title
of no known name ("Further reading"); and a study group's sheet whose "Bibliography" gives each
story by its publisher and quoted title with no URL at all. Every [n] resolves to its story (by URL,
or by title), so a cited sentence's figures are checked against the data (not traced to the sentence
itself), a citation of the wrong story is `citation-unsupported`, one beyond the list unresolved.

The German note also names gold in a sentence that cites the oil story: gold's figures are gold's,
checked against its own session, never charged to QQQ.

Step 2, a wrong figure the words name as a specific fact is that fact's `value-mismatch` (its expected
value given), not `number-untraced`: a desk recap of DIA's Wednesday gives the previous close by its
weekday's possessive after "since" ("since Tuesday's $463.78") and an earlier one "from Monday's
close of", the close after a move with the session's date between them ("slid on Wednesday, June 3, by
0.58% to"), the year's move "since the beginning of 2026", the day as a multiple "times its average
true range" and the box "which is 6.33% wide".

Every figure comes from the snapshot or the cited story, so each text is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import NewsItem

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "QQQ-2026-11-17"
GERMAN = f"user-src13-german-note-{KEY}"
FOOTNOTES = f"user-src13-footnotes-{KEY}"
TITLES = f"user-src13-bibliography-{KEY}"
RECAP_KEY = "DIA-2026-06-03"
RECAP = f"user-src13-desk-recap-{RECAP_KEY}"
NASDAQ, OIL = "nasdaq-100-slips", "wall-street-slides-oil-energy"
"""The stories cited: Tuesday's Nasdaq 100 story and Tuesday's oil-and-energy wrap."""


def _item(b: Built, slug: str) -> NewsItem:
    return next(item for item in b.news if slug in item.url)


def _figures(b: Built) -> dict[str, str]:
    s, sheet = b.snapshot, b.sheet
    assert (s.returns.change_1d_pct or 0) < 0 and (s.trend.pct_vs_sma_50 or 0) > 0
    assert float(sheet.facts["xmkt_gold_change_pct"].value) > 0  # type: ignore[arg-type]
    return {name: sheet.fmt(name, "abs") if name.endswith("pct") else sheet.fmt(name)
            for name in ("close", "change_1d_pct", "prev_close", "NDX_close", "sma_50", "pct_vs_sma_50",
                         "xmkt_gold", "xmkt_gold_change_pct")}


def german_note(b: Built) -> str:
    f, nasdaq, oil = _figures(b), _item(b, NASDAQ), _item(b, OIL)
    return (f"Tagesbericht Technologie (aus dem Deutschen \u00fcbersetzt)\n\n"
            f"The Nasdaq 100 fund QQQ gave up {f['change_1d_pct']} on Tuesday and settled at {f['close']}, "
            f"against {f['prev_close']} the session before [1]. The index itself ended at {f['NDX_close']} "
            f"[1]. Energy names weighed on the wider market as oil ended at $67.35 a barrel [2], while "
            f"gold added {f['xmkt_gold_change_pct']} to {f['xmkt_gold']}.\n\n"
            f"The fund still holds {f['pct_vs_sma_50']} above its 50-day average of {f['sma_50']}.\n\n"
            f"Quellen\n"
            f"1) {nasdaq.url} \u2013 {nasdaq.publisher}\n"
            f"2) {oil.url} \u2013 {oil.publisher}\n")


def footnote_note(b: Built) -> str:
    f, nasdaq, oil = _figures(b), _item(b, NASDAQ), _item(b, OIL)
    return (f"Maple Street Investment Club \u00b7 November newsletter\n\n"
            f"Our biggest holding, QQQ, closed Tuesday at {f['close']}\u00b9, down {f['change_1d_pct']} on "
            f"the day. Oil's slide to $67.35 a barrel pulled energy shares lower across the market\u00b2.\n\n"
            f"Further reading\n\n"
            f"\u00b9 {nasdaq.url}\n"
            f"\u00b2 {oil.url}\n")


def bibliography_note(b: Built) -> str:
    f, nasdaq, oil = _figures(b), _item(b, NASDAQ), _item(b, OIL)
    return (f"Study group sheet, week 47\n\n"
            f"QQQ finished the session at {f['close']}, {f['change_1d_pct']} under Monday [1]. On the same "
            f"day energy stocks sagged as oil ended at $67.35 a barrel [2].\n\n"
            f"Bibliography\n"
            f"[1] {nasdaq.publisher}, \u201c{nasdaq.title}\u201d, November 17, 2026.\n"
            f"[2] {oil.publisher}, \u201c{oil.title}\u201d, November 17, 2026.\n")


def _recap_figures(b: Built) -> dict[str, str]:
    s, sheet = b.snapshot, b.sheet
    closes = dict(zip(s.recent_sessions, s.recent_closes, strict=True))
    days = sorted(closes)[-3:]
    assert [d.strftime("%A") for d in days] == ["Monday", "Tuesday", "Wednesday"] and days[-1] == s.session
    assert (s.returns.change_1d_pct or 0) < 0 and (s.returns.change_ytd_pct or 0) < 0
    assert closes[days[0]] < closes[days[1]] and closes[days[1]] == s.prev_close
    figures = {name: sheet.fmt(name, "abs") for name in ("change_1d_pct", "change_1d", "change_ytd_pct")}
    figures |= {name: sheet.fmt(name) for name in ("close", "prev_close", "move_atr", "atr_14", "range_lower",
                                                   "range_upper", "range_sessions", "range_width_pct")}
    return figures | {"monday": f"${closes[days[0]]:.2f}", "date": s.session.strftime("%B %-d")}


def desk_recap(b: Built) -> str:
    f = _recap_figures(b)
    return (f"Dow fund recap, midweek\n\n"
            f"DIA slid on Wednesday, {f['date']}, by {f['change_1d_pct']} to {f['close']}. It has given back "
            f"{f['change_1d']} since Tuesday's {f['prev_close']}, after climbing from Monday's close of "
            f"{f['monday']}. Since the beginning of 2026 the fund is down {f['change_ytd_pct']}.\n\n"
            f"The drop measured about {f['move_atr']} times its average true range of {f['atr_14']}. "
            f"For {f['range_sessions']} sessions DIA has held a box from {f['range_lower']} to "
            f"{f['range_upper']}, which is {f['range_width_pct']} wide.\n")


def src13_texts(built: dict[str, Built]) -> list[UserText]:
    b = built[KEY]
    return [UserText(GERMAN, KEY, "prose", "txt", german_note(b)),
            UserText(FOOTNOTES, KEY, "prose", "txt", footnote_note(b)),
            UserText(TITLES, KEY, "prose", "txt", bibliography_note(b)),
            UserText(RECAP, RECAP_KEY, "prose", "txt", desk_recap(built[RECAP_KEY]))]


def _plant(name: str, base: str, check: str, old: str, new: str, code: str, span: str | None,
           note: str) -> Plant:
    return Plant(f"src13-{name}-{KEY}", base, check, old, new, code, span, note=note)


VALUE, UNSUPPORTED, UNRESOLVED = "value-mismatch", "citation-unsupported", "citation-unresolved"


def src13_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    close, wrong, index = f["close"], f"${built[KEY].snapshot.close + 4:.2f}", f["NDX_close"]
    gold = f"{float(f['xmkt_gold_change_pct'].rstrip('%')) + 0.7:.2f}%"
    return [
        _plant("german-close", GERMAN, "value", f"settled at {close}", f"settled at {wrong}", VALUE, wrong,
               "the close $4 high in a sentence citing [1] under 'Quellen' (entries '1) url'): checked"),
        _plant("german-cite", GERMAN, "citation", "a barrel [2]", "a barrel [1]", UNSUPPORTED, "[1]",
               "the oil sentence cites the Nasdaq 100 story, which says nothing of oil or energy"),
        _plant("german-unlisted", GERMAN, "citation", f"ended at {index} [1]", f"ended at {index} [3]",
               UNRESOLVED, "[3]", "[3] is beyond the two-entry list"),
        _plant("german-gold", GERMAN, "value", f"added {f['xmkt_gold_change_pct']}", f"added {gold}", VALUE,
               gold, "gold's move 0.70 points high in a sentence citing the oil story: gold's own"),
        _plant("footnote-close", FOOTNOTES, "value", f"at {close}\u00b9", f"at {wrong}\u00b9", VALUE, wrong,
               "the close $4 high before a superscript footnote mark: checked against the close"),
        _plant("footnote-cite", FOOTNOTES, "citation", "market\u00b2", "market\u00b9", UNSUPPORTED, None,
               "the oil sentence's footnote points at the Nasdaq 100 story (the mark is read as [1])"),
        _plant("bibliography-close", TITLES, "value", f"at {close}, ", f"at {wrong}, ", VALUE, wrong,
               "the close $4 high citing [1], a story listed by title only: checked"),
        _plant("bibliography-cite", TITLES, "citation", "a barrel [2]", "a barrel [1]", UNSUPPORTED, "[1]",
               "the oil sentence cites the Nasdaq 100 story, listed by its title"),
        *_recap_plants(_recap_figures(built[RECAP_KEY])),
    ]


def _recap_plants(f: dict[str, str]) -> list[Plant]:
    def plant(name: str, check: str, old: str, new: str, span: str, note: str) -> Plant:
        return Plant(f"src13-recap-{name}-{RECAP_KEY}", RECAP, check, old, new, VALUE, span, note=note)

    def shifted(printed: str, by: float, unit: str = "") -> str:
        value = float(printed.strip("$%").replace(",", "")) + by
        places = len(printed.split(".")[-1].rstrip("%"))
        return f"${value:.2f}" if printed.startswith("$") else f"{value:.{places}f}{unit}"

    prev, monday, close = shifted(f["prev_close"], 1), shifted(f["monday"], 0.5), shifted(f["close"], 0.5)
    ytd, atr, width = shifted(f["change_ytd_pct"], 1, "%"), shifted(f["move_atr"], 1), shifted(
        f["range_width_pct"], 1, "%")
    return [
        plant("prev", "history", f"Tuesday's {f['prev_close']}", f"Tuesday's {prev}", prev,
              "the previous close by its weekday's possessive after 'since', $1 high: Tuesday's close"),
        plant("monday", "history", f"close of {f['monday']}", f"close of {monday}", monday,
              "Monday's close after 'from Monday's close of', 50 cents high: that day's close, not a move"),
        plant("close", "value", f"% to {f['close']}", f"% to {close}", close,
              "the close after a move with the session's date between them, 50 cents high"),
        plant("ytd", "timeframe", f"down {f['change_ytd_pct']}", f"down {ytd}", ytd,
              "the year's move 'since the beginning of 2026', a point deep: the year-to-date return"),
        plant("atr", "derived", f"about {f['move_atr']} times", f"about {atr} times", atr,
              "the day as a multiple 'times its average true range', one ATR more: move_atr"),
        plant("width", "derived", f"which is {f['range_width_pct']} wide", f"which is {width} wide", width,
              "the box 'which is ... wide', a point wider: the range's width"),
    ]
