"""What screen readers are told: required fields, text without decorative glyphs, and a walk of the accessibility
tree.
"""
