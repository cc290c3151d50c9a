"""The resident's self-service terminal."""
