"""Self-test checks for the platform pieces the bundle must carry: the Qt Virtual Keyboard in a
QQuickWidget and QtMultimedia's FFmpeg playback.

They run from source and in the frozen bundle (``blueheart-kiosk self-test``), so a bundle that
left out a QML module, the FFmpeg plugin or one of its libraries fails here, not at an event.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.app import Kiosk
from kiosk.core.paths import assets_dir, bundled_content_dir
from kiosk.diagnostics.checks import SelfTestError, wait_for

#: Typed on the on-screen keyboard: Latin and digits reach the focused field.
KEYBOARD_WORD = "bh1"

#: The bundled PSA (once the content pack carries it) and a two-second clip that always ships.
PSA_NAME = "blue-heart-psa.mp4"
SELF_TEST_CLIP = Path("self-test") / "clip.mp4"
PLAY_MS = 1000

_PANEL_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
InputPanel {
    id: panel
    function tap(key, text) { InputContext.inputEngine.virtualKeyClick(key, text, 0) }
}
"""



def check_virtual_keyboard(kiosk: Kiosk, report: Callable[[str], None]) -> None:
    """Load ``InputPanel`` in a QQuickWidget and type a word with it into a focused field."""
    from PySide6.QtCore import Q_ARG, QMetaObject, Qt, QUrl
    from PySide6.QtQuickWidgets import QQuickWidget
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    host = QWidget()
    host.resize(1280, 720)
    layout = QVBoxLayout(host)
    field = QLineEdit()
    panel = QQuickWidget()
    panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    panel.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
    panel.setMinimumHeight(360)
    layout.addWidget(field)
    layout.addWidget(panel)
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-self-test-qml-") as scratch:
            qml = Path(scratch) / "Panel.qml"
            qml.write_bytes(_PANEL_QML)
            panel.setSource(QUrl.fromLocalFile(str(qml)))
        if panel.status() is not QQuickWidget.Status.Ready:
            raise SelfTestError("keyboard QML did not load: " + "; ".join(e.toString() for e in panel.errors()))
        root = panel.rootObject()
        if root is None:
            raise SelfTestError("keyboard InputPanel could not be created")
        host.show()
        field.setFocus()
        wait_for(field.hasFocus, 2)
        for char in KEYBOARD_WORD:
            key = getattr(Qt.Key, f"Key_{char.upper()}")
            QMetaObject.invokeMethod(root, "tap", Q_ARG("QVariant", int(key.value)), Q_ARG("QVariant", char))
            wait_for(lambda: False, 0.02)
        if not wait_for(lambda: field.text() == KEYBOARD_WORD, 2):
            raise SelfTestError(
                f"the on-screen keyboard typed {field.text()!r}, expected {KEYBOARD_WORD!r} "
                "(is QT_IM_MODULE=qtvirtualkeyboard set before the application starts?)"
            )
        report(f"ok   on-screen keyboard typed {KEYBOARD_WORD!r}")
    finally:
        host.hide()
        host.deleteLater()


def media_to_play() -> Path:
    """The bundled PSA when the content pack carries it, else the self-test clip."""
    for candidate in (bundled_content_dir() / "media" / PSA_NAME, assets_dir() / SELF_TEST_CLIP):
        if candidate.is_file():
            return candidate
    raise SelfTestError(f"no media to play: neither {PSA_NAME} nor {SELF_TEST_CLIP} is in {assets_dir()}")


@dataclass
class _Playback:
    """What the media check saw: decoded frames and the player's error, if any."""

    frames: int = 0
    error: str = ""


def check_media_playback(kiosk: Kiosk, report: Callable[[str], None]) -> None:
    """Play a second of bundled video with sound muted; video frames must arrive."""
    from PySide6.QtCore import QObject, Qt, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    from kiosk.services.media_objects import new_audio_output, new_media_player

    path = media_to_play()
    owner = QObject()  # the QML-made player and output live as long as this check
    player = new_media_player(owner)
    audio = new_audio_output(owner)
    audio.setVolume(0.0)
    player.setAudioOutput(audio)
    sink = QVideoSink()
    player.setVideoSink(sink)
    seen = _Playback()

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid():
            seen.frames += 1

    def on_error(_error: QMediaPlayer.Error, message: str) -> None:
        seen.error = message or "unknown error"

    # Queued: a plain function connected directly would run in QtMultimedia's render thread,
    # taking the GIL there while the GUI thread, holding it, waits in player.stop() for that thread.
    sink.videoFrameChanged.connect(on_frame, Qt.ConnectionType.QueuedConnection)
    player.errorOccurred.connect(on_error)
    try:
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        done = wait_for(lambda: bool(seen.error) or (seen.frames > 0 and player.position() >= PLAY_MS), 8)
        if seen.error:
            raise SelfTestError(f"media {path.name} did not play: {seen.error}")
        if not done:
            raise SelfTestError(
                f"media {path.name} did not play a second: {seen.frames} frames, position {player.position()} ms"
            )
        report(f"ok   played {player.position()} ms of {path.name} ({seen.frames} frames)")
    finally:
        player.stop()
        sink.videoFrameChanged.disconnect(on_frame)
        owner.deleteLater()
        sink.deleteLater()


PLATFORM_CHECKS = [check_virtual_keyboard, check_media_playback]
