"""The resident's self-service visit as a state machine (no Qt, no devices).

language → card → PIN (or, for a resident who does not know it, whose PIN is locked or who
holds a 顔認証 card without one, the three items printed on the card: 照合番号B) → confirm the
card data → life event → questions, one per screen → review every prefilled form → (the
個人番号, only if a decided procedure needs it and the PIN was used) → print → ticket. The
UI shows ``screen`` and calls these methods; device I/O happens elsewhere and reports back
through ``card_read`` / ``read_failed``. ``reset`` forgets the resident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from devices.card.errors import (
    CardError,
    CardRemovedError,
    NoCardError,
    PinLockedError,
    WrongPinError,
)
from devices.card.reading import CardData
from forms.model import Catalogue, Question
from forms.navigator import Decision, decide, next_question
from forms.personcheck import check_persons
from forms.session import CardFacts, Session
from forms.validation import Invalid, check_value, check_window

LANGUAGES = ("ja", "ja_easy", "en", "zh_CN", "ko", "vi", "pt")
# What the resident is told when something goes wrong (source texts for the translations).
PROBLEMS = {
    "wrong_pin": "暗証番号が違います",
    "removed": "カードが外されました。もう一度カードを置いてください",
    "unreadable": "カードを読み取れませんでした。職員を呼んでください",
    "print_failed": "申請書を印刷できませんでした。職員を呼びました。そのままお待ちください",
    "pin_format": "暗証番号は数字4桁です",
    "pin_not_usable": "このカードでは暗証番号を使えません",
    "wrong_code_b": "カードに書かれていることが違います。もう一度確かめてください",
    "code_b_birth": "生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します",
    "code_b_expiry": "有効期限の年を確かめてください（西暦4けた）",
    "code_b_security": "セキュリティコードは数字4けたです",
}

# Said on the start screen after a visit ended by itself (the start screen is bilingual).
START_NOTICES = {
    "removed": "カードが外されたので、入力した内容を消しました。もう一度はじめからどうぞ"
               " / The card was removed, so your entries were erased. Please start again",
}


class Screen(Enum):
    LANGUAGE = "language"
    CARD = "card"
    READING = "reading"
    PIN = "pin"
    CODE_B = "code_b"  # the three printed items, guided, instead of the PIN
    LOCKED = "locked"
    CONFIRM = "confirm"
    LIFE_EVENT = "life_event"
    QUESTION = "question"
    REVIEW = "review"
    NUMBER_PIN = "number_pin"
    PRINTING = "printing"
    PRINT_FAILED = "print_failed"  # the forms did not print: staff is called, nothing reprints
    DONE = "done"


@dataclass
class SelfServiceFlow:
    catalogue: Catalogue
    today: Callable[[], dt.date] = dt.date.today
    screen: Screen = Screen.LANGUAGE
    language: str = "ja"
    tries_left: int | None = None
    pin_state: str = "set"  # set / locked / not_set (devices.card.status.PinState values)
    code_b_tries_left: int | None = None
    credential: str = "pin"  # pin / code_b: how this visit's card was read
    certificate_expiry: dt.date | None = None  # read without a credential (card status)
    card: CardData | None = None
    session: Session | None = None
    question: Question | None = None
    decisions: list[Decision] = field(default_factory=list)
    problem: str = ""  # Japanese source text of the last problem (PROBLEMS, validation)
    ticket: str = ""
    history: list[str] = field(default_factory=list)  # questions answered, for "back"
    started_at: dt.datetime | None = None  # when the life event was chosen (処理時間)
    forms_printed: bool = False  # each print happens at most once per visit
    ticket_failed: bool = False  # the number stands on the done screen; no paper ticket
    staff_call: str = ""  # why staff was called this visit ("" none): 職員が向かっています
    start_notice: str = ""  # why the last visit ended by itself (START_NOTICES), not personal

    def choose_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language}")
        self.language = language
        self.start_notice = ""
        self.screen = Screen.CARD

    def card_present(self, tries_left: int | None, *, pin_state: str = "set",
                     code_b_tries_left: int | None = None,
                     certificate_expiry: dt.date | None = None) -> None:
        """The card is on the reader and its status was read (no try consumed). A PIN that
        is locked or was never set leads straight to the printed items (照合番号B)."""
        self.tries_left = tries_left
        self.pin_state = "locked" if tries_left == 0 and pin_state == "set" else pin_state
        self.code_b_tries_left = code_b_tries_left
        self.certificate_expiry = certificate_expiry
        if self.screen not in (Screen.LANGUAGE, Screen.CARD, Screen.PIN, Screen.CODE_B,
                               Screen.LOCKED):
            return
        if self.screen is Screen.CODE_B and code_b_tries_left != 0:
            # A second status reply (the language choice and the insertion both ask) must not
            # send a resident who chose 「暗証番号がわからない方」 back to the PIN pad.
            return
        if self.pin_state == "set":
            self.screen = Screen.PIN
        elif code_b_tries_left == 0:
            self.screen = Screen.LOCKED  # neither credential is left: the counter helps
        else:
            self.problem, self.screen = PROBLEMS["pin_not_usable"], Screen.CODE_B

    def forgot_pin(self) -> None:
        """「暗証番号がわからない方」: the printed items instead, no PIN try spent."""
        if self.screen is Screen.PIN:
            self.problem, self.screen = "", Screen.CODE_B

    def back_to_pin(self) -> None:
        if self.screen is Screen.CODE_B and self.pin_state == "set":
            self.problem, self.screen = "", Screen.PIN

    def code_b_failed(self, tries_left: int | None) -> None:
        """A wrong 照合番号B; None tries: it is locked now and never sent again."""
        self.code_b_tries_left = tries_left
        if tries_left == 0 or tries_left is None:
            self.code_b_tries_left = 0
            self.problem, self.screen = "", Screen.LOCKED
        else:
            self.problem, self.screen = PROBLEMS["wrong_code_b"], Screen.CODE_B

    def reading(self) -> None:
        self.screen = Screen.READING

    def card_read(self, data: CardData, credential: str = "pin") -> None:
        self.problem = ""
        if self.session is None:
            self.credential = credential
        had_session = self.session is not None
        self.card = data
        if had_session and self.session is not None:
            self.session.card.my_number = data.my_number
            self.screen = Screen.REVIEW
            return
        self.screen = Screen.CONFIRM

    def read_failed(self, error: CardError) -> None:
        back_to = Screen.NUMBER_PIN if self.session is not None else Screen.PIN
        if isinstance(error, WrongPinError):
            self.tries_left = error.tries_left
            self.problem, self.screen = PROBLEMS["wrong_pin"], back_to
        elif isinstance(error, PinLockedError):  # locked now, or never set (顔認証 card)
            self.tries_left, self.pin_state = 0, "locked"
            if self.session is None and self.code_b_tries_left != 0:
                self.problem, self.screen = PROBLEMS["pin_not_usable"], Screen.CODE_B
            else:
                self.problem, self.screen = "", Screen.LOCKED
        elif isinstance(error, CardRemovedError | NoCardError):
            self.problem, self.screen = PROBLEMS["removed"], Screen.CARD
        else:
            self.problem, self.screen = PROBLEMS["unreadable"], Screen.CARD

    def confirm(self) -> None:
        self.screen = Screen.LIFE_EVENT

    def choose_life_event(self, life_event: str) -> None:
        if self.card is None:
            raise RuntimeError("no card data")
        basic4 = self.card.basic4
        facts = CardFacts(basic4.name, basic4.address, basic4.birth_date, basic4.sex,
                          certificate_expiry=self.certificate_expiry)
        self.session = Session(self.catalogue, life_event, facts, {}, self.today())
        self.started_at = dt.datetime.now().astimezone()
        self._advance()

    def answer(self, value: Any) -> bool:
        """Validate and keep the answer; False (with ``problem`` set) when it is not valid."""
        if self.session is None or self.question is None:
            raise RuntimeError("no question is being asked")
        question = self.question
        try:
            checked = check_value(question.type, value, [c[0] for c in question.choices])
            check_window(checked, question.earliest, question.latest, self.session.today)
        except Invalid as error:
            self.problem = error.message_ja  # the UI shows it in the resident's language
            return False
        self.session.answers[question.id] = checked
        # An answer contradicting the person model (a male card holder as the pregnant
        # person, …) is refused on its own screen, as the counter would.
        contradiction = next((p for p in check_persons(self.session)
                              if p.field.split("[")[0] == question.id), None)
        if contradiction is not None:
            del self.session.answers[question.id]
            self.problem = contradiction.message_ja
            return False
        self.history.append(question.id)
        self._advance()
        return True

    def skip(self) -> None:
        """Leave an optional question (or one for the clerk, like family members) unanswered."""
        if self.session is None or self.question is None:
            return
        self.session.answers[self.question.id] = []
        self.history.append(self.question.id)
        self._advance()

    def back(self) -> None:
        """One question back; from the first question, back to the life-event choice."""
        if self.session is not None and self.history:
            self.session.answers.pop(self.history.pop(), None)
            self._advance()
        elif self.session is not None and self.screen is Screen.QUESTION:
            self.session.clear()
            self.session = self.question = None
            self.problem, self.screen = "", Screen.LIFE_EVENT

    def refresh_questions(self) -> None:
        """Answers changed from elsewhere (the remote specialist): recompute what comes next."""
        if self.session is not None and self.screen in (Screen.QUESTION, Screen.REVIEW):
            self._advance()

    def needs_my_number(self) -> bool:
        return any(d.procedure.needs_my_number for d in self.decisions)

    def to_print(self) -> None:
        """From REVIEW: ask for the number first when a procedure needs it and it is unread.
        Only from REVIEW or NUMBER_PIN, and never once the forms are out or failed: a second
        press never prints a second set."""
        if self.screen not in (Screen.REVIEW, Screen.NUMBER_PIN) or self.forms_printed:
            return
        # Read with the printed items, the 個人番号 is out of reach (照合番号A is not offered
        # to residents): the clerk adds it at the counter, as on a form without the card.
        if self.needs_my_number() and self.credential == "pin" and (
                self.card is None or self.card.my_number is None):
            self.screen = Screen.NUMBER_PIN
        else:
            self.screen = Screen.PRINTING

    def printed(self, ticket: str) -> None:
        self.forms_printed = True
        self.ticket = ticket
        self.screen = Screen.DONE

    def print_failed(self) -> None:
        """The forms did not print: a full screen of its own, and staff is called."""
        self.problem, self.screen = PROBLEMS["print_failed"], Screen.PRINT_FAILED
        self.call_staff("print_failed")

    def ticket_print_failed(self) -> None:
        """The forms are out, the paper ticket is not: stay on DONE, the number shown large."""
        if self.screen is Screen.DONE:
            self.ticket_failed = True
            self.call_staff("ticket_failed")

    def call_staff(self, reason: str) -> None:
        self.staff_call = reason

    def card_removed(self) -> None:
        """The card left the reader mid-visit: forget the resident, and say why at the start."""
        self.reset()
        self.start_notice = START_NOTICES["removed"]

    def reset(self) -> None:
        """Forget the resident: card data, answers, decisions, messages."""
        if self.session is not None:
            self.session.clear()
        self.card = self.session = self.question = None
        self.decisions, self.history = [], []
        self.tries_left, self.problem, self.ticket = None, "", ""
        self.pin_state, self.code_b_tries_left, self.credential = "set", None, "pin"
        self.certificate_expiry = None
        self.started_at = None
        self.forms_printed = self.ticket_failed = False
        self.staff_call = self.start_notice = ""
        self.language, self.screen = "ja", Screen.LANGUAGE

    def holds_personal_data(self) -> bool:
        return self.card is not None or self.session is not None or bool(self.decisions)

    def _advance(self) -> None:
        if self.session is None:
            raise RuntimeError("no life event chosen")
        self.problem = ""
        self.question = next_question(self.session)
        if self.question is not None:
            self.screen = Screen.QUESTION
            return
        self.decisions = decide(self.session)
        self.screen = Screen.REVIEW
