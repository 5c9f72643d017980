"""The kernel's downsampling of big line plots (``_plot_sampling``): every bucket keeps its
first, last, lowest and highest point per series; a zoomed range gets every point that
fits, plus its neighbours outside."""

from __future__ import annotations

import numpy as np
import pytest

pd = pytest.importorskip("pandas")

from nbblocks.components._plot_frames import FrameRows, frame_value  # noqa: E402
from nbblocks.components._plot_sampling import DEFAULT_BUCKETS, m4_indices, sample_line  # noqa: E402


def _bucket_extremes(x, y, series, lo, hi, buckets):
    """{(series, bucket): (min y, max y, min x, max x)} computed the slow, obvious way."""
    out: dict = {}
    for xi, yi, si in zip(x, y, series):
        if not (lo <= xi <= hi) or not np.isfinite(yi):
            continue
        b = min(buckets - 1, int((xi - lo) / (hi - lo) * buckets)) if hi > lo else 0
        lo_y, hi_y, lo_x, hi_x = out.get((si, b), (np.inf, -np.inf, np.inf, -np.inf))
        out[(si, b)] = (min(lo_y, yi), max(hi_y, yi), min(lo_x, xi), max(hi_x, xi))
    return out


@pytest.mark.parametrize("shuffled", [False, True])
def test_every_buckets_minimum_and_maximum_survive_per_series(shuffled):
    rng = np.random.default_rng(7)
    n = 60_000
    x = np.tile(np.arange(n // 3, dtype=float), 3)
    series = np.repeat([0, 1, 2], n // 3)
    y = np.cumsum(rng.normal(size=n)) + 50 * (rng.random(n) < 0.0005)  # a walk with rare spikes
    if shuffled:
        order = rng.permutation(n)
        x, y, series = x[order], y[order], series[order]
    buckets = 300
    lo, hi = float(x.min()), float(x.max())
    kept = m4_indices(x, y, series, buckets, lo, hi)
    assert len(kept) <= 4 * buckets * 3
    expected = _bucket_extremes(x, y, series, lo, hi, buckets)
    got = _bucket_extremes(x[kept], y[kept], series[kept], lo, hi, buckets)
    assert got == expected  # same min and max y, and the same first and last x, in every bucket
    assert list(kept) == sorted(kept)


def _frame(n=20_000, series=2, start=0.0):
    rng = np.random.default_rng(3)
    x = np.arange(n, dtype=float) + start
    return pd.DataFrame({
        "x": np.repeat(x, series),
        "y": rng.normal(size=n * series).cumsum(),
        "s": np.tile([f"s{i}" for i in range(series)], n),
        "note": "n",
    })


def test_a_small_plot_is_not_sampled():
    value = frame_value(_frame(n=1000, series=2), "line", "LinePlot")
    assert sample_line(value, x="x", y="y", color="s", keep=["x", "y", "s"]) is None


def test_a_big_plot_is_sampled_into_rows_as_gradio_encodes_them():
    frame = _frame()
    value = frame_value(frame, "line", "LinePlot")
    sample = sample_line(value, x="x", y="y", color="s", keep=["x", "y", "s"], buckets=500)
    assert sample is not None and not value["data"].materialized  # the rows were never made
    assert sample["columns"] == ["x", "y", "s"] and sample["mark"] == "line"
    assert sample["datatypes"] == {"x": "quantitative", "y": "quantitative", "s": "nominal"}
    assert sample["sampled"] == {"rows": 40_000, "x_range": None, "buckets": 500, "complete": False}
    assert 500 * 2 <= len(sample["data"]) <= 4 * 500 * 2
    # Each sampled row is exactly the row Gradio would have sent for that point.
    full = {tuple(row[:3]) for row in FrameRows(frame).rows()}
    assert all(tuple(row) in full for row in sample["data"])
    # Both series keep their extremes.
    for name in ("s0", "s1"):
        ys = frame.loc[frame.s == name, "y"]
        got = [row[1] for row in sample["data"] if row[2] == name]
        assert max(got) == pytest.approx(ys.max()) and min(got) == pytest.approx(ys.min())


def test_a_zoomed_range_gets_every_point_and_its_neighbours():
    value = frame_value(_frame(), "line", "LinePlot")
    detail = sample_line(value, x="x", y="y", color="s", keep=["x", "y", "s"], x_range=(1000.0, 1999.0), buckets=800)
    assert detail["sampled"]["complete"] is True and detail["sampled"]["x_range"] == [1000.0, 1999.0]
    xs = sorted(row[0] for row in detail["data"])
    assert xs.count(999.0) == 2 and xs.count(2000.0) == 2  # one neighbour per series each side
    assert len(detail["data"]) == 1000 * 2 + 4
    # A wider range than fits is sampled again, at the asked width.
    wide = sample_line(value, x="x", y="y", color="s", keep=["x", "y"], x_range=(0, 15_000), buckets=200)
    assert wide["sampled"]["complete"] is False and len(wide["data"]) <= 4 * 200 * 2 + 4
    assert wide["columns"] == ["x", "y"]


def test_unsorted_frames_and_missing_values():
    frame = _frame().sample(frac=1, random_state=1)
    frame.loc[frame.index[:50], "y"] = np.nan
    value = frame_value(frame, "line", "LinePlot")
    sorted_value = frame_value(frame.sort_values(["x", "s"]), "line", "LinePlot")
    one = sample_line(value, x="x", y="y", color="s", keep=["x", "y", "s"], buckets=300)
    two = sample_line(sorted_value, x="x", y="y", color="s", keep=["x", "y", "s"], buckets=300)
    assert sorted(map(tuple, one["data"])) == sorted(map(tuple, two["data"]))
    assert all(row[1] is not None for row in one["data"])
    near = sample_line(value, x="x", y="y", color="s", keep=["x", "y", "s"], x_range=(100, 200))
    near_sorted = sample_line(sorted_value, x="x", y="y", color="s", keep=["x", "y", "s"], x_range=(100, 200))
    assert sorted(map(tuple, near["data"])) == sorted(map(tuple, near_sorted["data"]))


def test_dates_are_sampled_in_epoch_milliseconds():
    n = 10_000
    frame = pd.DataFrame({"t": pd.date_range("2024-01-01", periods=n, freq="s"), "v": np.sin(np.arange(n) / 50)})
    value = frame_value(frame, "line", "LinePlot")
    sample = sample_line(value, x="t", y="v", color=None, keep=["t", "v"], buckets=100)
    start = int(pd.Timestamp("2024-01-01").timestamp() * 1000)
    assert sample["data"][0][0] == start and sample["data"][-1][0] == start + (n - 1) * 1000
    zoom = sample_line(value, x="t", y="v", color=None, keep=["t", "v"], x_range=(start + 10_000, start + 20_000))
    assert [row[0] for row in zoom["data"]] == [start + i * 1000 for i in range(9, 22)]


def test_rows_given_as_lists_are_sampled_too():
    frame = _frame(n=6000, series=1)
    value = frame_value(frame, "line", "LinePlot")
    plain = {**value, "data": value["data"].rows()}
    a = sample_line(value, x="x", y="y", color="s", keep=["x", "y", "s"])
    b = sample_line(plain, x="x", y="y", color="s", keep=["x", "y", "s"])
    assert a == b and a["sampled"]["buckets"] == DEFAULT_BUCKETS


def test_constant_x_and_a_single_point():
    frame = pd.DataFrame({"x": np.zeros(9000), "y": np.arange(9000.0)})
    sample = sample_line(frame_value(frame, "line", "L"), x="x", y="y", color=None, keep=["x", "y"])
    assert sorted(row[1] for row in sample["data"]) == [0.0, 8999.0]
