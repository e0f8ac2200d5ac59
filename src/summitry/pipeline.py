"""The declared extraction order and the Pipeline that runs it (components: ``registry.py``).

Which pipeline runs is chosen once, at the edge (``summitry.extract(..., fast=True)``, ``--fast``), as a
``PipelineSpec`` ("default" or "fast"); everything below (batches, workers, ingest, Ray, the quality gate)
is handed that spec and builds its ``Pipeline`` from it, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .doc import Document
from .registry import REGISTRY

# The declared order: tokens/sentences/entities, then what builds on them.
DEFAULT_ORDER = ("nlp", "published", "people", "quotes", "amounts", "meetings", "countries")
# The fast path: the same extractors over a parse without the entity recogniser (README: throughput).
FAST_ORDER = ("nlp_fast", *DEFAULT_ORDER[1:])


@dataclass(frozen=True)
class PipelineSpec:
    """A named pipeline: what to build, cheap to pass around and to pickle (workers build it themselves)."""

    name: str
    order: tuple[str, ...]

    def build(self) -> Pipeline:
        """The Pipeline of this spec, built once per process."""
        return _built(self)

    @property
    def extractor_version(self) -> str:
        """What documents extracted by it are stored with: the version, "+fast" for the fast path."""
        from .version import __version__

        return __version__ if self.name == "default" else f"{__version__}+{self.name}"


DEFAULT = PipelineSpec("default", DEFAULT_ORDER)
FAST = PipelineSpec("fast", FAST_ORDER)
PIPELINES = {spec.name: spec for spec in (DEFAULT, FAST)}


def resolve(pipeline: PipelineSpec | str | None = None, *, fast: bool = False) -> PipelineSpec:
    """The spec an edge (API, CLI) asked for: a spec, a name ("default", "fast"), or ``fast=True``."""
    if isinstance(pipeline, PipelineSpec):
        if fast and pipeline != FAST:
            raise ValueError("give a pipeline or fast=True, not both")
        return pipeline
    if pipeline is None:
        return FAST if fast else DEFAULT
    if pipeline not in PIPELINES:
        raise ValueError(f"unknown pipeline {pipeline!r} (known: {', '.join(PIPELINES)})")
    if fast and pipeline != "fast":
        raise ValueError("give a pipeline or fast=True, not both")
    return PIPELINES[pipeline]


@cache
def _built(spec: PipelineSpec) -> Pipeline:
    return Pipeline(spec.order)


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
    from .components import amounts, countries, dates, meetings, nlp, people, quotes  # noqa: F401
