"""The common part of the table models behind Today, People and Contacts."""
