"""Options positioning from one expiry's open interest: max pain, walls, put/call ratio."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ..contracts import OptionRight, OptionsChain, OptionsPositioning
from .series import FloatArray


def open_interest_by_strike(chain: OptionsChain, right: OptionRight) -> dict[float, int]:
    """Total open interest per strike for calls or puts."""
    totals: dict[float, int] = defaultdict(int)
    for contract in chain.contracts:
        if contract.right == right:
            totals[contract.strike] += contract.open_interest
    return dict(totals)


def holder_payout(chain: OptionsChain, settles: Sequence[float]) -> FloatArray:
    """What option holders would be paid if the underlying settled at each of `settles`.

    Sum over calls of OI x max(0, settle - strike) plus puts OI x max(0, strike - settle),
    in price units per share (no contract multiplier).
    """
    strikes = np.array([c.strike for c in chain.contracts], dtype=np.float64)
    interest = np.array([c.open_interest for c in chain.contracts], dtype=np.float64)
    is_call = np.array([c.right == OptionRight.CALL for c in chain.contracts], dtype=bool)
    at = np.asarray(settles, dtype=np.float64)[:, None]
    intrinsic = np.where(is_call, np.maximum(0.0, at - strikes), np.maximum(0.0, strikes - at))
    return np.asarray(intrinsic @ interest, dtype=np.float64)


def max_pain(chain: OptionsChain) -> float | None:
    """The listed strike at which holders' total intrinsic value is smallest.

    Evaluated at every listed strike; on a tie the lowest strike wins. None for
    an empty chain.
    """
    strikes = sorted({contract.strike for contract in chain.contracts})
    if not strikes:
        return None
    return float(strikes[int(np.argmin(holder_payout(chain, strikes)))])


def wall(chain: OptionsChain, right: OptionRight) -> float | None:
    """The strike with the most open interest for one side (lowest strike on ties)."""
    by_strike = open_interest_by_strike(chain, right)
    if not by_strike or max(by_strike.values()) == 0:
        return None
    return max(sorted(by_strike), key=lambda strike: by_strike[strike])


def put_call_oi_ratio(total_put_oi: int, total_call_oi: int) -> float | None:
    """Put open interest / call open interest; None when there is no call OI."""
    return total_put_oi / total_call_oi if total_call_oi > 0 else None


def compute_options_positioning(chain: OptionsChain) -> OptionsPositioning | None:
    """Max pain, walls, totals and put/call ratio; None when the chain has no open interest."""
    calls = sum(c.open_interest for c in chain.contracts if c.right == OptionRight.CALL)
    puts = sum(c.open_interest for c in chain.contracts if c.right == OptionRight.PUT)
    pain = max_pain(chain)
    if pain is None or calls + puts == 0:
        return None
    return OptionsPositioning(
        provider=chain.provider,
        as_of=chain.as_of,
        expiry=chain.expiry,
        max_pain=pain,
        put_call_oi_ratio=put_call_oi_ratio(puts, calls),
        call_wall=wall(chain, OptionRight.CALL),
        put_wall=wall(chain, OptionRight.PUT),
        total_call_oi=calls,
        total_put_oi=puts,
    )
