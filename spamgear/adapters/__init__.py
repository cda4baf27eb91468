"""Adapters: the edge between the package and each host program (ModSecurity, fail2ban, Nagios)."""
