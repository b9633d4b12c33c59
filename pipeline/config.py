"""Settings: packaged defaults, then a user file, then CLI flags.

`load_settings()` is the only reader. A bad file raises ConfigError naming the
file, the key and the problem.
"""

from __future__ import annotations

import tomllib
import weakref
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .contracts import InstrumentKind
from .contracts.snapshot import CrossMarketKey
from .errors import ConfigError
from .notify.settings import NotifyTarget
from .publish.settings import PublishConfig
from .symbols import symbol_problem

USER_FILE = "newsdesk.toml"
_ALL_FORMATS: tuple[Literal["md", "html", "json"], ...] = ("md", "html", "json")


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _file_safe(symbol: str) -> str:
    """A symbol names its bars and options files: refuse one that could leave their folder."""
    problem = symbol_problem(symbol)
    if problem is not None:
        raise ValueError(problem)
    return symbol


class InstrumentConfig(Section):
    symbol: str = Field(min_length=1)
    name: str
    short_name: str | None = Field(default=None, description="Name for headlines: 'Small caps'.")
    kind: InstrumentKind
    cover: bool = Field(default=True, description="Write an article about it (else context only).")
    index: str | None = None
    benchmark: str | None = None
    peers: list[str] = Field(default_factory=list)
    gauges: list[str] = Field(default_factory=list)
    underlying: str | None = Field(default=None, description="For a gauge: the index it is computed "
                                   "from (the VIX from S&P 500 options: '^GSPC').")
    aliases: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list, description=(
        "The part of the market a story names the instrument by ('chipmakers', 'regional banks'): a "
        "same-day story whose headline names one is the instrument's own story (stories.own_terms). "
        "Not aliases: tagging and the verifier never read them as the instrument. Default: none."))
    tags: list[str] = Field(default_factory=list)

    @property
    def display_name(self) -> str:
        return self.short_name or self.symbol

    @field_validator("symbol")
    @classmethod
    def _symbol_is_file_safe(cls, value: str) -> str:
        return _file_safe(value)

    def related_symbols(self) -> list[str]:
        named = [self.index, self.benchmark, *self.peers, *self.gauges]
        return list(dict.fromkeys(s for s in named if s))


class FeedConfig(Section):
    url: str
    publisher: str
    weight: float = Field(default=1.0, ge=0, le=10, description="Source weight in relevance ranking.")


class ThemeConfig(Section):
    """A macro theme or a sector a story can be about, found by its aliases (see ingest.tagging)."""

    name: str = Field(min_length=1)
    kind: Literal["macro", "sector"] = "macro"
    aliases: list[str] = Field(min_length=1)


class EventConfig(Section):
    name: str
    kind: str
    date: date


class HttpSourceConfig(Section):
    """One HTTP market-data source. The key is read from the variable named by
    `api_key_env`, never from a file; "" means the source needs no key."""

    base_url: str = Field(pattern=r"^https?://")
    api_key_env: str = ""
    timeout: float = Field(default=10.0, gt=0, description="Seconds for a whole response.")
    connect_timeout: float = Field(default=5.0, gt=0)
    max_attempts: int = Field(default=3, ge=1, le=10, description="Tries per request (429, 5xx).")
    retry_after_cap: float = Field(default=10.0, ge=0, description="Longest Retry-After honoured (s).")
    symbols: dict[str, str] = Field(default_factory=dict,
                                    description="newsdesk symbol -> the source's symbol.")


class MacroConfig(Section):
    """Symbols of the market-wide gauges put in every snapshot; "" leaves one out."""

    vix: str = "^VIX"
    ten_year_yield: str = "^TNX"
    dollar_index: str = "DX-Y.NYB"

    cross_markets: dict[CrossMarketKey, str] = Field(
        default_factory=lambda: dict(DEFAULT_CROSS_MARKETS),
        description="Markets outside the US session (pipeline/market/crossmarket.py) -> their symbol; "
                    "'' leaves one out.")

    @field_validator("vix", "ten_year_yield", "dollar_index")
    @classmethod
    def _symbol_is_file_safe(cls, value: str) -> str:
        return _file_safe(value) if value else value

    @field_validator("cross_markets")
    @classmethod
    def _cross_symbols_are_file_safe(cls, value: dict[str, str]) -> dict[str, str]:
        return {key: _file_safe(symbol) if symbol else symbol for key, symbol in value.items()}


