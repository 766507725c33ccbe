"""Dates, times, phones and backups written the way people read them, in Spanish or English (no Qt: the command
line uses it too).
"""
