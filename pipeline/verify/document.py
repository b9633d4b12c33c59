"""Article text (our Markdown, or whatever a user wrote) read into checkable parts.

A Document holds paragraphs (prose), table rows (cells by header), the numbered
source list, and the front matter's symbol and session when present. Inline
Markdown (bold, links, code) is reduced to its text; link targets are kept as
URLs for the citation checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .balances import balance_blanked
from .columns import other_columns_blanked
from .tallies import bill_blanked, tally_blanked

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_COLUMNS = re.compile(r"\s*#[ \t]{2,}\S+(?: \S+)*(?:(?: {2,}|\t)\S+(?: \S+)*){2,}")
"""A table's header whose first column numbers its rows ("#  SONG    KEY   BPM   NOTES"), not a Markdown
heading ("# Title": one space, no columns)."""
_BULLET = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+")
_SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
"""Superscript digits 0-9: a footnote's number ("\u00b9 https://...", "fell 0.5%\u00b9")."""
_SOURCE_ENTRY = re.compile(r"^\s*(?:[-*+\u2022]\s+)?(?:\[(?P<a>\d+)\]:?|(?P<b>\d+)(?P<close>[.)])|"
                           r"\((?P<c>\d+)\)|"
                           rf"\[\^(?P<e>\d+)\]:|(?P<d>[{_SUPERSCRIPTS}]+))\s+(?P<rest>.*)$")
"""A numbered source entry: "[1] ...", "1. ...", "1) ...", "(1) ...", a Markdown footnote "[^1]: ..." or
reference line "[1]: ...", or a footnote line "\u00b9 ..."."""
_INLINE_SOURCES = re.compile(r"^(?:\d+/\s*)?\**(?:sources?|references?|refs?|src|via)\**:\s*(\[\d+\].*)$",
                             re.IGNORECASE)
_URL = re.compile(r"https?://[^\s)\]>\"'\u201d]+")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
# An image or a link to a local file (the article's chart): its target is a file name, not text.
_LOCAL_LINK = re.compile(r"!?\[([^\]]*)\]\((?!https?://)(?:<[^>\n]*>|[^)\s]*)\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_EVENT_COUNT = re.compile(r"\b[\w-]+\s+(?:trading\s+)?(?:sessions?|days?)\s+"
                          r"(?:away|from now|out|until|before|ahead)\b", re.IGNORECASE)
"""A section title counting the sessions to an event ("The Fed, three sessions away"): it is checked."""
_ITEM_NUMBER = re.compile(r"^\s*\d+[.)]\s+")
_PLAIN_HEADING = re.compile(r"^[A-Z][A-Za-z&'/\- ]{1,40}:?$")
"""A plain-text section title on a line of its own ("Key levels", "BULL CASE:")."""
_KNOWN_SECTION = re.compile(r"\b(?:levels?|indicators?|bull(?:s|ish)?|bear(?:s|ish)?|setups?|"
                            r"cross(?:es|ing)?|final|take(?:s|aways?)?|analysis|scenarios?)\b", re.IGNORECASE)
"""A known section's name as a word of its own ("Key levels", "BULL CASE", "Our take"), never a part of
another word ("Trades taken", "Crossword", "Finalists")."""
_SOURCE_TITLES = (r"sources?(?:\s+(?:consulted|cited|used|and\s+notes))?|references?|citations|bibliography|"
                  r"works\s+cited|further\s+reading|footnotes|l\u00e4hteet|\u0627\u0644\u0645\u0635\u0627\u062f\u0631|"
                  r"\u0627\u0644\u0645\u0631\u0627\u062c\u0639|ngu\u1ed3n(?:\s+tham\s+kh\u1ea3o)?|\u03c0\u03b7\u03b3\u03ad\u03c2|quellen|fuentes|"
                  r"r\u00e9f\u00e9rences|bronnen|k\u00e4llor|kilder|fonti|\u0438\u0441\u0442\u043e\u0447\u043d\u0438\u043a\u0438")
