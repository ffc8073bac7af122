"""Domain layer: dataclasses and calculations. No Qt, no I/O."""
