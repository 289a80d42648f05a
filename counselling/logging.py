import logging

from .requestid import current_request_id


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        return True


def axes_client_str(username, ip_address, user_agent, path_info, request) -> str:
    """How django-axes names a client in its log lines: by the request id, never by
    username or address (a mistyped password can land in the username box)."""
    from .requestid import current_request_id

    return f"request {current_request_id() or '-'}"
