"""Desk logs full of true sentences the verifier once flagged: the false-alarm classes of holdout 2.

Each text is correct by construction and must raise no error finding: window shorthand
("the 50d", "its 200d") is a label, not a figure; a possessive weekday ("Thursday's session")
names a past session, not today's; a weekday-and-date list of the week's earlier sessions
holds real session dates; an RSI word asked about and answered "No", or denied with
"neither ... nor", is not a claim; a Treasury-yield figure the cited story prints is that
story's, even with no yield in the snapshot. The plants keep the checks those exemptions sit
beside: a weekday wrong in the list, a 52-week high given a recent session's date, an RSI
word answered "Yes", a yield figure the story does not print. The blind holdout
(tests/data/verify_holdout2) found these classes; its texts are not copied.
"""

from __future__ import annotations

from datetime import date, timedelta

from .plants import Plant
from .universe import Built
from .user_texts import UserText, moved, side, updown

KEYS = ("QQQ-2026-11-20", "SPY-2026-11-17", "DIA-2026-06-03")
YIELDS_KEY = "IWM-2026-11-20"  # its snapshot holds no Treasury yield; one of its stories prints one
YIELDS_URL = "https://macrobrief.example/rates/2026/11/20/yields-slide-rate-cut-odds"


def earlier_sessions(b: Built, count: int = 2) -> list[date]:
    """The last `count` weekdays before the session (oldest first), all within the past week."""
    days, day = [], b.snapshot.session
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days[::-1]


def day_line(day: date) -> str:
    return f"{day:%A} {day:%b} {day.day}"


def rsi_answer(b: Built) -> tuple[str, str]:
    """(the RSI word the reading is not, the one it would take to be wrong) for a question."""
    rsi = b.snapshot.momentum.rsi_14 or 50
    assert 30 < rsi < 70, "the texts ask about a reading between the bands"
    return ("oversold", "overbought") if rsi >= 50 else ("overbought", "oversold")


def desk_log(b: Built) -> str:
    s, sym = b.snapshot, b.snapshot.symbol
    t = s.trend
    assert t.sma_50 is not None and t.sma_200 is not None
    first, second = earlier_sessions(b)
    asked, _ = rsi_answer(b)
    verb = moved(s.returns.change_1d_pct, big="dropped", small="eased", up="advanced")
    lines = [
        f"{sym} desk log, {{session:weekday}}",
        "",
        f"Trend: vs. the 50d ({{sma_50}}) the fund is {side(s.close, t.sma_50)}; vs. its 200d "
        f"({{sma_200}}) it is {side(s.close, t.sma_200)}.",
        f"Today {sym} {verb} {{change_1d_pct:abs}} to {{price}}. {first:%A}'s session was a quiet one for "
        "the fund, by comparison.",
        f"Is {sym} {asked} here? No: RSI(14) reads {{rsi_14}}, a reading that is neither oversold nor "
        "overbought.",
        "The 52-week high of {high_52w} came on {high_52w_date}.",
        "",
        "Earlier this week:",
        f"{day_line(first)}: a slow tape with few headlines.",
        f"{day_line(second)}: buyers and sellers traded blows into the bell.",
    ]
    return b.sheet.fill("\n".join(lines)) + "\n"


def yields_note(b: Built) -> str:
    item = next(i for i in b.news if i.url == YIELDS_URL)
    text = (f"{b.snapshot.symbol} rates watch. The benchmark 10-year note's yield slid 7 basis points on the "
            "day, to 4.06% [1], a relief for borrowers among the small caps.\n\nSources\n"
            f"[1] {item.title} \u2014 {item.publisher}, {item.url}\n")
    return text


def false_alarm_texts(built: dict[str, Built]) -> list[UserText]:
    out = [*peer_texts(built), *frame_texts(built), *tape_texts(built), *gap_texts(built), *log_texts(built),
           *(UserText(f"user-desklog-{key}", key, "desk-log", "txt", desk_log(built[key])) for key in KEYS)]
    yields = yields_note(built[YIELDS_KEY])
    out.append(UserText(f"user-yields-{YIELDS_KEY}", YIELDS_KEY, "rates-note", "txt", yields))
    return out


