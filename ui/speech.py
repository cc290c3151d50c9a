"""Spoken guidance (``kiosk app --speech``) through QtTextToSpeech.

The window hands over what the current screen asks the resident to do, already translated into
the resident's language; this module only picks the engine and a voice for that language,
speaks and stops. It never sees card data, answers or PIN digits: each page's ``guidance`` is
built from fixed, translated texts only.

Where there is no engine (PySide6-Addons or a library it needs is missing, no plugin, an
unknown engine configured) or no voice for the resident's language, it stays silent and says so
in ``state`` (the status strip shows it) and in one log line: never a dialog, never a traceback.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("kiosk.speech")

# The voice to look for per resident language, best first; after these, any voice of the same
# language will do (an en_GB voice for English when there is no en_US one).
VOICE_LOCALES: dict[str, tuple[str, ...]] = {
    "ja": ("ja_JP",),
    "ja_easy": ("ja_JP",),  # やさしい日本語 is Japanese, spoken by a Japanese voice
    "en": ("en_US", "en_GB"),
    "zh_CN": ("zh_CN",),
    "ko": ("ko_KR",),
    "vi": ("vi_VN",),
    "pt": ("pt_BR", "pt_PT"),  # most Portuguese-speaking residents in Japan are Brazilian
}


class SpeechState(Enum):
    ON = "on"  # an engine and a voice for the resident's language
    NO_ENGINE = "no_engine"
    NO_VOICE = "no_voice"  # an engine, but no voice for the resident's language


class Guide(QObject):
    """Speaks one screen's guidance at a time; a new screen interrupts the previous one."""

    state_changed = Signal()

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tts = open_engine(engine, self)
        self.state = SpeechState.ON if self.tts is not None else SpeechState.NO_ENGINE
        self.language = ""

    def speak(self, parts: list[str], language: str) -> None:
        """Say ``parts`` (one utterance each) in ``language``, instead of whatever is playing."""
        if self.tts is None:
            return
        if language != self.language:
            self._use_language(language)
        parts = [part for part in parts if part.strip()]
        if self.state is not SpeechState.ON or not parts:
            self.stop()
            return
        self.tts.say(parts[0])  # say() also drops what was still queued for the last screen
        for part in parts[1:]:
            self.tts.enqueue(part)

    def stop(self) -> None:
        """Silence at once, queued parts included (the visit ended, the screen has nothing)."""
        if self.tts is not None:
            self.tts.stop()

    def _use_language(self, language: str) -> None:
        if self.tts is None:
            return
        self.language = language
        locale = voice_locale(self.tts.availableLocales(), language)
        if locale is None:
            log.warning("spoken guidance: the %s engine has no voice for %s",
                        self.tts.engine(), language)
            self._set_state(SpeechState.NO_VOICE)
            return
        if self.tts.locale() != locale:
            self.tts.setLocale(locale)  # the engine picks its voice for the locale
        self._set_state(SpeechState.ON)

    def _set_state(self, state: SpeechState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit()


def voice_locale(available: list[QLocale], language: str) -> QLocale | None:
    """The engine's locale to speak ``language`` with, or None when it has none."""
    wanted = VOICE_LOCALES.get(language, ())
    by_name = {locale.name(): locale for locale in available}
    for name in wanted:
        if name in by_name:
            return by_name[name]
    languages = {QLocale(name).language() for name in wanted}
    return next((locale for locale in available if locale.language() in languages), None)


def open_engine(name: str, parent: QObject) -> QTextToSpeech | None:
    """The engine called ``name`` ("" for the platform's default), or None (logged) if none."""
    try:  # PySide6-Addons; its libQt6TextToSpeech also needs libpulse0 (Qt Multimedia)
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        log.warning("spoken guidance off: QtTextToSpeech does not load (%s)", exc)
        return None
    engines = QTextToSpeech.availableEngines()
    if not engines or (name and name not in engines):
        log.warning("spoken guidance off: no text-to-speech engine %s(available: %s)",
                    f"{name!r} " if name else "", ", ".join(engines) or "none")
        return None
    tts = QTextToSpeech(name, parent) if name else QTextToSpeech(parent)
    if tts.state() is QTextToSpeech.State.Error:
        log.warning("spoken guidance off: the %s engine failed: %s", tts.engine(),
                    tts.errorString())
        tts.deleteLater()
        return None
    log.info("spoken guidance: %s engine", tts.engine())
    return tts


def engine_plugins() -> dict[str, str]:
    """Qt's text-to-speech plugins found on the plugin path, by file name: "" when the plugin
    loads, else why not (a missing library such as libspeechd.so.2). Loading a plugin does
    not start its engine, so this never spawns speech-dispatcher."""
    from PySide6.QtCore import QCoreApplication, QDir, QPluginLoader

    found: dict[str, str] = {}
    for folder in QCoreApplication.libraryPaths():
        plugins = QDir(f"{folder}/texttospeech")
        for name in plugins.entryList(["*.so", "*.dll", "*.dylib"], QDir.Filter.Files):
            loader = QPluginLoader(plugins.absoluteFilePath(name))
            found.setdefault(name, "" if loader.load() else loader.errorString())
    return found
