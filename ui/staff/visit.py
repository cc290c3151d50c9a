"""The clerk's visit editor: read the card or type it in, answer, decide, preview, print."""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices.card.errors import (
    CardError,
    CodeBLockedError,
    PinLockedError,
    WrongCodeBError,
)
from devices.card.reading import ReadReport
from devices.card.sensitive import MyNumber, Pin
from devices.card.watch import Presence, PresenceEvent
from forms.model import Catalogue
from forms.navigator import Decision, decide
from forms.pdf.bundle import render_bundle
from forms.pdf.locale import print_locale
from forms.session import Session, card_from_json, collect_answers
from kiosk.preapp.answers import checked_answers
from kiosk.preapp.scanning import read_preapp
from kiosk.visit.codeb_entry import PrintedItemError, code_b_from_printed
from ui.hub import CodeBRead, DeviceHub, Generation
from ui.i18n import LANGUAGE_NAMES, translate
from ui.staff.answers import AnswersForm
from ui.staff.card_panel import CardPanel, code_b_locked_text
from ui.staff.residence_panel import ResidencePanel
from ui.widgets import button, label

CTX = "Staff"
PREAPP_BANNER = ("事前申請コードの内容は住民の自己申告です。確認してください / The pre-application "
                 "code holds the resident's own, unverified answers: check them with the "
                 "resident")


