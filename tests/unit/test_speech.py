"""ui/speech.py on its own: voices per resident language, and the quiet path without an engine."""

import logging
import sys

import pytest
from PySide6.QtCore import QLocale

from kiosk.visit.selfservice import LANGUAGES
from ui.speech import VOICE_LOCALES, Guide, SpeechState, voice_locale

# What speech-dispatcher with espeak-ng offers for the kiosk's languages (Debian 12): no zh.
SPEECHD_LOCALES = ["en_GB", "en_US", "ja_JP", "ko_KR", "kok_IN", "pt_BR", "vi_VN", "C"]


def locales(names):
    return [QLocale(name) for name in names]


def test_every_resident_language_has_voice_preferences():
    assert set(VOICE_LOCALES) == set(LANGUAGES)


@pytest.mark.parametrize("language,expected", [
    ("ja", "ja_JP"), ("ja_easy", "ja_JP"), ("en", "en_US"), ("ko", "ko_KR"), ("vi", "vi_VN"),
    ("pt", "pt_BR"), ("zh_CN", None),
])
def test_voice_locale_per_language(language, expected):
    chosen = voice_locale(locales(SPEECHD_LOCALES), language)
    assert (chosen.name() if chosen else None) == expected


def test_voice_locale_falls_back_to_any_voice_of_the_language():
    assert voice_locale(locales(["pt_PT", "fi_FI"]), "pt").name() == "pt_PT"
    assert voice_locale(locales(["en_AU"]), "en").name() == "en_AU"
    assert voice_locale(locales(["en_GB", "fi_FI"]), "ja") is None


@pytest.mark.expect_log("kiosk.speech", "WARNING", r"no text-to-speech engine 'no-such-engine'")
def test_an_unknown_engine_leaves_speech_off_quietly(qapp, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.speech")
    guide = Guide("no-such-engine")
    guide.speak(["マイナンバーカードをカードリーダーに置いてください"], "ja")
    guide.stop()
    assert guide.tts is None and guide.state is SpeechState.NO_ENGINE
    [record] = caplog.records
    assert "no text-to-speech engine 'no-such-engine'" in record.getMessage()
    assert "mock" in record.getMessage()  # names what is there instead


@pytest.mark.expect_log("kiosk.speech", "WARNING", r"QtTextToSpeech does not load")
def test_without_qttexttospeech_speech_is_off_quietly(qapp, caplog, monkeypatch):
    # As on a machine without PySide6-Addons (or without libpulse0, which it needs).
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    guide = Guide()
    guide.speak(["ご用件を選んでください"], "ja")
    assert guide.tts is None and guide.state is SpeechState.NO_ENGINE
    assert "QtTextToSpeech does not load" in caplog.text


@pytest.mark.expect_log("kiosk.speech", "WARNING", r"the mock engine has no voice for ja")
def test_mock_engine_speaks_in_the_language_it_has_and_is_silent_otherwise(qapp):
    guide = Guide("mock")  # Qt's own test engine: en_GB, en_US, nb_NO, nn_NO, fi_FI
    assert guide.tts is not None and guide.tts.engine() == "mock"
    changes = []
    guide.state_changed.connect(lambda: changes.append(guide.state))
    guide.speak(["Please place your My Number Card on the card reader"], "en")
    assert guide.state is SpeechState.ON and guide.tts.locale().name() == "en_US"
    assert guide.tts.state() is guide.tts.State.Speaking
    guide.speak(["マイナンバーカードをカードリーダーに置いてください"], "ja")
    assert guide.state is SpeechState.NO_VOICE and changes == [SpeechState.NO_VOICE]
    assert guide.tts.state() is guide.tts.State.Ready  # the English text was cut off too
