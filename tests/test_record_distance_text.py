"""The analysis reads the distance to the record (or 52-week) closing high by its size in ATRs:
within reach, or too far to shape the next sessions (the four demo articles all said "N% below its
record close of $X, set on D", the same skeleton; bench/editorial.py same_day_shared_runs)."""

from __future__ import annotations

from brief_factories import iwm_brief
from market_factories import settings, snapshot_for

from pipeline.writers import paragraphs


def frames_at(pct_from_high: float, atr_pct: float | None = 1.0) -> list[str]:
    snap = snapshot_for("IWM", seed=3, cfg=settings())
    snap = snap.model_copy(update={
        "extremes": snap.extremes.model_copy(update={"pct_from_52w_high": pct_from_high}),
        "volatility": snap.volatility.model_copy(update={"atr_pct": atr_pct})})
    return paragraphs._high_frames(iwm_brief(snap), "record close")


def test_a_record_within_two_atrs_reads_within_reach_and_a_far_one_does_not() -> None:
    near, far = frames_at(-1.5), frames_at(-4.5)
    assert all("{pct_from_52w_high:abs}" in f and "{high_52w}" in f for f in near + far)
    assert any("within reach" in f for f in near) and not any("within reach" in f for f in far)
    assert any("out of reach" in f or "too far" in f for f in far)
    assert not set(near) & set(far)
    assert frames_at(-1.5, atr_pct=None) == frames_at(-4.5, atr_pct=None)  # no ATR: the plain distance


def test_a_month_change_the_size_of_the_record_distance_is_told_by_its_way() -> None:
    """The month's change printed next to an equal distance to the closing high ('down 0.97%' then
    '0.97% away') reads as one figure said twice: the month is told by its way alone."""
    snap = snapshot_for("IWM", seed=3)
    assert snap.relative is not None
    distance = 0.97
    echoing = snap.model_copy(update={
        "extremes": snap.extremes.model_copy(update={"pct_from_52w_high": -distance}),
        "returns": snap.returns.model_copy(update={"change_1m_pct": -distance}),
        "relative": snap.relative.model_copy(update={"spread_1m_pp": -1.23})})
    brief = iwm_brief(echoing)
    assert paragraphs.month_echoes(brief)
    said = paragraphs._month_sentence(brief)
    assert "down on the month" in said and "{change_1m_pct" not in said, said
    apart = echoing.model_copy(update={
        "returns": echoing.returns.model_copy(update={"change_1m_pct": -(distance + 0.4)})})
    assert not paragraphs.month_echoes(iwm_brief(apart))
    assert "{change_1m_pct:abs}" in paragraphs._month_sentence(iwm_brief(apart))


def test_a_high_the_levels_table_holds_is_told_by_the_tables_figure_in_its_words() -> None:
    """A key level at the closing high: the analysis and the dek quote the table's distance
    (measured from the close, 'N% above the close'), not the extremes' (measured from the high):
    demo QQQ read 'within reach, 0.53% above the close' beside the table's '0.54% above the close'."""
    from pipeline.writers.scenarios import high_distance

    snap = snapshot_for("IWM", seed=3, cfg=settings())
    level = snap.levels[0]
    at_high = snap.model_copy(update={
        "extremes": snap.extremes.model_copy(update={"high_52w": level.price, "all_time_high": level.price,
                                                     "pct_from_52w_high": -1.5}),
        "volatility": snap.volatility.model_copy(update={"atr_pct": 1.0})})
    slot, from_close = high_distance(iwm_brief(at_high), "high_52w")
    assert (slot, from_close) == ("{level_1_distance_pct:abs}", True)
    frames = paragraphs._high_frames(iwm_brief(at_high), "record close")
    assert all(slot in f and "above the close" in f for f in frames)
    elsewhere = at_high.model_copy(update={"extremes": at_high.extremes.model_copy(
        update={"high_52w": level.price + 50.0, "all_time_high": level.price + 50.0})})
    frames = paragraphs._high_frames(iwm_brief(elsewhere), "record close")
    assert all("{pct_from_52w_high:abs}" in f and "above the close" not in f for f in frames)