"""The words a source list is titled with, in English and in the languages translated notes keep
("L\u00e4hteet", "\u0627\u0644\u0645\u0635\u0627\u062f\u0631", "Ngu\u1ed3n")."""
_SOURCES_TITLE = re.compile(r"^\s*(?:#+\s*)?(?:\d{1,2}[.)]\s*)?\**"
                            rf"({_SOURCE_TITLES})\**\s*:?\s*$", re.IGNORECASE)
"""A source list's title, numbered as a section may be ("6) References")."""
_LIST_TITLE = re.compile(r"^[^\W\d][^\d.!?;|]{0,40}:?$")
"""A short title line of words (no figure, no sentence's end)."""
_TRACKED_CHANGE = re.compile(r"\[-(?P<cut>[^\]\n]*?)-\]|\[\+(?P<added>[^\]\n]*?)\+\]|"
                             r"\{--(?P<cut2>[^}\n]*?)--\}|\{\+\+(?P<added2>[^}\n]*?)\+\+\}|"
                             r"\{~~(?P<old>[^}\n]*?)~>(?P<new>[^}\n]*?)~~\}")
"""An editor's tracked change in a draft: a cut ("[-has been falling-]", CriticMarkup "{--...--}"),
an insertion ("[+is edging higher+]", "{++...++}") or a substitution ("{~~tumble~>slip~~}")."""


@dataclass(frozen=True)
class Paragraph:
    section: str
    text: str


@dataclass(frozen=True)
class TableRow:
    section: str
    header: tuple[str, ...]
    cells: tuple[str, ...]
    origin: object = field(default=None, compare=False)
    """The Article's row these cells print (a LevelRow, IndicatorRow...), when read from an Article."""

    titles: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    """The header lower-cased, once per row (`cell` is asked several times a row)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "titles", tuple(title.lower() for title in self.header))

    def cell(self, *names: str) -> str | None:
        """The cell under the first header that starts with one of `names` (case-insensitive)."""
        for wanted in names:
            wanted = wanted.lower()
            for title, cell in zip(self.titles, self.cells, strict=False):
                if title.startswith(wanted):
                    return cell
        return None

    def text(self) -> str:
        return " | ".join(self.cells)


@dataclass(frozen=True)
class SourceEntry:
    number: int
    text: str
    urls: tuple[str, ...]
    footnote: bool = False  # numbered by a superscript ("\u00b9 https://..."), cited the same way
    parenthesised: bool = False  # numbered "(1)" or "1)": the prose may cite it as "(1)"


def _entry(match: re.Match[str]) -> SourceEntry:
    """The source entry a `_SOURCE_ENTRY` match reads."""
    footnote = match.group("d")
    number = int(match.group("a") or match.group("b") or match.group("c") or match.group("e")
                 or footnote.translate(_DIGITS))
    text = inline_text(match.group("rest"))
    parenthesised = bool(match.group("c")) or match.group("close") == ")"
    return SourceEntry(number, text, tuple(_URL.findall(text)), footnote=bool(footnote),
                       parenthesised=parenthesised)


_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")


@dataclass
class Document:
    paragraphs: list[Paragraph] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    sources: list[SourceEntry] = field(default_factory=list)
    front: dict[str, str] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)  # a section's heading when it asks a question
    marks: dict[int, str] = field(default_factory=dict)  # a citation written otherwise than "[n]", as written

    def prose(self) -> list[tuple[str, str]]:
        return [(p.section, p.text) for p in self.paragraphs]


_SOURCES_HEADING = re.compile(r"^\W*(?:[\w'\u2019-]+\W+){0,2}(?:sources?|references?)\b(?!\s+of\b)")
"""A heading that names the sources list ('Sources', 'Sources consulted', 'News sources', 'References'):
the word within its first three and not 'source of', not a byline's 'Reference Librarian' or a
headline's 'A source of strength'."""


