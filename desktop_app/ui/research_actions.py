"""The Research menu of the window: record a dated share price or target price (undoable), set when
a price turns stale, and the research notes (add one, list them with what cites them).

`install(window)` builds the menu; each action opens its dialog and pushes one command on the
window's undo stack. After any change every view that shows the upside is refreshed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from desktop_app.storage.errors import SaveError
from desktop_app.ui.errors import error_text

STATUS_TIMEOUT_MS = 8000


def _action(window: Any, menu: QMenu, name: str, text: str, shortcut: str, tip: str,
            slot: object) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def install(window: Any, menu: QMenu | None = None) -> QMenu:
    """Add the Research menu (before Help) to the window's menu bar; with `menu` (the empty Research
    menu already in the bar, ui/window_parts.py), fill that one."""
    filling = menu is not None
    if menu is None:
        menu = QMenu(QCoreApplication.translate("ResearchActions", "&Research"), window)
        menu.setObjectName("researchMenu")
    window.action_set_price = _action(
        window,
        menu,
        "actionSetPrice",
        QCoreApplication.translate("ResearchActions", "Set Share &Price…"),
        "Ctrl+Shift+P",
        QCoreApplication.translate(
            "ResearchActions", "Record a share price with its as-of date and source (undoable)"
        ),
        lambda: choose_price(window),
    )
    window.action_set_target = _action(
        window,
        menu,
        "actionSetTarget",
        QCoreApplication.translate("ResearchActions", "Set &Target Price and Rating…"),
        "Ctrl+Shift+T",
        QCoreApplication.translate(
            "ResearchActions", "Record a target price and rating with their date and source (undoable)"
        ),
        lambda: choose_price(window, target=True),
    )
    menu.addSeparator()
    window.action_add_note = _action(
        window,
        menu,
        "actionAddNote",
        QCoreApplication.translate("ResearchActions", "Add &Note…"),
        "Ctrl+Shift+O",
        QCoreApplication.translate(
            "ResearchActions", "Record a research note: broker, date, title, analyst and its file (undoable)"
        ),
        lambda: choose_note(window),
    )
    window.action_show_notes = _action(
        window,
        menu,
        "actionShowNotes",
        QCoreApplication.translate("ResearchActions", "Show N&otes"),
        "",
        QCoreApplication.translate("ResearchActions", "The list of research notes and what cites each"),
        lambda: show_notes(window),
    )
    window.action_set_forecast = _action(
        window,
        menu,
        "actionSetForecast",
        QCoreApplication.translate("ResearchActions", "Add or Change a &Forecast…"),
        "",
        QCoreApplication.translate(
            "ResearchActions", "Add a Figure 1 forecast or change one, with its source (undoable)"
        ),
        lambda: choose_forecast(window),
    )
    window.action_add_statement = _action(
        window,
        menu,
        "actionAddStatement",
        QCoreApplication.translate("ResearchActions", "Add a Stat&ement…"),
        "",
        QCoreApplication.translate(
            "ResearchActions", "Record a point a note makes (or your own), with its source (undoable)"
        ),
        lambda: choose_statement(window),
    )
    menu.addSeparator()
    window.action_stale_days = _action(
        window,
        menu,
        "actionStaleDays",
        QCoreApplication.translate("ResearchActions", "Price &Stale After…"),
        "",
        QCoreApplication.translate(
            "ResearchActions", "How many days before a share price is marked stale wherever upside is shown"
        ),
        lambda: choose_stale_days(window),
    )
    if filling:
        return menu
    bar = window.menuBar()
    help_action = window.help_menu.menuAction() if hasattr(window, "help_menu") else None
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    window.research_menu = menu
    return menu


def refresh_market(window: Any) -> None:
    """Prices, targets or notes changed: every built tab that shows them follows."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        built = getattr(page, "is_built", True)
        if not built:
            continue
        content = page.content() if hasattr(page, "content") else page
        refresh = getattr(content, "refresh_market", None)
        if callable(refresh):
            refresh()


def _status(window: Any, message: str) -> None:
    window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)


def choose_price(window: Any, target: bool = False, company: str = "") -> bool:
    """Ask for a price (or target) and record it as one undo step; True if recorded."""
    from desktop_app.ui.market_dialogs import MarketEntryDialog
    from desktop_app.user import current_user

    ws = window.workspace
    dialog = MarketEntryDialog(ws.companies(), ws.sources(), current_user(), target, company, window)
    window.market_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry is None:
        return False
    return push_entry(window, dialog.entry, target)


def push_entry(window: Any, entry: object, target: bool) -> bool:
    from desktop_app.ui.commands.market import AddPriceCommand, AddTargetCommand, MarketEntry

    assert isinstance(entry, MarketEntry)
    kind = AddTargetCommand if target else AddPriceCommand
    command = kind(
        window.workspace, entry, on_applied=lambda: refresh_market(window), on_error=window.report_save_error
    )
    window.undo_stack.push(command)
    if command.error:
        return False
    _status(window, QCoreApplication.translate("ResearchActions", "Saved: %1").replace("%1", command.text()))
    return True