def false_alarm_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = [*peer_plants(built), *frame_plants(built), *tape_plants(built), *gap_plants(built),
                        *log_plants(built)]
    for key in KEYS:
        b = built[key]
        base = f"user-desklog-{key}"
        first, second = earlier_sessions(b)
        wrong_day = (second + timedelta(days=1 if second.weekday() < 4 else -3)).strftime("%A")
        wrong = f"{wrong_day} {second:%b} {second.day}"
        out.append(Plant(f"desklog-list-weekday-{key}", base, "date", f"{day_line(second)}:", f"{wrong}:",
                         "weekday-mismatch", wrong,
                         note="a weekday wrong in a list of the week's earlier sessions"))
        high_date = b.sheet.fmt("high_52w_date")
        recent = f"{first:%b} {first.day}, {first.year}"
        assert high_date != recent
        out.append(Plant(f"desklog-high-recent-date-{key}", base, "date", f"came on {high_date}",
                         f"came on {recent}", "date-untraced", recent,
                         note="the 52-week high given a recent session's date: a dated fact's date is "
                         "checked"))
        asked, _ = rsi_answer(b)
        out.append(Plant(f"desklog-rsi-yes-{key}", base, "indicator", f"{asked} here? No:",
                         f"{asked} here? Yes:", "indicator-mismatch", "Yes",
                         note="an RSI word asked about and answered 'Yes' (the answer is the claim)"))
    out.append(Plant(f"yields-untraced-{YIELDS_KEY}", f"user-yields-{YIELDS_KEY}", "value", "to 4.06% [1]",
                     "to 4.16% [1]", "number-untraced", "4.16%",
                     note="a yield the cited story does not print, with no yield in the snapshot"))
    return out


# ---------------------------------------------------------------- whose figure: peers and the index

INDEX_KEYS = ("IWM-2026-11-17", "DIA-2025-11-17", "SPY-2026-11-20")
"""Sessions where the index's printed move differs from its ETF's (-0.78% vs -0.80%, ...)."""
INDEX_NAMES = {"^RUT": "Russell 2000", "^DJI": "Dow Jones Industrial Average", "^GSPC": "S&P 500"}
STREAK_KEYS = ("QQQ-2026-11-17", "SPY-2026-11-20")
QUOTE_KEY = "QQQ-2026-11-17"
QUOTE_URL = "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html"


def ordinal(n: int) -> str:
    return {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}[n]


def peer_streak(b: Built) -> tuple[str, str, int, str] | None:
    """(peer, benchmark, sessions, verb) of a peer's run of two or more sessions against its benchmark."""
    for peer in b.peers:
        rel = peer.relative
        if rel is not None and rel.streak_sessions >= 2 and rel.streak_direction != "even":
            verb = "trailed" if rel.streak_direction == "underperform" else "outpaced"
            return peer.symbol, rel.benchmark, rel.streak_sessions, verb
    return None


def index_line(b: Built) -> str:
    index = next(r for r in b.snapshot.related if r.role.value == "index")
    tag = index.symbol.lstrip("^")
    assert b.sheet.fmt(f"{tag}_change_1d_pct") != b.sheet.fmt("change_1d_pct")
    word = "gain" if index.change_1d_pct > 0 else "decline"
    verb = "gained" if index.change_1d_pct > 0 else "lost"
    name = INDEX_NAMES[index.symbol]
    move = f"{{{tag}_change_1d_pct:abs}}"
    return (f"The {name} meanwhile closed the day at {{{tag}_close}}, a {move} {word}. "
            f"Counted without the fund's fees and flows, the {name} alone {verb} {move}.")


def peer_note(b: Built) -> str:
    sym = b.snapshot.symbol
    verb = moved(b.snapshot.returns.change_1d_pct, big="fell", small="slipped", up="rose")
    lines = [f"{sym} and the neighbours", "", f"{sym} {verb} {{change_1d_pct:abs}} to {{price}}."]
    if b.key in INDEX_KEYS:
        lines.append(index_line(b))
    streak = peer_streak(b) if b.key in STREAK_KEYS else None
    if streak is not None:
        peer, bench, sessions, word = streak
        lines.append(f"Elsewhere, {peer} {word} {bench} for a {ordinal(sessions)} straight session.")
    if b.key == QUOTE_KEY:
        item = next(i for i in b.news if i.url == QUOTE_URL)
        lines += ["Desks put the dip down to \u201cprofit-taking in the winners\u201d [1].", "", "Sources",
                  f"[1] {item.title} \u2014 {item.publisher}, {item.url}"]
    return b.sheet.fill("\n".join(lines)) + "\n"


PEER_KEYS = tuple(dict.fromkeys((*INDEX_KEYS, *STREAK_KEYS, QUOTE_KEY)))


def peer_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-neighbours-{key}", key, "neighbours-note", "txt", peer_note(built[key]))
            for key in PEER_KEYS]


