"""Documents served by the local service: proof PDFs that look like AR24's, the content PDF
and the ZIP of a mail. Built with reportlab in invariant mode, so the same proof always has
the same bytes (and SHA-256) however often it is downloaded."""
from __future__ import annotations

import hashlib
import io
import textwrap
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.ar24.local_service import attachments

PROOF_TITLES = {
    "ev": "Preuve de dépôt et d'envoi",
    "ar": "Preuve de réception",
    "rf": "Preuve de refus",
    "ng": "Preuve de non-réclamation",
    "bc": "Preuve de non-distribution",
}
RECIPIENT_STATES = {
    "ev": "Lettre présentée au destinataire, en attente de son acceptation",
    "ar": "Lettre acceptée par le destinataire",
    "rf": "Lettre refusée par le destinataire",
    "ng": "Lettre non réclamée dans le délai de quinze jours",
    "bc": "Lettre non distribuée : adresse du destinataire en échec",
}
EVENT_DATES = {"ev": "ts_ev_date", "ar": "view_date", "rf": "refused_date", "ng": "negligence_date", "bc": "bounced_date"}
LEGAL_NOTICE = (
    "Lettre recommandée électronique qualifiée au sens de l'article 44 du règlement (UE) n° 910/2014 "
    "du 23 juillet 2014 (eIDAS), conforme aux articles L.100 et R.53-1 à R.53-4 du code des postes et des "
    "communications électroniques (CPCE), notamment R.53-2 (preuve de dépôt) et R.53-3 (délai de quinze jours, "
    "preuves de réception, de refus et de non-réclamation)."
)
ISSUER = "AR24 — service local de démonstration (aucune valeur légale)"


STYLES = getSampleStyleSheet()
VALUE_WIDTH = 70   # characters per line in the value column (plain cells: a proof renders in a few ms)
TABLE_STYLE = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9)])


def _render(title: str, rows: Iterable[tuple[str, str]], paragraphs: Iterable[str] = ()) -> bytes:
    styles = STYLES
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, title=title, author=ISSUER,
        leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
    )
    cell = styles["BodyText"]
    table = Table([[label, "\n".join(textwrap.wrap(value, VALUE_WIDTH, break_long_words=True) or [""])]
                   for label, value in rows], colWidths=[5 * cm, 12 * cm])
    table.setStyle(TABLE_STYLE)
    story = [Paragraph(escape(ISSUER), styles["Normal"]), Paragraph(escape(title), styles["Title"]), table, Spacer(1, 12)]
    story += [Paragraph(escape(text), cell) for text in paragraphs]
    document.build(story)
    return buffer.getvalue()


def _attachment_lines(mail: dict[str, Any]) -> str:
    lines = [f"{item['name']} ({item['human_file_size']}, SHA-1 {item['hash_sha1']})" for item in mail["attachments_details"]]
    return "; ".join(lines) or "aucune"


def proof_pdf(kind: str, mail: dict[str, Any]) -> bytes:
    """The proof ``kind`` (ev, ar, rf, ng, bc) of a mail given as its AR24 JSON object."""
    event_date = mail[EVENT_DATES[kind]] or ""
    seal = hashlib.sha256(f"{kind}|{mail['id']}|{event_date}|{mail['full_hash_sha256']}".encode()).hexdigest()
    recipient = f"{mail['to_name']} <{mail['to_email']}>" if mail["to_email"] else mail["to_name"]
    rows = [
        ("Numéro d'identification", f"{kind.upper()}-{mail['id']:09d}"),
        ("Empreinte du courrier (SHA-256)", mail["full_hash_sha256"]),
        ("Sceau de la preuve (SHA-256)", seal.upper()),
        ("Expéditeur", f"{mail['from_name']} <{mail['from_email']}>"),
        ("Adresse de l'expéditeur", " ".join(filter(None, (mail["address1"], mail["address2"], mail["zipcode"], mail["city"])))),
        ("Destinataire", f"{recipient} ({mail['dest_statut']})"),
        ("Statut du destinataire", RECIPIENT_STATES[kind]),
        ("Références", f"dossier « {mail['ref_dossier']} », client « {mail['ref_client']} », facturation « {mail['ref_facturation']} »"),
        ("Date de dépôt", mail["date"]),
        ("Date d'envoi", mail["ts_ev_date"] or "—"),
        ("Date de l'événement", event_date),
        ("Pièces jointes", _attachment_lines(mail)),
        ("Type", "LRE qualifiée eIDAS" if mail["is_eidas"] == "1" else mail["type"]),
    ]
    return _render(PROOF_TITLES[kind], rows, [LEGAL_NOTICE])


def content_pdf(mail: dict[str, Any], content: str) -> bytes:
    rows = [
        ("Lettre", str(mail["id"])),
        ("Expéditeur", f"{mail['from_name']} <{mail['from_email']}>"),
        ("Destinataire", f"{mail['to_name']} <{mail['to_email']}>"),
        ("Date de dépôt", mail["date"]),
        ("Pièces jointes", _attachment_lines(mail)),
    ]
    return _render("Contenu de la lettre recommandée", rows, content.splitlines() or [""])


def consent_pdf(consent: dict[str, Any]) -> bytes:
    rows = [
        ("Consentement", str(consent["id"])),
        ("Destinataire", f"{consent['firstname']} {consent['lastname']} {consent['company']} <{consent['email']}>".strip()),
        ("Statut", consent["status"]),
        ("Date", consent["date"] or "—"),
    ]
    return _render("Preuve de consentement à la réception de LRE", rows, ["Article L.100 du CPCE."])


def mail_zip(mail: dict[str, Any], content: str, files: Iterable[tuple[str, str]], files_dir: Path) -> bytes:
    """Content, available proofs and attachments (``files``: name, storage token)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"contenu-{mail['id']}.pdf", content_pdf(mail, content))
        for kind in PROOF_TITLES:
            if mail[f"proof_{kind}_url"]:
                archive.writestr(f"preuve-{kind}-{mail['id']}.pdf", proof_pdf(kind, mail))
        for index, (name, token) in enumerate(files, start=1):
            with archive.open(f"pieces-jointes/{index}-{name}", "w") as target:
                attachments.copy_to(token, files_dir, target)
    return buffer.getvalue()


def otp_letter_pdf(email: str, name: str, otp_secret: str) -> bytes:
    """The paper letter AR24 posts to a sender who ordered eIDAS identifiers: the OTP key in
    clear and as the ``otpauth://`` QR code that authenticator apps (and our sender screen) read."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    uri = f"otpauth://totp/AR24:{quote(email)}?secret={otp_secret}&issuer=AR24"
    widget = QrCodeWidget(uri, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = 5 * cm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title="Vos identifiants eIDAS", author=ISSUER,
                                 leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    grouped = " ".join(otp_secret[i:i + 4] for i in range(0, len(otp_secret), 4))
    document.build([
        Paragraph(escape(ISSUER), styles["Normal"]),
        Paragraph("Vos identifiants eIDAS", styles["Title"]),
        Paragraph(escape(f"{name} <{email}>"), styles["BodyText"]),
        Spacer(1, 12),
        Paragraph("Scannez ce QR code avec votre application d'authentification, ou saisissez la clé OTP "
                  "ci-dessous dans votre logiciel.", styles["BodyText"]),
        Spacer(1, 12),
        drawing,
        Spacer(1, 12),
        Paragraph(f"<b>Clé OTP :</b> {escape(grouped)}", styles["BodyText"]),
    ])
    return buffer.getvalue()
