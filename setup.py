"""Packaging that pyproject.toml cannot say alone (the rest of the metadata is there).

``kiosk.assets`` is the top-level assets/ folder (content pack, media, fonts, translations,
style sheets, self-test clip), mapped in pyproject.toml's ``package-dir``. Package discovery
only finds folders under kiosk/, so the list is completed here; without it a wheel carries no
assets and an installed kiosk has no content.

The compiled translations (assets/i18n/*.qm) and the Qt resource module (kiosk/resources_rc.py)
are not in git: every build (``pip install .``, ``pip install -e .``, a wheel) makes them first
from the .ts files and resources.qrc with build_spec/build_assets.py, using PySide6's
pyside6-lrelease and pyside6-rcc (PySide6-Essentials is in ``[build-system] requires``).
"""

import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithGeneratedFiles(build_py):
    """build_py that first brings the generated files up to date with their sources."""

    def run(self) -> None:
        subprocess.run([sys.executable, str(ROOT / "build_spec" / "build_assets.py")], check=True, cwd=ROOT)
        super().run()


#: The assets' folders are data packages (listed, so setuptools neither warns nor leaves them out).
ASSET_PACKAGES = ["kiosk.assets", *(f"kiosk.assets.{name}" for name in find_namespace_packages(where=str(ROOT / "assets")))]

setup(
    packages=[*find_packages(include=["kiosk", "kiosk.*"]), *ASSET_PACKAGES],
    cmdclass={"build_py": BuildPyWithGeneratedFiles},
)
