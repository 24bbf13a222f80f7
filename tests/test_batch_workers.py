"""Two `intake batch` processes on one inbox and one database at once: each packet is
taken by one of them (a claim in the database, not a race of file renames), processed
once, stored once and archived once. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli_run import conference_packet
from tests.store_fixtures import BORN_DIGITAL
from tests.test_batch_crash import Night, night  # noqa: F401


def test_two_workers_on_one_inbox_never_take_the_same_packet(night: Night,  # noqa: F811
                                                             tmp_path: Path) -> None:
    names = sorted(p.name for p in BORN_DIGITAL.iterdir() if p.is_dir())[:6]
    for name in names:
        shutil.copytree(BORN_DIGITAL / name, night.inbox / name)
    conference_packet(night.inbox / "z-conf")
    names.append("z-conf")
    workers = [night.start(report=f"report-{i}.json") for i in (1, 2)]
    for w in workers:
        out, errs = w.communicate(timeout=900)
        assert w.returncode == 0, errs
        assert "Traceback" not in errs

    processed: list[str] = []
    for i in (1, 2):
        report = json.loads((tmp_path / f"report-{i}.json").read_text())
        processed += [p["packet"] for p in report["packets"] if p["state"] == "processed"]
    assert sorted(processed) == names  # each packet processed by one worker, once
    keys = night.stored_keys()
    assert len(keys) == len(set(keys)) == len(names)
    assert night.claim_states() == {n: "done" for n in names}
    assert night.in_inbox() == [] and night.in_archive() == names
