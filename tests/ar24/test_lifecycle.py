"""Simulated recipients, the service clock, the control plane, and proof downloads."""
from __future__ import annotations

import hashlib
import io
import time
import zipfile
from pathlib import Path
from typing import Any

import pypdf
import pytest

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ProofNotReadyError
from app.ar24.local_service import LocalServiceControl
from app.ar24.local_service.lifecycle import planned_outcome
from app.ar24.models import MailRequest

DAY = 86400


def send(client: AR24Client, account: dict[str, Any], to_email: str, **extra: Any) -> int:
    request = MailRequest(id_user=account["id"], to_email=to_email, to_firstname="Paul", to_lastname="Martin",
                          content="Appel de fonds du 2e trimestre.", ref_client=f"ref-{to_email}", **extra)
    mail_id = client.send_mail(request).id
    assert mail_id is not None
    return mail_id


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize(
    ("address", "outcome"),
    [
        ("jean@exemple.fr", "AR"),
        ("refus.total@exemple.fr", "refused"),
        ("paul.absent@exemple.fr", "negligence"),
        ("NEGLIGENT@exemple.fr", "negligence"),
        ("bounce-me@exemple.fr", "bounced"),
        ("adresse.inconnue@exemple.fr", "bounced"),
        ("refus@domaine.invalid", "bounced"),  # the first rule wins
    ],
)
def test_recipient_rules(address: str, outcome: str) -> None:
    local, _, domain = address.rpartition("@")
    assert planned_outcome(local, domain) == outcome


