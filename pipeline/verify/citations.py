"""Citations: every [n] resolves, every source was ingested, every citing sentence fits its source.

"Fits" is a lexical test, no model: the sentence shares with the source's text
an instrument (by any alias), a figure, a word or phrase it quotes, or at least
three content words beyond the everyday vocabulary of market reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache

from ..contracts import Finding, NewsItem
from .codes import finding
from .context import VerifyContext
from .document import SourceEntry
from .lookahead import leading
from .memo import TextMemo
from .number_words import rewrite, small_count
from .numbers import CITATION, QUOTE, citations_in, find_numbers, sentences

SHARED_WORDS = 3
"""Content words a citing sentence must share with its source when no subject or figure is shared."""
URL = re.compile(r"https?://[^\s)\]>\"'\u201d]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z&'\u2019-]{3,}")
_COMMON = frozenset("""
about above after again against also among amid another around back based because been before being
below between both broad broader came close closed closes closing could daily data despite down during
each early ended even every fell final finished first from further gain gains gained gave have here higher
into just last late later least less level levels like little lower made make market markets more most move
moved moves much near need next only other over percent point points price prices rally rose said says
session sessions share shares since some still stock stocks than that their them then there these they
this those three through today trade traded trader traders trading under until very week weeks were what
when where which while will with would year years index indexes investors analyst analysts report reports
reported news today's away ahead friday monday tuesday wednesday thursday street wall day days
time points percent
""".split())


def check_citations(doc_prose: list[tuple[str, str]], sources: list[SourceEntry],
                    ctx: VerifyContext, marks: Mapping[int, str] | None = None) -> list[Finding]:
    """`marks`: citations the text wrote otherwise than "[n]" ("(Source 3)", "[^4]"), as written."""
    listed = {entry.number: entry for entry in sources}
    findings: list[Finding] = []
    cited: set[int] = set()
    for section, text in doc_prose:
        for number in citations_in(text):
            cited.add(number)
            if number not in listed:
                mark = written_mark(number, marks)
                findings.append(finding("citation-unresolved", f"{mark} has no source in the article",
                                        section=section, span=mark))
    if not ctx.sources_known:
        return findings
    findings += _listed_sources(sources, ctx, cited)
    findings += _links_in_text(doc_prose, ctx)
    return findings


def written_mark(number: int, marks: Mapping[int, str] | None) -> str:
    """Citation `number` as the text wrote it: "[3]", or "(Source 3)", "[^3]", "(3)"."""
    return (marks or {}).get(number) or f"[{number}]"


def _listed_sources(sources: list[SourceEntry], ctx: VerifyContext, cited: set[int]) -> list[Finding]:
    known = ctx.source_urls()
    findings = []
    for entry in sources:
        urls = [u.rstrip(".,;") for u in entry.urls]
        if not any(u in known for u in urls) and (urls or _item_by_title(entry.text, ctx) is None):
            findings.append(finding("source-not-ingested", f"source [{entry.number}] is not an ingested item",
                                    section="sources", span=urls[0] if urls else entry.text[:80],
                                    expected="the URL of an ingested news item", source="store: news items"))
        if entry.number not in cited:
            findings.append(finding("source-uncited", f"source [{entry.number}] is never cited",
                                    section="sources", span=entry.text[:80]))
    return findings


def _links_in_text(doc_prose: list[tuple[str, str]], ctx: VerifyContext) -> list[Finding]:
    known = ctx.source_urls()
    findings = []
    for section, text in doc_prose:
        if section == "sources":
            continue
        for url in (u.rstrip(".,;:") for u in URL.findall(text)):
            if url not in known:
                findings.append(finding("url-not-ingested", "link to a page that was not ingested",
                                        section=section, span=url))
    return findings


def item_for(entry: SourceEntry | None, ctx: VerifyContext) -> NewsItem | None:
    """The ingested item a source entry names: by its URL, or by its title when it gives no URL
    ('[2] Harbor Street Wire, "Wall Street slides as oil drags energy", Nov 17')."""
    if entry is None:
        return None
    for url in entry.urls:
        item = ctx.item_for_url(url.rstrip(".,;"))
        if item is not None:
            return item
    return None if entry.urls else _item_by_title(entry.text, ctx)


TITLE_CHARS = 12
"""A title this long or longer names its item in a source entry; a shorter one ('Markets') may be any."""
_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _item_by_title(text: str, ctx: VerifyContext) -> NewsItem | None:
    entry = _plain(text)
    for item in ctx.sources.values():
        title = _plain(item.title)
        if len(title) >= TITLE_CHARS and title in entry:
            return item
    return None


def _plain(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).casefold().split())


def source_text(item: NewsItem | None) -> str:
    return "" if item is None else f"{item.title}\n{item.summary}\n{item.text}"


_LETTERS_RUN = re.compile(r"[^\w%$.,]+|(?<!\d)[.,]|[.,](?!\d)")
QUOTE_WORDS_CHECKED = 3
"""A quotation of at least this many words that its cited source does not print is the writer's own."""


