"""User interfaces of Amparo: the PySide6 desktop app and the Qt-free command line (`ui.cli`).

This package's `__init__` imports nothing, so the command line never loads Qt.
"""
