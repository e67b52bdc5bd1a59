"""The renderer probe and the decision it leads to."""

import json
import os
import subprocess

from PySide6.QtQuick import QQuickWindow

from kiosk.core.display import Renderer
from kiosk.core.settings import settings_from_dict
from kiosk.services.render_path import RenderPath, probe_command


def test_offscreen_has_no_opengl_so_the_keyboard_draws_in_software(qapp):
    path = RenderPath("auto")
    assert path.decision is not None and path.decision.used is Renderer.SOFTWARE
    assert "offscreen" in path.decision.reason
    assert QQuickWindow.sceneGraphBackend() == "software"


def test_the_probe_command_answers_json_even_without_opengl():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(probe_command(), capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["platform"] == "offscreen"
    assert "renderer" in found or found["problem"]


def test_display_renderer_is_a_configuration_key():
    loaded = settings_from_dict({"display": {"renderer": "opengl"}})
    assert loaded.settings.display.renderer == "opengl" and not loaded.warnings
    bad = settings_from_dict({"display": {"renderer": "vulkan"}}, "kiosk.toml")
    assert bad.settings.display.renderer == "auto"
    assert bad.warnings == ("kiosk.toml: display.renderer: must be one of auto, software, opengl, not 'vulkan'; using the default 'auto'",)


def test_admin_shows_what_was_detected_and_what_is_used(kiosk):
    from kiosk.ui.screens.base import ScreenId

    admin = kiosk.window.screen(ScreenId.ADMIN)
    name, value = admin.fact_labels["renderer"]
    assert name.text() == "Keyboard renderer"
    assert value.text().startswith("software")
    assert "offscreen" in value.text()
