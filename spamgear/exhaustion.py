"""An upload whose scan cannot finish in time is judged, not passed (see `HookConfig.slow_scan`).

The rules' bounded regexes are linear in the file, but with a large factor where an atom repeats: a
2 MB comment of `eval(` keeps the YARA rules busy for tens of seconds. A hook that only waits for its
deadline and then fails open would let the shell behind that filler through. So upload scans give YARA
half the hook's deadline (whole seconds, at least 1, as yara-python counts them), and a timeout is a
finding of its own rule. Legitimate uploads finish far inside that budget (a 10 MB random file and a
1.3 MB PHP file each take under 0.5 s for the whole hook; `spamgear-bench --only hook`).

Light on purpose: the cold hook imports this before it knows whether the engine is needed.
"""

RULE = "SPAMGEAR_UPLOAD_ScanExhausted"
FAMILY = "scan_exhaustion"
DESCRIPTION = "the YARA scan of this upload ran out of its time budget (content built to outrun the scanner)"
SLOW_SCAN_POLICIES = ("reject", "error")


def upload_yara_timeout(deadline: float, file_timeout: float) -> int:
    """YARA's timeout (whole seconds) for one upload: half the hook deadline, never above file_timeout."""
    budget = min(float(deadline) / 2, float(file_timeout))
    return max(1, int(budget))


def rejects(slow_scan: str) -> bool:
    """Anything but `error` rejects: an unknown value must not open the bypass."""
    return slow_scan != "error"
