"""Shape-preserving downsampling of big line plots, done in the kernel.

A line drawn into ``w`` pixel columns shows, per column, where the line enters, where it
leaves, and how low and how high it goes. Keeping exactly those four points of every
bucket (M4: first, last, min and max, per colour series) draws the same picture from at
most ``4 * buckets`` points per series, whatever the length of the series; every
bucket's minimum and maximum survive, so no spike is lost. Gradio sends every point and
thins them in the browser into 250 buckets; the notebook gets the sample instead, and the
view asks for a finer one when the plot is zoomed into a range
(``NativePlot.resample``). ``docs/plots.md`` says when it applies.
"""

from __future__ import annotations

from typing import Any

from ._plot_frames import FrameRows, column_arrays, rows_of

__all__ = ["DEFAULT_BUCKETS", "MAX_BUCKETS", "m4_indices", "sample_line"]

#: Buckets (pixel columns) of a sample when the view has not said how wide it is.
DEFAULT_BUCKETS = 1000
#: The most buckets a view may ask for (a 4K screen at 2x).
MAX_BUCKETS = 8000
#: A plot keeps every point while it has at most this many per bucket on average.
POINTS_PER_BUCKET = 4


def _first_where(mask: Any, group: Any) -> Any:
    """Positions of the first True of ``mask`` in each group (``group`` non-decreasing)."""
    import numpy as np

    positions = np.flatnonzero(mask)
    _, first = np.unique(group[positions], return_index=True)
    return positions[first]


def _is_sorted(a: Any) -> bool:
    import numpy as np

    return len(a) < 2 or bool(np.all(a[1:] >= a[:-1]))


def _group_extremes(keys: Any, *values: Any, order: Any = None) -> list[Any]:
    """For each distinct key, the positions of the smallest and largest of each ``values``
    array (ties: the first); positions index the arrays as given. ``order`` is a stable
    ordering of ``keys`` when the caller has one."""
    import numpy as np

    if len(keys) == 0:
        return []
    if order is None and not _is_sorted(keys):
        order = np.argsort(keys, kind="stable")
    k = keys if order is None else keys[order]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    counts = np.diff(np.r_[starts, len(k)])
    group = np.repeat(np.arange(len(starts)), counts)
    found = []
    for v in values:
        v = v if order is None else v[order]
        for reduce in (np.minimum, np.maximum):
            extreme = np.repeat(reduce.reduceat(v, starts), counts)
            at = _first_where(v == extreme, group)
            found.append(at if order is None else order[at])
    return found


def _series_order(series: Any) -> Any:
    """A stable ordering by series code (None for one series); small codes sort in O(n)."""
    import numpy as np

    if len(series) == 0 or not series.any():
        return None
    top = int(series.max())
    codes = series.astype(np.int16) if top < 2**15 else series
    return np.argsort(codes, kind="stable")


def m4_indices(x: Any, y: Any, series: Any, buckets: int, lo: float, hi: float) -> Any:
    """Sorted indices of the points kept: the first, last, lowest and highest point of each
    of ``buckets`` equal x-buckets over ``[lo, hi]``, per series. ``x`` and ``y`` are finite
    floats; ``series`` are integer codes (all zero for one series)."""
    import numpy as np

    span = hi - lo
    if span > 0 and np.isfinite(span):
        bucket = np.floor((x - lo) * (buckets / span)).astype(np.int64)
        np.clip(bucket, 0, buckets - 1, out=bucket)
    else:
        bucket = np.zeros(len(x), dtype=np.int64)
    keys = series.astype(np.int64) * buckets + bucket
    order = None
    if not _is_sorted(keys):
        # x usually rises within each series: ordering by series alone sorts the keys
        order = _series_order(series)
        if order is None or not _is_sorted(keys[order]):
            order = np.argsort(keys, kind="stable")
    return np.unique(np.concatenate(_group_extremes(keys, x, y, order=order) or [np.zeros(0, dtype=np.int64)]))


def _edges(x: Any, series: Any, candidates: Any, lo: float, hi: float) -> Any:
    """Per series, the nearest point left of ``lo`` and right of ``hi`` among the
    ``candidates`` (so lines run to the plot's edges, as Gradio's view keeps them)."""
    import numpy as np

    kept = []
    for side, pick in ((x[candidates] < lo, np.maximum), (x[candidates] > hi, np.minimum)):
        rows = candidates[side]
        if not len(rows):
            continue
        codes, xs = series[rows], x[rows]
        best = np.full(int(codes.max()) + 1, -np.inf if pick is np.maximum else np.inf)
        pick.at(best, codes, xs)
        hit = rows[xs == best[codes]]
        _, first = np.unique(series[hit], return_index=True)
        kept.append(hit[first])
    return np.concatenate(kept) if kept else np.zeros(0, dtype=np.int64)


