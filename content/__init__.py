"""Text resources of Amparo: the rights guides, the card text and the gettext catalogs.

Qt-free, so the command line, the reports and the desktop app share one loader.

Importing this package gives the deadline engine the built-in rule files (`content/rules.toml`), read on
first use: every program of Amparo (the command line, the app, the screenshot and benchmark tools)
imports `content` before it needs a deadline, and none can then forget to. A content pack replaces
the table later with `domain.rules.use_rule_table`.
"""

from content.rule_loader import install_builtin_rules

install_builtin_rules()
