"""Printable documents (rights card, case summary, deadline list, family plan, guide) as PDF bytes."""
