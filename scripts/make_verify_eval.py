"""Write the verifier's evaluation set to tests/data/verify_eval/ (deterministic).

    .venv/bin/python scripts/make_verify_eval.py           # (re)write the set
    .venv/bin/python scripts/make_verify_eval.py --check   # exit 1 if the files on disk differ

The set: snapshots (with scores and peer snapshots) built by the real pipeline
from the bundled fixtures plus two synthetic instruments; the news items each
article may cite; clean articles (every template draft, and user-style texts
in other voices); planted articles (one clean text, one substitution, one
expected finding). `floors.json` is pinned by hand and never touched here.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from verify_eval.atr15 import atr15_plants, atr15_texts  # noqa: E402
from verify_eval.cells17 import cells_plants, cells_texts  # noqa: E402
from verify_eval.close_since import close_since_plants, close_since_texts  # noqa: E402
from verify_eval.coincidence import alone_snapshots, coincidence_plants, coincidence_texts  # noqa: E402
from verify_eval.dated15 import dated15_plants, dated15_texts  # noqa: E402
from verify_eval.dates41 import dates41_plants, dates41_texts  # noqa: E402
from verify_eval.day_anchors import day_anchor_plants, day_anchor_texts  # noqa: E402
from verify_eval.dayrange16 import dayrange16_plants, dayrange16_texts  # noqa: E402
from verify_eval.denials13 import denials13_plants, denials13_texts  # noqa: E402
from verify_eval.false_alarms import false_alarm_plants, false_alarm_texts  # noqa: E402
from verify_eval.forms18 import forms_plants, forms_texts  # noqa: E402
from verify_eval.fp5 import fp5_plants, fp5_texts  # noqa: E402
from verify_eval.fp6 import fp6_plants, fp6_texts  # noqa: E402
from verify_eval.fp7 import fp7_plants, fp7_texts  # noqa: E402
from verify_eval.fp8 import fp8_plants, fp8_texts  # noqa: E402
from verify_eval.fp9 import fp9_plants, fp9_texts  # noqa: E402
from verify_eval.fp10 import fp10_plants, fp10_texts  # noqa: E402
from verify_eval.fp11 import fp11_plants, fp11_texts  # noqa: E402
from verify_eval.fp12 import fp12_plants, fp12_texts  # noqa: E402
from verify_eval.fp13 import fp13_plants, fp13_texts  # noqa: E402
from verify_eval.fp14 import fp14_plants, fp14_texts  # noqa: E402
from verify_eval.frames16 import frames16_plants, frames16_texts  # noqa: E402
from verify_eval.furniture4 import fp4_plants, fp4_texts  # noqa: E402
from verify_eval.furniture5 import fa5_plants, fa5_texts  # noqa: E402
from verify_eval.furniture15 import furniture15_plants, furniture15_texts  # noqa: E402
from verify_eval.gaps40 import gaps40_plants, gaps40_texts  # noqa: E402
from verify_eval.landed18 import landed18_plants, landed18_texts  # noqa: E402
from verify_eval.levelwords15 import levelwords15_plants, levelwords15_texts  # noqa: E402
from verify_eval.markers40 import markers40_plants, markers40_texts  # noqa: E402
from verify_eval.misquote13 import misquote13_plants, misquote13_texts  # noqa: E402
from verify_eval.miss6 import miss6_plants, miss6_texts  # noqa: E402
from verify_eval.miss7 import miss7_plants, miss7_texts  # noqa: E402
from verify_eval.miss7b import miss7b_plants, miss7b_texts  # noqa: E402
from verify_eval.miss8 import miss8_plants, miss8_texts  # noqa: E402
from verify_eval.miss8b import miss8b_plants, miss8b_texts  # noqa: E402
from verify_eval.miss9 import miss9_plants, miss9_texts  # noqa: E402
from verify_eval.miss10 import miss10_plants, miss10_texts  # noqa: E402
from verify_eval.miss11 import miss11_plants, miss11_texts  # noqa: E402
from verify_eval.miss12a import miss12a_plants, miss12a_texts  # noqa: E402
from verify_eval.miss12b import miss12b_plants, miss12b_texts  # noqa: E402
from verify_eval.miss13 import miss13_plants, miss13_texts  # noqa: E402
from verify_eval.miss13b import miss13b_plants, miss13b_texts  # noqa: E402
from verify_eval.miss41 import miss41_plants, miss41_texts  # noqa: E402
from verify_eval.misses3 import (  # noqa: E402
    calendar_plants,
    calendar_texts,
    channel_plants,
    channel_texts,
    deskline_plants,
    deskline_texts,
    diary_plants,
    diary_texts,
    list_plants,
    list_texts,
    look_back_plants,
    look_back_texts,
    name_plants,
    name_texts,
    odds_plants,
    odds_texts,
    plan_plants,
    plan_texts,
)
from verify_eval.misses3w import (  # noqa: E402
    desk_plants,
    desk_texts,
    dollar_plants,
    dollar_texts,
    level_plants,
    level_texts,
    multiple_plants,
    multiple_texts,
    rank_plants,
    rank_texts,
    reading_plants,
    reading_texts,
    setup_plants,
    setup_texts,
)
from verify_eval.misses4 import miss4_plants, miss4_texts  # noqa: E402
from verify_eval.missfix4 import missfix4_plants, missfix4_texts  # noqa: E402
from verify_eval.move_since import move_since_plants, move_since_texts  # noqa: E402
from verify_eval.multiples14 import multiples14_plants, multiples14_texts  # noqa: E402
from verify_eval.named5 import named5_plants, named5_texts  # noqa: E402
from verify_eval.named14 import named14_plants, named14_texts  # noqa: E402
from verify_eval.named42 import named42_plants, named42_texts  # noqa: E402
from verify_eval.noise16 import noise16_plants, noise16_texts  # noqa: E402
from verify_eval.nonmkt41 import nonmkt41_plants, nonmkt41_texts  # noqa: E402
from verify_eval.nonmkt42 import nonmkt42_plants, nonmkt42_texts  # noqa: E402
from verify_eval.past_days import past_day_plants, past_day_texts  # noqa: E402
from verify_eval.pastbars38 import pastbars_plants, pastbars_texts  # noqa: E402
from verify_eval.pastbars39 import bare_plants, bare_texts  # noqa: E402
from verify_eval.pastdays18 import pastdays_plants, pastdays_texts  # noqa: E402
from verify_eval.pastdays40 import pastdays40_plants, pastdays40_texts  # noqa: E402
from verify_eval.peers19 import peers19_plants, peers19_texts  # noqa: E402
from verify_eval.periods15 import periods15_plants, periods15_texts  # noqa: E402
from verify_eval.plants import apply, broken_snapshots, plants  # noqa: E402
from verify_eval.pronoun_sides import pronoun_side_plants, pronoun_side_texts  # noqa: E402
from verify_eval.prose import prose_plants, prose_texts  # noqa: E402
from verify_eval.rank_more import rank_more_plants, rank_more_texts  # noqa: E402
from verify_eval.recap import recap_plants, recap_texts  # noqa: E402
from verify_eval.runs18 import runs_plants, runs_texts  # noqa: E402
from verify_eval.scale17 import scale17_plants, scale17_texts  # noqa: E402
from verify_eval.setups15 import setups15_plants, setups15_texts  # noqa: E402
from verify_eval.shorthand import (  # noqa: E402
    dated_plants,
    dated_texts,
    gauge_plants,
    gauge_texts,
    question_plants,
    question_texts,
    shorthand_plants,
    shorthand_texts,
    strip_plants,
    strip_texts,
    unheaded_plants,
    unheaded_texts,
    week_plants,
    week_texts,
    window_texts,
)
from verify_eval.silent5 import silent5_plants, silent5_texts  # noqa: E402
from verify_eval.sizes14 import sizes14_plants, sizes14_texts  # noqa: E402
from verify_eval.sizes16 import sizes16_plants, sizes16_texts  # noqa: E402
from verify_eval.sizes18 import sizes18_plants, sizes18_texts  # noqa: E402
from verify_eval.slopes import slope_plants, slope_texts  # noqa: E402
from verify_eval.slopes19 import slopes19_plants, slopes19_texts  # noqa: E402
from verify_eval.spoken17 import spoken17_plants, spoken17_texts  # noqa: E402
from verify_eval.src13 import src13_plants, src13_texts  # noqa: E402
from verify_eval.story import story_plants, story_texts  # noqa: E402
from verify_eval.streaks15 import streaks15_plants, streaks15_texts  # noqa: E402
from verify_eval.subject41 import subject41_plants, subject41_texts  # noqa: E402
from verify_eval.subjects18 import subjects18_plants, subjects18_texts  # noqa: E402
from verify_eval.sums17 import sums_plants, sums_texts  # noqa: E402
from verify_eval.sync import sync  # noqa: E402
from verify_eval.totals18 import totals_plants, totals_texts  # noqa: E402
from verify_eval.touches import touches_plants, touches_texts  # noqa: E402
from verify_eval.universe import REPO, SUBJECTS, Built, build_all  # noqa: E402
from verify_eval.user_texts import user_texts  # noqa: E402
from verify_eval.vcite import vcite_plants, vcite_texts  # noqa: E402
from verify_eval.vcols43 import vcols43_plants, vcols43_texts  # noqa: E402
from verify_eval.vcount import vcount_plants, vcount_texts  # noqa: E402
from verify_eval.vdir12 import vdir12_plants, vdir12_texts  # noqa: E402
from verify_eval.verdicts import verdict_plants, verdict_texts  # noqa: E402
from verify_eval.vfa3_43 import vfa3_43_plants, vfa3_43_texts  # noqa: E402
from verify_eval.vfa4_44 import vfa4_44_plants, vfa4_44_texts  # noqa: E402
from verify_eval.vfa5_45 import vfa5_45_plants, vfa5_45_texts  # noqa: E402
from verify_eval.vfa6_46 import vfa6_46_plants, vfa6_46_texts  # noqa: E402
from verify_eval.vfa7_47 import vfa7_plants, vfa7_texts  # noqa: E402
from verify_eval.vfa8_48 import vfa8_plants, vfa8_texts  # noqa: E402
from verify_eval.vfa39 import vfa39_plants, vfa39_texts  # noqa: E402
from verify_eval.vfa40 import vfa40_plants, vfa40_texts  # noqa: E402
from verify_eval.vmiss19 import vmiss_plants, vmiss_texts  # noqa: E402
from verify_eval.vmiss39 import vmiss39_plants, vmiss39_texts  # noqa: E402
from verify_eval.vnamed2_43 import vnamed2_43_plants, vnamed2_43_texts  # noqa: E402
from verify_eval.vnamed3_44 import vnamed3_44_plants, vnamed3_44_texts  # noqa: E402
from verify_eval.vnamed4_45 import vnamed4_45_plants, vnamed4_45_texts  # noqa: E402
from verify_eval.vnamed6_47 import vnamed6_47_plants, vnamed6_47_texts  # noqa: E402
from verify_eval.vnamed7_48 import vnamed7_48_plants, vnamed7_48_texts  # noqa: E402
from verify_eval.vnamed546 import vnamed546_plants, vnamed546_texts  # noqa: E402
from verify_eval.vsubj_48 import vsubj_plants, vsubj_texts  # noqa: E402
from verify_eval.vvalue40 import vvalue40_plants, vvalue40_texts  # noqa: E402
from verify_eval.vwords3_44 import vwords3_44_plants, vwords3_44_texts  # noqa: E402
from verify_eval.vwords4_45 import vwords4_45_plants, vwords4_45_texts  # noqa: E402
from verify_eval.vwords5_46 import vwords5_46_plants, vwords5_46_texts  # noqa: E402
from verify_eval.vwords6_47 import vwords6_47_plants, vwords6_47_texts  # noqa: E402
from verify_eval.vwords7_48 import vwords7_48_plants, vwords7_48_texts  # noqa: E402
from verify_eval.word_forms import word_form_plants, word_form_texts  # noqa: E402
from verify_eval.word_texts import word_cases  # noqa: E402
from verify_eval.words42 import words42_plants, words42_texts  # noqa: E402

OUT = REPO / "tests" / "data" / "verify_eval"
MANAGED = ("snapshots", "sources", "cases", "articles")
README = """# The verifier's evaluation set (generated: do not edit)

