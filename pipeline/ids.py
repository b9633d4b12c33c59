"""How a draft id is printed: its first SHORT_ID hex characters, in every view and message.

The store keeps these unique (a new draft whose short id is taken gets another id) and
accepts any unique prefix, so the short id is always enough to name a draft.
"""

from __future__ import annotations

SHORT_ID = 8


def short_id(draft_id: str) -> str:
    return draft_id[:SHORT_ID]
