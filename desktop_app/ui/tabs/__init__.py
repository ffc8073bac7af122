"""The main window's tabs, one module each: Ranking, Scorecards, Capex, Research."""
