"""Exit codes and one-line failures for the CLI: no traceback for an expected failure."""

from __future__ import annotations

import sys
from enum import IntEnum
from typing import NoReturn

import click

from devices.card.errors import (
    CardError,
    CardRemovedError,
    CodeBLockedError,
    NoCardError,
    NoReaderError,
    PcscServiceError,
    PinLockedError,
    WrongCodeBError,
    WrongPinError,
)


class Exit(IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    WRONG_PIN = 3  # also a wrong 照合番号B
    PIN_LOCKED = 4  # also a PIN never set (顔認証 card) and a locked 照合番号B
    NO_CARD = 5  # no reader, no card, card removed during the read, PC/SC service gone
    CARD_UNREADABLE = 6  # not a My Number Card, or it answered outside the protocol
    STORE = 7  # the local database or key file is locked, full, corrupted or unreadable
    NOT_DRAINED = 8  # a sync pass ended with records still waiting (the reason is printed)
    BACKOFFICE = 9  # the back-office database or PKI is unusable


def exit_code_for(error: CardError) -> Exit:
    if isinstance(error, WrongPinError | WrongCodeBError):
        return Exit.WRONG_PIN
    if isinstance(error, PinLockedError | CodeBLockedError):
        return Exit.PIN_LOCKED
    if isinstance(error, NoReaderError | NoCardError | CardRemovedError | PcscServiceError):
        return Exit.NO_CARD
    return Exit.CARD_UNREADABLE


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"kiosk: {message}", err=True)
    sys.exit(code)


def fail_card(error: CardError) -> NoReturn:
    fail(error.one_line(), exit_code_for(error))
