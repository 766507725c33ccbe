"""Print preview, printing and saving a PDF that exists only in memory, and the paper size."""
