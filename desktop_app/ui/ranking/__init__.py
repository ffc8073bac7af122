"""The Ranking desk's widgets: the drag-to-rank list, the rationale editor, history and chart."""
