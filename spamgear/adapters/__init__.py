"""Adapters: each speaks one host program's protocol (ModSecurity, fail2ban, Nagios) and exits."""
