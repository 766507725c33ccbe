"""The command line (DESIGN §8): no Qt, and nothing here imports a screen package."""
