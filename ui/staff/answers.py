"""The answers form for the clerk: every question of the life event as an editable field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from forms.model import Catalogue, FieldType, Question
from ui.i18n import translate

CTX = "Staff"
MEMBER_KEYS = ("name", "kana", "birth_date", "sex", "relationship", "nationality", "insurance")


class AnswersForm(QWidget):
    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.form = QFormLayout(self)
        # Each question above its field: a long question wraps over the whole width instead
        # of being squeezed into a clipped caption column.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.inputs: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}

    def show_life_event(self, life_event: str, answers: dict[str, Any]) -> None:
        self.clear()
        for qid in self.catalogue.life_events[life_event].questions:
            question = self.catalogue.questions[qid]
            widget = self._input(question)
            widget.setAccessibleName(question.text)
            caption = QLabel(question.text)
            caption.setWordWrap(False)  # one line over the field (see WrapAllRows above)
            caption.setBuddy(widget)
            self.inputs[qid], self.captions[qid] = widget, caption
            self.form.addRow(caption, widget)
            if qid in answers:
                self._set(question, widget, answers[qid])
            elif question.default is not None:  # what collect_answers assumes, shown
                self._set(question, widget, question.default)

    def values(self) -> dict[str, Any]:
        """The raw answers (validation happens in forms.session.collect_answers)."""
        out: dict[str, Any] = {}
        for qid, widget in self.inputs.items():
            value = self._get(self.catalogue.questions[qid], widget)
            if value not in (None, "", []):
                out[qid] = value
        return out

    def mark(self, problems: dict[str, str]) -> None:
        for qid, caption in self.captions.items():
            text = self.catalogue.questions[qid].text
            problem = problems.get(qid)
            caption.setText(f"{text}\n⚠ {problem}" if problem else text)
            caption.setProperty("role", "problem" if problem else "")
            caption.style().polish(caption)

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.captions.clear()

    def _input(self, question: Question) -> QWidget:
        if question.type is FieldType.BOOL:
            return _combo([("", None), (translate("Staff", "はい"), True),
                           (translate("Staff", "いいえ"), False)])
        if question.type is FieldType.CHOICE:
            return _combo([("", None), *((lab, val) for val, lab in question.choices)])
        if question.type is FieldType.MEMBERS:
            members = QPlainTextEdit()
            members.setPlaceholderText(
                "氏名,フリガナ,YYYY-MM-DD,male|female,続柄（世帯主から見て）"
                "[,japanese|foreign][,kokuho|employee|kouki]（1行に1人）")
            return members
        edit = QLineEdit()
        if question.type is FieldType.MULTI_CHOICE:
            edit.setPlaceholderText(",".join(v for v, _ in question.choices))
        elif question.type is FieldType.DATE:
            edit.setPlaceholderText("YYYY-MM-DD")
        return edit

    def _get(self, question: Question, widget: QWidget) -> Any:
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return [dict(zip(MEMBER_KEYS, (c.strip() for c in line.split(",")), strict=False))
                    for line in widget.toPlainText().splitlines() if line.strip()]
        text = widget.text().strip() if isinstance(widget, QLineEdit) else ""
        if question.type is FieldType.MULTI_CHOICE:
            return [v.strip() for v in text.split(",") if v.strip()]
        if question.type is FieldType.INTEGER and text.isdigit():
            return int(text)
        return text

    def _set(self, question: Question, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(
                ",".join(_text(p.get(k, "")) for k in MEMBER_KEYS).rstrip(",") for p in value))
        elif isinstance(widget, QLineEdit):
            widget.setText(",".join(value) if isinstance(value, list) else _text(value))


def _combo(options: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, value in options:
        box.addItem(text, value)
    return box


def _text(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


