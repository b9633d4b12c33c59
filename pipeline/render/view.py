"""Printed pieces the Markdown and HTML renderers share.

Every number goes through `pipeline.facts` so precision and scale live in one
place: ETFs print in dollars, indexes and volatility gauges in points.
Nothing here escapes text; each renderer escapes for its own format.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from ..contracts import Article, DataCitation, InstrumentKind, LevelRow, Source, TradeSetup
from ..facts import DECIMALS, article_date_style, format_price, format_value

# The exchange every covered instrument trades on. A timestamp that arrives with
# a bare UTC offset (as after a JSON round-trip) is shown in this zone.
EXCHANGE_ZONE = ZoneInfo("America/New_York")

# "[1]", and the grouped form "[1, 2]".
CITATION = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")

SNIPPET_LIMIT = 240


def price(value: float, kind: InstrumentKind) -> str:
    return format_price(value, kind, DECIMALS["price"])


def level_price(row: LevelRow, kind: InstrumentKind) -> str:
    """A single price, or a zone as 'low–high'."""
    if row.high is None or row.high == row.low:
        return price(row.low, kind)
    low, high = sorted((row.low, row.high))
    return f"{price(low, kind)}–{price(high, kind)}"


def change_pct(value: float) -> str:
    return format_value(value, "pct", DECIMALS["pct"], style="signed")


def reward_risk(value: float) -> str:
    return format_value(value, "ratio", 1)


def setup_note(setup: TradeSetup) -> str:
    return setup.note()


def score(value: int) -> str:
    return format_value(value, "score", DECIMALS["score"])


def long_date(value: date) -> str:
    return format_value(value, "date", 0, style="long")


def short_date(value: date) -> str:
    return format_value(value, "date", 0)


def exchange_time(moment: datetime) -> datetime:
    """The moment in its own named zone, or in the exchange zone if it carries only an offset."""
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment
    return moment.astimezone(EXCHANGE_ZONE)


def clock(moment: datetime) -> str:
    """'4:00 PM EST'."""
    local = exchange_time(moment)
    hour = local.hour % 12 or 12
    meridiem = "AM" if local.hour < 12 else "PM"
    return f"{hour}:{local.minute:02d} {meridiem} {local.tzname()}"


def as_of_line(article: Article) -> str:
    return f"As of the close on {long_date(article.session)}, {clock(article.as_of)}"


def sentiment(article: Article) -> str | None:
    """'42 (Moderate)', or whichever half is set, or None."""
    number = None if article.sentiment_score is None else score(article.sentiment_score)
    label = article.sentiment_label or None
    if number and label:
        return f"{number} ({label})"
    return number or label


def score_items(article: Article) -> list[tuple[str, str]]:
    items = [
        ("Bias", article.bias.value),
        ("Pulse", f"{score(article.pulse)}/100"),
        ("Risk", article.risk.value),
        ("Threat level", f"{score(article.threat_level)}/5"),
    ]
    mood = sentiment(article)
    if mood is not None:
        items.append(("Sentiment", mood))
    return items


def instrument_detail(article: Article) -> str:
    """'iShares Russell 2000 ETF · index ^RUT (Russell 2000)'."""
    ref = article.instrument
    parts = [ref.name]
    if ref.index_symbol:
        index = ref.index_symbol
        if ref.index_name:
            index += f" ({ref.index_name})"
        parts.append(f"index {index}")
    return " · ".join(parts)


def instrument_line(article: Article) -> str:
    """'IWM · iShares Russell 2000 ETF · index ^RUT (Russell 2000)'."""
    return f"{article.instrument.symbol} · {instrument_detail(article)}"


def byline(article: Article) -> str:
    return f"By {article.byline} · {article.desk}"


def source_meta(source: Source, session: date | None = None) -> str:
    """'Harbor Street Wire, Nov 19' (README 'One date style per article': a date of the session's
    year from six months before it onwards prints without its year, as in the prose and the tables;
    'Harbor Street Wire, Nov 19, 2025' for an older one, or without the session)."""
    if source.published is None:
        return source.publisher
    style = article_date_style(source.published, session) if session is not None else "year"
    return f"{source.publisher}, {format_value(source.published, 'date', 0, style=style)}"


def data_line(citation: DataCitation) -> str:
    """'Data: stooq — IWM, ^RUT — as of Nov 20, 2026, 4:00 PM EST'."""
    local = exchange_time(citation.as_of)
    symbols = ", ".join(citation.symbols)
    when = f"{short_date(local.date())}, {clock(local)}"
    return f"Data: {citation.provider} — {symbols} — as of {when}"


_UNSAFE_URL_CHAR = re.compile(r'[\s<>"`]')
"""Whitespace (as `str.isspace` has it) or a character that would end or break a Markdown link."""


def safe_url(url: str) -> str | None:
    """The URL if it is a plain http(s) address a reader may follow, else None."""
    text = url.strip()
    if not text or _UNSAFE_URL_CHAR.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def safe_image(path: str) -> str | None:
    """The chart path if it names a local file or an inline image, else None."""
    text = path.strip()
    if not text or any(ch in '<>"`' for ch in text):
        return None
    if text.lower().startswith("data:image/"):
        return text
    scheme = urlsplit(text).scheme.lower()
    # A one-letter "scheme" is a Windows drive letter.
    if scheme in ("", "file") or len(scheme) == 1:
        return text
    return None


def chart_alt(article: Article) -> str:
    """What the chart shows, for readers who cannot see it."""
    return (f"{article.instrument.symbol} daily chart, up to six months: candles, 50-day and 200-day "
            "averages, key levels and volume")


def chart_vector(path: str) -> str | None:
    """The SVG drawn next to a PNG chart (`x.png` -> `x.svg`), or None for other images."""
    text = path.strip()
    if not text.lower().endswith(".png") or safe_image(text) is None or text.lower().startswith("data:"):
        return None
    return text[:-4] + ".svg"


def short_quote(snippet: str, limit: int = SNIPPET_LIMIT) -> str:
    """The snippet on one line, cut at a word boundary if long."""
    text = " ".join(snippet.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def slug(article: Article) -> str:
    """'iwm-2026-11-20': lowercase symbol without '^', then the session."""
    return slug_for(article.instrument.symbol, article.session)


def slug_for(symbol: str, session: date) -> str:
    """`slug` from the symbol and session alone (a stored draft's summary has both)."""
    name = re.sub(r"[^a-z0-9.]+", "-", symbol.lower().replace("^", ""))
    return f"{name.strip('-.') or 'article'}-{session.isoformat()}"



DECIDED = {"approved": "Approved in review", "rejected": "Rejected in review",
           "published": "Published"}
"""The review decisions an article's files state (a draft's status after a person acted),
with the words they print; `draft` and `needs_review` are shown by the findings instead."""


def decision(status: str | None) -> str | None:
    """The status when it is a person's decision ('approved', 'rejected', 'published'), else None."""
    value = getattr(status, "value", status)
    return value if value in DECIDED else None
