"""When the card or its e-certificates are due for renewal, and what the resident is told.

Two expiry dates come from the card without a PIN (card-face-and-gaiji.md §3, §5): the card's
own expiry (the card-face AP's ``DF29``, as printed) and the e-certificates' ``notAfter`` (the
JPKI-AP's EF 000A; both certificates are renewed together). Municipalities accept either
renewal from three months before the expiry date, and after it (see the citations in
forms/catalogue/procedures/mynumber_renewal.toml). A new card comes with new certificates, so
when the card itself is due only the card renewal is offered.

Plain functions of the dates and ``today``: the rule never reads the clock, the caller (the
session) says which day it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from devices.card.status import ExpiryNotice, add_months, expiry_notice

RENEWAL_MONTHS = 3  # renewal is accepted from three months before the expiry date

# The facts the navigator sees (forms.session.Session.facts); the catalogue selects on them.
CARD_RENEWAL = "card_renewal"
CERTIFICATE_RENEWAL = "certificate_renewal"


class Due(Enum):
    EXPIRED = "expired"  # the date has passed
    SOON = "soon"  # within RENEWAL_MONTHS from today (today included)


# How the navigator says a fact's value (context "Guide", translated like every reason).
DUE_TEXTS = {Due.EXPIRED.value: "期限が切れています", Due.SOON.value: "3か月以内に切れます"}

# What the resident reads on the review screen and the 案内票 (context "Guide"); {date} is
# the expiry date in the resident's way of writing dates.
NOTICE_TITLE = "お知らせ"
CARD_EXPIRED = ("マイナンバーカードの有効期限（{date}）が過ぎています。"
                "新しいカードの申請（カードの更新）を、このあと窓口でご案内します。")
CARD_SOON = ("マイナンバーカードの有効期限は{date}です。"
             "新しいカードの申請（カードの更新）が、いまからできます。")
CERTIFICATE_EXPIRED = ("マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。"
                       "電子証明書の更新を、このあと窓口でご案内します。")
CERTIFICATE_SOON = ("マイナンバーカードの電子証明書の有効期限は{date}です。"
                    "期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。"
                    "電子証明書の更新が、いまからできます。")
NOTICE_TEXTS = (NOTICE_TITLE, CARD_EXPIRED, CARD_SOON, CERTIFICATE_EXPIRED, CERTIFICATE_SOON,
                *DUE_TEXTS.values())

Translate = Callable[[str, str], str]
NOTICE_CONTEXT = "Guide"
__all__ = ["Due", "Notice", "add_months", "due", "renewal_facts", "renewal_notices"]


@dataclass(frozen=True)
class Notice:
    source: str  # one of the notice texts above (Japanese source, with {date})
    expiry: dt.date

    def text(self, tr: Translate, date_text: Callable[[dt.date], str]) -> str:
        """The notice in the language of ``tr``, the date written by ``date_text``."""
        return tr(NOTICE_CONTEXT, self.source).format(date=date_text(self.expiry))


def due(expiry: dt.date | None, today: dt.date) -> Due | None:
    """Whether an expiry date calls for renewal on ``today`` (the card is valid through its
    expiry date, so that day itself is still SOON, not EXPIRED). The same rule as the card
    status's (devices.card.status.expiry_notice), in the navigator's terms."""
    notice = expiry_notice(expiry, today, RENEWAL_MONTHS)
    if notice is ExpiryNotice.NONE:
        return None
    return Due.EXPIRED if notice is ExpiryNotice.EXPIRED else Due.SOON


def renewal_facts(card_expiry: dt.date | None, certificate_expiry: dt.date | None,
                  today: dt.date) -> dict[str, str]:
    """The navigator's facts: ``card_renewal`` and, when the card is not itself due,
    ``certificate_renewal`` (``"expired"``/``"soon"``); absent when nothing is due."""
    facts: dict[str, str] = {}
    card = due(card_expiry, today)
    if card is not None:
        facts[CARD_RENEWAL] = card.value
        return facts
    certificate = due(certificate_expiry, today)
    if certificate is not None:
        facts[CERTIFICATE_RENEWAL] = certificate.value
    return facts


def renewal_notices(card_expiry: dt.date | None, certificate_expiry: dt.date | None,
                    today: dt.date) -> list[Notice]:
    """What to tell the resident, the same choice as ``renewal_facts``."""
    facts = renewal_facts(card_expiry, certificate_expiry, today)
    if CARD_RENEWAL in facts and card_expiry is not None:
        source = CARD_EXPIRED if facts[CARD_RENEWAL] == Due.EXPIRED.value else CARD_SOON
        return [Notice(source, card_expiry)]
    if CERTIFICATE_RENEWAL in facts and certificate_expiry is not None:
        expired = facts[CERTIFICATE_RENEWAL] == Due.EXPIRED.value
        return [Notice(CERTIFICATE_EXPIRED if expired else CERTIFICATE_SOON,
                       certificate_expiry)]
    return []
