"""The senders screen against the local service: at most 2 senders (seed 001), ordering the
eIDAS identifiers, the OTP key read from the letter (PDF, JPG) or typed, and refusals."""
from __future__ import annotations

import segno
from sqlalchemy import select

from app.accounts.senders import SENDER_LIMIT_MESSAGE
from app.ar24.local_service import LocalServiceControl
from app.secrets import NO_KEYRING_MESSAGE, otp_key_key
from app.services.accounts import reset_demo
from app.store.models import EidasState, Sender
from tests.conftest import link_demo_account
from tests.ui.test_preferences import wait
from ui.accounts.senders_window import OtpKeyDialog, SendersWindow, otp_letters_dir


def add(qtbot, window: SendersWindow, email: str) -> None:
    dialog = window.add_sender()
    dialog.email.setText(email)
    wait(qtbot, dialog.next_step())
    assert dialog.stack.currentIndex() == 1, dialog.runner.message.text()
    wait(qtbot, dialog.save())


def second_account(context, **profile):
    with LocalServiceControl(context.ar24.local_service().root_url) as control:
        return control.add_user("gestion@agence-exemple.fr", otp_secret=None, link="granted",
                                firstname="Paul", lastname="Gérant", address1="8 place Darcy", zipcode="21000",
                                city="Dijon", **profile)


def test_order_identifiers_then_read_the_key_from_the_pdf_letter(qtbot, unlinked_demo_context):
    link_demo_account(unlinked_demo_context)
    account = second_account(unlinked_demo_context)
    window = SendersWindow(unlinked_demo_context, "JLC")
    qtbot.addWidget(window)
    assert "Aucun expéditeur" in window.detail_label.text() and not window.key_button.isEnabled()
    add(qtbot, window, account["email"])
    # Not yet verified: saving orders the identifiers; the demo "posts" the letter as a PDF.
    assert window.rows[0].state is EidasState.ORDERED
    assert "Identifiants eIDAS commandés" in window.runner.message.text()
    letters = list(otp_letters_dir().glob("*.pdf"))
    assert len(letters) == 1 and str(letters[0]) in window.runner.message.text()
    dialog: OtpKeyDialog = window.open_key_dialog()
    wait(qtbot, dialog.read_file(letters[0]))
    key = dialog.key.text()
    assert len(key) >= 16, dialog.runner.message.text()
    wait(qtbot, dialog.register())
    assert window.rows[0].state is EidasState.IDENTIFIED and window.code_label.text().replace(" ", "").isdigit()
    assert unlinked_demo_context.secrets.get(otp_key_key(account["email"])) == key


def test_a_third_sender_is_refused_with_the_message_of_seed_001(qtbot, unlinked_demo_context):
    link_demo_account(unlinked_demo_context)
    account = second_account(unlinked_demo_context)
    window = SendersWindow(unlinked_demo_context, "JLC")
    qtbot.addWidget(window)
    add(qtbot, window, "demo@agence-exemple.fr")
    add(qtbot, window, account["email"])
    assert len(window.rows) == 2
    assert window.add_sender() is None
    assert window.runner.message.text() == SENDER_LIMIT_MESSAGE
    window.table.selectRow(1)
    window.remove_selected(confirmed=True)
    assert len(window.rows) == 1 and window.add_sender() is not None


def test_wrong_keys_unknown_accounts_and_unreadable_files_are_explained(qtbot, unlinked_demo_context, tmp_path):
    link_demo_account(unlinked_demo_context)
    window = SendersWindow(unlinked_demo_context, "JLC")
    qtbot.addWidget(window)
    dialog = window.add_sender()
    dialog.email.setText("inconnu@agence-exemple.fr")
    wait(qtbot, dialog.next_step())
    assert "Aucun compte AR24 n'existe à l'adresse inconnu@agence-exemple.fr" in dialog.runner.message.text()
    dialog.close()
    add(qtbot, window, "demo@agence-exemple.fr")
    key_dialog = window.open_key_dialog()
    key_dialog.key.setText("JBSW Y3DP EHPK 3PXP JBSW Y3DP")        # well-formed, but not this sender's key
    wait(qtbot, key_dialog.register())
    assert "AR24 refuse les codes produits par cette clé OTP" in key_dialog.runner.message.text()
    key_dialog.key.setText("0000-1111")
    wait(qtbot, key_dialog.register())
    assert "un 0 est sans doute un O" in key_dialog.runner.message.text()
    blank = tmp_path / "scan.jpg"
    segno.make("https://www.ar24.fr").save(str(tmp_path / "other.png"), scale=5)
    from PIL import Image
    Image.new("RGB", (400, 400), "white").save(blank)
    wait(qtbot, key_dialog.read_file(blank))
    assert "Aucun QR code n'a été trouvé dans « scan.jpg »" in key_dialog.runner.message.text()
    wait(qtbot, key_dialog.read_file(tmp_path / "other.png"))
    assert "n'est pas un code OTP valide" in key_dialog.runner.message.text()
    wait(qtbot, key_dialog.read_file(tmp_path / "notes.txt"))
    assert "ni une image" in key_dialog.runner.message.text()
    with unlinked_demo_context.store.session() as session:
        assert not session.scalar(select(Sender)).otp_key_stored


