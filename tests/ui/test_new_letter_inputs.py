""""Nouveau courrier" with text pasted from elsewhere: a control character in the model's name or
the subject is refused with a sentence naming the field, and nothing is saved."""
from __future__ import annotations

from app.services import compose
from ui.compose.new_letter import NewLetterWindow


def test_a_model_named_with_a_nul_is_refused_in_the_window(qtbot, demo_context):
    demo_context.settings.login = "JLC"
    window = NewLetterWindow(demo_context)
    qtbot.addWidget(window)
    window.model_combo.setEditText("Relance\x00")
    window.subject.setText("Relance\x07 impayés")
    window.body.setPlainText("Madame,\n\tnous vous rappelons…")
    window.save_model()
    lines = window.message.text().splitlines()
    assert [line.split(" : ")[0] for line in lines] == ["Modèle", "Sujet"]
    assert all("caractère invisible interdit" in line for line in lines)
    assert compose.list_models(demo_context) == []
    window.resize(1280, 720)
    window.grab().save("/tmp/pi_new_letter_nul.png")
