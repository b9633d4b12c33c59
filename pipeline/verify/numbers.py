"""Find the numbers and dates printed in text and trace each to a fact or a source.

A number is traced when some fact, printed at the number's own precision,
gives the same digits (2,965 matches 2,964.8; 2,995 does not), or when the
sentence cites a source whose text contains the same figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ..facts import Fact, FactSheet

# Labels that carry digits but state no figure: indicator parameters, windows.
_LABELS = re.compile(
    r"RSI\s?\(\d+\)|MACD\s?\(\d+,\s?\d+,\s?\d+\)|ATR\s?\(\d+\)|Bollinger\s?\(\d+,\s?\d+\)"
    r"|\b\d+-(?:day|week|session|month|year)\b|/(?:100|5)\b|\b(?:one|two|three)-month\b"
    r"|\b\d{1,2}:\d{2}(?:\s?[AP]M)?\b"  # a time of day: the session's close
    r"|#[\w-]+",  # a tag such as #russell-2000
    re.IGNORECASE,
)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DATE = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_CITATION = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(
    r"(?<![\w.])(\$)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%|\s?pp\b|\s?bp\b|[KMB]\b)?"
)
_UNIT_OF_SUFFIX = {"%": "pct", "pp": "pp", "bp": "bp", "K": "volume", "M": "volume", "B": "volume"}
_SCALE = {"K": 1e3, "M": 1e6, "B": 1e9}


@dataclass(frozen=True)
class PrintedNumber:
    text: str
    value: float
    decimals: int
    unit: str | None  # pct, pp, bp, volume, price ($) or None


@dataclass(frozen=True)
class PrintedDate:
    text: str
    value: date


def strip_names(text: str, names: Iterable[str]) -> str:
    """Blank out instrument names that contain digits ('Russell 2000', 'S&P 500')."""
    for name in sorted({n for n in names if re.search(r"\d", n)}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return text


def find_dates(text: str) -> list[PrintedDate]:
    found = []
    for match in _DATE.finditer(text):
        month, day, year = match.groups()
        month = month[:3]
        try:
            value = datetime.strptime(f"{month} {day} {year}", "%b %d %Y").date()
        except ValueError:
            continue
        found.append(PrintedDate(match.group(0), value))
    return found


def find_numbers(text: str, names: Iterable[str] = ()) -> list[PrintedNumber]:
    text = _CITATION.sub(" ", _DATE.sub(" ", _LABELS.sub(" ", strip_names(text, names))))
    found = []
    for match in _NUMBER.finditer(text):
        dollar, whole, fraction, suffix = match.groups()
        suffix = (suffix or "").strip()
        value = float(whole.replace(",", "") + (fraction or ""))
        decimals = len(fraction) - 1 if fraction else 0
        unit = _UNIT_OF_SUFFIX.get(suffix) or ("price" if dollar else None)
        found.append(PrintedNumber(match.group(0).strip(), value, decimals, unit))
    return found


def _same_at_precision(fact: Fact, number: PrintedNumber, scale: float = 1.0) -> bool:
    if isinstance(fact.value, date):
        return False
    printed = float(f"{abs(float(fact.value)) / scale:.{number.decimals}f}")
    return abs(printed - number.value) < 1e-9


def _unit_fits(fact: Fact, number: PrintedNumber) -> bool:
    if number.unit is None:
        return fact.unit not in ("pct", "pp", "bp", "date", "volume")
    if number.unit == "price":
        return fact.unit == "price"
    return fact.unit == number.unit


def trace_number(number: PrintedNumber, facts: Mapping[str, Fact]) -> Fact | None:
    """The fact this printed number shows, or None."""
    suffix = number.text[-1]
    scale = _SCALE.get(suffix, 1.0) if number.unit == "volume" else 1.0
    for fact in facts.values():
        if _unit_fits(fact, number) and _same_at_precision(fact, number, scale):
            return fact
    return None


def trace_date(printed: PrintedDate, sheet: FactSheet) -> Fact | None:
    return next((f for f in sheet.facts.values() if f.unit == "date" and f.value == printed.value),
                None)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])", text) if s.strip()]


def citations_in(text: str) -> list[int]:
    return [int(n) for n in _CITATION.findall(text)]
