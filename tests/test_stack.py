"""The README's first command: `make run` (here its Python half, `counselling.stack run`)
with no DATABASE_URL or REDIS_URL, on a fresh data directory."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counselling.stack import ROOT
from tests.support import free_port, healthy

pytestmark = pytest.mark.integration


def _processes_started_from(data_dir: Path) -> list[str]:
    """Every live process that inherited this run's SILTA_DATA_DIR (web, worker, beat,
    PostgreSQL, Redis all do), with its command line."""
    marker = f"SILTA_DATA_DIR={data_dir}".encode()
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            if marker in (proc / "environ").read_bytes().split(b"\0"):
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return found


def _run(data_dir: Path, port: int) -> subprocess.Popen:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env["SILTA_DATA_DIR"] = str(data_dir)
    return subprocess.Popen(
        [sys.executable, "-m", "counselling.stack", "run", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def _start_and_stop(data_dir: Path) -> str:
    port = free_port()
    process = _run(data_dir, port)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None and not healthy(port):
        time.sleep(0.5)
    became_healthy = healthy(port)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in the terminal
    output, _ = process.communicate(timeout=60)
    assert became_healthy, output
    assert process.returncode == 0, output
    return output


def test_make_run_serves_with_demo_data_and_ctrl_c_leaves_nothing_behind():
    data_dir = Path(f"/tmp/silta-stack-{os.getpid()}")  # short: it holds a unix socket
    try:
        first = _start_and_stop(data_dir)

        for username in ["reception", "counsellor", "counsellor.narva", "coordinator", "admin"]:
            assert username in first
        assert "silta-demo" in first
        assert "otpauth://" in first  # the two-factor setup for coordinator and admin
        assert (data_dir / "postgres").is_dir()
        time.sleep(1)
        assert _processes_started_from(data_dir) == []

        second = _start_and_stop(data_dir)

        assert "Demo data already loaded" in second, second
        time.sleep(1)
        assert _processes_started_from(data_dir) == []
    finally:
        for leftover in _processes_started_from(data_dir):
            print("left running:", leftover)
        subprocess.run(["rm", "-rf", str(data_dir)], check=False)
