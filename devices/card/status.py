"""What a card says about itself without any credential: the PIN's and 照合番号B's state and
tries, and when the resident's e-certificates expire (card-face-and-gaiji.md §2, §5).

The tries queries consume nothing (an empty VERIFY), and the e-certificate's expiry is read
from the JPKI-AP's free EF 000A, so asking costs the resident no try and needs no PIN.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import Enum


class PinState(Enum):
    SET = "set"  # a PIN with tries left (or already verified in this power cycle)
    LOCKED = "locked"  # no try left: only the municipality can reset it
    NOT_SET = "not_set"  # a 顔認証マイナンバーカード, issued without a PIN


@dataclass(frozen=True)
class KeyState:
    """One credential's state. ``tries_left`` None: the card reports it verified already
    (SET), or it has none at all (NOT_SET); 0 when LOCKED."""

    state: PinState
    tries_left: int | None

    @property
    def usable(self) -> bool:
        return self.state is PinState.SET


@dataclass(frozen=True)
class CardStatus:
    pin: KeyState
    code_b: KeyState
    certificate_expiry: dt.date | None  # the 利用者証明用電子証明書's notAfter, Japan time
    certificate_problem: str = ""  # why the expiry is None (English, no personal data)

    @property
    def pin_state(self) -> PinState:
        return self.pin.state

    @property
    def pin_tries_left(self) -> int | None:
        return self.pin.tries_left

    @property
    def code_b_tries_left(self) -> int | None:
        return self.code_b.tries_left

    def certificates_notice(self, today: dt.date) -> ExpiryNotice:
        return expiry_notice(self.certificate_expiry, today)


class ExpiryNotice(Enum):
    """What to tell the resident about an expiry date (the card's or the e-certificates')."""

    NONE = "none"
    SOON = "soon"  # within RENEWAL_MONTHS: renew at the counter
    EXPIRED = "expired"


RENEWAL_MONTHS = 3


def expiry_notice(expiry: dt.date | None, today: dt.date,
                  months: int = RENEWAL_MONTHS) -> ExpiryNotice:
    """EXPIRED from the day after ``expiry``; SOON when it falls within ``months`` of today."""
    if expiry is None:
        return ExpiryNotice.NONE
    if expiry < today:
        return ExpiryNotice.EXPIRED
    if expiry <= add_months(today, months):
        return ExpiryNotice.SOON
    return ExpiryNotice.NONE


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end (11-30 + 3 → 02-28/29)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
