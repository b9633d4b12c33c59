"""The template article shows the Pulse's components and names the data provider for readers."""

from __future__ import annotations

import re

from test_writer_verify import _brief, _errors

from pipeline.writers import TemplateWriter
from pipeline.writers.labels import provider_name


def test_pulse_row_lists_every_component_and_they_add_up() -> None:
    brief = _brief("SPY", 3)
    article = TemplateWriter().write(brief)
    row = next(r for r in article.indicators if r.name == "Pulse")
    assert row.value == f"{brief.scores.pulse}/100"
    shares = re.findall(r"(\d+)/(\d+) ", row.reading + " ")
    assert len(shares) == len(brief.scores.pulse_components) == 7
    assert sum(int(m) for _, m in shares) == 100
    assert abs(sum(int(p) for p, _ in shares) - brief.scores.pulse) <= 3  # each share rounded
    assert _errors(article, brief) == []


def test_data_is_cited_by_provider_name_not_its_id() -> None:
    brief = _brief("IWM", 3)
    brief = brief.model_copy(update={"snapshot": brief.snapshot.model_copy(update={"provider": "csv"})})
    article = TemplateWriter().write(brief)
    assert article.data_sources[0].provider == "desk-supplied daily bars"
    assert provider_name("yahoo") == "Yahoo Finance" and provider_name("acme") == "acme"


def test_csv_bars_are_credited_to_the_origin_the_desk_names() -> None:
    """writer.csv_source names where the CSV files came from; no 'local CSV bar files' for editors."""
    brief = _brief("IWM", 3)
    brief = brief.model_copy(update={"csv_source": "Stooq daily bars",
                                     "snapshot": brief.snapshot.model_copy(update={"provider": "csv"})})
    article = TemplateWriter().write(brief)
    assert [c.provider for c in article.data_sources] == ["Stooq daily bars"]
    assert provider_name("yahoo", "Stooq daily bars") == "Yahoo Finance"  # only CSV bars take it
    assert provider_name("csv", "  ") == "desk-supplied daily bars"
