"""The command line: ``blueheart-kiosk`` and its subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from kiosk import __version__
from kiosk.core.languages import LANGUAGE_CODES


def _add_kiosk_options(parser: argparse.ArgumentParser, top_level: bool = True, all_languages: bool = False) -> None:
    # On a subcommand the options default to SUPPRESS, so values given before it survive.
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument("--content", type=Path, metavar="DIR", default=default,
                        help="an organiser's content pack folder (overrides the bundled content item by item)")
    parser.add_argument("--config", type=Path, metavar="FILE", default=default,
                        help="configuration file (default: kiosk.toml in the user config folder)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=default,
                        help="folder for pledges and analytics (default: the user data folder)")
    if all_languages:
        parser.add_argument("--lang", choices=(*LANGUAGE_CODES, "all"), default=default,
                            help="UI language; 'all' renders each language into its own subfolder")
    else:
        parser.add_argument("--lang", choices=LANGUAGE_CODES, default=default, help="default UI language for every visit")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blueheart-kiosk",
        description="Blue Heart Kiosk: an offline, full-screen awareness kiosk against human trafficking "
        "and migrant smuggling. Without a subcommand it runs the kiosk full screen and locked.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--windowed", action="store_true", help="run in a normal resizable window (development)")
    parser.add_argument("--debug", action="store_true", help="log everything, Qt's and FFmpeg's messages included (quiet by default)")
    _add_kiosk_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate-content", help="check a content pack; exit 1 listing every problem")
    validate.add_argument("dir", type=Path, metavar="DIR")
    validate.add_argument("--no-play-media", action="store_true",
                          help="skip playing each video and audio file to check this kiosk can decode it")

    tour = sub.add_parser("tour", help="render every screen to PNG offscreen")
    tour.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNG files")
    tour.add_argument("--size", default="1920x1080", metavar="WxH", help="window size (default 1920x1080; 1080x1920 for portrait)")
    _add_kiosk_options(tour, top_level=False, all_languages=True)

    export = sub.add_parser("export-pledges", help="export the pledges to a file for Excel or another kiosk")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    export.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="this kiosk's data folder")

    merge = sub.add_parser("merge-pledges", help="merge other kiosks' exports into this kiosk's pledges")
    merge.add_argument("files", type=Path, nargs="+", metavar="FILE")
    merge.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="this kiosk's data folder")

    set_pin = sub.add_parser("set-pin", help="store a new admin PIN (only its salted hash is kept)")
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (for scripts)")

    sub.add_parser("self-test", help="start offscreen, visit every screen, reset; exit 0 when all is well")
    sub.add_parser("probe-renderer", help="print the OpenGL renderer this display offers, as JSON (the kiosk runs it at start)")

    erase = sub.add_parser(
        "erase-personal-data",
        help="erase the first names, emails and countries of the pledges (the pledges and counts stay)",
    )
    erase.add_argument("--older-than", type=int, metavar="DAYS", help="only pledges older than DAYS days (default: all)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation (for scripts)")
    erase.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="this kiosk's data folder")

    from kiosk.cli_fleet import add_fleet_parser  # many kiosks, one event (issue 16)

    add_fleet_parser(sub)

    report = sub.add_parser("report", help="the impact report for donors: .pdf (A4, charts) or .csv (one row per day and measure)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="report file, ending .pdf or .csv")
    report.add_argument("--from", dest="first", metavar="DATE",
                        help="first day (YYYY-MM-DD, the kiosk's local days; default: the first day kept)")
    report.add_argument("--to", dest="last", metavar="DATE", help="last day (YYYY-MM-DD; default: the last day kept)")
    _add_kiosk_options(report, top_level=False)
    return parser


def _options(args: argparse.Namespace):
    from kiosk.core.resolved import KioskOptions

    return KioskOptions(
        windowed=getattr(args, "windowed", False),
        content_dir=args.content,
        config_file=args.config,
        data_dir=args.data_dir,
        lang=args.lang,
    )


#: Why ``set-pin`` refuses a PIN, one clear reason each.
PIN_REFUSALS = {
    "not_digits": "use digits only (the PIN pad has digits only)",
    "too_short": "use at least {min} digits",
    "too_long": "use at most {max} digits",
    "all_same": "all its digits are the same; anyone would try it",
    "straight_run": "its digits run straight up or down (like 123456 or 987654); anyone would try it",
    "common": "it is one of the most common 6-digit PINs; anyone would try it",
}


def cmd_set_pin(args: argparse.Namespace) -> int:
    from kiosk.core.admin_door import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinStrength, check_new_pin, hash_pin
    from kiosk.core.door_lockout import DoorState
    from kiosk.core.paths import user_paths
    from kiosk.storage.pin_file import DoorStateFile, PinFile

    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        import getpass

        pin = getpass.getpass(f"New admin PIN ({PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits): ")
        if getpass.getpass("Repeat the PIN: ") != pin:
            print("The two PINs differ; nothing was changed.", file=sys.stderr)
            return 1
    problem = check_new_pin(pin)
    if problem is not None:
        reason = PIN_REFUSALS[problem.value].format(min=PIN_MIN_DIGITS, max=PIN_MAX_DIGITS)
        print(f"PIN not accepted: {reason}; nothing was changed.", file=sys.stderr)
        return 1
    paths = user_paths()
    pin_file = PinFile(paths.pin_file)
    try:
        pin_file.write(hash_pin(pin), PinStrength.MEETS_RULES)
    except OSError as exc:
        print(f"Could not store the PIN in {pin_file.path}: {exc}", file=sys.stderr)
        return 1
    print(f"Admin PIN stored (salted hash) in {pin_file.path}.")
    # Whoever sets the PIN on the computer itself may open the pad at once.
    state_file = DoorStateFile(paths.door_state_file)
    state, damage = state_file.read()
    if damage is not None:
        state = DoorState()  # unreadable: the pad would lock a minute; start it afresh
    if state is not None and (damage is not None or state.locks or state.pending):
        try:
            state_file.write(state.lifted())
        except OSError as exc:
            print(f"Could not lift the PIN pad's lock in {state_file.path}: {exc}", file=sys.stderr)
            return 1
        print(f"The PIN pad's lock was lifted ({state.since_entry.count} wrong PINs since the last right one; Admin lists them).")
    return 0


def cmd_tour(args: argparse.Namespace) -> int:
    from kiosk.diagnostics.tour import parse_size, run_tour

    try:
        size = parse_size(args.size)
    except ValueError as exc:
        print(f"tour: {exc}", file=sys.stderr)
        return 2
    written = run_tour(args.out, size, args.lang, _options(args))
    print(f"Wrote {len(written)} screens to {args.out}")
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from kiosk.diagnostics.self_test import run_self_test

    return run_self_test()


def _pledge_data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir``, else the config file's ``data_dir``, else the platform's data folder."""
    from kiosk.core.resolved import data_dir_for

    return data_dir_for(args.config, getattr(args, "data_dir", None))