def peer_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in STREAK_KEYS:
        streak = peer_streak(built[key])
        assert streak is not None
        peer, bench, sessions, word = streak
        other = "outpaced" if word == "trailed" else "trailed"
        out.append(Plant(f"neighbours-streak-direction-{key}", f"user-neighbours-{key}", "subject",
                         f"{peer} {word} {bench} for a {ordinal(sessions)} straight session",
                         f"{peer} {other} {bench} for a {ordinal(sessions)} straight session",
                         "direction-mismatch", f"{ordinal(sessions)} straight session",
                         note="a peer's run against its benchmark told the wrong way round"))
        out.append(Plant(f"neighbours-streak-count-{key}", f"user-neighbours-{key}", "subject",
                         f"a {ordinal(sessions)} straight session",
                         f"a {ordinal(sessions + 1)} straight session",
                         "value-mismatch", f"{ordinal(sessions + 1)} straight session",
                         note="a peer's run against its benchmark one session too long"))
    for key in INDEX_KEYS:
        b = built[key]
        index = next(r for r in b.snapshot.related if r.role.value == "index")
        tag = index.symbol.lstrip("^")
        printed = b.sheet.fmt(f"{tag}_change_1d_pct", "abs")
        wrong = f"{abs(index.change_1d_pct) + 0.3:.2f}%"
        verb = "gained" if index.change_1d_pct > 0 else "lost"
        out.append(Plant(f"neighbours-index-move-{key}", f"user-neighbours-{key}", "subject",
                         f"alone {verb} {printed}", f"alone {verb} {wrong}", "value-mismatch", wrong,
                         note="the index's move, named loosely, 0.3 points off"))
    out.append(Plant(f"neighbours-quote-unsupported-{QUOTE_KEY}", f"user-neighbours-{QUOTE_KEY}", "citation",
                     "in the winners\u201d [1]", "in the laggards\u201d [1]", "citation-unsupported", "[1]",
                     note="a quoted phrase the cited story does not print"))
    return out


# ---------------------------------------------------------------- over what period

FRAME_KEYS = ("SPY-2026-11-17", "DIA-2026-06-03", "IWM-2026-03-30")


def frame_note(b: Built) -> str:
    """Moves over other periods than the session's, each in words that give its period away from it:
    a 'Week:' label, a year named before 'but', a month named after the figure past a 'yet'. The
    week's line says 'over five sessions', a window ('for five sessions' after a move reads as a run
    of five down or up closes, which the note does not claim)."""
    r, sym = b.snapshot.returns, b.snapshot.symbol
    year_verb = "gained" if r.change_ytd_pct > 0 else "lost"
    lines = [
        f"{sym} by the numbers",
        "",
        "Session {change_1d_pct:signed} | Week: {change_5d_pct:signed} | Month {change_1m_pct:signed}",
        "",
        f"On the year the broad market has looked calmer, but {sym} has {year_verb} {{change_ytd_pct:abs}}.",
        f"{updown(r.change_5d_pct).capitalize()} {{change_5d_pct:abs}} over five sessions, yet {sym} is "
        f"{updown(r.change_1m_pct)} {{change_1m_pct:abs}} over the past month.",
    ]
    return b.sheet.fill("\n".join(lines)) + "\n"


def frame_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-frames-{key}", key, "numbers-note", "txt", frame_note(built[key]))
            for key in FRAME_KEYS]


def frame_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in FRAME_KEYS:
        b = built[key]
        base = f"user-frames-{key}"
        for name, label in (("change_5d_pct", "week-label"), ("change_ytd_pct", "year-but"),
                            ("change_1m_pct", "month-yet")):
            value = getattr(b.snapshot.returns, name)
            printed = b.sheet.fmt(name, "signed" if label == "week-label" else "abs")
            wrong = f"{abs(value) + 0.4:.2f}%"
            wrong = ("+" if value > 0 else "-") + wrong if label == "week-label" else wrong
            old = {"week-label": f"Week: {printed}", "year-but": f"has {'gained' if value > 0 else 'lost'} "
                   f"{printed}", "month-yet": f"{printed} over the past month"}[label]
            out.append(Plant(f"frames-{label}-{key}", base, "timeframe", old, old.replace(printed, wrong),
                             "value-mismatch", wrong,
                             note=f"the {name.split('_')[1]} move 0.4 points off, its period given by its "
                             "words"))
    return out


# ---------------------------------------------------------------- which fact its words name

TAPE_KEYS = ("SPY-2026-11-20", "QQQ-2026-11-17", "DIA-2026-11-20")


def tape_note(b: Built) -> str:
    """The gap, MACD against its signal written 'x versus y', and a peer's RSI with its noun left out."""
    s, sym = b.snapshot, b.snapshot.symbol
    m = s.momentum
    assert m.macd is not None and m.macd_signal is not None
    side_word = "above" if m.macd > m.macd_signal else "below"
    first, second = b.peers[0], b.peers[1]
    lines = [
        f"{sym} tape notes",
        "",
        "The session opened with a gap of {gap_pct:signed}.",
        f"MACD stays {side_word} its signal line, {{macd}} versus {{macd_signal}}.",
        f"On momentum, {first.symbol}'s RSI reads {first.momentum.rsi_14:.1f}; {second.symbol}'s is at "
        f"{second.momentum.rsi_14:.1f}.",
    ]
    return b.sheet.fill("\n".join(lines)) + "\n"


