"""The model writer: a model chooses the words, code supplies every number.

Round 0 asks for the article (prompts/system.j2 + article.j2); the answer's
fact slots are filled from the snapshot and the result is verified. Each
round goes to the primary model, then to each `[[llm.fallbacks]]` model in
turn when the one before cannot take the request (llm/fallback.py); the
article's byline names the model that wrote it. Findings go
back as a repair message (prompts/repair.j2), at most `max_repairs` times; an
article that still has errors is returned with them (stored as needs_review).
Refusals, truncation, content filters and HTTP failures end the instrument with
WriterFailed and nothing is saved.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..config import LLMConfig
from ..contracts import Finding, Severity
from ..facts import FactSheet
from ..llm.budget import RunBudget
from ..llm.client import ClientOptions, ModelClient
from ..llm.connect import api_key, base_host, open_openai
from ..llm.context import REPAIR_ROOM_TOKENS, ContextBudget, estimate_tokens, news_steps
from ..llm.errors import ModelCallError, Reason, WriterFailed
from ..llm.fallback import falls_back
from ..llm.hashing import model_hash
from ..llm.limits import RateLimiter
from ..llm.logged import CacheInputs, CallStore, LoggedModel
from ..llm.prompts import PromptSet
from ..llm.records import CallContext
from ..llm.schema import schema_outline
from ..redact import Redactor
from .base import Brief, article_sheet
from .checked import Check, Written
from .llm_article import assemble
from .llm_prompt import article_values, repair_values
from .llm_schema import ModelArticle
from .news_told import driver_first

if TYPE_CHECKING:  # the SDK itself is imported by llm.connect when a client is opened
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)
Connect = Callable[[str], "AsyncOpenAI"]
Durable = Callable[[str, Callable[[], Awaitable[Any]]], Awaitable[Any]]
"""Runs one model call; the engine makes it a recorded step (a resumed conversation never repeats
a completed call), by default it is simply awaited."""


async def _at_once(_name: str, call: Callable[[], Awaitable[Any]]) -> Any:
    return await call()


def client_options(cfg: LLMConfig) -> ClientOptions:
    return ClientOptions(model=cfg.model, max_tokens=cfg.max_tokens, max_tokens_param=cfg.max_tokens_param,
                         temperature=cfg.temperature, structured=cfg.structured,
                         max_attempts=cfg.max_attempts, backoff_base=cfg.backoff_base,
                         backoff_max=cfg.backoff_max, retry_after_cap=cfg.retry_after_cap,
                         concurrency=cfg.concurrency, deadline=cfg.timeout)


@dataclass(frozen=True)
class _Seat:
    """One model of the chain, ready to call."""

    cfg: LLMConfig
    model: LoggedModel
    byline: str


class LLMWriter:
    name = "llm"

    def __init__(self, cfg: LLMConfig, calls: CallStore, *, prompts: PromptSet | None = None,
                 max_sources: int = 5, connect: Connect | None = None,
                 durable: Durable | None = None) -> None:
        self.cfg = cfg
        self.durable: Durable = durable or _at_once
        self.calls = calls
        self.prompts = prompts or PromptSet(cfg.prompts_dir)
        self.prompt_version: str | None = self.prompts.version
        self.max_sources = max_sources
        self._connect = connect or (lambda key: open_openai(cfg, key))
        self._model: LoggedModel | None = None
        self._seats: list[_Seat] = []
        self._stage_ends: float | None = None

    def check_ready(self) -> None:
        for cfg in self.cfg.chain():
            api_key(cfg)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        chain = self.cfg.chain()
        keys = [api_key(cfg) for cfg in chain]
        clients = [self._connect(keys[0]), *(open_openai(cfg, key) for cfg, key in zip(chain[1:], keys[1:],
                                                                                       strict=True))]
        for client in clients:
            _ = client.chat.completions.with_raw_response  # the SDK imports these lazily: not mid-batch
        budget = RunBudget(max_tokens=self.cfg.max_run_tokens, max_cost=self.cfg.max_run_cost)
        redactor = self._redactor(chain, keys)

        def gate() -> None:
            budget.check()
            self.check_deadline()

        limiter = RateLimiter(self.cfg.rpm, self.cfg.tpm)
        self._seats = [_Seat(cfg, LoggedModel(ModelClient(client, client_options(cfg), limiter, gate=gate),
                                              self.calls, base_host=base_host(cfg.base_url),
                                              prices=self.cfg.prices, redactor=redactor,
                                              use_cache=self.cfg.cache, budget=budget),
                             f"{self.cfg.byline} ({cfg.model})")
                       for cfg, client in zip(chain, clients, strict=True)]
        self._model = self._seats[0].model
        self._stage_ends = None  # set by the first request of the run
        try:
            yield
        finally:
            self._model, self._seats = None, []
            for client in clients:
                await client.close()

    @staticmethod
    def _redactor(chain: Sequence[LLMConfig], keys: Sequence[str]) -> Redactor:
        """Every model's key, named by its variable (none is sent when `api_key_env` is empty)."""
        return Redactor.of({cfg.api_key_env: key for cfg, key in zip(chain, keys, strict=True)
                            if cfg.api_key_env})

    async def write_checked(self, brief: Brief, check: Check, context: CallContext,
                            asking: Callable[[], None] | None = None) -> Written:
        if self._model is None:
            raise RuntimeError("LLMWriter.write_checked outside `async with writer.session()`")
        draft = _Draft(self, self._seats, brief, check, context)
        if asking is not None:
            asking()
        return await draft.write()

    def check_deadline(self) -> None:
        """No new request once the model stage's run deadline (counted from its first request) has passed."""
        if not self.cfg.run_deadline:
            return
        if self._stage_ends is None:
            self._stage_ends = time.monotonic() + self.cfg.run_deadline
        if time.monotonic() >= self._stage_ends:
            raise ModelCallError(Reason.DEADLINE, "not sent: the model stage reached its run deadline "
                                 f"({self.cfg.run_deadline:g} s)")

    @property
    def byline(self) -> str:
        return f"{self.cfg.byline} ({self.cfg.model})"


