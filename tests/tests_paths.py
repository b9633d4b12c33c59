"""Paths and time zones shared by the market tests."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
NEW_YORK = ZoneInfo("America/New_York")
