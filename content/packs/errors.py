"""Why a pack was refused, worded for the person importing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class PackRefused(Exception):
    """A pack that must not be used; `render` words the reason in the caller's language.

    The message is a gettext id (marked with `N_` where raised) with named fields, so the command
    line and the app each translate it into their own language.
    """

    def __init__(self, msgid: str, **fields: Any) -> None:
        super().__init__(msgid.format(**fields) if fields else msgid)
        self.msgid = msgid
        self.fields = fields

    def render(self, gettext: Callable[[str], str]) -> str:
        """The reason in the language of `gettext`."""
        text = gettext(self.msgid)
        return text.format(**self.fields) if self.fields else text
