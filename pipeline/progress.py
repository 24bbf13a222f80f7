"""What a clerk at a terminal sees while a packet is read: a rich progress display on
stderr (only when stderr is a terminal), and with `--verbose` a log line per stage."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

log = logging.getLogger("intake")
T = TypeVar("T")


def _what(name: str, args: tuple[Any, ...]) -> str:
    """The stage as a clerk reads it: 'reading 3 files', 'extracting fields of 5 documents'."""
    first: Any = args[0] if args else None
    count = len(first.files) if hasattr(first, "files") else \
        len(first) if isinstance(first, list) else None
    label = {
        "read": ("reading", "file"), "split": ("splitting", "file"),
        "classify": ("classifying", "document"), "extract": ("extracting fields of",
                                                             "document"),
        "validate": ("checking", "document"), "score": ("scoring", "document"),
    }.get(name)
    if label is None or count is None:
        return name
    return f"{label[0]} {_n(count, label[1])}"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _done(name: str, result: Any) -> str:
    if name == "read" and isinstance(result, list):
        pages = sum(len(getattr(r, "pages", [])) for r in result)
        return f"{_n(pages, 'page')} read"
    if isinstance(result, list):
        return _n(len(result), "document")
    return "done"


# Stages that map over the documents one by one (stages.extract_documents): on a terminal
# they are run a document at a time, so the bar counts documents extracted.
PER_DOCUMENT = frozenset({"extract"})


class StageProgress:
    """A Runner (pipeline/stages.py) that shows each stage while it runs and logs its time."""

    def __init__(self, progress: Progress | None,
                 logger: logging.Logger | logging.LoggerAdapter[Any] = log) -> None:
        self.progress = progress
        self.log = logger

    def __call__(self, name: str, fn: Callable[..., T], /, *args: Any) -> T:
        what = _what(name, args)
        start = time.perf_counter()
        if self.progress is None:
            result = fn(*args)
        else:
            task = self.progress.add_task(what, total=None)
            per_document = name in PER_DOCUMENT and isinstance(args[0], list)
            if per_document:
                result = self._by_document(fn, args, task)
            elif name == "read":
                with self._pages_counted(task, what):
                    result = fn(*args)
            else:
                result = fn(*args)
            if per_document:
                self.progress.update(task, description=f"{what}: {_done(name, result)}")
            else:
                self.progress.update(task, description=f"{what}: {_done(name, result)}",
                                     total=1, completed=1)
        self.log.info("%s: %s in %.2f s", name, _done(name, result),
                      time.perf_counter() - start)
        return result

    @contextmanager
    def _pages_counted(self, task: Any, what: str) -> Iterator[None]:
        """While files are read, the pages read so far, polled from the reader's counter
        (OCR pages finish in the pool's own threads)."""
        from extractors.read import PAGES_READ

        assert self.progress is not None
        progress, start, stop = self.progress, PAGES_READ.count, threading.Event()

        def poll() -> None:
            while not stop.wait(0.25):
                progress.update(task, description=f"{what}: "
                                f"{_n(PAGES_READ.count - start, 'page')} read so far")

        watcher = threading.Thread(target=poll, name="pages-read", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            stop.set()
            watcher.join()

    def _by_document(self, fn: Callable[..., Any], args: tuple[Any, ...], task: Any) -> Any:
        assert self.progress is not None
        docs, rest = args[0], args[1:]
        self.progress.update(task, total=len(docs), completed=0)
        done: list[Any] = []
        for doc in docs:
            done.extend(fn([doc], *rest))
            self.progress.advance(task)
        return done


def _progress(console: Console) -> Progress:
    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          MofNCompleteColumn()]
    return Progress(*columns, TimeElapsedColumn(), console=console, transient=True)


@contextmanager
def stages_shown(console: Console) -> Iterator[StageProgress]:
    """The runner for one packet: spinners on a terminal, log lines always."""
    if not console.is_terminal:
        yield StageProgress(None)
        return
    with _progress(console) as progress:
        yield StageProgress(progress)


@contextmanager
def counted(console: Console, what: str, total: int) -> Iterator[Callable[[str], None]]:
    """A bar over `total` items (packets of a batch or an eval); the callable advances it
    and names the item just done."""
    if not console.is_terminal:
        def step(item: str) -> None:
            log.info("%s: %s done", what, item)
        yield step
        return
    with _progress(console) as progress:
        task = progress.add_task(what, total=total)

        def advance(item: str) -> None:
            log.info("%s: %s done", what, item)
            progress.update(task, advance=1, description=f"{what} (last: {item})")
        yield advance
