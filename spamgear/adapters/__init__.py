"""Edges that speak a host program's protocol (cron, ModSecurity, fail2ban, Nagios); they print and exit."""
