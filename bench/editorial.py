"""Editorial evaluation: does the pipeline write articles an editor would publish?

Runs the real pipeline (template writer, verifier) over real sessions from
../shared/realdata/ohlcv (SPY, QQQ, IWM, DIA; quiet and violent days, see
bench/editorial_cases.py) and over the demo (fixtures, 2026-11-20), and prints,
for each: masked sentences shared by two or more same-day articles (whole, and
by an 8-word run: same_day_shared_runs) and by one instrument's consecutive-day
articles; headline frames; the headline's angle
against the biggest event measured from raw bars (bench/editorial_events.py);
setup stop distance in ATR, reward/risk and targets at key levels; the share of
articles with a setup agreeing with the short-term bias and, for those without
one, why (each style tried and the rule it failed on); setup/no-setup sentences
repeated between same-day articles;
scenario-logic violations; the share of citations from the session day; error
findings per article; range-edge figures per article (distinct figures one range edge is
named by: one, the levels table's) and strays (editorial_ranges); sentences opening on a pronoun
whose antecedent the sentence before does not carry, and one comparison told in two verbs
(editorial_prose). The issue's targets are printed beside the figures.

News days (tests/data/editorial/news_days: real sessions whose biggest event was a CPI release, a
jobs report, a Fed decision or a sector story, with feeds we wrote for them over the real bars):
the same figures with citations, plus, per article, the biggest event (the news driver when it moved
the instrument, else the bars' biggest), whether the headline leads with it and the analysis's
first sentence names the driver, same-day citations (bench/editorial_news.py).

Real sessions carry no news (realdata's 2026 feed entries have no page text, and
pages without text are never cited), so citations are measured on the demo only.
Usage: python bench/editorial.py [--quick] [--articles | --misses]
  --quick     the floors test's session subset instead of the full list
  --articles  also print one line per article (headline, its angles, the biggest event)
  --misses    only the articles whose headline angle is not the biggest measured event
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from editorial_cases import (  # noqa: E402
    REAL_SESSIONS,
    TEST_SESSIONS,
    Case,
    demo_cases,
    news_day_cases,
    news_days,
    packaged_settings,
    real_cases,
)
from editorial_metrics import event_rows, headline_misses, measure, miss_reasons  # noqa: E402
from editorial_news import news_figures, news_rows  # noqa: E402

# figure -> (the target, "max" or "min"); figures without one are printed bare.
TARGETS = {
    "errors_per_article": (0.0, "max"),
    "story_levels_apart": (0.0, "max"),
    "same_day_shared": (0.20, "max"),
    "consecutive_shared": (0.30, "max"),
    "openings_on_price": (0.0, "max"),
    "facts_said_twice": (0.0, "max"),
    "headline_top_frame_share": (0.20, "max"),
    "headline_angle_match": (0.90, "min"),
    "setup_stop_within_2_5_atr": (1.0, "min"),
    "setup_target_at_level": (1.0, "min"),
    "setup_sentences_same_day_shared": (0.0, "max"),
    "take_names_setup_level_share": (1.0, "min"),
    "scenario_violations": (0.0, "max"),
    "citations_same_day": (0.80, "min"),
    "citations_without_content": (0.0, "max"),
    "citations_out_of_order": (0.0, "max"),
    "dek_take_score_recitals": (0.0, "max"),
    "range_edge_figures_worst": (1.0, "max"),
    "range_edge_strays": (0.0, "max"),
    "filtered_side_offered": (0.0, "max"),
    "headline_names_news_driver_share": (0.75, "min"),
    "opening_names_news_driver_share": (0.75, "min"),
    "dek_names_event_share": (1.0, "min"),
    "headline_says_news_share": (0.9, "min"),
    "opening_says_news_share": (0.9, "min"),
    "opening_news_cited_share": (0.9, "min"),
    "final_call_row_words_max": (40.0, "max"),
    "same_quoted_line_articles": (1.0, "max"),
    "pronoun_openers_unanchored": (0.0, "max"),
    "comparison_verbs_mixed": (0.0, "max"),
    "level_labels_against_side": (0.0, "max"),
    "level_kinds_against_side": (0.0, "max"),
    "level_touches_unshown": (0.0, "max"),
    "zone_rule_disagreements": (0.0, "max"),
    "dek_lead_overlap": (0.05, "max"),
    "first_sentence_same_source": (0.5, "max"),
    "equal_figures_side_by_side": (0.0, "max"),
    "swing_rows_undated": (0.0, "max"),
    "zones_narrow": (0.0, "max"),
    "high_distance_figures_split": (0.0, "max"),
    "dates_mixed_in_sentence": (0.0, "max"),
    "date_style_mixed": (0.0, "max"),
    "distance_basis_mixed": (0.0, "max"),
    "high_named_apart": (0.0, "max"),
    "streak_untold": (0.0, "max"),
}


def meets(name: str, value: float | None) -> str:
    if name not in TARGETS or value is None:
        return ""
    target, sense = TARGETS[name]
    ok = value <= target if sense == "max" else value >= target
    return f"target {'<=' if sense == 'max' else '>='} {target:g}: {'ok' if ok else 'MISSED'}"


def print_figures(title: str, figures: dict[str, float | None]) -> None:
    print(f"\n{title}")
    for name, value in figures.items():
        shown = "-" if value is None else f"{value:g}"
        print(f"  {name:<34} {shown:>10}   {meets(name, value)}")


def print_reasons(title: str, cases: list[Case]) -> None:
    reasons = miss_reasons(cases)
    without = sum(not c.article.setups for c in cases)
    print(f"\n{title}: {without} of {len(cases)} articles without a setup agreeing with the bias; "
          "per side wanted, the styles tried and the rule each failed on")
    for reason, count in reasons.most_common():
        print(f"  {count:4}  {reason}")


def print_articles(cases: list[Case]) -> None:
    for case in cases:
        angles, biggest, note = event_rows(case)
        errors = sum(f.severity == "error" for f in case.findings)
        print(f"  {case.snapshot.session} {case.snapshot.symbol:<4} [{angles:>18} | {biggest:<16} "
              f"{note:<28}] e{errors} {case.article.headline}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the floors test's sessions only")
    parser.add_argument("--articles", action="store_true", help="one line per article")
    parser.add_argument("--misses", action="store_true", help="articles whose headline misses the event")
    args = parser.parse_args()
    settings = packaged_settings()
    started = time.perf_counter()
    sessions = TEST_SESSIONS if args.quick else REAL_SESSIONS
    real = real_cases(sessions)
    demo = demo_cases()
    if real:
        print_figures(f"real data: {len(real)} articles, {len(sessions)} sessions "
                      f"({', '.join(map(str, sessions))}); no news, so no citations", measure(real, settings))
    else:
        print("real data: ../shared/realdata/ohlcv is absent; demo only")
    print_figures(f"demo: {len(demo)} articles, 2026-11-20", measure(demo, settings))
    days = news_days()
    news = news_day_cases(days)
    if news:
        listed = ", ".join(f"{d.session} ({d.kind})" for d in days)
        print_figures(f"news days: {len(news)} articles, {listed}",
                      {**news_figures(news, days), **measure(news, settings)})
        print("\nnews days per article: biggest event, headline, opening sentence, citations, errors")
        print("\n".join(news_rows(news, days)))
    if real:
        print_reasons("real data", real)
    print_reasons("demo", demo)
    if args.articles or args.misses:
        print("\nper article: [headline angles | biggest measured event(s)  top event] errors headline")
        print_articles([c for c in real + demo if args.articles or headline_misses(c)])
    print(f"\n{time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
