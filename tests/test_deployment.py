"""docker-compose.yml and the Dockerfile cannot run here; these tests keep them in step
with the settings, so the production-like stack does not rot unseen."""

import os
import re
import subprocess
import sys
import urllib.parse

import pytest
import yaml
from django.conf import settings

from counselling.settings import database_from_url
from counselling.stack import WORKER_QUEUES

ROOT = settings.BASE_DIR
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
SETTINGS_SOURCE = (ROOT / "counselling" / "settings.py").read_text()
VARIABLES_READ = set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', SETTINGS_SOURCE))


def _environment(service: str) -> dict[str, str]:
    env = dict(SERVICES[service]["environment"])
    env["SECRET_KEY"] = "compose-check-" + "k" * 50  # stands in for ${SECRET_KEY:?...}
    return {name: str(value) for name, value in env.items()}


def test_the_stack_has_web_worker_beat_database_redis_and_a_mail_catcher():
    assert {"web", "worker", "beat", "db", "redis", "mail"} <= set(SERVICES)
    assert "gunicorn" in (ROOT / "Dockerfile").read_text()
    assert SERVICES["worker"]["command"][:4] == ["celery", "-A", "counselling", "worker"]
    assert SERVICES["beat"]["command"][:4] == ["celery", "-A", "counselling", "beat"]


@pytest.mark.parametrize("service", ["web", "worker", "beat", "migrate"])
def test_every_variable_the_stack_sets_is_one_the_settings_read(service):
    unknown = set(_environment(service)) - VARIABLES_READ
    assert unknown == set(), "a typo here would be silently ignored in production"


def test_the_stack_points_the_app_at_its_own_services():
    env = _environment("web")
    database = database_from_url(env["DATABASE_URL"])
    db = SERVICES["db"]["environment"]
    assert (database["HOST"], database["NAME"]) == ("db", db["POSTGRES_DB"])
    assert (database["USER"], database["PASSWORD"]) == (
        db["POSTGRES_USER"],
        db["POSTGRES_PASSWORD"],
    )
    assert urllib.parse.urlsplit(env["REDIS_URL"]).hostname == "redis"
    assert env["EMAIL_HOST"] == "mail"


def test_workers_consume_every_queue_tasks_are_routed_to():
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    routed.add(settings.CELERY_TASK_DEFAULT_QUEUE)
    command = SERVICES["worker"]["command"]
    assert routed <= set(command[command.index("-Q") + 1].split(",")), "docker-compose.yml"
    assert routed <= set(WORKER_QUEUES.split(",")), "make run"


def test_the_compose_settings_load_and_pass_the_system_checks():
    env = {**os.environ, **_environment("web")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DEBUG", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
