"""The declared extraction order and the Pipeline that runs it (components: ``registry.py``)."""

from __future__ import annotations

from .doc import Document
from .registry import REGISTRY

# The declared order: tokens/sentences/entities, then what builds on them.
DEFAULT_ORDER = ("nlp", "published", "people", "quotes", "amounts", "meetings")
# The fast path: the same extractors over a parse without the entity recogniser (README: throughput).
FAST_ORDER = ("nlp_fast", *DEFAULT_ORDER[1:])


class PipelineError(ValueError):
    """E001: a component needs an annotation that no earlier component assigns."""


class Pipeline:
    def __init__(self, names: tuple[str, ...] = DEFAULT_ORDER) -> None:
        _load_components()
        unknown = [n for n in names if n not in REGISTRY]
        if unknown:
            raise PipelineError(f"E000 unknown component(s): {', '.join(unknown)}")
        available: set[str] = {"text"}
        for n in names:
            comp = REGISTRY[n]
            missing = [r for r in comp.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"E001 component '{n}' requires {missing}, which no earlier component assigns"
                )
            available.update(comp.assigns)
        self.components = [REGISTRY[n] for n in names]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            comp.fn(doc)
            doc.done.append(comp.name)
        return doc


def _load_components() -> None:
    # Importing the modules runs their @component registrations.
    from .components import amounts, dates, meetings, nlp, people, quotes  # noqa: F401
