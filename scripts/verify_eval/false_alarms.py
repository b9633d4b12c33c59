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
from .user_texts import UserText, moved, side

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
    out = [UserText(f"user-desklog-{key}", key, "desk-log", "txt", desk_log(built[key])) for key in KEYS]
    yields = yields_note(built[YIELDS_KEY])
    out.append(UserText(f"user-yields-{YIELDS_KEY}", YIELDS_KEY, "rates-note", "txt", yields))
    return out


def false_alarm_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
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
                         f"{asked} here? Yes:", "indicator-mismatch", asked,
                         note="an RSI word asked about and answered 'Yes'"))
    out.append(Plant(f"yields-untraced-{YIELDS_KEY}", f"user-yields-{YIELDS_KEY}", "value", "to 4.06% [1]",
                     "to 4.16% [1]", "number-untraced", "4.16%",
                     note="a yield the cited story does not print, with no yield in the snapshot"))
    return out
