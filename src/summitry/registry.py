"""The component registry: what a pipeline component is, and the decorator that registers one.

A component is a function ``fn(doc: Document) -> None`` that reads what earlier components wrote and adds
its own annotations. Each registers what it requires and what it assigns, so a pipeline built in the wrong
order fails loudly instead of producing empty output. Components import this module, never the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .doc import Document

ComponentFn = Callable[[Document], None]


@dataclass(frozen=True)
class Component:
    name: str
    fn: ComponentFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, Component] = {}


def component(name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register ``fn`` as a pipeline component under ``name``."""

    def register(fn: ComponentFn) -> ComponentFn:
        REGISTRY[name] = Component(name, fn, tuple(requires), tuple(assigns))
        return fn

    return register