DEFAULT_CROSS_MARKETS: dict[CrossMarketKey, str] = {
    "dax": "^GDAXI", "nikkei": "^N225", "hang_seng": "^HSI", "gold": "GC=F", "wti": "CL=F",
    "bitcoin": "BTC-USD", "eur_usd": "EURUSD=X", "usd_jpy": "JPY=X",
}
"""Yahoo's spelling (the CSV folder's file names follow it: `idx_GDAXI.csv`, `GC=F.csv`)."""


ProviderName = Literal["csv", "yahoo", "polygon", "stooq", "fred", "cboe_history"]
HTTP_PROVIDERS = ("yahoo", "polygon", "stooq", "fred", "cboe_history")


class MarketConfig(Section):
    provider: ProviderName = "csv"
    providers: list[ProviderName] = Field(
        default_factory=list, description="Bars sources tried in order per symbol; [] = [provider].")
    symbol_providers: dict[str, list[ProviderName]] = Field(
        default_factory=dict, description="A symbol's own chain (a gauge's), instead of `providers`.")
    official: dict[str, ProviderName] = Field(
        default_factory=dict, description="symbol -> the source of its official series, checked "
                                          "against the session's close.")
    source_check: bool = Field(default=True, description="Check the session's close against the "
                                                         "chain's next source when there is one.")
    source_tolerance_pct: float = Field(default=0.5, gt=0)
    official_tolerance_pct: float = Field(default=1.0, gt=0)
    tracking_check: bool = Field(default=True, description="Check an ETF's day move against its "
                                                           "index's (instrument `index`).")
    options_provider: Literal["csv", "cboe", "none"] = "csv"
    csv_dir: Path = Path("fixtures/market/bars")
    options_dir: Path | None = Path("fixtures/market/options")
    timezone: str = "America/New_York"
    close_time: str = Field(default="16:00", pattern=r"^\d{2}:\d{2}$")
    min_sessions: int = Field(default=30, ge=2)
    max_staleness_days: int | None = Field(default=None, ge=0)
    calendar: str = Field(default="XNYS", description="exchange_calendars code; '' = none.")
    adjustment: Literal["splits", "none"] = Field(
        default="splits", description="splits: split-adjusted, dividend-unadjusted bars; none: raw.")
    history_days: int = Field(default=800, ge=30, description="Calendar days of bars fetched at first.")
    settle_minutes: int = Field(default=30, ge=0,
                                description="A bar fetched sooner after its close is fetched again.")
    cache: bool = True
    max_file_mb: float = Field(default=20.0, gt=0, le=1024,
                               description="Largest bars or options CSV read, in MB (larger: bad-file).")
    macro: MacroConfig = Field(default_factory=MacroConfig)
    yahoo: HttpSourceConfig = Field(default_factory=lambda: HttpSourceConfig(
        base_url="https://query2.finance.yahoo.com"))
    polygon: HttpSourceConfig = Field(default_factory=lambda: HttpSourceConfig(
        base_url="https://api.polygon.io", api_key_env="POLYGON_API_KEY",
        symbols={"^VIX": "I:VIX", "^GSPC": "I:SPX", "^NDX": "I:NDX", "^DJI": "I:DJI",
                 "^RUT": "I:RUT"}))
    cboe: HttpSourceConfig = Field(default_factory=lambda: HttpSourceConfig(
        base_url="https://cdn.cboe.com/api/global/delayed_quotes",
        symbols={"^GSPC": "_SPX", "^NDX": "_NDX", "^RUT": "_RUT", "^VIX": "_VIX"}))
    stooq: HttpSourceConfig = Field(default_factory=lambda: HttpSourceConfig(
        base_url="https://stooq.com",
        symbols={"^GSPC": "^spx", "^NDX": "^ndx", "^DJI": "^dji", "^GDAXI": "^dax", "^N225": "^nkx",
                 "^HSI": "^hsi", "GC=F": "gc.f", "CL=F": "cl.f", "EURUSD=X": "eurusd", "JPY=X": "usdjpy",
                 "BTC-USD": "btcusd"}))
    fred: HttpSourceConfig = Field(default_factory=lambda: HttpSourceConfig(
        base_url="https://fred.stlouisfed.org"))
    cboe_history: HttpSourceConfig = Field(default_factory=lambda: HttpSourceConfig(
        base_url="https://cdn.cboe.com/api/global/us_indices/daily_prices", timeout=30.0,
        symbols={"^VIX": "VIX"}))

    @property
    def chain(self) -> list[str]:
        """The bars sources tried in order: `providers`, or the one `provider`."""
        return list(self.providers) or [self.provider]

    def chain_for(self, symbol: str) -> list[str]:
        """`symbol`'s own chain when configured, else the market's."""
        return list(self.symbol_providers.get(symbol) or self.chain)

    @model_validator(mode="after")
    def _chains_are_http_sources(self) -> MarketConfig:
        chains = {"market.providers": self.providers,
                  **{f"market.symbol_providers.{k}": v for k, v in self.symbol_providers.items()}}
        for where, chain in chains.items():
            if "csv" in chain and len(chain) > 1:
                raise ValueError(f"{where}: \"csv\" cannot be part of a chain; use provider = \"csv\" alone")
            if len(set(chain)) != len(chain):
                raise ValueError(f"{where}: a source named twice in {chain}")
        if self.chain == ["csv"] and self.symbol_providers:
            raise ValueError("market.symbol_providers: per-symbol chains need live sources; set "
                             "market.providers (provider = \"csv\" reads every symbol from csv_dir)")
        if "csv" in self.official.values():
            raise ValueError("market.official: an official series comes from an HTTP source, not csv")
        return self

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @field_validator("timezone")
    @classmethod
    def _known_time_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as "
                             "America/New_York)") from None
        return value


