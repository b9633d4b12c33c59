"""False alarms of the third blind holdout, each pinned by a clean text in other words (issue 14).

Round-number maps: an index's close, levels and average in thousands shorthand ("6.9k", "6.81k",
"7k"), the close's distance from the nearest support said from the index's side ("sits 1.40%
above that level": the index is above it, the level's own distance is negative), and a post's
furniture line ("1,204 views · 57 replies"). Every figure comes from the snapshot.

Plant: the 50-day in shorthand 0.3k off (number-untraced: the shorthand is read on the index's
scale, not as a figure of a few dollars).

Source lists without a "Sources" heading: the numbered entries on consecutive lines after the
prose ("[3] Title — Outlet (url)"), or one "refs: [1] url [2] url" line. Plant: the fragment
cited to a number the list does not hold (citation-unresolved).
"""

from __future__ import annotations

from datetime import timedelta

from pipeline.contracts import Snapshot

from .plants import Plant
from .universe import Built

K_KEYS = ("idx_GSPC-2026-11-20", "idx_RUT-2026-11-17")


def _k(value: float, decimals: int) -> str:
    return f"{value / 1000:.{decimals}f}k"


def _support(s: Snapshot):  # type: ignore[no-untyped-def]
    return next(level for level in s.levels if level.kind == "support" and level.source != "round")


def _resistance(s: Snapshot):  # type: ignore[no-untyped-def]
    return next(level for level in reversed(s.levels)
                if level.kind == "resistance" and level.source != "round")


def round_map(b: Built) -> str:
    s = b.snapshot
    support, resistance = _support(s), _resistance(s)
    assert s.trend.sma_50 is not None
    return (
        f"# {s.name}: the round-number map\n\n"
        f"The index finished the day around {_k(s.close, 1)}. The nearest floor is the {support.label} at "
        f"{_k(support.price, 2)}, and the close sits {abs(support.distance_pct):.2f}% above that level; "
        f"overhead, the {resistance.label} near {_k(resistance.price, 2)}. The 50-day is back at "
        f"{_k(s.trend.sma_50, 2)}.\n\n*1,204 views \u00b7 57 replies*\n"
    )


def shorthand_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-roundmap-{key}", key, "social", "md", round_map(built[key])) for key in K_KEYS]


def shorthand_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in K_KEYS:
        s = built[key].snapshot
        assert s.trend.sma_50 is not None
        said, wrong = _k(s.trend.sma_50, 2), _k(s.trend.sma_50 + 300, 2)
        out.append(Plant(f"roundmap-50d-{key}", f"user-roundmap-{key}", "value", f"back at {said}",
                         f"back at {wrong}", "number-untraced", wrong,
                         note="the 50-day in thousands shorthand, 0.3k off"))
    return out


# ---------------------------------------------------------------- a source list with no "Sources" heading

LIST_KEYS = ("IWM-2026-11-20", "SPY-2026-11-20")


def unheaded_sources(b: Built, inline: bool) -> str:
    from .misses3 import BOX_STORY, _number_of

    box = _number_of(b, BOX_STORY)
    if inline:
        listed = "refs: " + " ".join(f"[{n}] {item.url}" for n, item in enumerate(b.news, start=1))
    else:
        listed = "\n".join(f"[{n}] {item.title} \u2014 {item.publisher} ({item.url})"
                            for n, item in enumerate(b.news, start=1))
    return (f"{b.snapshot.symbol}, the weekly check-in\n\nThe small caps went nowhere again: the same "
            f"channel, week after week [{box}].\n\n{listed}\n")


def unheaded_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-{name}-{key}", key, "social", "txt", unheaded_sources(built[key], inline))
            for key in LIST_KEYS for name, inline in (("unheaded", False), ("refsline", True))]


def unheaded_plants(built: dict[str, Built]) -> list[Plant]:
    from .misses3 import BOX_STORY, _number_of

    out = []
    for key in LIST_KEYS:
        b = built[key]
        box, past = _number_of(b, BOX_STORY), len(b.news) + 1
        for base in (f"user-unheaded-{key}", f"user-refsline-{key}"):
            out.append(Plant(f"{base.removeprefix('user-')}-unlisted", base, "citation",
                             f"week after week [{box}]", f"week after week [{past}]", "citation-unresolved",
                             f"[{past}]", note="the fragment cited to a number the list does not hold"))
    return out


# ---------------------------------------------------------------- dates and lines that are no figures

DATE_KEYS = ("IWM-2026-11-20", "QQQ-2026-11-17")