def _loose(text: str) -> str:
    """Lowered, curly marks and dashes and punctuation between words read as one space."""
    return " " + _LETTERS_RUN.sub(" ", text.replace("\u2019", "'").replace("'", "").lower()).strip() + " "


def misquotations(sentence: str, source: str) -> list[tuple[int, int]]:
    """Where `sentence` puts words in its cited sources' mouth (`source`: their text) that they do not
    print: the start and end of each such quotation's inside. Only quotations of QUOTE_WORDS_CHECKED words
    or more; a shorter one is a term or a name. The sentence's number words are read as digits ("two
    percent" as "2%"), so a source printing them in words is read so too before a quotation is called
    its writer's."""
    if not source or ('"' not in sentence and "\u201c" not in sentence):
        return []
    printed: list[str] = []  # the source loosened, then in digits: each read when first needed
    spans = []
    for quoted in QUOTE.finditer(sentence):
        words = _loose(quoted.group(0)[1:-1])
        if len(words.split()) < QUOTE_WORDS_CHECKED:
            continue
        if not printed:
            printed.append(_loose_source(source))
        if words in printed[0]:
            continue
        if len(printed) == 1:
            printed.append(_in_digits(source))
        if words not in printed[1]:
            spans.append((quoted.start() + 1, quoted.end() - 1))
    return spans


_loose_source = TextMemo(_loose, most=64)
"""A cited source's text (or a sentence's cited sources' texts) loosened, once per text per document: each
sentence quoting it asks again (about 0.5 ms for 3,000 characters). Forgotten with the document's other
readings (forget_loosened, called by verify_document)."""


def forget_loosened() -> None:
    """Drop the source texts loosened so far (a new document's sources are its own)."""
    _loose_source.forget()


@lru_cache(maxsize=32)
def _in_digits(source: str) -> str:
    """A source's text loosened (`_loose`) with its number words read as digits, once per source."""
    return _loose(rewrite(source).text)


_CHANGED_WORDS = 3
"""A figure may stand in a quotation for up to this many of its source's words ("the same handful of
names" quoted as "the same 10 names")."""
_STAND_IN = rf"(\S+(?: \S+){{0,{_CHANGED_WORDS - 1}}})"


def misquoted_figures(sentence: str, spans: Iterable[tuple[int, int]], source: str) -> list[str]:
    """The figures of each misquotation (`spans`: misquotations) that are all the source changed: with one
    figure read as any word or few, the quotation is printed by the cited source (`source`), so that
    figure is the misquote ("has traded for seven weeks" where the story says five; "holds its 100-day
    line" where it says 50-day; "the same 10 names" for "the same handful of names"). Each as printed,
    digits or a number word."""
    printed = " " + " ".join(_loose_source(source).split()) + " "
    figures = []
    for start, end in spans:
        quote = sentence[start:end]
        words = _loose(quote).split()
        for n, word in enumerate(words):
            value = _figure_value(word)
            if value is None:
                continue
            before, after = " ".join(words[:n]), " ".join(words[n + 1:])
            pattern = (rf"(?<= ){re.escape(before)}{' ' if before else ''}{_STAND_IN}"
                       rf"(?= ){' ' if after else ''}{re.escape(after)}(?= )")
            said = next((m.group(1) for m in re.finditer(pattern, printed)
                         if value not in {_figure_value(w) for w in m.group(1).split()}), None)
            at = re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", quote, re.IGNORECASE) if said else None
            if at is not None:
                figures.append(at.group(0))
    return figures


