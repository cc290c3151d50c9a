import pytest

from devices.simcard.keys import TEST_ISSUER_KEY_ID
from kiosk.card_service import trust_store
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