class IngestConfig(Section):
    source: Literal["fixtures", "live"] = "fixtures"
    fixtures_dir: Path = Path("fixtures/web")
    lookback_days: int = Field(default=7, ge=0)
    # live fetching (source = "live"); the defaults are the safe ones
    contact_url: str = Field(default="", description="URL named in the User-Agent.")
    connect_timeout: float = Field(default=5.0, gt=0, le=60)
    read_timeout: float = Field(default=10.0, gt=0, le=120)
    url_deadline: float = Field(default=30.0, gt=0, le=300, description="Seconds per URL, all hops.")
    max_redirects: int = Field(default=3, ge=0, le=10)
    max_bytes: int = Field(default=5_000_000, ge=1_000, le=50_000_000, description="Decoded body cap.")
    max_encodings: int = Field(default=2, ge=1, le=3, description="Stacked Content-Encodings allowed.")
    per_host: int = Field(default=2, ge=1, le=8, description="Requests in flight per host.")
    host_delay: float = Field(default=0.5, ge=0, le=60, description="Seconds between starts per host.")
    workers: int = Field(default=8, ge=1, le=64, description="Fetches in flight in all.")
    parse_timeout: float = Field(default=20.0, ge=0, le=300,
                                 description="Seconds per feed parse in a worker process; 0 = inline.")
    page_timeout: float = Field(default=10.0, gt=0, le=300,
                                description="Seconds per page extraction in a worker process.")


