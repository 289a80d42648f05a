"""/healthz against real services that the test starts and stops itself."""

import pytest

from tests.support import wait_for

pytestmark = pytest.mark.integration


def test_healthz_is_ok_with_database_redis_and_a_worker(client, workers):
    workers.start()

    response = wait_for(lambda: (r := client.get("/healthz")).status_code == 200 and r, 60)

    assert response, workers.logs()
    assert response.json() == {"status": "ok", "database": "ok", "redis": "ok", "worker": "ok"}


def test_healthz_goes_503_when_redis_stops(client, workers, private_redis):
    workers.start()
    assert wait_for(lambda: client.get("/healthz").status_code == 200, 60), workers.logs()

    private_redis.stop()
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "redis": "down",
        "worker": "down",
    }