class _Draft:
    """One instrument's conversation: ask, fill, check, repair."""

    def __init__(self, writer: LLMWriter, seats: Sequence[_Seat], brief: Brief, check: Check,
                 context: CallContext) -> None:
        brief = driver_first(brief, min(writer.max_sources, len(brief.news)))  # numbers in reading order
        self.writer, self.seats, self.brief, self.check, self.context = writer, seats, brief, check, context
        self.byline = seats[0].byline
        self.sheet: FactSheet = article_sheet(brief)
        self.cited = min(writer.max_sources, len(brief.news))
        self.budget = ContextBudget(writer.cfg.context_window, writer.cfg.max_tokens)
        self.messages = [{"role": "system", "content": ""}, {"role": "user", "content": self._fit_prompt()}]
        self.inputs = CacheInputs(snapshot_hash=model_hash(brief.snapshot),
                                  news_hashes=[n.content_hash for n in brief.news[:self.cited]])

    def _fit_prompt(self) -> str:
        """The article prompt with as much of the news as the context window allows (all of it
        without a window); sets `cited`. Room for a repair round is kept when shorter story texts
        make it; no story is dropped for it (a repair round that would not fit is compacted when
        it comes, see `_answer_room`), only when the first round itself would not fit."""
        cfg, system = self.writer.cfg, self._system_prompt(self._widest_outline())
        reserves = (REPAIR_ROOM_TOKENS, 0) if cfg.max_repairs else (0,)
        tokens = 0
        for reserve in reserves:
            steps = news_steps(cfg.news_chars, self.cited)
            for chars, cited in steps if not reserve else [s for s in steps if s[1] == self.cited]:
                user = self._article_prompt(chars, cited)
                tokens = estimate_tokens([{"role": "system", "content": system},
                                          {"role": "user", "content": user}])
                if self.budget.answer_tokens(tokens, reserve) is not None:
                    if (chars, cited) != (cfg.news_chars, self.cited):
                        log.info("%s: news cut to %d stories of %d characters to fit "
                                 "llm.context_window = %d", self.brief.snapshot.symbol, cited, chars,
                                 cfg.context_window)
                    self.cited = cited
                    return user
        raise WriterFailed(f"{self.brief.snapshot.symbol}: the prompt needs about {tokens} tokens even "
                           f"without news; llm.context_window = {cfg.context_window} leaves no room for "
                           f"a {self.budget.min_answer}-token answer")

    def _article_prompt(self, news_chars: int, cited: int) -> str:
        values = article_values(self.brief, self.sheet, cited, news_chars)
        return self.writer.prompts.render("article", **values)

    def _widest_outline(self) -> str:
        """The schema outline when any model of the chain needs it (the prompt must fit them all)."""
        return schema_outline(ModelArticle) if any(seat.cfg.structured != "json_schema"
                                                   for seat in self.seats) else ""

    def _system_prompt(self, outline: str) -> str:
        return self.writer.prompts.render("system", schema_outline=outline)

    async def write(self) -> Written:
        best: Written | None = None
        repairs = self.writer.cfg.max_repairs
        for round_no in range(repairs + 1):
            try:
                answer = await self._ask(round_no)
            except ModelCallError as exc:
                if not exc.reason.repairable or round_no == repairs:
                    return self._give_up(exc, best)
                self._reask(exc.content or "", [_schema_finding(exc)])
                continue
            article, slot_findings = assemble(self.brief, self.sheet, answer, self.cited, self.byline)
            findings = [*slot_findings, *await asyncio.to_thread(self.check, article)]
            best = Written(article, findings, rounds=round_no + 1)
            errors = [f for f in findings if f.severity == Severity.ERROR]
            if not errors or round_no == repairs:
                return best
            self._reask(answer.model_dump_json(), errors)
        raise AssertionError("unreachable")

    async def _ask(self, round_no: int) -> ModelArticle:
        """The round's answer from the first model of the chain that can take the request."""
        for n, seat in enumerate(self.seats):
            messages = self._messages_for(seat.cfg)
            room = self._answer_room(messages)  # may compact the conversation: not inside the call
            try:
                answer = await self.writer.durable(
                    f"model {seat.cfg.model} round {round_no}",
                    functools.partial(seat.model.call, messages, ModelArticle, "market_article",
                                      context=self.context, round=round_no,
                                      prompt_version=self.writer.prompts.version, inputs=self.inputs,
                                      max_tokens=room))
            except ModelCallError as exc:
                if n + 1 < len(self.seats) and falls_back(exc):
                    log.warning("%s: %s failed (%s); trying %s", self.brief.snapshot.symbol,
                                seat.cfg.model, exc, self.seats[n + 1].cfg.model)
                    continue
                raise
            self.byline = seat.byline
            return answer
        raise AssertionError("unreachable: the last seat raises")

    def _messages_for(self, cfg: LLMConfig) -> list[dict[str, str]]:
        """The conversation with the system prompt for this model's structured mode."""
        outline = schema_outline(ModelArticle) if cfg.structured != "json_schema" else ""
        return [{"role": "system", "content": self._system_prompt(outline)}, *self.messages[1:]]

    def _answer_room(self, messages: list[dict[str, str]]) -> int:
        """max_tokens for this request; a repair round that would overflow is compacted first."""
        room = self.budget.answer_tokens(estimate_tokens(messages))
        if room is None:
            self._compact()
            messages[:] = [messages[0], *self.messages[1:]]
            room = self.budget.answer_tokens(estimate_tokens(messages))
        if room is None:
            raise ModelCallError(Reason.CONTEXT, f"not sent: the conversation needs about "
                                 f"{estimate_tokens(messages)} tokens, over llm.context_window = "
                                 f"{self.budget.window} with room for an answer")
        return room

    def _compact(self) -> None:
        """Shorter repair conversation: story texts cut to their first lines (same numbering),
        only the last answer and its findings kept."""
        user = {"role": "user", "content": self._article_prompt(150, self.cited)}
        last_exchange = self.messages[-2:] if len(self.messages) > 2 else []
        self.messages = [self.messages[0], user, *last_exchange]

    def _reask(self, previous: str, findings: Sequence[Finding]) -> None:
        repair = self.writer.prompts.render("repair", **repair_values(list(findings)))
        self.messages += [{"role": "assistant", "content": previous},
                          {"role": "user", "content": repair}]

    def _give_up(self, exc: ModelCallError, best: Written | None) -> Written:
        """A failed round: keep the last whole article for review, or fail the instrument."""
        symbol = self.brief.snapshot.symbol
        if best is None:
            raise WriterFailed(f"{symbol}: {exc}") from exc
        log.warning("%s: repair round failed (%s); keeping the last article for review", symbol, exc)
        note = Finding(code="model-repair-failed", severity=Severity.ERROR, section="model",
                       message=f"the repair round ended without an article: {exc}")
        return Written(best.article, [*best.findings, note], rounds=best.rounds + 1)


def _schema_finding(exc: ModelCallError) -> Finding:
    return Finding(code=exc.reason.value.replace("_", "-"), severity=Severity.ERROR,
                   section="response", message=exc.detail)
