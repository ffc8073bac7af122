"""The frozen application against the same app run from its virtual environment: first paint and
size on disk, measured in the same run.

    python benchmarks/frozen_startup.py [--bundle dist/csp-desk] [--runs 7] [--goal 1.5]

Each sample is a fresh process timed from launch to exit, with `--quit-after-paint` on the same
workspace (created by a warm-up run of each, which also writes the venv's bytecode caches to a
temporary PYTHONPYCACHEPREFIX): "frozen" runs `<bundle>/csp-desk`, "venv" runs
`python -m desktop_app` with this interpreter; runs are interleaved so that drift on the machine
hits both alike. Prints the medians, their ratio (goal <= 1.5x) and the bundle's size (goal
< 250 MB). Exit status 0 when both goals are met, 1 when not, 2 when a run fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from startup import ROOT, time_command  # the same timing as the venv start-up benchmark

GOAL_SIZE = 250 * 1000 * 1000



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "csp-desk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--goal", type=float, default=1.5, help="largest acceptable ratio (default 1.5)")
    args = parser.parse_args(argv)
    program = args.bundle / ("csp-desk.exe" if sys.platform == "win32" else "csp-desk")
    if not program.is_file():
        parser.error(f"no {program}: build it with python scripts/build_app.py")
    size = sum(p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink())

    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="csp-desk-frozen-bench-") as tmp:
        folder = Path(tmp)
        workspace = folder / "bench.cspdesk"
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        options = ["--quit-after-paint", "--workspace", str(workspace)]
        commands = {"frozen": [str(program), *options],
                    "venv": [sys.executable, "-m", "desktop_app", *options]}
        warm_up = {name: time_command(cmd, env, folder) for name, cmd in commands.items()}
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                samples[name].append(time_command(cmd, env, folder))

    print(f"bundle {args.bundle}: {size / 1e6:.0f} MB on disk (goal < {GOAL_SIZE / 1e6:.0f} MB)")
    print(f"{'':8} {'warm-up':>9} {'median':>9} {'min':>9} {'max':>9}   ({args.runs} runs, first paint)")
    for name, values in samples.items():
        print(f"{name:8} {warm_up[name]:9.3f} {statistics.median(values):9.3f} "
              f"{min(values):9.3f} {max(values):9.3f}   seconds")
    ratio = statistics.median(samples["frozen"]) / statistics.median(samples["venv"])
    ok = ratio <= args.goal and size < GOAL_SIZE
    verdict = "ok" if ratio <= args.goal else "OVER GOAL"
    print(f"ratio frozen / venv: {ratio:.2f}x (goal <= {args.goal:.1f}x: {verdict})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
