"""The rendering path: probe the display's OpenGL once, then pick Qt Quick's backend.

Only the on-screen keyboard is a Qt Quick scene (a ``QQuickWidget``). With OpenGL it makes the
whole top-level window compose through OpenGL, which on a PC without a GPU is Mesa's llvmpipe on
the CPU (1.5-1.65 cores measured, see :mod:`kiosk.core.display`). The backend must be chosen
before the first ``QQuickWidget`` exists, and can never change afterwards.

The probe runs in a child process (``blueheart-kiosk probe-renderer``), started after the first
frame: creating an OpenGL context takes 150-400 ms and holds the GUI thread (measured: a probe
on a QThread still blocked the event loop for 190-330 ms), and a broken driver that crashes
takes only the child with it.

Signals:
    decided(object): the :class:`~kiosk.core.display.RenderDecision`, once.
"""

from __future__ import annotations

import json
import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Qt, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.core.display import RenderDecision, Renderer, RendererChoice, decide

log = logging.getLogger(__name__)

#: Longest wait for the child before the kiosk gives up on OpenGL (a hung driver).
PROBE_TIMEOUT_MS = 8000
#: Platforms without OpenGL at all: no probe.
_NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb")

GL_VENDOR = 0x1F00
GL_RENDERER = 0x1F01


def probe_command() -> list[str]:
    """The command line of the probe: this executable (the frozen bundle, or python -m kiosk)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "probe-renderer"]
    return [sys.executable, "-m", "kiosk", "probe-renderer"]


class RenderPath(QObject):
    """Decides, once, whether the keyboard's Qt Quick scene uses OpenGL or the software backend.

    Args:
        choice: ``display.renderer`` from the configuration.
    """

    decided = Signal(object)

    def __init__(self, choice: RendererChoice | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice = RendererChoice(choice)
        self.decision: RenderDecision | None = None
        self._process: QProcess | None = None
        platform = QGuiApplication.platformName()
        if self.choice is not RendererChoice.AUTO:
            self._settle(decide(self.choice, None))
        elif platform in _NO_GL_PLATFORMS:
            self._settle(decide(self.choice, None, f"the {platform} platform has no OpenGL"))

    def start(self) -> None:
        """Start the probe in a child process (nothing to do when already decided)."""
        if self.decision is not None or self._process is not None:
            return
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.finished.connect(self._probe_finished)
        process.errorOccurred.connect(self._probe_failed)
        command = probe_command()
        self._process = process
        process.start(command[0], command[1:])

    def ensure_decided(self) -> RenderDecision:
        """The decision, waiting for the probe if it is still running (starting it if needed)."""
        if self.decision is None:
            self.start()
            process = self._process
            if process is not None and not process.waitForFinished(PROBE_TIMEOUT_MS):
                process.kill()
                process.waitForFinished(1000)
                self._settle(decide(self.choice, None, "the OpenGL probe did not answer"))
            if self.decision is None and process is not None:
                # finished() is delivered by waitForFinished; this covers a crashed child.
                self._probe_finished(process.exitCode(), process.exitStatus())
        assert self.decision is not None
        return self.decision

    def _probe_failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._settle(decide(self.choice, None, "the OpenGL probe could not start"))

    def _probe_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.decision is not None or self._process is None:
            return
        output = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        if status != QProcess.ExitStatus.NormalExit:
            self._settle(decide(self.choice, None, "OpenGL crashed the probe"))
            return
        try:
            found = json.loads(output.strip().splitlines()[-1])
        except (ValueError, IndexError):
            self._settle(decide(self.choice, None, f"the OpenGL probe said nothing useful (exit {code})"))
            return
        renderer = found.get("renderer")
        self._settle(decide(self.choice, renderer if isinstance(renderer, str) and renderer else None,
                            str(found.get("problem", ""))))

    def _settle(self, decision: RenderDecision) -> None:
        if self.decision is not None:
            return
        self.decision = decision
        apply(decision.used)
        log.info(
            "renderer: keyboard uses %s (%s; detected: %s)",
            decision.used.value, decision.reason, decision.detected or "none",
        )
        self.decided.emit(decision)


def apply(renderer: Renderer) -> None:
    """Set Qt Quick's graphics API for every scene made from now on."""
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    api = QSGRendererInterface.GraphicsApi.Software if renderer is Renderer.SOFTWARE else QSGRendererInterface.GraphicsApi.OpenGL
    # The first choice in a process is final (Qt warns "Scenegraph already initialized" at a
    # second one); only tests build several kiosks in one process.
    global _applied
    if _applied is None:
        QQuickWindow.setGraphicsApi(api)
        if renderer is Renderer.SOFTWARE:
            # No OpenGL anywhere on this path. Without this, QVideoFrame.toImage() (the video
            # surface) converts each frame through an OpenGL RHI of its own, which on llvmpipe
            # took two threads at about 58 % each (measured on Xvfb with a 1080p30 PSA); QtMultimedia
            # skips OpenGL when widgets are forced to raster (qthreadlocalrhi.cpp).
            QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
        _applied = renderer
    elif _applied is not renderer:
        log.warning("renderer: %s asked for, but this process already uses %s", renderer.value, _applied.value)


_applied: Renderer | None = None


def probe_main() -> int:
    """``blueheart-kiosk probe-renderer``: print the display's OpenGL renderer as one JSON line."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    app = QGuiApplication(sys.argv[:1])
    result: dict[str, str] = {"platform": app.platformName()}
    context = QOpenGLContext()
    surface = QOffscreenSurface()
    surface.create()
    if not context.create():
        result["problem"] = "no OpenGL context"
    elif not context.makeCurrent(surface):
        result["problem"] = "OpenGL context cannot be made current"
    else:
        # functions() of a context that is not current crashes: only reached when current.
        functions = context.functions()
        result["renderer"] = functions.glGetString(GL_RENDERER) or ""
        result["vendor"] = functions.glGetString(GL_VENDOR) or ""
        context.doneCurrent()
    print(json.dumps(result), flush=True)
    return 0
