"""File formats: the seed data set (CSV) and, later, Excel export and import. No Qt."""
