"""The capex chart: series built from the workspace (series), the pyqtgraph chart (chart, axes),
hover text (hover), PNG/SVG export (export) and table copy (copy).

Only `series` and `copy` are free of pyqtgraph; the others import it, so they are imported by the
capex tab, which is built lazily, never at start-up.
"""
