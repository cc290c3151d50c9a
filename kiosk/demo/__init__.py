"""Demo mode: a local back office on loopback and realistic demo visits (no real devices)."""