class VisitEditor(QWidget):
    submitted = Signal(object, object)  # (Session, list[Decision]); the window stores them
    closed = Signal()
    card_was_read = Signal(str, object)  # integrity, with the number (not bool: see below)
    code_b_was_read = Signal(str)  # integrity of a read with 照合番号B
    identity_checked = Signal(str, str)  # 写真で本人確認しました: the face's verdict, the chip's
    was_printed = Signal()

    def __init__(self, catalogue: Catalogue, hub: DeviceHub) -> None:
        super().__init__()
        self.catalogue, self.hub = catalogue, hub
        self.session: Session | None = None
        self.decisions: list[Decision] = []
        self.my_number: MyNumber | None = None
        self.card = CardPanel(self.read_card, self.read_card_code_b)
        self.card.identity_confirmed.connect(self.identity_checked)
        self.card_inputs, self.pin, self.with_number = (self.card.inputs, self.card.pin,
                                                        self.card.with_number)
        self.residence = ResidencePanel()  # a newcomer with a 在留カード, no My Number Card
        hub.presence.connect(self._on_presence)
        self.life_event = QComboBox()
        self.life_event.setAccessibleName(translate("Staff", "ライフイベント"))
        for event in catalogue.life_events.values():
            self.life_event.addItem(event.name, event.id)
        self.life_event.currentIndexChanged.connect(self._life_event_changed)
        # The 案内票 in the resident's language; the forms stay Japanese.
        self.guide_language = QComboBox()
        self.guide_language.setAccessibleName(translate("Staff", "案内票の言語"))
        for code, name in LANGUAGE_NAMES.items():
            self.guide_language.addItem(name, code)
        self.answers = AnswersForm(catalogue)
        self.status = label("", name=translate("Staff", "状態"))
        self.preapp_banner = _preapp_banner()
        self.decided = QListWidget()
        self.decided.setMinimumHeight(160)
        self.decided.setWordWrap(True)  # whole procedure names and reasons, no side scrolling
        self.decided.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decided.setAccessibleName(translate("Staff", "必要な手続き"))
        self.preview_area = QScrollArea()
        self.preview_area.setAccessibleName(translate("Staff", "プレビュー"))
        self.preview_area.setWidgetResizable(True)
        self._visits = Generation()  # a read, scan or preview of a closed visit is dropped
        self._layout()
        self._life_event_changed()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.card)
        left.addLayout(self._preapp_row())
        left.addWidget(self.preapp_banner)
        left.addLayout(self._language_row())
        left.addWidget(self._answers_area(), 1)
        right = QVBoxLayout()
        right.addWidget(self.card.identity)  # the photo beside the card's data
        right.addWidget(self.decided, 1)
        right.addWidget(self.preview_area, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._action_row())

    def _action_row(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        for text, slot in (("手続きを判定 (F8)", self.run_navigator),
                           ("プレビュー (F9)", self.preview),
                           ("印刷 (Ctrl+P)", self.print_bundle), ("送信 (Ctrl+S)", self.submit),
                           ("来庁終了 (Ctrl+W)", self.close_visit)):
            actions.addWidget(button(translate("Staff", text), slot))
        return actions

    def _preapp_row(self) -> QHBoxLayout:
        preapp_row = QHBoxLayout()
        preapp_row.addWidget(self.life_event, 1)
        preapp_row.addWidget(button(translate("Staff", "事前申請コードを読む (F10)"),
                                    self.ask_preapp))
        return preapp_row

    def _language_row(self) -> QHBoxLayout:
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(translate("Staff", "案内票の言語")))
        language_row.addWidget(self.guide_language)
        language_row.addStretch(1)
        return language_row

    def _answers_area(self) -> QScrollArea:
        answers = QScrollArea()
        answers.setWidgetResizable(True)
        content = QWidget()  # the 在留カード items scroll with the answers: the counter still fits
        column = QVBoxLayout(content)
        column.addWidget(self.residence)
        column.addWidget(self.answers, 1)
        answers.setWidget(content)
        answers.setAccessibleName(translate("Staff", "回答"))
        return answers

    def read_card(self) -> None:
        try:
            pin = Pin(self.pin.text())
        except ValueError as error:
            self.status.setText(str(error))
            return
        self.pin.clear()
        self.status.setText(translate("Staff", "カードを読み取っています…"))
        # The card was read even if the visit was closed meanwhile: that is still audited.
        self.hub.read_card(pin, with_number=self.with_number.isChecked(),
                           on_done=self._visits.guard(self._on_read, self._audit_read),
                           on_failed=self._visits.guard(self._on_failed))

    def read_card_code_b(self) -> None:
        """Without the PIN: the three printed items; the card face comes with it (photo for
        the identity check). One VERIFY per application, never retried here."""
        try:
            code = code_b_from_printed(*self.card.code_b_parts())
        except PrintedItemError as error:
            self.status.setText(str(error))  # bilingual, and it never repeats what was typed
            return
        self.status.setText(translate("Staff", "カードを読み取っています…"))
        self.hub.read_card_code_b(
            code, with_face=True,
            on_done=self._visits.guard(self._on_code_b_read, self._audit_code_b_read),
            on_failed=self._visits.guard(self._on_failed))

    def ask_preapp(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Staff", "事前申請コード"), "",
                                              "Images / PDF (*.png *.jpg *.jpeg *.pdf)")
        if name:
            self.load_preapp(Path(name))

    def load_preapp(self, path: Path) -> None:
        """Scan a pre-application code (off the GUI thread); its answers fill the form."""
        self.status.setText(translate("Staff", "事前申請コードを読んでいます…"))
        catalogue = self.catalogue

        def job() -> tuple[str, dict[str, Any], list[str]]:
            life_event, answers = read_preapp(path)
            return (life_event, *checked_answers(catalogue, life_event, answers))
        self.hub.run(job, self._visits.guard(self._apply_preapp),
                     self._visits.guard(self._on_preapp_failed))

    def run_navigator(self) -> bool:
        card_raw: dict[str, Any] = {key: widget.text().strip()
                                    for key, widget in self.card_inputs.items()}
        card_raw.update(self.card.expiry_facts())
        if (residence := self.residence.values()) is not None:
            card_raw["residence_card"] = residence
        try:
            card = card_from_json(card_raw)
        except ValueError as error:
            invalid = translate("Staff", "本人情報が正しくありません")
            self.status.setText(f"{invalid}: {error}")
            return False
        card.my_number = self.my_number
        card.name_image = self.card.name_image(card.name)  # 外字 as printed on the card face
        life_event = str(self.life_event.currentData())
        session, problems = collect_answers(self.catalogue, life_event, card,
                                            self.answers.values(), dt.date.today())
        self.answers.mark({p.field.split("[")[0]: f"{p.message_ja}" for p in problems})
        if problems:
            self.status.setText("\n".join(p.one_line() for p in problems))
            return False
        self.session, self.decisions = session, decide(session)
        date = print_locale("ja").date
        self.card.notice.setText("\n".join(n.text(_as_is, date) for n in session.notices()))
        self.decided.clear()
        for decision in self.decisions:
            self.decided.addItem(f"{decision.procedure.name}（{decision.procedure.counter}）\n　"
                                 + "；".join(decision.reasons))
        self.status.setText(translate("Staff", "手続きを判定しました: {n}件").replace(
            "{n}", str(len(self.decisions))))
        return True

    def preview(self) -> None:
        if not self.run_navigator() or self.session is None:
            return
        pdf = render_bundle(self.session, self.decisions, self.language()).pdf
        self.hub.run(lambda: _pages_as_png(pdf), self._visits.guard(self._show_preview), None)

    def language(self) -> str:
        """The language the resident reads the 案内票 in."""
        return str(self.guide_language.currentData())

    def print_bundle(self) -> None:
        if not self.run_navigator() or self.session is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="kiosk-print-"))
        path = folder / "bundle.pdf"
        path.write_bytes(render_bundle(self.session, self.decisions, self.language()).pdf)
        # How the printer took it shows on the status strip (DeviceHub.printer_state).
        self.hub.print_pdf(path, "申請書一式", on_done=_nothing, on_failed=_nothing,
                           cleanup=folder)
        self.was_printed.emit()
        self.status.setText(translate("Staff", "印刷しています…"))

    def submit(self) -> None:
        if self.run_navigator() and self.session is not None:
            self.submitted.emit(self.session, list(self.decisions))
            self.status.setText(translate("Staff", "送信待ちに登録しました"))

    def close_visit(self) -> None:
        """Forget the resident: every field, the answers, the decisions and the preview."""
        self._visits.advance()
        self.card.clear()  # the fields, and the photo and images wiped from memory
        self.residence.clear()
        self.guide_language.setCurrentIndex(0)
        if self.session is not None:
            self.session.clear()
        self.session, self.decisions, self.my_number = None, [], None
        self.answers.clear()
        self._life_event_changed()
        self.decided.clear()
        old = self.preview_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.status.clear()
        self.preapp_banner.setVisible(False)
        self.closed.emit()

    def _life_event_changed(self) -> None:
        keep = self.answers.values() if self.answers.inputs else {}
        self.answers.show_life_event(str(self.life_event.currentData()), keep)

    def _audit_read(self, report: ReadReport) -> None:
        self.card_was_read.emit(report.data.integrity.value, report.data.my_number is not None)

    def _audit_code_b_read(self, read: CodeBRead) -> None:
        read.wipe()  # a read that arrives after its visit: audited, its photo never shown
        self.code_b_was_read.emit(read.report.data.integrity.value)

    def _on_code_b_read(self, read: CodeBRead) -> None:
        self.code_b_was_read.emit(read.report.data.integrity.value)
        self.card.show_data(read.report.data)
        self.card.show_face(read.face)
        if read.report.certificate_expiry is not None:
            self.card.certificate_expiry_iso = read.report.certificate_expiry.isoformat()
        self.my_number = None  # 照合番号B never opens the 個人番号
        self.status.setText(translate("Staff", "カードを読み取りました。写真で本人確認をしてください"))

    def _on_presence(self, event: PresenceEvent) -> None:
        if event.kind is Presence.CARD_INSERTED:
            self.hub.card_status(self._visits.guard(self.card.show_status), _nothing)
        elif event.kind in (Presence.CARD_REMOVED, Presence.SERVICE_LOST):
            self.card.card_removed()

    def _on_read(self, report: ReadReport) -> None:
        self.card.show_data(report.data)
        self.my_number = report.data.my_number
        self._audit_read(report)
        self.status.setText(translate("Staff", "カードを読み取りました（真正性: {v}）").replace(
            "{v}", report.data.integrity.value))

    def _apply_preapp(self, preapp: tuple[str, dict[str, Any], list[str]]) -> None:
        life_event, answers, problems = preapp
        index = self.life_event.findData(life_event)
        if index < 0:
            self.status.setText(translate("Staff", "この窓口にないライフイベントです"))
            return
        self.life_event.blockSignals(True)
        self.life_event.setCurrentIndex(index)
        self.life_event.blockSignals(False)
        self.answers.show_life_event(life_event, answers)  # only the answers that passed
        self.preapp_banner.setVisible(True)
        loaded = translate("Staff", "事前申請の回答を読み込みました。確認してください")
        if problems:  # one line each, the refused answers left blank
            refused = translate("Staff", "次の回答は読み込みませんでした / not loaded:")
            loaded = "\n".join([loaded, refused, *problems])
        self.status.setText(loaded)

    def _on_preapp_failed(self, error: Exception) -> None:
        self.status.setText(str(error))

    def _on_failed(self, error: Exception) -> None:
        text = error.one_line() if isinstance(error, CardError) else str(error)
        if isinstance(error, PinLockedError):  # locked now, or never set: no dead end
            self.card.offer_code_b()
            text += "\n" + translate("Staff", "「暗証番号なしで読む」で読み取れます")
        elif isinstance(error, CodeBLockedError):  # never sent again: the counter unlocks it
            self.card.read_code_b_button.setEnabled(False)
            text += "\n" + code_b_locked_text()
        elif isinstance(error, WrongCodeBError):
            self.card.birth.setFocus()
        self.status.setText(text)

    def _show_preview(self, pngs: list[bytes]) -> None:
        pages = QWidget()
        layout = QVBoxLayout(pages)
        for png in pngs:
            image = QLabel()
            image.setPixmap(QPixmap.fromImage(_image(png)))
            image.setAccessibleName(translate("Staff", "プレビューのページ"))
            layout.addWidget(image)
        self.preview_area.setWidget(pages)


def _preapp_banner() -> QLabel:
    """Shown while answers from a pre-application code are on screen: nothing vouches for
    them (kiosk/preapp/codes.py), so the clerk goes over them with the resident."""
    banner = label(PREAPP_BANNER, role="problem")
    banner.setVisible(False)
    return banner


def _nothing(_: object) -> None:
    """The print's result: the status strip shows it (and a status query's failure: the
    panel just does not say the PIN state)."""


def _as_is(context: str, text: str) -> str:
    """The counter reads Japanese: the notice's source text itself."""
    return text


def _pages_as_png(pdf: bytes) -> list[bytes]:
    with tempfile.TemporaryDirectory(prefix="kiosk-preview-") as folder:
        source = Path(folder) / "bundle.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-r", "40", "-png", str(source), str(Path(folder) / "p")]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603
        return [p.read_bytes() for p in sorted(Path(folder).glob("p*.png"))]


def _image(png: bytes) -> QImage:
    return QImage.fromData(png)
