"""The fail2ban files spamgear ships, and installing them into a fail2ban config tree.

Source layout (repo top level, next to the package like `signatures/`): `filters/*.conf` go to
`filter.d/`, `jails/*.conf` to `jail.d/`, `actions/*.conf` to `action.d/`. Only `.conf` files are
written, so the admin's `.local` overrides are never touched (fail2ban reads X.conf, then X.local).
The action files get the absolute path of the installed hook in their `[Init] hook = ` line.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from spamgear.errors import UsageError

DATA_DIR = Path(__file__).resolve().parent.parent
#: source directory -> fail2ban directory
LAYOUT = {"filters": "filter.d", "jails": "jail.d", "actions": "action.d"}
HOOKS = ("spamgear-f2b-account",)
_HOOK_LINE = re.compile(r"^hook = .*$", re.MULTILINE)


@dataclass(frozen=True)
class InstallItem:
    """One file to write: where from, where to, and the final text."""

    source: Path
    target: Path
    text: str


def shipped_files(data_dir: Path = DATA_DIR) -> list[tuple[Path, str]]:
    """(source file, fail2ban subdirectory) for every shipped .conf."""
    found: list[tuple[Path, str]] = []
    for src_dir, sub in LAYOUT.items():
        found.extend((p, sub) for p in sorted((data_dir / src_dir).glob("*.conf")))
    if not found:
        raise UsageError(f"{data_dir}: no filters/, jails/ or actions/ .conf files (incomplete install?)")
    return found


def default_hook_dir() -> Path:
    """Where the console scripts of this install live (the venv's bin/, or PATH)."""
    here = Path(sys.executable).parent
    if (here / HOOKS[0]).exists():
        return here
    found = shutil.which(HOOKS[0])
    return Path(found).parent if found else here


_CONFIG_LINE = re.compile(r"^spamgear_config =.*$", re.MULTILINE)


def plan(
    dest: Path, hook_dir: Path, data_dir: Path = DATA_DIR, spamgear_config: str = ""
) -> list[InstallItem]:
    """What `install` would write; pure apart from reading the shipped files. `spamgear_config`
    becomes the action's default `spamgear_config` (the file the hook's snapshot was made for)."""
    if not hook_dir.is_absolute():
        raise UsageError(f"{hook_dir}: the hook directory must be an absolute path")
    if any(c in str(hook_dir) for c in '\n\r%<>"'):
        raise UsageError(f"{hook_dir!r}: the hook directory must not contain newlines, %, <, > or quotes")
    if any(c in spamgear_config for c in '\n\r%<>"'):
        raise UsageError(f"{spamgear_config!r}: the config path must not contain newlines, %, <, > or quotes")
    items = []
    for src, sub in shipped_files(data_dir):
        text = src.read_text(encoding="utf-8")
        if sub == "action.d":
            text = _HOOK_LINE.sub(f"hook = {hook_dir / HOOKS[0]}".replace("\\", "\\\\"), text, count=1)
            if spamgear_config:
                line = f"spamgear_config = {spamgear_config}".replace("\\", "\\\\")
                text = _CONFIG_LINE.sub(line, text, count=1)
        items.append(InstallItem(src, dest / sub / src.name, text))
    return items


def install(items: list[InstallItem], mode: int = 0o644) -> list[Path]:
    """Write every item atomically (temp file + rename); returns the paths written."""
    written = []
    for item in items:
        if item.target.suffix != ".conf":
            raise UsageError(f"{item.target}: refusing to write anything but .conf files")
        item.target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{item.target.name}.", dir=item.target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(item.text)
            Path(tmp).chmod(mode)
            Path(tmp).replace(item.target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(item.target)
    return written


def write_fast_hook(dest: Path, python: str, paths: list[str], site: list[str], config_file: str) -> Path:
    """Install `spamgear-f2b-account` into `dest` in the fast form `spamgear install-hooks` writes
    (`#!python -IS`, explicit sys.path) plus the config snapshot its fast path reads: the hook then
    needs neither PyYAML nor the config dataclasses while no config layer changed. `config_file` must
    be the file the action passes as `spamgear_config` ("" for the system layers only)."""
    from spamgear import config as config_mod
    from spamgear.commands.installhooks import hook_body, hook_header
    from spamgear.hooksettings import SNAPSHOT_NAME, dump_snapshot, layer_stamps

    cfg = config_mod.load_config(config_file or None, None)
    dest.mkdir(mode=0o755, parents=True, exist_ok=True)
    target = dest / HOOKS[0]
    source = (DATA_DIR / "hooks" / HOOKS[0]).read_text(encoding="utf-8")
    target.write_text(hook_header(python, paths, site) + hook_body(source), encoding="utf-8")
    target.chmod(0o755)
    for path in paths:  # the fast path's compiled patterns, like the .pyc files (see spamgear.fastban)
        if (Path(path) / "spamgear" / "fastban.py").is_file():
            from spamgear import fastban

            fastban.write_cache(str(Path(path) / "spamgear"))
    stamps = layer_stamps(str(config_mod.SYSTEM_CONFIG), str(config_mod.SYSTEM_CONFIG_DIR), config_file)
    snapshot = dest / SNAPSHOT_NAME
    snapshot.write_bytes(dump_snapshot(config_mod.config_as_dict(cfg), stamps, config_file))
    snapshot.chmod(0o644)
    return target


def is_fast_hook(hook: Path) -> bool:
    """Whether `hook` is the fast installed form (`-IS` shebang and a snapshot next to it)."""
    from spamgear.hooksettings import SNAPSHOT_NAME

    try:
        first = hook.read_text(encoding="utf-8", errors="replace").partition("\n")[0]
    except OSError:
        return False
    return first.startswith("#!") and first.endswith(" -IS") and (hook.parent / SNAPSHOT_NAME).is_file()
