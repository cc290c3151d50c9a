"""The persona keys of the simulated card for 照合番号B, 顔認証 cards, expiry and clones."""

import datetime as dt

import pytest

from devices.simcard.persona import PersonaError, builtin_names, load_persona, persona_from_dict

BASE = {"name": "山田　太郎", "address": "東京都千代田区霞が関１－２－３",
        "birth_date": "1985-04-01", "sex": "male", "my_number": "123456789018", "pin": "1234"}


def test_an_old_persona_file_gets_derived_defaults():
    persona = persona_from_dict(BASE)
    assert persona.pin_tries_left == 3 and persona.code_b_tries_left == 3
    assert persona.card_expiry == dt.date(2035, 4, 1)  # the birthday in 2035
    assert persona.certificate_expiry == dt.date(2030, 4, 1)
    assert persona.security_code == "1234" and persona.clone is False


def test_the_new_keys():
    persona = persona_from_dict({**BASE, "pin": None, "expiry_date": "2031-07-31",
                                 "security_code": "0042", "certificate_expiry": "-3d",
                                 "code_b_tries_left": 1, "clone": True})
    assert persona.pin is None and persona.card_expiry == dt.date(2031, 7, 31)
    assert persona.certificate_expiry == dt.date.today() - dt.timedelta(days=3)
    assert (persona.security_code, persona.code_b_tries_left, persona.clone) == ("0042", 1, True)


@pytest.mark.parametrize("changes,key", [
    ({"pin": "12"}, "pin"), ({"security_code": "12a4"}, "security_code"),
    ({"security_code": 42}, "security_code"), ({"expiry_date": "2035-02-30"}, "expiry_date"),
    ({"expiry_date": "1999-01-01"}, "expiry_date"), ({"clone": "yes"}, "clone"),
    ({"code_b_tries_left": 4}, "code_b_tries_left"), ({"certificate_expiry": "+x"},
                                                       "certificate_expiry"),
])
def test_bad_values_name_the_key(changes, key):
    with pytest.raises(PersonaError, match=key):
        persona_from_dict({**BASE, **changes})


def test_the_shipped_personas_cover_the_cases():
    names = builtin_names()
    loaded = {name: load_persona(name) for name in names}
    today = dt.date.today()
    assert any(p.pin is None for p in loaded.values())  # 顔認証マイナンバーカード
    assert any(p.pin_tries_left == 0 for p in loaded.values())  # locked PIN
    assert any(p.card_expiry < today for p in loaded.values())  # expired card
    assert any(today <= p.certificate_expiry <= today + dt.timedelta(days=92)
               for p in loaded.values())
    assert any(p.clone for p in loaded.values())
