"""Query commands over an ingested database (registered on the main ``summitry`` group)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
