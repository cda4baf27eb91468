#!/usr/bin/env python3
"""Which case-insensitive rule strings need to be case-insensitive? (rule-writer tool, issue #5)

`nocase` strings and `/.../i` regexes make YARA add one Aho-Corasick atom per upper/lower-case
combination of the chosen atom (up to 16 for four letters). In the compiled rules each atom is a
match entry with four pointers that `yara.load` relocates one malloc at a time, so case-insensitive
strings were 62 % of the compiled file and most of the upload hook's cold `yara.load` time.

This tool finds the strings where case-insensitivity earns its cost: it compiles every rule's
strings twice (as written, and with `nocase` and the regex `i` flag removed), each rule reduced to
`condition: any of them`, scans the given sample files (e.g. the training corpus) and reports every
(file, rule, string) that matched only case-insensitively, i.e. where some sample spells it in a
different case. `--apply` then removes `nocase`/`i` from every other string, in place. A string line
that carries the comment `// keep-nocase: <why>` is left as it is (case-insensitive by decision, e.g.
an injected `<?PHP` block that `--clean` must find whatever the case).

Usage: tools/case_audit.py SAMPLE_DIR [--signatures signatures] [--apply]

It reads and scans the samples (never runs them). Re-run it after adding case-insensitive strings.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yara

RULE_START = re.compile(r"(?m)^(?:(?:private|global)\s+)*rule\s+(\w+)")
STRING_LINE = re.compile(r"^(\s*)(\$\w*)(\s*=\s*)(.*?)\s*$")
KEEP_MARK = "keep-nocase"
REGEX_FLAGS = re.compile(r"^(/.*/)([is]*)((?:\s+\w+)*)$")


def is_case_insensitive(value: str) -> bool:
    """`"..." nocase` or `/.../i` (string value text after `=`)."""
    if value.startswith("/"):
        match = REGEX_FLAGS.match(value)
        return bool(match and ("i" in match.group(2) or re.search(r"\bnocase\b", match.group(3))))
    return re.search(r"\snocase\b", value) is not None


def case_sensitive(value: str) -> str:
    """The same string value without `nocase` / the regex `i` flag."""
    if value.startswith("/"):
        match = REGEX_FLAGS.match(value)
        if match:
            modifiers = re.sub(r"\s+nocase\b", "", match.group(3))
            return match.group(1) + match.group(2).replace("i", "") + modifiers
        return value
    return re.sub(r"\s+nocase\b", "", value)


def strings_sections(text: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """(rule name, [(line index, line)] of its strings section) for every rule of one .yar file."""
    lines = text.splitlines()
    starts = [(text.count("\n", 0, m.start()), m.group(1)) for m in RULE_START.finditer(text)]
    out = []
    for number, (first, name) in enumerate(starts):
        last = starts[number + 1][0] if number + 1 < len(starts) else len(lines)
        section: list[tuple[int, str]] = []
        inside = False
        for index in range(first, last):
            stripped = lines[index].strip()
            if stripped.startswith("strings:"):
                inside = True
            elif stripped.startswith("condition:"):
                break
            elif inside:
                section.append((index, lines[index]))
        out.append((name, section))
    return out


def rule_strings(text: str) -> list[tuple[str, list[tuple[int, str, str]]]]:
    """(rule name, [(line index, string id, value)]) for every rule of one .yar file."""
    out = []
    for name, section in strings_sections(text):
        strings = []
        for index, line in section:
            match = STRING_LINE.match(line)
            if match and match.group(2) != "$":
                strings.append((index, match.group(2), match.group(4)))
        out.append((name, strings))
    return out


def strings_only_source(text: str, insensitive: bool) -> str:
    """Every rule of `text` as its own strings section + `condition: any of them`, with the
    case-insensitive strings kept as written or made case-sensitive."""
    parts = [line for line in text.splitlines() if line.startswith("import ")]
    for name, section in strings_sections(text):
        body: list[str] = []
        for _, line in section:
            match = STRING_LINE.match(line)
            value = match.group(4) if match and KEEP_MARK not in line else ""
            if value and not insensitive and is_case_insensitive(value):
                line = line.replace(value, case_sensitive(value), 1)
            body.append(line)
        if any(STRING_LINE.match(line) for line in body):
            parts.append(
                f"rule {name} {{\n    strings:\n"
                + "\n".join(body)
                + "\n    condition:\n        any of them\n}"
            )
    return "\n".join(parts)


def matched_strings(rules: yara.Rules, data: bytes) -> set[tuple[str, str, str]]:
    return {
        (m.namespace, m.rule, s.identifier) for m in rules.match(data=data, timeout=60) for s in m.strings
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("samples", type=Path)
    parser.add_argument(
        "--signatures", type=Path, default=Path(__file__).resolve().parent.parent / "signatures"
    )
    parser.add_argument(
        "--apply", action="store_true", help="drop case-insensitivity where no sample needs it"
    )
    args = parser.parse_args()
    files = sorted(args.signatures.glob("*.yar"))
    texts = {path.stem: path.read_text() for path in files}
    as_written = yara.compile(sources={ns: strings_only_source(t, True) for ns, t in texts.items()})
    sensitive = yara.compile(sources={ns: strings_only_source(t, False) for ns, t in texts.items()})
    needed: dict[tuple[str, str, str], list[str]] = {}
    samples = [p for p in sorted(args.samples.rglob("*")) if p.is_file()]
    for sample in samples:
        data = sample.read_bytes()
        for key in matched_strings(as_written, data) - matched_strings(sensitive, data):
            needed.setdefault(key, []).append(sample.name)
    total = kept = 0
    for path in files:
        lines = texts[path.stem].splitlines(keepends=True)
        changed = False
        for rule, strings in rule_strings(texts[path.stem]):
            for index, sid, value in strings:
                if KEEP_MARK in lines[index]:
                    total += 1
                    kept += 1
                    continue
                if not is_case_insensitive(value):
                    continue
                total += 1
                users = needed.get((path.stem, rule, sid))
                if users:
                    kept += 1
                    print(
                        f"keep {path.name}:{index + 1} {rule} {sid}: {len(users)} sample(s), e.g. {users[0]}"
                    )
                elif args.apply:
                    lines[index] = lines[index].replace(value, case_sensitive(value), 1)
                    changed = True
        if changed:
            path.write_text("".join(lines))
    print(
        f"{len(samples)} samples; {total} case-insensitive strings, {kept} needed by a sample",
        file=sys.stderr,
    )
    if args.apply:
        print(f"removed case-insensitivity from {total - kept} strings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
