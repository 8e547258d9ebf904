"""Headless sub-commands wired into main.py: ``ar24-service`` and ``check-ar24``."""
from __future__ import annotations

import json
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from app.cli import GlobalOptions, common

from app.ar24.check import check_connection
from app.ar24.client import AR24Client, RetryPolicy
from app.ar24.connection import ConnectionSettings, env_settings
from app.ar24.errors import AR24Error
from app.ar24.features import AVAILABILITY_LABELS, FEATURE_LABELS, Feature, Finding, detect_and_record
from app.ar24.local_service import LocalAR24Service, LocalServiceControl, ServiceConfig
from app.ar24_access import AR24Access
from app.i18n import QT_TRANSLATE_NOOP, Sentence


PRIVATE_KEY_HELP = QT_TRANSLATE_NOOP("CommandHelp", "clé privée AR24 ; écrivez --private-key=CLÉ si elle commence "
                                                    "par « - »")


def run_service(argv: list[str], options: GlobalOptions | None = None) -> int:
    """``ar24-service [--port P] [--token T] [--private-key K] [--data DIR] [--clock-speed X]
    [--auto-grant S] [--unlinked] [--confirmed-only] [--eidas-queue]``: serve the local AR24 service in the foreground until SIGINT/SIGTERM,
    after printing one JSON line (base_url, token, private_key, demo account)."""
    parser = common.parser("ar24-service", QT_TRANSLATE_NOOP("CommandHelp", "Service AR24 local (démo et tests)."),
                           options, login=False)
    parser.add_argument("--host", default="127.0.0.1", metavar=QT_TRANSLATE_NOOP("CommandHelp", "HÔTE"),
                        help=QT_TRANSLATE_NOOP("CommandHelp", "adresse d'écoute (défaut : 127.0.0.1, ce poste seulement)"))
    parser.add_argument("--port", type=int, default=0, help=QT_TRANSLATE_NOOP("CommandHelp",
                                                                              "port d'écoute (0 : un port libre)"))
    parser.add_argument("--token", metavar=QT_TRANSLATE_NOOP("CommandHelp", "JETON"), help=QT_TRANSLATE_NOOP(
        "CommandHelp", "jeton d'API que le service exige (défaut : celui de son dossier d'état)"))
    parser.add_argument("--private-key", metavar=QT_TRANSLATE_NOOP("CommandHelp", "CLÉ"), help=PRIVATE_KEY_HELP)
    parser.add_argument("--data", metavar=QT_TRANSLATE_NOOP("CommandHelp", "DOSSIER"), type=Path, help=QT_TRANSLATE_NOOP(
        "CommandHelp", "dossier d'état (défaut : dossier de données de l'application)"))
    parser.add_argument("--clock-speed", type=float, default=1.0, metavar=QT_TRANSLATE_NOOP("CommandHelp", "VITESSE"),
                        help=QT_TRANSLATE_NOOP("CommandHelp", "vitesse de l'horloge simulée"))
    parser.add_argument("--auto-grant", type=float, metavar="S", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "autoriser un compte en attente après S secondes"))
    parser.add_argument("--unlinked", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "laisser le compte de démo non lié (pour essayer « Autoriser le compte »)"))
    parser.add_argument("--confirmed-only", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "ne servir que les routes AR24 confirmées (les routes supposées répondent « route inconnue »)"))
    parser.add_argument("--eidas-queue", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "une LRE eIDAS sans identification attend en « to_valid » au lieu d'être refusée"))
    args = parser.parse_args(argv)
    if args.data is None:
        from app.paths import ar24_service_dir  # only here: it creates the user's data folder

        args.data = ar24_service_dir()
    service = LocalAR24Service(
        args.data, host=args.host, port=args.port, token=args.token, private_key=args.private_key,
        clock_speed=args.clock_speed,
        config=ServiceConfig(auto_grant_after=args.auto_grant, confirmed_only=args.confirmed_only,
                             eidas_mode="queue" if args.eidas_queue else "strict"),
    )
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    service.start()
    if not args.unlinked:   # headless use: the demo account answers at once
        with LocalServiceControl(service.root_url) as control:
            control.set_link(service.demo_account["id"], "granted")
    try:
        line = {"base_url": service.base_url, "token": service.token, "private_key": service.private_key,
                "demo_account": service.demo_account}
        print(json.dumps(line), flush=True)
        stop.wait()
    finally:
        service.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