def _figure_value(word: str) -> float | None:
    """A word's number: digits ("$240", "1.9%", "46,891.82") or a count in words ("five", "fifth")."""
    digits = word.strip("$%").replace(",", "")
    try:
        return float(digits)
    except ValueError:
        count = small_count(word)
        return None if count is None else float(count)


def misquoted(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """`sentence` with the marks of each misquotation (`spans`: misquotations) turned to spaces (offsets
    survive): words put in a source's mouth that it never said ("the trend is broken now") are the
    writer's claims and are checked as such; a figure among them is the quote's (values.py)."""
    out = sentence
    for start, end in spans:
        out = out[:start - 1] + " " + out[start:end] + " " + out[end + 1:]
    return out


def check_support(sentence: str, section: str, cited: Iterable[tuple[int, NewsItem]],
                  ctx: VerifyContext, read: dict[str, SourceWords] | None = None,
                  marks: Mapping[int, str] | None = None, flagged: Iterable[str] = (),
                  written: str | None = None) -> list[Finding]:
    """Each resolved citation in the sentence must share something with its source. `read`: the
    sources' words read so far in this document (a source cited by several sentences is read once).
    `flagged`: the spans an error finding on the sentence has already charged; a clause whose figure is
    one of them, cited to a story that prints a figure near it (its $238.50 for the clause's $236.50), has
    a wrong figure, not a wrong citation: it is not charged to its citation again (one fault, one
    finding). `written`: the sentence as written, its quotations kept (`sentence` may have the words its
    sources never said taken out of their marks: `misquoted`), to tell whose words a quotation is."""
    cited = list(cited)
    if not cited:
        return []
    findings = []
    claim = _without_citations(sentence)
    read = {} if read is None else read
    for number, item in cited:
        text = source_text(item)
        words = read.get(text)
        if words is None:
            words = read[text] = SourceWords(text)
        mark = written_mark(number, marks)
        clause = cited_clause(sentence, number)
        elsewhere = next((who for region in attributed_regions(written or sentence, number)
                          if (who := misattributed(region, item, ctx)) is not None), None)
        if elsewhere is not None:
            findings.append(finding("citation-unsupported", f"the words cited to {mark} are {elsewhere}, "
                                    f"not “{item.title}”'s", section=section, span=mark, source=item.url))
        elif figures_not_in(clause, words, ctx) and not (any(span in clause for span in flagged)
                                                        and _prints_near(clause, words, ctx)):
            findings.append(finding("citation-unsupported", f"the figures cited to {mark} are not in "
                                    f"“{item.title}”", section=section, span=mark, source=item.url))
        elif not supports(claim, words, ctx):
            findings.append(finding("citation-unsupported", f"the sentence citing {mark} shares no "
                                    f"subject, figure or wording with “{item.title}”", section=section,
                                    span=mark, source=item.url))
    return findings


_SPEAKER_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'\u2019.-]*){0,3}(?:['\u2019]s\s+\w+(?:\s+\w+)?)?"
    r"(?:\s+(?:on|last|this)\s+\w+|\s+today|\s+yesterday|\s+earlier)?"
    r"(?:\s*:|\s+(?:reported|reports|wrote|writes|said|says|noted|notes|had|has|blamed|blames|called|calls|"
    r"observed|observes|added|adds|argued|argues|described|describes|headlined|headlines|ran|runs|put|puts|"
    r"quoted|quotes|warned|warns|cited|cites|pointed out|points out)\b)")
