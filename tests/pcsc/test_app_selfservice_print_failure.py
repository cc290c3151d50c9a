"""Print failures at the self-service terminal (issue #14), through the card stack and a real
private cupsd: the forms' failure has a screen of its own and calls staff; a ticket's failure
keeps the done screen with the number; nothing prints twice."""

from pathlib import Path

from devices.printing.cups import CupsPrinter
from devices.printing.port import PrintJob
from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin, to_pin
from tests.support.cups import QUEUE


class TicketToNowhere:
    """The forms to the real queue, the ticket to a queue that does not exist (lp fails)."""

    name = "two queues"

    def __init__(self) -> None:
        self.forms, self.ticket = CupsPrinter(QUEUE), CupsPrinter("NoSuchTicketPrinter")
        self.titles: list[str] = []
        self.jobs: list[PrintJob] = []

    def print_pdf(self, pdf: Path, title: str) -> PrintJob:
        self.titles.append(title)
        job = (self.ticket if title.startswith("受付番号") else self.forms).print_pdf(pdf, title)
        self.jobs.append(job)
        return job


def to_review(qtbot, terminal) -> None:
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    for value in ("ヤマダ　タロウ", "090-1234-5678", ["juminhyo"], 1, "bank"):
        terminal.answer(value)
    assert terminal.flow.screen is Screen.REVIEW


def test_forms_failure_has_its_own_screen_and_calls_staff(qtbot, terminal, insert_card, cups):
    calls: list[str] = []
    terminal.staff_called.connect(calls.append)
    terminal.hub.printer = CupsPrinter("NoSuchFormsPrinter")
    insert_card("yamada_taro")
    to_review(qtbot, terminal)
    terminal.flow_print()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PRINT_FAILED, timeout=15000)
    page = terminal.pages[Screen.PRINT_FAILED]
    assert "職員を呼びました" in page.text.text() and calls == ["print_failed"]
    assert terminal.stack.currentWidget() is page
    terminal._tick()  # the idle countdown does not overwrite the call
    assert "職員が向かっています" in terminal.countdown.text()
    terminal.flow_print()  # a press from here prints nothing
    assert terminal.flow.screen is Screen.PRINT_FAILED
    assert terminal.queue.tickets == []  # no number without the forms


def test_ticket_failure_keeps_the_number_and_never_reprints(qtbot, terminal, insert_card, cups):
    printer = TicketToNowhere()
    terminal.hub.printer = printer
    calls: list[str] = []
    terminal.staff_called.connect(calls.append)
    insert_card("yamada_taro")
    to_review(qtbot, terminal)
    terminal.flow_print()
    qtbot.waitUntil(lambda: calls == ["ticket_failed"], timeout=20000)
    assert terminal.flow.screen is Screen.DONE
    done = terminal.pages[Screen.DONE]
    assert done.ticket.text() == "001" and "この番号でお呼びします" in done.title.text()
    assert len(printer.jobs) == 1 and printer.forms.wait_until_done(printer.jobs[0])
    terminal.flow_print()  # pressed again: nothing more goes to the printer
    qtbot.wait(300)
    assert printer.titles == ["申請書一式", "受付番号001"]
    assert len(terminal.queue.tickets) == 1
