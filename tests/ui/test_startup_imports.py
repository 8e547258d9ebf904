"""The Organiseur opens without loading what only later windows need (issue 20: cold_start ≤ 0.8 s).

A real start of ``main.py`` (demo store already seeded) under ``python -X importtime``: the
modules below cost tenths of a second and belong to windows or jobs opened later (the AR24
client, the keyring, the document checks, the demo PDFs, the local AR24 service). A module-level
import that brings one of them back fails here, with the chain of imports that did it.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("httpx", "tenacity", "cryptography", "keyring", "email_validator", "pypdf", "reportlab", "werkzeug")


def _start(data: Path, *flags: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECO_DATA_DIR=str(data), RECO_REPORT_STARTUP="1",
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, *flags, "main.py"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def _chain(lines: list[str], index: int) -> list[str]:
    """The module at ``lines[index]`` and the modules that imported it (importtime prints a
    module after what it imported, one indent level less)."""
    def parse(line: str) -> tuple[int, str]:
        name = line.rsplit("|", 1)[1]
        return len(name) - len(name.lstrip()), name.strip()

    depth, name = parse(lines[index])
    chain = [name]
    for line in lines[index + 1:]:
        level, parent = parse(line)
        if level < depth:
            chain.append(parent)
            depth = level
    return chain


def test_the_first_window_opens_without_the_modules_of_later_windows(tmp_path):
    first = _start(tmp_path / "data")          # creates and seeds the demo store: not measured
    assert "STARTUP_SECONDS" in first.stdout, first.stderr[-2000:]
    started = _start(tmp_path / "data", "-X", "importtime")
    assert "STARTUP_SECONDS" in started.stdout, started.stderr[-2000:]
    lines = [line for line in started.stderr.splitlines() if line.startswith("import time:") and "|" in line]
    assert any(line.rsplit("|", 1)[1].strip() == "ui.home.main_window" for line in lines)
    loaded = [(i, line.rsplit("|", 1)[1].strip()) for i, line in enumerate(lines)]
    culprits = [" -> ".join(reversed(_chain(lines, i))) for i, name in loaded
                if re.fullmatch("|".join(LATER), name)]
    assert not culprits, "imported at start-up:\n" + "\n".join(culprits)
