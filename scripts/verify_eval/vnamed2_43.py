"""Named figures the verifier answered `number-untraced` (issue 14, vnamed2 stop 43), in other words than
holdout 19's.

A "by the numbers" box puts each figure first and its label after a colon or a dash ("- **$244.30**:
where IWM finished", "3.9M -- DIA shares that changed hands"): the label names the fact, so a wrong
figure is that fact's `value-mismatch`; a label that names only an instrument ("the VIX") names its
close, and a label that names nothing of the market ("readers on this list") leaves the figure alone.

A data table's row may carry its cell's unit in brackets ("Change (points) | -19.30"), name an average
with no side and give the side by the cell's sign ("Gap to 200-day | +6.36%"), call the open an
"Opening level", or print the bands' settings after their name ("Bollinger (20, 2) | a / b"): each cell
is that row's fact.

A range printed as a pair of prices, with the words that say which before or after it: the day's
("session range $609.46-$626.07"), a range of closes ("the last 20 closes fit inside $588.73 to
$622.21, a 5.69% band") or the Bollinger bands ("the bands stretch from ... to ..."); the first price is
the lower edge, the second the upper, and a % after the pair that says how wide is the range's width.

A price read aloud as a desk reads its quote screen, in a transcript: a digit word then two pairs after a
close's, a high's or a low's word ("finishing six seventy-nine eighty-four" is $679.84), a digit word then
one pair after a move's word ("down three forty-one": $3.41) or the ATR ("ATR seven sixteen": $7.16); a
price of another thing in the same words ("nine fifty a pie") is no figure.

The day's figures in plainer words: a share count with its trading after it ("31.7M shares traded"), a
volume in brackets after its multiple ("Volume was 1.0x its average (31.7M)"), a dollar move with its %
after "or" ("-$2.39 or -1.04%"), "opened ... at", "topped at", "never got below", "its low of the day,",
an RSI "at exactly", and a peer's close after its move ("SPY minus 0.54% at $639.76").

A % after a named level and its price ("its 50-day average, $680.43, by 1.11%", "the 200-day ($646.13;
SPY 6.48% above)", "0.97% shy of the $694.71 record close"): that level's own distance fact
(`pct_vs_sma_50`, `pct_from_ath`), a wrong one `value-mismatch` (README).

Every figure comes from the snapshots, so each clean note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

BOX_KEY = "IWM-2026-11-20"  # a bold bullet box
DASH_KEY = "DIA-2026-06-03"  # a dashed box, the VIX up on a down day
TABLE_KEY = "idx_RUT-2026-11-17"  # down 19.30 points, 6.36% over the 200-day
RANGE_KEY = "QQQ-2025-11-17"  # a record close on a wide day, 20 closes in a 5.69% band
LEVEL_KEY = "SPY-2026-11-20"  # above both averages, 0.97% under the record close
SPOKEN_KEY = "SPY-2026-11-17"  # down $3.41 to $679.84; every price with cents of ten or more
TAPE_KEY = "IWM-2026-02-13"  # down $2.39 on average volume, RSI 21.4, SPY down 0.54%


def _base(name: str, key: str) -> str:
    return f"user-vnamed2-{name}-{key}"


def _related(b: Built, symbol: str) -> float:
    return next(r.close for r in b.snapshot.related if r.symbol == symbol)


def _unsigned(printed: str) -> str:
    return printed.lstrip("+-\u2212")


_ONES = "zero one two three four five six seven eight nine".split()
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _pair(n: int) -> str:
    """10 to 99 as a pair is spoken: "sixteen", "forty-one", "eighty"."""
    assert 10 <= n <= 99
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")


def _spoken(value: float) -> str:
    """A price read off a screen: "six seventy-nine eighty-four" for 679.84, "three forty-one" for 3.41."""
    cents = round(abs(value) * 100)
    dollars, cents = divmod(cents, 100)
    hundreds, rest = divmod(dollars, 100)
    assert cents >= 10 and (hundreds == 0 and 1 <= rest <= 9 or 1 <= hundreds <= 9 and rest >= 10)
    if not hundreds:
        return f"{_ONES[rest]} {_pair(cents)}"
    return f"{_ONES[hundreds]} {_pair(rest)} {_pair(cents)}"


def spoken_note(b: Built) -> str:
    s = b.snapshot
    f = b.sheet.fmt
    assert s.returns.change_1d is not None and s.returns.change_1d < 0 and s.volatility.atr_14 is not None
    return ("FLOOR BOX, channel 4, transcribed\n\n"
            f"16:00:10  Bell. SPY finishing {_spoken(s.close)}, down {_spoken(s.returns.change_1d)}, that's "
            f"{f('change_1d_pct')}.\n"
            f"16:00:40  Session high {_spoken(s.high)}, low {_spoken(s.low)}.\n"
            f"16:01:15  ATR {_spoken(s.volatility.atr_14)}, and the pizza tonight is nine fifty a pie.\n")


def tape_note(b: Built) -> str:
    s, f = b.snapshot, b.sheet.fmt
    spy = next(r for r in s.related if r.symbol == "SPY")
    said = (f"IWM finished Friday at {f('close')}, {f('change_1d')} or {f('change_1d_pct')}.",
            f"It opened on Friday morning at {f('open')} and topped at {f('high')} within the hour.",
            f"It never got below {f('low')} and closed practically on its low of the day, {f('low')}.",
            f"{f('volume')} shares traded.", f"Volume was {f('volume_ratio')}x its average ({f('volume')}).",
            f"RSI(14) sits at exactly {f('rsi_14')}.",
            f"SPY minus {abs(spy.change_1d_pct):.2f}% at ${spy.close:.2f}.")
    return "Small caps into the weekend\n\n" + " ".join(said) + "\n"


def box_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("Small caps at the bell\n\n"
            "Five figures from Friday's tape:\n\n"
            f"- **{f('close')}**: where IWM finished the day\n"
            f"- **{f('volume')}**: IWM shares that changed hands\n"
            f"- **{_unsigned(f('pct_from_ath'))}**: the gap still left to the fund's record close\n"
            f"- **{f('cross_sessions_since')}**: sessions since the 50-day moved above the 200-day\n"
            f"- **{_related(b, '^VIX'):.2f}**: the VIX\n"
            "- **412**: readers on this list\n")


def dash_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("Blue chips, the numbers\n\n"
            f"{f('close')} -- DIA close\n"
            f"{f('rsi_14')} -- the RSI (14), on the firm side\n"
            f"{f('atr_14')} -- the average true range\n"
            f"{_related(b, '^VIX'):.2f} -- where the VIX ended\n"
            "25 -- the desk's reading-club members\n")


def table_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("Russell 2000 index, end of day\n\n"
            "| Field | Figure |\n|---|---:|\n"
            f"| Closing level | {f('close')} |\n"
            f"| Change (points) | {f('change_1d')} |\n"
            f"| Opening level | {f('open')} |\n"
            f"| Gap to 200-day | +{_unsigned(f('pct_vs_sma_200'))} |\n"
            f"| Bollinger (20, 2) | {f('bb_lower')} / {f('bb_upper')} |\n")


def range_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("Nasdaq 100 fund, Monday\n\n"
            f"QQQ closed at {f('close')}, a new record close. Its session range was {f('low')}-{f('high')}. "
            f"The {f('range_sessions')} most recent closes fit inside {f('range_lower')} to "
            f"{f('range_upper')}, a "
            f"{f('range_width_pct')} band, and the Bollinger bands stretch from {f('bb_lower')} to "
            f"{f('bb_upper')}.\n")


def level_note(b: Built) -> str:
    f = b.sheet.fmt
    return ("The S&P 500 fund, Friday\n\n"
            f"SPY closed at {f('close')}, up {f('change_1d_pct')}. It sits above its 50-day average, "
            f"{f('sma_50')}, by {f('pct_vs_sma_50')}, and above the 200-day ({f('sma_200')}; SPY "
            f"{f('pct_vs_sma_200')} above). It is still {_unsigned(f('pct_from_ath'))} shy of the "
            f"{f('all_time_high')} record close.\n")


WRITERS = {("box", BOX_KEY): box_note, ("dash", DASH_KEY): dash_note, ("table", TABLE_KEY): table_note,
           ("range", RANGE_KEY): range_note, ("level", LEVEL_KEY): level_note,
           ("spoken", SPOKEN_KEY): spoken_note, ("tape", TAPE_KEY): tape_note}


def vnamed2_43_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(_base(name, key), key, "prose", "txt" if name != "table" else "md", write(built[key]))
            for (name, key), write in WRITERS.items()]


def _swap(case: str, name: str, key: str, check: str, old: str, new: str, span: str, note: str) -> Plant:
    return Plant(f"vnamed2-{case}-{key}", _base(name, key), check, old, new, "value-mismatch", span,
                 note=note)


def _box_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[BOX_KEY]
    f, key = b.sheet.fmt, BOX_KEY
    vix = f"{_related(b, '^VIX'):.2f}"
    ath = _unsigned(f("pct_from_ath"))
    return [
        _swap("box-close", "box", key, "value", f"**{f('close')}**", "**$246.13**", "$246.13",
              f"IWM closed at {f('close')}"),
        _swap("box-volume", "box", key, "value", f"**{f('volume')}**", "**36.9M**", "36.9M",
              f"IWM traded {f('volume')} shares"),
        _swap("box-record", "box", key, "value", f"**{ath}**", "**3.32%**", "3.32%",
              f"IWM is {ath} below its record close"),
        _swap("box-cross", "box", key, "history", f"**{f('cross_sessions_since')}**", "**61**", "61",
              f"the golden cross came {f('cross_sessions_since')} sessions ago"),
        _swap("box-vix", "box", key, "value", f"**{vix}**", "**19.40**", "19.40", f"the VIX closed at {vix}"),
    ]


def _dash_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[DASH_KEY]
    f, key = b.sheet.fmt, DASH_KEY
    vix = f"{_related(b, '^VIX'):.2f}"
    return [
        _swap("dash-close", "dash", key, "value", f"{f('close')} -- DIA", "$458.70 -- DIA", "$458.70",
              f"DIA closed at {f('close')}"),
        _swap("dash-rsi", "dash", key, "indicator", f"{f('rsi_14')} -- the", "61.2 -- the", "61.2",
              f"DIA's 14-day RSI is {f('rsi_14')}"),
        _swap("dash-atr", "dash", key, "indicator", f"{f('atr_14')} -- the", "$7.40 -- the", "$7.40",
              f"DIA's ATR is {f('atr_14')}"),
        _swap("dash-vix", "dash", key, "value", f"{vix} -- where", "16.35 -- where", "16.35",
              f"the VIX closed at {vix}"),
    ]


def _table_plants(built: dict[str, Built]) -> list[Plant]:
    f, key = built[TABLE_KEY].sheet.fmt, TABLE_KEY
    d200 = _unsigned(f("pct_vs_sma_200"))
    return [
        _swap("table-points", "table", key, "value", f"| {f('change_1d')} |", "| -27.60 |", "-27.60",
              f"the index fell {_unsigned(f('change_1d'))} points"),
        _swap("table-open", "table", key, "value", f"| {f('open')} |", "| 2,472.15 |", "2,472.15",
              f"the index opened at {f('open')}"),
        _swap("table-d200", "table", key, "value", f"| +{d200} |", "| +8.14% |", "8.14%",
              f"the index is {d200} above its 200-day"),
        _swap("table-band", "table", key, "indicator", f"/ {f('bb_upper')} |", "/ 2,533.40 |", "2,533.40",
              f"the upper band is {f('bb_upper')}"),
    ]


def _range_plants(built: dict[str, Built]) -> list[Plant]:
    f, key = built[RANGE_KEY].sheet.fmt, RANGE_KEY
    return [
        _swap("range-low", "range", key, "value", f"was {f('low')}-", "was $607.12-", "$607.12",
              f"the day's low was {f('low')}"),
        _swap("range-high", "range", key, "value", f"-{f('high')}.", "-$628.40.", "$628.40",
              f"the day's high was {f('high')}"),
        _swap("range-floor", "range", key, "value", f"inside {f('range_lower')}", "inside $584.90", "$584.90",
              f"the lowest of the {f('range_sessions')} closes is {f('range_lower')}"),
        _swap("range-width", "range", key, "value", f"a {f('range_width_pct')} band", "a 7.35% band", "7.35%",
              f"the {f('range_sessions')}-session range is {f('range_width_pct')} wide"),
        _swap("range-bb", "range", key, "indicator", f"from {f('bb_lower')}", "from $579.20", "$579.20",
              f"the lower band is {f('bb_lower')}"),
    ]


def _level_plants(built: dict[str, Built]) -> list[Plant]:
    f, key = built[LEVEL_KEY].sheet.fmt, LEVEL_KEY
    ath = _unsigned(f("pct_from_ath"))
    return [
        _swap("level-50", "level", key, "value", f"by {f('pct_vs_sma_50')}", "by 2.38%", "2.38%",
              f"SPY is {f('pct_vs_sma_50')} above its 50-day: that fact's value (README)"),
        _swap("level-200", "level", key, "value", f"SPY {f('pct_vs_sma_200')} above", "SPY 4.84% above",
              "4.84%",
              f"SPY is {f('pct_vs_sma_200')} above its 200-day: that fact's value (README)"),
        _swap("level-ath", "level", key, "value", f"still {ath} shy", "still 2.15% shy", "2.15%",
              f"SPY is {ath} below its record close: that fact's value (README)"),
    ]


def _spoken_plants(built: dict[str, Built]) -> list[Plant]:
    s, key = built[SPOKEN_KEY].snapshot, SPOKEN_KEY
    assert s.returns.change_1d is not None and s.volatility.atr_14 is not None
    rows = (("close", "finishing", s.close, s.close - 1.21, "the close"),
            ("move", "down", s.returns.change_1d, s.returns.change_1d - 1.0, "the day's move"),
            ("low", "low", s.low, s.low - 2.1, "the day's low"),
            ("atr", "ATR", s.volatility.atr_14, s.volatility.atr_14 + 1.1, "the ATR"))
    return [_swap(f"spoken-{name}", "spoken", key, "words", f"{word} {_spoken(right)}",
                  f"{word} {_spoken(wrong)}", _spoken(wrong), f"{what} was {abs(right):.2f}")
            for name, word, right, wrong, what in rows]


def _tape_plants(built: dict[str, Built]) -> list[Plant]:
    b = built[TAPE_KEY]
    f, key = b.sheet.fmt, TAPE_KEY
    spy = next(r for r in b.snapshot.related if r.symbol == "SPY")
    vol, low, high, opened = f("volume"), f("low"), f("high"), f("open")
    move, rsi = f("change_1d"), f("rsi_14")
    peer = f"${spy.close:.2f}"
    rows = (("shares", "value", f"{vol} shares", "33.9M shares", "33.9M", f"IWM traded {vol}"),
            ("bracket", "value", f"average ({vol})", "average (29.1M)", "29.1M", f"IWM traded {vol}"),
            ("or-pct", "value", f"{move} or", "-$2.93 or", "-$2.93", f"IWM's move was {move}"),
            ("opened", "value", f"morning at {opened}", "morning at $228.10", "$228.10", f"open {opened}"),
            ("topped", "value", f"topped at {high}", "topped at $230.15", "$230.15", f"the high was {high}"),
            ("never", "value", f"below {low}", "below $225.80", "$225.80", f"the low was {low}"),
            ("low-day", "value", f"day, {low}", "day, $225.91", "$225.91", f"the low was {low}"),
            ("rsi", "indicator", f"exactly {rsi}", "exactly 24.1", "24.1", f"IWM's RSI is {rsi}"),
            ("peer", "value", f"at {peer}", "at $636.97", "$636.97", f"SPY closed at {peer}"))
    return [_swap(f"tape-{name}", "tape", key, check, old, new, span, note)
            for name, check, old, new, span, note in rows]


def vnamed2_43_plants(built: dict[str, Built]) -> list[Plant]:
    return [*_box_plants(built), *_dash_plants(built), *_table_plants(built), *_range_plants(built),
            *_level_plants(built), *_spoken_plants(built), *_tape_plants(built)]