"""Words after an outlet's name that make it the speaker of what follows ("Tapewatch reported that",
"Ledger Markets Daily: ...", "Harbor Street Wire on Thursday: ...", "Ledger's desk wrote")."""
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_OUTLET_STOP = frozenset(("The", "Market", "Markets", "Daily", "News", "Wire", "Street", "Stock", "Stocks",
                          "Wall", "Global", "Financial", "Reuters"))


def _outlet_names(publisher: str) -> tuple[str, ...]:
    """How a text names an outlet: its full name, and its first word when that word is its own
    ("Ledger" for "Ledger Markets Daily", not "The" for "The Daily Ledger")."""
    first = publisher.split()[0] if publisher.split() else ""
    short = (first,) if first != publisher and len(first) >= 4 and first not in _OUTLET_STOP else ()
    return (publisher, *short)


def attributed_regions(sentence: str, number: int) -> list[str]:
    """The words each occurrence of a citation closes, from the citation before it (or the sentence's
    start, or its last ';') to the mark: where the outlet a quotation is given to is named ("Ledger
    Markets Daily: "..." [2]", "..., and Harbor Street Wire had QQQ "..." [2]")."""
    regions = []
    for mark in re.finditer(rf"\[\^?{number}\]", sentence):
        before = CITATION.split(sentence[:mark.start()])[-1] if CITATION.search(sentence[:mark.start()]) \
            else sentence[:mark.start()]
        regions.append(before.rsplit(";", 1)[-1])
    return regions


def misattributed(clause: str, item: NewsItem, ctx: VerifyContext) -> str | None:
    """Whose words a citation's clause gives, when they are another ingested item's: the clause names
    another outlet as its speaker ("Tapewatch reported that ... [2]" where [2] is Harbor Street Wire's
    story, "Ledger Markets Daily: ... [2]"), or quotes words ("by 1.6 percentage points") that the cited
    item does not print and another ingested item does. None when the clause names the cited item's
    own outlet, names two outlets, or its quotation is in the cited item or in no other."""
    if not ctx.sources_known or len(ctx.sources) < 2:
        return None
    others = [other for other in ctx.sources.values() if other.item_id != item.item_id]
    named = {other.publisher for other in ctx.sources.values() if _speaks(clause, other.publisher)}
    if len(named) == 1 and item.publisher not in named:
        return f"{next(iter(named))}'s"
    if named:
        return None
    own = None  # the cited item's words, loosened when the clause first quotes enough of them
    for quoted in QUOTE.finditer(clause):
        words = _loose(quoted.group(0)[1:-1])
        if len(words.split()) < QUOTE_WORDS_CHECKED:
            continue
        if own is None:
            own = _loose_source(source_text(item))
        if words in own or words in _in_digits(source_text(item)):
            continue
        holder = next((other for other in others if words in _loose_source(source_text(other))), None)
        if holder is not None:
            return f"{holder.publisher}'s (“{holder.title}”)"
    return None


def _speaks(clause: str, publisher: str) -> bool:
    for name in _outlet_names(publisher):
        for at in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", clause):
            if _SPEAKER_AFTER.match(clause, at.end()) or _ACCORDING_TO.search(clause, 0, at.start()):
                return True
    return False


