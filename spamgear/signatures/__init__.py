"""Signature sources -> one compiled YARA ruleset (plus bounded Python-regex fallbacks).

Readers (one module per format) turn each source file into `GeneratedRule`/`FallbackRule` records and
`SourceIssue` warnings; `compiler.build()` compiles everything once into `signatures.cache_dir`;
`ruleset.load_ruleset()` only `yara.load()`s that cache, so hooks never compile.

This package import stays cheap (no yara import): submodules import yara inside functions.
"""
