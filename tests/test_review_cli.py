"""`newsdesk review / approve / reject / edit / user / serve`, run as the real command.

One pipeline run over the repo's fixtures makes a real IWM draft (template
writer) once per module; each test works on its own copy of that directory.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import Result, newsdesk

from pipeline.config import load_settings
from pipeline.contracts import DraftStatus
from pipeline.review.auth import verify_password
from pipeline.store import Store, open_store


@pytest.fixture
def desk(iwm_desk: Path) -> Path:
    return iwm_desk


def store_of(directory: Path) -> Store:
    return open_store(load_settings(directory / "newsdesk.toml", cwd=directory).store.url)


def draft_id(directory: Path) -> str:
    with store_of(directory) as store:
        [summary] = store.list_drafts()
        return summary.draft_id


def headline_of(directory: Path) -> str:
    """The draft's headline as the writer chose it (its angle decides the words)."""
    with store_of(directory) as store:
        return store.get_draft(draft_id(directory)).article.headline


def run(directory: Path, *args: str, editor: str | None = None, stdin: str | None = None,
        user: str = "carol") -> Result:
    env = {"PATH": "/usr/bin:/bin", "COLUMNS": "200", "USER": user, "LOGNAME": user}
    if editor is not None:
        env["EDITOR"] = editor
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=directory, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def editor_replacing(directory: Path, old: str, new: str) -> str:
    script = directory / "fake_editor.py"
    script.write_text(
        "import pathlib, sys\n"
        "path = pathlib.Path(sys.argv[1])\n"
        f"text = path.read_text()\nassert {old!r} in text, 'text to edit is missing'\n"
        f"path.write_text(text.replace({old!r}, {new!r}, 1))\n")
    return f"{sys.executable} {script}"


def test_review_lists_drafts_with_findings_and_scores(desk: Path) -> None:
    result = newsdesk(desk, "review")
    assert result.code == 0, result.stderr
    line = next(row for row in result.stdout.splitlines() if "IWM" in row)
    assert draft_id(desk)[:8] in line
    stored = store_of(desk).get_draft(draft_id(desk))
    threat = f"{stored.scores.threat_level}/5"  # the computed threat level, whatever its rules
    for expected in ("draft", "2026-11-20", "Neutral", threat):
        assert expected in line
    empty = newsdesk(desk, "review", "--status", "approved")
    assert "No drafts." in empty.stdout


def test_review_id_marks_finding_spans(desk: Path) -> None:
    ident = draft_id(desk)
    edited = run(desk, "edit", ident[:8], editor=editor_replacing(
        desk, "edged up to $244.30", "edged up to $254.30"))
    assert edited.code == 0, edited.stderr
    shown = newsdesk(desk, "review", ident[:8])
    assert shown.code == 0, shown.stderr
    assert "$254.30⟨E1⟩" in shown.stdout  # the span, then its tag
    assert "⟨E1⟩ value-mismatch" in shown.stdout and "expected $244.30" in shown.stdout


def test_edit_stores_a_new_version_in_review_and_keeps_the_old(desk: Path) -> None:
    ident = draft_id(desk)
    result = run(desk, "edit", ident, "--reason", "typo in the close",
                 editor=editor_replacing(desk, "edged up to $244.30", "edged up to $254.30"))
    assert result.code == 0, result.stderr
    assert "version 2 stored, needs_review; 1 error(s)" in result.stdout
    with store_of(desk) as store:
        draft = store.get_draft(ident)
        versions = store.draft_versions(ident)
        history = store.status_history(ident)
    assert (draft.version, draft.status, draft.edited_by) == (2, DraftStatus.NEEDS_REVIEW,
                                                              "carol")
    assert [e.code for e in draft.errors] == ["value-mismatch"]
    assert [v.version for v in versions] == [1, 2]
    assert "$244.30" in versions[0].draft.article.analysis[0]
    assert "$254.30" in versions[1].draft.article.analysis[0]
    assert (history[-1].actor, history[-1].reason) == ("carol",
                                                       "edited: version 2: typo in the close")
    refused = run(desk, "approve", ident)
    assert refused.code == 6 and "block approval" in refused.stderr


def test_a_clean_edit_is_verified_and_can_be_approved(desk: Path) -> None:
    ident = draft_id(desk)
    result = run(desk, "edit", ident, editor=editor_replacing(
        desk, headline_of(desk), "Stuck in Neutral"))
    assert result.code == 0, result.stderr
    assert "0 error(s)" in result.stdout
    approved = run(desk, "approve", ident, "--reason", "fine now")
    assert approved.code == 0, approved.stderr
    with store_of(desk) as store:
        draft = store.get_draft(ident)
        last = store.status_history(ident)[-1]
    assert draft.article.headline.startswith("Stuck in Neutral")
    assert (draft.status, last.actor, last.reason) == (DraftStatus.APPROVED, "carol", "fine now")


