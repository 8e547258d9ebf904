"""A throwaway data folder for the self-test and the screenshots: a new demo store, the
settings of a new seat, and secrets kept in memory, so that nothing they do reaches the user's
own data folder, database or keyring."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ENVIRONMENT = ("RECO_DATA_DIR", "RECO_DB_URL")


@contextmanager
def throwaway_data_folder(prefix: str) -> Iterator[Path]:
    import keyring
    from keyring.backends import fail

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    saved = {name: os.environ.get(name) for name in _ENVIRONMENT}
    previous_keyring = keyring.get_keyring()
    os.environ["RECO_DATA_DIR"] = str(folder)
    os.environ.pop("RECO_DB_URL", None)
    keyring.set_keyring(fail.Keyring())   # secrets of this run stay in memory
    try:
        yield folder
    finally:
        keyring.set_keyring(previous_keyring)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)
