"""What the chart of one article draws, handed from the pipeline to the render stage.

The render stage never reads market files: the pipeline cuts the instrument's
history at the session, computes the moving averages over the whole history
(so a 200-day average exists across the whole window when the data allows it)
and keeps the last `sessions` bars. A moving-average point is None where the
average has no value yet (its warm-up).
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from .base import Contract
from .market import Bar, InstrumentKind
from .snapshot import KeyLevel


class ChartData(Contract):
    symbol: str
    name: str
    kind: InstrumentKind
    session: date
    provider: str = Field(description="Where the bars came from, for the chart's source note.")
    bars: list[Bar] = Field(min_length=1, description="Oldest first; the last one is `session`.")
    sma_50: list[float | None]
    sma_200: list[float | None]
    levels: list[KeyLevel] = Field(default_factory=list)

    @model_validator(mode="after")
    def _aligned(self) -> ChartData:
        for name in ("sma_50", "sma_200"):
            if len(getattr(self, name)) != len(self.bars):
                raise ValueError(f"{self.symbol}: {name} has {len(getattr(self, name))} points "
                                 f"for {len(self.bars)} bars")
        if self.bars[-1].session != self.session:
            raise ValueError(f"{self.symbol}: the last bar is {self.bars[-1].session}, "
                             f"not the session {self.session}")
        return self
