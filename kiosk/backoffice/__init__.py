"""The back-office service: receives kiosk records over mutual TLS, stores each once."""
