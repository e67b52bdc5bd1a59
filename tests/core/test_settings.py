"""The TOML configuration: typed keys, defaults, and warnings instead of failures."""

from kiosk.core.settings import Settings, load_settings, settings_from_dict, settings_reference


def test_missing_file_gives_defaults_without_warnings(tmp_path):
    loaded = load_settings(tmp_path / "none.toml")
    assert loaded.settings == Settings()
    assert loaded.warnings == ()
    assert loaded.settings.kiosk.idle_timeout == 90


def test_valid_file_is_read(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('version = 1\n[kiosk]\nlanguage = "ar"\nidle_timeout = 120\n[ticker]\nspeed = 60\n', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.warnings == ()
    assert loaded.settings.kiosk.language == "ar"
    assert loaded.settings.kiosk.idle_timeout == 120
    assert loaded.settings.ticker.speed == 60


def test_bad_values_fall_back_per_key_with_a_warning_each(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\nlanguage = "de"\nidle_timeout = "soon"\nwarning_seconds = 12\ncolour = 1\n', encoding="utf-8")
    loaded = load_settings(path)
    settings = loaded.settings
    assert settings.kiosk.language == "en"
    assert settings.kiosk.idle_timeout == 90
    assert settings.kiosk.warning_seconds == 12  # the good key survives
    text = "\n".join(loaded.warnings)
    assert f"{path}: kiosk.language:" in text
    assert f"{path}: kiosk.idle_timeout:" in text
    assert f"{path}: kiosk.colour: unknown key; ignored" in text
    assert f"{path}: kiosk.language: must be one of en, fr, es, ar, ru, zh, not 'de'; using the default 'en'" in text
    assert len(loaded.warnings) == 3


def test_out_of_range_value(tmp_path):
    loaded = settings_from_dict({"kiosk": {"idle_timeout": 2}}, "k.toml")
    assert loaded.settings.kiosk.idle_timeout == 90
    assert loaded.warnings == ("k.toml: kiosk.idle_timeout: must be at least 10, not 2; using the default 90",)


def test_malformed_toml_gives_defaults_and_a_warning(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk\nlanguage = ", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith(f"{path}: not valid TOML")


def test_section_that_is_not_a_table(tmp_path):
    loaded = settings_from_dict({"kiosk": 5}, "k.toml")
    assert loaded.settings.kiosk == Settings().kiosk
    assert loaded.warnings == ("k.toml: kiosk: must be a table like [kiosk]; using the defaults",)


def test_newer_version_is_reported():
    loaded = settings_from_dict({"version": 9})
    assert any("newer" in w for w in loaded.warnings)


def test_every_key_is_documented():
    rows = settings_reference()
    assert {"kiosk.language", "kiosk.idle_timeout", "ticker.speed", "media.max_volume"} <= {r[0] for r in rows}
    assert all(description for *_, description in rows)


def test_types_are_checked_strictly():
    loaded = settings_from_dict({"media": {"max_volume": 1}, "kiosk": {"idle_timeout": 30.5, "content_dir": 5}})
    assert loaded.settings.kiosk.content_dir == ""
    assert loaded.settings.media.max_volume == 1.0  # an integer is a fine number
    assert loaded.settings.kiosk.idle_timeout == 90
    assert len(loaded.warnings) == 2
