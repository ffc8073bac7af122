"""The research pages: Figure 1 targets and forecasts, the supply-chain lists, risks and points."""
