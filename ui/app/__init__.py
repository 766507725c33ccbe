"""Starting the desktop app: the QApplication, its icon, Qt's own translations, the one setting kept outside a
vault, and the worker thread for slow work.
"""
