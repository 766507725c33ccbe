"""People: the searchable list, one person's page, and the likely duplicates shown before saving."""
