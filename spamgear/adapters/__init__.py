"""Edges that speak a host program's protocol (Nagios, ModSecurity, fail2ban); they print and exit."""
