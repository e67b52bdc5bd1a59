"""A throwaway PostgreSQL server for the fleet tests and benchmark (Debian's ``postgresql``).

It runs from a temporary folder on a free port, listening on localhost only, with password
(SCRAM) logins over TCP and TLS on (a self-signed certificate for ``localhost``). PostgreSQL
refuses to run as root; as root, every server command runs as the ``postgres`` system user
(``runuser -u postgres --``), which owns the folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-superuser-secret"


def server_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when the server is not installed."""
    def major(path: str) -> int:
        version = path.split("/")[4]
        return int(version) if version.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=major)
    if candidates:
        return Path(candidates[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def why_unavailable() -> str | None:
    """Why no throwaway server can run here, or None when it can."""
    if server_bin_dir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's 'postgresql' package"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root but there is no 'postgres' system user to run the server"
    if shutil.which("openssl") is None:
        return "openssl not found (the throwaway server's TLS certificate)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary folder; ``start()``, ``stop()``, ``cleanup()``.

    Args:
        fast: no fsync (tests); the benchmark keeps the server's durable defaults.
    """

    def __init__(self, fast: bool = True, extra: tuple[str, ...] = ()) -> None:
        self.bin = server_bin_dir()
        if self.bin is None:
            raise RuntimeError(why_unavailable())
        self.root = Path(tempfile.mkdtemp(prefix="blueheart-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.fast = fast
        self.extra = extra
        self.as_root = os.geteuid() == 0
        self.cert = self.root / "server.crt"
        self._init()

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def _init(self) -> None:
        password_file = self.root / "pw"
        password_file.write_text(SUPERUSER_PASSWORD + "\n")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
             "-keyout", str(self.root / "server.key"), "-out", str(self.cert)],
            check=True, capture_output=True, timeout=60,
        )
        os.chmod(self.root / "server.key", 0o600)
        if self.as_root:
            entry = pwd.getpwnam("postgres")
            for path in (self.root, password_file, self.root / "server.key", self.cert):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C",
            "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={password_file}", "--no-sync",
        )

    def start(self) -> None:
        options = [
            f"-p {self.port}", f"-k {self.root}", "-c listen_addresses=localhost",
            "-c ssl=on", f"-c ssl_cert_file={self.cert}", f"-c ssl_key_file={self.root / 'server.key'}",
            "-c max_connections=200",
        ]
        if self.fast:
            # synchronous_commit=off on purpose: the kiosk's sessions must turn it on themselves.
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        options += list(self.extra)
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "-o", " ".join(options), "start")

    def stop(self, mode: str = "fast") -> None:
        """``pg_ctl stop -m MODE``; ``immediate`` is a crash (no checkpoint, connections cut)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-m", mode, "stop", check=False)

    def cleanup(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, user: str, database: str, host: str = "127.0.0.1", **params: str) -> str:
        query = "&".join(f"{k}={quote(v)}" for k, v in {"sslmode": "disable", **params}.items())
        return f"postgresql://{quote(user)}@{host}:{self.port}/{quote(database)}?{query}"

    def superuser(self, database: str = "postgres"):
        """A psycopg connection as the superuser (autocommit)."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, password=SUPERUSER_PASSWORD,
            dbname=database, sslmode="disable", autocommit=True,
        )

    def execute(self, sql: str, params: tuple = (), database: str = "postgres") -> list[tuple]:
        with self.superuser(database) as connection:
            cursor = connection.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
