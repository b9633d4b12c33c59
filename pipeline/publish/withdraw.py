"""Taking a draft's posts down, and reading their state back, across every target that holds one.

`unpublish_draft` is what `newsdesk unpublish` and the review page's Unpublish
button call: for each target holding the draft's post (or the one named) it
builds the target from the config, asks it to take the post down, and records
the answer; the draft goes back to approved once no target holds it.
`check_posts` reads each recorded post's state back from its target.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import ConfigError, InvalidTransition
from ..store import Store
from ..store.publications import PublicationLog, PublicationRecord
from ..store.store import utc_now
from .runner import PublishRunner, RemoteCheck, UnpublishOutcome
from .settings import PublishConfig
from .targets import build_target, choose_target

UNPUBLISH_ACTOR = "newsdesk unpublish"


def holders(records: list[PublicationRecord], delete: bool) -> list[str]:
    """The targets where a post of the draft is up (or, to delete, still exists)."""
    return sorted(r.target for r in records
                  if r.remote_id and r.state != "intent" and (r.state != "withdrawn" or delete))


def unpublish_draft(store: Store, config: PublishConfig, draft_id: str, target: str | None = None,
                    delete: bool = False, actor: str = UNPUBLISH_ACTOR,
                    env: Mapping[str, str] | None = None) -> list[UnpublishOutcome]:
    publications = PublicationLog(store.engine, utc_now)
    draft = store.get_draft(draft_id)
    names = [target] if target else holders(publications.for_draft(draft.draft_id), delete)
    if not names:
        raise InvalidTransition(f"draft {draft.draft_id} ({draft.key}) has no post on any target "
                                "to unpublish")
    outcomes = []
    for name in names:
        chosen, cfg = choose_target(config, name)
        built = build_target(chosen, cfg, env)
        try:
            runner = PublishRunner(store, built, publications, actor=actor)
            outcomes.append(runner.unpublish(store.get_draft(draft.draft_id), delete))
        finally:
            built.close()
    return outcomes


def check_posts(store: Store, config: PublishConfig, draft_id: str | None = None,
                target: str | None = None, env: Mapping[str, str] | None = None) -> list[RemoteCheck]:
    """Each recorded post's state read back from its target (a draft's, or the latest 50)."""
    publications = PublicationLog(store.engine, utc_now)
    if draft_id is not None:
        records = publications.for_draft(store.get_draft(draft_id).draft_id)
    else:
        records = publications.latest()
    checks: list[RemoteCheck] = []
    for name in sorted({r.target for r in records if target in (None, r.target)}):
        if name not in config.targets:
            raise ConfigError(f"publications on target {name!r}, which is no longer configured "
                              "(add it back, or use --target to check the others)")
        built = build_target(name, config.targets[name], env)
        try:
            checks += PublishRunner(store, built, publications).check(records)
        finally:
            built.close()
    return checks

