"""The kiosk's local store: one SQLite file with the outbox, visit events and the audit log."""