def test_an_edit_that_changes_nothing_stores_nothing(desk: Path) -> None:
    ident = draft_id(desk)
    result = run(desk, "edit", ident, editor="true")
    assert result.code == 0 and "No changes" in result.stdout
    resaved = run(desk, "edit", ident, editor=editor_replacing(desk, "\n## Analysis", "\n\n\n## Analysis"))
    assert "No changes" in resaved.stdout  # whitespace alone is no edit
    with store_of(desk) as store:
        assert [v.version for v in store.draft_versions(ident)] == [1]


def test_an_edit_of_data_is_refused_and_names_the_place(desk: Path) -> None:
    ident = draft_id(desk)
    result = run(desk, "edit", ident, editor=editor_replacing(desk, "| Type |", "| Kind |"))
    assert result.code == 2
    assert "only the prose may be edited" in result.stderr and "Kind" in result.stderr
    with store_of(desk) as store:
        assert store.get_draft(ident).version == 1


def test_a_refused_edit_is_kept_in_a_file_and_can_be_applied_once_fixed(desk: Path) -> None:
    ident, headline = draft_id(desk), headline_of(desk)
    script = desk / "two_changes.py"  # a good headline change and a forbidden table change
    script.write_text("import pathlib, sys\npath = pathlib.Path(sys.argv[1])\n"
                      f"text = path.read_text().replace({headline!r}, 'Stuck in Neutral', 1)\n"
                      "path.write_text(text.replace('| Type |', '| Kind |', 1))\n")
    refused = run(desk, "edit", ident, editor=f"{sys.executable} {script}")
    assert refused.code == 2 and "only the prose may be edited" in refused.stderr
    found = re.search(r"saved in (\S+/rejected-edits/[0-9a-f]{8}-v1-\d{8}T\d{6}Z\.md)",
                      " ".join(refused.stderr.split()))
    assert found, refused.stderr
    kept = desk / found[1] if not Path(found[1]).is_absolute() else Path(found[1])
    assert "Stuck in Neutral" in kept.read_text() and "| Kind |" in kept.read_text()
    assert kept.parent == desk / "state" / "rejected-edits"  # beside the SQLite store
    assert f"--from {kept} --version 1`" in " ".join(refused.stderr.split())
    kept.write_text(kept.read_text().replace("| Kind |", "| Type |"))
    applied = run(desk, "edit", ident[:8], "--from", str(kept), "--version", "1")
    assert applied.code == 0, applied.stderr
    with store_of(desk) as store:
        draft = store.get_draft(ident)
    assert draft.version == 2 and draft.article.headline.startswith("Stuck in Neutral")


def test_an_edit_made_from_a_version_no_longer_current_stores_nothing(desk: Path) -> None:
    """A colleague stores version 2 while $EDITOR has version 1 open: the edit would put
    version 1's prose back over theirs, so it is refused (exit 6) and kept in a file; a --from
    text named as made from version 1 is refused the same way."""
    ident, headline = draft_id(desk), headline_of(desk)
    theirs = desk / "theirs.md"
    script = desk / "slow_editor.py"  # stores the colleague's edit, then makes its own
    script.write_text(
        "import pathlib, subprocess, sys\n"
        "path = pathlib.Path(sys.argv[1])\n"
        f"pathlib.Path({str(theirs)!r}).write_text(path.read_text().replace({headline!r}, "
        "'Theirs', 1))\n"
        f"subprocess.run([sys.executable, '-m', 'pipeline', 'edit', {ident!r}, '--from', "
        f"{str(theirs)!r}, '--as', 'dan'], check=True, capture_output=True)\n"
        f"path.write_text(path.read_text().replace({headline!r}, 'Mine', 1))\n")
    mine = run(desk, "edit", ident, editor=f"{sys.executable} {script}")
    said = " ".join(mine.stderr.split())
    assert mine.code == 6, mine.stderr
    assert "version 2 was stored since you opened it (you saw version 1)" in said
    assert f"newsdesk diff {ident[:8]} 1 2" in said and "--version 2`" in said
    found = re.search(r"edited text is in (\S+\.md):", said)
    assert found, said
    kept = Path(found[1])
    assert "# Mine" in kept.read_text()
    stale = run(desk, "edit", ident, "--from", str(kept), "--version", "1")
    assert stale.code == 6 and "you saw version 1" in stale.stderr
    never = run(desk, "edit", ident, "--from", str(kept), "--version", "3")
    assert never.code == 5 and "has no version 3" in never.stderr
    with store_of(desk) as store:
        draft = store.get_draft(ident)
    assert draft.version == 2 and draft.article.headline == "Theirs" and draft.edited_by == "dan"


