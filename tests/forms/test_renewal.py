"""Renewing the card or its e-certificates: the rule (today injected), the navigator adding the
renewal procedure to any life event, and the plain-words notice on the 案内票."""

import datetime as dt
import re
import shutil
import subprocess
from importlib import resources

import pytest

from forms.loader import load_catalogue
from forms.navigator import decide
from forms.pdf.bundle import render_bundle
from forms.pdf.translations import translator
from forms.renewal import (
    CARD_EXPIRED,
    CERTIFICATE_SOON,
    Due,
    add_months,
    due,
    renewal_facts,
)
from forms.session import card_from_json
from forms.tomlcheck import CatalogueError
from tests.support.forms import CATALOGUE, TODAY, card, session

CERT = "denshi_shomeisho_koushin"
CARD = "mynumber_card_koushin"


def ids(built) -> list[str]:
    return [d.procedure.id for d in decide(built)]


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "guide.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", "-f", "1", "-l", "1", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\s\u3000]+", "", out)


@pytest.mark.parametrize(("expiry", "today", "expected"), [
    (dt.date(2027, 2, 23), dt.date(2026, 11, 23), Due.SOON),  # exactly three months ahead
    (dt.date(2027, 2, 24), dt.date(2026, 11, 23), None),  # a day beyond
    (dt.date(2026, 11, 23), dt.date(2026, 11, 23), Due.SOON),  # valid through its last day
    (dt.date(2026, 11, 22), dt.date(2026, 11, 23), Due.EXPIRED),
    (dt.date(2027, 2, 28), dt.date(2026, 11, 30), Due.SOON),  # 11-30 + 3 months = 02-28
    (dt.date(2027, 3, 1), dt.date(2026, 11, 30), None),
    (None, dt.date(2026, 11, 23), None),  # not read: nothing is said
])
def test_due_counts_calendar_months_from_the_given_day(expiry, today, expected):
    assert due(expiry, today) is expected


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)  # leap year
    assert add_months(dt.date(2026, 10, 31), 3) == dt.date(2027, 1, 31)


def test_a_card_due_offers_only_the_card_renewal_a_new_card_brings_new_certificates():
    soon = dt.date(2026, 12, 1)
    assert renewal_facts(soon, soon, TODAY) == {"card_renewal": "soon"}
    assert renewal_facts(dt.date(2030, 1, 1), soon, TODAY) == {"certificate_renewal": "soon"}
    assert renewal_facts(dt.date(2030, 1, 1), dt.date(2029, 1, 1), TODAY) == {}


@pytest.mark.parametrize("life_event", sorted(CATALOGUE.life_events))
def test_e_certificates_expiring_within_three_months_add_their_renewal_to_any_life_event(
        life_event):
    plain = session(life_event)
    due_soon = session(life_event, card(certificate_expiry="2027-01-20"))
    assert CERT not in ids(plain) and CARD not in ids(plain)
    decided = ids(due_soon)
    assert decided[-1] == CERT  # after what the visit came for
    assert decided[:-1] == ids(plain)
    reasons = decide(due_soon)[-1].reasons
    assert reasons == ("電子証明書の有効期限: 3か月以内に切れます",)


def test_an_expired_card_adds_the_card_renewal_and_not_the_certificates():
    built = session("moving_within", card(card_expiry="2026-11-01",
                                          certificate_expiry="2026-11-01"))
    decided = ids(built)
    assert decided[-1] == CARD and CERT not in decided
    assert decide(built)[-1].reasons == ("マイナンバーカードの有効期限: 期限が切れています",)


def test_the_rule_follows_the_day_it_is_told_not_the_clock():
    holder = card(certificate_expiry="2027-01-20")
    early = session("certificates", holder)
    early.today = dt.date(2026, 10, 19)  # more than three months before
    assert CERT not in ids(early)
    early.today = dt.date(2026, 10, 20)
    assert CERT in ids(early)


def test_card_json_takes_the_expiry_dates_optionally():
    facts = card_from_json(card(card_expiry="2035-02-17",
                                certificate_expiry="2027-01-20T14:59:59+00:00"))
    assert facts.card_expiry == dt.date(2035, 2, 17)
    assert facts.certificate_expiry == dt.date(2027, 1, 20)  # 23:59:59 in Japan
    assert card_from_json(card()).card_expiry is None
    with pytest.raises(ValueError, match=r"card\.card_expiry: not YYYY-MM-DD"):
        card_from_json(card(card_expiry="2035-13-01"))


def test_the_guide_tells_the_resident_in_plain_words_above_the_table(tmp_path):
    built = session("certificates", card(certificate_expiry="2027-01-20"))
    text = text_of(render_bundle(built, decide(built)).pdf, tmp_path)
    notice = CERTIFICATE_SOON.format(date="令和9年1月20日")
    assert re.sub(r"[\s\u3000]+", "", notice) in text
    assert text.index("お知らせ") < text.index("手続き・担当窓口")
    assert "電子証明書の更新" in text


def test_the_guide_says_an_expired_card_in_the_residents_language(tmp_path):
    built = session("certificates", card(card_expiry="2026-11-01"))
    text = text_of(render_bundle(built, decide(built), "en").pdf, tmp_path)
    english = translator("en")("Guide", CARD_EXPIRED).format(date="2026-11-01")
    assert re.sub(r"\s+", "", english) in text


def test_the_guide_says_nothing_when_nothing_is_due(tmp_path):
    built = session("certificates", card(card_expiry="2035-02-17",
                                         certificate_expiry="2030-02-17"))
    assert "お知らせ" not in text_of(render_bundle(built, decide(built)).pdf, tmp_path)


def test_a_rule_for_every_life_event_needs_a_condition(tmp_path):
    source = resources.files("forms").joinpath("catalogue")
    copy = tmp_path / "catalogue"
    shutil.copytree(str(source), copy)
    extra = copy / "procedures" / "zz_always.toml"
    extra.write_text('[[procedure]]\nid = "x"\nname = "x"\ndivision = "x"\n'
                     'select = [{ life_event = "*" }]\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"every life event .* needs a condition"):
        load_catalogue(copy)
