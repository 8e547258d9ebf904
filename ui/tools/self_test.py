"""``--self-test``: proves that an installed (or frozen) application works on this machine.

In a temporary data folder, with the demo agency: every window of ``ui/tools/screenshots.py`` is
opened offscreen and drawn, then the in-process local AR24 service is asked once for the link
of the demo account and receives one attachment. Exit code 0 only if every step went well;
the user's own data folder, database and keyring are never touched.
"""
from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

STEP_OK, STEP_FAILED = "OK", QT_TRANSLATE_NOOP("SelfTest", "ECHEC")
INDENT = " " * 7   # a step's details, under its title


def run_self_test(language: str | None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.tools.throwaway import throwaway_data_folder

    with throwaway_data_folder("recommandes-self-test-") as folder:
        return _run(folder, language)


def _run(folder: Path, language: str | None) -> int:
    started = time.perf_counter()
    failures = 0

    def step(title: str, fn) -> object:
        """Run one step; its title and its failure are said in the language installed by the
        first step (French before it)."""
        nonlocal failures
        try:
            result = fn()
        except Exception as error:   # every failure is reported, the next steps still run
            failures += 1
            print(f"{translate('SelfTest', STEP_FAILED):<7}{translate('SelfTest', title)} : "
                  f"{type(error).__name__}: {render(error)}", flush=True)
            return None
        print(f"{STEP_OK:<7}{translate('SelfTest', title)}", flush=True)
        return result

    from app.bootstrap import open_app_store
    from app.context import AppContext
    from app.demo.samples import first_attachment
    from app.diagnostics import ar24_round_trip
    from app.machine_settings import MachineSettings
    from ui.application import make_application
    from ui.i18n import install_translators, render, translate

    application = make_application()
    settings = MachineSettings.load()
    if language:
        settings.language = language
    chosen = step(QT_TRANSLATE_NOOP("SelfTest", "Traductions"),
                  lambda: _translations(application, settings.language, install_translators))
    store = step(QT_TRANSLATE_NOOP("SelfTest", "Base de démonstration"),
                 lambda: open_app_store(f"sqlite:///{folder / 'self-test.db'}"))
    if store is None:
        return 1
    context = AppContext(store, settings)
    try:
        shots = step(QT_TRANSLATE_NOOP("SelfTest", "Fenêtres"), lambda: _windows(context, folder / "shots"))
        for path in shots or []:
            print(INDENT + translate("SelfTest", "{file} {size} octets").format(file=path.name,
                                                                              size=path.stat().st_size))

        def round_trip() -> list:
            return ar24_round_trip(context.ar24, first_attachment(context))

        for line in step(QT_TRANSLATE_NOOP("SelfTest", "Service AR24 local"), round_trip) or []:
            print(INDENT + render(line))
        step(QT_TRANSLATE_NOOP("SelfTest", "Processus d'envoi"), lambda: _sending_process(context))
    finally:
        context.close()
        store.dispose()
    seconds, language = f"{time.perf_counter() - started:.1f}", chosen or "?"
    if failures == 0:
        verdict = translate("SelfTest", "Autotest réussi en {seconds} s (langue : {language}).")
    else:
        verdict = translate("SelfTest", "Autotest : {failures} étape(s) en échec en {seconds} s (langue : {language}).")
    print(verdict.format(failures=failures, seconds=seconds, language=language), flush=True)
    application.processEvents()
    return 0 if failures == 0 else 1


def _translations(application, preference: str, install) -> str:
    language = install(application, preference)
    from ui.i18n import SOURCE_LANGUAGE, translate

    if language != SOURCE_LANGUAGE and translate("MainWindow", "Organiseur") == "Organiseur":
        raise RuntimeError(translate("SelfTest", "le catalogue de traduction « {language} » n'est pas chargé").format(
            language=language))
    return language


def _windows(context, out_dir: Path) -> list[Path]:
    from ui.i18n import translate
    from ui.tools.screenshots import render_all

    paths = render_all(context, out_dir)
    empty = [p.name for p in paths if p.stat().st_size < 2000]
    if empty:
        raise RuntimeError(translate("SelfTest", "fenêtres vides : {names}").format(names=", ".join(empty)))
    return paths


def _sending_process(context) -> None:
    """The sending process starts from this installation and answers (a resumption with no
    letter to resume: nothing is sent)."""
    from app.outbox.worker import parse_message, worker_command, worker_request

    request = worker_request(context, "resume")
    done = subprocess.run(worker_command(), input=json.dumps(request) + "\n", capture_output=True, text=True,
                          timeout=120)
    kinds = [parse_message(line)[0] for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or kinds[-1:] != ["report"]:
        raise RuntimeError(f"code {done.returncode}, {done.stderr.strip()[-400:] or done.stdout[-400:]}")
