"""The table of deadline rules (DESIGN §5, FACTS "Deadline rules"): status papers first, then court and
USCIS dates. The engine that turns these rules into reminders is `domain.rules`.
"""

from __future__ import annotations

from domain.rule_types import Rule
from domain.rule_wording import GENERIC_LATE_ACTION, GENERIC_LATE_TITLE
from domain.rules_court import COURT_RULES, RECHECK_FIRST_WEEK, RECHECK_LAST_WEEK
from domain.rules_status import STATUS_RULES

__all__ = ["GENERIC_LATE_ACTION", "GENERIC_LATE_TITLE", "RECHECK_FIRST_WEEK", "RECHECK_LAST_WEEK", "RULES"]

RULES: tuple[Rule, ...] = STATUS_RULES + COURT_RULES
