"""Thin table models over the domain objects, one small class per table the tabs show."""
