"""A resident's visit: the self-service state machine, and what a visit leaves in the outbox."""
