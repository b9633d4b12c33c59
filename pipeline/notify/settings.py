"""The `[[notify]]` configuration: where a message goes after each run.

Secrets never sit in the file: a target names the environment variable that
holds its URL token or password.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Target(BaseModel):
    model_config = ConfigDict(extra="forbid")

    review_url: str = Field(default="", description="The review page's address (`newsdesk serve`), "
                            "e.g. https://desk.example.com; held drafts link to <review_url>/drafts/<id>.")
    timeout: float = Field(default=10.0, gt=0, description="Seconds for the whole delivery.")
    only_problems: bool = Field(default=False, description="Only when something was held, skipped "
                                "or failed.")


class SlackTarget(_Target):
    """A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): `{"text": ...}`."""

    kind: Literal["slack"]
    url_env: str = Field(default="NEWSDESK_SLACK_WEBHOOK_URL", min_length=1,
                         description="Variable holding the webhook URL (it is a secret).")


class WebhookNotify(_Target):
    """A JSON POST of the run's summary with the message text."""

    kind: Literal["webhook"]
    url: str = Field(min_length=1)
    secret_env: str = Field(default="", description="Variable holding a bearer token; '' sends none.")


class EmailTarget(_Target):
    """A plain-text mail through an SMTP server."""

    kind: Literal["smtp"]
    host: str = Field(min_length=1)
    port: int = Field(default=587, ge=1, le=65535)
    sender: str = Field(min_length=3, description="From address.")
    to: list[str] = Field(min_length=1)
    starttls: bool = True
    user: str = ""
    password_env: str = Field(default="NEWSDESK_SMTP_PASSWORD", min_length=1)


NotifyTarget = Annotated[SlackTarget | WebhookNotify | EmailTarget, Field(discriminator="kind")]