class WriterConfig(Section):
    kind: Literal["template", "llm"] = "template"
    desk: str = "newsdesk Markets Desk"
    byline: str = "newsdesk template writer"
    ai_label: str = "Machine-written from computed market data; pending editorial review."
    include_setups: bool = True
    csv_source: str = Field(default="", max_length=120, description="Where the CSV bar files "
                            "came from, as the article's data line names them ('Yahoo Finance "
                            "daily bars'); \"\" = 'desk-supplied daily bars'.")
    max_sources: int = Field(default=5, ge=0)
    track_record: bool = Field(default=False, description="End the take with one line of the "
                               "desk's graded short-term calls on the instrument.")
    track_record_sessions: int = Field(default=60, ge=5, le=2520, description="Its look-back, in "
                                       "sessions.")


class ModelPrice(Section):
    """USD per million tokens."""

    prompt: float = Field(ge=0)
    completion: float = Field(ge=0)


class FallbackModel(Section):
    """A model tried, in order, when the one before it cannot take the request (see llm/fallback.py)."""

    base_url: str
    model: str
    api_key_env: str = Field(default="", description="Variable holding its key; \"\" = none.")
    structured: Literal["json_schema", "json_object", "none"] | None = Field(
        default=None, description="Default: the primary's.")


class LLMConfig(Section):
    """The model writer: any server speaking the Chat Completions API.

    The API key is read from the environment variable named by `api_key_env`,
    never from a file; `api_key_env = ""` sends no real key (local servers).
    """

    base_url: str = "https://api.openai.com/v1"
    model: str = "gpt-4o-mini"
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = Field(default=120.0, gt=0, description="Seconds for a whole response.")
    connect_timeout: float = Field(default=10.0, gt=0)
    max_tokens: int = Field(default=2000, ge=64, description="Cap of one answer (an article is "
                            "about 500-900 tokens); lowered to fit context_window.")
    context_window: int = Field(default=0, ge=0, description="The server's context in tokens "
                                "(prompt + answer); 0 = large enough, nothing is cut.")
    max_tokens_param: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    temperature: float | None = Field(default=0.2, ge=0, le=2)
    structured: Literal["json_schema", "json_object", "none"] = Field(
        default="json_schema", description="json_schema (strict), json_object, or none (no "
        "response_format; the prompt carries the schema outline, as with json_object).")
    max_repairs: int = Field(default=2, ge=0, le=5)
    max_attempts: int = Field(default=4, ge=1, le=10, description="HTTP tries per call.")
    backoff_base: float = Field(default=4.0, ge=0, description="First wait without Retry-After (s); "
                                "doubles each try, drawn from 50-100% of that, capped at backoff_max.")
    backoff_max: float = Field(default=20.0, ge=0, description="Cap of the backoff (s).")
    retry_after_cap: float = Field(default=30.0, ge=0, description="Longest Retry-After honoured (s).")
    concurrency: int = Field(default=4, ge=1, description="Requests in flight at once.")
    rpm: int = Field(default=0, ge=0, description="Requests per minute; 0 = no limit.")
    tpm: int = Field(default=0, ge=0, description="Tokens per minute; 0 = no limit.")
    run_deadline: float = Field(default=0.0, ge=0, description="Seconds the model stage of one run "
                                "may take; instruments not started by then are not written. 0 = none.")
    max_run_tokens: int = Field(default=0, ge=0, description="Tokens one run may use; 0 = no cap.")
    max_run_cost: float = Field(default=0.0, ge=0, description="USD one run may spend; 0 = no cap.")
    news_chars: int = Field(default=200, ge=100, description="Story text shown per item: its key "
                            "claim, then whole sentences that name the instrument.")
    byline: str = "newsdesk model writer"
    prompts_dir: Path | None = Field(default=None, description="Default: the repo's prompts/.")
    cache: bool = True
    prices: dict[str, ModelPrice] = Field(default_factory=dict)
    fallbacks: list[FallbackModel] = Field(default_factory=list)

    def chain(self) -> list[LLMConfig]:
        """This model, then each fallback as a whole config (the rest of the settings shared)."""
        return [self, *(self.model_copy(update={
            "base_url": f.base_url, "model": f.model, "api_key_env": f.api_key_env,
            "structured": f.structured or self.structured, "fallbacks": []}) for f in self.fallbacks)]


