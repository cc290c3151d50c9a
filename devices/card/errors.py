"""Card errors. Every message is one line, Japanese first, then English, and carries no
personal data: it may be shown to a resident or written to a log."""

from __future__ import annotations


class CardError(Exception):
    """Base of every expected failure while talking to a card."""

    message_ja = "カードを読み取れませんでした"
    message_en = "the card could not be read"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(self.one_line())

    def one_line(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.message_ja} / {self.message_en}{detail}"


class PcscServiceError(CardError):
    message_ja = "カードリーダーのサービス(pcscd)に接続できません"
    message_en = "the PC/SC service (pcscd) is not available"


class NoReaderError(CardError):
    message_ja = "カードリーダーが見つかりません"
    message_en = "no card reader found"


class NoCardError(CardError):
    message_ja = "カードが置かれていません。カードをリーダーに置いてください"
    message_en = "no card on the reader; please place the card on the reader"


class CardRemovedError(CardError):
    message_ja = "読み取り中にカードが外されました。もう一度カードを置いてください"
    message_en = "the card was removed during the read; please place it again"


class NotMyNumberCardError(CardError):
    message_ja = "マイナンバーカードではないか、対応していないカードです"
    message_en = "this is not a My Number Card, or not a supported one"


class CardBusyError(CardError):
    message_ja = "カードは他のアプリケーションが使用中です"
    message_en = "the card is in use by another application"


class CardProtocolError(CardError):
    message_ja = "カードの応答が想定と異なります"
    message_en = "the card answered unexpectedly"


class WrongPinError(CardError):
    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__()

    @property
    def message_ja(self) -> str:  # type: ignore[override]
        return f"暗証番号が違います。残り{self.tries_left}回です"

    @property
    def message_en(self) -> str:  # type: ignore[override]
        plural = "try" if self.tries_left == 1 else "tries"
        return f"wrong PIN; {self.tries_left} {plural} left"


class PinLockedError(CardError):
    message_ja = (
        "暗証番号がロックされています。お住まいの市区町村のマイナンバーカード窓口で"
        "暗証番号の再設定を受けてください"
    )
    message_en = (
        "the PIN is locked; please have it reset at the My Number Card counter "
        "of your municipality"
    )


class PinNotSetError(PinLockedError):
    """A 顔認証マイナンバーカード: issued without a PIN (the PIN key answers 69 84 even to the
    tries query). It is a PinLockedError so that every PIN path stops as for a locked PIN."""

    message_ja = (
        "このカードには暗証番号が設定されていません(顔認証マイナンバーカード)。"
        "照合番号B(生年月日・有効期限の年・セキュリティコード)で読み取ってください"
    )
    message_en = (
        "this card has no PIN (a face-authentication card); read it with the card-face code "
        "(照合番号B: birth date, expiry year, security code)"
    )


class WrongCodeBError(CardError):
    """The 照合番号B was wrong; the message names the three printed items, never the code."""

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__()

    @property
    def message_ja(self) -> str:  # type: ignore[override]
        return (
            f"照合番号B(生年月日・有効期限の年・セキュリティコード)が違います。残り{self.tries_left}回です"
        )

    @property
    def message_en(self) -> str:  # type: ignore[override]
        plural = "try" if self.tries_left == 1 else "tries"
        return (
            f"wrong card-face code (birth date, expiry year, security code); "
            f"{self.tries_left} {plural} left"
        )


class CodeBLockedError(CardError):
    message_ja = (
        "照合番号Bがロックされています。お住まいの市区町村のマイナンバーカード窓口にご相談ください"
    )
    message_en = (
        "the card-face code (照合番号B) is locked; please ask at the My Number Card counter "
        "of your municipality"
    )
