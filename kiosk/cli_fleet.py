"""``blueheart-kiosk fleet``: the central database from the command line.

- ``fleet init-db``: create or migrate the central schema (as its owner: ``--url``).
- ``fleet sync --once``: push this kiosk's outbox now; print a JSON summary.
- ``fleet status``: print JSON: reachable, queued, last sync, event total.
- ``fleet export --event ID --out FILE.csv``: an event's pledges (the organiser's role).

Every failure is one line on standard error and a non-zero exit (2 configuration, 3 credentials,
4 unreachable or TLS, 5 schema version, 6 not allowed, 7 server error, 8 local storage).
Nothing queued is ever dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk.core.fleet import FleetConfig, FleetError, FleetProblem, check_url, describe_url, fleet_config


def add_fleet_parser(sub) -> None:
    fleet = sub.add_parser("fleet", help="sync with the fleet's central PostgreSQL database ([fleet] in kiosk.toml)")
    actions = fleet.add_subparsers(dest="fleet_command", metavar="ACTION", required=True)

    def common(parser: argparse.ArgumentParser, data: bool = True) -> None:
        parser.add_argument("--config", type=Path, metavar="FILE", default=argparse.SUPPRESS,
                            help="configuration file with the [fleet] section")
        parser.add_argument("--url", metavar="URL", help="central database URL (default: fleet.url of the configuration)")
        parser.add_argument("--password-file", type=Path, metavar="FILE", help="file with the password (default: fleet.password_file)")
        if data:
            parser.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS, help="this kiosk's data folder")

    init = actions.add_parser("init-db", help="create or migrate the central schema (run as the database's owner)")
    common(init, data=False)
    sync = actions.add_parser("sync", help="push what this kiosk has queued and print a JSON summary")
    sync.add_argument("--once", action="store_true", required=True, help="one sync, then exit")
    common(sync)
    status = actions.add_parser("status", help="print JSON: reachable, queued, last sync, event total")
    common(status)
    export = actions.add_parser("export", help="export an event's pledges from the central database (the organiser's role)")
    export.add_argument("--event", required=True, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    common(export, data=False)


def _fail(action: str, error: FleetError) -> int:
    print(f"fleet {action}: {error.message}", file=sys.stderr)
    return error.problem.exit_code


def _config(args: argparse.Namespace, need_event: bool) -> FleetConfig:
    """The [fleet] settings, with --url and --password-file over them."""
    from kiosk.core.paths import user_paths
    from kiosk.core.settings import load_settings

    config_file = args.config or user_paths().config_file
    section = load_settings(config_file).settings.fleet
    url = args.url or section.url
    if not url:
        raise FleetError(FleetProblem.BAD_CONFIG, f"{config_file}: no [fleet] url; add one or give --url")
    problem = check_url(url)
    if problem:
        raise FleetError(FleetProblem.BAD_URL, f"fleet url {describe_url(url)}: {problem}")
    password_file = args.password_file or (Path(section.password_file).expanduser() if section.password_file else None)
    event = getattr(args, "event", None) or section.event
    if need_event:
        checked, problems = fleet_config(type(section)(url=url, event=event, sync_seconds=section.sync_seconds), str(config_file))
        if checked is None:
            raise FleetError(FleetProblem.BAD_CONFIG, problems[0])
    return FleetConfig(url, event, section.sync_seconds, password_file)


def cmd_fleet(args: argparse.Namespace) -> int:
    action = args.fleet_command
    try:
        return {"init-db": _init_db, "sync": _sync, "status": _status, "export": _export}[action](args)
    except FleetError as error:
        return _fail(action, error)


def _connect(config: FleetConfig):
    from kiosk.storage import central

    return central.connect(config, central.read_password(config.password_file))


def _init_db(args: argparse.Namespace) -> int:
    from kiosk.storage import central

    config = _config(args, need_event=False)
    password = central.read_password(config.password_file)
    connection = central.connect(config, password)
    try:
        before, after = central.init_db(connection, config)
    except FleetError:
        raise
    except Exception as error:  # noqa: BLE001  (any driver failure becomes one line: central.classify)
        raise central.classify(error, config, password) from None
    finally:
        connection.close()
    state = "already at" if before == after else f"migrated from {before} to"
    print(f"Central schema at {config.where}: {state} version {after}.")
    return 0


def _outbox(args: argparse.Namespace):
    from kiosk.core.resolved import data_dir_for
    from kiosk.storage.database import DatabaseError
    from kiosk.storage.fleet_sync import open_outbox

    data_dir = data_dir_for(args.config, getattr(args, "data_dir", None))
    try:
        return open_outbox(data_dir)
    except DatabaseError as error:
        raise FleetError(FleetProblem.LOCAL_STORAGE, f"{data_dir}: {error}") from None


def _sync(args: argparse.Namespace) -> int:
    from kiosk.core.pledge import format_utc
    from kiosk.storage import central
    from kiosk.storage.fleet_sync import sync_once

    config = _config(args, need_event=True)
    outbox = _outbox(args)
    result = sync_once(outbox, config, central.read_password(config.password_file))
    print(json.dumps({
        "event": config.event,
        "sent": result.push.sent,
        "new": result.push.new,
        "already_there": result.push.already_there,
        "queued": result.push.queued,
        "event_total": result.event_total,
        "last_sync_utc": format_utc(result.finished_utc),
    }))
    return 0


def _status(args: argparse.Namespace) -> int:
    from kiosk.storage import central

    config = _config(args, need_event=True)
    outbox = _outbox(args)
    notes = outbox.notes()
    status = {
        "event": config.event,
        "where": config.where,
        "reachable": False,
        "queued": outbox.queued(),
        "last_sync_utc": notes.get("last_sync_utc") or None,
        "event_total": None,
        "last_error": notes.get("last_error", ""),
    }
    code = 0
    try:
        password = central.read_password(config.password_file)
        connection = central.connect(config, password)
        try:
            central.check_schema(connection, config)
            status["event_total"] = central.event_total(connection, config.event)
            status["reachable"] = True
        except FleetError:
            raise
        except Exception as error:  # noqa: BLE001  (any driver failure becomes one line: central.classify)
            raise central.classify(error, config, password) from None
        finally:
            connection.close()
    except FleetError as error:
        status["error"] = error.message
        code = _fail("status", error)
    print(json.dumps(status))
    return code


def _export(args: argparse.Namespace) -> int:
    from kiosk.storage import central

    config = _config(args, need_event=True)
    password = central.read_password(config.password_file)
    connection = central.connect(config, password)
    try:
        written = central.export_event(connection, config.event, args.out)
    except FleetError:
        raise
    except OSError as error:
        raise FleetError(FleetProblem.LOCAL_STORAGE, f"{args.out}: cannot write ({error.strerror or error})") from None
    except Exception as error:  # noqa: BLE001  (any driver failure becomes one line: central.classify)
        problem = central.classify(error, config, password)
        if problem.problem is FleetProblem.NOT_ALLOWED:
            problem = FleetError(problem.problem, problem.message + " (an export needs the organiser's role: --url and --password-file)")
        raise problem from None
    finally:
        connection.close()
    print(f"Exported {written} pledges of event {config.event} from {config.where} to {args.out}.")
    return 0
