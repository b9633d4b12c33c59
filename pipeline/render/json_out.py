"""Article (and what it was built from) -> pretty JSON. Pure: no I/O.

`Article.model_validate(json.loads(text)["article"])` gives back an equal Article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..contracts import Article, Finding, Scores, Severity, Snapshot
from . import view


def render_json(article: Article, snapshot: Snapshot | None = None, scores: Scores | None = None,
                findings: Sequence[Finding] = (), status: str | None = None) -> str:
    """`review.status`: a person's decision (`approved`, `rejected`, `published`) when `status`
    is one, else `needs_review` (error findings) or `clean`."""
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    decided = view.decision(status)
    document = {
        "review": {"status": decided or ("needs_review" if errors else "clean"), "error_findings": errors,
                   "warning_findings": len(findings) - errors},
        "article": article.model_dump(mode="json"),
        "snapshot": None if snapshot is None else snapshot.model_dump(mode="json"),
        "scores": None if scores is None else scores.model_dump(mode="json"),
        "findings": [finding.model_dump(mode="json") for finding in findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
