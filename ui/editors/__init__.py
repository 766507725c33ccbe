"""The forms that add and change people, cases, events, documents, contacts and the family plan."""
