"""Fitting a conversation into the server's context window (`llm.context_window`).

Tokens are estimated at 3 characters a token plus 4 per message. Measured on the demo
prompts (bench/prompt_tokens.py), the compact prompt runs 3.4 characters a token with
cl100k (GPT-4) and 3.1 with Qwen2.5's tokenizer, which spends a token on every digit;
no tokenizer ships offline for every local model, so the estimate is the low end of that
range and a prompt that fits leaves the server a margin (the demo's ~2,580 estimated
tokens are ~2,270 cl100k and ~2,440 Qwen). A request fits when its prompt plus the room
for the answer stays inside the window; the answer gets `max_tokens`, or what is left
when that is less, but never under `min_answer` tokens (an article cut off at
max_tokens is lost, so a smaller room is no room). The first round also keeps room for
one repair round (the answer it will repeat and the findings message) when shorter story
texts make that room; it never drops a story for it.
"""

from __future__ import annotations

from dataclasses import dataclass

CHARS_PER_TOKEN = 3.0
TOKENS_PER_MESSAGE = 4
MIN_ANSWER_TOKENS = 900
REPAIR_ROOM_TOKENS = 1100  # the repeated answer (~700) and the findings message (~400)


def estimate_tokens(messages: list[dict[str, str]]) -> int:
    chars = sum(len(m.get("content", "")) for m in messages)
    return int(chars / CHARS_PER_TOKEN) + TOKENS_PER_MESSAGE * len(messages)


@dataclass(frozen=True)
class ContextBudget:
    window: int  # tokens; 0 = not known: nothing is fitted
    max_tokens: int
    min_answer: int = MIN_ANSWER_TOKENS

    def answer_tokens(self, prompt_tokens: int, reserve: int = 0) -> int | None:
        """`max_tokens` for a prompt of this size (keeping `reserve` free), or None when it cannot fit."""
        if not self.window:
            return self.max_tokens
        room = self.window - prompt_tokens - reserve
        if room < self.min_answer:
            return None
        return min(self.max_tokens, room)


def news_steps(news_chars: int, cited: int) -> list[tuple[int, int]]:
    """(characters per story, stories) from the whole prompt down to no news, largest first."""
    steps = [(max(150, int(news_chars * share)), cited) for share in (1.0, 0.66, 0.45, 0.3)]
    steps += [(150, n) for n in range(cited - 1, -1, -1)]
    return list(dict.fromkeys(steps))
