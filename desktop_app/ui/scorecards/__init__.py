"""The scorecard views: cell styles and tooltips, the grouped header, the cross-CSP page, dialogs."""
