#!/usr/bin/env python3
from spamgear.adapters.modsec import main
raise SystemExit(main())