def choose_note(window: Any) -> str | None:
    """Ask for a note and record it as one undo step; its id, or None."""
    from desktop_app.ui.research.notes_page import NoteDialog
    from desktop_app.user import current_user

    dialog = NoteDialog(current_user(), window)
    window.note_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry is None:
        return None
    return push_note(window, dialog.entry)


def push_note(window: Any, entry: object) -> str | None:
    from desktop_app.ui.commands.notes import AddNoteCommand, NoteEntry

    assert isinstance(entry, NoteEntry)
    command = AddNoteCommand(
        window.workspace, entry, on_applied=lambda: refresh_market(window), on_error=window.report_save_error
    )
    window.undo_stack.push(command)
    if command.error or command.note_id is None:
        return None
    _status(
        window,
        QCoreApplication.translate("ResearchActions", "Saved: note %1 (%2)")
        .replace("%1", command.note_id)
        .replace("%2", entry.title),
    )
    return command.note_id


def choose_forecast(window: Any) -> bool:
    from desktop_app.ui.research.entry_dialogs import ForecastDialog
    from desktop_app.user import current_user

    ws = window.workspace
    dialog = ForecastDialog(ws.companies(), ws.sources(), current_user(), ws.forecasts(), window)
    window.forecast_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry is None:
        return False
    return push_research(window, dialog.entry)


def choose_statement(window: Any) -> bool:
    from desktop_app.ui.research.entry_dialogs import StatementDialog
    from desktop_app.user import current_user

    ws = window.workspace
    dialog = StatementDialog(ws.companies(), ws.sources(), current_user(), window)
    window.statement_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry is None:
        return False
    return push_research(window, dialog.entry)


def edit_statement(window: Any, statement: object) -> bool:
    """Ask for a statement's new text and source and save them as one undo step; True if saved."""
    from desktop_app.domain.statements import Statement
    from desktop_app.ui.research.entry_dialogs import EditStatementDialog
    from desktop_app.user import current_user

    assert isinstance(statement, Statement)
    dialog = EditStatementDialog(statement, window.workspace.sources(), current_user(), window)
    window.edit_statement_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry is None:
        return False
    return push_research(window, dialog.entry)


def push_research(window: Any, entry: object) -> bool:
    """A forecast or statement entry (or a statement's edit) as one undo step; True if it was saved."""
    from desktop_app.ui.commands.research import (
        AddStatementCommand,
        EditStatementCommand,
        ForecastEntry,
        SetForecastCommand,
        StatementEdit,
        StatementEntry,
    )

    done = lambda: refresh_market(window)  # noqa: E731
    command: SetForecastCommand | AddStatementCommand | EditStatementCommand
    if isinstance(entry, ForecastEntry):
        command = SetForecastCommand(window.workspace, entry, done, window.report_save_error)
    elif isinstance(entry, StatementEdit):
        command = EditStatementCommand(window.workspace, entry, done, window.report_save_error)
    else:
        assert isinstance(entry, StatementEntry)
        command = AddStatementCommand(window.workspace, entry, done, window.report_save_error)
    window.undo_stack.push(command)
    if command.error:
        return False
    _status(window, QCoreApplication.translate("ResearchActions", "Saved: %1").replace("%1", command.text()))
    return True


def show_notes(window: Any) -> None:
    """Bring up the Research tab's Notes page."""
    for index in range(window.tabs.count()):
        content = window.tab_page(index)
        page = getattr(content, "notes_page", None)
        if page is not None:
            window.tabs.setCurrentIndex(index)
            content.pages.setCurrentWidget(page)
            return


def choose_stale_days(window: Any) -> None:
    ws = window.workspace
    from PySide6.QtWidgets import QInputDialog  # not at import: it costs the first paint

    days, ok = QInputDialog.getInt(
        window,
        QCoreApplication.translate("ResearchActions", "Price Stale After"),
        QCoreApplication.translate("ResearchActions", "Mark a share price stale after this many days:"),
        ws.stale_days(),
        1,
        365,
    )
    if not ok:
        return
    try:
        ws.set_stale_days(days)
    except (ValueError, SaveError) as exc:
        window.report_save_error(error_text(exc))
        return
    watcher = getattr(window, "external_changes", None)
    if watcher is not None:
        watcher.remember()  # the window's own write, not another program's
    refresh_market(window)
    from desktop_app.ui.models.market_text import days_text

    _status(window, QCoreApplication.translate("ResearchActions", "Prices older than %1 are marked stale")
            .replace("%1", days_text(days)))