def section_name(title: str) -> str:
    text = inline_text(title).strip().lower()
    if _SOURCES_TITLE.match(text):
        return "sources"
    for key, name in (("level", "key_levels"), ("indicator", "indicators"), ("bull", "bull_case"),
                      ("bear", "bear_case"), ("setup", "setups"), ("cross", "cross_market"),
                      ("final", "final_call"), ("take", "take"), ("source", "sources"),
                      ("reference", "sources"), ("analysis", "analysis"), ("scenario", "scenarios")):
        if key in text and (name != "sources" or _SOURCES_HEADING.match(text)):
            return name
    return re.sub(r"\W+", "_", text).strip("_") or "body"


def inline_text(text: str) -> str:
    """Markdown inline markup to plain text; link targets are kept after their text."""
    if "](" in text:  # every link, local or not, holds "]("
        text = _LOCAL_LINK.sub(lambda m: m.group(1), text)
        text = _MD_LINK.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = text.replace("\\|", "|").replace("\\", "")
    return text


def accepted_changes(text: str) -> str:
    """A draft with its tracked changes accepted, as it will print: a cut is dropped, an insertion or a
    substitution's new words kept ("the [+sixth+] session" is read "the sixth session")."""
    if "[-" not in text and "[+" not in text and "{" not in text:
        return text
    return _TRACKED_CHANGE.sub(lambda m: m.group("added") or m.group("added2") or m.group("new") or "", text)


def parse_document(text: str) -> Document:
    doc = Document()
    body = accepted_changes(_front_matter(text, doc))
    LineReader(doc).read(body.splitlines())
    if any(entry.footnote for entry in doc.sources):
        _footnote_citations(doc)
    if doc.sources:
        _marked_citations(doc)
    return doc


_NAMED_MARK = re.compile(r"[(\[](?:sources?|src|ref\.?|reference)\s*#?\s*(\d{1,2})[)\]]", re.IGNORECASE)
"""A citation that names itself: "(Source 3)", "[source 2]", "(ref. 1)"."""
_CARET_MARK = re.compile(r"\[\^(\d{1,3})\](?!:)")
"""A Markdown footnote's reference: "[^4]" (its note is the "[^4]: ..." line of the source list)."""
_PAREN_MARK = re.compile(r"(?<=[\w%$.,'\u2019\")\]]) ?\((\d{1,2})\)(?=[\s.,;:!?]|$)")
"""A bare "(3)" right after a word or a figure and before a stop or a space: a citation only in a text
whose sources are listed as "(1) ..." or "1) ..." and that cites a listed one this way (elsewhere it is
a count, a list item, a crossword's letters or an equation's number)."""


def _marked_citations(doc: Document) -> None:
    """Citations written as a Markdown footnote ("[^4]"), a named source ("(Source 3)") or, in a text whose
    source list is numbered in parentheses, a bare "(3)": each is read as the citation [n] it stands for,
    and `doc.marks` keeps how it was written (a finding on it quotes the writer's mark)."""
    listed = {entry.number for entry in doc.sources}
    marks = [_CARET_MARK, _NAMED_MARK]
    if any(entry.parenthesised for entry in doc.sources) and any(
            int(n) in listed for p in doc.paragraphs for n in _PAREN_MARK.findall(p.text)):
        marks.append(_PAREN_MARK)

    def cite(match: re.Match[str]) -> str:
        doc.marks[int(match.group(1))] = match.group(0).strip()
        return f"{' ' if match.group(0).startswith(' ') else ''}[{match.group(1)}]"

    paragraphs = []
    for p in doc.paragraphs:
        text = p.text
        for mark in marks:
            if "(" in text or "[" in text:
                text = mark.sub(cite, text)
        paragraphs.append(Paragraph(p.section, text) if text != p.text else p)
    doc.paragraphs = paragraphs


