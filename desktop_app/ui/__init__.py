"""The desktop user interface (PySide6): application start, main window, tabs and table models.

Modules imported at start-up stay light: no pandas, pyqtgraph or openpyxl before the first paint.
"""