class SourceWords:
    """What a citing sentence is compared with in a source's text, each read when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self._figures: list[tuple[set[str], list[tuple[float, int]]]] | None = None

    @cached_property
    def title(self) -> set[str]:
        return _title_words(self.text)

    @cached_property
    def words(self) -> set[str]:
        return _content_words(self.text) | _concepts(self.text) | self.title

    @cached_property
    def names(self) -> set[str]:
        return _names(self.text)

    def figures_by_sentence(self, ctx: VerifyContext) -> list[tuple[set[str], list[tuple[float, int]]]]:
        """Each sentence of the source (its title first): the instruments it names and its figures
        (value, decimals; signs dropped). Read once, when first asked for."""
        if self._figures is None:
            self._figures = [({s for m in ctx.lexicon.mentions(line) for s in m.symbols},
                              [(abs(n.value), n.decimals) for n in find_numbers(line)])
                             for paragraph in self.text.split("\n") for line in sentences(paragraph)]
        return self._figures


def supports(sentence: str, source: SourceWords, ctx: VerifyContext) -> bool:
    text, lowered = source.text, source.lowered
    if not text:
        return False
    if _shares_figure(sentence, text) or _quotes(sentence, lowered):
        return True
    title = source.title
    own = _content_words(sentence) | _concepts(sentence) | _with_short(sentence, title)
    shared = own & source.words
    dates = sum(1 for word in shared if _DATE.fullmatch(word))
    weight = len(shared) + (NAME_WEIGHT - 1) * (len(shared & title) + dates)
    weight += NAME_WEIGHT * len(_names(sentence) & source.names)
    if _shares_subject(sentence, lowered, ctx):
        return weight >= SUBJECT_AND_WORDS or not _names_unsourced_fact(sentence, lowered)
    return weight >= _needed(sentence, own)


SUBJECT_AND_WORDS = 2
"""Shared weight that backs a citing sentence with its subject whatever else it claims."""
_FACT_WORDS = re.compile(r"\b(?:record|all-time|52-week|50-day|200-day|20-day|moving average|RSI|MACD|"
                         r"golden cross|death cross)\b", re.IGNORECASE)


def _names_unsourced_fact(sentence: str, lowered_source: str) -> bool:
    """A sentence of figures that names a particular fact (the record, an average, the RSI) the source
    never mentions, and states none of its figures: "That leaves the fund 2.19% below the record close
    of $629.76 [2]" is not backed by a story that names the Nasdaq 100 only for its day's move, however
    the subject matches (a stray shared word is not enough either)."""
    if not any(n.unit in ("pct", "price") for n in find_numbers(sentence)):
        return False
    named = {m.group(0).lower() for m in _FACT_WORDS.finditer(sentence)}
    return bool(named) and not any(word in lowered_source for word in named)


def _needed(sentence: str, own: set[str]) -> int:
    """Shared weight a sentence needs: SHARED_WORDS, or 2 for a short fragment without a figure
    ("The box everyone talks about [1]."), which has hardly three words to share."""
    if len(own) <= SHORT_SENTENCE and not find_numbers(sentence):
        return NAME_WEIGHT
    return SHARED_WORDS


SHORT_SENTENCE = 4
"""Content words (and concepts) of a citing fragment."""
_CONCEPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("<range>", re.compile(r"\b(?:(?<!true\s)(?<!day's\s)range(?:s|d)?|range-?bound|box(?:es|ed)?|channel|"
                           r"band|sideways|consolidat\w*|between\s+\$?\d[\d,.]*\s+and\s+\$?\d)",
                           re.IGNORECASE)),
)
"""Words of one idea in different words: a range is a box, a band, a channel, "between $240 and $250"
(the average true range and a day's range are not)."""


def _concepts(text: str) -> set[str]:
    return {name for name, pattern in _CONCEPTS if pattern.search(text)}


def _title_words(text: str) -> set[str]:
    """The content words and concepts of the source's title (its first line): a word the citing
    sentence shares with the title is the story's own subject and weighs as two."""
    title = text.split("\n", 1)[0]
    return _content_words(title) | _concepts(title) | _short_words(title)


_SHORT_WORD = re.compile(r"\b[a-z]{3}\b")
_SHORT_STOP = frozenset("""the and for but its has had was are not all new out one two six ten set yet now
off who how why may can per via day big top low own get got put see saw due""".split())


NAME_WEIGHT = 2
"""A shared short name or acronym ('Fed', 'CPI', 'ECB'), too short to be a content word, weighs as
two: it carries the claim."""
_NAME = re.compile(r"\b(?:[A-Z]{2,3}|[A-Z][a-z]{2})\b")
_NAME = leading(_NAME)  # see lookahead.py
_NOT_NAMES = frozenset("""January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That These Those And But For With
From After Before While When Its It's""".split())
_MONTHS_CUT_SHORT = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split())


