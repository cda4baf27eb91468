"""Which DNSBL zones `check_dnsbl` queries by default, and why the other 70 of spam-gear's 77 are not.

spam-gear's `utils/check_dnsbl.sh` queried 77 hard-coded zones. Most are dead, some answer every
query with a listing (a dead list's parking wildcard), some are policy or neighbourhood lists an
admin cannot act on. Querying them costs a timeout each and, worse, turns into false alarms.
The triage (from stored operator pages, issue threads and check_rbl's `check_rbl.ini` history,
not live lookups; see the project's dnsbl research notes, section 3) is kept here as data so it is
documented, testable and visible in `check_dnsbl -v` when an admin asks for such a zone with `-z`.

Classes:
  A  alive, recommended: the default list (`CURATED_ZONES`)
  B  alive, opt-in only (redundant with zen, or lists whole allocations / ASNs)
  C  not usable for this check (bogon/country lists, commercial feeds)
  D  dead (no answer, emptied, or shut down)
  E  dead and known to have listed the whole internet
  U  unverifiable from here; probe it (127.0.0.2 / 127.0.0.1) before adding it with `-z`
"""

from __future__ import annotations

#: The default zones: alive, widely used by receivers, and one query each (zen covers sbl/xbl/pbl).
CURATED_ZONES: tuple[str, ...] = (
    "zen.spamhaus.org",
    "bl.spamcop.net",
    "b.barracudacentral.org",
    "psbl.surriel.com",
    "bl.mailspike.net",
    "dnsbl.dronebl.org",
    "dnsbl-1.uceprotect.net",
)

_SORBS = "SORBS decommissioned 2024-06-05, zone emptied (answers NXDOMAIN forever)"
_CHECK_RBL = "status unknown; still in check_rbl.ini"

