"""The queue (順番待ち): tickets and their events, the building's shared queue on a terminal,
its back-office client and the terminal's own numbers for when it is offline."""
