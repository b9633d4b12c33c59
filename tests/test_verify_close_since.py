"""The day of a "lowest/highest close since ..." (pipeline/verify/close_since.py): the last held session
whose close was at or below (above) the session's. IWM 2026-11-20 closed at $244.30; its bars: Thu 19
$243.57 (lower), Wed 18 $244.79, Tue 17 $245.28, Mon 16 $247.26 (higher)."""

from __future__ import annotations

from verify_text_helpers import errors, iwm_context

from pipeline.verify.close_since import last_close_beyond

CTX = iwm_context()


def test_the_day_is_the_last_close_beyond_the_session() -> None:
    assert last_close_beyond(CTX.snapshot, low=False).isoformat() == "2026-11-18"
    assert last_close_beyond(CTX.snapshot, low=True).isoformat() == "2026-11-19"


def test_a_highest_close_since_the_right_day_is_clean() -> None:
    assert errors(CTX, "IWM closed at $244.30, its highest close since November 18.") == []


def test_a_highest_close_since_another_session_is_flagged() -> None:
    assert ("date-untraced", "November 16") in errors(
        CTX, "IWM closed at $244.30, its highest close since November 16.")


def test_another_instrument_or_other_words_are_not_read() -> None:
    assert ("date-untraced", "November 16") not in errors(
        CTX, "SPY posted its highest close since November 16, while IWM closed at $244.30.")
