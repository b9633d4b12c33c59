"""True figures the fifth blind holdout's clean texts drew false alarms on, in other phrasings (issue 14).

Each note is correct by construction (every market figure comes from the snapshot or its peers) and
must raise no error finding; each plant spoils one figure next to the exemption and must be caught.

- Compared, not about: a sentence that names another instrument only as what something is measured
  against ("a day spent trailing QQQ") is not about it, so the figures after it are the article's
  own again, not the peer's the sentence before opened with.
- A table typed in columns of spaces, its unit in the corner ("Price change, %") and its columns
  titled by their windows ("1 day", "5 days", "3 months"): each cell is that row's return over that
  window, not a close and not untraced.
- A source list under a numbered section title ("5. Sources", "6) References"): its entries are the
  article's sources, so a citation of one resolves; a citation of an entry it lacks still does not.
- Volumes written out in millions ("31.7 million shares", "an average of 30.3 million"): a volume
  in millions, as "31.7M" is, not a bare 31.7 held to some other fact.
- A zone word defined by a relative clause right after its threshold ("the 70 threshold that
  technicians call overbought", "the 30 mark which signals oversold") claims nothing; the zone word
  said of the reading ("56.4, which traders call overbought") still does.
- A line of a line-by-line note wrapped before a peer's signed move ("... the Nasdaq 100 fund QQQ" /
  "-0.90% and the Dow fund DIA -0.20%."): the move is the peer's, not a line of its own read as the
  article's instrument's.
- A yes-no question about an average ("Didn't SPY close below its 50-day average?") asks; it claims
  nothing, and the answer after it is checked ("Yes." to it, or a wrong distance, is caught).
- A phone number and its extension ("(646) 555-0199, ext. 208", "+1 917 555 0123") are no figures;
  the close after them still is.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a peer named as the yardstick

COMPARED_KEY = "DIA-2025-11-17"
COMPARED_BASE = f"user-fa5-compared-{COMPARED_KEY}"


def _peer(b: Built, symbol: str):  # type: ignore[no-untyped-def]
    return next(p for p in b.peers if p.symbol == symbol)


def compared_note(b: Built) -> str:
    s, q = b.snapshot, _peer(b, "QQQ")
    assert s.returns.change_1d_pct is not None and q.returns.change_1d_pct is not None
    assert s.momentum.rsi_14 is not None and s.trend.sma_50 is not None
    return (f"DIA desk wrap. DIA closed at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}%. QQQ had the "
            f"livelier tape, +{q.returns.change_1d_pct:.2f}%. A day spent trailing QQQ, then. RSI(14) stands "
            f"at {s.momentum.rsi_14:.1f} and the 50-day average is ${s.trend.sma_50:.2f}.\n")


def compared_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(COMPARED_BASE, COMPARED_KEY, "prose", "txt", compared_note(built[COMPARED_KEY]))]


def compared_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[COMPARED_KEY]
    s, q = b.snapshot, _peer(b, "QQQ")
    assert s.momentum.rsi_14 is not None and q.momentum.rsi_14 is not None
    assert q.returns.change_1d_pct is not None
    own, peers = f"{s.momentum.rsi_14:.1f}", f"{q.momentum.rsi_14:.1f}"
    move, wrong_move = f"+{q.returns.change_1d_pct:.2f}%", f"+{q.returns.change_1d_pct + 0.62:.2f}%"
    return [
        Plant(f"fa5-compared-peer-rsi-{COMPARED_KEY}", COMPARED_BASE, "subject", f"stands at {own}",
              f"stands at {peers}", "value-mismatch", peers,
              note="QQQ's RSI printed as DIA's after the sentence that measured DIA against QQQ"),
        Plant(f"fa5-compared-peer-move-{COMPARED_KEY}", COMPARED_BASE, "subject", f"tape, {move}",
              f"tape, {wrong_move}", "value-mismatch", wrong_move,
              note="the peer's own move in the sentence that opens with it, 0.62 points high"),
    ]


# ---------------------------------------------------------------- a table typed with spaces

TYPED_KEY = "QQQ-2026-11-17"
TYPED_BASE = f"user-fa5-typed-table-{TYPED_KEY}"


def _signed(pct: float | None) -> str:
    assert pct is not None
    return f"{pct:+.2f}"


def _typed_row(label: str, r) -> str:  # type: ignore[no-untyped-def]
    cells = [_signed(r.change_1d_pct), _signed(r.change_5d_pct), _signed(r.change_1m_pct),
             _signed(r.change_ytd_pct)]
    return f"{label:<22}" + "".join(f"{c:>10}" for c in cells)


def typed_table_note(b: Built) -> str:
    s, spy = b.snapshot, _peer(b, "SPY")
    return ("Growth sleeve monitor, QQQ\n\n"
            f"{'Price change, %':<22}{'1 day':>10}{'5 days':>10}{'1 month':>10}{'YTD':>10}\n"
            f"{_typed_row('QQQ', s.returns)}\n"
            f"{_typed_row('SPY (benchmark)', spy.returns)}\n\n"
            f"QQQ ended the session at ${s.close:.2f}; the sleeve is reviewed again next week.\n")


def typed_table_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(TYPED_BASE, TYPED_KEY, "prose", "txt", typed_table_note(built[TYPED_KEY]))]


def typed_table_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[TYPED_KEY]
    s, spy = b.snapshot, _peer(b, "SPY")
    assert s.returns.change_1m_pct is not None and spy.returns.change_ytd_pct is not None
    month, wrong_month = _signed(s.returns.change_1m_pct), _signed(s.returns.change_1m_pct - 1.35)
    ytd, wrong_ytd = _signed(spy.returns.change_ytd_pct), _signed(spy.returns.change_ytd_pct + 0.94)
    week, month_for_week = _signed(s.returns.change_5d_pct), _signed(s.returns.change_1m_pct)
    close, wrong_close = f"${s.close:.2f}", f"${s.close + 3.85:.2f}"
    return [
        Plant(f"fa5-typed-month-{TYPED_KEY}", TYPED_BASE, "value", f"{week}{month:>10}",
              f"{week}{wrong_month:>10}", "value-mismatch", wrong_month,
              note="QQQ's 1-month cell 1.35 points low"),
        Plant(f"fa5-typed-peer-ytd-{TYPED_KEY}", TYPED_BASE, "subject", f"{ytd}\n\n", f"{wrong_ytd}\n\n",
              "value-mismatch", wrong_ytd, note="the benchmark row's YTD cell 0.94 points high"),
        Plant(f"fa5-typed-week-is-month-{TYPED_KEY}", TYPED_BASE, "timeframe",
              f"{_signed(s.returns.change_1d_pct):>10}{week:>10}",
              f"{_signed(s.returns.change_1d_pct):>10}{month_for_week:>10}", "value-mismatch", month_for_week,
              note="the 1-month return typed in QQQ's 5-day column"),
        Plant(f"fa5-typed-close-{TYPED_KEY}", TYPED_BASE, "value", f"session at {close}",
              f"session at {wrong_close}", "value-mismatch", wrong_close,
              note="the close in the line under the table, $3.85 high"),
    ]


# ---------------------------------------------------------------- a numbered "Sources" section

NUMBERED_KEY = "SPY-2026-11-20"
NUMBERED_BASE = f"user-fa5-numbered-sources-{NUMBERED_KEY}"
NUMBERED_URL = "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound"


def numbered_sources_note(b: Built) -> str:
    s, item = b.snapshot, next(i for i in b.news if i.url == NUMBERED_URL)
    assert s.returns.change_1d_pct is not None
    return ("Weekly desk memo: SPY\n\n"
            "1. The tape\n"
            f"SPY closed at ${s.close:.2f}, up {s.returns.change_1d_pct:.2f}% on the day, with the Nasdaq "
            "names out in front [1].\n\n"
            "2. Next steps\n"
            "No change to the hedges this week.\n\n"
            "5. Sources\n"
            f"[1] {item.title}, {item.publisher}, {item.url}\n")


def numbered_sources_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(NUMBERED_BASE, NUMBERED_KEY, "prose", "txt", numbered_sources_note(built[NUMBERED_KEY]))]


def numbered_sources_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[NUMBERED_KEY].snapshot
    close, wrong_close = f"${s.close:.2f}", f"${s.close - 5.15:.2f}"
    return [
        Plant(f"fa5-numbered-sources-missing-{NUMBERED_KEY}", NUMBERED_BASE, "citation", "out in front [1].",
              "out in front [2].", "citation-unresolved", "[2]",
              note="a citation of an entry the numbered source list lacks"),
        Plant(f"fa5-numbered-sources-close-{NUMBERED_KEY}", NUMBERED_BASE, "value", f"closed at {close}",
              f"closed at {wrong_close}", "value-mismatch", wrong_close,
              note="the close in the cited sentence, $5.15 low"),
    ]


# ---------------------------------------------------------------- volumes in millions, in words

MILLION_KEY = "IWM-2026-02-13"
MILLION_BASE = f"user-fa5-million-{MILLION_KEY}"


def _million(shares: float) -> str:
    return f"{shares / 1e6:.1f} million"


def million_note(b: Built) -> str:
    s = b.snapshot
    assert s.volume.avg_volume_20 is not None
    return (f"Small caps, Friday. IWM ended at ${s.close:.2f}. Turnover came to {_million(s.volume.volume)} "
            f"shares, close to the twenty-day average of {_million(s.volume.avg_volume_20)}.\n")


def million_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(MILLION_BASE, MILLION_KEY, "prose", "txt", million_note(built[MILLION_KEY]))]


def million_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[MILLION_KEY].snapshot
    said, wrong = _million(s.volume.volume), _million(s.volume.volume + 6.2e6)
    close, wrong_close = f"${s.close:.2f}", f"${s.close + 2.45:.2f}"
    return [
        Plant(f"fa5-million-volume-{MILLION_KEY}", MILLION_BASE, "words", f"came to {said} shares",
              f"came to {wrong} shares", "value-mismatch", wrong,
              note="the day's volume written out, 6.2 million shares high"),
        Plant(f"fa5-million-close-{MILLION_KEY}", MILLION_BASE, "value", f"ended at {close}",
              f"ended at {wrong_close}", "value-mismatch", wrong_close,
              note="the close in the sentence before the volumes, $2.45 high"),
    ]


# ---------------------------------------------------------------- a threshold that marks a zone

ZONE_KEY = "QQQ-2026-11-20"
ZONE_BASE = f"user-fa5-zone-threshold-{ZONE_KEY}"


def zone_threshold_note(b: Built) -> str:
    s = b.snapshot
    assert s.momentum.rsi_14 is not None and 30 < s.momentum.rsi_14 < 70
    return (f"QQQ check-in. RSI(14) sits at {s.momentum.rsi_14:.1f}, a good way from the 70 threshold that "
            "technicians call overbought and above the 30 mark which signals oversold.\n")


def zone_threshold_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ZONE_BASE, ZONE_KEY, "prose", "txt", zone_threshold_note(built[ZONE_KEY]))]


def zone_threshold_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[ZONE_KEY].snapshot
    assert s.momentum.rsi_14 is not None
    rsi, wrong = f"{s.momentum.rsi_14:.1f}", f"{s.momentum.rsi_14 + 9.3:.1f}"
    return [
        Plant(f"fa5-zone-threshold-rsi-{ZONE_KEY}", ZONE_BASE, "indicator", f"sits at {rsi},",
              f"sits at {wrong},", "value-mismatch", wrong,
              note="the RSI 9.3 high, beside the thresholds"),
        Plant(f"fa5-zone-threshold-claim-{ZONE_KEY}", ZONE_BASE, "indicator",
              f"sits at {rsi}, a good way from",
              f"sits at {rsi}, which traders call overbought, a good way from",
              "indicator-mismatch", "overbought", note="the zone word said of the reading itself"),
    ]


# ---------------------------------------------------------------- a move wrapped onto the next line

WRAPPED_KEY = "SPY-2026-11-17"
WRAPPED_BASE = f"user-fa5-wrapped-move-{WRAPPED_KEY}"


def wrapped_move_note(b: Built) -> str:
    s, q, d = b.snapshot, _peer(b, "QQQ"), _peer(b, "DIA")
    return ("Close monitor, SPY\n"
            "Session: Tuesday\n"
            f"SPY ended at ${s.close:.2f} after a soft day for the majors, with the Nasdaq 100 fund QQQ\n"
            f"{q.returns.change_1d_pct:+.2f}% and the Dow fund DIA {d.returns.change_1d_pct:+.2f}%.\n"
            "Desk: no change\n")


def wrapped_move_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(WRAPPED_BASE, WRAPPED_KEY, "prose", "txt", wrapped_move_note(built[WRAPPED_KEY]))]


def wrapped_move_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[WRAPPED_KEY]
    s, q = b.snapshot, _peer(b, "QQQ")
    assert q.returns.change_1d_pct is not None
    move, wrong = f"{q.returns.change_1d_pct:+.2f}%", f"{q.returns.change_1d_pct - 0.55:+.2f}%"
    close, wrong_close = f"${s.close:.2f}", f"${s.close - 3.05:.2f}"
    return [
        Plant(f"fa5-wrapped-peer-move-{WRAPPED_KEY}", WRAPPED_BASE, "subject", f"QQQ\n{move}",
              f"QQQ\n{wrong}", "value-mismatch", wrong,
              note="QQQ's move on the wrapped line, 0.55 points lower"),
        Plant(f"fa5-wrapped-close-{WRAPPED_KEY}", WRAPPED_BASE, "value", f"ended at {close}",
              f"ended at {wrong_close}", "value-mismatch", wrong_close,
              note="the close on the line the move is wrapped from, $3.05 low"),
    ]


# ---------------------------------------------------------------- a question about an average

ASKED_KEY = "SPY-2026-11-20"
ASKED_BASE = f"user-fa5-asked-average-{ASKED_KEY}"


def asked_average_note(b: Built) -> str:
    s = b.snapshot
    assert s.trend.pct_vs_sma_50 is not None and s.trend.pct_vs_sma_50 > 0
    return ("Reader mailbag, SPY\n\n"
            "Q: Didn't SPY close below its 50-day average?\n\n"
            f"A: No. It finished at ${s.close:.2f}, {s.trend.pct_vs_sma_50:.2f}% above it.\n")


def asked_average_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(ASKED_BASE, ASKED_KEY, "prose", "txt", asked_average_note(built[ASKED_KEY]))]


def asked_average_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[ASKED_KEY].snapshot
    assert s.trend.pct_vs_sma_50 is not None
    said, wrong = f"{s.trend.pct_vs_sma_50:.2f}%", f"{s.trend.pct_vs_sma_50 + 0.85:.2f}%"
    return [
        Plant(f"fa5-asked-average-distance-{ASKED_KEY}", ASKED_BASE, "value", f", {said} above it",
              f", {wrong} above it", "number-untraced", wrong,
              note="the answer's distance from the 50-day, 0.85 points high (untraced: 'it' names no level)"),
        Plant(f"fa5-asked-average-claim-{ASKED_KEY}", ASKED_BASE, "pattern",
              "Didn't SPY close below its 50-day average?", "SPY closed below its 50-day average.",
              "pattern-mismatch", "below its 50-day",
              note="the question turned into a statement"),
    ]


# ---------------------------------------------------------------- a phone number and its extension

PHONE_KEY = "DIA-2026-11-20"
PHONE_BASE = f"user-fa5-phone-{PHONE_KEY}"


def phone_note(b: Built) -> str:
    s = b.snapshot
    return (f"DIA closing note. The fund finished at ${s.close:.2f}.\n\n"
            "Questions: the client desk, (646) 555-0199, ext. 208, or +1 917 555 0123 after hours.\n")


def phone_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(PHONE_BASE, PHONE_KEY, "prose", "txt", phone_note(built[PHONE_KEY]))]


def phone_plants(built: dict[str, Built]) -> list[Plant]:
    s = built[PHONE_KEY].snapshot
    close, wrong = f"${s.close:.2f}", f"${s.close + 2.95:.2f}"
    return [Plant(f"fa5-phone-close-{PHONE_KEY}", PHONE_BASE, "value", f"finished at {close}.\n\nQuestions",
                  f"finished at {wrong}.\n\nQuestions", "value-mismatch", wrong,
                  note="the close above the desk's phone numbers, $2.95 high")]


def fa5_texts(built: dict[str, Built]) -> list[UserText]:
    """The clean notes of the fifth holdout's false-alarm fixes."""
    return [*compared_texts(built), *typed_table_texts(built), *numbered_sources_texts(built),
            *million_texts(built), *zone_threshold_texts(built),
            *wrapped_move_texts(built), *asked_average_texts(built),
            *phone_texts(built)]


def fa5_plants(built: dict[str, Built]) -> list[Plant]:
    return [*compared_plants(built), *typed_table_plants(built), *numbered_sources_plants(built),
            *million_plants(built), *zone_threshold_plants(built),
            *wrapped_move_plants(built), *asked_average_plants(built),
            *phone_plants(built)]
