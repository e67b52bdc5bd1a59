"""``blueheart-kiosk self-test``: start offscreen, visit every screen, reset, report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kiosk.app import Kiosk, KioskOptions
from kiosk.diagnostics.checks import SelfTestError, wait_for
from kiosk.diagnostics.self_test_platform import PLATFORM_CHECKS


def check_screens(kiosk: Kiosk, report: Callable[[str], None]) -> None:
    from kiosk.ui.screens.base import ScreenId

    for screen_id in ScreenId:
        kiosk.window.show_screen(screen_id)
        image = kiosk.window.grab().toImage()
        if kiosk.window.current_id is not screen_id or image.isNull():
            raise SelfTestError(f"screen {screen_id} did not render")
        report(f"ok   screen {screen_id}")


def check_idle_reset(kiosk: Kiosk, report: Callable[[str], None]) -> None:
    from kiosk.core.session import Phase
    from kiosk.ui.screens.base import ScreenId

    machine = kiosk.idle.machine
    machine.idle_timeout, machine.warning_duration = 0.3, 0.3
    kiosk.window.show_screen(ScreenId.HOME)
    kiosk.context.language.set_language("fr" if kiosk.context.language.default != "fr" else "es")
    kiosk.idle.record_activity()
    kiosk.idle.poll()
    if not wait_for(lambda: kiosk.window.still_there.isVisible(), 3):
        raise SelfTestError("the 'Still there?' warning did not show after the idle timeout")
    report("ok   idle warning shown")
    if not wait_for(lambda: kiosk.window.current_id is ScreenId.ATTRACT and machine.phase is Phase.ATTRACT, 3):
        raise SelfTestError("the visit did not reset to Attract after the warning")
    if kiosk.context.language.current != kiosk.context.language.default:
        raise SelfTestError("the language did not return to the default at the reset")
    report("ok   visit reset to Attract")


def check_admin_pin(kiosk: Kiosk, report: Callable[[str], None]) -> None:
    """Warn (without failing) when this computer's admin PIN is missing or below the rules."""
    from kiosk.core.admin_door import PinStrength
    from kiosk.core.paths import user_paths
    from kiosk.storage.pin_file import PinFile

    pin_file = PinFile(user_paths().pin_file)  # the kiosk's own, not the self-test's scratch one
    record = pin_file.read_record()
    if record is None:
        report(f"warn admin PIN: none set in {pin_file.path}; Admin stays locked until 'blueheart-kiosk set-pin'")
    elif record.strength is PinStrength.MEETS_RULES:
        report("ok   admin PIN meets the rules for new PINs (6 to 12 digits, not a run or a common PIN)")
    else:
        known = "is below" if record.strength is PinStrength.BELOW_RULES else "was set before"
        report(
            f"warn admin PIN {known} the rules for new PINs (4 or 5 digits were allowed); "
            "set a new one of 6 to 12 digits with 'blueheart-kiosk set-pin'"
        )


def run_self_test(report: Callable[[str], None] = print) -> int:
    """0 when every check passed; 1 with the failing check's message otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The embedded on-screen keyboard needs its input context from the application's start.
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    from kiosk.app import build_kiosk
    from kiosk.core.paths import UserPaths

    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as scratch:
        root = Path(scratch)
        paths = UserPaths(config_dir=root / "config", data_dir=root / "data", log_dir=root / "log")
        kiosk = None
        try:
            kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=paths.data_dir), paths)
            kiosk.window.resize(1920, 1080)
            kiosk.window.show()
            report("ok   kiosk built")
            for check in SELF_TEST_CHECKS:
                check(kiosk, report)
        except SelfTestError as failure:
            report(f"FAIL {failure}")
            return 1
        except Exception as exc:  # noqa: BLE001 - the self-test reports, never crashes
            report(f"FAIL unexpected error: {type(exc).__name__}: {exc}")
            return 1
        finally:
            if kiosk is not None:
                kiosk.shutdown()
    report("self-test passed")
    return 0


#: The checks, in order; the last ones are the platform pieces the bundle must carry (keyboard
#: QML, FFmpeg playback). Features append their own.
SELF_TEST_CHECKS: list[Callable[[Kiosk, Callable[[str], None]], None]] = [
    check_screens,
    check_idle_reset,
    check_admin_pin,
    *PLATFORM_CHECKS,
]
