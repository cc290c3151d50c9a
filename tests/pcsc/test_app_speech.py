"""Spoken guidance (--speech) at the self-service terminal, through Qt's own mock engine.

The mock engine is Qt's real plugin (QTextToSpeech("mock")): it changes state, emits its signals
and "speaks" word by word, with the voices en_GB/en_US, nb_NO, nn_NO, fi_FI and nothing else. The
walk goes through the real card stack (pcscd + vpcd + the simulated card)."""

import pytest

from devices.card.wareki import to_wareki
from devices.simcard.persona import load_persona
from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin
from tests.support.qt import PERSONAL
from ui.shell.app import AppOptions

# Qt's mock engine has no Japanese voice, and every visit starts in Japanese.
pytestmark = pytest.mark.expect_log("kiosk.speech", "WARNING",
                                    "the mock engine has no voice for ja")

ANSWERS = {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678", "certificates": ["juminhyo"],
           "copies": 2, "purpose": "bank"}


@pytest.fixture
def terminal(pcsc_stack, tmp_path, monkeypatch, open_app):
    return open_terminal(open_app, tmp_path, monkeypatch, "mock")


@pytest.fixture
def speechd_terminal(pcsc_stack, tmp_path, monkeypatch, private_speechd, open_app):
    return open_terminal(open_app, tmp_path, monkeypatch, "speechd")


def open_terminal(open_app, tmp_path, monkeypatch, engine):
    monkeypatch.setenv("KIOSK_DEMO", "1")
    monkeypatch.setenv("KIOSK_SPEECH_ENGINE", engine)
    app = open_app(tmp_path / "home", AppOptions(idle_seconds=60, speech=True), start=False)
    app.window.said = record_speech(app.window)
    app.start()
    return app.window


def record_speech(window):
    """Every text handed to the engine (say and enqueue), with the screen it was said on."""
    tts, said = window.guide.tts, []
    say, enqueue = tts.say, tts.enqueue
    tts.say = lambda text: (said.append((window.flow.screen, text)), say(text))
    tts.enqueue = lambda text: (said.append((window.flow.screen, text)), enqueue(text))
    return said


def personal_data(persona_name):
    persona = load_persona(persona_name)
    basic4 = persona.basic4
    return (*PERSONAL, basic4.name, basic4.address, basic4.birth_date.isoformat(),
            to_wareki(basic4.birth_date).format(), persona.my_number, persona.pin,
            *(str(value) for value in ANSWERS.values() if isinstance(value, str)))


def walk_to_done(qtbot, window):
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.flow.screen is Screen.PIN, timeout=10000)
    enter_pin(qtbot, window, "1234", Screen.CONFIRM)
    window.flow_confirm()
    window.choose_life_event("certificates")
    while window.flow.screen is Screen.QUESTION:
        window.answer(ANSWERS[window.flow.question.id])
    window.flow_print()
    qtbot.waitUntil(lambda: window.flow.screen is Screen.DONE, timeout=15000)


def test_each_screen_speaks_its_guidance_in_english_and_nothing_personal(qtbot, terminal,
                                                                        insert_card):
    insert_card("yamada_taro")
    walk_to_done(qtbot, terminal)
    spoken = {screen for screen, _ in terminal.said}
    assert spoken >= {Screen.CARD, Screen.PIN, Screen.READING, Screen.CONFIRM,
                      Screen.LIFE_EVENT, Screen.QUESTION, Screen.REVIEW, Screen.PRINTING,
                      Screen.DONE}
    texts = [text for _, text in terminal.said]
    for expected in ("Please place your My Number Card on the card reader",
                     "My Number Card PIN (4 digits)",
                     "Please check the data from your card", "What would you like to do?",
                     "Printed. Please take your numbered ticket"):
        assert expected in texts
    questions = [text for screen, text in terminal.said if screen is Screen.QUESTION]
    assert len(questions) == len(ANSWERS)  # one per question, in English, not in Japanese
    assert all(text.isascii() for text in questions)
    assert terminal.guide.tts.locale().name() == "en_US"
    assert terminal.status.speech.text() == "Spoken guidance: on"
    personal = personal_data("yamada_taro")
    assert [text for text in texts if any(datum in text for datum in personal)] == []
    assert terminal.pages[Screen.DONE].ticket.text() not in texts  # the slip has the number


def test_a_wrong_pin_is_said_but_never_the_digits(qtbot, terminal, insert_card):
    insert_card("yamada_taro", pin_tries_left=2)
    terminal.choose_language("en")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    enter_pin(qtbot, terminal, "9876", Screen.PIN)
    after = [text for screen, text in terminal.said if screen is Screen.PIN]
    assert after[-2:] == ["Wrong PIN", "My Number Card PIN (4 digits)"]
    assert not any(digit in text for text in after for digit in "9876")


