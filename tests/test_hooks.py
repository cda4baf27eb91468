"""Every executable in hooks/ is a thin Python hook naming an existing function that is also the
`[project.scripts]` entry of the same name (so `pip install` and a copy of hooks/ behave the same)."""

from __future__ import annotations

import ast
import importlib
import os
import tomllib

import pytest

from tests.sigtools import REPO

HOOKS = sorted(p for p in (REPO / "hooks").iterdir() if p.is_file()) if (REPO / "hooks").is_dir() else []


def _scripts() -> dict[str, str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    scripts: dict[str, str] = data["project"]["scripts"]
    return scripts


def test_there_are_hooks() -> None:
    assert HOOKS, "hooks/ is empty"


@pytest.mark.parametrize("hook", HOOKS, ids=[h.name for h in HOOKS])
def test_hook_is_thin_and_matches_its_console_script(hook: object) -> None:
    from pathlib import Path

    assert isinstance(hook, Path)
    text = hook.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env python3\n")
    assert os.access(hook, os.X_OK), f"{hook.name} is not executable"
    tree = ast.parse(text)
    body = [n for n in tree.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    assert len(body) == 2, "a hook is one import and one `raise SystemExit(main())`"
    imp, call = body
    assert isinstance(imp, ast.ImportFrom) and imp.module is not None and len(imp.names) == 1
    assert ast.unparse(call) == f"raise SystemExit({imp.names[0].asname or imp.names[0].name}())"
    target = f"{imp.module}:{imp.names[0].name}"
    assert _scripts().get(hook.name) == target, f"[project.scripts] {hook.name} must be {target}"
    module = importlib.import_module(imp.module)
    assert callable(getattr(module, imp.names[0].name))
