"""Today: reminders grouped by how soon they are due, their filters and the table behind them."""
