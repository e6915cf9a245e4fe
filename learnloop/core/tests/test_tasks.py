"""Background tasks: in-process without a broker, on a real Celery worker with Redis."""

import os
import signal
import subprocess
import sys

import pytest
import redis
from celery import Celery

from learnloop.core.tasks import ping

REDIS_URL = "redis://127.0.0.1:6379/14"


def test_without_a_broker_tasks_run_in_process(settings):
    assert settings.CELERY_TASK_ALWAYS_EAGER is True
    assert ping.delay().get() == "pong"


def _redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.mark.skipif(not _redis_available(), reason="Redis is not running on 127.0.0.1:6379 (make test starts it)")
def test_a_real_worker_runs_tasks_from_redis(tmp_path):
    env = {
        **os.environ,
        "CELERY_BROKER_URL": REDIS_URL,
        "CELERY_RESULT_BACKEND": REDIS_URL,
        "DJANGO_SETTINGS_MODULE": "learnloop.config.test_settings",
        "LEARNLOOP_VAR_DIR": str(tmp_path),
    }
    redis.Redis.from_url(REDIS_URL).flushdb()
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "learnloop", "worker", "--pool=solo", "--loglevel=WARNING",
         "--without-heartbeat", "--without-gossip", "--without-mingle"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        client = Celery(broker=REDIS_URL, backend=REDIS_URL)
        try:
            result = client.send_task("learnloop.core.tasks.ping")
            assert result.get(timeout=60) == "pong", (tmp_path / "worker.log").read_text()
        finally:
            client.close()
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
        log.close()
