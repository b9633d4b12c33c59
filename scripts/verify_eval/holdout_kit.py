"""What the blind holdout generators share (scripts/make_verify_holdout.py to
make_verify_holdout5.py; the fourth and fifth through `HoldoutSet`): loading a frozen context,
filling a text's slots, finding the cited items, planting one substitution, the case records and
the set's files, reading the set on disk, running the verifier over it, and the command line.

The texts, the voices and how each set formats its sources stay in each generator: the second
holdout was written without reading the first one's texts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pipeline.contracts import NewsItem, Scores, Snapshot
from pipeline.facts import FactSheet, build_fact_sheet, fact_tag

from .sync import sync

NOTES = Path(__file__).resolve().parent  # scripts/verify_eval: each set's <name>_score.md and _after.md


@dataclass
class Context:
    snapshot: Snapshot
    scores: Scores
    peers: dict[str, Snapshot]
    sources: list[NewsItem]


# The finding codes the sets' plants expect; a script unpacks them into its short names
# (V, D, P, IND, DU, WM, LW, NU, MG, DER, SC, SG, SRR, CU, CS).
CODES = ("value-mismatch", "direction-mismatch", "pattern-mismatch", "indicator-mismatch",
         "date-untraced", "weekday-mismatch", "level-wrong-side", "number-untraced",
         "magnitude-mismatch", "derived-mismatch", "scale-mismatch",
         "setup-geometry", "setup-reward-risk", "citation-unresolved", "citation-unsupported")
ROW_CODES = dict(zip(("V", "D", "P", "IND", "DU", "WM", "LW", "NU", "MG", "DER", "SC", "SG", "SRR", "CU",
                      "CS"), CODES, strict=True))
"""The short keys a set's plant rows name their codes by (HoldoutSet.plant_rows)."""

# The fixture news items the sets cite, by a short name (a set cites some of them).
FIXTURE_URLS = {
    "ld-rebound20": "https://ledgerdaily.example/us-stocks/2026/11/20/nasdaq-leads-friday-rebound",
    "ld-smallcaps20": "https://ledgerdaily.example/us-stocks/2026/11/20/small-caps-sit-out-another-rally",
    "hs-megacap20": "https://wire.harborstreet.example/markets/2026/11/20/nasdaq-megacap-tech-rally",
    "mb-yields20": "https://macrobrief.example/rates/2026/11/20/yields-slide-rate-cut-odds",
    "tw-opex20": "https://tapewatch.example/indices/2026-11-20/monthly-options-expiry.html",
    "tw-box19": "https://tapewatch.example/indices/2026-11-19/russell-2000-ten-dollar-box.html",
    "hs-edge19": "https://wire.harborstreet.example/markets/2026/11/19/stocks-edge-lower-before-expiry",
    "tw-dow18": "https://tapewatch.example/indices/2026-11-18/dow-edges-up-defensives.html",
    "ld-bluechips16": "https://ledgerdaily.example/us-stocks/2026/11/16/blue-chips-edge-higher",
    "tw-50day16": "https://tapewatch.example/indices/2026-11-16/sp-500-holds-50-day.html",
    "hs-slides17": "https://wire.harborstreet.example/markets/2026/11/17/wall-street-slides-oil-energy",
    "ld-oil17": "https://ledgerdaily.example/us-stocks/2026/11/17/oil-slides-energy-drags-dow",
    "tw-nasdaq17": "https://tapewatch.example/indices/2026-11-17/nasdaq-100-slips.html",
    "hs-weekahead14": "https://wire.harborstreet.example/markets/2026/11/14/week-ahead-fed-minutes-opex",
    "hs-rebound16": "https://wire.harborstreet.example/markets/2026/11/16/stocks-rebound-yields-ease",
    "hs-chips13": "https://wire.harborstreet.example/markets/2026/11/13/stocks-slip-chip-shares-drag",
    "ld-turns13": "https://ledgerdaily.example/us-stocks/2026/11/13/russell-2000-turns-lower-again",
}


