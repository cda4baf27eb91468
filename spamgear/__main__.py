"""`python -m spamgear` runs the CLI."""

from spamgear.cli import main

raise SystemExit(main())
