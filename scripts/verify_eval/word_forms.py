"""Tape notes with more word forms of numbers: dollars and cents, 'N and a half dollars', 'twice normal'
for volume, and digit ordinals ('the 5th consecutive day'); the put/call open-interest ratio, and a
year-to-date figure with no direction word ('the tally is 3.28% year-to-date').

Each text is a short desk note on one instrument; a sentence is written only when the
snapshot gives a value that those words state exactly (or, for the approximate forms,
within the verifier's tolerance: a fraction within 10%, a multiple within 20%), so each
text is correct by construction. Each plant changes one figure's words and names the
finding it must raise. The second blind holdout (tests/data/verify_holdout2) found these
forms unread; its texts are not copied.
"""

from __future__ import annotations

from .plants import Plant, fresh_of
from .universe import Built
from .user_texts import UserText
from .word_texts import words

KEYS = (
    "SPY-2026-11-17",
    "SPY-2026-11-20",
    "DIA-2026-11-20",
    "IWM-2026-03-30",
    "IWM-2026-02-13",
)


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def close_words(b: Built) -> tuple[str, int, int] | None:
    """('six hundred seventy-nine dollars and eighty-four cents', dollars, cents), when cents are printed."""
    dollars, cents = divmod(round(b.snapshot.close * 100), 100)
    if cents == 0 or dollars >= 1000:
        return None
    return f"{words(dollars)} dollars and {words(cents)} cents", dollars, cents


def half_dollars(b: Built) -> int | None:
    """The ATR's whole dollars when it is 'N and a half dollars' (within 2%)."""
    atr = b.snapshot.volatility.atr_14
    whole = int(atr)
    return whole if whole >= 1 and abs(atr - (whole + 0.5)) <= 0.02 * atr else None


def twice(b: Built) -> bool:
    ratio = b.snapshot.volume.volume_ratio
    return ratio is not None and abs(ratio - 2.0) <= 0.2


def streak(b: Built) -> tuple[int, str, str] | None:
    rel = b.snapshot.relative
    if rel is None or rel.streak_sessions < 2 or rel.streak_direction == "even":
        return None
    verb = "lagged" if rel.streak_direction == "underperform" else "beat"
    return rel.streak_sessions, verb, rel.benchmark


def note_text(b: Built) -> str:
    sym = b.snapshot.symbol
    lines = []
    said = close_words(b)
    if said:
        lines.append(f"{sym} finished the day at {said[0]}.")
    if twice(b):
        lines.append("Turnover came in at roughly twice normal.")
    half = half_dollars(b)
    if half is not None:
        lines.append(f"{sym}'s ATR is {words(half)} and a half dollars a session.")
    run = streak(b)
    if run is not None:
        n, verb, bench = run
        lines.append(f"That made it the {n}{suffix(n)} consecutive day {sym} {verb} {bench}.")
    verb = "added" if b.snapshot.returns.change_1d_pct > 0 else "gave back"
    lines.append(b.sheet.fill(f"On the session {sym} {verb} {{change_1d:abs}}."))
    lines.append(b.sheet.fill("Counting from January, the tally is {change_ytd_pct:abs} year-to-date."))
    if "put_call_oi_ratio" in b.sheet.facts:
        lines.append(b.sheet.fill("In the options, the put-to-call open interest ratio stands at "
                                  "{put_call_oi_ratio}."))
    return f"{sym} tape notes\n\n" + " ".join(lines) + "\n"


def word_form_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-wordforms-{key}", key, "wordforms", "txt", note_text(built[key])) for key in KEYS]


def word_form_plants(built: dict[str, Built]) -> list[Plant]:
    out: list[Plant] = []
    for key in KEYS:
        b = built[key]
        base = f"user-wordforms-{key}"
        said = close_words(b)
        if said:
            text, dollars, cents = said
            wrong = f"{words(dollars)} dollars and {words((cents + 11) % 100 or 11)} cents"
            out.append(Plant(f"wordforms-close-cents-{key}", base, "words", text, wrong, "value-mismatch",
                             wrong.split(" and ")[-1], note="the close in dollars and cents, 11 cents off"))
        if twice(b):
            out.append(Plant(f"wordforms-volume-times-{key}", base, "words", "roughly twice normal",
                             "roughly four times normal", "value-mismatch", "four times normal",
                             note=f"volume {b.snapshot.volume.volume_ratio:.2f}x as 'four times normal'"))
        half = half_dollars(b)
        if half is not None:
            old = f"is {words(half)} and a half dollars"
            new = f"is {words(half + 2)} and a half dollars"
            out.append(Plant(f"wordforms-atr-half-{key}", base, "words", old, new, "value-mismatch",
                             f"{words(half + 2)} and a half dollars",
                             note=f"the ATR ${b.snapshot.volatility.atr_14:.2f} as {half + 2}.5 dollars"))
        run = streak(b)
        if run is not None:
            n = run[0]
            out.append(Plant(f"wordforms-streak-digits-{key}", base, "words",
                             f"the {n}{suffix(n)} consecutive",
                             f"the {n + 2}{suffix(n + 2)} consecutive", "value-mismatch",
                             f"{n + 2}{suffix(n + 2)} consecutive",
                             note=f"a {n}-session streak written as a digit ordinal, {n + 2}"))
        move = abs(b.snapshot.close - b.snapshot.prev_close)
        right_move = b.sheet.fmt("change_1d", "abs")
        wrong_move = fresh_of(b, lambda d, move=move: f"${move + d:.2f}", (0.4, 0.55))
        out.append(Plant(f"wordforms-dollar-move-{key}", base, "value", f" {right_move}.", f" {wrong_move}.",
                         "value-mismatch", wrong_move, note="the day's move in dollars 40 cents off"))
        ytd, high = b.sheet.fmt("change_ytd_pct", "abs"), b.sheet.fmt("pct_from_52w_high", "abs")
        if ytd != high:
            out.append(Plant(f"frames-ytd-other-fact-{key}", base, "timeframe", f"the tally is {ytd}",
                             f"the tally is {high}", "value-mismatch", high,
                             note="the year-to-date figure set to the distance from the 52-week high"))
        if "put_call_oi_ratio" in b.sheet.facts:
            right = b.sheet.fmt("put_call_oi_ratio")
            ratio = float(right)
            wrong = fresh_of(b, lambda d, ratio=ratio: f"{ratio + d:.2f}", (0.15, -0.15))
            out.append(Plant(f"value-put-call-{key}", base, "value", f"stands at {right}.",
                             f"stands at {wrong}.", "value-mismatch", wrong,
                             note="the put/call open-interest ratio 0.15 off"))
    return out
