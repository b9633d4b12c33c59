"""The base every contract shares: strict fields, no NaN, JSON round-trips."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Contract(BaseModel):
    """A pydantic model passed between stages.

    Unknown keys are refused, NaN and infinity are refused, and instances are
    immutable so a stage cannot change what an earlier stage produced.
    """

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)
