"""Launching Debian's Chromium through Playwright (screenshots command and browser tests).

Playwright's own browser downloads do not work in this environment, so we always drive the
system Chromium with flags that keep it from contacting any other host.
"""

import os

CHROMIUM = os.environ.get("OPENKLACHTEN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
