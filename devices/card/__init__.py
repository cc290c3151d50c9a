"""The My Number Card protocol (no pyscard, no Qt): APDUs, TLV, the card-info input support AP,
integrity, and the secret types and 和暦 dates the card's data travels in."""