Written by `scripts/make_verify_eval.py`; `tests/test_verify_eval.py` runs it and
checks it is reproducible. `floors.json` (recall and false-positive floors) is
pinned by hand.

- `snapshots/<key>.json`: `{snapshot, scores, peers, instruments}`; `instruments`
  lists InstrumentInfo entries that override or extend the packaged config for
  this context (covered indexes, the synthetic FRNT / ^FRNT).
- `sources/<key>.json`: the ingested NewsItems the article may cite.
- `articles/<key>.json`: the template writer's Article for that snapshot.
- `cases/`: the texts; `cases.json` lists each case with its snapshot, sources,
  kind (clean / planted), the check family planted, the expected findings
  (`code`, `span`; a null span matches any span) and the codes `allowed` to
  appear as a consequence.

Planted template cases start from the drafts frozen in `scripts/verify_eval/frozen/`
(the plants substitute their exact phrases), with the computed parts taken from the
live draft: the key-levels and trade-setups tables (dropped when the live draft prints
none), the final call's short-term row and the scores. So a planted case differs from a
true text by its one substitution: `tests/test_verify_eval.py` reports the collateral
(error findings that are neither expected nor of an `allowed` code) and holds it to
`collateral_on_planted` in `floors.json`. A plant that needs a setup goes into the first
of its subjects whose draft prints one today.

