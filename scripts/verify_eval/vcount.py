"""Desk notes for counts of sessions (issue 14, holdout 11 cause 7, holdout 10 cause 7), each class
planted in other words than the holdouts', on other subjects and sessions.

- The age of a moving-average cross written after its count: "is now 39 sessions old", "has persisted
  for 39 sessions", "(July 27, 83 sessions)": checked against `trend.cross.sessions_since`.
- A run told with an ordinal and "running" after its noun ("the fifth session running", "its sixth lower
  close running"): the relative streak and the close streak, like "in a row".

Every figure comes from the snapshots, so each note is correct by construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

AGE_KEY, BRACKET_KEY, RUN_KEY = "DIA-2026-06-03", "QQQ-2026-11-20", "IWM-2026-02-13"
_ORDINAL = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth"}


def age_note(b: Built) -> str:
    """A death cross's age, twice: after 'old' and after 'persisted for'."""
    cross = b.snapshot.trend.cross
    assert cross is not None and cross.state.value == "death"
    return (f"# Blue chips: the long lines\n\n"
            f"DIA finished at ${b.snapshot.close:.2f}. The death cross that formed on {cross.since:%B} "
            f"{cross.since.day} is now {cross.sessions_since} sessions old. Chartists will note that the "
            f"50-day has stayed under the 200-day ever since: this death cross has persisted for "
            f"{cross.sessions_since} sessions without a serious challenge.\n")


def bracket_note(b: Built) -> str:
    """A golden cross's date and age in brackets."""
    cross = b.snapshot.trend.cross
    assert cross is not None and cross.state.value == "golden"
    return (f"# Tech fund, weekly wrap\n\n"
            f"QQQ ended the week at ${b.snapshot.close:.2f}, and the golden cross ({cross.since:%B} "
            f"{cross.since.day}, {cross.sessions_since} sessions) is still intact.\n")


def run_note(b: Built) -> str:
    """A lag behind the benchmark and a run of lower closes, each told with 'running'."""
    s = b.snapshot
    assert s.relative is not None and s.tape is not None
    lag, closes = s.relative.streak_sessions, s.tape.streak_sessions
    assert s.relative.spread_1d_pp < 0 and s.tape.streak_change_pct < 0  # type: ignore[operator]
    return (f"# Small caps keep slipping\n\n"
            f"IWM settled at ${s.close:.2f}, its {_ORDINAL[closes]} lower close running. "
            f"It lagged SPY again, "
            f"for the {_ORDINAL[lag]} session running.\n")


def vcount_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(f"user-vcount-{what}-{key}", key, "prose", "md", write(built[key]))
            for what, key, write in (("age", AGE_KEY, age_note), ("bracket", BRACKET_KEY, bracket_note),
                                     ("run", RUN_KEY, run_note))]


def vcount_plants(built: dict[str, Built]) -> list[Plant]:
    age, bracket, run = (f"user-vcount-{what}-{key}" for what, key in
                         (("age", AGE_KEY), ("bracket", BRACKET_KEY), ("run", RUN_KEY)))
    n_age = built[AGE_KEY].snapshot.trend.cross.sessions_since  # type: ignore[union-attr]
    n_bracket = built[BRACKET_KEY].snapshot.trend.cross.sessions_since  # type: ignore[union-attr]
    s = built[RUN_KEY].snapshot
    lag, closes = s.relative.streak_sessions, s.tape.streak_sessions  # type: ignore[union-attr]
    return [
        Plant(f"vcount-age-old-{AGE_KEY}", age, "history", f"is now {n_age} sessions old",
              f"is now {n_age + 20} sessions old", "value-mismatch", f"{n_age + 20}",
              note=f"the death cross is {n_age} sessions old"),
        Plant(f"vcount-age-lasted-{AGE_KEY}", age, "history", f"has persisted for {n_age} sessions",
              f"has persisted for {n_age - 10} sessions", "value-mismatch", f"{n_age - 10}",
              note=f"the death cross has lasted {n_age} sessions"),
        Plant(f"vcount-age-bracket-{BRACKET_KEY}", bracket, "history", f"{n_bracket} sessions)",
              f"{n_bracket - 30} sessions)", "value-mismatch", f"{n_bracket - 30}",
              note=f"the golden cross is {n_bracket} sessions old"),
        Plant(f"vcount-run-lag-{RUN_KEY}", run, "history", f"the {_ORDINAL[lag]} session running",
              f"the {_ORDINAL[lag + 3]} session running", "value-mismatch", _ORDINAL[lag + 3],
              note=f"IWM has trailed SPY {lag} sessions in a row"),
        Plant(f"vcount-run-closes-{RUN_KEY}", run, "history", f"its {_ORDINAL[closes]} lower close running",
              f"its {_ORDINAL[closes - 3]} lower close running", "value-mismatch", _ORDINAL[closes - 3],
              note=f"IWM has closed lower {closes} sessions in a row"),
    ]
