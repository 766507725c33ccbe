"""Screenshot tooling: builds every screen on synthetic data and saves PNGs to docs/screenshots/.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m ui.screens.capture [name ...]
"""
