"""Excel export and import timings: the seed workspace, and a synthetic one of ~100,000 cells.

    python benchmarks/excel.py [--runs 5] [--companies 12] [--quarters 24]

- seed export: `export_workbook` of a freshly seeded workspace; the first run in the process
  (which also imports openpyxl) is reported apart from the median of the others. Goal < 0.5 s.
- synthetic export: a workspace generated here, in a temporary folder (never shipped as data):
  the seed plus `--companies` made-up CSPs with Microsoft's 24 scorecard lines over `--quarters`
  quarters, about 7,000 scorecard rows; the workbook holds ~100,000 non-empty cells. Goal < 3 s.
- synthetic import: `read_import` of that workbook as exported, and with 500 figures changed in it
  the way a spreadsheet program saves an edit (everything is read and checked either way), goal
  < 3 s; applying the 500 changes in one transaction; and, for reference, reading the same file
  once openpyxl has re-saved it (openpyxl writes every text inline, which reads slower).
Prints medians (and min / max) in seconds. Exit status 0 when the goals are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_SEED = 0.5
GOAL_SYNTHETIC = 3.0


def synthetic_seed(companies: int, quarters: int, seed: int = 42):  # noqa: ANN201
    """The real seed plus made-up companies with Microsoft's line definitions and random figures."""
    from desktop_app.domain.companies import Company, SourceRef
    from desktop_app.domain.periods import Quarter
    from desktop_app.domain.scorecard import Printed, ScorecardLine
    from desktop_app.io.seed_data import load_seed

    base = load_seed()
    rng = random.Random(seed)
    template = [d for d in base.lines if d.company == "MSFT"]
    new_companies, new_lines, new_scorecard = [], [], []
    for n in range(companies):
        ticker = f"SYN{n + 1:02d}"
        new_companies.append(Company(ticker, f"Synthetic Cloud {n + 1}", f"合成雲端 {n + 1}",
                                     (3, 6, 9, 12)[n % 4], "Cloud"))
        new_lines += [replace(d, company=ticker) for d in template]
        levels = {d.key: rng.uniform(2_000, 90_000) for d in template}
        for q in range(quarters):
            period = Quarter(2019, 1).shifted(q)
            for d in template:
                if d.kind.is_rate:
                    actual = Decimal(f"{rng.uniform(5, 60):.1f}")
                    consensus = actual + Decimal(f"{rng.uniform(-2, 2):.1f}")
                    guidance = actual + Decimal(f"{rng.uniform(-2, 2):.1f}") if rng.random() < 0.5 else None
                else:
                    level = levels[d.key] * (1 + 0.02 * q)
                    actual = Decimal(round(level * rng.uniform(0.95, 1.05)))
                    consensus = Decimal(round(level))
                    guidance = Decimal(round(level * rng.uniform(0.97, 1.0))) if rng.random() < 0.5 else None
                last = q == quarters - 1
                new_scorecard.append(ScorecardLine(
                    ticker, period, d.key, None if last else actual, consensus, guidance,
                    Printed(yoy=Decimal(rng.randint(-10, 40)) if q < 4 else None),  # no prior year yet
                    SourceRef("n001", "Synthetic", 1), ""))
    return replace(base, companies=[*base.companies, *new_companies], lines=[*base.lines, *new_lines],
                   scorecard=[*base.scorecard, *new_scorecard])


def change_figures(book: Path, out: Path, count: int) -> Path:
    """The workbook with `count` consensus figures changed in its XML, as a spreadsheet program saves
    an edit (the rest of the file, shared strings included, as it was)."""
    import re
    import zipfile

    from desktop_app.io import excel_layout as L

    column = chr(ord("A") + L.SCORECARD_COLUMNS.index(L.COL_CONSENSUS))
    done = 0

    def bump(match: re.Match[bytes]) -> bytes:
        nonlocal done
        if done >= count:
            return match.group(0)
        done += 1
        return match.group(1) + str(float(match.group(2)) + 1).encode() + b"</v>"

    pattern = re.compile(rb'(<c r="' + column.encode() + rb'\d+"(?: s="\d+")?><v>)([-0-9.eE]+)</v>')
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = pattern.sub(bump, data)
            target.writestr(item, data)
    return out


def resave_with_openpyxl(book: Path, out: Path) -> Path:
    import openpyxl

    openpyxl.load_workbook(book).save(out)
    return out


def timed(action, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


def line(name: str, samples: list[float], goal: float | None = None) -> str:
    med = statistics.median(samples)
    verdict = "" if goal is None else ("  ok" if med < goal else f"  OVER the {goal} s goal")
    spread = f"(min {min(samples):.3f}, max {max(samples):.3f}, n={len(samples)})"
    return f"{name:<40} median {med:6.3f} s  {spread}{verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--companies", type=int, default=12)
    parser.add_argument("--quarters", type=int, default=24)
    args = parser.parse_args(argv)

    from desktop_app.storage.workspace import Workspace

    ok = True
    with tempfile.TemporaryDirectory(prefix="csp-desk-excel-bench-") as tmp:
        folder = Path(tmp)
        with Workspace.open(folder / "seed.cspdesk") as ws:
            from desktop_app.io.excel_export import export_workbook  # openpyxl is imported lazily below

            first = timed(lambda: export_workbook(ws, folder / "seed.xlsx"), 1)
            seed = timed(lambda: export_workbook(ws, folder / "seed.xlsx"), args.runs)
            cells = export_workbook(ws, folder / "seed.xlsx").cells
        print(f"seed workspace: {cells:,} cells in the workbook")
        print(line("seed export, first in process", first))
        print(line("seed export", seed, GOAL_SEED))
        ok &= statistics.median(seed) < GOAL_SEED

        data = synthetic_seed(args.companies, args.quarters)
        with Workspace.open(folder / "synthetic.cspdesk", seed=data) as ws:
            book = folder / "synthetic.xlsx"
            result = export_workbook(ws, book)
            rows = len(ws.scorecard_lines())
            print(f"synthetic workspace: {len(data.companies)} companies, {rows:,} scorecard rows, "
                  f"{result.cells:,} cells in the workbook, {book.stat().st_size / 1e6:.1f} MB")
            big = timed(lambda: export_workbook(ws, book), args.runs)
            print(line("synthetic export", big, GOAL_SYNTHETIC))
            ok &= statistics.median(big) < GOAL_SYNTHETIC

            from desktop_app.io.excel_import import read_import

            plans = []
            same = timed(lambda: plans.append(read_import(book, ws)), max(3, args.runs // 2))
            print(line(f"synthetic import: read, {len(plans[-1].changes)} changes", same, GOAL_SYNTHETIC))
            changed = change_figures(book, folder / "changed.xlsx", 500)
            reads = timed(lambda: plans.append(read_import(changed, ws)), max(3, args.runs // 2))
            print(line(f"synthetic import: read, {len(plans[-1].changes)} changes", reads, GOAL_SYNTHETIC))
            ok &= statistics.median(same) < GOAL_SYNTHETIC and statistics.median(reads) < GOAL_SYNTHETIC
            plan = plans[-1]
            applied = timed(lambda: ws.apply_scorecard_changes(plan.values(), plan.summary()), 1)
            print(line("synthetic import: apply in 1 transaction", applied))
            resaved = resave_with_openpyxl(changed, folder / "resaved.xlsx")
            again = timed(lambda: read_import(resaved, ws), 1)
            print(line("same, saved by openpyxl (inline text)", again))

    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
