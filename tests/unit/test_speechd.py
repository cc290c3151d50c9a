"""Spoken guidance through the platform engine: Qt's speechd plugin, a private
speech-dispatcher and espeak-ng (tests/support/speechd.py), with no sound card."""

import pytest

from ui.speech import Guide, SpeechState


@pytest.fixture
def guide(qtbot, private_speechd):
    guide = Guide("speechd")
    yield guide
    guide.stop()
    guide.deleteLater()
    qtbot.wait(10)  # let the engine disconnect before its server is stopped


def test_speechd_speaks_japanese_guidance_to_the_end(qtbot, guide, private_speechd):
    assert guide.tts is not None and guide.tts.engine() == "speechd"
    states = []
    guide.tts.stateChanged.connect(states.append)
    guide.speak(["マイナンバーカードをカードリーダーに置いてください"], "ja")
    assert guide.state is SpeechState.ON
    assert guide.tts.locale().name() == "ja_JP"
    assert guide.tts.voice().locale().language() is guide.tts.locale().Language.Japanese
    ready = guide.tts.State.Ready
    qtbot.waitUntil(lambda: states[-1:] == [ready], timeout=20000)
    assert guide.tts.State.Speaking in states  # it played (into ALSA's null device)
    assert (private_speechd / "speechd.sock").exists()  # the private server, not the system's


@pytest.mark.expect_log("kiosk.speech", "WARNING", r"the speechd engine has no voice for zh_CN")
def test_speechd_has_voices_for_the_kiosk_languages_but_chinese(qtbot, guide):
    for language, locale in (("en", "en_US"), ("ko", "ko_KR"), ("vi", "vi_VN"), ("pt", "pt_BR"),
                             ("ja_easy", "ja_JP")):
        guide.speak(["guidance"], language)
        assert (guide.state, guide.tts.locale().name()) == (SpeechState.ON, locale)
    guide.speak(["请把个人编号卡放在读卡器上"], "zh_CN")  # espeak-ng has no zh_CN voice
    assert guide.state is SpeechState.NO_VOICE


def test_stop_cuts_speechd_off(qtbot, guide):
    states = []
    guide.tts.stateChanged.connect(states.append)
    long_text = "市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。" * 5
    guide.speak([long_text], "ja")
    qtbot.waitUntil(lambda: guide.tts.State.Speaking in states, timeout=20000)
    guide.stop()
    qtbot.waitUntil(lambda: guide.tts.state() is guide.tts.State.Ready, timeout=10000)
