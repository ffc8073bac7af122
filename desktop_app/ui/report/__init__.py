"""The PDF tear sheet (File ▸ Export PDF…, File ▸ Print…, `csp-desk report`): its content read from
the workspace (content), its pages painted with Qt (pages, capex_figure) and the file written
safely (pdf)."""
