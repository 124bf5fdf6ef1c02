"""Extraction speed and memory on synthetic articles.

    python benchmarks/extract_bench.py [N ...]      (default: 1000 10000)

Writes N articles built from sentence templates (several outlets' styles, event and
background sentences, captions) to a temp folder, extracts them all in one process and
prints articles per second and peak memory (max RSS). Figures, not pass/fail.
"""
from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLACES = ["Hyesan", "Sinuiju", "Hoeryong", "Musan", "Manpo", "Onsong", "Kimjongsuk County",
          "Samjiyon", "Chongjin", "Rason", "Dandong", "Changbai", "Yanji", "Sakju County"]
PROVINCES = ["Ryanggang Province", "North Pyongan Province", "North Hamgyong Province", "Jagang Province"]
WHEN = ["last week", "on Tuesday", "earlier this month", "in early June", "late last month", "recently",
        "on July 14", "yesterday", "since March", "in January of last year", ""]
EVENTS = [
    "Security agents arrested {n} smugglers in {place} {when}.",
    "Customs officers confiscated {q} kilograms of copper hidden in a truck near {place} {when}.",
    "A family of {n} fled across the Tumen River near {place} {when}.",
    "Border guards opened fire on a man wading across the Yalu near {place} {when}.",
    "The Ministry of State Security has stepped up inspections of markets in {place} {when}.",
    "The Central Committee issued a directive banning phone calls to China {when}.",
    "{n} brokers were sentenced to ten years in a labor camp in {place} {when}.",
    "China closed the bridge at {place} to freight traffic {when}.",
    "A trader smuggled {q} kilograms of gold into China through {place} {when}.",
]
BACKGROUND = [
    "Remittance-related activities were widespread in {province}.",
    "In the past, many traders relied on Chinese middlemen.",
    "Locals expect the men to be punished, the source added.",
    "The border region has long depended on trade with China.",
    "Those caught could face heavy punishment, according to the order.",
]
FRONT = "---\ntitle: \"Synthetic report {i}\"\nurl: https://example.org/{i}\npublished: {published}\noutlet: Bench\n---\n"


def article(i: int, rng: random.Random) -> str:
    published = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if i % 10 == 0:
        published = f"20{rng.randint(18, 24)}"
    paragraphs = []
    for _ in range(rng.randint(6, 12)):
        pool = EVENTS if rng.random() < 0.4 else BACKGROUND
        sentences = [rng.choice(pool).format(n=rng.randint(2, 9), q=rng.randint(5, 80),
                                             place=rng.choice(PLACES), province=rng.choice(PROVINCES),
                                             when=rng.choice(WHEN)).replace(" .", ".")
                     for _ in range(rng.randint(1, 3))]
        paragraphs.append(f"“{sentences[0]}” a source in {rng.choice(PROVINCES)} told us. " + " ".join(sentences[1:]))
    paragraphs.append("Smugglers unloading goods in Dandong / Image: Bench")
    return FRONT.format(i=i, published=published) + "\n\n".join(paragraphs) + "\n"


def run(n: int) -> None:
    from dashboard.build import extract_paths

    rng = random.Random(n)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            Path(tmp, f"a{i:06d}.txt").write_text(article(i, rng), encoding="utf-8")
        start = time.perf_counter()
        result = extract_paths([tmp])
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"N={n:>6}: {n / elapsed:7.0f} articles/s  ({elapsed:6.2f} s, {len(result.events)} events, "
          f"{len(result.errors)} rejected)  peak RSS {peak_mb:6.0f} MB")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1000", "10000"]:
        run(int(arg))
