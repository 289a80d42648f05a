"""The knowledge base for anonymous readers, as deployed: gunicorn (the Dockerfile's
three workers) serving PAGES pages in seven languages, uncached and from the cache; and
search latency in-process. Called by tests.perf.bench after Django is set up on the
bench database.

Readers are real HTTP GETs from this process with asyncio, a few clients back to back
(closed loop): the figure is what the server sustains, the load generator sharing the
machine's two cores with it, as a reverse proxy would.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import time

from tests.perf.intake_load import _percentile, running
from tests.support import answers, free_port, wait_for

PAGES = int(os.environ.get("BENCH_KNOWLEDGE_PAGES", 500))
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", 30))
CLIENTS = 8


def seed() -> int:
    """PAGES pages, each published in every language: the demo pages' texts over and over
    (English where a demo page lacks a language), indexed for search. Kept between runs."""
    from django.conf import settings
    from django.db import transaction

    from knowledge import search
    from knowledge.demo_pages import PAGES as DEMO
    from knowledge.models import Page, Topic

    have = Page.objects.filter(slug__startswith="bench-").count()
    if have >= PAGES:
        return have
    topics = list(Topic.objects.filter(parent__isnull=False))
    languages = [code for code, _ in settings.LANGUAGES]
    with transaction.atomic():
        for n in range(have, PAGES):
            demo = DEMO[n % len(DEMO)]
            texts = demo["translations"]
            columns = {}
            for language in languages:
                text = texts.get(language, texts["en"])
                columns[f"title_{language}"] = f"{text['title']} {n}"
                columns[f"summary_{language}"] = text["summary"]
                columns[f"body_{language}"] = text["body"]
            page = Page.objects.create(slug=f"bench-{n:04d}-{demo['slug']}"[:100], **columns)
            page.topics.set([topics[n % len(topics)]])
            for language in languages:
                search.index(page, language)
    return PAGES


def _addresses() -> list[str]:
    from django.conf import settings

    from knowledge.models import Page

    slugs = Page.objects.filter(slug__startswith="bench-").values_list("slug", flat=True)
    return [f"/{code}/knowledge/{slug}/" for slug in slugs for code, _ in settings.LANGUAGES]


async def _get(port: int, path: str) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    response = await reader.read()  # gunicorn's sync workers close after each answer
    writer.close()
    return int(response.split(b" ", 2)[1])


async def _readers(port: int, paths: list[str], until: float | None) -> tuple[list[float], float]:
    """Latencies (ms) and requests per second of CLIENTS readers taking paths in turn
    (each once, or round and round until the clock reaches `until`)."""
    latencies: list[float] = []
    queue = list(reversed(paths))

    async def reader() -> None:
        while queue and (until is None or time.perf_counter() < until):
            path = queue.pop()
            if until is not None:
                queue.insert(0, path)
            started = time.perf_counter()
            status = await _get(port, path)
            assert status == 200, (path, status)
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(reader() for _ in range(CLIENTS)))
    return latencies, len(latencies) / (time.perf_counter() - started)


def bench_page_views() -> dict[str, float]:
    from knowledge import cache

    port = free_port()
    env = {**os.environ, "ALLOWED_HOSTS": "127.0.0.1"}
    web = [sys.executable, "-m", "gunicorn", "counselling.wsgi", "--bind",
           f"127.0.0.1:{port}", "--workers", "3"]  # fmt: skip
    paths = _addresses()
    random.Random(7).shuffle(paths)
    figures: dict[str, float] = {}
    with running(env, web=web):
        wait_for(lambda: answers(port, "/en/knowledge/"), timeout=60)
        asyncio.run(_readers(port, ["/en/knowledge/"] * 30, None))  # every worker warm
        cache._next_generation()  # nothing cached: every page rendered once
        for name, cached in (("uncached", False), ("cached", True)):
            until = time.perf_counter() + SECONDS if cached else None
            latencies, rate = asyncio.run(_readers(port, paths, until))
            figures[f"knowledge_page_{name}_per_s"] = round(rate)
            figures[f"knowledge_page_{name}_p50_ms"] = round(_percentile(latencies, 50), 1)
            figures[f"knowledge_page_{name}_p95_ms"] = round(_percentile(latencies, 95), 1)
    return figures


def bench_search() -> dict[str, float]:
    """Searches in each language, in-process: a title word, an inflected word, a
    misspelling and a word found nowhere."""
    from django.test import Client

    from tests.perf.bench import measure

    client = Client()
    queries = [
        ("en", "residence permit"),
        ("en", "residnce"),
        ("et", "elukohta"),
        ("ru", "документов"),
        ("fi", "rekisteröinnin"),
        ("sv", "uppehållstillstånd"),
        ("uk", "лікар"),
        ("ar", "الإقامة"),
        ("en", "xylophone"),
    ]

    def one(i: int) -> None:
        language, query = queries[i % len(queries)]
        response = client.get(f"/{language}/knowledge/search/", {"q": query})
        assert response.status_code == 200, response.status_code

    return measure({"knowledge_search": one}, repeat=len(queries) * 30)
