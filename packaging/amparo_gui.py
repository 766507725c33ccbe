"""Entry script of the frozen `amparo-gui` program: always the desktop app, built without a console."""

import sys

import main

sys.exit(main.gui())