def test_jpg_scan_and_no_keyring_backend(qtbot, demo_context, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    from app.context import AppContext
    from app.secrets import SecretStore

    context = AppContext(demo_context.store, demo_context.settings, SecretStore())
    try:
        account = context.ar24.local_service().demo_account
        reset_demo(context, "JLC")          # from the start: this test adds the sender
        link_demo_account(context)
        window = SendersWindow(context, "JLC")
        qtbot.addWidget(window)
        add(qtbot, window, account["email"])
        dialog = window.open_key_dialog()
        assert NO_KEYRING_MESSAGE in [w.text() for w in dialog.findChildren(type(dialog.runner.message))]
        scan = tmp_path / "courrier.jpg"
        image = segno.make(f"otpauth://totp/AR24:{account['email']}?secret={account['otp_secret']}&issuer=AR24")
        image.save(str(tmp_path / "qr.png"), scale=8, border=6)
        from PIL import Image
        Image.open(tmp_path / "qr.png").convert("RGB").save(scan, quality=60)
        wait(qtbot, dialog.read_file(scan))
        wait(qtbot, dialog.register())
        assert window.rows[0].state is EidasState.IDENTIFIED
        # Kept for this session only: the code is still shown.
        assert context.secrets.get(otp_key_key(account["email"])) == account["otp_secret"]
        assert not window.code_label.isHidden()
    finally:
        context.close()


def test_the_seeded_sender_s_letter_opens_and_gives_its_key(qtbot, demo_context, monkeypatch):
    """Seeded ready to send: no hidden secret, AR24's letter is one click away."""
    opened = []
    monkeypatch.setattr("ui.accounts.senders_window.QDesktopServices.openUrl", opened.append)
    window = SendersWindow(demo_context, "JLC")
    qtbot.addWidget(window)
    assert [row.state for row in window.rows] == [EidasState.IDENTIFIED] and window.code_label.isHidden()
    assert window.letter_button.isEnabled() and not window.order_button.isEnabled()
    wait(qtbot, window.open_letter())
    (letter,) = otp_letters_dir().glob("*.pdf")
    assert [url.toLocalFile() for url in opened] == [str(letter)] and str(letter) in window.runner.message.text()
    dialog = window.open_key_dialog()
    wait(qtbot, dialog.read_file(letter))
    assert dialog.key.text() == demo_context.ar24.local_service().demo_account["otp_secret"]
    wait(qtbot, dialog.register())
    assert window.code_label.text().replace(" ", "").isdigit()


def test_the_letter_button_is_the_demo_s_only(qtbot, demo_context):
    demo_context.settings.ar24_environment = "sandbox"
    window = SendersWindow(demo_context, "JLC")
    qtbot.addWidget(window)
    assert window.letter_button.isHidden()


def test_after_a_reset_the_demo_sender_added_again_has_its_letter(qtbot, unlinked_demo_context, monkeypatch):
    """Issue 20's demo dead end: an account AR24 already verified orders nothing, its letter opens."""
    monkeypatch.setattr("ui.accounts.senders_window.QDesktopServices.openUrl", lambda _url: True)
    link_demo_account(unlinked_demo_context)
    window = SendersWindow(unlinked_demo_context, "JLC")
    qtbot.addWidget(window)
    add(qtbot, window, "demo@agence-exemple.fr")
    assert window.rows[0].state is EidasState.ORDERED and not window.order_button.isEnabled()
    assert window.letter_button.isEnabled()
    wait(qtbot, window.open_letter())
    (letter,) = otp_letters_dir().glob("*.pdf")
    dialog = window.open_key_dialog()
    wait(qtbot, dialog.read_file(letter))
    wait(qtbot, dialog.register())
    assert window.rows[0].state is EidasState.IDENTIFIED and window.rows[0].otp_key_stored
