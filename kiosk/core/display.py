"""Which renderer the embedded keyboard's Qt Quick scene uses: a pure rule, no Qt.

Measured on a real X display without a GPU (Xvfb with Mesa's llvmpipe, PySide6 6.11.3): one
``QQuickWidget`` in the window switches the whole top-level window to OpenGL composition, and
every frame of the heart and the ticker then goes through software OpenGL: 1.5-1.65 cores all
the time. With Qt Quick's software backend the same window used about 10 % of a core. So a
software OpenGL (or none) means the software backend; a real GPU keeps OpenGL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class RendererChoice(StrEnum):
    """``display.renderer`` in the configuration."""

    AUTO = "auto"
    SOFTWARE = "software"
    OPENGL = "opengl"


class Renderer(StrEnum):
    """What the keyboard's scene is drawn with."""

    SOFTWARE = "software"
    OPENGL = "opengl"


#: OpenGL renderer strings of rasterisers that run on the CPU (Mesa, Windows, VirtualBox/VMware).
_SOFTWARE_GL = re.compile(
    r"llvmpipe|softpipe|swrast|software rasteri[sz]er|swiftshader|lavapipe|"
    r"gdi generic|microsoft basic render",
    re.IGNORECASE,
)


def is_software_gl(renderer: str) -> bool:
    """Whether an OpenGL ``GL_RENDERER`` string names a rasteriser that runs on the CPU."""
    return bool(_SOFTWARE_GL.search(renderer))


@dataclass(frozen=True)
class RenderDecision:
    """What was detected, what is used, and why (for the log and Admin).

    Attributes:
        detected: the OpenGL renderer found at start ('' when none was probed or GL failed).
        used: the renderer the keyboard's scene uses.
        reason: a short English explanation for the log and Admin.
    """

    detected: str
    used: Renderer
    reason: str


def decide(choice: RendererChoice | str, detected: str | None, problem: str = "") -> RenderDecision:
    """The renderer for ``choice`` given what the probe found.

    Args:
        choice: the configured ``display.renderer``.
        detected: the ``GL_RENDERER`` string, or None when OpenGL could not be used (or was not
            probed because the choice is forced).
        problem: why OpenGL could not be used, when ``detected`` is None.
    """
    choice = RendererChoice(choice)
    shown = detected or ""
    if choice is RendererChoice.SOFTWARE:
        return RenderDecision(shown, Renderer.SOFTWARE, "forced by display.renderer")
    if choice is RendererChoice.OPENGL:
        return RenderDecision(shown, Renderer.OPENGL, "forced by display.renderer")
    if detected is None:
        return RenderDecision("", Renderer.SOFTWARE, f"no usable OpenGL ({problem or 'unknown'})")
    if is_software_gl(detected):
        return RenderDecision(detected, Renderer.SOFTWARE, "OpenGL runs on the CPU")
    return RenderDecision(detected, Renderer.OPENGL, "hardware OpenGL")