def written_names(text: str) -> set[str]:
    """Short capitalised words and acronyms as written ('Fed', 'CPI', and 'Jul' too): the template writer's
    rule for the lines it may quote (news_paragraph.told_backed). The citation check's own is `_names`."""
    return {word for word in _NAME.findall(text) if word not in _NOT_NAMES and word.lower() not in _COMMON}


def _names(text: str) -> set[str]:
    """The names a claim is about: its short names and acronyms, a month cut short ('Jul') not among them
    (`_content_words` reads it with its day as a date)."""
    return written_names(text) - _MONTHS_CUT_SHORT


def _shares_subject(sentence: str, lowered_source: str, ctx: VerifyContext) -> bool:
    for mention in ctx.lexicon.mentions(sentence):
        aliases = [alias for alias in ctx.lexicon.aliases_of(mention.symbols) if len(alias) > 2]
        if any(alias in lowered_source and re.search(rf"(?<![\w^]){re.escape(alias)}(?!\w)", lowered_source)
               for alias in aliases):  # the substring test first: most aliases are not in the source
            return True
    return False


def _shares_figure(sentence: str, text: str) -> bool:
    for number in find_numbers(sentence):
        digits = number.text.lstrip("+-\u2212$").rstrip("%").replace(" pp", "").replace(" bp", "")
        if (number.decimals or number.value >= 100) and digits in text:
            return True
    return False


_CLAUSE_END = re.compile(r"[;:\u2014]|\[\d+\]|,\s+(?:and|but|while|with|as|though)\s|"
                         r"\s(?:before|after|as|while|when|because|since)\s", re.IGNORECASE)
"""Where the words a citation closes begin: a clause mark, the citation before it, a joint between two
clauses ("..., and the chip selloff of last week is behind it [2]", "... before it slid 0.9% [3]")."""


def cited_clause(sentence: str, number: int) -> str:
    """The words a citation closes: from its clause's start (or the citation before it) to its mark ("the
    top is the close of November 12 [1]" after "the closes stayed between $241.00 and $249.26;")."""
    at = sentence.find(f"[{number}]")
    if at < 0:
        return ""
    return _CLAUSE_END.split(sentence[:at])[-1]


_CITED_UNITS = (None, "pct", "price")
"""The figures a citation is asked to back: levels, prices and percentages (not volumes or counts)."""


def figures_not_in(clause: str, source: SourceWords, ctx: VerifyContext) -> bool:
    """A clause that states figures (a decimal, or 100 or more) none of which its cited source prints,
    even rounded, about the instrument the clause names: "The Dow rose 0.6% to 47,220.31 [3]" is not
    backed by a story that has the Dow up 0.1% to 46,946.60 the day before (and the Nasdaq down 0.6%),
    however much of its subject the two share. A clause of the article's own computed figures only ("IWM has
    held between $241.00 and $249.26") states the data's, whatever the citation beside them backs."""
    stated = [n for n in find_numbers(clause) if (n.decimals or n.value >= 100) and n.unit in _CITED_UNITS]
    if all(any(sf.subject == ctx.symbol for sf in ctx.showing(n)) for n in stated):
        return False  # no figure, or only the article's own
    named = {s for m in ctx.lexicon.mentions(clause) for symbol in m.symbols
             for s in (symbol, *ctx.lexicon.family_of(symbol))}
    printed = [figure for symbols, figures in source.figures_by_sentence(ctx)
               if not named or symbols & named for figure in figures]
    return not any(_same_rounded((abs(n.value), n.decimals), shown) for n in stated for shown in printed)


NEAR = 0.05
"""A printed figure within this share of a stated one is the same figure misstated, not another one."""


