"""The cross-market read's sentences on markets outside the US session (pipeline/market/crossmarket.py).

At most three sentences: the overseas indices grouped by their session date
("Overseas on Friday, Nov 20, the DAX rose 0.62%, ..."; their levels are in
the data and the model's slots, left out here to keep the paragraph short),
gold and crude at their settlement, then bitcoin and FX over their UTC day, dated the
way crypto desks date it ("On Thursday, Nov 19 (UTC), bitcoin rose ..."). Every
market's own session date is printed unless it is the article's (gold and oil
settle during the US session); the verifier ties each figure and date to its
market (verify/cross_markets.py).
"""

from __future__ import annotations

from ..contracts import CrossMarketReading
from ..facts import FactSheet
from .base import Brief
from .phrases import vary

INDICES = ("dax", "nikkei", "hang_seng")
COMMODITIES = ("gold", "wti")
UTC_DAY = ("bitcoin", "eur_usd", "usd_jpy")
DOLLAR_PRICED = ("gold", "wti", "bitcoin")
UNITS = {"gold": " an ounce", "wti": " a barrel"}


MACRO, OVERSEAS, COMMODITY, UTC = "macro", "overseas", "commodities", "utc-day"
EXPOSURE: dict[str, tuple[str, ...]] = {
    "small-caps": (MACRO, COMMODITY, OVERSEAS, UTC),   # domestic borrowers: rates and the dollar first
    "tech": (MACRO, OVERSEAS, UTC, COMMODITY),         # long-duration growth: yields, then Asia and risk
    "blue-chips": (COMMODITY, OVERSEAS, MACRO, UTC),   # energy and industrials, multinationals abroad
}
DEFAULT_EXPOSURE = (MACRO, OVERSEAS, COMMODITY, UTC)
INDEX_EXPOSURE: dict[str, tuple[str, ...]] = {
    "tech": ("nikkei", "hang_seng", "dax"),            # Asia's chip and platform names first
    "blue-chips": ("dax", "nikkei", "hang_seng"),      # Europe's industrials and exporters first
}
UTC_EXPOSURE: dict[str, tuple[str, ...]] = {
    "tech": ("bitcoin", "usd_jpy", "eur_usd"),         # risk appetite first, then the yen's carry
    "blue-chips": ("eur_usd", "usd_jpy", "bitcoin"),   # the dollar against what multinationals earn in
    "small-caps": ("usd_jpy", "eur_usd", "bitcoin"),   # the dollar's day for domestic borrowers
}
"""The UTC-day markets in the order they matter to an instrument, like INDEX_EXPOSURE: four articles of
one session listing one set of markets in one order shared every 8-word run of the sentence
(bench/editorial.py same_day_shared_runs)."""
DOLLAR_FIRST = frozenset({"blue-chips"})
"""Kinds whose macro sentence names the dollar before yields (multinationals' overseas earnings)."""


def exposure_order(brief: Brief) -> tuple[str, ...]:
    """The outside markets in the order they matter to this instrument, by its kind tag: yields first
    for small caps and growth shares, oil and overseas markets first for the Dow's industrials and
    multinationals; the broad market reads them macro first."""
    return next((EXPOSURE[tag] for tag in brief.tags if tag in EXPOSURE), DEFAULT_EXPOSURE)


def dollar_first(brief: Brief) -> bool:
    return any(tag in DOLLAR_FIRST for tag in brief.tags)


def cross_market_sentences(brief: Brief, sheet: FactSheet) -> dict[str, list[str]]:
    """The filled sentences for the markets the snapshot holds, by block (overseas, commodities,
    utc-day; a block the snapshot holds nothing for is absent)."""
    held = {m.key: m for m in brief.snapshot.cross_markets if sheet.has(f"xmkt_{m.key}")}
    indices = _by_kind(INDEX_EXPOSURE, brief, INDICES)
    blocks = {OVERSEAS: _index_sentences([held[k] for k in indices if k in held], brief),
              COMMODITY: _commodity_sentence([held[k] for k in COMMODITIES if k in held], brief),
              UTC: _utc_day_sentences([held[k] for k in _by_kind(UTC_EXPOSURE, brief, UTC_DAY) if k in held],
                                      brief)}
    return {key: [sheet.fill(part) for part in parts] for key, parts in blocks.items() if parts}


