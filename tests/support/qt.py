"""Helpers for the Qt application tests."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)


def on_device_thread(qtbot, hub, job):
    """Run ``job`` on the hub's device thread (where the outbox lives) and return its result."""
    results, errors = [], []
    hub.run(job, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=15000)
    if errors:
        raise errors[0]
    return results[0]


PERSONAL = ("山田", "太郎", "霞が関", "ヤマダ", "タロウ", "1985", "昭和60", "090-1234")


def all_texts(root: QWidget) -> list[str]:
    """Every text a person or a screen reader could get from the widget tree."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def personal_data_left(root: QWidget) -> list[str]:
    return [text for text in all_texts(root) if any(p in text for p in PERSONAL)]


def unnamed_controls(root: QWidget) -> list[str]:
    controls = (QAbstractButton, QLineEdit, QComboBox, QProgressBar, QAbstractScrollArea,
                QPlainTextEdit)
    # A combo box's popup list lives in a window of its own; the combo box carries the name.
    return [f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}"
            for w in root.findChildren(QWidget)
            if isinstance(w, controls) and not w.accessibleName() and w.window() is root.window()]
