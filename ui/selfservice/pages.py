"""The self-service screens, one page per screen of the flow. Each page reads the flow in
``refresh`` and calls the window back; none keeps personal data of its own beyond what it
shows, and ``clear`` empties it. The pages live by kind in card_pages, question_pages and
print_pages; their base class and shared helpers in page."""

from __future__ import annotations

from ui.selfservice.card_pages import (
    CardPage,
    ConfirmPage,
    LanguagePage,
    LockedPage,
    NumberPinPage,
    PinPage,
    ReadingPage,
)
from ui.selfservice.codeb_page import CodeBPage
from ui.selfservice.page import Page
from ui.selfservice.print_pages import DonePage, PrintFailedPage, PrintingPage, ReviewPage
from ui.selfservice.question_pages import LifeEventPage, QuestionPage

PAGES: tuple[type[Page], ...] = (
    LanguagePage, CardPage, ReadingPage, PinPage, CodeBPage, NumberPinPage, LockedPage,
    ConfirmPage,
    LifeEventPage, QuestionPage, ReviewPage, PrintingPage, PrintFailedPage, DonePage)

__all__ = ["PAGES", "Page"]
