"""One round trip with the built-in local AR24 service, for ``--self-test``: the signed link
check of the demo account, then the upload of one attachment. Plain Python, no window."""
from __future__ import annotations

from pathlib import Path

from app.ar24.check import LinkState, check_connection
from app.ar24.local_service import LocalServiceControl
from app.ar24_access import AR24Access
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message

LINK_FAILED = QT_TRANSLATE_NOOP("SelfTest", "Test de la connexion AR24 en échec : {report}")
NO_FILE_ID = QT_TRANSLATE_NOOP("SelfTest", "AR24 n'a pas rendu d'identifiant pour la pièce jointe {name}.")
UPLOADED = QT_TRANSLATE_NOOP("SelfTest", "Pièce jointe {name} déposée (fichier n° {file_id}).")


class SelfTestError(RuntimeError):
    """A step of the self-test failed; raised with the Message that says which."""


def ar24_round_trip(access: AR24Access, attachment: Path) -> list[Sentence]:
    """Link the demo account (as its holder would), check the link, upload ``attachment``."""
    service = access.local_service()
    account = service.demo_account
    with LocalServiceControl(service.root_url) as control:
        control.set_link(account["id"], "granted")
    client = access.client()
    report = check_connection(client, account["email"])
    if not report.ok or report.link_state is not LinkState.LINKED:
        raise SelfTestError(message(LINK_FAILED, report=report.lines[-1] if report.lines else "—"))   # the verdict
    uploaded = client.upload_attachment(account["id"], attachment)
    if not uploaded.file_id:
        raise SelfTestError(message(NO_FILE_ID, name=attachment.name))
    return [*report.lines, message(UPLOADED, name=attachment.name, file_id=uploaded.file_id)]