MISSING_SETTINGS = QT_TRANSLATE_NOOP(
    "Commands", "Paramètres manquants : adresse AR24, jeton et clé privée (options, variables AR24_BASE_URL, AR24_TOKEN, "
    "AR24_PRIVATE_KEY, ou la connexion enregistrée de ce poste).")
NOT_LINKED = QT_TRANSLATE_NOOP("Commands", "Fonctions non vérifiées : le compte n'est pas lié à l'application.")
TABLE_HEADER = (QT_TRANSLATE_NOOP("Commands", "Fonction"), QT_TRANSLATE_NOOP("Commands", "État"),
                QT_TRANSLATE_NOOP("Commands", "Comment nous le savons"))


def check_ar24(argv: list[str], options: GlobalOptions | None = None) -> int:
    """``check-ar24 --email E [--base-url U --token T --private-key K]``: what « Tester la
    connexion » shows, then whether each provisional feature is offered to this account, in
    ``--lang``. Each connection setting comes from its option, else AR24_BASE_URL, AR24_TOKEN,
    AR24_PRIVATE_KEY, else this workstation's saved connection. Exit code 0 when AR24 answers
    and accepts the signature, whatever the features."""
    parser = common.parser("check-ar24", QT_TRANSLATE_NOOP("CommandHelp", "Tester la connexion à AR24."), options,
                           login=False)
    parser.add_argument("--email", required=True, help=QT_TRANSLATE_NOOP("CommandHelp",
                                                                         "e-mail du compte AR24 à vérifier"))
    parser.add_argument("--base-url", metavar="URL", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "adresse de l'API AR24 (défaut : AR24_BASE_URL, sinon la connexion enregistrée)"))
    parser.add_argument("--token", metavar=QT_TRANSLATE_NOOP("CommandHelp", "JETON"), help=QT_TRANSLATE_NOOP(
        "CommandHelp", "jeton d'API de partenaire (défaut : AR24_TOKEN, sinon la connexion enregistrée)"))
    parser.add_argument("--private-key", metavar=QT_TRANSLATE_NOOP("CommandHelp", "CLÉ"), help=PRIVATE_KEY_HELP)
    parser.add_argument("--timeout", type=float, default=15.0, metavar=QT_TRANSLATE_NOOP("CommandHelp", "SECONDES"),
                        help=QT_TRANSLATE_NOOP("CommandHelp", "délai d'attente de chaque appel (défaut : 15 s)"))
    parser.add_argument("--access-requested", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandHelp", "« Autoriser le compte » a déjà été demandé"))
    args = parser.parse_args(argv)
    output = common.output_for(args, options or GlobalOptions())
    given = {"base_url": args.base_url, "token": args.token, "private_key": args.private_key}
    values = env_settings() | {name: value for name, value in given.items() if value}
    access = None
    if len(values) < len(given):
        access = _saved_access()
        try:
            saved = access.connection()
        except AR24Error:
            saved = None
        if saved is not None:
            values = {"base_url": saved.base_url, "token": saved.token, "private_key": saved.private_key} | values
    try:
        if len(values) < len(given):
            output.warn(MISSING_SETTINGS)
            return common.USAGE
        settings = ConnectionSettings(**values, timeout=args.timeout)
        with AR24Client(settings, retry=RetryPolicy(attempts=1)) as client:
            report = check_connection(client, args.email, access_requested=args.access_requested)
            for line in report.lines:
                output.say(line)
            if report.user is not None and report.user.id is not None:
                output.say(feature_table(detect_and_record(client, report.user.id), output.text))
            elif report.ok:
                output.say(NOT_LINKED)
    finally:
        if access is not None:
            access.close()
    return common.OK if report.ok else common.REFUSED


def _saved_access() -> AR24Access:
    from app.machine_settings import MachineSettings   # only here: it reads the user's settings
    from app.secrets import SecretStore

    return AR24Access(MachineSettings.load(), SecretStore())


def feature_table(findings: dict[Feature, Finding], text: Callable[[Sentence], str]) -> str:
    """Feature, « disponible » / « non disponible », and how we know — one row each, every
    sentence through ``text`` (the command's language)."""
    rows = [tuple(text(title) for title in TABLE_HEADER)]
    rows += [(text(FEATURE_LABELS[feature]), text(AVAILABILITY_LABELS[finding.availability]), text(finding.how))
             for feature, finding in findings.items()]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    return "\n".join(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}" for row in rows)
