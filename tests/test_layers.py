"""The layers of README's "How it works": no import circle among summitry's modules, and no module-level import
from a lower layer to a higher one (load -> extract -> store -> consolidate -> read -> CLI/API/web)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

LAYERS = [  # lowest first; a module's layer is that of the longest prefix listed
    ("data model", ("summitry.doc", "summitry.identity", "summitry.resources", "summitry.text", "summitry.version")),
    ("load", ("summitry.ingest.__init__", "summitry.ingest.sources", "summitry.ingest.text", "summitry.ingest.html",
              "summitry.ingest.jsonl", "summitry.ingest.warc")),
    ("extract", ("summitry.registry", "summitry.pipeline", "summitry.components", "summitry.extraction",
                 "summitry.parallel", "summitry.backends", "summitry.explain")),
    ("store", ("summitry.store",)),
    ("consolidate", ("summitry.consolidate",)),
    ("read", ("summitry.query",)),
    ("CLI / API / web", ("summitry.__init__", "summitry.cli", "summitry.cli_query", "summitry.web", "summitry.scoring",
                         "summitry.quality", "summitry.demo", "summitry.export", "summitry.ingest.run",
                         "summitry.ingest.progress")),
]


def _modules() -> dict[str, set[str]]:
    """Every module (``pkg.__init__`` for a package) -> the summitry modules it imports at module level."""
    out: dict[str, set[str]] = {}
    for path in sorted((SRC / "summitry").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        package = parts[:-1]
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - node.level + 1]
                if node.module:
                    deps.add(".".join([*base, *node.module.split(".")]))
                else:
                    deps.update(".".join([*base, a.name]) for a in node.names)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                deps.update(n for n in names if n and n.startswith("summitry"))
        out[".".join(parts)] = deps
    return out


def _resolve(name: str, known: set[str]) -> str | None:
    if name in known:
        return name
    return f"{name}.__init__" if f"{name}.__init__" in known else None


def _layer(module: str) -> int:
    best, found = -1, None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, found = len(p), i
    assert found is not None, f"{module} is in no layer of README's table"
    return found


def test_no_import_circle():
    mods = _modules()
    graph = {m: {r for d in deps if (r := _resolve(d, set(mods))) and r != m} for m, deps in mods.items()}
    state: dict[str, int] = {}

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph[m]):
            if d.endswith(".__init__") and m.startswith(d[: -len("__init__")]):
                continue  # a package's module importing its own package runs no other code of it first
            assert state.get(d) != 1, "import circle: " + " -> ".join([*stack[stack.index(d):], d])
            if d not in state:
                visit(d, stack)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [])


def test_no_import_from_a_lower_layer_to_a_higher_one():
    mods = _modules()
    wrong = []
    for m, deps in mods.items():
        for d in deps:
            r = _resolve(d, set(mods))
            if r and _layer(r) > _layer(m):
                wrong.append(f"{m} ({LAYERS[_layer(m)][0]}) imports {r} ({LAYERS[_layer(r)][0]})")
    assert not wrong, "\n".join(sorted(wrong))