#: zone -> (class, why it is not a default). Every spam-gear zone that is not in CURATED_ZONES.
EXCLUDED_ZONES: dict[str, tuple[str, str]] = {
    "access.redhawk.org": ("U", _CHECK_RBL),
    "bl.shlink.org": ("D", "gone for years"),
    "bl.spamcannibal.org": ("E", "domain lapsed 2018/2019; parking wildcard answers a non-127 A"),
    "bl.tiopan.com": ("D", "gone"),
    "blackholes.wirehub.net": ("D", "dead since the early 2000s (never answers)"),
    "blacklist.sci.kun.nl": ("U", _CHECK_RBL),
    "block.dnsbl.sorbs.net": ("D", _SORBS),
    "blocked.hilli.dk": ("D", "gone"),
    "bogons.cymru.com": ("C", "bogon list: a routed server address is never in it"),
    "cart00ney.surriel.com": ("D", "gone"),
    "cbl.abuseat.org": ("B", "CBL moved into Spamhaus XBL: redundant with zen"),
    "cblless.anti-spam.org.cn": ("U", "CASA; sister zone dropped by check_rbl as slow"),
    "dev.null.dk": ("D", "gone"),
    "dialup.blacklist.jippg.org": ("U", "status unknown"),
    "dialups.mail-abuse.org": ("C", "MAPS DUL: commercial subscription"),
    "dialups.visi.com": ("D", "gone"),
    "dnsbl.abuse.ch": ("D", "abuse.ch spam DNSBLs down since 2019"),
    "dnsbl.anticaptcha.net": ("D", "removed from check_rbl 2021-07 as dead"),
    "dnsbl.antispam.or.id": ("U", _CHECK_RBL),
    "dnsbl.justspam.org": ("U", _CHECK_RBL + "; aggressive"),
    "dnsbl.kempt.net": ("U", _CHECK_RBL),
    "dnsbl.sorbs.net": ("D", _SORBS),
    "dnsbl.tornevall.org": ("U", "alive in 2016, unknown since"),
    "duinv.aupads.org": ("U", _CHECK_RBL),
    "dnsbl-2.uceprotect.net": ("B", "lists whole allocations: the neighbours' fault on shared hosting"),
    "dnsbl-3.uceprotect.net": ("B", "lists whole ASNs"),
    "dul.dnsbl.sorbs.net": ("D", _SORBS),
    "dul.ru": ("E", "domain abandoned; wildcard lists everything since 2015-05-19"),
    "escalations.dnsbl.sorbs.net": ("D", _SORBS),
    "hil.habeas.com": ("U", "Habeas absorbed by Return Path (2008)"),
    "black.junkemailfilter.com": ("U", _CHECK_RBL),
    "http.dnsbl.sorbs.net": ("D", _SORBS),
    "intruders.docs.uu.se": ("D", "gone"),
    "ips.backscatterer.org": ("B", "backscatter list; non-127 answers seen in 2023"),
    "korea.services.net": ("C", "country list, not reputation"),
    "l2.apews.org": ("C", "listed about 40 % of IPv4; too aggressive to act on"),
    "mail-abuse.blacklist.jippg.org": ("U", _CHECK_RBL),
    "misc.dnsbl.sorbs.net": ("D", _SORBS),
    "msgid.bl.gweep.ca": ("U", "status unknown"),
    "new.dnsbl.sorbs.net": ("D", _SORBS + "; never a real zone name"),
    "no-more-funn.moensted.dk": ("D", "removed from check_rbl 2019-02"),
    "old.dnsbl.sorbs.net": ("D", _SORBS + "; never a real zone name"),
    "opm.tornevall.org": ("U", "deprecated 2013, revived 2016, unknown since"),
    "pbl.spamhaus.org": ("B", "policy list (127.0.0.10/11), covered by zen"),
    "proxy.bl.gweep.ca": ("U", _CHECK_RBL),
    "pss.spambusters.org.ar": ("D", "gone"),
    "rbl.schulte.org": ("U", _CHECK_RBL),
    "rbl.snark.net": ("D", "gone"),
    "recent.dnsbl.sorbs.net": ("D", _SORBS + "; never a real zone name"),
    "relays.bl.gweep.ca": ("U", _CHECK_RBL),
    "relays.bl.kundenserver.de": ("D", "not answering since 2016"),
    "relays.mail-abuse.org": ("C", "MAPS RSS: commercial, not answering publicly"),
    "relays.nether.net": ("U", _CHECK_RBL),
    "rsbl.aupads.org": ("U", "status unknown"),
    "sbl.spamhaus.org": ("B", "covered by zen"),
    "smtp.dnsbl.sorbs.net": ("D", _SORBS),
    "socks.dnsbl.sorbs.net": ("D", _SORBS),
    "spam.dnsbl.sorbs.net": ("D", _SORBS),
    "spam.olsentech.net": ("D", "gone"),
    "spamguard.leadmon.net": ("U", _CHECK_RBL),
    "spamsources.fabel.dk": ("U", _CHECK_RBL),
    "tor.ahbl.org": ("E", "AHBL lists every address since 2015-01-01"),
    "tor.dnsbl.sectoor.de": ("U", "Tor list, activity unknown"),
    "ubl.unsubscore.com": ("D", "LashBack UBL offline"),
    "web.dnsbl.sorbs.net": ("D", _SORBS),
    "xbl.spamhaus.org": ("B", "covered by zen"),
    "zombie.dnsbl.sorbs.net": ("D", _SORBS),
    "dnsbl.inps.de": ("D", "shut down 2020-05-25"),
    "dyn.shlink.org": ("D", "gone"),
    "rbl.megarbl.net": ("D", "removed from check_rbl 2019-11"),
}

CLASS_NAMES: dict[str, str] = {
    "A": "recommended",
    "B": "opt-in only",
    "C": "not usable for this check",
    "D": "dead",
    "E": "dead, listed the whole internet",
    "U": "unverified",
}


def zone_note(zone: str) -> str | None:
    """One line on why a zone is not a default, or None for a curated or unknown zone."""
    entry = EXCLUDED_ZONES.get(zone.lower().rstrip("."))
    if entry is None:
        return None
    cls, why = entry
    return f"{zone} is documented as {CLASS_NAMES[cls]} ({cls}): {why}"
