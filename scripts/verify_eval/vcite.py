"""Citation marks in other forms, figures a cited story does not hold, two peers compared, a place denied
(issue 14, vcite), in other words than the holdouts.

Two notes on QQQ's Tuesday (the fund -0.90%, SPY -0.50%, IWM -0.80%). A desk note cites by Markdown
footnotes ("[^1]", listed as "[^1]: url, Publisher"); a radio call-in transcript cites by a bare "(1)"
under a source list numbered "(1) ...", and once by a named mark ("(Source 1)"). Each mark resolves to
its story, so a mark beyond the list is `citation-unresolved` (quoted as written), and a clause citing a
story that names the Nasdaq 100 but prints none of the clause's figures about it is
`citation-unsupported`. The notes compare QQQ with SPY and IWM in words ("did a little worse than",
"a touch more than"), and deny QQQ a place in the group ("not the day's best"): each is checked against
the loaded one-day moves.

A club's recap of DIA's record Monday (DIA-2025-11-17) quotes its members: a record denied in a quote
("went out just shy of its record"), an RSI zone stated before a question ("The RSI says oversold, so do we
trim?"), "MACD bearish" with the line above its signal and zero. Its quiz's prompt ("True or false: DIA
closed below its 50-day average.") asks and is not checked; the answer after it is.

Every figure comes from the snapshot or the cited story, so each text is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import NewsItem

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "QQQ-2026-11-17"
DESK = f"user-vcite-desk-note-{KEY}"
RADIO = f"user-vcite-radio-{KEY}"
NASDAQ, PREVIEW, MONDAY = "nasdaq-100-slips", "week-ahead-fed-minutes", "stocks-rebound-yields-ease"
"""The stories cited: Tuesday's Nasdaq 100 story, the week-ahead preview of Nov 14, Monday's wrap."""


def _item(b: Built, slug: str) -> NewsItem:
    return next(item for item in b.news if slug in item.url)


def _figures(b: Built) -> dict[str, str]:
    moves = {name: float(b.sheet.facts[name].value)  # type: ignore[arg-type]
             for name in ("change_1d_pct", "SPY_change_1d_pct", "IWM_change_1d_pct", "DIA_change_1d_pct")}
    assert moves["change_1d_pct"] < moves["IWM_change_1d_pct"] < moves["SPY_change_1d_pct"] < 0
    assert moves["change_1d_pct"] < moves["DIA_change_1d_pct"]  # QQQ is the day's weakest of the four
    return {name: b.sheet.fmt(name, "abs") if name.endswith("pct") else b.sheet.fmt(name)
            for name in ("close", "change_1d_pct", "NDX_close", "SPY_change_1d_pct", "IWM_change_1d_pct")}


def desk_note(b: Built) -> str:
    f, nasdaq, preview = _figures(b), _item(b, NASDAQ), _item(b, PREVIEW)
    return (f"Morning desk note, Wednesday\n\n"
            f"QQQ gave back {f['change_1d_pct']} on Tuesday and finished at {f['close']}. The Nasdaq 100 "
            f"slid 0.9% to {f['NDX_close']} [^1]. The fund did a little worse than the S&P 500 fund SPY, "
            f"which lost {f['SPY_change_1d_pct']}; the small-cap IWM, off {f['IWM_change_1d_pct']}, also "
            f"did better than QQQ. So QQQ was not the day's best, by some way.\n\n"
            f"Friday had been rougher for tech: the Nasdaq 100 lost 1.2% that day [^2].\n\n"
            f"[^1]: {nasdaq.url}, {nasdaq.publisher}\n"
            f"[^2]: {preview.url}, {preview.publisher}\n")


def radio_transcript(b: Built) -> str:
    f, nasdaq, monday = _figures(b), _item(b, NASDAQ), _item(b, MONDAY)
    return (f"Market Hour call-in, Tuesday evening (transcript)\n\n"
            f"HOST: Where did the big tech index land today?\n\n"
            f"GUEST: The Nasdaq 100 slid 0.9% to {f['NDX_close']} (1). The fear gauge rose 1.0 points to "
            f"17.6 (Source 1).\n\n"
            f"HOST: And the fund most of our callers own, QQQ?\n\n"
            f"GUEST: QQQ was down {f['change_1d_pct']} at {f['close']}, a touch more than IWM, which fell "
            f"{f['IWM_change_1d_pct']}. On Monday the Nasdaq 100 had risen 0.5% (2).\n\n"
            f"Sources\n"
            f"(1) {nasdaq.publisher}, \u201c{nasdaq.title}\u201d, {nasdaq.url}\n"
            f"(2) {monday.publisher}, \u201c{monday.title}\u201d, {monday.url}\n")


def vcite_texts(built: dict[str, Built]) -> list[UserText]:
    b = built[KEY]
    return [UserText(DESK, KEY, "prose", "md", desk_note(b)),
            UserText(RADIO, KEY, "prose", "txt", radio_transcript(b)),
            UserText(CLUB, CLUB_KEY, "prose", "md", club_recap(built[CLUB_KEY]))]


UNSUPPORTED, UNRESOLVED, DIRECTION = "citation-unsupported", "citation-unresolved", "direction-mismatch"


def vcite_plants(built: dict[str, Built]) -> list[Plant]:
    f = _figures(built[KEY])
    index = f["NDX_close"]

    def plant(name: str, base: str, check: str, old: str, new: str, code: str, span: str, note: str) -> Plant:
        return Plant(f"vcite-{name}-{KEY}", base, check, old, new, code, span, note=note)

    return [
        plant("desk-cite", DESK, "citation", f"to {index} [^1]", f"to {index} [^2]", UNSUPPORTED, "[^2]",
              "the index's close cites the week-ahead preview, which names the Nasdaq 100 (down 1.2% the "
              "Friday before) but prints neither 0.9% nor its close"),
        plant("desk-unlisted", DESK, "citation", "that day [^2]", "that day [^3]", UNRESOLVED, "[^3]",
              "a footnote mark beyond the two notes listed"),
        plant("desk-worse", DESK, "direction", "did a little worse than", "did a little better than",
              DIRECTION, "did a little better than", "QQQ -0.90% did worse than SPY -0.50%"),
        plant("desk-iwm", DESK, "direction", "also did better than QQQ",
              "also did worse than QQQ", DIRECTION, "did worse than QQQ",
              "IWM -0.80% did better than QQQ -0.90%"),
        plant("desk-place", DESK, "negation", "not the day's best", "not the day's worst", DIRECTION,
              "the day's worst", "QQQ -0.90% is the weakest of the four: denying it is wrong"),
        plant("radio-cite", RADIO, "citation", f"to {index} (1)", f"to {index} (2)", UNSUPPORTED, "(2)",
              "the index's close cites Monday's wrap, whose Nasdaq 100 rose 0.5%: neither 0.9% nor the "
              "close"),
        plant("radio-named", RADIO, "citation", "(Source 1)", "(Source 3)", UNRESOLVED, "(Source 3)",
              "a named mark beyond the two-entry list"),
        plant("radio-unlisted", RADIO, "citation", "risen 0.5% (2)", "risen 0.5% (4)", UNRESOLVED, "(4)",
              "a bare (4) in a text citing by (n) under a list numbered (1), (2): unresolved"),
        plant("radio-more", RADIO, "direction", "a touch more than IWM", "a touch less than IWM", DIRECTION,
              "a touch less than IWM", "QQQ's 0.90% drop is deeper than IWM's 0.80%"),
        *club_plants(built),
    ]


# --- quotes, questions and a quiz: a club's recap of DIA's record Monday -----------------------------

CLUB_KEY = "DIA-2025-11-17"
CLUB = f"user-vcite-club-recap-{CLUB_KEY}"


def _club_figures(b: Built) -> dict[str, str]:
    s = b.snapshot
    assert s.extremes.new_all_time_high and (s.momentum.rsi_14 or 0) >= 70
    assert (s.momentum.macd or 0) > (s.momentum.macd_signal or 0) > 0 and s.close > (s.trend.sma_50 or 0)
    return {name: b.sheet.fmt(name, "abs") if name.endswith("pct") else b.sheet.fmt(name)
            for name in ("close", "change_1d_pct", "rsi_14", "sma_50")}


def club_recap(b: Built) -> str:
    f = _club_figures(b)
    return (f"Investment club recap, Monday night\n\n"
            f"DIA ended the session at {f['close']}, up {f['change_1d_pct']}. "
            f"\u201cIt went out at a record,\u201d Ana told the group. "
            f"\u201cThe RSI says overbought, so do we trim?\u201d Lena asked, and the RSI, "
            f"at {f['rsi_14']}, agreed with her. Sam summed up the chart as \u201cMACD bullish, trend "
            f"strong.\u201d\n\n"
            f"Quiz corner. True or false: DIA closed below its 50-day average. "
            f"False: DIA finished above its 50-day average, which sits at {f['sma_50']}.\n")


def club_plants(built: dict[str, Built]) -> list[Plant]:
    def plant(name: str, check: str, old: str, new: str, code: str, span: str, note: str) -> Plant:
        return Plant(f"vcite-club-{name}-{CLUB_KEY}", CLUB, check, old, new, code, span, note=note)

    return [
        plant("record", "quotation", "went out at a record", "went out just shy of its record",
              "pattern-mismatch", "shy of its record",
              "DIA closed at its all-time high: a quote denying it at the close is wrong"),
        plant("rsi", "quotation", "The RSI says overbought, so", "The RSI says oversold, so",
              "indicator-mismatch", "oversold", "RSI above 70 called oversold in a statement before a "
              "question"),
        plant("macd", "quotation", "MACD bullish", "MACD bearish", "indicator-mismatch", "MACD bearish",
              "MACD above its signal and above zero called bearish in a quote"),
        plant("answer", "pattern", "False: DIA finished above its", "True: DIA finished below its",
              "pattern-mismatch", "below its", "the quiz's answer is a claim: DIA closed above its 50-day"),
    ]
