"""A per-request id carried into logs and audit events, so one can be matched to the other."""

import contextvars
import uuid

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")


def new_request_id() -> str:
    value = uuid.uuid4().hex
    _request_id.set(value)
    return value


def current_request_id() -> str:
    return _request_id.get()


def clear_request_id() -> None:
    _request_id.set("")