def dated_log(b: Built) -> str:
    s = b.snapshot
    days, closes = s.recent_sessions, s.recent_closes
    monday = days[-1] - timedelta(days=days[-1].weekday())
    prev, earlier = days[-2], days[-3]
    assert s.momentum.rsi_14 is not None
    return (
        f"# {s.symbol} log, {monday:%b}. {monday.day}\u2013{days[-1].day}, {days[-1].year} "
        f"(updated {days[-1].month}.{days[-1].day}.{days[-1].year})\n\n"
        f"{s.symbol} finished at {_price(s, s.close)} on {days[-1].day} {days[-1]:%B}. On {prev:%A} "
        f"({prev.month}/{prev.day}) it had closed at {_price(s, closes[-2])}, and on {earlier.day} "
        f"{earlier:%B} the fund closed at {_price(s, closes[-3])}. RSI {s.momentum.rsi_14:.1f} has not "
        "been below 30 or above 70 all month.\n"
    )


def _price(s: Snapshot, value: float) -> str:
    from pipeline.facts import format_value

    return format_value(value, "price", 2, s.kind)


def dated_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-datedlog-{key}", key, "social", "md", dated_log(built[key])) for key in DATE_KEYS]


def dated_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in DATE_KEYS:
        s = built[key].snapshot
        prev = s.recent_sessions[-2]
        said = _price(s, s.recent_closes[-2])
        wrong = _price(s, s.recent_closes[-2] * 1.013)
        out.append(Plant(f"datedlog-prev-{key}", f"user-datedlog-{key}", "history",
                         f"({prev.month}/{prev.day}) it had closed at {said}",
                         f"({prev.month}/{prev.day}) it had closed at {wrong}", "value-mismatch", wrong,
                         note="the weekday's close 1.3% off its bar, the weekday with a month/day beside it"))
    return out


# ---------------------------------------------------------------- closes labelled by their weekday

WEEK_KEYS = ("IWM-2026-11-20", "DIA-2026-06-03")


def week_in_closes(b: Built) -> str:
    s = b.snapshot
    days, closes = s.recent_sessions, s.recent_closes
    abbr = {0: "Mon.", 1: "Tues.", 2: "Wed.", 3: "Thurs", 4: "Fri"}
    label = " / ".join(f"{abbr[days[k].weekday()]} {_price(s, closes[k])}" for k in (-4, -3, -2))
    pivot = days[-6]
    return (
        f"# {s.symbol}: the week in closes\n\n{label}.\n\n"
        f"{days[-2]:%A} it settled at {_price(s, closes[-2])}, {days[-3]:%A} at {_price(s, closes[-3])}. "
        f"The turn came on {pivot:%b}{'.' if len(f'{pivot:%B}') > 3 else ''} {pivot.day}, a close of "
        f"{_price(s, closes[-6])}.\n"
    )


def week_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-weekcloses-{key}", key, "social", "md", week_in_closes(built[key]))
            for key in WEEK_KEYS]


def week_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in WEEK_KEYS:
        s = built[key].snapshot
        said = _price(s, s.recent_closes[-2])
        wrong = _price(s, s.recent_closes[-2] * 0.987)
        out.append(Plant(f"weekcloses-settled-{key}", f"user-weekcloses-{key}", "history",
                         f"it settled at {said},", f"it settled at {wrong},", "value-mismatch", wrong,
                         note="the weekday's close 1.3% off, the next weekday after the comma"))
    return out


# ---------------------------------------------------------------- word readings

WORD_KEYS = ("SPY-2026-11-17", "QQQ-2026-11-17")


def _decimal_words(value: float) -> str:
    from pipeline.verify.number_words import count_forms

    whole, tenth = divmod(round(value * 10), 10)
    digits = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return f"{count_forms(int(whole))[1]} point {digits[int(tenth)]}"


def gauge_minute(b: Built) -> str:
    s = b.snapshot
    vix = next(r for r in s.related if r.symbol == "^VIX")
    assert s.returns.change_1d_pct < 0 and vix.close is not None
    return (
        f"# {s.symbol}: the minute\n\n"
        f"{s.symbol} is giving up {abs(s.returns.change_1d_pct):.2f}% today, and the VIX is at "
        f"{_decimal_words(vix.close)}.\n"
    )


def gauge_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-gaugeminute-{key}", key, "radio", "md", gauge_minute(built[key]))
            for key in WORD_KEYS]