Subjects:
"""


def dump(obj: Any) -> str:
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def build_files() -> dict[str, str]:
    built = {b.key: b for b in build_all()}
    files: dict[str, str] = {}
    cases: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    ext: dict[str, str] = {}
    meta: dict[str, Built] = {}

    for key, b in built.items():
        files[f"snapshots/{key}.json"] = dump(b.snapshot_file())
        files[f"sources/{key}.json"] = dump([item.model_dump(mode="json") for item in b.news])
        files[f"articles/{key}.json"] = dump(b.article.model_dump(mode="json"))
        case_id = f"tmpl-{key}"
        texts[case_id], ext[case_id], meta[case_id] = b.markdown, "md", b
        cases.append(
            _case(
                case_id,
                "md",
                b,
                "clean",
                style="template",
                article=f"articles/{key}.json",
                note="the template writer's draft, rendered to Markdown",
            )
        )
    for user in [*user_texts(built), *prose_texts(built), *recap_texts(built), *coincidence_texts(built),
                 *false_alarm_texts(built), *past_day_texts(built),
                 *slope_texts(built), *word_form_texts(built), *look_back_texts(built),
                 *channel_texts(built), *diary_texts(built),
                 *list_texts(built), *plan_texts(built), *shorthand_texts(built),
                 *name_texts(built), *unheaded_texts(built), *desk_texts(built),
                 *calendar_texts(built), *dated_texts(built), *odds_texts(built),
                 *setup_texts(built), *level_texts(built), *deskline_texts(built),
                 *reading_texts(built), *week_texts(built),
                 *rank_texts(built), *gauge_texts(built),
                 *dollar_texts(built), *multiple_texts(built), *strip_texts(built),
                 *question_texts(built), *window_texts(built), *miss4_texts(built),
                 *fp4_texts(built),
                 *missfix4_texts(built), *named5_texts(built),
                 *fa5_texts(built), *silent5_texts(built), *fp5_texts(built),
                 *miss6_texts(built), *fp6_texts(built), *miss7b_texts(built), *miss7_texts(built),
                 *fp7_texts(built), *fp8_texts(built), *fp9_texts(built), *fp10_texts(built),
                 *miss8_texts(built), *miss8b_texts(built), *miss9_texts(built), *miss10_texts(built),
                 *miss11_texts(built), *fp11_texts(built), *fp12_texts(built), *fp13_texts(built),
                 *fp14_texts(built), *vfa39_texts(built), *vfa40_texts(built), *gaps40_texts(built),
                 *miss12a_texts(built),
                 *miss12b_texts(built), *src13_texts(built), *named14_texts(built),
                 *miss13_texts(built), *miss13b_texts(built), *vcount_texts(built),
                 *vcite_texts(built),
                 *sizes14_texts(built), *multiples14_texts(built), *periods15_texts(built),
                 *setups15_texts(built), *levelwords15_texts(built), *streaks15_texts(built),
                 *frames16_texts(built),
                 *story_texts(built), *day_anchor_texts(built),
                 *verdict_texts(built), *atr15_texts(built), *furniture15_texts(built),
                 *vdir12_texts(built), *dated15_texts(built),
                 *dayrange16_texts(built), *noise16_texts(built), *cells_texts(built),
                 *close_since_texts(built), *move_since_texts(built), *touches_texts(built),
                 *sizes16_texts(built),
                 *sizes18_texts(built),
                 *subjects18_texts(built), *subject41_texts(built), *words42_texts(built),
                 *pronoun_side_texts(built), *rank_more_texts(built),
                 *spoken17_texts(built), *scale17_texts(built),
                 *sums_texts(built),
                 *misquote13_texts(built), *runs_texts(built), *pastdays_texts(built),
                 *totals_texts(built), *forms_texts(built),
                 *denials13_texts(built), *landed18_texts(built),
                 *vmiss_texts(built), *slopes19_texts(built), *pastbars_texts(built),
                 *bare_texts(built), *peers19_texts(built),
                 *vmiss39_texts(built),
                 *vvalue40_texts(built), *named42_texts(built),
                 *pastdays40_texts(built),
                 *miss41_texts(built),
                 *markers40_texts(built),
                 *dates41_texts(built),
                 *nonmkt41_texts(built),
                 *nonmkt42_texts(built),
                 *vnamed2_43_texts(built),
                 *vcols43_texts(built),
                 *vfa3_43_texts(built),
                 *vwords3_44_texts(built),
                 *vwords4_45_texts(built),
                 *vwords5_46_texts(built),
                 *vwords6_47_texts(built),
                 *vwords7_48_texts(built),
                 *vnamed3_44_texts(built),
                 *vfa4_44_texts(built),
                 *vnamed4_45_texts(built), *vnamed546_texts(built), *vnamed6_47_texts(built),
                 *vnamed7_48_texts(built),
                 *vfa5_45_texts(built),
                 *vfa6_46_texts(built), *vfa7_texts(built), *vsubj_texts(built),
                 *vfa8_texts(built)]:
        b = built[user.key]
        texts[user.case_id], ext[user.case_id], meta[user.case_id] = user.text, user.ext, b
        cases.append(
            _case(
                user.case_id,
                user.ext,
                b,
                "clean",
                style=user.style,
                note=f"hand-written {user.style} in a user's layout",
            )
        )
    for name, content in {**broken_snapshots(built), **alone_snapshots(built)}.items():
        files[f"snapshots/{name}.json"] = dump(content)

    bases = {**texts, **{k: live_facts(v, texts[k], meta[k]) for k, v in frozen_templates().items()}}
    for plant in [*plants(built, bases), *prose_plants(built, bases), *recap_plants(built, bases),
                  *coincidence_plants(built), *false_alarm_plants(built), *past_day_plants(built),
                  *slope_plants(built), *word_form_plants(built), *look_back_plants(built),
                  *channel_plants(built), *diary_plants(built),
                  *list_plants(built), *plan_plants(built), *shorthand_plants(built),
                  *name_plants(built), *unheaded_plants(built), *desk_plants(built),
                  *calendar_plants(built), *dated_plants(built), *odds_plants(built),
                  *setup_plants(built), *level_plants(built), *deskline_plants(built),
                  *reading_plants(built), *week_plants(built),
                  *rank_plants(built), *gauge_plants(built),
                  *dollar_plants(built), *multiple_plants(built), *strip_plants(built),
                  *question_plants(built), *miss4_plants(built), *fp4_plants(built),
                  *missfix4_plants(built), *named5_plants(built),
                  *fa5_plants(built), *silent5_plants(built), *fp5_plants(built),
                  *miss6_plants(built), *fp6_plants(built), *miss7b_plants(built), *miss7_plants(built),
                  *fp7_plants(built), *fp8_plants(built), *fp9_plants(built), *fp10_plants(built),
                  *miss8_plants(built), *miss8b_plants(built), *miss9_plants(built), *miss10_plants(built),
                  *miss11_plants(built), *fp11_plants(built), *fp12_plants(built), *fp13_plants(built),
                  *fp14_plants(built), *vfa39_plants(built), *vfa40_plants(built), *gaps40_plants(built),
                  *miss12a_plants(built),
                  *miss12b_plants(built), *src13_plants(built), *named14_plants(built),
                  *miss13_plants(built), *miss13b_plants(built), *vcount_plants(built),
                  *vcite_plants(built),
                  *sizes14_plants(built), *multiples14_plants(built), *periods15_plants(built),
                  *setups15_plants(built), *levelwords15_plants(built), *streaks15_plants(built),
                  *frames16_plants(built),
                  *story_plants(built), *day_anchor_plants(built),
                  *verdict_plants(built), *atr15_plants(built), *furniture15_plants(built),
                  *vdir12_plants(built), *dated15_plants(built),
                  *dayrange16_plants(built), *noise16_plants(built), *cells_plants(built),
                  *close_since_plants(built), *move_since_plants(built), *touches_plants(built),
                  *sizes16_plants(built),
                  *sizes18_plants(built),
                  *subjects18_plants(built), *subject41_plants(built), *words42_plants(built),
                  *pronoun_side_plants(built), *rank_more_plants(built),
                  *spoken17_plants(built), *scale17_plants(built),
                  *sums_plants(built),
                  *misquote13_plants(built), *runs_plants(built), *pastdays_plants(built),
                  *totals_plants(built), *forms_plants(built),
                  *denials13_plants(built), *landed18_plants(built),
                  *vmiss_plants(built), *slopes19_plants(built), *pastbars_plants(built),
                  *bare_plants(built), *peers19_plants(built),
                  *vmiss39_plants(built),
                  *vvalue40_plants(built), *named42_plants(built),
                  *pastdays40_plants(built),
                  *miss41_plants(built),
                  *markers40_plants(built),
                  *dates41_plants(built),
                  *nonmkt41_plants(built),
                  *nonmkt42_plants(built),
                  *vnamed2_43_plants(built),
                  *vcols43_plants(built),
                  *vfa3_43_plants(built),
                  *vwords3_44_plants(built),
                  *vwords4_45_plants(built),
                  *vwords5_46_plants(built),
                  *vwords6_47_plants(built),
                  *vwords7_48_plants(built),
                  *vnamed3_44_plants(built),
                  *vfa4_44_plants(built),
                  *vnamed4_45_plants(built), *vnamed546_plants(built), *vnamed6_47_plants(built),
                  *vnamed7_48_plants(built),
                  *vfa5_45_plants(built),
                  *vfa6_46_plants(built), *vfa7_plants(built), *vsubj_plants(built),
                  *vfa8_plants(built)]:
        b = meta[plant.base]
        case_id = f"plant-{plant.case_id}"
        planted = apply(bases[plant.base], plant)
        style = next(c["style"] for c in cases if c["id"] == plant.base)
        case = _case(case_id, ext[plant.base], b, "planted", style=style, note=plant.note)
        if planted == texts[plant.base]:
            case["file"] = f"cases/{plant.base}.{ext[plant.base]}"  # the same text, another snapshot
        else:
            texts[case_id] = planted
        case.update(
            base=plant.base,
            check=plant.check,
            expected=[{"code": plant.code, "span": plant.span}],
            allowed=sorted(plant.allowed),
        )
        if plant.snapshot:
            case["snapshot"] = plant.snapshot
        cases.append(case)

    for word in word_cases(built):  # numbers written as words, size words
        case = _case(word.case_id, "md", built[word.key], word.kind, style="words", note=word.note)
        if word.kind == "planted":
            case.update(base=word.base, check=word.check, expected=[{"code": word.code, "span": word.span}],
                        allowed=[])
        texts[word.case_id] = word.text
        cases.append(case)

    for case in cases:
        if case["id"] in texts:
            files[case["file"]] = texts[case["id"]]
    files["cases.json"] = dump(cases)
    files["README.md"] = README + "".join(f"- {sym} {day}: {why}\n" for sym, day, why in SUBJECTS)
    return files


FROZEN = Path(__file__).resolve().parent / "verify_eval" / "frozen"


def frozen_templates() -> dict[str, str]:
    """Template drafts as they were when their plants were written: the plants substitute exact
    phrases, and the template writer's wording keeps changing (angles, sentence banks), while the
    facts the drafts print do not. The live drafts stay in the set as clean cases."""
    return {path.stem: path.read_text("utf-8") for path in sorted(FROZEN.glob("tmpl-*.md"))}


LIVE_SECTIONS = ("## Key levels", "## Trade setups")
"""Tables of computed facts a frozen draft takes from the live draft: the levels and setups must
print the snapshot's current ones (prices, zones and distances are facts the frozen wording does
not own; the range definition moved the range edges once, the setup rules dropped setups against
the 200-day trend and fades under 2:1). A table the live draft does not print is dropped: a
frozen draft printing setups the snapshot no longer has would carry stale figures into every
case planted in it."""


def live_facts(frozen: str, live: str, b: Built) -> str:
    """A frozen draft with the live draft's key-levels and trade-setups tables and the computed scores,
    so that it differs from a true text only in wording: a case planted in it carries its one error."""
    for title in LIVE_SECTIONS:
        frozen = _splice(frozen, live, title)
    return live_scores(_live_row(frozen, live, LIVE_ROW), live, b.scores.threat_level)


LIVE_ROW = re.compile(r"^\| Short-term \|.*$", re.M)
"""The final call's short-term row names the setups ("the long fade setup waits for a dip to the
range bottom"), so it is taken from the live draft with them."""