def test_a_rerun_keeps_a_persons_edit(desk: Path) -> None:
    ident = draft_id(desk)
    run(desk, "edit", ident, editor=editor_replacing(desk, headline_of(desk), "Stuck"))
    rerun = newsdesk(desk, "run", "--session", "2026-11-20", "--symbol", "IWM", "--no-ingest")
    assert rerun.code == 0, rerun.stderr
    with store_of(desk) as store:
        draft = store.get_draft(ident)
    assert draft.version == 2 and draft.article.headline.startswith("Stuck")


def test_reject_needs_a_reason_and_records_it(desk: Path) -> None:
    ident = draft_id(desk)
    missing = run(desk, "reject", ident)
    assert missing.code == 2 and "--reason" in missing.stderr
    done = run(desk, "reject", ident, "--reason", "stale news", "--as", "dana")
    assert done.code == 0, done.stderr
    with store_of(desk) as store:
        last = store.status_history(ident)[-1]
    assert (last.to_status, last.actor, last.reason) == (DraftStatus.REJECTED, "dana",
                                                         "stale news")


def test_user_add_reads_the_password_from_stdin_never_argv(desk: Path) -> None:
    added = run(desk, "user", "add", "erin", "--password-stdin", stdin="a long passphrase\n")
    assert added.code == 0, added.stderr
    again = run(desk, "user", "add", "erin", "--password-stdin", stdin="a long passphrase\n")
    assert again.code == 2 and "already exists" in again.stderr
    short = run(desk, "user", "add", "frank", "--password-stdin", stdin="short\n")
    assert short.code == 2 and "too short" in short.stderr
    bad = run(desk, "user", "add", "../root", "--password-stdin", stdin="a long passphrase\n")
    assert bad.code == 2
    listed = run(desk, "user", "list")
    assert listed.stdout.startswith("erin\t")
    with store_of(desk) as store:
        stored = store.password_hash("erin")
    assert stored is not None and stored.startswith("scrypt$32768$8$1$")
    assert "a long passphrase" not in stored and verify_password("a long passphrase", stored)


def test_serve_refuses_a_non_loopback_address_without_the_flag(desk: Path) -> None:
    result = run(desk, "serve", "--host", "0.0.0.0")
    assert result.code == 2 and "--allow-remote" in result.stderr


def test_unknown_draft_is_a_clear_error(desk: Path) -> None:
    result = run(desk, "review", "ffffffffffff")
    assert result.code == 5 and "no draft with id or id prefix 'ffffffffffff'" in result.stderr


def test_approve_names_the_version_reviewed_and_a_newer_one_is_refused(desk: Path) -> None:
    ident = draft_id(desk)
    shown = run(desk, "review", ident)
    assert f"newsdesk approve {ident[:8]} --version 1" in shown.stdout
    edit = run(desk, "edit", ident, editor=editor_replacing(desk, headline_of(desk), "Stuck"))
    assert edit.code == 0, edit.stderr  # version 2 is stored after version 1 was shown
    stale = run(desk, "approve", ident, "--version", "1")
    assert stale.code == 6
    assert "version 2 was stored since you opened it" in stale.stderr
    assert "Traceback" not in stale.stderr
    stale_reject = run(desk, "reject", ident, "--version", "1", "--reason", "old")
    assert stale_reject.code == 6
    with store_of(desk) as store:
        assert store.get_draft(ident).status == DraftStatus.NEEDS_REVIEW
    approved = run(desk, "approve", ident, "--version", "2")
    assert approved.code == 0, approved.stderr
    assert "approved (version 2)" in approved.stdout
    with store_of(desk) as store:
        history = store.status_history(ident)
    assert [(e.to_status, e.version) for e in history][-2:] == [
        (DraftStatus.NEEDS_REVIEW, 2), (DraftStatus.APPROVED, 2)]
    assert "approved (version 2)" in run(desk, "review", ident).stdout


def test_edit_without_an_editor_outside_a_terminal_names_editor_and_from(desk: Path) -> None:
    ident = draft_id(desk)
    result = run(desk, "edit", ident, stdin="")  # no EDITOR/VISUAL, stdin and stdout are pipes
    assert result.code == 2
    assert result.stderr.startswith("newsdesk: no editor to open: $EDITOR")
    assert "--from FILE --version 1" in result.stderr and "show" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    failing = run(desk, "edit", ident, editor="false", stdin="")
    assert failing.code == 2 and "the editor (false) failed" in failing.stderr
    assert "--from FILE" in failing.stderr and len(failing.stderr.strip().splitlines()) == 1
    with store_of(desk) as store:
        assert store.get_draft(ident).version == 1