def _series_arrays(value: dict[str, Any], x: str, y: str, color: str | None) -> tuple[Any, Any, Any, bool]:
    """x and y as floats, each row's series code, and whether x never falls; kept with a
    frame's rows for the next resample of the same value."""
    import numpy as np
    import pandas as pd

    data = value.get("data")
    key = ("series", x, y, color)
    if isinstance(data, FrameRows) and key in data.derived:
        return data.derived[key]  # type: ignore[no-any-return]
    arrays = column_arrays(value, [x, y])
    xs, ys = arrays[x], arrays[y]
    if color:
        if isinstance(data, FrameRows):
            labels = data.frame.iloc[:, list(value.get("columns") or []).index(color)]
        else:
            labels = pd.Series(column_arrays(value, [color])[color], dtype=object)
        series = pd.factorize(labels, use_na_sentinel=False)[0].astype(np.int64)
    else:
        series = np.zeros(len(xs), dtype=np.int64)
    found = (xs, ys, series, bool(_is_sorted(xs) and not np.isnan(xs).any()))
    if isinstance(data, FrameRows):
        data.derived[key] = found
    return found


def sample_line(value: dict[str, Any], *, x: str, y: str, color: str | None, keep: list[str],
                x_range: tuple[float, float] | None = None, buckets: int = DEFAULT_BUCKETS) -> dict[str, Any] | None:
    """The rows of a line plot's value the notebook draws, or None when it draws them all.

    Without ``x_range``: None unless the value has more than ``POINTS_PER_BUCKET *
    buckets`` rows; then the M4 sample of each series over the whole x range. With
    ``x_range`` (a zoomed view, in the value's x units, milliseconds for dates): the
    points in that range (every one when they fit, else their M4 sample) and, per
    series, the nearest point outside each end. ``keep`` are the columns the rows carry
    (x, y, color and the tooltip's). The result is a value of the same shape as the
    plot's, with ``sampled`` saying what it is: ``{"rows": all rows, "x_range",
    "buckets", "complete": every point of the range is there}``.
    """
    import numpy as np

    buckets = max(1, min(int(buckets), MAX_BUCKETS))
    total = len(rows_of(value))
    limit = POINTS_PER_BUCKET * buckets
    if x_range is None and total <= limit:
        return None
    xs, ys, series, rising = _series_arrays(value, x, y, color)
    if x_range is None:
        finite = np.isfinite(xs) & np.isfinite(ys)
        if not finite.any():
            return None
        lo, hi = float(xs[finite].min()), float(xs[finite].max())
    else:
        lo, hi = float(min(x_range)), float(max(x_range))
    if rising:  # a time series: the range is a slice, and its neighbours are next to it
        start, stop = int(np.searchsorted(xs, lo, "left")), int(np.searchsorted(xs, hi, "right"))
        inside = start + np.flatnonzero(np.isfinite(ys[start:stop]))
    else:
        usable = np.flatnonzero(np.isfinite(xs) & np.isfinite(ys))
        inside = usable[(xs[usable] >= lo) & (xs[usable] <= hi)]
    complete = len(inside) <= limit
    chosen = inside if complete else inside[m4_indices(xs[inside], ys[inside], series[inside], buckets, lo, hi)]
    if x_range is not None:
        near = _near_slice(series, ys, start, stop) if rising else _edges(xs, series, usable, lo, hi)
        chosen = np.union1d(chosen, near)
    return _subset(value, chosen, keep, total, None if x_range is None else [lo, hi], buckets, complete)


def _near_slice(series: Any, ys: Any, start: int, stop: int) -> Any:
    """For x that never falls: per series, the last usable row before ``start`` and the
    first after ``stop``, found by walking outwards until every series has one (at most a
    window that grows; whole arrays only for a series absent near the range)."""
    import numpy as np

    wanted = set(np.unique(series).tolist())
    kept: list[int] = []
    for direction in (-1, 1):
        need = set(wanted)
        at = start - 1 if direction < 0 else stop
        window = 256
        while need and 0 <= at < len(series):
            lo_i, hi_i = (max(0, at - window + 1), at + 1) if direction < 0 else (at, min(len(series), at + window))
            chunk = np.arange(lo_i, hi_i)[::direction]  # nearest first
            rows = chunk[np.isfinite(ys[chunk])]
            codes, first = np.unique(series[rows], return_index=True)
            for code, i in zip(codes.tolist(), first.tolist()):
                if code in need:
                    need.discard(code)
                    kept.append(int(rows[i]))
            at = lo_i - 1 if direction < 0 else hi_i
            window *= 4
    return np.array(sorted(kept), dtype=np.int64)


def _subset(value: dict[str, Any], chosen: Any, keep: list[str], total: int, x_range: Any, buckets: int,
            complete: bool) -> dict[str, Any]:
    """The chosen rows (by index, in order) with the ``keep`` columns, as the value encodes them."""
    columns = list(value.get("columns") or [])
    names = [c for c in dict.fromkeys(keep) if c in columns]
    where = [columns.index(c) for c in names]
    data = value.get("data")
    if isinstance(data, FrameRows):
        rows = FrameRows(data.frame.iloc[chosen, where]).rows()
    else:
        all_rows = rows_of(value)
        rows = [[all_rows[int(i)][j] for j in where] for i in chosen]
    types = value.get("datatypes") or {}
    return {
        "columns": names,
        "data": rows,
        "datatypes": {c: types[c] for c in names if c in types},
        "mark": value.get("mark"),
        "sampled": {"rows": total, "x_range": x_range, "buckets": buckets, "complete": bool(complete)},
    }
