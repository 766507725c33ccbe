"""argparse's own words ("usage:", "options", "the following arguments are required") in the chosen language.

argparse asks Python's gettext for its strings in the process's text domain, "messages", with the
language taken from the environment. Our catalog uses that same domain name, so binding the domain
to our `locale/` folder and naming the language in LANGUAGE for the time of the parse makes argparse
speak Spanish from our own catalog; the environment is put back afterwards. The msgids below are
argparse's, word for word, listed so that the catalog tools extract them.
"""

from __future__ import annotations

import contextlib
import gettext
import os
from collections.abc import Iterator

from content.i18n import DOMAIN, N_
from content.paths import locale_dir

ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
)


@contextlib.contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """Within the block, argparse's messages and help headings are in `lang` ("en" or "es")."""
    saved, domain = os.environ.get("LANGUAGE"), gettext.textdomain()
    gettext.bindtextdomain(DOMAIN, str(locale_dir()))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        gettext.textdomain(domain)
        if saved is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = saved
