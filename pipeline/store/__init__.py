"""The store: news items, drafts (every version), status history and runs.

SQLAlchemy Core over SQLite (default) or PostgreSQL, chosen by URL alone::

    store = open_store("sqlite:///.newsdesk/newsdesk.db")
    outcome = store.save_draft(draft)        # created / updated / unchanged / kept
    store.set_status(outcome.draft_id[:8], "approved", actor="editor")

Decisions:
- Timestamps: aware datetimes in, aware UTC datetimes out. A naive datetime is
  refused with ValueError: the store never guesses a zone.
- Ids: the store assigns no draft id; a Draft carries its own, and
  `new_draft_id()` makes one (random hex). Views print the first 8 characters
  (`short_id`); a new draft whose 8 leading characters another draft has is
  saved under a fresh random id, so that short id always names one draft. A draft's
  identity across reruns is its key (symbol:session:writer): a rerun keeps the
  stored draft_id and adds a version. Run ids are random hex made by the store.
- Versions: the store numbers versions from 1, whatever version a Draft arrives
  with.
"""

from ..ids import SHORT_ID, short_id
from .drafts import draft_key
from .migrations import MIGRATIONS, applied_migrations, migrate
from .models import (
    DraftSummary,
    DraftVersion,
    LoginSession,
    NewsUpsert,
    RunRecord,
    RunStatus,
    SaveOutcome,
    StageTiming,
    StatusEvent,
    User,
)
from .store import Store, new_draft_id, open_store
from .transitions import REPLACEABLE, TRANSITIONS

__all__ = [
    "MIGRATIONS", "REPLACEABLE", "SHORT_ID", "TRANSITIONS", "DraftSummary", "DraftVersion", "LoginSession",
    "NewsUpsert",
    "RunRecord", "RunStatus", "SaveOutcome", "StageTiming", "StatusEvent", "Store", "User",
    "applied_migrations", "draft_key", "migrate", "new_draft_id", "open_store", "short_id",
]
