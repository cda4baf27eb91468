"""spamgear: stops spam sent from shared web and mail hosting servers.

Only the version lives here: hooks import submodules directly and pay for every import.
"""

__version__ = "0.1.0"
