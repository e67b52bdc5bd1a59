"""Packaging that pyproject.toml cannot say alone (the rest of the metadata is there).

``kiosk.assets`` is the top-level assets/ folder (content pack, media, fonts, translations,
style sheets, self-test clip), mapped in pyproject.toml's ``package-dir``. Package discovery
only finds folders under kiosk/, so the list is completed here; without it a wheel carries no
assets and an installed kiosk has no content.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["kiosk", "kiosk.*"]), "kiosk.assets"])
