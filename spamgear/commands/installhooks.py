"""`spamgear install-hooks --dest DIR`: fast-starting copies of `hooks/*` for web servers and fail2ban.

Each installed hook starts `#!<system python3> -I -S` (no site-packages scan, no user site, no
environment influence: ~5 ms less per start than `python3`) and gets one line that puts this
venv's site-packages and the package on `sys.path`. Next to the hooks goes a config snapshot
(`.spamgear-config.snapshot`, see `spamgear.hooksettings`) so a hook needs neither PyYAML nor the
config dataclasses, and the Lua client `runav.lua` with the socket, deadline and fail policy filled in.

`--copy-package` copies the package and the modules the upload hooks need (yara, yaml) under DIR, for
a web-server user that cannot traverse the checkout or the venv. Hooks with other dependencies
(check_dnsbl: dnspython, nagiosplugin) need the venv: install them without `--copy-package`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import Any

from spamgear import config as config_mod
from spamgear.config import Config, config_as_dict
from spamgear.errors import ConfigError, UsageError
from spamgear.hooksettings import SNAPSHOT_NAME, dump_snapshot, layer_stamps, policy_problem

PACKAGE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PACKAGE_DIR.parent
LIB_NAME = ".spamgear-lib"


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "install-hooks",
        help="install fast-starting hooks (python3 -I -S + explicit sys.path) into a directory",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--dest", required=True, metavar="DIR", help="directory to write the hooks to")
    parser.add_argument(
        "--python",
        default=str(Path(sys.base_prefix) / "bin" / "python3"),
        metavar="PATH",
        help="interpreter for the shebang (default: the system python the venv is built from)",
    )
    parser.add_argument(
        "--hooks-dir", default=str(REPO_DIR / "hooks"), metavar="DIR", help="source of the hooks"
    )
    parser.add_argument(
        "--copy-package",
        action="store_true",
        help="copy spamgear, yara and yaml under DIR (for users that cannot read the venv)",
    )
    return parser


def hook_header(python: str, paths: list[str], site: list[str]) -> str:
    """Shebang plus the one line that makes `-I -S` find the package. (`-IS`: the kernel passes
    one shebang argument. The config file install-hooks was given is recorded in the snapshot.)

    The package goes first, site-packages last: stdlib imports (`_socket`) are then found without
    listing the big site-packages directory, which costs a measurable part of a ~10 ms start."""
    line = f"import sys; sys.path[:0] = {paths!r}"
    if site:
        line += f"; sys.path += {site!r}"
    return f"#!{python} -IS\n{line}\n"


def hook_body(source: str) -> str:
    """The hook without its shebang: the two lines that import an adapter and run it."""
    lines = source.splitlines(keepends=True)
    if lines and lines[0].startswith("#!"):
        lines = lines[1:]
    return "".join(lines)


def render_lua(template: str, cfg: Config) -> str:
    """Fill the `local SOCKET/DEADLINE/FAIL_POLICY = ...` lines of runav.lua from the config."""
    values = {
        "SOCKET": _lua_string(os.environ.get("SPAMGEAR_SOCKET") or cfg.daemon.socket),
        "DEADLINE": repr(float(cfg.hook.deadline)),
        "FAIL_POLICY": _lua_string(cfg.hook.fail_policy),
        "MAX_SIZE": str(int(cfg.scan.max_file_size)),
    }
    for key, value in values.items():
        template = re.sub(rf"(?m)^local {key} = .*$", f"local {key} = {value}", template)
    return template


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def copy_package(dest: Path) -> list[str]:
    """Copy spamgear + yara + yaml under dest/.spamgear-lib; returns the sys.path entries to use."""
    lib = dest / LIB_NAME
    lib.mkdir(mode=0o755, exist_ok=True)
    _copy_tree(PACKAGE_DIR, lib / "spamgear")
    import yaml
    import yara

    yara_so = Path(str(yara.__file__))
    shutil.copy2(yara_so, lib / yara_so.name)
    bundled = yara_so.parent / "yara_python.libs"  # wheel-bundled libcrypto, found via $ORIGIN
    if bundled.is_dir():
        _copy_tree(bundled, lib / bundled.name)
    _copy_tree(Path(yaml.__file__).parent, lib / "yaml")
    try:
        import _yaml  # type: ignore[import-untyped]

        if _yaml.__file__:
            _copy_tree(Path(_yaml.__file__).parent, lib / "_yaml")
    except ImportError:
        pass
    precompile(lib)
    # readable by the web-server user: that is the point of the copy
    for path in [lib, *lib.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return [str(lib)]


def precompile(directory: Path) -> None:
    """Write the .pyc files now: the web-server user cannot, and would recompile on every upload."""
    import compileall

    compileall.compile_dir(str(directory), quiet=2, workers=1)
    # the fail2ban hook's compiled patterns (spamgear.fastban), cached like the .pyc files
    for package in (directory, directory / "spamgear"):
        if (package / "fastban.py").is_file():
            from spamgear import fastban

            fastban.write_cache(str(package))


def _quick_plan(cfg: Config) -> tuple[dict[str, Any] | None, str]:
    """The cold hook's quick-scan plan (spamgear.quickscan), or why there is none."""
    from spamgear.errors import SpamgearError
    from spamgear.quickscan import make_plan

    try:
        return make_plan(cfg)
    except SpamgearError as err:
        return None, str(err)


