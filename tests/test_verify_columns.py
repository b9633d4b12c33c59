"""Hand-typed tables whose first columns hold other things' numbers (pipeline/verify/columns.py)."""

from __future__ import annotations

from pipeline.verify.columns import other_columns_blanked
from pipeline.verify.document import parse_document

LOG = """\
DAY   KM     AVG HR   NOTE
Tue   48     143      Tempo. The fund closed at $250.10.
Thu   55     139      Easy. Volume 31.7M.
Sat   90     131      Long. RSI 44.2."""


def test_other_things_columns_are_blanked_and_the_notes_kept() -> None:
    lines = other_columns_blanked(LOG.splitlines())
    assert lines is not None
    rows = [line.split() for line in lines[1:]]
    assert [row[0] for row in rows] == ["Tue", "Thu", "Sat"]  # the day's column is a market title's
    assert not any(cell in ("48", "143", "55", "139", "90", "131") for row in rows for cell in row)
    assert "$250.10." in rows[0] and "31.7M." in rows[1] and "44.2." in rows[2]


def test_a_market_table_is_left_as_typed() -> None:
    table = ["SYMBOL   CLOSE     CHG      NOTE", "SPY      688.00    +1.10%   firm",
             "QQQ      626.40    +1.90%   led", "IWM      244.30    +0.30%   lagged"]
    assert other_columns_blanked(table) is None


def test_a_numbered_header_is_a_table_not_a_heading() -> None:
    doc = parse_document(" #  TRACK          BPM   NOTES\n"
                         " 1  Opening Song   120   The fund closed at $250.10.\n"
                         " 2  Slow One       84    RSI 44.2.\n 3  Closer         132   Volume 31.7M.\n")
    text = " ".join(p.text for p in doc.paragraphs)
    assert "$250.10" in text and "120" not in text and "132" not in text
