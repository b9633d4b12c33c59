"""Look-back notes: the dates of the record close and the 52-week closing extremes, and a past
close set beside the session's (issue 14, the third round of misses).

Each note names the all-time closing high with its date ("the all-time closing high, $X, dates
from October 22, 2026"), the 52-week closing low with its date in a possessive ("the April 28
closing low of $Y"), and today's close with a dated earlier close after it ("$Z today, above
the November 17 close of $W": the date is the earlier close's, not today's). Every figure and
date comes from the snapshot (`extremes`, `recent_sessions`, `recent_closes`), so each note is
correct by construction.

Plants: the record's date moved three sessions, the 52-week low's date moved a week, and the
dated earlier close off by 1.5% (its bar is the one the date names, not today's).

Channel notes: a short fragment citing the story titled "... stuck in a $10 box: five weeks
between $240 and $250 ..." in other words ("Same channel, week after week [n]."): a range is a
box, a channel, a band, and a three-word fragment cannot share three words. Plant: the fragment
cited to the rates story instead (citation-unsupported).

Range diaries: the range's length in words beside its edges ("The range has now held for
twenty-five sessions, every close between $241.00 and $249.26"), the month's loss with its
period before it and no direction word ("a month of trading has shaved 1.65% off"), and for IWM
its run behind SPY as an ordinal in a sentence citing the rates story, whose only digits near
it are a date ("Dec. 9"). Plants: the length ten sessions long, the month's figure 0.37 off,
and the run three sessions long (the cited story prints no such count: value-mismatch, not a
source's figure).

Peer lists: one verb carries a list of moves ("QQQ added 1.90%, DIA 0.60%, and IWM only 0.30%"):
each bare % after an instrument is that instrument's 1-day move. Plant: the last one's move
replaced by another figure of its own that shares the printed value (its 5-day move or its
distance from the 50-day): value-mismatch against its 1-day move, never traced to the other fact.

Plans: the setup with its entry "only above" it ("The plan is a long only above $490.00 (stop
$485.52, target $503.45)"); both setups in one sentence, each read from its own words, when the
snapshot has two (none does since setups follow the 200-day trend). Plant: the (last) setup's
stop moved to the other side of its entry; the finding's span is that stop figure.

Single names: a company outside the instrument list moves beside the instrument ("Shares of
Micron jumped 6.25% after its results, and Oracle slid 1.85%, while IWM added 0.30%"): the
companies' figures are unverifiable (info), never the instrument's. Plant: the instrument's own
move 0.37 off (still a value-mismatch).

Calendar notes: the record close's date in a clause that also names an intraday print ("it
traded up to $631.45 before closing below the record close of $629.76 from November 11"), the
cross's date and age ("the golden cross, which formed on July 27, 83 sessions ago"), a peer's
move after "mustered just", and the Fed named beside its count of sessions while CPI follows a
day later. Plants: the record date a day late, the cross date a month early, the cross's age
off, the peer given another peer's move, the Fed's count that of another number.

Odds notes: a setup with its target as a verb and its reward/risk in words ("a long above
$665.54 targets $681.23 with a stop at $657.79, roughly two to one"). Plant: the odds a whole
unit too rich ("three to one" for 2.0: one unit of slack no longer lets it stand).

Desk lines: levels in shorthand ("R1 $249.26, S1 $242.80") and the last closes by day with a
comma between the days ("The tape closed Thursday at $243.57, Wednesday's close was $244.79":
Wednesday dates the figure after it, not Thursday's). Plants:
R1 at a price under the close, Thursday given Wednesday's close.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.contracts import LevelKind, Snapshot
from pipeline.facts import format_value
from pipeline.verify.number_words import count_forms

from .plants import Plant, all_printed, digits
from .universe import Built

KEYS = ("QQQ-2026-11-17", "SPY-2026-11-20", "DIA-2026-06-03", "idx_GSPC-2026-11-20")


def _price(s: Snapshot, value: float) -> str:
    return format_value(value, "price", 2, s.kind)


def _long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _short(day: date) -> str:
    return f"{day:%B} {day.day}"


def _next_session(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _sessions_before(day: date, n: int) -> date:
    while n:
        day -= timedelta(days=1)
        n -= day.weekday() < 5
    return day


def look_back(b: Built) -> str:
    s, sym = b.snapshot, b.snapshot.symbol
    ext = s.extremes
    earlier = s.recent_sessions[-4]
    return (
        f"# {sym}: how far from the extremes\n\n"
        f"{sym} settled at {_price(s, s.close)} today, above the {_short(earlier)} close of "
        f"{_price(s, s.recent_closes[-4])}. The all-time closing high, {_price(s, ext.all_time_high)}, "
        f"dates from {_long(ext.all_time_high_date)}; the bulls have not printed a better close since. "
        f"At the other end of the year sits the {_short(ext.low_52w_date)} closing low of "
        f"{_price(s, ext.low_52w)}, the 52-week floor the bears never got back to.\n"
    )


def look_back_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-lookback-{key}", key, "prose", "md", look_back(built[key])) for key in KEYS]


def _fresh_price(b: Built, value: float) -> str:
    s = b.snapshot
    printed = all_printed(b) | {digits(_price(s, c)) for c in s.recent_closes}
    for step in range(20):
        candidate = _price(s, value * (1.015 + 0.002 * step))
        if digits(candidate) not in printed:
            return candidate
    raise AssertionError(f"{b.key}: no fresh price near {value}")


def look_back_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        s, ext = b.snapshot, b.snapshot.extremes
        base = f"user-lookback-{key}"
        record = _long(ext.all_time_high_date)
        moved = _long(_sessions_before(ext.all_time_high_date, 3))
        out.append(Plant(f"lookback-record-date-{key}", base, "history", f"dates from {record}",
                         f"dates from {moved}", "date-untraced", moved,
                         note="the record close's date moved three sessions"))
        low = _short(ext.low_52w_date)
        week = _short(ext.low_52w_date - timedelta(days=7))
        out.append(Plant(f"lookback-low-date-{key}", base, "history", f"the {low} closing low",
                         f"the {week} closing low", "date-untraced", week, ["value-mismatch"],
                         note="the 52-week closing low's date a week early (its close then names "
                              "another day's bar)"))
        earlier = s.recent_closes[-4]
        wrong = _fresh_price(b, earlier)
        out.append(Plant(f"lookback-earlier-close-{key}", base, "history", f"close of {_price(s, earlier)}",
                         f"close of {wrong}", "value-mismatch", wrong,
                         note="a dated earlier close set after today's, 1.5% off its bar"))
    return out


# ---------------------------------------------------------------- a fragment citing its story

CHANNEL_KEYS = ("IWM-2026-11-20", "SPY-2026-11-20")
BOX_STORY = "russell-2000-ten-dollar-box"
RATES_STORY = "yields-slide-rate-cut-odds"


def _number_of(b: Built, slug: str) -> int:
    return next(n for n, item in enumerate(b.news, start=1) if slug in item.url)


def channel_note(b: Built) -> str:
    s = b.snapshot
    box = _number_of(b, BOX_STORY)
    sources = "\n".join(f"[{n}] {item.title} \u2014 {item.publisher}, {item.url}"
                        for n, item in enumerate(b.news, start=1))
    return (f"{s.symbol} weekly check-in\n\nThe small caps went nowhere again. Same channel, week after "
            f"week [{box}].\n\nSources\n{sources}\n")


def channel_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-channel-{key}", key, "social", "txt", channel_note(built[key]))
            for key in CHANNEL_KEYS]


def channel_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in CHANNEL_KEYS:
        b = built[key]
        box, rates = _number_of(b, BOX_STORY), _number_of(b, RATES_STORY) if any(
            RATES_STORY in item.url for item in b.news) else None
        if rates is None:
            rates = next(n for n, item in enumerate(b.news, start=1) if "box" not in item.title)
        out.append(Plant(f"channel-cited-elsewhere-{key}", f"user-channel-{key}", "citation",
                         f"week after week [{box}]", f"week after week [{rates}]", "citation-unsupported",
                         f"[{rates}]", note="the range fragment cited to a story about something else"))
    return out


# ---------------------------------------------------------------- a range diary

DIARY_KEYS = ("IWM-2026-11-20", "idx_GSPC-2026-11-20", "QQQ-2026-11-17")


def _count_word(n: int) -> str:
    return count_forms(n)[1]


def _ordinal_word(n: int) -> str:
    return count_forms(n)[2]


def range_diary(b: Built) -> str:
    s, sym = b.snapshot, b.snapshot.symbol
    rng = s.range
    assert rng is not None and s.returns.change_1m_pct is not None
    lines = [f"# {sym}: a range diary", "",
             f"The range has now held for {_count_word(rng.sessions)} sessions, every close between "
             f"{_price(s, rng.lower)} and {_price(s, rng.upper)}. Zoom out and a month of trading has "
             f"shaved {abs(s.returns.change_1m_pct):.2f}% off the tape."]
    if s.relative is not None and s.relative.streak_sessions > 1 and b.news:
        rates = _number_of(b, RATES_STORY)
        lines.append("")
        lines.append(f"Rate-cut odds firmed ahead of the December meeting [{rates}], yet {sym} lagged "
                     f"{s.relative.benchmark} for a {_ordinal_word(s.relative.streak_sessions)} consecutive "
                     "session.")
        lines.append("")
        lines.append("\n".join(f"[{n}] {item.title} \u2014 {item.publisher}, {item.url}"
                               for n, item in enumerate(b.news, start=1) if n == rates))
    return "\n".join(lines) + "\n"


def diary_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-diary-{key}", key, "prose", "md", range_diary(built[key])) for key in DIARY_KEYS]


def _values(b: Built) -> list[float]:
    from pipeline.facts import build_fact_sheet

    sheets = [b.sheet, *(build_fact_sheet(p) for p in b.peers)]
    return [abs(float(f.value)) for sheet in sheets for f in sheet.facts.values()
            if isinstance(f.value, int | float) and not isinstance(f.value, bool)]


def _fresh(b: Built, value: float, step: float, decimals: int) -> float:
    """`value + step` (or the next one up) that no fact of the context shows at that precision."""
    taken = {round(v, decimals) for v in _values(b)}
    candidate = round(value + step, decimals)
    while candidate in taken:
        candidate = round(candidate + 10 ** -decimals, decimals)
    return candidate


def diary_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in DIARY_KEYS:
        b = built[key]
        s = b.snapshot
        base = f"user-diary-{key}"
        assert s.range is not None and s.returns.change_1m_pct is not None
        said = f"for {_count_word(s.range.sessions)} sessions"
        wrong = _count_word(int(_fresh(b, s.range.sessions, 10, 0)))
        out.append(Plant(f"diary-range-length-{key}", base, "words", said, f"for {wrong} sessions",
                         "value-mismatch", f"{wrong} sessions", note="the range's length in words, ten long"))
        month = f"{abs(s.returns.change_1m_pct):.2f}%"
        wrong_month = f"{_fresh(b, abs(s.returns.change_1m_pct), 0.37, 2):.2f}%"
        out.append(Plant(f"diary-month-{key}", base, "timeframe", f"shaved {month}", f"shaved {wrong_month}",
                         "value-mismatch", wrong_month, note="the month's loss 0.37 off, no direction word"))
        if s.relative is not None and s.relative.streak_sessions > 1 and b.news:
            run = _ordinal_word(s.relative.streak_sessions)
            longer = _ordinal_word(s.relative.streak_sessions + 3)
            out.append(Plant(f"diary-run-cited-{key}", base, "words", f"a {run} consecutive session",
                             f"a {longer} consecutive session", "value-mismatch",
                             f"{longer} consecutive session",
                             note="the run behind the benchmark three long, in a sentence citing a story "
                                  "that prints no such count"))
    return out


# ---------------------------------------------------------------- a list of moves under one verb

LIST_KEYS = ("SPY-2026-11-20", "DIA-2026-11-20", "IWM-2026-11-17")


def _listed(b: Built) -> list[Snapshot]:
    """The peers by the size of their move, largest first (the first carries the verb)."""
    return sorted(b.peers, key=lambda p: -abs(p.returns.change_1d_pct))


def move_list(b: Built) -> str:
    first, second, last = _listed(b)[:3]
    verb = "added" if first.returns.change_1d_pct > 0 else "lost"
    return (f"# {b.snapshot.symbol}: the neighbours\n\nAcross the board, {first.symbol} {verb} "
            f"{abs(first.returns.change_1d_pct):.2f}%, {second.symbol} "
            f"{abs(second.returns.change_1d_pct):.2f}%, "
            f"and {last.symbol} only {abs(last.returns.change_1d_pct):.2f}%.\n")


def list_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-movelist-{key}", key, "prose", "md", move_list(built[key])) for key in LIST_KEYS]


def list_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in LIST_KEYS:
        b = built[key]
        last = _listed(b)[2]
        own = f"{abs(last.returns.change_1d_pct):.2f}%"
        others = [abs(v) for v in (last.returns.change_5d_pct, last.trend.pct_vs_sma_50) if v is not None]
        other = next(f"{v:.2f}%" for v in others if f"{v:.2f}%" != own)
        out.append(Plant(f"movelist-last-{key}", f"user-movelist-{key}", "subject",
                         f"{last.symbol} only {own}", f"{last.symbol} only {other}", "value-mismatch", other,
                         note=f"the last listed move replaced by another figure of {last.symbol}'s own"))
    return out


# ---------------------------------------------------------------- both setups in one sentence

PLAN_KEYS = ("DIA-2025-11-17", "SPY-2026-06-03")
_SIDE_WORDS = {"long": "above", "short": "below"}


def _levels(s: Snapshot, setup_index: int) -> tuple[str, str, str]:
    setup = s.setups[setup_index]
    return _price(s, setup.entry), _price(s, setup.stop), _price(s, setup.target)


def _plan_part(s: Snapshot, n: int) -> str:
    entry, stop, target = _levels(s, n)
    side = s.setups[n].direction
    return f"a {side} only {_SIDE_WORDS[side]} {entry} (stop {stop}, target {target})"


def two_way_plan(b: Built) -> str:
    """Both setups in one sentence when the snapshot has two; else the one, "only above" its entry."""
    s = b.snapshot
    assert s.setups, f"{b.key}: no setup to plan"
    parts = [_plan_part(s, n) for n in range(min(2, len(s.setups)))]
    body = f"Either {parts[0]} or {parts[1]}." if len(parts) == 2 else f"The plan is {parts[0]}."
    return f"# {s.symbol}: the plan\n\n{body}\n"


def plan_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-plan-{key}", key, "prose", "md", two_way_plan(built[key])) for key in PLAN_KEYS]


def plan_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in PLAN_KEYS:
        s = built[key].snapshot
        last = s.setups[min(2, len(s.setups)) - 1]
        stop = _price(s, last.stop)
        flipped = _price(s, 2 * last.entry - last.stop)
        out.append(Plant(f"plan-stop-side-{key}", f"user-plan-{key}", "setup", f"(stop {stop},",
                         f"(stop {flipped},", "setup-geometry", flipped,
                         note=f"the {last.direction}'s stop moved to the other side of its entry"))
    return out


# ---------------------------------------------------------------- companies outside the list

NAME_KEYS = ("IWM-2026-11-20", "QQQ-2026-11-17", "SPY-2026-06-03")


def single_names(b: Built) -> str:
    s = b.snapshot
    move = s.returns.change_1d_pct
    verb = "added" if move > 0 else "gave back"
    return (f"# {s.symbol} and the single names\n\nShares of Micron jumped 6.25% after its results, and "
            f"Oracle slid 1.85%, while {s.symbol} {verb} {abs(move):.2f}%.\n")


def name_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-names-{key}", key, "prose", "md", single_names(built[key])) for key in NAME_KEYS]


def name_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in NAME_KEYS:
        b = built[key]
        move = abs(b.snapshot.returns.change_1d_pct)
        said, wrong = f"{move:.2f}%.", f"{_fresh(b, move, 0.37, 2):.2f}%"
        out.append(Plant(f"names-own-move-{key}", f"user-names-{key}", "subject", said, f"{wrong}.",
                         "value-mismatch", wrong,
                         note="the instrument's move beside two companies' moves, off"))
    return out


# ---------------------------------------------------------------- dates and counts the words name

CALENDAR_KEYS = ("QQQ-2026-11-20", "SPY-2026-11-17", "IWM-2026-11-20")


def _calendar_peer(b: Built) -> tuple[Snapshot, Snapshot]:
    """The peer with the smallest move (mustered just ...) and another whose move differs from it."""
    ordered = sorted(b.peers, key=lambda p: abs(p.returns.change_1d_pct))
    small = ordered[0]
    other = next(p for p in ordered[1:] if f"{abs(p.returns.change_1d_pct):.2f}"
                 != f"{abs(small.returns.change_1d_pct):.2f}")
    return small, other


def calendar_note(b: Built) -> str:
    s = b.snapshot
    ext, cross = s.extremes, s.trend.cross
    assert cross is not None and cross.since is not None and cross.sessions_since is not None
    fomc = next(e for e in s.events if e.kind == "fomc")
    small, _ = _calendar_peer(b)
    verb = "mustered just" if small.returns.change_1d_pct > 0 else "lost just"
    return (f"# {s.symbol}: dates to keep\n\n"
            f"{s.symbol} settled at {_price(s, s.close)}; earlier in the week it traded well above that, and "
            f"it still closed below the record close of {_price(s, ext.all_time_high)} from "
            f"{_short(ext.all_time_high_date)}. The {cross.state} cross, which formed on "
            f"{_short(cross.since)}, is {_count_word(cross.sessions_since)} sessions old: it printed "
            f"{cross.sessions_since} sessions "
            f"ago. Among the neighbours {small.symbol} {verb} {abs(small.returns.change_1d_pct):.2f}%. "
            f"The Fed is {fomc.sessions_until} sessions away, and CPI lands a day later.\n")


def calendar_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-calendar-{key}", key, "prose", "md", calendar_note(built[key]))
            for key in CALENDAR_KEYS]


def calendar_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in CALENDAR_KEYS:
        b = built[key]
        s = b.snapshot
        ext, cross = s.extremes, s.trend.cross
        assert cross is not None and cross.since is not None and cross.sessions_since is not None
        base = f"user-calendar-{key}"
        late = _short(_next_session(ext.all_time_high_date))
        out.append(Plant(f"calendar-record-date-{key}", base, "history",
                         f"from {_short(ext.all_time_high_date)}.", f"from {late}.", "date-untraced", late,
                         note="the record close's date a session late"))
        early = _short(cross.since - timedelta(days=30))
        out.append(Plant(f"calendar-cross-date-{key}", base, "history", f"formed on {_short(cross.since)}",
                         f"formed on {early}", "date-untraced", early, note="the cross's date a month early"))
        age = int(_fresh(b, cross.sessions_since, 9, 0))
        out.append(Plant(f"calendar-cross-age-{key}", base, "words",
                         f"printed {cross.sessions_since} sessions ago", f"printed {age} sessions ago",
                         "value-mismatch", f"{age}",
                         note="the cross's age nine sessions off"))
        small, other = _calendar_peer(b)
        said = f"{abs(small.returns.change_1d_pct):.2f}%."
        given = f"{abs(other.returns.change_1d_pct):.2f}%"
        out.append(Plant(f"calendar-peer-move-{key}", base, "subject", f"just {said}", f"just {given}.",
                         "value-mismatch", given, note=f"{small.symbol} given {other.symbol}'s move"))
        fomc = next(e for e in s.events if e.kind == "fomc")
        wrong = int(_fresh(b, fomc.sessions_until, -10, 0))
        out.append(Plant(f"calendar-fed-count-{key}", base, "words", f"Fed is {fomc.sessions_until} sessions",
                         f"Fed is {wrong} sessions", "value-mismatch", f"{wrong}",
                         note="the Fed's count of sessions ten short"))
    return out


# ---------------------------------------------------------------- reward/risk in words

ODDS_KEYS = ("SPY-2026-06-03", "QQQ-2026-11-20")


def odds_note(b: Built) -> str:
    s = b.snapshot
    setup = s.setups[0]
    side = {"long": "above", "short": "below"}[setup.direction]
    words = count_forms(round(setup.reward_risk))[1]
    return (f"# {s.symbol}: the odds\n\nThe trade on the table: a {setup.direction} {side} "
            f"{_price(s, setup.entry)} targets {_price(s, setup.target)} with a stop at "
            f"{_price(s, setup.stop)}, "
            f"roughly {words} to one.\n")


def odds_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-odds-{key}", key, "prose", "md", odds_note(built[key])) for key in ODDS_KEYS]


def odds_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in ODDS_KEYS:
        setup = built[key].snapshot.setups[0]
        said, rich = count_forms(round(setup.reward_risk))[1], count_forms(round(setup.reward_risk) + 1)[1]
        out.append(Plant(f"odds-rich-{key}", f"user-odds-{key}", "setup", f"roughly {said} to one",
                         f"roughly {rich} to one", "setup-reward-risk", f"{rich} to one",
                         note="the reward/risk in words a whole unit too rich"))
    return out


# ---------------------------------------------------------------- desk shorthand

DESKLINE_KEYS = ("IWM-2026-11-20", "DIA-2026-11-20")


def _nearest_levels(s: Snapshot) -> tuple[float, float]:
    """The first resistance and support a desk line names: the nearest table row on each side of the
    close, by the figure it prints facing the close (a zone's near edge, a single level's price; a
    zone prints its edges, not its mean), whatever rows the levels rules leave."""
    facing = [lv.zone_low if lv.zone_low is not None and lv.price > s.close else
              lv.zone_high if lv.zone_high is not None and lv.price < s.close else lv.price
              for lv in s.levels if lv.kind != LevelKind.CURRENT]
    above = min((p for p in facing if p > s.close), default=None)
    below = max((p for p in facing if p < s.close), default=None)
    assert above is not None and below is not None, s.symbol
    return above, below


def desk_line(b: Built) -> str:
    s = b.snapshot
    above, below = _nearest_levels(s)
    one, two = s.recent_sessions[-2], s.recent_sessions[-3]
    return (f"# {s.symbol} desk line\n\nLevels: R1 {_price(s, above)}, S1 {_price(s, below)}.\n\n"
            f"The tape closed {one:%A} at {_price(s, s.recent_closes[-2])}, {two:%A}'s close was "
            f"{_price(s, s.recent_closes[-3])}.\n")


def deskline_texts(built: dict[str, Built]) -> list:  # type: ignore[type-arg]
    from .user_texts import UserText

    return [UserText(f"user-deskline-{key}", key, "notes", "md", desk_line(built[key]))
            for key in DESKLINE_KEYS]


def deskline_plants(built: dict[str, Built]) -> list[Plant]:
    out = []
    for key in DESKLINE_KEYS:
        b = built[key]
        s = b.snapshot
        above, below = _nearest_levels(s)
        under = _price(s, below - 1.0)
        out.append(Plant(f"deskline-r-under-{key}", f"user-deskline-{key}", "level", f"R1 {_price(s, above)}",
                         f"R1 {under}", "level-wrong-side", under, note="R1 at a price under the close"))
        one = s.recent_sessions[-2]
        said, other = _price(s, s.recent_closes[-2]), _price(s, s.recent_closes[-3])
        if said != other:
            out.append(Plant(f"deskline-day-swap-{key}", f"user-deskline-{key}", "history",
                             f"{one:%A} at {said}", f"{one:%A} at {other}", "value-mismatch", other,
                             note="the later day given the earlier day's close"))
    return out
