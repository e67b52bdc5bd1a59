"""QtMultimedia's player and audio output, made by C++ (through QML) rather than by Python.

Workaround for a deadlock measured with PySide6 6.11.3 and QtMultimedia's FFmpeg backend: when
the player tears down its playback threads (stop, a new source), objects destroyed in those
threads call ``disconnectNotify`` on the senders they were connected to. For a QMediaPlayer or
QAudioOutput constructed from Python that call goes through PySide's wrapper, which takes the
GIL — held by the GUI thread, which is itself waiting for those threads. The tests hung in about
one run in three. Objects created by QML are plain C++ objects: no wrapper, no GIL.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtQml import QQmlComponent, QQmlEngine

_engine: QQmlEngine | None = None

_Made = TypeVar("_Made", bound=QObject)


def _create(qml: bytes, parent: QObject, kind: type[_Made]) -> _Made:
    global _engine
    if _engine is None:
        _engine = QQmlEngine()
    component = QQmlComponent(_engine)
    component.setData(b"import QtMultimedia\n" + qml, QUrl())
    made = component.create()
    if made is None:
        raise RuntimeError("QtMultimedia's QML module is missing: " + "; ".join(e.toString() for e in component.errors()))
    if not isinstance(made, kind):
        raise RuntimeError(f"QML made a {type(made).__name__}, not a {kind.__name__}")
    # Owned by ``parent`` from birth: with no parent the engine may collect it at any time.
    made.setParent(parent)
    QQmlEngine.setObjectOwnership(made, QQmlEngine.ObjectOwnership.CppOwnership)
    return made


def new_media_player(parent: QObject) -> QMediaPlayer:
    """A QMediaPlayer owned by ``parent``, safe to stop from the GUI thread."""
    return _create(b"MediaPlayer {}", parent, QMediaPlayer)


def new_audio_output(parent: QObject) -> QAudioOutput:
    """A QAudioOutput owned by ``parent``, safe to detach while playback threads end."""
    return _create(b"AudioOutput {}", parent, QAudioOutput)