class StoreConfig(Section):
    url: str = "sqlite:///.newsdesk/newsdesk.db"


OutputFormat = Literal["md", "html", "json"]


class OutputConfig(Section):
    dir: Path = Path("outputs")
    formats: list[OutputFormat] = Field(default_factory=lambda: list(_ALL_FORMATS))
    chart: bool = True  # <slug>.png beside each article
    chart_svg: bool = Field(default=False, description=(
        "Also <slug>.svg, linked from the article: about 0.09 s more CPU per chart, twice the PNG's."))
    chart_workers: int | None = Field(default=None, ge=0, description=(
        "Processes drawing charts beside the run; 0 draws them in the run's own process. "
        "Default: one per core but one, at least one."))


class EngineConfig(Section):
    """The durable engine (DBOS Transact) behind `newsdesk worker`, `run --enqueue` and `schedule`.

    `newsdesk run` without `--enqueue` runs in its own process and does not use it.
    """

    database_url: str = Field(default="sqlite:///.newsdesk/engine.db", description="The engine's "
                              "system database: SQLite for one machine, PostgreSQL for workers on several.")
    name: str = Field(default="newsdesk", min_length=1, description="Workers sharing a database and "
                      "this name take work from the same queues.")
    instrument_concurrency: int = Field(default=8, ge=1, description="Instruments one worker "
                                        "process works on at once.")
    model_concurrency: int = Field(default=0, ge=0, description="Model conversations in flight "
                                   "across all workers; 0 = llm.concurrency.")
    model_rate: int = Field(default=0, ge=0, description="Model conversations started per "
                            "minute across all workers; 0 = llm.rpm (0 = no limit).")
    render_concurrency: int = Field(default=2, ge=1, description="Articles one worker process "
                                    "renders at once.")
    poll_seconds: float = Field(default=0.2, gt=0, le=10, description="How often a worker looks "
                                "for work on each queue.")
    dead_after: float = Field(default=30.0, gt=0, description="Seconds without a heartbeat after "
                              "which another worker takes over a worker's unfinished work.")
    pool_size: int = Field(default=20, ge=2, description="Connections one worker keeps to the "
                           "engine's database.")
    version: str = Field(default="", description="Application version workers share; '' = DBOS's "
                         "hash of the workflow code. Only workers of the same version resume a "
                         "workflow.")


class ScheduleConfig(Section):
    """`newsdesk schedule`: each session is run this long after its close on the exchange calendar."""

    after_close: int = Field(default=30, ge=0, le=720, description="Minutes after the close.")
    ingest: bool = True


class Settings(Section):
    instruments: list[InstrumentConfig] = Field(min_length=1)
    feeds: list[FeedConfig] = Field(default_factory=list)
    themes: list[ThemeConfig] = Field(default_factory=list)
    events: list[EventConfig] = Field(default_factory=list)
    market: MarketConfig = Field(default_factory=MarketConfig)
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    writer: WriterConfig = Field(default_factory=WriterConfig)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    store: StoreConfig = Field(default_factory=StoreConfig)
    output: OutputConfig = Field(default_factory=OutputConfig)
    publish: PublishConfig = Field(default_factory=PublishConfig)
    engine: EngineConfig = Field(default_factory=EngineConfig)
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig)
    notify: list[NotifyTarget] = Field(default_factory=list)

    @model_validator(mode="after")
    def _related_symbols_are_defined(self) -> Settings:
        known = [i.symbol for i in self.instruments]
        duplicated = {s for s in known if known.count(s) > 1}
        if duplicated:
            raise ValueError(f"instrument defined twice: {', '.join(sorted(duplicated))}")
        for inst in self.instruments:
            for symbol in inst.related_symbols():
                if symbol not in known:
                    raise ValueError(
                        f"instrument {inst.symbol} names {symbol}, which is not an instrument"
                    )
        return self

    def instrument(self, symbol: str) -> InstrumentConfig:
        found = self._by_symbol().get(symbol.upper())
        if found is not None:
            return found
        known = ", ".join(i.symbol for i in self.instruments)
        raise ConfigError(f"unknown instrument {symbol!r} (configured: {known})")

    def covered(self) -> list[InstrumentConfig]:
        return [i for i in self.instruments if i.cover]

    def _by_symbol(self) -> dict[str, InstrumentConfig]:
        """Instruments by upper-case symbol (the first of each), made again when `instruments`
        is another list or changed length: a lookup per related symbol and instrument was a
        scan of every instrument, a cost growing with their number. Kept beside the model
        (by id, dropped with it), not in it: a model compares and dumps its fields only."""
        key = (id(self.instruments), len(self.instruments))
        held = _SYMBOL_INDEX.get(id(self))
        if held is None or held[1] != key:
            index: dict[str, InstrumentConfig] = {}
            for inst in self.instruments:
                index.setdefault(inst.symbol.upper(), inst)
            me = id(self)
            held = (weakref.ref(self, lambda _ref: _SYMBOL_INDEX.pop(me, None)), key, index)
            _SYMBOL_INDEX[me] = held
        return held[2]