def _live_row(frozen: str, live: str, row: re.Pattern[str]) -> str:
    now = row.search(live)
    return frozen if now is None else row.sub(lambda _m: now.group(0), frozen, count=1)


_SCORE_LINES = (re.compile(r"^\*\*Bias:\*\*.*$", re.M), re.compile(r'^risk: ".*"$', re.M),
                re.compile(r"^threat_level: \d$", re.M))
_THREAT_IN_PROSE = re.compile(r"threat level \d/5")


def live_scores(frozen: str, live: str, threat_level: int) -> str:
    """The scores a frozen draft states (the header line, the front matter's risk and threat, "threat
    level N/5" in the prose) as computed now: the rules behind the threat level and risk change (the
    level sign was narrowed to decision levels, then dropped), and the live draft's closing line no
    longer states the threat level, so the prose takes it from the scores."""
    for line in _SCORE_LINES:
        now = line.search(live)
        if now is not None:
            frozen = line.sub(lambda _m, now=now: now.group(0), frozen)
    return _THREAT_IN_PROSE.sub(f"threat level {threat_level}/5", frozen)


def _splice(frozen: str, live: str, title: str) -> str:
    """`frozen` with its `title` section replaced by the live draft's, or removed when the live draft
    has none."""
    def section(text: str) -> tuple[int, int] | None:
        start = text.find("\n" + title)
        if start < 0:
            return None
        end = text.find("\n## ", start + 1)
        return start, end if end >= 0 else len(text)
    old, new = section(frozen), section(live)
    if old is None:
        return frozen
    return frozen[:old[0]] + (live[new[0]:new[1]] if new is not None else "") + frozen[old[1]:]


def _case(
    case_id: str, ext: str, b: Built, kind: str, *, style: str, note: str, article: str | None = None
) -> dict[str, Any]:
    case: dict[str, Any] = {
        "id": case_id,
        "file": f"cases/{case_id}.{ext}",
        "snapshot": b.key,
        "sources": b.key,
        "kind": kind,
        "style": style,
        "symbol": b.snapshot.symbol,
        "session": b.snapshot.session.isoformat(),
        "check": None,
        "expected": [],
        "allowed": [],
        "note": note,
    }
    if article:
        case["article"] = article
    return case


def on_disk(out: Path) -> dict[str, str]:
    found = {}
    for sub in MANAGED:
        for path in sorted((out / sub).rglob("*")):
            if path.is_file():
                found[path.relative_to(out).as_posix()] = path.read_text("utf-8")
    for name in ("cases.json", "README.md"):
        if (out / name).is_file():
            found[name] = (out / name).read_text("utf-8")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # ingest reports the fixtures' deliberate 404s
    return sync(build_files(), on_disk(args.out), args.out, check=args.check, script="make_verify_eval.py")


if __name__ == "__main__":
    raise SystemExit(main())
