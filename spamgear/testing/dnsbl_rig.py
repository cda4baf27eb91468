"""A fake DNSBL server on loopback (UDP + TCP, dnslib) for the tests and the DNSBL benchmark.

Each zone has a mode that imitates what real checkers meet in the field:

  normal    listed keys answer A codes (+ TXT); others NXDOMAIN. RFC 5782 test entry 127.0.0.2 is
            listed, 127.0.0.1 never is.
  timeout   never answers (dead list)            servfail  SERVFAIL (broken delegation)
  refused   REFUSED (ACL'd list)                 error     A 127.255.255.254 + TXT (Spamhaus, open resolver)
  listall   A 127.0.0.2 for every name           parked    A 198.51.100.80 for every name (parking wildcard)
  empty     NXDOMAIN even for 127.0.0.2 (emptied zone)

Run it in a thread (`DnsblRig(zones).start()` -> port) or as a process
(`python -m spamgear.testing.dnsbl_rig --spec spec.json --port-file F`). It only binds 127.0.0.1,
on a free port the kernel picks, and the process form stops by itself after `--lifetime` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import signal
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODES = ("normal", "timeout", "servfail", "refused", "error", "listall", "parked", "empty")


@dataclass
class RigZone:
    """One fake zone. `listed` maps an address to (A codes, TXT bytes or None)."""

    mode: str = "normal"
    latency: float = 0.0
    listed: dict[str, tuple[list[str], bytes | None]] = field(default_factory=dict)
    code: str = "127.255.255.254"
    parked: str = "198.51.100.80"
    txt: bytes | None = None

    def list(self, address: str, *codes: str, txt: str | bytes | None = None) -> RigZone:
        raw = txt.encode() if isinstance(txt, str) else txt
        self.listed[str(ipaddress.ip_address(address))] = (list(codes) or ["127.0.0.2"], raw)
        return self


def key_from_labels(left: str) -> str | None:
    """The address an RFC 5782 query name encodes (reversed octets or 32 nibbles), else None."""
    labels = left.split(".")
    try:
        if len(labels) == 4:
            return str(ipaddress.IPv4Address(".".join(reversed(labels))))
        if len(labels) == 32 and all(len(x) == 1 for x in labels):
            return str(ipaddress.IPv6Address(int("".join(reversed(labels)), 16)))
    except ValueError:
        return None
    return None


class DnsblRig:
    """Serves `zones` (name -> RigZone) on 127.0.0.1; counts queries per zone in `queries`."""

    def __init__(self, zones: dict[str, RigZone]) -> None:
        self.zones = {name.lower().rstrip("."): zone for name, zone in zones.items()}
        self._order = sorted(self.zones, key=len, reverse=True)
        self.queries: Counter[str] = Counter()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # --- answering
    def reply(self, data: bytes) -> tuple[float, bytes | None]:
        """(delay seconds, reply bytes or None to stay silent) for one query packet."""
        from dnslib import QTYPE, RCODE, RR, SOA, TXT, A, DNSRecord

        try:
            req = DNSRecord.parse(data)
        except Exception:  # garbage in: stay silent like a real server would
            return 0.0, None
        qname = str(req.q.qname).lower().rstrip(".")
        qtype = QTYPE.get(req.q.qtype)
        reply = req.reply(ra=1, aa=1)
        name = next((z for z in self._order if qname == z or qname.endswith("." + z)), None)
        if name is None:
            reply.header.rcode = RCODE.REFUSED
            return 0.0, reply.pack()
        zone = self.zones[name]
        self.queries[name] += 1
        left = qname[: -len(name) - 1] if qname != name else ""
        soa = RR(
            name + ".",
            QTYPE.SOA,
            ttl=60,
            rdata=SOA("ns." + name + ".", "hostmaster." + name + ".", (1, 3600, 600, 86400, 60)),
        )
        if zone.mode == "timeout":
            return zone.latency, None
        if zone.mode in ("servfail", "refused"):
            reply.header.rcode = RCODE.SERVFAIL if zone.mode == "servfail" else RCODE.REFUSED
            return zone.latency, reply.pack()
        codes: list[str] | None
        txt: bytes | None = None
        key = key_from_labels(left)
        if zone.mode == "error":
            codes, txt = (
                [zone.code],
                zone.txt or b"Error: open resolver; https://www.spamhaus.org/returnc/pub/",
            )
        elif zone.mode == "listall":
            codes, txt = ["127.0.0.2"], zone.txt or b"listed (this zone lists everything)"
        elif zone.mode == "parked":
            codes = [zone.parked]
        elif zone.mode == "empty" or key is None or key == "127.0.0.1":
            codes = None
        elif key in zone.listed:
            codes, txt = zone.listed[key]
        elif key == "127.0.0.2":
            codes, txt = ["127.0.0.2"], b"RFC 5782 test entry"
        else:
            codes = None
        if codes is None:
            reply.header.rcode = RCODE.NXDOMAIN
            reply.add_auth(soa)
            return zone.latency, reply.pack()
        if qtype in ("A", "ANY"):
            for code in codes:
                reply.add_answer(RR(req.q.qname, QTYPE.A, ttl=60, rdata=A(code)))
        if qtype in ("TXT", "ANY") and txt is not None:
            chunks = [txt[i : i + 255] for i in range(0, len(txt), 255)] or [b""]
            reply.add_answer(RR(req.q.qname, QTYPE.TXT, ttl=60, rdata=TXT(chunks)))
        if not reply.rr:
            reply.add_auth(soa)
        return zone.latency, reply.pack()

    # --- serving
    async def serve(self, port: int = 0, lifetime: float = 600.0) -> None:
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._stop = asyncio.Event()
        rig = self

        class Udp(asyncio.DatagramProtocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                self.transport: Any = transport

            def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
                delay, out = rig.reply(data)
                if out is None:
                    return
                if len(out) > 512:  # classic UDP limit: truncate, the client retries over TCP
                    from dnslib import DNSRecord

                    rec = DNSRecord.parse(out)
                    rec.header.tc = 1
                    rec.rr = []
                    out = rec.pack()
                loop.call_later(delay, self.transport.sendto, out, addr)

        async def tcp(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:
                    size = int.from_bytes(await reader.readexactly(2), "big")
                    delay, out = rig.reply(await reader.readexactly(size))
                    if out is None:
                        continue
                    await asyncio.sleep(delay)
                    writer.write(len(out).to_bytes(2, "big") + out)
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                writer.close()

        udp = server = None
        for _attempt in range(20):  # UDP port from the kernel; TCP on the same number if free
            udp, _ = await loop.create_datagram_endpoint(Udp, local_addr=("127.0.0.1", port))
            chosen = udp.get_extra_info("sockname")[1]
            try:
                server = await asyncio.start_server(tcp, "127.0.0.1", chosen)
            except OSError:
                udp.close()
                if port:
                    raise
                continue
            self.port = chosen
            break
        if udp is None or server is None:
            raise OSError("no free port pair for the rig")
        self._ready.set()
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=lifetime)
        except TimeoutError:
            pass
        finally:
            udp.close()
            server.close()

    def start(self) -> int:
        """Serve in a daemon thread; returns the port once bound."""

        def target() -> None:
            try:
                asyncio.run(self.serve())
            except BaseException as err:  # reported to the starting thread
                self._error = err
                self._ready.set()

        self._thread = threading.Thread(target=target, name="dnsbl-rig", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None or not self.port:
            raise RuntimeError(f"rig did not start: {self._error!r}")
        return self.port

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)


def zones_from_spec(spec: dict[str, Any]) -> dict[str, RigZone]:
    """JSON spec: {"latency_ms": 50, "synthetic": 77, "zones": {name: {"mode", "latency_ms", "listed"}}}."""
    latency = float(spec.get("latency_ms", 0)) / 1000
    zones: dict[str, RigZone] = {}
    for i in range(1, int(spec.get("synthetic", 0)) + 1):
        zones[f"bl{i:03d}.rig.test"] = RigZone(latency=latency)
    for name, zspec in (spec.get("zones") or {}).items():
        if zspec.get("mode", "normal") not in MODES:
            raise ValueError(f"zone {name}: unknown mode {zspec.get('mode')!r}")
        zone = RigZone(
            mode=zspec.get("mode", "normal"), latency=float(zspec.get("latency_ms", latency * 1000)) / 1000
        )
        for address, codes in (zspec.get("listed") or {}).items():
            zone.list(address, *codes)
        zones[name] = zone
    return zones


def main() -> None:
    parser = argparse.ArgumentParser(description="fake DNSBL server on 127.0.0.1 (tests, benchmark)")
    parser.add_argument("--spec", required=True, help="JSON spec file")
    parser.add_argument("--port-file", required=True, help="the bound port is written here")
    parser.add_argument("--lifetime", type=float, default=600.0)
    args = parser.parse_args()
    rig = DnsblRig(zones_from_spec(json.loads(Path(args.spec).read_text(encoding="utf-8"))))

    async def run() -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(rig.serve(lifetime=args.lifetime))
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda: rig._stop.set() if rig._stop else None)
        while not rig.port and not task.done():
            await asyncio.sleep(0.01)
        Path(args.port_file).write_text(f"{rig.port}\n", encoding="ascii")
        await task

    asyncio.run(run())


if __name__ == "__main__":
    main()