def load_context(base: Path, key: str) -> Context:
    """The snapshot file `base/snapshots/<key>.json` with its peers, and the ingested items of
    `base/sources/<key>.json` (none when the file is absent)."""
    raw = json.loads((base / "snapshots" / f"{key}.json").read_text())
    src_path = base / "sources" / f"{key}.json"
    sources = json.loads(src_path.read_text()) if src_path.is_file() else []
    peers = [Snapshot.model_validate(p) for p in raw["peers"]]
    return Context(
        Snapshot.model_validate(raw["snapshot"]),
        Scores.model_validate(raw["scores"]),
        {fact_tag(p.symbol): p for p in peers},
        [NewsItem.model_validate(s) for s in sources],
    )


_PEER_SLOT = re.compile(r"\{([A-Z]+)\.([a-z0-9_]+)(?::([a-z]+))?\}")


def fill_text(body: str, sheet: FactSheet, peers: dict[str, FactSheet]) -> str:
    """A clean text's body with its continuation lines joined, `{TAG.fact}` filled from the peer's
    sheet and `{fact}` from the subject's."""
    text = re.sub(r"\n  (?=\S)", " ", body)
    text = _PEER_SLOT.sub(lambda m: peers[m.group(1)].fmt(m.group(2), m.group(3) or ""), text)
    return sheet.fill(text)


