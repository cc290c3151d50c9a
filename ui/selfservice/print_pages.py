"""The pages of the end of a visit: every prefilled form to review, printing, and the
ticket number once the forms are out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from forms.pdf.fonts import MINCHO, register_fonts
from forms.pdf.locale import print_locale
from forms.pdf.textfit import printable
from forms.prefill import fill_procedure
from forms.renewal import NOTICE_CONTEXT, NOTICE_TITLE
from kiosk.visit.selfservice import Screen
from ui.i18n import catalogue_text, translate
from ui.selfservice.page import Page, message, set_text
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.selfservice.window import SelfServiceWindow


class ReviewPage(Page):
    """Every prefilled form, field by field, before anything is printed."""

    shows = Screen.REVIEW

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        # the card's or the e-certificates' expiry, in plain words, above the forms
        self.notice = label("", "notice", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(translate("SelfService", "申請書の内容"))
        self.print = button("", window.flow_print, "primary")
        self.back = button("", window.flow_back)
        self.body.addWidget(self.title)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.scroller)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.print)
        self.body.addLayout(row)

    def refresh(self) -> None:
        flow = self.host.flow
        self.title.setText(translate("SelfService", "申請書の内容を確認してください（書くところはありません）"))
        set_text(self.print, translate("SelfService", "印刷する"))
        set_text(self.back, translate("SelfService", "ひとつ前に戻る"))
        if flow.session is None:
            return
        self._show_notices()
        register_fonts()
        content = QWidget()
        layout = QVBoxLayout(content)
        for decision in flow.decisions:
            layout.addWidget(label(f"■ {catalogue_text(decision.procedure.name)}", "title",
                                   "procedure"))
            # the reasons in the resident's language, said from the facts (Qt's translator)
            for reason in decision.reasons_in(flow.catalogue, flow.session.life_event,
                                              translate):
                layout.addWidget(label(f"　{reason}", name="reason"))
            for filled in fill_procedure(flow.session, decision.procedure):
                if filled.text:
                    shown, missing = printable(filled.text, MINCHO)
                    note = translate("SelfService", "（〓は印字できない文字です。職員が確認します）") if missing else ""
                    layout.addWidget(label(f"{filled.field.label}: {shown}{note}",
                                           "problem" if missing else "", "field"))
        self.scroller.setWidget(content)

    def _show_notices(self) -> None:
        flow = self.host.flow
        notices = flow.session.notices() if flow.session is not None else []
        dates = print_locale(flow.language).date
        lines = [notice.text(translate, dates) for notice in notices]
        if lines:
            lines.insert(0, f"■ {translate(NOTICE_CONTEXT, NOTICE_TITLE)}")
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def clear(self) -> None:
        self.notice.clear()
        self.notice.hide()
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()


class PrintingPage(Page):
    shows = Screen.PRINTING

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)
        self.spinner.setAccessibleName(translate("SelfService", "印刷中"))
        self.body.addWidget(self.title)
        self.body.addWidget(self.spinner)
        self.body.addStretch()

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "印刷しています。しばらくお待ちください"))


class DonePage(Page):
    shows = Screen.DONE

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.ticket = label("", "ticket", "ticket number")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("")
        self.finish = button("", window.reset, "primary")
        for widget in (self.title, self.ticket, self.text, self.finish):
            self.body.addWidget(widget)

    def refresh(self) -> None:
        if self.host.flow.ticket_failed:  # no paper ticket: the number on screen is the ticket
            self.title.setText(translate("SelfService", "番号札を印刷できませんでした。この番号でお呼びします"))
        else:
            self.title.setText(translate("SelfService", "印刷しました。受付番号の札をお取りください"))
        self.ticket.setText(self.host.flow.ticket)
        self.text.setText(translate("SelfService", "番号が呼ばれたら窓口へお越しください。署名と確認をいたします。"))
        set_text(self.finish, translate("SelfService", "終わる"))

    def guidance(self) -> list[str]:
        return [self.title.text(), self.text.text()]  # not the ticket number: it is on the slip

    def clear(self) -> None:
        self.ticket.clear()


class PrintFailedPage(Page):
    """The forms did not print: said in full, staff already called; nothing is reprinted."""

    shows = Screen.PRINT_FAILED

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.text = label("", "problem", "problem")
        self.text.setWordWrap(True)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addStretch()

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "印刷できませんでした"))
        self.text.setText(message(self.host.flow.problem))

    def guidance(self) -> list[str]:
        return [self.title.text(), self.text.text()]