def _by_kind(orders: dict[str, tuple[str, ...]], brief: Brief, default: tuple[str, ...]) -> tuple[str, ...]:
    """The order `orders` gives the instrument's kind tag, else `default`."""
    return next((orders[tag] for tag in brief.tags if tag in orders), default)


def _index_sentences(markets: list[CrossMarketReading], brief: Brief) -> list[str]:
    out = []
    for n, group in enumerate(_by_session(markets)):
        when, listed = _date_slot(group[0]), _listed([_move(m, level=False) for m in group])
        if group[0].session != brief.snapshot.session or n:
            out.append(f"Earlier on {when}, their last session, {listed}.")
            continue
        out.append(vary([f"Overseas on {when}, {listed}.", f"In overseas trading on {when}, {listed}.",
                         f"Outside the US on {when}, {listed}.",
                         f"{_capital(listed)}, all in their sessions of {when}."], brief, "abroad"))
    return out


def _commodity_sentence(markets: list[CrossMarketReading], brief: Brief) -> list[str]:
    if not markets:
        return []
    if len(markets) == 1:
        return [_capital(_settled(markets[0], brief, "settled ")) + "."]
    a, b = markets
    return [vary([_capital(f"{_settled(a, brief, 'settled ')}, and {_settled(b, brief)}."),
                  f"In commodities, {_settled(a, brief, 'settled ')}, and {_settled(b, brief)}.",
                  f"Futures settled with {_settled(a, brief)}, and {_settled(b, brief)}.",
                  _capital(f"{_settled(b, brief, 'settled ')}, and {_settled(a, brief)}.")],
                 brief, "commodities")]


def _settled(m: CrossMarketReading, brief: Brief, verb: str = "") -> str:
    """'gold settled at ${xmkt_gold} an ounce, up {xmkt_gold_change_pct:abs}' (and its date when it
    is not the article's session)."""
    dated = "" if m.session == brief.snapshot.session else f" on {_date_slot(m)}"
    return f"{_name(m)} {verb}at {_level(m)}{UNITS.get(m.key, '')}, {_change(m)}{dated}"


def _utc_day_sentences(markets: list[CrossMarketReading], brief: Brief) -> list[str]:
    out = []
    for group in _by_session(markets):
        when, listed = _date_slot(group[0]), _listed([_move(m) for m in group])
        out.append(vary([f"On {when} (UTC), {listed}.",
                         f"In round-the-clock trading on {when} (UTC), {listed}.",
                         f"{_capital(listed)} on {when} (UTC).",
                         f"Measured to the UTC close of {when}, {listed}."], brief, "utc-day"))
    return out


def _by_session(markets: list[CrossMarketReading]) -> list[list[CrossMarketReading]]:
    """The markets grouped by their session date, newest first, each group in the given order."""
    sessions = sorted({m.session for m in markets}, reverse=True)
    return [[m for m in markets if m.session == day] for day in sessions]


def _move(m: CrossMarketReading, level: bool = True) -> str:
    """'the DAX rose {xmkt_dax_change_pct:abs} to {xmkt_dax}' (without ' to ...' when not `level`)."""
    if m.change_pct is None:
        return f"{_name(m)} stood at {_level(m)}"
    if round(m.change_pct, 2) == 0:
        return f"{_name(m)} was unchanged at {_level(m)}"
    verb = "rose" if m.change_pct > 0 else "fell"
    return f"{_name(m)} {verb} {{xmkt_{m.key}_change_pct:abs}}" + (f" to {_level(m)}" if level else "")


def _change(m: CrossMarketReading) -> str:
    if m.change_pct is None or round(m.change_pct, 2) == 0:
        return "unchanged"
    return f"{'up' if m.change_pct > 0 else 'down'} {{xmkt_{m.key}_change_pct:abs}}"


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _name(m: CrossMarketReading) -> str:
    return m.name


def _level(m: CrossMarketReading) -> str:
    return ("$" if m.key in DOLLAR_PRICED else "") + f"{{xmkt_{m.key}}}"


def _date_slot(m: CrossMarketReading) -> str:
    return f"{{xmkt_{m.key}_session:dated}}"


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
