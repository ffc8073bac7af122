"""Typed QUndoCommands: every user edit goes through the main window's one QUndoStack."""