def _prints_near(clause: str, source: SourceWords, ctx: VerifyContext) -> bool:
    stated = [abs(n.value) for n in find_numbers(clause) if n.unit in _CITED_UNITS and n.value]
    return any(abs(x - y) <= NEAR * max(x, y) for x in stated
               for _, figures in source.figures_by_sentence(ctx) for y, _ in figures)


def _same_rounded(a: tuple[float, int], b: tuple[float, int]) -> bool:
    """Two figures that agree at the coarser one's precision (0.6 and 0.58; 47,220.31 and 47,220), a
    whole number only with a whole-valued one (2 with 2.0, not 1 with 0.6)."""
    (x, dx), (y, dy) = a, b
    if min(dx, dy) == 0 and max(dx, dy) > 0:
        return x == y
    return abs(x - y) <= 0.5 * 10 ** -min(dx, dy) + 1e-9


def _quotes(sentence: str, lowered_source: str) -> bool:
    """A word or phrase the sentence puts in quotation marks that the source prints: 'Traders called
    the pullback "orderly" [1]' quotes its source."""
    for quoted in QUOTE.finditer(sentence):
        words = quoted.group(0)[1:-1].strip(" ,.;:!?").lower()
        if len(words) >= 4 and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", lowered_source):
            return True
    return False


def written_words(text: str) -> set[str]:
    """The content words as written (stemmed, the common ones left out; "July" is one, "Jul" too short):
    the template writer's rule for the lines it may quote (news_paragraph.told_backed, stories.fits_citation),
    which stays put when the citation check's own reading of dates (`_content_words`) changes."""
    return {_stem(w) for w in map(str.lower, _WORD.findall(text)) if w not in _COMMON}


def _content_words(text: str) -> set[str]:
    """The content words; a month is one word whether written in full or cut short ("July", "Jul", "Sept."),
    and with its day it is one date ("Jul 31" and "July 31" alike: `_DATE`, weighed as a name)."""
    words = written_words(text)
    if not words & _MONTH_WORDS and _MONTH_CUT.search(text) is None:
        return words
    dates = {m.start(): f"<{_month_number(m)}-{int(m.group('day'))}>" for m in _MONTH_DAY.finditer(text)}
    months = {f"<{_month_number(m)}>" for m in _MONTH_ALONE.finditer(text) if m.start() not in dates}
    return (words - _MONTH_WORDS) | set(dates.values()) | months


def _month_number(match: re.Match[str]) -> int:
    return _MONTH_NUMBER[match.group("month")[:3].lower()]


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_WORDS = frozenset((*_MONTHS, "sept"))
_MONTH_NUMBER = {month[:3]: n for n, month in enumerate(_MONTHS, start=1)}
_MONTH_CUT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                        r"May(?=\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b))\b")
"""A month too short for `_WORD`: cut short, or "May" with its day ("May 28"; "May" alone is the verb)."""
_MONTH_DAY = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+"
                        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]\d|:)")
"""A month and its day in either form: the date a citing sentence and its source may share."""
_MONTH_ALONE = re.compile(r"\b(?P<month>January|February|March|April|June|July|August|September|October|"
                          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b")
"""A month named without its day ("the July CPI"; "May" is left out: the word is more often the verb)."""
_DATE = re.compile(r"<\d+-\d+>")
"""A date's token among the content words: a shared date weighs as a shared name (NAME_WEIGHT), as "Aug"
did when both texts cut the month short."""


def _short_words(text: str) -> set[str]:
    """Lower-case three-letter words ('box', 'oil'); capitalised ones are names (`_names`)."""
    return set(_SHORT_WORD.findall(text)) - _SHORT_STOP


def _with_short(text: str, title: set[str]) -> set[str]:
    """Three-letter words count only when the source's title carries them."""
    return _short_words(text) & title


def _stem(word: str) -> str:
    word = word.replace("\u2019", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _without_citations(sentence: str) -> str:
    return CITATION.sub(" ", sentence)
