"""The self-service flow in every listed language: no untranslated string on any screen."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin
from ui import i18n
from ui.widgets import KanaKeyboard

KANA = re.compile(r"[\u3040-\u30ff]")
DATA_NAMES = {"name", "address", "birth", "sex", "field", "procedure", "ticket number"}
RESIDENT_CONTEXTS = ("SelfService", "KeyPad", "Catalogue", "Messages", "Status", "Guide")
ANSWERS = {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678", "certificates": ["juminhyo"],
           "copies": 1, "purpose": "bank"}


def visible_texts(window) -> list[str]:
    """Texts on the current screen, less the data (card, forms) and the katakana keyboard,
    whose keys are katakana in every language because the フリガナ is."""
    page = window.stack.currentWidget()
    keyboard = set()
    for board in page.findChildren(KanaKeyboard):
        keyboard |= set(board.findChildren(QWidget))
    widgets = [window.call, window.countdown, *window.status.findChildren(QWidget),
               *page.findChildren(QWidget)]
    texts = []
    for widget in widgets:
        if (widget.accessibleName() in DATA_NAMES or not widget.isVisibleTo(window)
                or widget in keyboard):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    return [t for t in texts if t]


def untranslated(window) -> list[str]:
    return [t for t in visible_texts(window) if KANA.search(t)]


@pytest.mark.parametrize("language", ["en", "zh_CN", "ko", "vi", "pt"])
def test_no_japanese_left_on_any_screen(qtbot, terminal, insert_card, language):
    insert_card("yamada_taro")
    terminal.choose_language(language)
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    seen = {Screen.PIN: untranslated(terminal)}
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    seen[Screen.CONFIRM] = untranslated(terminal)
    terminal.flow_confirm()
    seen[Screen.LIFE_EVENT] = untranslated(terminal)
    terminal.choose_life_event("certificates")
    while terminal.flow.screen is Screen.QUESTION:
        seen[terminal.flow.question.id] = untranslated(terminal)
        terminal.answer(ANSWERS[terminal.flow.question.id])
    seen[Screen.REVIEW] = untranslated(terminal)
    terminal.flow_print()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.DONE, timeout=15000)
    seen[Screen.DONE] = untranslated(terminal)
    assert {k: v for k, v in seen.items() if v} == {}


def test_every_resident_string_is_translated_in_every_language(qapp):
    root = resources.files("assets").joinpath("translations")
    for language in ("ja_easy", "en", "zh_CN", "ko", "vi", "pt"):
        tree = ET.parse(str(root.joinpath(f"kiosk_{language}.ts")))  # noqa: S314 (our own file)
        assert i18n.install(language)
        for context in tree.getroot().findall("context"):
            name = context.find("name").text
            if name not in RESIDENT_CONTEXTS:
                continue
            for message in context.findall("message"):
                source = message.find("source").text
                translation = message.find("translation")
                assert translation.get("type") != "unfinished", (language, source)
                assert QCoreApplication.translate(name, source) == translation.text
    i18n.install("ja")


def test_compiled_translations_are_up_to_date():
    script = Path(__file__).resolve().parents[2] / "scripts" / "i18n.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout
