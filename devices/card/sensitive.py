"""Wrappers for 特定個人情報 and secrets that cannot leak through repr, str or f-strings.

The 個人番号 and the PIN travel through the code inside these types.  Their ``repr``/``str``
never show the value, so a stray log line, an exception message or a crash dump shows
``MyNumber(****)`` instead of the number.  The value is taken out only with ``reveal()``,
which makes every use greppable.
"""

from __future__ import annotations

from typing import Final

_WEIGHTS: Final = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def my_number_check_digit(first_eleven: str) -> int:
    """Check digit of the 個人番号 (総務省令 第5条): weights 6..2,7..2 from the left, mod 11."""
    if len(first_eleven) != 11 or not first_eleven.isascii() or not first_eleven.isdigit():
        raise ValueError("expected 11 ASCII digits")
    remainder = sum(int(d) * w for d, w in zip(first_eleven, _WEIGHTS, strict=True)) % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_valid_my_number(candidate: str) -> bool:
    """True when ``candidate`` is 12 ASCII digits whose last digit is the check digit."""
    if len(candidate) != 12 or not candidate.isascii() or not candidate.isdigit():
        return False
    return my_number_check_digit(candidate[:11]) == int(candidate[11])


class _Masked:
    """A secret string whose value only ``reveal()`` returns."""

    __slots__ = ("_value",)
    _label = "Secret"

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"{self._label}(****)"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Masked) and type(other) is type(self) and (
            other._value == self._value
        )

    def __hash__(self) -> int:
        return hash((type(self), self._value))

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the clear value somewhere we do not control.
        raise TypeError(f"{self._label} cannot be pickled")


class MyNumber(_Masked):
    """A 12-digit 個人番号 with a valid check digit."""

    __slots__ = ()
    _label = "MyNumber"

    def __init__(self, value: str) -> None:
        if not is_valid_my_number(value):
            # The message names the problem, never the digits.
            raise ValueError("個人番号の形式または検査用数字が正しくありません / invalid My Number")
        super().__init__(value)


class Pin(_Masked):
    """The 4-digit 券面事項入力補助用暗証番号."""

    __slots__ = ()
    _label = "Pin"

    def __init__(self, value: str) -> None:
        if len(value) != 4 or not value.isascii() or not value.isdigit():
            raise ValueError(
                "暗証番号は数字4桁で入力してください / the PIN must be exactly 4 digits"
            )
        super().__init__(value)
