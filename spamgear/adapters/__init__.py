"""Adapters: translate between the package and a host program's contract (cron, fail2ban, ...)."""
