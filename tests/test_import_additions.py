"""The Excel import creates a company's missing quarters and the lines it recognises (a key another
company defines) instead of refusing them, lists them in the plan, the CLI and the preview, applies
everything in one transaction, and its undo takes them away again."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_import import ExcelImportError, read_import
from desktop_app.storage.workspace import Workspace

F2Q26 = Quarter(2026, 2)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "w.cspdesk")
    workspace.add_company(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
    yield workspace
    workspace.close()


def _with_rows(ws: Workspace, out: Path, rows: list[dict[str, object]]) -> Path:
    export_workbook(ws, out)
    book = openpyxl.load_workbook(out)
    sheet = book[L.SCORECARDS]
    header = {c.value: c.column for c in sheet[L.HEADER_ROW] if c.value}
    for values in rows:
        row = sheet.max_row + 1
        for name, value in values.items():
            sheet.cell(row=row, column=header[name], value=value)
    book.save(out)
    return out


def test_import_creates_quarters_and_recognised_lines(ws: Workspace, tmp_path: Path) -> None:
    path = _with_rows(ws, tmp_path / "new.xlsx", [
        {L.COL_TICKER: "ORCL", L.COL_QUARTER: "F2Q26 · 4Q25", L.COL_LINE_KEY: "revenue",
         L.COL_LINE: "Total revenues", L.COL_ACTUAL: 16058, L.COL_CONSENSUS: 16200},
        {L.COL_TICKER: "ORCL", L.COL_QUARTER: "4Q25", L.COL_LINE_KEY: "op_margin", L.COL_ACTUAL: 0.3},
        {L.COL_TICKER: "GOOGL", L.COL_QUARTER: "3Q25", L.COL_LINE_KEY: "google_cloud_revenue",
         L.COL_ACTUAL: 15157},
    ])
    before = ws.last_change_id()
    plan = read_import(path, ws)
    assert [(x.company, x.key, x.label, x.kind.value) for x in plan.new_lines] == [
        ("ORCL", "revenue", "Total revenues", "amount"), ("ORCL", "op_margin", "Operating margin", "rate")]
    assert all(x.numerator is None for x in plan.new_lines)  # a ratio's parts are not carried over
    assert {(t, label) for t, _, label in plan.new_quarters} == {("ORCL", "F2Q26 · 4Q25"),
                                                                ("GOOGL", "3Q25")}
    assert "new line ORCL Total revenues (revenue, amount, higher)" in plan.additions()
    assert ws.last_change_id() == before  # reading writes nothing
    ws.apply_scorecard_changes(plan.values(), plan.summary(), new_lines=plan.new_lines)
    assert [d.key for d in ws.line_defs("ORCL")] == ["revenue", "op_margin"]
    assert ws.scorecard_line("ORCL", F2Q26, "revenue").actual == D("16058")
    assert ws.scorecard_line("ORCL", F2Q26, "op_margin").actual == D("30")
    assert ws.scorecard_line("GOOGL", Quarter(2025, 3), "google_cloud_revenue").actual == D("15157")
    # the undo, as the window's command does it
    ws.apply_scorecard_changes(plan.values(False), "undo", plan.created_rows(),
                               remove_lines=[(x.company, x.key) for x in plan.new_lines])
    assert ws.line_defs("ORCL") == [] and ws.periods("ORCL") == [] and ws.periods("GOOGL") == []


def test_a_key_no_company_defines_is_still_refused(ws: Workspace, tmp_path: Path) -> None:
    path = _with_rows(ws, tmp_path / "bad.xlsx", [
        {L.COL_TICKER: "ORCL", L.COL_QUARTER: "F2Q26", L.COL_LINE_KEY: "rpo", L.COL_ACTUAL: 455000}])
    with pytest.raises(ExcelImportError, match="ORCL has no scorecard line 'rpo' \\(unknown metric"):
        read_import(path, ws)


def test_the_cli_lists_and_applies_the_additions(ws: Workspace, tmp_path: Path) -> None:
    from test_coverage_cli import run_cli

    path = _with_rows(ws, tmp_path / "cli.xlsx", [
        {L.COL_TICKER: "ORCL", L.COL_QUARTER: "F2Q26", L.COL_LINE_KEY: "capex", L.COL_ACTUAL: 12000}])
    ws.close()
    dry = run_cli("import", str(path), "--dry-run", "--workspace", str(ws.path), cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "Creates new quarter ORCL F2Q26 · 4Q25" in dry.stdout and "Creates new line ORCL Capex" in dry.stdout
    done = run_cli("import", str(path), "--workspace", str(ws.path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with Workspace.open(ws.path) as again:
        assert again.scorecard_line("ORCL", F2Q26, "capex").actual == D("12000")


def test_the_preview_lists_the_additions_and_undo_removes_them(ws: Workspace, tmp_path: Path, qtbot) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.commands.excel_import import ExcelImportCommand
    from desktop_app.ui.excel_preview import ImportPreviewDialog

    path = _with_rows(ws, tmp_path / "ui.xlsx", [
        {L.COL_TICKER: "ORCL", L.COL_QUARTER: "F2Q26", L.COL_LINE_KEY: "eps", L.COL_ACTUAL: 1.47}])
    plan = read_import(path, ws)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert "It also creates: new quarter ORCL F2Q26 · 4Q25; new line ORCL EPS (US$)" in summary
    stack = QUndoStack()
    stack.push(ExcelImportCommand(ws, plan))
    assert ws.scorecard_line("ORCL", F2Q26, "eps").actual == D("1.47")
    stack.undo()
    assert ws.line_defs("ORCL") == [] and ws.periods("ORCL") == []
    stack.redo()
    assert ws.line_defs("ORCL")[0].kind.value == "per_share"
