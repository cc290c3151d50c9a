"""Qt translations: .ts sources and compiled .qm files in assets/translations.

Japanese is the source language. Catalogue texts (life events, questions, choices) go through
the same system under the context "Catalogue", so a municipality's translator sees one file.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

translate = QCoreApplication.translate

LANGUAGE_NAMES = {
    "ja": "日本語",
    "ja_easy": "やさしい にほんご",
    "en": "English",
    "zh_CN": "简体中文",
    "ko": "한국어",
    "vi": "Tiếng Việt",
    "pt": "Português",
}

_installed: QTranslator | None = None


def qm_path(language: str) -> str:
    return str(resources.files("assets").joinpath("translations", f"kiosk_{language}.qm"))


def install(language: str) -> bool:
    """Switch the application's language; Japanese removes every translator."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language == "ja":
        return True
    translator = QTranslator(app)
    if not translator.load(qm_path(language)):
        return False
    app.installTranslator(translator)
    _installed = translator
    return True


def catalogue_text(text: str) -> str:
    return translate("Catalogue", text)