_FOOTNOTE_MARK = re.compile(rf"(?<=[^\s\d{_SUPERSCRIPTS}])([{_SUPERSCRIPTS}]+)(?![\w{_SUPERSCRIPTS}])")
"""A footnote's mark in prose: superscript digits right after a word, a figure or a stop ("0.5%\u00b9")."""


def _footnote_citations(doc: Document) -> None:
    """A text whose sources are footnotes ("\u00b9 https://...") cites them with superscripts: each mark
    is read as the citation [n] it stands for."""
    def cite(match: re.Match[str]) -> str:
        return f" [{match.group(1).translate(_DIGITS)}]"
    doc.paragraphs = [Paragraph(p.section, _FOOTNOTE_MARK.sub(cite, p.text)) if _has_superscript(p.text)
                      else p for p in doc.paragraphs]


def _has_superscript(text: str) -> bool:
    return any(digit in text for digit in _SUPERSCRIPTS)


def _front_matter(text: str, doc: Document) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and not key.startswith(" "):
            doc.front[key.strip()] = value.strip().strip('"')
    return text[match.end():]


class LineReader:
    """Line-by-line reader: headings switch the section; blank lines end a paragraph."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.section = "header"
        self.lines: list[str] = []
        self.typed: list[str] = []  # the paragraph's lines as typed (their leading spaces kept)
        self.table: list[list[str]] = []
        self.quoting = False  # the line before was a blockquote's

    def read(self, lines: list[str]) -> None:
        for line in lines:
            self._line(line)
        self._flush()

    def _line(self, line: str) -> None:
        stripped = line.strip()
        if not self.lines and not self.table and _plain_heading(stripped):
            self._flush()
            self.section = section_name(stripped.rstrip(":"))
            return
        heading = _HEADING.match(stripped) if not _NUMBERED_COLUMNS.match(line) else None
        if heading or _SOURCES_TITLE.match(stripped):
            self._flush()
            title = heading.group(2) if heading else stripped
            self.section = "headline" if heading and len(heading.group(1)) == 1 else section_name(title)
            if self.section == "headline":
                self.doc.paragraphs.append(Paragraph("headline", inline_text(heading.group(2))))  # type: ignore[union-attr]
                self.section = "header"
            elif heading and title.rstrip().endswith("?"):  # "### Is SPY overbought?": answered below
                self.doc.questions[self.section] = inline_text(title)
            elif heading and _EVENT_COUNT.search(title):  # "## 2. The Fed, three sessions away": a claim
                self.doc.paragraphs.append(Paragraph(self.section, inline_text(_ITEM_NUMBER.sub("", title))))
            return
        if stripped.startswith("|"):
            self._flush_lines()
            self.table.append(_cells(stripped))
            return
        self._flush_table()
        if not stripped or stripped in ("---", "***"):
            self._flush_lines()
            return
        if stripped.startswith(">"):
            return self._quote(stripped)
        self.quoting = False
        if _BULLET.match(line) or (self.section == "sources" and _SOURCE_ENTRY.match(line)):
            self._flush_lines()
        self.lines.append(stripped)
        self.typed.append(line)

    def _quote(self, stripped: str) -> None:
        """A blockquote: a snippet belonging to the source entry above it, or quoted prose, whose lines
        run on as one paragraph where a wrapped sentence goes on ('... no longer above its' / '> 50-day
        average of $612.70'; see _runs_on), each line its own otherwise."""
        text = stripped.lstrip("> ")
        if self.section == "sources":
            self.lines.append(text)
            return
        if not (self.quoting and self.lines and text and _runs_on(self.lines[-1], text, WRAP_WIDTH)):
            self._flush_lines()
        self.quoting = bool(text)
        self.lines.append(text)

    def _flush(self) -> None:
        self._flush_lines()
        self._flush_table()

    def _flush_lines(self) -> None:
        typed, self.typed = self.typed, []
        if not self.lines:
            return
        aligned = aligned_table(self.lines)
        if aligned is not None:  # a hand-typed table in columns of spaces: its cells, under its header
            self.lines = []
            self.add_table(aligned)
            return
        titled = titled_table(self.lines)
        if titled is not None:  # "YOUR HOLDINGS (prices at the March 30 close)" over such a table
            self.lines = [self.lines[0]]
            self._flush_lines()
            self.add_table(titled)
            return
        blanked = other_columns_blanked(typed) if len(typed) == len(self.lines) > 2 else None
        if blanked is not None:  # a split sheet's or a manifest's columns: other things' figures
            self.lines = [line.strip() for line in blanked if line.strip()]
        balanced = balance_blanked(self.lines) if len(self.lines) > 2 else None
        if balanced is not None:  # a statement's start, flows and end: the account's sums
            self.lines = balanced
        billed = bill_blanked(self.lines) if len(self.lines) > 2 else None
        if billed is not None:  # a quote's or a bill's lines adding up to their total: the bill's sums
            self.lines = billed
        if self.section != "sources" and _titled_source_list(self.lines):  # "Read more" / "(1) url"
            self.lines = self.lines[1:]
        if (self.section != "sources" and len(self.lines) > 1
                and (not _SOURCE_ENTRY.match(self.lines[0]) or _all_linked_entries(self.lines))
                and sum(not line.endswith((".", "!", "?", ":")) for line in self.lines) > 1
                and not _wrapped_prose(self.lines)):
            lines, self.lines = self.lines, []
            for line in _rewrapped(lines):  # a dashboard or a list of lines, not one running paragraph
                self.lines = [line]
                self._flush_lines()
            return
        raw = " ".join(self.lines)
        self.lines = []
        entry = _SOURCE_ENTRY.match(raw)
        if entry and (self.section == "sources" or _URL.search(raw)):
            # a numbered item with a link is a source entry even without a "Sources" heading
            self._untitled_list()
            self.doc.sources.append(_entry(entry))
            return
        inline = _INLINE_SOURCES.match(raw)
        if inline:
            for number, rest in re.findall(r"\[(\d+)\]\s*([^\[]*)", inline.group(1)):
                text = inline_text(rest)
                self.doc.sources.append(SourceEntry(int(number), text, tuple(_URL.findall(text))))
            return
        text = inline_text(_BULLET.sub("", raw, count=1))
        if text.strip():
            self.doc.paragraphs.append(Paragraph(self._prose_section(), text.strip()))

    def _untitled_list(self) -> None:
        """The first numbered link right under a short title line of words ("Read more", then "1) https://
        ..."): the title is the list's, no prose."""
        if self.doc.sources or not self.doc.paragraphs:
            return
        last = self.doc.paragraphs[-1]
        if last.section == self._prose_section() and _short_title(last.text):
            self.doc.paragraphs.pop()

    def _prose_section(self) -> str:
        """The section a paragraph is in; after a first untitled paragraph (a plain-text article's title
        or a dek), untitled prose is the 'body', not the header."""
        if self.section == "header" and any(p.section == "header" for p in self.doc.paragraphs):
            return "body"
        return self.section

    def _flush_table(self) -> None:
        if not self.table:
            return
        self.add_table(self.table)
        self.table = []

    def add_table(self, lines: list[list[str]], origins: Sequence[object] = ()) -> None:
        """A table's lines as cells (the header first), each data row with the row it prints, if any."""
        kept = [(cells, n) for n, cells in enumerate(lines)
                if not all(_RULE.fullmatch(c.strip()) for c in cells)]
        if len(kept) < 2:
            return
        summed = tally_blanked([cells for cells, _ in kept])  # a tally's columns adding up to its total
        kept = [(cells, n) for cells, (_, n) in zip(summed, kept, strict=True)]
        header = tuple(inline_text(c) for c in kept[0][0])
        for cells, n in kept[1:]:
            origin = origins[n - 2] if 2 <= n < len(origins) + 2 else None  # lines 0 and 1: header, rule
            self.doc.rows.append(TableRow(self.section, header, tuple(inline_text(c) for c in cells), origin))

    def read_block(self, block: str) -> None:
        """One block of lines, then a blank line."""
        for line in block.splitlines():
            self._line(line)
        self._flush()


_RULE = re.compile(r":?-{2,}:?")


def table_cells(line: str) -> list[str]:
    """A table line's cells, split at unescaped pipes."""
    return _cells(line)


_COLUMN_GAP = re.compile(r"\s{2,}|\t")
_FIGURE_CELL = re.compile(r"[+\-\u2212]?\$?\d[\d,]*(?:\.\d+)?(?:%|[KMBkx])?|n/?a|-+|\u2014")


def aligned_table(lines: list[str]) -> list[list[str]] | None:
    """Lines typed as a table in columns of spaces ("DIA      -0.58    +2.78    +6.62"): a header line
    and at least one row, each cut at runs of two or more spaces into as many cells as the header
    (three or more), every row a label and figures only. None for anything else."""
    if len(lines) < 2:
        return None
    cells = [_COLUMN_GAP.split(line.strip()) for line in lines]
    width = len(cells[0])
    if width < 3 or any(len(row) != width for row in cells):
        return None
    if not all(_FIGURE_CELL.fullmatch(cell) for row in cells[1:] for cell in row[1:]):
        return None
    return cells


def titled_table(lines: list[str]) -> list[list[str]] | None:
    """The cells of a table typed in columns of spaces right under its title line (one cell, no
    figure-only row: "YOUR HOLDINGS (prices at the March 30 close)" over "Fund  Weight  Price  Day"),
    or None. The title is read as its own line; the rows under the header as the table's."""
    if len(lines) < 3 or _COLUMN_GAP.search(lines[0].strip()) is not None:
        return None
    return aligned_table(lines[1:])


_CONTINUES = re.compile(r"[a-z0-9$(]")
WRAP_WIDTH = 50
"""A line at least this long broken mid-sentence is a hard-wrapped line of running prose."""


def _wrapped_prose(lines: list[str]) -> bool:
    """Prose hard-wrapped mid-sentence: every line break follows a long line and comes before a
    sentence's continuation (a lowercase word, a figure), as in "FRNT, closed at $30.01, down" /
    "0.88%. From the August 19 peak ...". Not a dashboard or a chat log (short lines, each its own)."""
    return all(len(line) >= WRAP_WIDTH and (_CONTINUES.match(after) is not None or _split_inside(line, after))
               for line, after in zip(lines, lines[1:], strict=False))


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY_BEFORE = r"(?:\b(?:on|of|the|from|since|until|to|by|before|after)\s+|\()"
_DATE_HEAD = re.compile(rf"(?:{_DAY_BEFORE}\d{{1,2}}|\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?)$",
                        re.IGNORECASE)
_DATE_TAIL = re.compile(rf"(?:{_MONTH}\b|(?:19|20)\d\d\b)", re.IGNORECASE)
"""A date broken across two lines: its day or month ending one ("... closed on 22" / "October", "... on
November 20," / "2026 the fund ...") and its month or year opening the next."""


def _split_inside(previous: str, line: str) -> bool:
    """`line` goes on with something `previous` left open: a parenthesis not closed ("... (22" /
    "October) ..."), or a date whose month or year is carried over ("on Nov 20," / "2026, ...")."""
    if previous.count("(") > previous.count(")"):
        return True
    return _DATE_HEAD.search(previous) is not None and _DATE_TAIL.match(line) is not None


_SIGNED_FIGURE = re.compile(r"[+\-\u2212]\$?\d")
_LOWER_WORD = re.compile(r"[a-z]+\b")


NARROW_WIDTH = 30
NARROW_SLACK = 12
"""A narrow column (a receipt's note, a pager's screen) wraps shorter lines: a line within NARROW_SLACK
characters of the block's longest (and at least NARROW_WIDTH long) is a full one, as WRAP_WIDTH is."""
_SPEAKER = re.compile(r"[a-z][\w.-]*:")
"""A lowercase name before a colon opens a chat line ("alex: qqq green"): in a block with two or more such
lines (a chat log), never a wrapped line's rest."""


_DANGLING = re.compile(r"\s(?:its|the|a|an|of|between|and|than|to|from|at|by|with)$")
"""A line ending on a word that cannot end one ("... It traded between" / "$615.95 and $624.18."):
the next line goes on with its sentence, whatever it starts with."""


def _rewrapped(lines: list[str]) -> list[str]:
    """A list of lines with any one wrapped onto the next put back together: a long line with no end
    mark whose next line goes on with a signed figure ("... Nasdaq 100 ETF (QQQ)" / "-1.44%, Dow ETF
    (DIA) -1.04%.") is one line; the figure is the name's, not a line of its own. So is one whose next
    line goes on with a lowercase word ("... up 1.10% over the" / "run.", "... The 50-day" / "line is
    rising ..."), also in a narrow column ("... MACD -3.77" / "is above its signal (-4.40), a first"); one
    ending on a word that cannot end it ("... no longer above its" / "50-day average of $612.70."); and one
    leaving a parenthesis or a date open ("(22" / "October)", "Nov 20," / "2026")."""
    joined: list[str] = []
    width = min(WRAP_WIDTH, max(NARROW_WIDTH, max(len(line) for line in lines) - NARROW_SLACK))
    chat = sum(_SPEAKER.match(line) is not None for line in lines) > 1
    for line in lines:
        previous = joined[-1] if joined else ""
        spoken = chat and _SPEAKER.match(line) and _LOWER_WORD.match(line)  # a chat log's next speaker
        if _runs_on(previous, line, width) and not spoken:
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _runs_on(previous: str, line: str, width: int) -> bool:
    """`line` goes on with the sentence of the line before it, which has no end mark: that line ends on a
    word that cannot end one, or it is long and `line` opens on a signed figure or a lowercase word."""
    if previous.endswith((".", "!", "?", ":")):
        return False
    if _DANGLING.search(previous) or _split_inside(previous, line):
        return True
    return len(previous) >= width and bool(_SIGNED_FIGURE.match(line) or _LOWER_WORD.match(line))


def _titled_source_list(lines: list[str]) -> bool:
    """A short title line of words ("Read more", "Lectures:") over lines that are each a numbered link
    ("(1) https://... (Publisher)"): a source list under a title of any name (the known names are
    headings of their own, `_SOURCES_TITLE`). The title is no prose."""
    return len(lines) > 1 and _short_title(lines[0]) and _all_linked_entries(lines[1:])


def _short_title(line: str) -> bool:
    return _LIST_TITLE.match(line) is not None and len(line.split()) <= 4


def _all_linked_entries(lines: list[str]) -> bool:
    """Lines that are each a numbered source with a link ("[1] [Title](url), Outlet, Nov 20"): a list
    of sources under another heading or none, one entry per line, not one entry running on."""
    return all(_SOURCE_ENTRY.match(line) and _URL.search(line) for line in lines)


def _plain_heading(line: str) -> bool:
    """A short title line naming a known section, as plain-text articles write them: the name a word of
    its own, and the line not a table's header typed in columns."""
    if not _PLAIN_HEADING.match(line) or len(line.split()) > 5 or len(_COLUMN_GAP.split(line)) > 2:
        return False  # three words or more apart in columns: a table's header ("Level    Price    Note")
    return _KNOWN_SECTION.search(line) is not None and section_name(line) != "body"


_PIPE = re.compile(r"(?<!\\)\|")
"""A cell border: a pipe not escaped."""


def _cells(line: str) -> list[str]:
    inner = line.strip().strip("|")
    parts = inner.split("|") if "\\" not in inner else _PIPE.split(inner)  # no escape: every pipe a border
    return [c.strip() for c in parts]
