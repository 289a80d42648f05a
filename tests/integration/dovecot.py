"""A real IMAP server for the tests: Debian's Dovecot, started in a temporary directory
with its own configuration, a self-signed certificate and one mailbox user."""

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support import free_port

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER, PASSWORD = "inbox", "inbox-password"

CONFIG = """
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain
default_internal_user = {system_user}
default_login_user = {system_user}
first_valid_uid = {uid}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
mail_location = maildir:~/Maildir
"""


class Dovecot:
    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="silta-imap-"))
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def ca_file(self) -> str:
        return str(self.directory / "cert.pem")

    def start(self) -> None:
        account = pwd.getpwnam("dovecot")
        for sub in ("run", "state", "home"):
            (self.directory / sub).mkdir(exist_ok=True)
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                str(self.directory / "key.pem"),
                "-out",
                self.ca_file,
            ],
            check=True,
            capture_output=True,
        )
        (self.directory / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        config = self.directory / "dovecot.conf"
        config.write_text(
            CONFIG.format(
                dir=self.directory,
                port=self.port,
                uid=account.pw_uid,
                gid=account.pw_gid,
                system_user="dovecot",
            )
        )
        # Mail is stored as Dovecot's own system user, never as root.
        os.chown(self.directory / "home", account.pw_uid, account.pw_gid)
        os.chmod(self.directory, 0o755)
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"dovecot did not start: {self.log()}")

    def log(self) -> str:
        path = self.directory / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(15)
        shutil.rmtree(self.directory, ignore_errors=True)
