"""When a failed call goes to the next model in `[[llm.fallbacks]]`.

A fallback helps when the model or its server cannot take the request: the
server keeps failing (5xx after the retries, timeouts, no connection), the
prompt is longer than its context window, or it refuses the structured-output
request. It does not help when the request itself is wrong for every model
(another 4xx, a key that is refused) or when the model answered and the answer
was poor (refusal, invalid JSON: those go to repair or review).
Context-length and structured-output refusals are recognised by the wording of
vLLM, llama.cpp, Ollama, LM Studio and OpenAI errors.
"""

from __future__ import annotations

import re

from .errors import ModelCallError, Reason

_CONTEXT = re.compile(r"context[ _]length|maximum context|context (?:size|window)|too many tokens|"
                      r"prompt is too long|exceeds? the (?:available )?context", re.I)
_STRUCTURED = re.compile(r"response_format|json_schema|structured output|guided|grammar", re.I)


def falls_back(exc: ModelCallError) -> bool:
    """True when the next model may succeed where this one failed."""
    if exc.reason in (Reason.TIMEOUT, Reason.CONNECTION):
        return True
    if exc.reason != Reason.HTTP_STATUS or exc.status_code is None:
        return False
    if exc.status_code >= 500:
        return True
    return exc.status_code in (400, 413, 422) and bool(
        _CONTEXT.search(exc.detail) or _STRUCTURED.search(exc.detail))
