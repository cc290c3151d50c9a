"""The counter (staff) application."""