class Substitution(Protocol):
    @property
    def base(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def old(self) -> str: ...
    @property
    def new(self) -> str: ...
    @property
    def span(self) -> str: ...


def apply(text: str, p: Substitution) -> str:
    """The clean text with the plant's one exact substitution; its expected span must be there."""
    count = text.count(p.old)
    assert count == 1, f"{p.name}: {p.old!r} occurs {count} times in {p.base}"
    planted = text.replace(p.old, p.new)
    assert p.span in planted, f"{p.name}: span {p.span!r} not in the planted text"
    return planted


NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def printed_numbers(sheets: list[FactSheet]) -> frozenset[str]:
    """Every numeric fact of the sheets as printed (plain and unsigned), digits only."""
    out: set[str] = set()
    for sheet in sheets:
        for fact in sheet.facts.values():
            if isinstance(fact.value, float | int):
                for style in ("", "abs"):
                    out.update(m.replace(",", "") for m in NUMBER.findall(fact.printed(style)))
    return frozenset(out)


def case_record(case_id: str, key: str, ext: str, style: str, snapshot: Snapshot, kind: str, *,
                note: str) -> dict[str, Any]:
    """One entry of cases.json (the format of tests/data/verify_eval/cases.json)."""
    return {
        "id": case_id,
        "file": f"cases/{case_id}.{ext}",
        "snapshot": key,
        "sources": key,
        "kind": kind,
        "style": style,
        "symbol": snapshot.symbol,
        "session": snapshot.session.isoformat(),
        "check": None,
        "expected": [],
        "allowed": [],
        "note": note,
    }


def on_disk(out: Path) -> dict[str, str]:
    """The set's files as they are on disk, by path relative to `out`."""
    found = {}
    for path in sorted((out / "cases").rglob("*")) if (out / "cases").is_dir() else []:
        if path.is_file():
            found[path.relative_to(out).as_posix()] = path.read_text("utf-8")
    for name in ("cases.json", "README.md"):
        if (out / name).is_file():
            found[name] = (out / name).read_text("utf-8")
    return found


class CleanLike(Protocol):
    @property
    def case_id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def style(self) -> str: ...
    @property
    def ext(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def sources(self) -> tuple[str, ...]: ...
    @property
    def source_format(self) -> str: ...


class PlantLike(Substitution, Protocol):
    @property
    def check(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def note(self) -> str: ...


C = TypeVar("C", bound=CleanLike)
P = TypeVar("P", bound=PlantLike)


@dataclass(frozen=True)
class CleanText:
    """A clean text of the second and third sets: its slots are filled from the key's fact sheets;
    `voice` says who writes it and how (the README lists it)."""

    case_id: str
    key: str
    style: str
    ext: str
    voice: str
    body: str
    sources: tuple[str, ...] = ()
    source_format: str = "md"


@dataclass(frozen=True)
class PlantedText:
    """One planted error of the second and third sets: `old` becomes `new` in the text `base`."""

    base: str  # a clean case id
    name: str
    check: str  # the kind (a family of tests/test_verify_eval.py)
    code: str
    old: str
    new: str
    span: str
    note: str
    real_figure: bool = False  # the wrong figure is deliberately some other real fact


ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
            "twenty-third", "twenty-fourth", "twenty-fifth")
COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
          "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four")
# The kinds of fault a set's `check` names (the sets from the eighth on share this list).
BLIND_KINDS = ("value, words (numbers in words), subject (another instrument's figure), timeframe "
               "(another period's return), history (a dated past close, a streak, a count of sessions), "
               "negation, quotation, trend (slope words and slope figures of an average), magnitude, level, "
               "setup, date (weekdays, dates of records, crosses and events), citation, indicator, pattern, "
               "direction, derived, scale")


def blind_readme(number: int, *, kinds: str = BLIND_KINDS, unrun: bool = True, width: int = 102) -> str:
    """The README template of the `number`th blind holdout (see `HoldoutSet.readme`): who wrote it and
    what they had not read, what a clean text and a planted case are, the kinds of fault, the command
    that scores it, then the blind score and the voices. `unrun` adds that its author did not run the
    verifier on the texts before the blind score (said from the ninth set on); `width` is the wrap."""
    ordinal = ORDINALS[number]
    article = "An" if ordinal[0] in "aeiou" else "A"
    unrun_clause = (", and who did not run the verifier on these texts before the blind score"
                    if unrun else "")
    about = (f"Written by `scripts/make_verify_holdout{number}.py` for issue 14 by someone who had not "
             f"read `pipeline/verify/`, the evaluation set's texts or the first {COUNTS[number - 1]} "
             f"holdouts' texts{unrun_clause}. Every figure of a clean text is true against the frozen "
             "snapshot in `context/` (or its peers, its dated bars, its 50/200-day slopes, or the cited "
             "source); each planted case is one clean text with one exact substitution and one expected "
             "finding (code + span), and its record's `note` says why that code. `check` is the kind of "
             f"fault: {kinds}.")
    wrapped = textwrap.fill(about, width, break_on_hyphens=False, break_long_words=False)
    return (f"# {article} {ordinal} blind holdout set for the verifier (generated: do not edit)\n\n"
            f"{wrapped}\n\n    .venv/bin/python scripts/make_verify_holdout{number}.py --score\n\n"
            "## The blind score\n\n<<SCORE>>\n\n## The voices\n\n")


def voices(readme: str, clean: Sequence[CleanText]) -> str:
    """The README with one line per clean text: its id, style and voice."""
    return readme + "".join(f"- `{c.case_id}` ({c.style}): {c.voice}.\n" for c in clean)


def render(c: C, sheets: tuple[FactSheet, dict[str, FactSheet]], sources_block: Callable[[C], str]) -> str:
    """A clean text filled from the sheets, its `<<SOURCES>>` replaced by its sources block."""
    sheet, peers = sheets
    text = fill_text(c.body, sheet, peers)
    if c.sources:
        text = text.replace("<<SOURCES>>", sources_block(c))
    assert "<<" not in text and "{" not in text, c.case_id
    return text


def cited_items(c: CleanLike, items: list[NewsItem], urls: dict[str, str]) -> list[tuple[int, NewsItem, str]]:
    """The items a text cites (short names in `urls`), numbered from 1, with their day as 'Nov 20, 2026'.

    An item is found by any URL it was seen at, collapsed copies included."""
    by_url = {url: item for item in items
              for url in (item.url, *item.urls, *(copy.url for copy in item.also_at))}
    cited = []
    for n, short in enumerate(c.sources, start=1):
        if urls[short] not in by_url:
            raise SystemExit(f"{c.case_id}: cites {urls[short]}, which is not among the sources of "
                             f"{c.key} ({', '.join(i.url for i in items)})")
        item = by_url[urls[short]]
        assert item.published_at is not None
        cited.append((n, item, f"{item.published_at:%b} {item.published_at.day}, {item.published_at.year}"))
    return cited


def sources_block(c: CleanLike, items: list[NewsItem], urls: dict[str, str], lines: dict[str, str],
                  joins: dict[str, tuple[str, str]]) -> str:
    """The text's Sources: one line per cited item in the `lines` template of its source format
    (fields `n`, `item`, `day`), joined as `joins` says for that format (heading, separator) or
    one a line."""
    if c.source_format not in lines:
        raise ValueError(c.source_format)
    cited = [lines[c.source_format].format(n=n, item=item, day=day)
             for n, item, day in cited_items(c, items, urls)]
    head, sep = joins.get(c.source_format, ("", "\n"))
    return head + sep.join(cited)


def sheet_numbers(sheets: tuple[FactSheet, dict[str, FactSheet]]) -> frozenset[str]:
    """Every numeric fact of the subject and its peers as printed (plain and unsigned), digits only."""
    sheet, peers = sheets
    return printed_numbers([sheet, *peers.values()])


def vet_digits(p: PlantedText, sheets: tuple[FactSheet, dict[str, FactSheet]]) -> None:
    """A planted wrong figure in digits (a decimal or 3+ digits) must not equal a real fact by chance,
    unless that is the point (`real_figure`) or the plant is a date."""
    if p.real_figure or p.code in {"date-untraced", "weekday-mismatch"}:
        return
    assert_no_clash(p, sheet_numbers(sheets), short_too=False)


def swapped(figure: str, printed: frozenset[str]) -> str:
    """`figure` with two of its digits swapped (or its last digit moved) so that it equals no fact in
    `printed` (the plain wrong-figure plants of the twenty-third and twenty-fourth sets)."""
    spots = [i for i, ch in enumerate(figure) if ch.isdigit()]
    tries = []
    for a, b in ((spots[-2], spots[-1]), (spots[-3], spots[-2]) if len(spots) > 2 else (0, 0),
                 (spots[0], spots[1])):
        chars = list(figure)
        chars[a], chars[b] = chars[b], chars[a]
        tries.append("".join(chars))
    for at in (spots[-1], spots[-2]):
        for step in (3, 7, 4, 6, 2, 8, 5, 1, 9):
            tries.append(figure[:at] + str((int(figure[at]) + step) % 10) + figure[at + 1:])
    for new in tries:
        if new != figure and new.replace(",", "") not in printed and not re.match(r"0[\d,]", new):
            return new
    raise AssertionError(f"no wrong figure for {figure}")


def assert_no_clash(p: Substitution, printed: frozenset[str], *, short_too: bool) -> None:
    """The plant's new figures in digits (with `short_too` False only decimals and those of 3+ digits)
    must not equal a real fact printed by chance."""
    old = {m.replace(",", "") for m in NUMBER.findall(p.old)}
    new = {m.replace(",", "") for m in NUMBER.findall(p.new)}
    if not short_too:
        new = {n for n in new if "." in n or len(n) >= 3}
    clash = (new - old) & printed
    assert not clash, f"{p.name}: planted figure(s) {sorted(clash)} equal a real fact"


def build_set(clean: Sequence[C], plants: Sequence[P], *, render: Callable[[C], str],
              snapshot: Callable[[str], Snapshot], note: Callable[[C], str],
              vet: Callable[[P, str], None], readme: str,
              extra: Callable[[P], dict[str, Any]] = lambda p: {}) -> dict[str, str]:
    """The set's files: each clean text and each plant (one substitution into its base text) under
    `cases/`, with `cases.json` and `README.md`. `vet` checks a plant against its base's key;
    `extra` adds fields to a planted case's record."""
    cases: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    by_id = {c.case_id: c for c in clean}
    assert len(by_id) == len(clean), "duplicate clean ids"

    def record(case_id: str, c: C, kind: str, note: str) -> dict[str, Any]:
        return case_record(case_id, c.key, c.ext, c.style, snapshot(c.key), kind, note=note)

    for c in clean:
        texts[c.case_id] = render(c)
        cases.append(record(c.case_id, c, "clean", note(c)))
    for p in plants:
        c = by_id[p.base]
        case_id = f"plant-{p.name}-{c.key.removeprefix('idx_')}"
        vet(p, c.key)
        texts[case_id] = apply(texts[p.base], p)
        case = record(case_id, c, "planted", p.note)
        case.update(base=p.base, check=p.check, expected=[{"code": p.code, "span": p.span}], **extra(p))
        cases.append(case)
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    files = {case["file"]: texts[case["id"]] for case in cases}
    files["cases.json"] = json.dumps(cases, indent=1, ensure_ascii=False) + "\n"
    files["README.md"] = readme
    return files


def eval_module(repo: Path) -> Any:
    """tests/test_verify_eval.py (its loader, Result, Evaluation and report)."""
    sys.path.insert(0, str(repo / "tests"))
    import test_verify_eval as tv

    return tv


def evaluate(out: Path, repo: Path) -> Any:
    """Run the verifier over the set on disk (against its frozen `context/`) with
    tests/test_verify_eval.py's Result/Evaluation; a crash is reported on its case."""
    tv = eval_module(repo)
    from pipeline.verify import check_snapshot, check_text

    cases = json.loads((out / "cases.json").read_text())
    started = time.perf_counter()
    results = []
    for case in cases:
        result = tv.Result(case)
        try:
            ctx = tv.verify_ctx(case, out / "context")
            found = check_text((out / case["file"]).read_text("utf-8"), ctx) + check_snapshot(ctx.snapshot)
        except Exception as exc:  # report every case
            result.crash = f"{type(exc).__name__}: {exc}"
        else:
            seen: set[tuple[str, str | None, str]] = set()
            for f in found:
                if (f.code, f.span, f.message) not in seen:
                    seen.add((f.code, f.span, f.message))
                    result.findings.append(f)
        results.append(result)
    return tv.Evaluation(results, time.perf_counter() - started)


def located(ev: Any, tv: Any) -> list[Any]:
    """Planted cases whose spot an error finding of any code touches (or whose expected finding came)."""
    return [r for r in ev.planted if r.crash is None and (not r.misses() or any(
        tv.matches({**e, "code": f.code}, f) for e in r.case["expected"] for f in r.errors))]


def report(ev: Any, tv: Any, name: str) -> str:
    """Recall per kind, error findings per clean text, every miss and every false alarm."""
    lines = [tv.report(ev).replace("verify eval:", f"verify {name}:")]
    lines.append("\nerror findings per clean text:")
    lines += [f"  {r.case['id']:<34} {len(r.errors) + (r.crash is not None)}" for r in ev.clean]
    flagged = f"{len(located(ev, tv))}/{len(ev.planted)}"
    lines.append(f"\nplanted spots flagged by an error finding of any code: {flagged}")
    lines.append("\nmisses:\n" + (tv.miss_details(ev, None) or "(none)"))
    lines.append("\nfalse alarms (error findings on clean texts):\n"
                 + (tv.false_positive_details(ev.clean, None) or "(none)"))
    lines.append("\ncollateral errors on planted cases (not expected):\n"
                 + (tv.false_positive_details(ev.planted, None) or "(none)"))
    return "\n".join(lines)


def main(argv: list[str] | None, *, doc: str, out: Path, build: Callable[[], dict[str, str]],
         score: Callable[[Path], object], script: str) -> int:
    """The generators' command line: write the set, `--check` it against the disk, or `--score` it."""
    parser = argparse.ArgumentParser(description=doc.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    parser.add_argument("--score", action="store_true", help="run the verifier over the set on disk")
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    if args.score:
        score(args.out)
        return 0
    return sync(build(), on_disk(args.out), args.out, check=args.check, script=script)


def unique_stretch(text: str, start: int, end: int) -> str | None:
    """The shortest stretch ending at `end` and starting one to six words before `start` that occurs
    once in `text` (the holdout generators' anchor for a plant on a figure printed more than once)."""
    left = start
    for _ in range(6):
        left = text.rfind(" ", 0, max(left - 1, 0)) + 1 if left > 0 else 0
        old = text[left:end]
        if text.count(old) == 1:
            return old
        if left == 0:
            break
    return None


def same_sheet(sheet: FactSheet, snapshot: Snapshot) -> FactSheet:
    """A fact sheet as build_fact_sheet makes it (HoldoutSet's default `extend`)."""
    return sheet


SOURCE_LINES = {  # a cited item's line in each source format the later sets share
    "md": "- [{n}] {item.publisher}: {item.title} ({day}) <{item.url}>",
    "plain": "{n}) {item.title}. {item.publisher}, {day}. {item.url}",
    "foot": "[^{n}]: {item.url}, {item.publisher}, {day}",
    "paren": "({n}) {item.publisher}, \"{item.title}\", {day}. {item.url}",
}
SOURCE_JOINS = {  # each format's heading and separator
    "md": ("Sources\n\n", "\n"),
    "plain": ("Sources cited\n", "\n"),
    "foot": ("", "\n"),
    "paren": ("Sources\n", "\n"),
}


# HoldoutSet.digit_swaps: the figures it plants on, quotations it leaves alone, years, a reward/risk
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}")
_QUOTED = re.compile(r"\"[^\"\n]*\"")
_YEAR = re.compile(r"(?:19|20)\d\d")
_RATIO = re.compile(r" to 1\b|R\b")  # after a figure: a setup's reward/risk ("2.0 to 1", "2.4R")


@dataclass
class HoldoutSet:
    """One generator's plumbing (the fourth and fifth sets): where the set and its frozen context
    live, the clean texts and plants as the generator registers them, the fact sheets they are
    filled from, the sources block, the set's files, the verifier's run over it and the command
    line. The texts, the cited items (`urls`) and the README stay in the generator; the source
    formats default to the kit's SOURCE_LINES/SOURCE_JOINS (every set from the eleventh on);
    `extend` adds a generator's own facts to each sheet (its subject's and its peers')."""

    name: str  # 'holdout5': the set is tests/data/verify_<name>/, the script make_verify_<name>.py
    repo: Path
    urls: dict[str, str]
    source_lines: dict[str, str] = field(default_factory=lambda: dict(SOURCE_LINES))
    source_joins: dict[str, tuple[str, str]] = field(default_factory=lambda: dict(SOURCE_JOINS))
    extend: Callable[[FactSheet, Snapshot], FactSheet] = same_sheet
    texts: list[CleanText] = field(default_factory=list)
    plants: list[PlantedText] = field(default_factory=list)
    _contexts: dict[str, Context] = field(default_factory=dict)
    _sheets: dict[str, tuple[FactSheet, dict[str, FactSheet]]] = field(default_factory=dict)

    @property
    def out(self) -> Path:
        return self.repo / "tests" / "data" / f"verify_{self.name}"

    def clean(self, case_id: str, key: str, style: str, ext: str, voice: str, body: str, *,
              sources: tuple[str, ...] = (), source_format: str = "md") -> None:
        self.texts.append(CleanText(case_id, key, style, ext, voice, body, sources, source_format))

    def plant(self, base: str, name: str, check: str, code: str, old: str, new: str, span: str,
              note: str, *, real: bool = False) -> None:
        self.plants.append(PlantedText(base, name, check, code, old, new, span, note, real))

    def plant_wrapped(self, base: str, name: str, check: str, code: str, old: str, new: str, span: str,
                      note: str, *, real: bool = False) -> None:
        """`plant` for texts typed with continuation lines: `old`, `new` and `span` may carry the
        texts' continuation breaks (a newline and two spaces), joined here into one space."""
        def join(s: str) -> str:
            return s.replace("\n  ", " ")
        self.plant(base, name, check, code, join(old), join(new), join(span), note, real=real)

    def plant_rows(self, base: str, table: str) -> None:
        """The plants of one clean text, one a line: `name ;; check ;; code ;; old ;; new ;; span ;; note`
        with an optional `;; real` (the wrong figure is another real fact on purpose); `code` is a short
        key of ROW_CODES. An empty span is the new text; a line starting with spaces continues the one
        before (joined with one space), as the texts' own continuation lines do."""
        for row in re.sub(r"\n\s+(?=\S)", " ", table.strip()).splitlines():
            name, check, code, old, new, span, note, *rest = (f.strip() for f in row.split(" ;; "))
            self.plant_wrapped(base, name, check, ROW_CODES[code], old, new, span or new, note,
                               real=rest == ["real"])

    def context(self, key: str) -> Context:
        if key not in self._contexts:
            self._contexts[key] = load_context(self.out / "context", key)
        return self._contexts[key]

    def sheets(self, key: str) -> tuple[FactSheet, dict[str, FactSheet]]:
        """The subject's fact sheet and its peers' by tag, each with the generator's own facts."""
        if key not in self._sheets:
            ctx = self.context(key)
            main = self.extend(build_fact_sheet(ctx.snapshot, ctx.scores), ctx.snapshot)
            peers = {tag: self.extend(build_fact_sheet(p), p) for tag, p in ctx.peers.items()}
            self._sheets[key] = main, peers
        return self._sheets[key]

    def sources_block(self, c: CleanText) -> str:
        return sources_block(c, self.context(c.key).sources, self.urls, self.source_lines, self.source_joins)

    def render(self, c: CleanText) -> str:
        return render(c, self.sheets(c.key), self.sources_block)

    def market_numbers(self, key: str) -> frozenset[str]:
        """Every figure of the key as printed (its facts and its peers', digits only) and its dated
        closes to the cent."""
        closes = self.context(key).snapshot.model_dump().get("recent_closes") or []
        return sheet_numbers(self.sheets(key)) | {f"{c:.2f}" for c in closes}

    def digit_swaps(self, base: str, prefix: str, *, skip: tuple[str, ...] = ()) -> None:
        """Plain wrong-figure plants (the twenty-fourth and later sets): every figure of the text's body
        (3+ digits or a decimal; not a year, not a '200-day', not inside quotation marks, not in `skip`)
        that prints as a market figure of the key gets a plant with two of its digits swapped; the
        expected finding is value-mismatch on it, or setup-reward-risk when the figure is a setup's
        reward/risk ("2.0 to 1", "2.4R")."""
        c = next(c for c in self.texts if c.case_id == base)
        text = self.render(c)
        body = fill_text(c.body.split("<<SOURCES>>")[0], *self.sheets(c.key))
        known = self.market_numbers(c.key)
        quoted = [m.span() for m in _QUOTED.finditer(body)]
        n = 0
        for m in _FIGURE.finditer(body):
            figure = m.group(0)
            if (figure.replace(",", "") not in known or figure in skip or _YEAR.fullmatch(figure)
                    or body[m.end():m.end() + 1] == "-" or any(a < m.start() < b for a, b in quoted)):
                continue
            end = m.end() + (body[m.end():m.end() + 1] == "%")
            old = unique_stretch(text, m.start(), end)
            assert old is not None, (base, figure)
            new_figure = swapped(figure, known)
            new = old[:len(old) - (end - m.start())] + new_figure + old[len(old) - (end - m.end()):]
            span = new_figure + ("%" if end > m.end() else "")
            n += 1
            check, code = (("setup", "setup-reward-risk") if _RATIO.match(body, m.end())
                           else ("value", "value-mismatch"))
            self.plant(base, f"{prefix}-v{n}", check, code, old, new, span,
                       f"the text's {figure} is the fact ({old!r}); {new_figure} is no fact of the key")

    def build_files(self, readme: str) -> dict[str, str]:
        return build_set(self.texts, self.plants, render=self.render,
                         snapshot=lambda key: self.context(key).snapshot, note=lambda c: c.voice,
                         vet=lambda p, key: vet_digits(p, self.sheets(key)), readme=readme)

    def evaluate(self, out: Path | None = None) -> Any:
        """Run the verifier over the set on disk with tests/test_verify_eval.py's Result/Evaluation."""
        return evaluate(out or self.out, self.repo)

    def report(self, ev: Any) -> str:
        """Recall per kind, error findings per clean text, every miss and every false alarm."""
        return report(ev, eval_module(self.repo), self.name)

    def readme(self, template: str) -> str:
        """The set's README: `template` with its blind score (`<<SCORE>>`) and its fixes by cause
        (`<<AFTER>>`) read from scripts/verify_eval/<name>_score.md and <name>_after.md, then one
        line per clean text's voice."""
        for mark, notes in (("<<SCORE>>", "score"), ("<<AFTER>>", "after")):
            if mark in template:
                path = NOTES / f"{self.name}_{notes}.md"
                told = path.read_text("utf-8").rstrip("\n") if path.is_file() else "(not scored yet)"
                template = template.replace(mark, told)
        return voices(template, self.texts)

    def main(self, argv: list[str] | None, *, doc: str, readme: str | Callable[[], str]) -> int:
        """The generator's command line; `readme` is the README template (see `readme`) or a function
        that writes the whole README (the sets before the fifth)."""
        text = (lambda: self.readme(readme)) if isinstance(readme, str) else readme
        return main(argv, doc=doc, out=self.out, build=lambda: self.build_files(text()),
                    score=lambda out: print(self.report(self.evaluate(out))),
                    script=f"make_verify_{self.name}.py")
