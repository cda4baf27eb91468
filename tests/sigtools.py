"""Helpers for signature/engine tests: build an engine from a temp signature dir, and test payloads."""

from __future__ import annotations

from pathlib import Path

from spamgear.config import Config, ScanConfig, SignaturesConfig
from spamgear.engine import Engine
from spamgear.signatures.compiler import build

REPO = Path(__file__).resolve().parent.parent
BUILTIN = REPO / "signatures"


def eicar() -> bytes:
    """The EICAR test string, assembled here so no file in the repo carries it verbatim."""
    head = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$"
    return (head + "EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*").encode()


def make_config(tmp: Path, dirs: list[Path | str], **scan: object) -> Config:
    return Config(
        signatures=SignaturesConfig(
            dirs=[str(d) for d in dirs], cache_dir=str(tmp / "cache"), regex_timeout=0.5
        ),
        scan=ScanConfig(state_dir=str(tmp / "state"), **scan),  # type: ignore[arg-type]
    )


def make_engine(tmp: Path, dirs: list[Path | str], **scan: object) -> Engine:
    cfg = make_config(tmp, dirs, **scan)
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    return Engine.from_config(cfg, compile_if_missing=False)
