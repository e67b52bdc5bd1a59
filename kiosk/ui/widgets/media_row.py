"""One PSA or interview in the Watch playlist: poster, title and a line of details."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.heart import heart_path


class MediaRow(QPushButton):
    """A large touch row for one playlist item; pressed feedback on touch-down."""

    def __init__(self, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setProperty("role", "tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.poster_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setObjectName("CardTitle")
        self.details_label = QLabel()
        self.details_label.setObjectName("Muted")
        for label in (self.poster_label, self.title_label, self.details_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.details_label.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addStretch(1)
        text.addWidget(self.title_label)
        text.addWidget(self.details_label)
        text.addStretch(1)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.poster_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.addLayout(text, 1)
        self._poster = QImage()
        self._poster_size = QSize(320, 180)

    def set_texts(self, title: str, details: str) -> None:
        self.title_label.setText(title)
        self.details_label.setText(details)
        self.setAccessibleName(title)
        self.setAccessibleDescription(details)

    def set_poster(self, image: QImage | None) -> None:
        """The poster (or a frame of the video); None draws the Blue Heart instead."""
        self._poster = QImage(image) if image is not None else QImage()
        self._render_poster()

    def set_metrics(self, poster_width: int, spacing: int) -> None:
        self._poster_size = QSize(poster_width, poster_width * 9 // 16)
        self.poster_label.setFixedSize(self._poster_size)
        self._row.setContentsMargins(spacing, spacing, spacing, spacing)
        self._row.setSpacing(spacing)
        self.setFixedHeight(self._poster_size.height() + 2 * spacing)
        self._render_poster()

    def _render_poster(self) -> None:
        size = self._poster_size
        pixmap = QPixmap(size)
        pixmap.fill(QColor("#000000"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._poster.isNull():
            pixmap.fill(QColor("#0A1E3C"))
            side = size.height() * 0.6
            from PySide6.QtCore import QRectF

            rect = QRectF((size.width() - side) / 2, (size.height() - side * 0.9) / 2, side, side * 0.9)
            painter.fillPath(heart_path(rect), QColor("#009EDB"))
        else:
            scaled = self._poster.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            painter.drawImage((size.width() - scaled.width()) // 2, (size.height() - scaled.height()) // 2, scaled)
        painter.end()
        self.poster_label.setPixmap(pixmap)

    def sizeHint(self) -> QSize:
        return QSize(800, self._poster_size.height() + 48)
