"""A run's model budget: tokens and money one run may spend (`llm.max_run_tokens`, `llm.max_run_cost`).

Every call is charged as its reply arrives, while its request still holds its in-flight slot,
so the next request's gate always sees it (cache hits cost nothing). Once either cap is reached no new
request is sent: `check`, run by the client when a request has its slot, raises a
ModelCallError with reason `budget`; the call log records it as `not_sent` and the
instrument ends with that reason. Requests already in flight finish, so a run can pass a
cap by at most `concurrency` requests. A call whose price is unknown charges tokens only.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ModelCallError, Reason


@dataclass
class RunBudget:
    max_tokens: int = 0  # 0: no cap
    max_cost: float = 0.0  # USD; 0: no cap
    tokens: int = 0
    cost: float = 0.0

    def charge(self, tokens: int, cost: float | None) -> None:
        self.tokens += tokens
        self.cost += cost or 0.0

    def exhausted(self) -> str | None:
        """Why no new request may go out, or None."""
        if self.max_tokens and self.tokens >= self.max_tokens:
            return f"the run's token budget is spent ({self.tokens:,} of {self.max_tokens:,} tokens)"
        if self.max_cost and self.cost >= self.max_cost:
            return f"the run's cost budget is spent (${self.cost:.4f} of ${self.max_cost:.2f})"
        return None

    def check(self) -> None:
        reason = self.exhausted()
        if reason is not None:
            raise ModelCallError(Reason.BUDGET, f"not sent: {reason}")