def tape_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-tape-{key}", key, "tape-notes", "txt", tape_note(built[key]))
            for key in TAPE_KEYS]


def tape_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in TAPE_KEYS:
        b = built[key]
        base = f"user-tape-{key}"
        gap = b.sheet.fmt("gap_pct", "signed")
        wrong_gap = f"{b.snapshot.tape.gap_pct - 0.3:+.2f}%"  # type: ignore[union-attr]
        out.append(Plant(f"tape-gap-{key}", base, "timeframe", f"gap of {gap}", f"gap of {wrong_gap}",
                         "value-mismatch", wrong_gap, note="the opening gap 0.3 points off"))
        macd = b.sheet.fmt("macd")
        wrong_macd = f"{b.snapshot.momentum.macd + 0.5:.2f}"  # type: ignore[operator]
        out.append(Plant(f"tape-macd-versus-{key}", base, "subject", f"line, {macd} versus",
                         f"line, {wrong_macd} versus", "value-mismatch", wrong_macd,
                         note="MACD's own value off in 'MACD ... signal line, x versus y'"))
        second = b.peers[1]
        rsi = f"{second.momentum.rsi_14:.1f}"
        wrong_rsi = f"{(second.momentum.rsi_14 or 50) + 6:.1f}"
        out.append(Plant(f"tape-elided-rsi-{key}", base, "subject", f"'s is at {rsi}",
                         f"'s is at {wrong_rsi}", "value-mismatch", wrong_rsi,
                         note="a peer's RSI, its noun left out, 6 points off"))
    return out


# ---------------------------------------------------------------- a gap between two printed prices

GAP_KEYS = ("SPY-2026-06-03", "DIA-2026-06-03", "IWM-2026-03-30")


def average_gap(b: Built) -> int:
    t = b.snapshot.trend
    assert t.sma_50 is not None and t.sma_200 is not None
    return int(abs(round(t.sma_200, 2) - round(t.sma_50, 2)))


def gap_note(b: Built) -> str:
    """The dollar distance between the two printed averages, bounded in words ('more than $31')."""
    t = b.snapshot.trend
    assert t.sma_50 is not None and t.sma_200 is not None
    lower, upper = ("50-day", "200-day") if t.sma_50 < t.sma_200 else ("200-day", "50-day")
    lines = [
        f"{b.snapshot.symbol}: the averages",
        "",
        "The 50-day stands at {sma_50}, the 200-day at {sma_200}. "
        f"For the {lower} to catch the {upper} it must make up more than ${average_gap(b)}.",
    ]
    return b.sheet.fill("\n".join(lines)) + "\n"


def gap_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-avggap-{key}", key, "averages-note", "txt", gap_note(built[key]))
            for key in GAP_KEYS]


def gap_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in GAP_KEYS:
        gap = average_gap(built[key])
        out.append(Plant(f"avggap-wrong-{key}", f"user-avggap-{key}", "derived", f"more than ${gap}.",
                         f"more than ${gap + 6}.", "number-untraced", f"${gap + 6}",
                         note="the dollar gap between the printed averages 6 dollars too wide"))
    return out


# ---------------------------------------------------------------- a day-by-day log of past closes

LOG_KEYS = ("QQQ-2026-11-20", "SPY-2026-11-17")


def past_closes(b: Built, count: int = 2) -> list[tuple[date, float]]:
    """The last `count` sessions before the session with their closes (dated history)."""
    s = b.snapshot
    pairs = list(zip(s.recent_sessions, s.recent_closes, strict=True))
    return [(day, close) for day, close in pairs if day < s.session][-count:]


def session_log(b: Built) -> str:
    sym = b.snapshot.symbol
    lines = [f"{sym} session log", ""]
    for day, close in past_closes(b):
        lines.append(f"{day:%b} {day.day}: buyers hesitated early, and {sym} finished at ${close:,.2f}.")
    return "\n".join(lines) + "\n"


def log_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-sessionlog-{key}", key, "session-log", "txt", session_log(built[key]))
            for key in LOG_KEYS]


def log_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in LOG_KEYS:
        day, close = past_closes(built[key])[0]
        wrong = f"${close + 1.5:,.2f}"
        out.append(Plant(f"sessionlog-close-{key}", f"user-sessionlog-{key}", "history",
                         f"finished at ${close:,.2f}", f"finished at {wrong}", "value-mismatch", wrong,
                         note="a past close in a day-by-day log, dated by its line's heading, $1.50 off"))
    return out
