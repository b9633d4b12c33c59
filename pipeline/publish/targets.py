"""Config -> a ready target, its secret read from the environment variable the config names.

The secret is read here and handed to the target object; a redactor for it is
returned too (`BuiltTarget.redactor`, see `pipeline.redact`) so the runner can
make sure it never lands in a stored or printed error. A missing variable is a
ConfigError naming the variable.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx2

from ..errors import ConfigError
from ..redact import Redactor
from ..render.cms import BodyOptions
from .base import PublishTarget
from .ghost import Ghost, GhostAdminKey
from .settings import GhostTarget, PublishConfig, StaticTarget, TargetConfig, WebhookTarget, WordPressTarget
from .static_files import StaticFiles
from .webhook import Webhook
from .wordpress import WordPress


@dataclass
class BuiltTarget:
    target: PublishTarget
    config: TargetConfig
    redactor: Redactor

    @property
    def max_attempts(self) -> int:
        return 1 if isinstance(self.config, StaticTarget) else self.config.max_attempts

    @property
    def backoff(self) -> float:
        return 0.0 if isinstance(self.config, StaticTarget) else self.config.backoff

    @property
    def body(self) -> BodyOptions:
        """The dek only where the CMS shows no excerpt; hashtags only where it has no tags."""
        if isinstance(self.config, WordPressTarget | GhostTarget):
            return BodyOptions(dek=self.config.dek_in_body, hashtags=False)
        return BodyOptions(dek=True, hashtags=isinstance(self.config, StaticTarget))

    @property
    def extra_tags(self) -> list[str]:
        return [] if isinstance(self.config, WebhookTarget) else list(self.config.tags)

    def close(self) -> None:
        closer = getattr(self.target, "close", None)
        if closer is not None:
            closer()


def choose_target(config: PublishConfig, name: str | None) -> tuple[str, TargetConfig]:
    if not config.targets:
        raise ConfigError("no publish target configured: add [publish.targets.NAME] to newsdesk.toml "
                          "(see README, 'Publish')")
    chosen = name or config.default or (next(iter(config.targets)) if len(config.targets) == 1 else None)
    if chosen is None:
        raise ConfigError(f"several publish targets ({', '.join(sorted(config.targets))}): "
                          "pick one with --target or set publish.default")
    if chosen not in config.targets:
        raise ConfigError(f"unknown publish target {chosen!r} (configured: "
                          f"{', '.join(sorted(config.targets))})")
    return chosen, config.targets[chosen]


def build_target(name: str, cfg: TargetConfig, env: Mapping[str, str] | None = None,
                 client: httpx2.Client | None = None,
                 clock: Callable[[], float] = time.time) -> BuiltTarget:
    environ = os.environ if env is None else env
    if isinstance(cfg, WordPressTarget):
        password = _secret(environ, cfg.password_env, name, "the WordPress application password")
        return BuiltTarget(WordPress(name, cfg, password, client), cfg,
                           Redactor.of({cfg.password_env: password}))
    if isinstance(cfg, GhostTarget):
        raw = _secret(environ, cfg.admin_key_env, name, "the Ghost admin API key")
        key = GhostAdminKey(raw, cfg.admin_key_env)
        return BuiltTarget(Ghost(name, cfg, key, client, clock), cfg,
                           Redactor.of({cfg.admin_key_env: raw}))
    if isinstance(cfg, WebhookTarget):
        secret = _secret(environ, cfg.secret_env, name, "the webhook signing secret")
        return BuiltTarget(Webhook(name, cfg, secret, client, clock), cfg,
                           Redactor.of({cfg.secret_env: secret}))
    return BuiltTarget(StaticFiles(name, cfg), cfg, Redactor())


def _secret(env: Mapping[str, str], var: str, target: str, holds: str) -> str:
    value = env.get(var, "").strip()
    if not value:
        raise ConfigError(f"publish target {target!r}: environment variable {var} is not set "
                          f"(it holds {holds})")
    return value
