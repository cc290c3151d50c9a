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
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices.card.errors import CardError
from devices.card.reading import ReadReport
from devices.card.sensitive import MyNumber, Pin
from forms.model import Catalogue
from forms.navigator import Decision, decide
from forms.pdf.bundle import render_bundle
from forms.session import Session, card_from_json, collect_answers
from kiosk.preapp.answers import checked_answers
from kiosk.preapp.scanning import read_preapp
from ui.hub import DeviceHub, Generation
from ui.i18n import LANGUAGE_NAMES, translate
from ui.staff.answers import AnswersForm
from ui.widgets import button, label

CTX = "Staff"
PREAPP_BANNER = ("事前申請コードの内容は住民の自己申告です。確認してください / The pre-application "
                 "code holds the resident's own, unverified answers: check them with the "
                 "resident")
CARD_FIELDS = (("name", "氏名"), ("address", "住所"), ("birth_date", "生年月日 (YYYY-MM-DD)"),
               ("sex", "性別 (male/female/not_applicable/unknown)"))


class VisitEditor(QWidget):
    submitted = Signal(object, object)  # (Session, list[Decision]); the window stores them
    closed = Signal()
    card_was_read = Signal(str, object)  # integrity, with the number (not bool: see below)
    was_printed = Signal()

    def __init__(self, catalogue: Catalogue, hub: DeviceHub) -> None:
        super().__init__()
        self.catalogue, self.hub = catalogue, hub
        self.session: Session | None = None
        self.decisions: list[Decision] = []
        self.my_number: MyNumber | None = None
        self.card_inputs = {key: QLineEdit() for key, _ in CARD_FIELDS}
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(4)
        self.pin.setMinimumWidth(90)
        self.pin.setAccessibleName(translate("Staff", "暗証番号"))
        self.with_number = QCheckBox(translate("Staff", "個人番号も読む（必要な手続きのみ）"))
        self.with_number.setAccessibleName(self.with_number.text())
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
        left.addWidget(self._card_box())
        left.addLayout(self._preapp_row())
        left.addWidget(self.preapp_banner)
        left.addLayout(self._language_row())
        left.addWidget(self._answers_area(), 1)
        right = QVBoxLayout()
        right.addWidget(self.decided, 1)
        right.addWidget(self.preview_area, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._action_row())

    def _card_box(self) -> QGroupBox:
        card = QGroupBox(translate("Staff", "本人情報（カードまたは手入力）"))
        form = QFormLayout(card)
        for key, caption in CARD_FIELDS:
            self.card_inputs[key].setAccessibleName(translate("Staff", caption))
            form.addRow(translate("Staff", caption), self.card_inputs[key])
        reader = QHBoxLayout()
        read = button(translate("Staff", "カード読取 (F5)"), self.read_card)
        read.setMinimumWidth(150)
        reader.addWidget(self.pin)
        reader.addWidget(read)
        reader.addStretch(1)
        form.addRow(translate("Staff", "暗証番号"), reader)
        form.addRow("", self.with_number)  # its own row: the read button keeps its width
        return card

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
        answers.setWidget(self.answers)
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
        card_raw = {key: widget.text().strip() for key, widget in self.card_inputs.items()}
        try:
            card = card_from_json(card_raw)
        except ValueError as error:
            invalid = translate("Staff", "本人情報が正しくありません")
            self.status.setText(f"{invalid}: {error}")
            return False
        card.my_number = self.my_number
        life_event = str(self.life_event.currentData())
        session, problems = collect_answers(self.catalogue, life_event, card,
                                            self.answers.values(), dt.date.today())
        self.answers.mark({p.field.split("[")[0]: f"{p.message_ja}" for p in problems})
        if problems:
            self.status.setText("\n".join(p.one_line() for p in problems))
            return False
        self.session, self.decisions = session, decide(session)
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
        for widget in self.card_inputs.values():
            widget.clear()
        self.pin.clear()
        self.with_number.setChecked(False)
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

    def _on_read(self, report: ReadReport) -> None:
        basic4 = report.data.basic4
        values = {"name": basic4.name, "address": basic4.address,
                  "birth_date": basic4.birth_date.isoformat(), "sex": basic4.sex.value}
        for key, value in values.items():
            self.card_inputs[key].setText(value)
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
    """The print's result: the status strip shows it."""


def _pages_as_png(pdf: bytes) -> list[bytes]:
    with tempfile.TemporaryDirectory(prefix="kiosk-preview-") as folder:
        source = Path(folder) / "bundle.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-r", "40", "-png", str(source), str(Path(folder) / "p")]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603
        return [p.read_bytes() for p in sorted(Path(folder).glob("p*.png"))]


def _image(png: bytes) -> QImage:
    return QImage.fromData(png)