def cmd_export_pledges(args: argparse.Namespace) -> int:
    from kiosk.core.pledge_files import ExportFormat
    from kiosk.storage.database import DatabaseError
    from kiosk.storage.pledges import export_pledges

    data_dir = _pledge_data_dir(args)
    try:
        report = export_pledges(data_dir, args.out, ExportFormat(args.format))
    except DatabaseError as exc:
        print(f"export-pledges: could not export from {data_dir} to {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"Exported {report.written} pledges from {data_dir} to {report.path} ({report.format.value}), "
          f"and {report.events_written} anonymous events to {report.events_path}.")
    return 0


def cmd_merge_pledges(args: argparse.Namespace) -> int:
    from kiosk.storage.database import DatabaseError
    from kiosk.storage.pledges import merge_pledges

    data_dir = _pledge_data_dir(args)
    try:
        report = merge_pledges(data_dir, args.files)
    except DatabaseError as exc:
        print(f"merge-pledges: could not merge into {data_dir}: {exc}", file=sys.stderr)
        return 1
    for file in report.files:
        print(f"{file.path}: {file.added} added, {file.already_present} already present, {len(file.rejected)} rejected")
        for rejected in file.rejected:
            print(f"  {file.path}: {rejected.describe()}", file=sys.stderr)
    for events in report.events:
        print(f"{events.path}: {events.added} events added, {events.already_present} already present, {len(events.rejected)} rejected")
        for bad_line in events.rejected:
            print(f"  {events.path}: {bad_line.describe()}", file=sys.stderr)
    print(f"Total: {report.added} added, {report.already_present} already present, {report.rejected} rejected (into {data_dir}).")
    return 1 if report.rejected else 0


