"""Test and benchmark helpers that real hosts never import (they need the dev extras)."""
