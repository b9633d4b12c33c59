"""The instrument lexicon: built once per configuration, layered per article, flat in its size.

With 500 configured instruments the per-article part holds only the article's
own instrument, its related symbols and peers; every configured name is still
recognised, through the shared part built once.
"""

from __future__ import annotations

from market_factories import settings, snapshot_for

from pipeline.contracts import InstrumentKind
from pipeline.verify import InstrumentInfo, build_lexicon
from pipeline.verify.subjects import _configured_lexicon

CFG = settings()
INFOS = [InstrumentInfo(i.symbol, i.name, i.kind, i.index, i.short_name, tuple(i.aliases))
         for i in CFG.instruments]
SNAPSHOT = snapshot_for("IWM", seed=3)


def padded(total: int) -> list[InstrumentInfo]:
    extra = [InstrumentInfo(f"X{n:03d}", f"Example Sector {n} Select ETF", InstrumentKind.ETF,
                            short_name=f"Sector {n}", aliases=(f"sector {n} stocks",))
             for n in range(total - len(INFOS))]
    return [*INFOS, *extra]


def test_the_configured_part_is_built_once_per_configuration():
    _configured_lexicon.cache_clear()
    build_lexicon(SNAPSHOT, instruments=padded(500))
    build_lexicon(snapshot_for("IWM", seed=4), instruments=padded(500))
    info = _configured_lexicon.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_the_article_part_does_not_grow_with_the_configuration():
    small = build_lexicon(SNAPSHOT, instruments=padded(20))
    large = build_lexicon(SNAPSHOT, instruments=padded(500))
    assert len(small.article_aliases) == len(large.article_aliases)
    assert "x400" not in large.article_aliases and "x400" in large.aliases


def test_every_configured_name_is_still_recognised_and_the_articles_win():
    lexicon = build_lexicon(SNAPSHOT, instruments=padded(500))
    text = "Small caps (IWM) beat Sector 321 and the Example Sector 7 Select ETF; the ETF held the Dow."
    found = {m.text: m.symbols for m in lexicon.mentions(text)}
    assert found["IWM"] == ("IWM",) and set(found["Small caps"]) == {"IWM", "^RUT"}
    assert found["Sector 321"] == ("X321",)
    assert found["Example Sector 7 Select ETF"] == ("X007",)  # the longest alias, not "Sector 7"
    assert found["the ETF"] == ("IWM",)
    assert set(found["Dow"]) == {"DIA", "^DJI"}  # not related to IWM: known through the shared part
    assert lexicon.family_of("IWM") == build_lexicon(SNAPSHOT, instruments=INFOS).family_of("IWM")


def test_mentions_match_like_the_alias_regex_did():
    """Case-insensitive, whole words only, longest first, not inside another word."""
    lexicon = build_lexicon(SNAPSHOT, instruments=INFOS)
    found = [(m.text, m.symbols) for m in lexicon.mentions("iwm, IWMX, the Russell 2000 Index's close, ^RUT")]
    assert [text for text, _ in found] == ["iwm", "Russell 2000 Index", "^RUT"]
    assert found[1][1] == ("^RUT",)


def test_aliases_given_as_a_list_still_build():
    infos = [*INFOS, InstrumentInfo("X001", "Example One ETF", InstrumentKind.ETF, aliases=["ex one"])]  # type: ignore[arg-type]
    lexicon = build_lexicon(SNAPSHOT, instruments=infos)
    assert [m.symbols for m in lexicon.mentions("ex one rose")] == [("X001",)]
