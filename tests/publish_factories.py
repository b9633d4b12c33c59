"""Helpers for the publish tests: a store holding approved drafts, and a runner on a target."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import render_factories
from publish_servers import GhostStub, WordPressStub
from store_factories import SESSION, make_draft

from pipeline.contracts import Draft, DraftStatus
from pipeline.publish.runner import PublishRunner
from pipeline.publish.settings import PublishConfig
from pipeline.publish.targets import BuiltTarget, build_target
from pipeline.store import Store, open_store
from pipeline.store.publications import PublicationLog
from pipeline.store.store import utc_now


def new_store(tmp_path: Path) -> Store:
    return open_store(f"sqlite:///{tmp_path}/state/newsdesk.db")


def stored_draft(store: Store, status: DraftStatus = DraftStatus.APPROVED, symbol: str = "IWM",
                 session: date = SESSION, **article_changes: Any) -> Draft:
    """The full IWM article (two cited sources) as a stored draft moved to `status`."""
    base = make_draft(symbol=symbol, session=session)
    article = render_factories.make_article(**article_changes)
    article = article.model_copy(update={
        "instrument": article.instrument.model_copy(update={"symbol": symbol}), "session": session})
    saved = store.save_draft(base.model_copy(update={"article": article})).draft
    if status == DraftStatus.DRAFT:
        return saved
    if status == DraftStatus.PUBLISHED:
        store.set_status(saved.draft_id, DraftStatus.APPROVED, actor="editor")
    return store.set_status(saved.draft_id, status, actor="editor")


def target_config(name: str, **fields: Any) -> Any:
    return PublishConfig.model_validate({"targets": {name: fields}}).targets[name]


def runner_for(store: Store, name: str, fields: dict[str, Any], env: Mapping[str, str],
               chart_dir: Path | None = None, **kwargs: Any) -> tuple[PublishRunner, BuiltTarget]:
    fields = {"max_attempts": 3, "backoff": 0, "timeout": 5, "connect_timeout": 2, **fields}
    if fields["kind"] == "static":
        for key in ("max_attempts", "backoff", "timeout", "connect_timeout"):
            fields.pop(key)
    built = build_target(name, target_config(name, **fields), env, **kwargs)
    return PublishRunner(store, built, PublicationLog(store.engine, utc_now), sleep=lambda s: None,
                         chart_dir=chart_dir), built


def wordpress_runner(store: Store, wp: WordPressStub, chart_dir: Path | None = None) -> PublishRunner:
    """A runner on target "blog": the stub WordPress as its own user, posts published."""
    fields = {"kind": "wordpress", "base_url": wp.base_url, "user": wp.user, "password_env": "WP",
              "status": "publish"}
    return runner_for(store, "blog", fields, {"WP": wp.password}, chart_dir=chart_dir)[0]


def ghost_runner(store: Store, ghost: GhostStub, chart_dir: Path | None = None) -> PublishRunner:
    """A runner on target "ghost": the stub Ghost with its admin key, posts published."""
    fields = {"kind": "ghost", "base_url": ghost.base_url, "admin_key_env": "GK", "status": "published"}
    return runner_for(store, "ghost", fields, {"GK": ghost.admin_key}, chart_dir=chart_dir,
                      clock=time.time)[0]
