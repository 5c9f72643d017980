"""Run the nbblocks benchmarks: ``python bench/run.py`` (see ``bench/README.md``).

Speed is never asserted. Every comparison is a ratio against a baseline measured in
the same run, printed with the raw medians it comes from.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(1, str(HERE.parent))

from _common import GRADIO_PYTHON_ENV, Settings  # noqa: E402

BENCHMARKS = ("import", "round-trip", "queue", "gradio", "image", "annotated", "dataframe", "media", "http", "frontend", "chat", "snapshot", "plot", "page", "lab")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="nbblocks benchmarks: ratios against baselines measured in the same run.")
    parser.add_argument("--quick", action="store_true", help="smoke mode: a few repetitions, numbers meaningless")
    parser.add_argument("--only", choices=BENCHMARKS, action="append", help="run only this benchmark (repeatable)")
    parser.add_argument("--gradio-python", metavar="PATH",
                        help=f"an interpreter that can import gradio, when this one cannot (or set {GRADIO_PYTHON_ENV})")
    parser.add_argument("--profile", action="store_true",
                        help="instead of the benchmarks, print a per-thread cProfile of nbblocks' event round trip")
    args = parser.parse_args(argv)
    settings = Settings(quick=args.quick, gradio_python=args.gradio_python)

    if args.profile:
        import round_trip

        round_trip.profile(settings)
        return 0

    import annotated_image
    import chat_stream
    import dataframe_display
    import frontend_bytes
    import gradio_api
    import http_bench
    import image_display
    import import_time
    import lab_tti
    import media
    import page_click
    import plot_bench
    import queue_throughput
    import round_trip
    import snapshot

    print(f"nbblocks benchmarks: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"{'quick (smoke) mode' if args.quick else 'full mode'}")
    started = time.perf_counter()
    for name, module in (("import", import_time), ("round-trip", round_trip), ("queue", queue_throughput), ("gradio", gradio_api),
                         ("image", image_display), ("annotated", annotated_image), ("dataframe", dataframe_display),
                         ("media", media), ("http", http_bench), ("frontend", frontend_bytes), ("chat", chat_stream), ("snapshot", snapshot), ("plot", plot_bench),
                         ("page", page_click), ("lab", lab_tti)):
        if args.only and name not in args.only:
            continue
        print()
        module.run(settings)
        sys.stdout.flush()
    goals = settings.results.get("goals", [])
    if goals:
        print(f"\ngoals ({sum(g.endswith('holds') for g in goals)} of {len(goals)} hold):")
        for line in goals:
            print(f"  {line}")
    print(f"\ndone in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
