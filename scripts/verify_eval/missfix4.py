"""Desk notes for the verifier's fixes of the fourth holdout's misses (issue 14), each cause planted
in other words than the holdout's, on other subjects.

- A run counted in closes or up/down days with an ordinal ("its fifth consecutive winning session",
  "the 5th green day in a row"): the instrument's own run of closes. Plants: the run two and three
  sessions too long.

Every figure comes from the snapshot or a peer's, so each note is correct by construction.
"""

from __future__ import annotations

from pipeline.contracts import Snapshot
from pipeline.verify.number_words import count_forms

from .plants import Plant
from .universe import Built
from .user_texts import UserText

# ---------------------------------------------------------------- a run of closes told with an ordinal

RUN_KEY = "SPY-2026-06-03"


def _run(s: Snapshot) -> int:
    assert s.tape.streak_sessions > 1 and s.tape.streak_change_pct > 0
    return s.tape.streak_sessions


def _ordinal(n: int) -> str:
    return count_forms(n)[2]


def _suffixed(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def run_note(b: Built) -> str:
    s = b.snapshot
    n = _run(s)
    return (f"# SPY keeps climbing\n\n"
            f"SPY settled at ${s.close:.2f}, its {_ordinal(n)} consecutive winning session, and the "
            f"buyers were back early.\n\n"
            f"- Tape: the {_suffixed(n)} green day in a row, {s.tape.streak_change_pct:.2f}% over the run.\n")


def run_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-missfix4-run-{RUN_KEY}", RUN_KEY, "prose", "md", run_note(built[RUN_KEY]))]


def run_plants(built: dict[str, Built]) -> list[Plant]:
    n = _run(built[RUN_KEY].snapshot)
    base = f"user-missfix4-run-{RUN_KEY}"
    words, digits = f"{_ordinal(n + 2)} consecutive winning session", f"{_suffixed(n + 3)} green day in a row"
    return [Plant(f"missfix4-run-ordinal-words-{RUN_KEY}", base, "words",
                  f"{_ordinal(n)} consecutive winning session", words, "value-mismatch", words,
                  note="an ordinal run of higher closes in words, two sessions too long"),
            Plant(f"missfix4-run-ordinal-digits-{RUN_KEY}", base, "value",
                  f"{_suffixed(n)} green day in a row", digits, "value-mismatch", digits,
                  note="an ordinal run of up days in digits ('8th green day in a row'), three too long")]


def missfix4_texts(built: dict[str, Built]) -> list[UserText]:
    return [*run_texts(built)]


def missfix4_plants(built: dict[str, Built]) -> list[Plant]:
    return [*run_plants(built)]
