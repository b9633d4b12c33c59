"""The `[publish]` configuration: named targets, each one kind of destination.

Secrets never sit in the file: a target names the environment variable that
holds its password, admin key or signing secret. Defaults are the cautious
ones users expect: CMS posts are created as drafts, static files as drafts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NetworkSettings(_Section):
    timeout: float = Field(default=20.0, gt=0, description="Seconds to read a reply.")
    connect_timeout: float = Field(default=5.0, gt=0)
    max_attempts: int = Field(default=3, ge=1, le=10,
                              description="Tries per draft on 5xx or a dropped connection.")
    backoff: float = Field(default=1.0, ge=0, description="First wait between tries (doubles).")


class WordPressTarget(NetworkSettings):
    """WordPress REST API (`/wp-json/wp/v2/posts`) with an application password."""

    kind: Literal["wordpress"]
    base_url: str = Field(min_length=1, description="The site, e.g. https://example.com")
    user: str = Field(min_length=1)
    password_env: str = Field(default="NEWSDESK_WP_APP_PASSWORD", min_length=1)
    status: Literal["draft", "pending", "publish"] = "draft"
    categories: list[str] = Field(default_factory=list, description="Category names.")
    tags: list[str] = Field(default_factory=list, description="Tag names added to the article's.")
    dek_in_body: bool = Field(default=True, description="Print the dek atop the body (WordPress "
                              "themes such as Twenty Twenty-Three do not show the excerpt on a post).")


class GhostTarget(NetworkSettings):
    """Ghost Admin API (`/ghost/api/admin/posts/`) with an admin API key `id:secret`."""

    kind: Literal["ghost"]
    base_url: str = Field(min_length=1)
    admin_key_env: str = Field(default="NEWSDESK_GHOST_ADMIN_KEY", min_length=1)
    status: Literal["draft", "published"] = "draft"
    tags: list[str] = Field(default_factory=list)
    dek_in_body: bool = Field(default=False, description="Ghost themes print the excerpt as the "
                              "post's subtitle, so the body leaves the dek out.")


class WebhookTarget(NetworkSettings):
    """A JSON POST signed with HMAC-SHA256; the receiver dedupes by Idempotency-Key."""

    kind: Literal["webhook"]
    url: str = Field(min_length=1)
    secret_env: str = Field(default="NEWSDESK_WEBHOOK_SECRET", min_length=1)


class StaticTarget(_Section):
    """Markdown files with front matter in a static site's content folder."""

    kind: Literal["static"]
    dir: Path
    front_matter: Literal["yaml", "toml"] = "yaml"
    draft: bool = Field(default=True, description="Write `draft: true` (Hugo/Jekyll/Astro).")
    tags: list[str] = Field(default_factory=list)


TargetConfig = Annotated[WordPressTarget | GhostTarget | WebhookTarget | StaticTarget,
                         Field(discriminator="kind")]


class PublishConfig(_Section):
    default: str | None = Field(default=None, description="Target used without --target.")
    targets: dict[str, TargetConfig] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _default_is_a_target(self) -> PublishConfig:
        if self.default is not None and self.default not in self.targets:
            known = ", ".join(sorted(self.targets)) or "none configured"
            raise ValueError(f"default {self.default!r} is not a target ({known})")
        return self
