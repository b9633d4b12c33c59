"""Plain-text section titles and hard-wrapped lines, as `parse_document` reads them.

A title names a known section as a word of its own ("Our take", "Key levels"), never as part of
another word ("Trades taken" is a table's first column, not the 'take' section), and a table's
header typed in columns is a table's. A line broken inside a parenthesis or a date ("(22" /
"October)", "November 20," / "2025 ...") goes on with its sentence: one paragraph, not two.
"""

from __future__ import annotations

import pytest

from pipeline.verify.document import parse_document


@pytest.mark.parametrize("title, section", [("Our take", "take"), ("Key levels", "key_levels"),
                                            ("BULL CASE:", "bull_case"), ("Key takeaways", "take")])
def test_a_known_section_named_as_a_word_is_a_title(title: str, section: str) -> None:
    doc = parse_document(f"{title}\n\nIWM closed at $240.12.\n")
    assert [(p.section, p.text) for p in doc.paragraphs] == [(section, "IWM closed at $240.12.")]


@pytest.mark.parametrize("header", ["Trades taken    Entry    Exit    Result",
                                    "Level    Price    Exit    Result"])
def test_a_table_header_in_columns_is_read_as_a_table(header: str) -> None:
    rows = "IWM      240.10   242.00   +1.90\nQQQ      600.00   598.00   -2.00\n"
    doc = parse_document(f"Notes\n\n{header}\n{rows}")
    assert [row.cells for row in doc.rows] == [("IWM", "240.10", "242.00", "+1.90"),
                                               ("QQQ", "600.00", "598.00", "-2.00")]
    assert doc.rows[0].header[0] == header.split("  ")[0]
    assert not any("240.10" in p.text for p in doc.paragraphs)


def test_a_word_holding_a_section_name_is_no_title() -> None:
    doc = parse_document("Headline\n\nTrades taken\n\nIWM closed at $240.12.\n")
    assert {p.section for p in doc.paragraphs} != {"take"}


WRAPPED = ("IWM closed at $240.12 on Friday, its lowest close since the low (22\n"
           "October) and the Russell 2000 went with it, down 1.2% over the week.\n"
           "The record close came on November 20,\n"
           "2025 and the fund sits 6% below it, with volume light.\n")


def test_a_day_and_its_month_on_two_lines_stay_one_paragraph() -> None:
    texts = [p.text for p in parse_document(WRAPPED).paragraphs]
    assert "IWM closed at $240.12 on Friday, its lowest close since the low (22 October) and the Russell " \
           "2000 went with it, down 1.2% over the week." in texts
    assert "The record close came on November 20, 2025 and the fund sits 6% below it, with volume light." \
           in texts


def test_lines_of_a_dashboard_stay_lines_of_their_own() -> None:
    texts = [p.text for p in parse_document("IWM close 240.12\nRSI 14\nDecember low 231.50\n").paragraphs]
    assert texts == ["IWM close 240.12", "RSI 14", "December low 231.50"]
