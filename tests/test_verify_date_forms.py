"""One date, however its month is spelled: an article's "Jan 27" is the "Jan. 27" of the story it cites.

The writer prints dates in one style ("Sep 21", "Jan 29"); sources print theirs ("Jan. 29", "Sept. 20",
"January 29"). The verifier's date check (dates._date_known) reads the month in any of these forms as
the same month, so the article need not copy a source's punctuation to stay verified, and a wrong day is
still caught.
"""

from __future__ import annotations

import pytest
import test_verify_eval as tv

from pipeline.contracts import Severity
from pipeline.verify import VerifyContext, check_text


@pytest.fixture(scope="module")
def ctx() -> VerifyContext:
    base = tv.verify_ctx({"snapshot": "IWM-2026-11-17", "sources": "IWM-2026-11-17"})
    item = next(iter(base.sources.values()))
    story = item.model_copy(update={"text": item.text + "\nThe Treasury's refunding report is set "
                                    "for Jan. 27, and the jobs report follows on Sept. 4."})
    return VerifyContext.build(base.snapshot, base.scores, peers=base.peers.values(), sources=[story])


def _date_errors(text: str, ctx: VerifyContext) -> list[str | None]:
    item = next(iter(ctx.sources.values()))
    sources = (f"\n\n## Sources\n\n1. **{item.title}** \u2014 {item.publisher}, Nov 17, 2026. <{item.url}>\n"
               "   > \u201ca snippet\u201d\n")
    return [f.span for f in check_text(f"## Analysis\n\n{text}{sources}", ctx)
            if f.severity == Severity.ERROR and f.code == "date-untraced"]


@pytest.mark.parametrize("day", ["Jan 27", "Jan. 27", "January 27"])
def test_a_dotted_month_in_the_source_backs_the_plain_one(ctx: VerifyContext, day: str) -> None:
    assert _date_errors(f"The Treasury's refunding report comes on {day} [1].", ctx) == []


def test_sept_is_sep(ctx: VerifyContext) -> None:
    assert _date_errors("The jobs report follows on Sep 4 [1].", ctx) == []


@pytest.mark.parametrize("day", ["Jan 26", "Jan. 21", "January 7"])
def test_a_wrong_day_is_still_caught(ctx: VerifyContext, day: str) -> None:
    assert _date_errors(f"The Treasury's refunding report comes on {day} [1].", ctx) == [day]


def test_month_forms_alike() -> None:
    from pipeline.verify.dates import month_forms_alike

    assert month_forms_alike("on Jan. 29 and September 20, 2024") == "on Jan 29 and Sep 20, 2024"
    assert month_forms_alike("the Mayor 5 times; Marching 4") == "the Mayor 5 times; Marching 4"