def test_a_locked_card_is_told_where_to_go(qtbot, terminal, insert_card):
    insert_card("tanaka_locked", code_b_tries_left=0)  # the PIN and 照合番号B both locked
    terminal.choose_language("en")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LOCKED, timeout=10000)
    assert terminal.said[-2:] == [
        (Screen.LOCKED, "The PIN is locked"),
        (Screen.LOCKED, "Please have the PIN reset at the My Number Card counter on the 1st floor "
                        "of City Hall. Bring an identity document. A staff member will guide you.")]


def test_a_language_without_a_voice_is_silent_and_says_so_on_the_strip(qtbot, terminal,
                                                                      insert_card):
    insert_card("yamada_taro")
    terminal.choose_language("ja")  # the mock engine has no Japanese voice
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    assert terminal.said == []
    assert terminal.status.speech.text() == "音声案内: この言語の音声がありません"
    terminal.reset()
    terminal.choose_language("en")  # the next resident's language has one
    assert terminal.guide.tts.locale().language() is terminal.guide.tts.locale().Language.English
    assert terminal.said[0] == (Screen.CARD, "Please place your My Number Card on the card reader")
    assert terminal.status.speech.text() == "Spoken guidance: on"


def test_the_wipe_cuts_the_guidance_off(qtbot, terminal, insert_card):
    insert_card("yamada_taro")
    terminal.choose_language("en")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    tts = terminal.guide.tts
    assert tts.state() is tts.State.Speaking  # the confirm screen's guidance has just begun
    states = []
    tts.stateChanged.connect(states.append)
    terminal.remaining = 1
    terminal._tick()  # the idle timeout: the visit ends and every personal datum goes
    assert terminal.flow.screen is Screen.LANGUAGE and not terminal.flow.holds_personal_data()
    assert states == [tts.State.Ready] and tts.state() is tts.State.Ready
    assert terminal.said[-1][0] is Screen.CONFIRM  # nothing said since


def test_card_removal_silences_the_kiosk(qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro")
    terminal.choose_language("en")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    tts = terminal.guide.tts
    assert tts.state() is tts.State.Speaking
    inserted.remove()  # blocks until pcscd saw it; the event loop (and the mock) wait meanwhile
    states = []
    tts.stateChanged.connect(states.append)
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=10000)
    assert tts.state() is tts.State.Ready and states[-1] is tts.State.Ready
    assert [screen for screen, _ in terminal.said][-1] is Screen.PIN


@pytest.mark.expect_log("kiosk.speech", "WARNING", "no text-to-speech engine 'no-such-engine'")
def test_an_unknown_engine_is_shown_on_the_strip_and_the_visit_goes_on(qtbot, pcsc_stack,
                                                                       tmp_path, monkeypatch,
                                                                       insert_card, open_app):
    monkeypatch.setenv("KIOSK_DEMO", "1")
    monkeypatch.setenv("KIOSK_SPEECH_ENGINE", "no-such-engine")
    window = open_app(tmp_path / "home", AppOptions(speech=True)).window
    assert window.status.speech.text() == "音声案内: 使えません（音声エンジンがありません）"
    insert_card("yamada_taro")
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.flow.screen is Screen.PIN, timeout=10000)
    assert window.status.speech.text() == "Spoken guidance: unavailable (no speech engine)"


def test_speech_is_off_by_default(pcsc_stack, tmp_path, monkeypatch, open_app):
    monkeypatch.setenv("KIOSK_DEMO", "1")  # a demo home initialises its outbox, others need init
    window = open_app(tmp_path / "home", start=False).window
    assert window.guide is None and window.status.speech.isHidden()


def test_speech_dispatcher_speaks_the_japanese_guidance_and_the_wipe_silences_it(
        qtbot, speechd_terminal, insert_card):
    terminal = speechd_terminal
    inserted = insert_card("yamada_taro")
    states = []
    terminal.guide.tts.stateChanged.connect(states.append)
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    assert terminal.said[:2] == [
        (Screen.CARD, "マイナンバーカードをカードリーダーに置いてください"),
        (Screen.CARD, "カードは手続きが終わるまで置いたままにしてください")]
    pin = "マイナンバーカードの暗証番号（数字4けた）"
    assert terminal.said[-1] == (Screen.PIN, pin)
    assert terminal.guide.tts.locale().name() == "ja_JP"
    assert terminal.status.speech.text() == "音声案内: オン"
    tts = terminal.guide.tts
    qtbot.waitUntil(lambda: tts.State.Speaking in states, timeout=20000)
    inserted.remove()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=10000)
    qtbot.waitUntil(lambda: tts.state() is tts.State.Ready, timeout=10000)
    assert terminal.said[-1][0] is Screen.PIN  # nothing said after the visit ended