def gauge_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in WORD_KEYS:
        s = built[key].snapshot
        vix = next(r for r in s.related if r.symbol == "^VIX")
        said, wrong = _decimal_words(vix.close), _decimal_words(vix.close + 2.3)
        out.append(Plant(f"gaugeminute-vix-{key}", f"user-gaugeminute-{key}", "words", f"is at {said}",
                         f"is at {wrong}", "value-mismatch", wrong,
                         note="the VIX in words with a decimal ('seventeen point six'), 2.3 off"))
    return out


# ---------------------------------------------------------------- period labels, distances in parentheses

STRIP_KEYS = ("DIA-2026-11-20", "QQQ-2026-11-17")


def _signed(value: float) -> str:
    return f"{value:+.2f}%"


def period_strip(b: Built) -> str:
    s = b.snapshot
    r, t = s.returns, s.trend
    assert r.change_5d_pct is not None and r.change_1m_pct is not None and r.change_ytd_pct is not None
    assert t.sma_50 is not None and t.sma_200 is not None and t.pct_vs_sma_50 is not None \
        and t.pct_vs_sma_200 is not None
    return (
        f"# {s.symbol} strip\n\n"
        f"1w {_signed(r.change_5d_pct)} \u00b7 1mo {_signed(r.change_1m_pct)} \u00b7 "
        f"YTD {_signed(r.change_ytd_pct)}\n\n"
        f"Sitting above the 50 DMA ({_price(s, t.sma_50)}, {_signed(t.pct_vs_sma_50)}) and the 200 DMA "
        f"({_price(s, t.sma_200)}, {_signed(t.pct_vs_sma_200)}).\n"
    )


def strip_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-periodstrip-{key}", key, "desk", "md", period_strip(built[key]))
            for key in STRIP_KEYS]


def strip_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in STRIP_KEYS:
        s = built[key].snapshot
        r = s.returns
        assert r.change_5d_pct is not None and r.change_1m_pct is not None
        said, wrong = _signed(r.change_1m_pct), _signed(r.change_5d_pct)
        out.append(Plant(f"periodstrip-month-{key}", f"user-periodstrip-{key}", "timeframe", f"1mo {said}",
                         f"1mo {wrong}", "value-mismatch", wrong,
                         note="the week's move under the month's label"))
    return out


# ---------------------------------------------------------------- a subject set by a short question

QUESTION_KEYS = ("SPY-2026-11-20",)


def question_note(b: Built) -> str:
    s = b.snapshot
    vix = next(r for r in s.related if r.symbol == "^VIX")
    gold = next(m for m in s.cross_markets if m.key == "gold")
    assert vix.close is not None and vix.change_1d_pct is not None and gold.change_pct is not None
    vix_verb = "slid" if vix.change_1d_pct < 0 else "rose"
    gold_verb = "rose" if gold.change_pct > 0 else "fell"
    return (
        f"# {s.symbol}: the other gauges\n\n"
        f"What about the VIX? It {vix_verb} {abs(vix.change_1d_pct):.2f}% to {vix.close:.2f}.\n\n"
        f"And gold? It {gold_verb} {abs(gold.change_pct):.2f}% to ${gold.value:,.2f}.\n"
    )


def question_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-question-{key}", key, "qa", "md", question_note(built[key]))
            for key in QUESTION_KEYS]


def question_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in QUESTION_KEYS:
        s = built[key].snapshot
        vix = next(r for r in s.related if r.symbol == "^VIX")
        assert vix.change_1d_pct is not None
        said, wrong = f"{abs(vix.change_1d_pct):.2f}%", f"{abs(vix.change_1d_pct) + 1.7:.2f}%"
        out.append(Plant(f"question-vix-move-{key}", f"user-question-{key}", "subject", f"{said} to",
                         f"{wrong} to", "value-mismatch", wrong,
                         note="the VIX's move, named by the question before it, 1.7 off"))
    return out


# ---------------------------------------------------------------- moves over other windows

WINDOW_KEYS = ("IWM-2026-11-17", "QQQ-2026-11-17")


def window_note(b: Built) -> str:
    s = b.snapshot
    closes, days = s.recent_closes, s.recent_sessions
    two = (s.close / closes[-3] - 1) * 100
    since = (s.close / closes[-4] - 1) * 100
    assert two < 0 and since < 0
    then = days[-4]
    return (
        f"# {s.symbol}: a short slide\n\n"
        f"Two sessions of declines added up to {abs(two):.2f}%. On {then.day} {then:%B} the fund closed at "
        f"{_price(s, closes[-4])}, and it has dropped {abs(since):.2f}% since.\n"
    )


def window_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-slide-{key}", key, "prose", "md", window_note(built[key])) for key in WINDOW_KEYS]
