"""After `edit`, `approve`, `reject` (and the review page's buttons) the draft's files in
`output.dir` and the session's index show the current version and decision.

One real run over the repo's fixtures writes a real IWM draft and its files once per module;
each test works on its own copy (real SQLite file, real output folder, the real command).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import newsdesk, write_config
from review_helpers import Client, add_reviewer, decision_form, review_server
from test_review_cli import draft_id, editor_replacing, headline_of, run, store_of

from pipeline.config import load_settings

DAY = "out/2026-11-20"
SLUG = "iwm-2026-11-20"


@pytest.fixture
def desk(iwm_desk: Path) -> Path:
    return iwm_desk


def article_file(desk: Path, fmt: str) -> str:
    return (desk / DAY / f"{SLUG}.{fmt}").read_text(encoding="utf-8")


def index_md(desk: Path) -> str:
    return (desk / DAY / "index.md").read_text(encoding="utf-8")


def no_temp_files(desk: Path) -> bool:
    return not [p for p in (desk / DAY).iterdir() if p.name.startswith(".")]


def test_reject_marks_the_article_files_and_the_index(desk: Path) -> None:
    ident = draft_id(desk)
    assert "review:" not in article_file(desk, "md") and "Rejected" not in index_md(desk)
    done = run(desk, "reject", ident, "--reason", "stale news")
    assert done.code == 0, done.stderr
    assert f"{DAY}/{SLUG}.{{md,html,json}} rewritten" in done.stdout
    assert f"{DAY}/index.md, index.html rewritten" in done.stdout
    markdown = article_file(desk, "md")
    assert '\nreview: "rejected"\n' in markdown
    assert "> **Rejected in review.**" in markdown
    assert 'class="card decision decision-rejected"' in article_file(desk, "html")
    assert json.loads(article_file(desk, "json"))["review"]["status"] == "rejected"
    assert "**Rejected in review:**" in index_md(desk)
    assert "Rejected in review:" in (desk / DAY / "index.html").read_text(encoding="utf-8")
    assert "![IWM daily chart" in markdown  # the run's chart stays linked
    assert no_temp_files(desk)


def test_an_edit_rewrites_the_text_and_approval_says_so(desk: Path) -> None:
    ident = draft_id(desk)
    old = headline_of(desk)
    edited = run(desk, "edit", ident, editor=editor_replacing(desk, old, "Stuck in Neutral"))
    assert edited.code == 0, edited.stderr
    assert f"{SLUG}.{{md,html,json}} rewritten" in edited.stdout
    for fmt in ("md", "html", "json"):
        text = article_file(desk, fmt)
        assert "Stuck in Neutral" in text and old not in text, fmt
    assert "Stuck in Neutral" in index_md(desk) and old not in index_md(desk)
    assert "review:" not in article_file(desk, "md")  # edited, clean, not decided yet
    approved = run(desk, "approve", ident)
    assert approved.code == 0, approved.stderr
    assert '\nreview: "approved"\n' in article_file(desk, "md")
    assert "Approved in review." in article_file(desk, "html")
    assert json.loads(article_file(desk, "json"))["review"]["status"] == "approved"
    assert "**Approved in review:** [Stuck in Neutral" in index_md(desk)
    assert no_temp_files(desk)


def test_a_rerun_keeps_the_decision_in_the_files(desk: Path) -> None:
    assert run(desk, "reject", draft_id(desk), "--reason", "stale news").code == 0
    rerun = newsdesk(desk, "run", "--session", "2026-11-20", "--symbol", "IWM", "--no-ingest")
    assert rerun.code == 0, rerun.stderr
    assert "> **Rejected in review.**" in article_file(desk, "md")
    assert "**Rejected in review:**" in index_md(desk)


def test_without_the_session_folder_nothing_is_written_and_the_message_says_where(desk: Path) -> None:
    shutil.rmtree(desk / DAY)
    done = run(desk, "approve", draft_id(desk))
    assert done.code == 0, done.stderr
    assert f"no {DAY}/ folder (output.dir): no files rewritten" in done.stdout
    assert "newsdesk show ID" in done.stdout
    assert not (desk / DAY).exists()


def test_a_folder_that_cannot_be_written_is_a_warning_and_the_decision_stands(desk: Path) -> None:
    blocked = desk / DAY / f"{SLUG}.json"
    blocked.unlink()
    blocked.mkdir()  # os.replace onto a directory fails, as root too
    before = article_file(desk, "md")
    done = run(desk, "reject", draft_id(desk), "--reason", "stale news")
    assert done.code == 0, done.stderr
    assert "warning: output.dir" in done.stderr and "the change is stored" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    with store_of(desk) as store:
        assert store.get_draft(draft_id(desk)).status.value == "rejected"
    after = article_file(desk, "md")  # each file is whole: replaced by a rename, or left
    assert after.splitlines()[-1] == before.splitlines()[-1] and after.startswith("---\n")
    assert no_temp_files(desk)


@pytest.fixture
def web(desk: Path) -> Iterator[tuple[Client, str]]:
    settings = load_settings(desk / "newsdesk.toml", cwd=desk)
    with store_of(desk) as store:
        add_reviewer(store)
        with review_server(store, settings) as server:
            client = Client(server.port)
            assert client.sign_in().status == 303
            yield client, draft_id(desk)


def test_the_review_page_decision_rewrites_the_files(desk: Path, web: tuple[Client, str]) -> None:
    client, ident = web
    form = decision_form(client.get(f"/drafts/{ident}").body, reason="wrong close")
    assert client.post(f"/drafts/{ident}/reject", form).status == 303
    assert "> **Rejected in review.**" in article_file(desk, "md")
    assert "**Rejected in review:**" in index_md(desk)


def test_the_article_file_from_the_output_folder_can_be_edited_and_applied(desk: Path) -> None:
    """A reviewer fixes the `.md` the run wrote (front matter, chart section and all) and hands
    it to `edit --from`: the prose change is kept, the generated parts are not edits."""
    ident = draft_id(desk)
    old = headline_of(desk)
    assert "## Chart" in article_file(desk, "md")
    fixed = desk / "fixed.md"
    fixed.write_text(article_file(desk, "md").replace(old, "Stuck in Neutral"), encoding="utf-8")
    done = run(desk, "edit", ident, "--from", str(fixed), "--version", "1")
    assert done.code == 0, done.stderr
    assert "version 2 stored" in done.stdout
    assert "Stuck in Neutral" in article_file(desk, "md") and "## Chart" in article_file(desk, "md")
    data = fixed.read_text(encoding="utf-8").replace("| Support", "| Resistance", 1)
    fixed.write_text(data, encoding="utf-8")
    refused = run(desk, "edit", ident, "--from", str(fixed), "--version", "2")
    assert refused.code == 2 and "cannot be kept" in refused.stderr


def test_publish_and_unpublish_rewrite_the_status_and_json_stays_one_document(desk: Path) -> None:
    write_config(desk, '[publish]\ndefault = "site"\n[publish.targets.site]\nkind = "static"\n'
                       'dir = "site"\n')
    ident = draft_id(desk)
    assert run(desk, "approve", ident).code == 0
    published = run(desk, "publish", ident, "--json")
    assert published.code == 0, published.stderr
    (outcome,) = json.loads(published.stdout)  # the notes went to stderr
    assert outcome["state"] == "published"
    assert f"{SLUG}.{{md,html,json}} rewritten" in published.stderr
    assert '\nreview: "published"\n' in article_file(desk, "md")
    assert json.loads(article_file(desk, "json"))["review"]["status"] == "published"
    down = run(desk, "unpublish", ident)
    assert down.code == 0, down.stderr
    assert f"{SLUG}.{{md,html,json}} rewritten" in down.stdout
    assert '\nreview: "approved"\n' in article_file(desk, "md")


def test_files_shared_with_another_writers_draft_are_left_as_the_run_wrote_them(desk: Path) -> None:
    """Two writers' drafts of IWM for one session share `iwm-2026-11-20.*`: a decision on one
    must not put its text over what the last run wrote; the index is still rewritten."""
    from pipeline.store import draft_key, new_draft_id

    ident = draft_id(desk)
    with store_of(desk) as store:
        first = store.get_draft(ident)
        store.save_draft(first.model_copy(update={
            "draft_id": new_draft_id(), "writer": "llm",
            "key": draft_key("IWM", first.article.session, "llm")}))
    before = article_file(desk, "md")
    done = run(desk, "reject", ident, "--reason", "the model's draft is better")
    assert done.code == 0, done.stderr
    assert f"{SLUG}.* left as the last run wrote them" in done.stdout and "(llm)" in done.stdout
    assert article_file(desk, "md") == before
    assert f"{DAY}/index.md, index.html rewritten" in done.stdout
