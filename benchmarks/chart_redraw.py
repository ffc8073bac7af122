"""Time a redraw of the capex chart with 4 CSPs x 40 quarters (a synthetic data set made here).

    python benchmarks/chart_redraw.py [--runs N] [--goal MS] [--size WxH]

Each run builds the chart's series from the points (`quarterly_chart`), hands them to the chart
(`CapexChart.set_data`) and forces a full paint of the widget (`grab()`, which paints exactly what
a repaint of the window paints); the data alternates between two versions so every run really
changes the bars, ranges and axes. Prints the median of each step, then the median, p95, min and
max of the whole redraw (wall clock) and its CPU time; exit status 1 when the wall-clock median is
above the goal (default 16 ms, one frame at 60 Hz). The data
set lives only in memory: it is generated from a fixed seed and never written or shipped. Without
a display it uses QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.domain.capex import CapexPoint  # noqa: E402
from desktop_app.domain.companies import Company  # noqa: E402
from desktop_app.domain.periods import Quarter, calendar_to_fiscal  # noqa: E402

QUARTERS = 40
COMPANIES = (
    Company("MSFT", "Microsoft", "微軟", 6, "Azure"),
    Company("AMZN", "Amazon", "亞馬遜", 12, "AWS"),
    Company("GOOGL", "Alphabet", "Alphabet", 12, "Google Cloud"),
    Company("META", "Meta", "Meta", 12, ""),
)


def synthetic_points(seed: int, quarters: int = QUARTERS) -> list[CapexPoint]:
    """Capex that grows with noise: derived first year, reported quarters, guidance last."""
    rng = random.Random(seed)
    points = []
    first = Quarter(2016, 1)
    for company in COMPANIES:
        value = rng.uniform(3000, 9000)
        for i in range(quarters):
            calendar = first.shifted(i)
            value *= rng.uniform(0.97, 1.09)
            amount = Decimal(round(value))
            guided = i == quarters - 1
            derived = i < 4
            points.append(CapexPoint(
                company.ticker, calendar_to_fiscal(calendar, company.fy_end_month), calendar,
                actual=None if guided else amount,
                actual_origin="" if guided else ("derived" if derived else "reported"),
                derivation="synthetic" if derived else "",
                consensus=None if derived else Decimal(round(value * rng.uniform(0.9, 1.05))),
                guidance=amount if guided else None,
                printed_yoy=None if derived else Decimal(rng.randint(-10, 90)),
                revenue=Decimal(round(value * rng.uniform(4, 8))),
                sources=("synthetic",),
            ))
    return points


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--goal", type=float, default=16.0, help="median goal in ms")
    parser.add_argument("--size", default="1380x440",
                        help="chart size, WxH (default: its size in a 1400x860 window)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.capex.chart import CapexChart
    from desktop_app.ui.capex.series import quarterly_chart

    app = QApplication.instance() or QApplication([])
    versions = [synthetic_points(1), synthetic_points(2)]
    visible = {c.ticker for c in COMPANIES}
    chart = CapexChart()
    chart.resize(width, height)
    chart.show()
    app.processEvents()
    for i in range(10):  # warm-up: item creation, font caches, the first layout
        chart.set_data(quarterly_chart(COMPANIES, versions[i % 2], visible))
        chart.grab()
    series_ms, update_ms, paint_ms, total_ms, cpu_ms = [], [], [], [], []
    for i in range(args.runs):
        cpu = time.thread_time()
        start = time.perf_counter()
        data = quarterly_chart(COMPANIES, versions[i % 2], visible)
        built = time.perf_counter()
        chart.set_data(data)
        updated = time.perf_counter()
        chart.grab()
        end = time.perf_counter()
        cpu_ms.append((time.thread_time() - cpu) * 1000)
        series_ms.append((built - start) * 1000)
        update_ms.append((updated - built) * 1000)
        paint_ms.append((end - updated) * 1000)
        total_ms.append((end - start) * 1000)
    bars = sum(len(chart.bars_of(c.ticker)) for c in COMPANIES)
    total_ms.sort()
    p95 = total_ms[min(len(total_ms) - 1, int(round(0.95 * (len(total_ms) - 1))))]
    median = statistics.median(total_ms)
    print(f"capex chart redraw: {len(COMPANIES)} CSPs x {QUARTERS} quarters = {bars} bars, "
          f"{width}x{height} px, {args.runs} runs, platform {app.platformName()}")
    print(f"  medians: series {statistics.median(series_ms):.2f} ms, "
          f"set_data {statistics.median(update_ms):.2f} ms, paint {statistics.median(paint_ms):.2f} ms")
    print(f"  redraw (series + set_data + full paint) median {median:.2f} ms, p95 {p95:.2f} ms, "
          f"min {total_ms[0]:.2f} ms, max {total_ms[-1]:.2f} ms; goal median < {args.goal:g} ms")
    print(f"  CPU time of this thread per redraw: median {statistics.median(cpu_ms):.2f} ms "
          f"(below the wall-clock time when other processes compete for the CPU)")
    chart.close()
    return 0 if median < args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
