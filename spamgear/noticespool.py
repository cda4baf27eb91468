"""Admin notices waiting to be mailed: one file per disabled user, next to the accounts state file.

The fail2ban account hook records a disable and must return quickly, so it does not talk SMTP itself:
it writes the notice here and starts a detached `spamgear-f2b-account notify` that sends it (see
`spamgear.mail.notice.send_spooled`). The file stays until the mail went out, so a notice that could not
be sent (relay down, process killed) is sent by the next `spamgear accounts notify`.

Layout: `<state_file>.notices/<user>`; first line the source ("fail2ban jail X"), then the body. User
names are validated before they get here (`[A-Za-z0-9_][A-Za-z0-9._@+-]*`: no `/`, never `.` first).
Builtins only (`posix`): the hook's fast path imports this.
"""

import posix

from spamgear import atomicfile

SUFFIX = ".notices"


def spool_dir(state_file: str) -> str:
    return state_file + SUFFIX


def spool_path(state_file: str, user: str) -> str:
    if not user or "/" in user or user.startswith("."):
        raise ValueError(f"{user!r}: not a spoolable user name")
    return spool_dir(state_file) + "/" + user


def write(state_file: str, user: str, source: str, body: str) -> str:
    """Store the notice atomically (`spamgear.atomicfile`); returns its path."""
    path = spool_path(state_file, user)
    directory = spool_dir(state_file)
    try:  # noqa: SIM105 - contextlib is an import the fast path avoids
        posix.mkdir(directory, 0o700)
    except FileExistsError:
        pass
    atomicfile.write(path, (source.replace("\n", " ") + "\n" + body).encode("utf-8", "replace"))
    return path


def read(state_file: str, user: str) -> "tuple[str, str] | None":
    """(source, body) of the spooled notice, or None when there is none."""
    try:
        with open(spool_path(state_file, user), encoding="utf-8", errors="replace") as fh:
            text = fh.read(1024 * 1024)
    except (FileNotFoundError, ValueError):
        return None
    source, _, body = text.partition("\n")
    return source, body


def remove(state_file: str, user: str) -> None:
    try:  # noqa: SIM105 - contextlib is an import the fast path avoids
        posix.unlink(spool_path(state_file, user))
    except (FileNotFoundError, ValueError):
        pass


def pending(state_file: str) -> list[str]:
    """Users with a spooled notice, sorted."""
    try:
        names = posix.listdir(spool_dir(state_file))
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(n for n in names if not n.startswith("."))
