"""Writing prepared documents so that a killed process never leaves a file that looks complete."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

TMP_SUFFIX = ".part"


def write_atomically(target: Path, chunks: Iterable[bytes]) -> tuple[str, int]:
    """Write ``chunks`` to ``target`` through a temporary file renamed at the end.

    Returns the SHA-256 (hex) and the size of what was written. The data is flushed to disk
    before the rename, so the name only ever points at a whole file, even after a power cut.
    """
    tmp = target.with_name(target.name + TMP_SUFFIX)
    digest, size = hashlib.sha256(), 0
    try:
        with open(tmp, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size

