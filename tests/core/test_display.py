"""The rule that picks the keyboard's renderer from the display's OpenGL."""

import pytest

from kiosk.core.display import Renderer, RendererChoice, decide, is_software_gl


@pytest.mark.parametrize(
    "renderer",
    [
        "llvmpipe (LLVM 15.0.6, 256 bits)",
        "softpipe",
        "Software Rasterizer",
        "Mesa X11 swrast",
        "Google SwiftShader",
        "GDI Generic",
        "Microsoft Basic Render Driver",
    ],
)
def test_software_rasterisers_are_recognised(renderer):
    assert is_software_gl(renderer)
    assert decide("auto", renderer).used is Renderer.SOFTWARE


@pytest.mark.parametrize(
    "renderer",
    ["Mesa Intel(R) UHD Graphics 620 (KBL GT2)", "NVIDIA GeForce GTX 1650/PCIe/SSE2", "AMD Radeon RX 6600 (radeonsi, navi23)"],
)
def test_a_gpu_keeps_opengl(renderer):
    decision = decide(RendererChoice.AUTO, renderer)
    assert decision.used is Renderer.OPENGL
    assert decision.detected == renderer


def test_no_opengl_means_software_and_says_why():
    decision = decide("auto", None, "no OpenGL context")
    assert decision.used is Renderer.SOFTWARE
    assert "no OpenGL context" in decision.reason


@pytest.mark.parametrize("choice, used", [("software", Renderer.SOFTWARE), ("opengl", Renderer.OPENGL)])
def test_the_configuration_forces_either(choice, used):
    assert decide(choice, "llvmpipe").used is used
    assert decide(choice, "NVIDIA GeForce").used is used
    assert "forced" in decide(choice, None).reason


def test_an_unknown_choice_is_refused():
    with pytest.raises(ValueError):
        decide("vulkan", None)
