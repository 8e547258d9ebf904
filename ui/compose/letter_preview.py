"""The merged letter of one recipient, page by page, as it will be sent."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate


def to_pixmap(image) -> QPixmap:
    """A PIL RGB picture as a pixmap (copied: the bytes do not outlive this call)."""
    data = image.tobytes("raw", "RGB")
    return QPixmap.fromImage(QImage(data, image.width, image.height, 3 * image.width,
                                    QImage.Format.Format_RGB888).copy())


class LetterPreviewDialog(QDialog):
    def __init__(self, recipient: str, images: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LetterPreviewDialog", "Aperçu du courrier : {name}").format(name=recipient))
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels = []
        for image in images:
            label = QLabel()
            label.setPixmap(to_pixmap(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            column.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("LetterPreviewDialog", "Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(860, 700)
