"""One round trip with the built-in local AR24 service, for ``--self-test``: the signed link
check of the demo account, then the upload of one attachment. Plain Python, no window."""
from __future__ import annotations

from pathlib import Path

from app.ar24.check import LinkState, check_connection
from app.ar24.local_service import LocalServiceControl
from app.ar24_access import AR24Access


class SelfTestError(RuntimeError):
    """A step of the self-test failed; the message says which, in French."""


def ar24_round_trip(access: AR24Access, attachment: Path) -> list[str]:
    """Link the demo account (as its holder would), check the link, upload ``attachment``."""
    service = access.local_service()
    account = service.demo_account
    with LocalServiceControl(service.root_url) as control:
        control.set_link(account["id"], "granted")
    client = access.client()
    report = check_connection(client, account["email"])
    if not report.ok or report.link_state is not LinkState.LINKED:
        raise SelfTestError("Test de la connexion AR24 en échec : " + " ".join(map(str, report.lines)))
    uploaded = client.upload_attachment(account["id"], attachment)
    if not uploaded.file_id:
        raise SelfTestError(f"AR24 n'a pas rendu d'identifiant pour la pièce jointe {attachment.name}.")
    return report.lines + [f"Pièce jointe {attachment.name} déposée (fichier n° {uploaded.file_id})."]