def cmd_erase_personal_data(args: argparse.Namespace) -> int:
    from datetime import datetime

    from kiosk.core.retention import personal_data_cutoff
    from kiosk.storage.database import DatabaseError
    from kiosk.storage.pledges import erase_personal_data

    data_dir = _pledge_data_dir(args)
    days = args.older_than
    if days is not None and days < 1:
        print("erase-personal-data: --older-than needs a number of days of 1 or more", file=sys.stderr)
        return 2
    which = f"pledges older than {days} days" if days else "all pledges"
    if not args.yes:
        if not sys.stdin.isatty():
            print("erase-personal-data: add --yes to erase without a question (no terminal to ask in)", file=sys.stderr)
            return 2
        answer = input(f"Erase the first names, emails and countries of {which} in {data_dir}? The pledges and counts stay. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was erased.")
            return 1
    before = personal_data_cutoff(datetime.now(UTC), days) if days else None
    try:
        erased = erase_personal_data(data_dir, before)
    except DatabaseError as exc:
        print(f"erase-personal-data: could not erase in {data_dir}: {exc}", file=sys.stderr)
        return 1
    print(f"Personal data erased from {erased} pledges ({which}) in {data_dir}; the pledges and counts remain.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kiosk.cli_report import run_report

    return run_report(args, _pledge_data_dir(args))


def cmd_validate_content(args: argparse.Namespace) -> int:
    from kiosk.core.content import validate_command

    if args.no_play_media:
        code, lines = validate_command(args.dir)
    else:
        from kiosk.services.logs import quiet_qt_output

        quiet_qt_output()  # before QtMultimedia loads: it probes for PipeWire as it loads
        from kiosk.core.content import MediaProblem
        from kiosk.services.media_probe import playability_probe

        def unplayable(paths: Sequence[Path]) -> list[MediaProblem]:
            return [MediaProblem(found.path, found.message) for found in playability_probe(paths)]

        code, lines = validate_command(args.dir, media_probe=unplayable)
    for line in lines:
        print(line)
    return code


def cmd_probe_renderer(args: argparse.Namespace) -> int:
    from kiosk.services.render_path import probe_main

    return probe_main()


def cmd_fleet(args: argparse.Namespace) -> int:
    from kiosk.cli_fleet import cmd_fleet as run_fleet

    return run_fleet(args)


COMMANDS = {
    "set-pin": cmd_set_pin,
    "tour": cmd_tour,
    "self-test": cmd_self_test,
    "validate-content": cmd_validate_content,
    "export-pledges": cmd_export_pledges,
    "merge-pledges": cmd_merge_pledges,
    "probe-renderer": cmd_probe_renderer,
    "erase-personal-data": cmd_erase_personal_data,
    "fleet": cmd_fleet,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.debug:
        import os

        os.environ["KIOSK_LOG_LEVEL"] = "DEBUG"
    if args.command is None:
        from kiosk.app import run

        return run(_options(args))
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