def test_letters_live_by_the_clock(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    ids = {name: send(client, account, f"{name}@copro-exemple.fr") for name in ("accepte", "refus", "absent", "bounce")}
    assert {client.get_mail(mail_id).status for mail_id in ids.values()} == {"waiting"}
    control.clock(advance_seconds=30)
    statuses = {name: client.get_mail(mail_id).status for name, mail_id in ids.items()}
    assert statuses == {"accepte": "sent", "refus": "sent", "absent": "sent", "bounce": "waiting"}
    control.clock(advance_seconds=DAY)
    statuses = {name: client.get_mail(mail_id).status for name, mail_id in ids.items()}
    assert statuses == {"accepte": "AR", "refus": "refused", "absent": "sent", "bounce": "bounced"}
    control.clock(advance_seconds=15 * DAY)
    absent = client.get_mail(ids["absent"])
    assert absent.status == "negligence"
    assert absent.ts_ev_date is not None and absent.negligence_date is not None
    assert (absent.negligence_date - absent.ts_ev_date).days == 15  # dates as if we had waited
    accepted = client.get_mail(ids["accepte"])
    assert set(accepted.proof_urls()) == {"ev", "ar"} and accepted.view_date is not None
    bounced = client.get_mail(ids["bounce"])
    assert set(bounced.proof_urls()) == {"bc"} and bounced.ts_ev_date is None


def test_control_plane_forces_statuses(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    first, second, third = (send(client, account, f"forced{n}@copro-exemple.fr") for n in range(3))
    assert control.advance_mail(first, "sent")["status"] == "sent"
    assert client.get_mail(first).proof_urls().keys() == {"ev"}
    control.advance_mail(first, "refused")
    assert client.get_mail(first).status == "refused"
    control.advance_mail(second, "negligence")  # straight from waiting: EV is dated too
    assert set(client.get_mail(second).proof_urls()) == {"ev", "ng"}
    control.advance_mail(third, "error")
    assert client.get_mail(third).status == "error"
    with pytest.raises(RuntimeError, match="409"):
        control.advance_mail(third, "AR")
    with pytest.raises(RuntimeError, match="404"):
        control.advance_mail(1, "AR")


def test_proof_download_hash_and_title(client: AR24Client, account: dict[str, Any], control: LocalServiceControl, tmp_path: Path) -> None:
    mail_id = send(client, account, "lecteur@copro-exemple.fr", ref_dossier="IMM-7")
    control.advance_mail(mail_id, "AR")
    mail = client.get_mail(mail_id)
    saved = client.download(mail.proof_ar_url, tmp_path / "ar.pdf")
    data = saved.path.read_bytes()
    assert saved.sha256 == hashlib.sha256(data).hexdigest() and saved.size == len(data)
    text = pdf_text(saved.path)
    assert "Preuve de réception" in text
    assert f"AR-{mail_id:09d}" in text and "IMM-7" in text and "article 44" in text
    assert mail.full_hash_sha256 in text.replace("\n", "")
    assert client.download(mail.proof_ar_url, tmp_path / "again.pdf").sha256 == saved.sha256  # same bytes
    ev = client.download(mail.proof_ev_url, tmp_path / "ev.pdf")
    assert "Preuve de dépôt et d'envoi" in pdf_text(ev.path)


@pytest.mark.parametrize(("status", "kind", "title"), [
    ("refused", "rf", "Preuve de refus"),
    ("negligence", "ng", "Preuve de non-réclamation"),
    ("bounced", "bc", "Preuve de non-distribution"),
])
def test_proof_titles(client: AR24Client, account: dict[str, Any], control: LocalServiceControl, tmp_path: Path,
                      status: str, kind: str, title: str) -> None:
    mail_id = send(client, account, f"titre-{kind}@copro-exemple.fr")
    control.advance_mail(mail_id, status)
    url = client.get_mail(mail_id).proof_urls()[kind]
    assert title in pdf_text(client.download(url, tmp_path / f"{kind}.pdf").path)


def test_proof_not_ready_and_wrong_token_are_404(client: AR24Client, account: dict[str, Any], tmp_path: Path) -> None:
    mail = client.get_mail(send(client, account, "attente@copro-exemple.fr"))
    not_yet = mail.pdf_content.replace("/content/", "/proof/ev-")
    with pytest.raises(AR24ProofNotReadyError):
        client.download(not_yet, tmp_path / "ev.pdf")
    assert not (tmp_path / "ev.pdf").exists() and not (tmp_path / "ev.pdf.part").exists()
    with pytest.raises(AR24ProofNotReadyError):
        client.download(mail.pdf_content.split("?")[0] + "?token=wrong", tmp_path / "content.pdf")


def test_content_zip_and_attachment_links(client: AR24Client, account: dict[str, Any], control: LocalServiceControl,
                                          pdf_path: Path, tmp_path: Path) -> None:
    file_id = client.upload_attachment(account["id"], pdf_path).file_id
    assert file_id is not None
    mail_id = send(client, account, "archive@copro-exemple.fr", attachments=(file_id,))
    control.advance_mail(mail_id, "AR")
    mail = client.get_mail(mail_id)
    assert "Appel de fonds" in pdf_text(client.download(mail.pdf_content, tmp_path / "content.pdf").path)
    archive = zipfile.ZipFile(io.BytesIO(client.download(mail.zip, tmp_path / "all.zip").path.read_bytes()))
    names = sorted(archive.namelist())
    assert names == sorted([f"contenu-{mail_id}.pdf", f"preuve-ev-{mail_id}.pdf", f"preuve-ar-{mail_id}.pdf",
                            f"pieces-jointes/1-{pdf_path.name}"])
    assert archive.read(f"pieces-jointes/1-{pdf_path.name}") == pdf_path.read_bytes()
    attachment = client.download(mail.attachments_details[0].download_url, tmp_path / "pj.pdf")
    assert attachment.path.read_bytes() == pdf_path.read_bytes()


def test_clock_set_and_speed(control: LocalServiceControl) -> None:
    control.clock(set="2030-01-15 09:00:00", speed=1.0)
    assert control.clock()["now"].startswith("2030-01-15 09:0")
    control.clock(speed=3600.0)
    before = control.clock()["offset_seconds"]
    time.sleep(0.05)
    assert control.clock()["offset_seconds"] - before >= 170  # 0.05 s real ≈ 3 min of service time
    control.clock(speed=1.0)


def test_the_avis_electronique_turns_to_negligence_after_21_days_and_is_kept_one_year(
        client: AR24Client, account: dict[str, Any], control: LocalServiceControl, tmp_path: Path) -> None:
    notice = client.send_syndic_notice(MailRequest(id_user=account["id"], to_email="copro.absent@exemple.fr",
                                                   to_firstname="Paul", to_lastname="Martin", content="Avis."))
    assert notice.id is not None and notice.price_ht is not None and str(notice.price_ht) == "2.29"
    control.clock(advance_seconds=16 * DAY)
    assert client.get_mail(notice.id).status == "sent"            # an LRE would be « négligence » by now
    control.clock(advance_seconds=6 * DAY)
    late = client.get_mail(notice.id)
    assert late.status == "negligence" and late.negligence_date is not None and late.ts_ev_date is not None
    assert (late.negligence_date - late.ts_ev_date).days == 21
    client.download(late.proof_urls()["ng"], tmp_path / "ng.pdf")
    control.clock(advance_seconds=344 * DAY)                      # past one year after its deposit
    with pytest.raises(AR24ProofNotReadyError):
        client.download(late.proof_urls()["ng"], tmp_path / "ng-late.pdf")


def test_the_deadline_helper_gives_the_avis_electronique_21_days_and_its_retention() -> None:
    import datetime as dt

    from app.letters.deadlines import deadlines
    from app.store.models import SendType

    sent = dt.datetime(2026, 3, 2, 10, 0)
    notice, letter = deadlines(sent, SendType.AVIS_SYNDIC), deadlines(sent, SendType.LRE_EIDAS)
    assert notice is not None and letter is not None
    assert (notice.last_day, notice.days, notice.kept_until) == (dt.date(2026, 3, 23), 21, dt.date(2027, 3, 2))
    assert (letter.last_day, letter.days, letter.kept_until) == (dt.date(2026, 3, 17), 15, None)
