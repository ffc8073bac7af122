"""The capex chart: series built from the workspace (series), the pyqtgraph chart (chart, axes,
items), hover text (hover), PNG/SVG export (export), table copy (copy) and the switches' layout
(flow).

`series`, `copy` and `flow` are free of pyqtgraph; the others import it, so the capex tab imports
them only when it draws or exports the chart (ui/chart_slot.py), and ui/chart_preload.py imports
`chart` and `hover` in the background after the first paint. None of them is imported at start-up.
"""