_SYMBOL_INDEX: dict[int, tuple[Any, tuple[int, int], dict[str, InstrumentConfig]]] = {}


def load_settings(path: Path | None = None, cwd: Path | None = None) -> Settings:
    """Defaults, overridden by `path` (or ./newsdesk.toml when it exists)."""
    cwd = cwd or Path.cwd()
    merged = _read_defaults()
    _resolve_paths(merged, cwd)
    user_file = path or (cwd / USER_FILE if (cwd / USER_FILE).is_file() else None)
    if user_file is not None:
        override = _read_toml(Path(user_file))
        _resolve_paths(override, Path(user_file).resolve().parent)
        merged = _merge(merged, override)
    return _validate(merged, str(user_file or "packaged defaults"))


def _read_defaults() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("defaults/newsdesk.toml").read_text("utf-8")
    return tomllib.loads(text)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; anything else (lists included) is replaced."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


_PATH_KEYS = {("market", "csv_dir"), ("market", "options_dir"), ("ingest", "fixtures_dir"),
              ("output", "dir"), ("llm", "prompts_dir")}


def _resolve_paths(raw: dict[str, Any], base: Path) -> None:
    for section, key in _PATH_KEYS:
        value = raw.get(section, {}).get(key) if isinstance(raw.get(section), dict) else None
        if isinstance(value, str) and not Path(value).is_absolute():
            raw[section][key] = str(base / value)
    _resolve_publish_dirs(raw, base)
    for section in ("store", "engine"):
        table = raw.get(section)
        key = "url" if section == "store" else "database_url"
        if isinstance(table, dict) and isinstance(table.get(key), str):
            table[key] = _resolve_sqlite_url(table[key], base)


def _resolve_publish_dirs(raw: dict[str, Any], base: Path) -> None:
    """A static target's `dir` is relative to the file that names it."""
    publish = raw.get("publish")
    targets = publish.get("targets") if isinstance(publish, dict) else None
    if not isinstance(targets, dict):
        return
    for target in targets.values():
        value = target.get("dir") if isinstance(target, dict) else None
        if isinstance(value, str) and not Path(value).is_absolute():
            target["dir"] = str(base / value)


def _resolve_sqlite_url(url: str, base: Path) -> str:
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return url
    path = url[len(prefix):]
    if path.startswith("/"):
        return url
    return prefix + str(base / path)


def _validate(raw: dict[str, Any], origin: str) -> Settings:
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(err) for err in exc.errors())
        raise ConfigError(f"{origin}: {problems}") from None


def _describe(err: Any) -> str:
    where = ".".join(str(part) for part in err["loc"]) or "(top level)"
    if err["type"] == "extra_forbidden":
        return f"{where}: unknown key"
    return f"{where}: {err['msg'].removeprefix('Value error, ')}"
