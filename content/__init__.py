"""Text resources of Amparo: the rights guides, the card text and the gettext catalogs.

Qt-free, so the command line, the reports and the desktop app share one loader.
"""
