import pytest

from devices.simcard.keys import TEST_ISSUER_KEY_ID
from kiosk.hardware import trust_store
from kiosk.settings import ConfigError, load_settings


def test_default_home_follows_xdg(tmp_path):
    settings = load_settings({"XDG_DATA_HOME": str(tmp_path)})
    assert settings.home == tmp_path / "kiosk"
    assert not settings.demo


def test_test_issuer_is_trusted_only_in_demo_or_when_configured(tmp_path):
    env = {"KIOSK_HOME": str(tmp_path)}
    assert not trust_store(load_settings(env)).knows(TEST_ISSUER_KEY_ID)
    assert trust_store(load_settings({**env, "KIOSK_DEMO": "1"})).knows(TEST_ISSUER_KEY_ID)
    (tmp_path / "kiosk.toml").write_text("[card]\ntrust_test_issuer = true\n")
    assert trust_store(load_settings(env)).knows(TEST_ISSUER_KEY_ID)


@pytest.mark.parametrize("text,named", [
    ("demo = 'yes'", "demo"),
    ("[card]\ntrust_test_issuer = 1", "card.trust_test_issuer"),
    ("[card]\ncolour = 'red'", "card.colour"),
    ("demo = ", "kiosk.toml"),
])
def test_invalid_configuration_is_one_clear_line(tmp_path, text, named):
    (tmp_path / "kiosk.toml").write_text(text)
    with pytest.raises(ConfigError) as info:
        load_settings({"KIOSK_HOME": str(tmp_path)})
    assert named in str(info.value) and "\n" not in str(info.value)


def _pki_files(tmp_path):
    for name in ("ca.pem", "k.pem", "k-key.pem"):
        (tmp_path / name).write_text("x")
    return (f"ca = '{tmp_path}/ca.pem'\ncert = '{tmp_path}/k.pem'\n"
            f"key = '{tmp_path}/k-key.pem'\n")


def test_backoffice_and_outbox_settings(tmp_path):
    files = _pki_files(tmp_path)
    (tmp_path / "kiosk.toml").write_text(
        "kiosk_id = 'kiosk-03'\n[backoffice]\nurl = 'https://10.0.0.1:8443/'\n" + files
        + "[outbox]\nretention_days = 7\nbatch_size = 50\nsync_interval_seconds = 5\n")
    settings = load_settings({"KIOSK_HOME": str(tmp_path)})
    assert settings.kiosk_id == "kiosk-03"
    assert settings.backoffice is not None and settings.backoffice.url == "https://10.0.0.1:8443"
    assert settings.outbox.retention_days == 7 and settings.outbox.batch_size == 50
    assert settings.database == tmp_path / "outbox.sqlite3"


def test_outbox_defaults_keep_nothing_personal(tmp_path):
    settings = load_settings({"KIOSK_HOME": str(tmp_path)})
    assert settings.outbox.retention_days == 0 and settings.backoffice is None


@pytest.mark.parametrize("text,named", [
    ("[backoffice]\nurl = 'http://x'\n", "backoffice.url"),
    ("[backoffice]\nurl = 'https://x'\nca = '/nonexistent/ca.pem'\ncert = 'a'\nkey = 'b'\n",
     "backoffice.ca"),
    ("[outbox]\nretention_days = -1\n", "outbox.retention_days"),
    ("[outbox]\nbatch_size = 0\n", "outbox.batch_size"),
    ("[outbox]\nspeed = 3\n", "outbox.speed"),
    ("kiosk_id = 'a:b'\n", "kiosk_id"),
    ("colour = 'red'\n", "colour"),
])
def test_invalid_outbox_configuration_is_one_clear_line(tmp_path, text, named):
    (tmp_path / "kiosk.toml").write_text(text)
    with pytest.raises(ConfigError) as info:
        load_settings({"KIOSK_HOME": str(tmp_path)})
    assert named in str(info.value) and "\n" not in str(info.value)


def test_speech_engine_from_kiosk_toml_and_the_environment(tmp_path):
    env = {"KIOSK_HOME": str(tmp_path)}
    assert load_settings(env).speech.engine == ""  # the platform's default engine
    (tmp_path / "kiosk.toml").write_text("[speech]\nengine = 'speechd'\n")
    assert load_settings(env).speech.engine == "speechd"
    assert load_settings({**env, "KIOSK_SPEECH_ENGINE": "mock"}).speech.engine == "mock"


@pytest.mark.parametrize("text,named", [
    ("[speech]\nengine = 1\n", "speech.engine"),
    ("[speech]\nvoice = 'Anne'\n", "speech.voice"),
    ("speech = 'on'\n", "[speech]"),
])
def test_invalid_speech_configuration_is_one_clear_line(tmp_path, text, named):
    (tmp_path / "kiosk.toml").write_text(text)
    with pytest.raises(ConfigError) as info:
        load_settings({"KIOSK_HOME": str(tmp_path)})
    assert named in str(info.value) and "\n" not in str(info.value)
