"""Small helpers shared by the integration tests, the stack test and the benchmark."""

import socket
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 30, interval: float = 0.1):
    """Poll until `predicate()` is truthy; return its last value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(interval)
    return predicate()


def answers(port: int, path: str) -> bool:
    """Does this page on this local port answer 200?"""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def healthy(port: int) -> bool:
    """Does /healthz on this port answer 200 (database, Redis and a worker all up)?"""
    return answers(port, "/healthz")
