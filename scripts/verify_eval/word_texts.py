"""Prose with numbers written as words: clean texts and planted errors (the `words` and `magnitude` classes).

Each text reads like a desk's market wrap: long paragraphs about the article's
instrument and its peers, figures spelled out ("six sessions in a row", "one
percent", "two hundred forty-four dollars"), size words chosen from
the move ("edged", "jumped"), and counting words that state no figure ("two of
the three", "one of several"). Every word figure is chosen from the snapshot,
so the clean text is correct by construction; each plant swaps one phrase for
a wrong one and names the finding it must raise.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.contracts import Snapshot

from .universe import Built

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
             "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()

SMALL_MOVE = 0.5  # the texts say "edged" under this % (and under 1 ATR)
LARGE_MOVE = 1.5  # and "jumped"/"slid hard" from this % (and from 0.8 ATR)


def words(n: int) -> str:
    """9 -> 'nine', 42 -> 'forty-two', 987 -> 'nine hundred eighty-seven'."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_UNITS[hundreds]} hundred" + (f" {words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{words(thousands)} thousand" + (f" {words(rest)}" if rest else "")


def ordinal(n: int) -> str:
    return _ORDINALS[n]


def whole_percent(pct: float) -> int | None:
    """The move in whole percent when a writer would say it that way (within 0.35 of it)."""
    size = abs(pct)
    return round(size) if size >= 0.8 and abs(size - round(size)) <= 0.35 else None


@dataclass(frozen=True)
class WordCase:
    case_id: str
    key: str
    text: str
    kind: str  # clean / planted
    check: str | None = None  # words / magnitude
    code: str | None = None
    span: str | None = None
    base: str | None = None
    note: str = ""


@dataclass(frozen=True)
class _Swap:
    label: str
    check: str
    old: str
    new: str
    code: str
    span: str
    note: str


def word_cases(built: dict[str, Built]) -> list[WordCase]:
    cases: list[WordCase] = []
    for key in ("IWM-2026-11-20", "QQQ-2026-11-20", "SPY-2026-11-17", "DIA-2026-11-20"):
        if key not in built:
            continue
        text, swaps = _wrap(built[key])
        base = f"words-{key}"
        cases.append(WordCase(base, key, text, "clean", note="market wrap with numbers in words"))
        for swap in swaps:
            assert swap.old in text, (key, swap.old)
            planted = text.replace(swap.old, swap.new, 1)
            cases.append(WordCase(f"{swap.check}-{swap.label}-{key}", key, planted, "planted", swap.check,
                                  swap.code, swap.span, base, swap.note))
    return cases


def _wrap(b: Built) -> tuple[str, list[_Swap]]:
    s = b.snapshot
    paragraphs, swaps = [], []
    lead, lead_swaps = _lead(b)
    paragraphs.append(lead)
    swaps += lead_swaps
    peers, peer_swaps = _peers(b)
    paragraphs.append(peers)
    swaps += peer_swaps
    paragraphs.append(
        f"Two of the three averages we track still frame the picture, and one of several desks we spoke "
        f"with expects the range to hold into the next meeting. None of that changes the read on {s.symbol}: "
        "the tape decides, and the tape has been patient.")
    return "# Market wrap\n\n" + "\n\n".join(paragraphs) + "\n", swaps


def _size_word(s: Snapshot, pct: float) -> str | None:
    atr = abs(s.tape.move_atr) if s.tape and s.tape.move_atr is not None else None
    if abs(pct) < SMALL_MOVE and (atr is None or atr < 1.0) and abs(pct) >= 0.05:
        return "edged higher" if pct > 0 else "edged lower"
    if abs(pct) >= LARGE_MOVE and (atr is None or atr >= 0.8):
        return "jumped" if pct > 0 else "slid hard"
    return None


def _lead(b: Built) -> tuple[str, list[_Swap]]:
    s, swaps = b.snapshot, []
    pct = s.returns.change_1d_pct
    dollars = round(s.close)
    price = f"{words(dollars)} dollars"
    size = _size_word(s, pct)
    plain = "was little changed" if abs(pct) < 0.05 else "gained ground" if pct > 0 else "lost ground"
    verb = size or plain
    text = f"{b.short_name} ({s.symbol}) {verb} on the session and closed at {price}."
    wrong_price = f"{words(dollars * 4 + 3)} dollars"
    swaps.append(_Swap("price", "words", price, wrong_price, "value-mismatch", wrong_price,
                       "the close in words, four times too high"))
    if size and size.startswith("edged"):
        wrong = "surged" if pct > 0 else "plunged"
        swaps.append(_Swap("edged", "magnitude", f"{s.symbol}) {size}", f"{s.symbol}) {wrong}",
                           "magnitude-mismatch", wrong, f"'{wrong}' on a {pct:+.2f}% move"))
        opposite = "plunged" if pct > 0 else "soared"
        swaps.append(_Swap("oneway", "magnitude", f"{s.symbol}) {size}", f"{s.symbol}) {opposite}",
                           "direction-mismatch", opposite, f"'{opposite}' on a {pct:+.2f}% move"))
    if abs(pct) < 0.45:
        wrong = "gained half a percent" if pct > 0 else "lost half a percent"
        swaps.append(_Swap("half", "words", f"{s.symbol}) {verb} on the session",
                           f"{s.symbol}) {wrong} on the session", "value-mismatch", "half a percent",
                           f"half a percent on a {pct:+.2f}% move"))
    whole = whole_percent(pct)
    if whole is None and abs(pct) < 0.8:
        word = "rose" if pct > 0 else "fell"
        swaps.append(_Swap("twopct", "words", f"{s.symbol}) {verb} on the session",
                           f"{s.symbol}) {word} two percent on the session", "value-mismatch", "two percent",
                           f"two percent on a {pct:+.2f}% move"))
    rel = s.relative
    if rel is not None and rel.streak_sessions >= 2 and rel.streak_direction != "even":
        verb = "trailed" if rel.streak_direction == "underperform" else "outpaced"
        n = rel.streak_sessions
        text += (f" It has {verb} {rel.benchmark} for {words(n)} sessions in a row, its {ordinal(n)} "
                 "straight session on that side of the ledger, and the gap is what the desk keeps "
                 "coming back to.")
        wrong_n = n + 4
        swaps.append(_Swap("streak", "words", f"for {words(n)} sessions in a row",
                           f"for {words(wrong_n)} sessions in a row", "value-mismatch",
                           f"{words(wrong_n)} sessions in a row", f"a streak of {n} written as {wrong_n}"))
        wrong_o = n + 2
        swaps.append(_Swap("ordinal", "words", f"its {ordinal(n)} straight session",
                           f"its {ordinal(wrong_o)} straight session", "value-mismatch",
                           f"{ordinal(wrong_o)} straight session",
                           f"a streak of {n} written as the {wrong_o}th"))
    return text, swaps


def _peers(b: Built) -> tuple[str, list[_Swap]]:
    s, swaps, parts = b.snapshot, [], []
    for move in s.related:
        if move.symbol == s.symbol or move.change_1d_pct is None:
            continue
        whole = whole_percent(move.change_1d_pct)
        if whole is None or (move.role and move.role.value == "index"):
            continue
        verb = "gained" if move.change_1d_pct > 0 else "lost"
        name = "the VIX" if move.symbol == "^VIX" else move.symbol
        phrase = f"{verb} {words(whole)} percent"
        parts.append(f"{name} {phrase} on the day")
        wrong = words(whole + 3)
        swaps.append(_Swap(f"peer{move.symbol.lstrip('^')}", "words", f"{name} {phrase}",
                           f"{name} {verb} {wrong} percent", "value-mismatch", f"{wrong} percent",
                           f"{move.symbol}'s move of {move.change_1d_pct:+.2f}% written as "
                           f"{whole + 3} percent"))
    peer = next((p for p in b.peers if p.tape and p.tape.move_atr is not None
                 and _size_word(p, p.returns.change_1d_pct) in ("jumped", "slid hard")), None)
    if peer is not None:
        size = _size_word(peer, peer.returns.change_1d_pct)
        parts.append(f"{peer.symbol} {size} as buyers chased the leaders")
        swaps.append(_Swap("large", "magnitude", f"{peer.symbol} {size}", f"{peer.symbol} edged "
                           f"{'higher' if size == 'jumped' else 'lower'}", "magnitude-mismatch", "edged",
                           f"'edged' on {peer.symbol}'s {peer.returns.change_1d_pct:+.2f}% move"))
    if not parts:
        return f"Elsewhere the tape was quiet; one of the few themes was rates, and two of the desks "\
               f"we follow sat on their hands around {s.symbol}.", swaps
    text = ("Across the rest of the board, " + "; ".join(parts) + ". Two of the three benchmarks we watch "
            "finished the session on the same side, which is one reason the desk reads the day as broad.")
    return text, swaps