def _pointer_plan(cfg: Config) -> dict[str, Any] | None:
    """The plan the cold hook builds from the pointer `signatures build` left (clamd over a unix
    socket included), if it holds now."""
    from spamgear.quickscan import plan_from_config

    return plan_from_config(config_as_dict(cfg))


def run(args: argparse.Namespace, cfg: Config) -> int:
    problem = policy_problem(cfg.hook.fail_policy, cfg.hook.deadline, cfg.hook.slow_scan)
    if problem:
        raise ConfigError(problem)
    dest = Path(args.dest).resolve()
    hooks_dir = Path(args.hooks_dir)
    if not hooks_dir.is_dir():
        raise UsageError(f"{hooks_dir}: no hooks directory (pass --hooks-dir)")
    dest.mkdir(mode=0o755, parents=True, exist_ok=True)
    dest.chmod(0o755)
    config_file = getattr(args, "config", None) or os.environ.get(config_mod.ENV_CONFIG, "")
    config_file = str(Path(config_file).resolve()) if config_file else ""
    site: list[str] = []
    if args.copy_package:
        paths = copy_package(dest)
    else:
        site = list(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]))
        paths = [str(REPO_DIR)]
        precompile(PACKAGE_DIR)
    header = hook_header(args.python, paths, site)
    written = []
    for src in sorted(hooks_dir.iterdir()):
        if not src.is_file() or src.name.startswith("."):
            continue
        target = dest / src.name
        target.write_text(header + hook_body(src.read_text(encoding="utf-8")), encoding="utf-8")
        target.chmod(0o755)
        written.append(target.name)
    stamps = layer_stamps(str(config_mod.SYSTEM_CONFIG), str(config_mod.SYSTEM_CONFIG_DIR), config_file)
    snapshot = dest / SNAPSHOT_NAME
    plan, why_not = _quick_plan(cfg)
    if plan is None and _pointer_plan(cfg) is None:
        sys.stderr.write(f"install-hooks: cold hook uses the full engine: {why_not}\n")
    snapshot.write_bytes(dump_snapshot(config_as_dict(cfg), stamps, config_file, plan))
    snapshot.chmod(0o644)
    lua_src = REPO_DIR / "modsec" / "runav.lua"
    if lua_src.is_file():
        lua = dest / "runav.lua"
        lua.write_text(render_lua(lua_src.read_text(encoding="utf-8"), cfg), encoding="utf-8")
        lua.chmod(0o644)
        written.append(lua.name)
    sys.stdout.write(f"installed {', '.join(written)} into {dest} (python {args.python} -IS)\n")
    return 0
