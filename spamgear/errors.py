"""Exceptions the package raises; only the edge (cli, adapters) turns them into output and exit codes.

Kept free of other spamgear imports so every module can use it without import loops.
"""


class SpamgearError(Exception):
    """Base class; `str(err)` is a one-line, user-facing message."""


class ConfigError(SpamgearError):
    """Bad configuration: the message names the file and the key."""


class SignatureError(SpamgearError):
    """A signature source or compiled ruleset cannot be used."""


class ScannerUnavailable(SpamgearError):
    """A scanner (rules, clamd, daemon) cannot answer right now."""


class QuarantineError(SpamgearError):
    """A quarantine, clean or restore step failed; the original is left in place."""


class NotifyError(SpamgearError):
    """A notice could not be rendered or sent."""


class AccountError(SpamgearError):
    """An account backend refused or failed to disable/enable a user."""


class UsageError(SpamgearError):
    """Bad command-line input that argparse cannot catch by itself."""
