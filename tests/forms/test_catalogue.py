"""The catalogue as data: coverage, and load errors that name file, procedure and field."""

import shutil
from importlib import resources
from pathlib import Path

import pytest

from forms.loader import CatalogueError, load_catalogue
from tests.support.forms import CATALOGUE

LIFE_EVENTS = {"moving_in", "moving_out", "moving_within", "birth", "death", "certificates",
               "childcare", "long_term_care", "disaster"}


def test_coverage():
    assert set(CATALOGUE.life_events) == LIFE_EVENTS
    assert len(CATALOGUE.procedures) >= 25
    for event in LIFE_EVENTS:
        assert CATALOGUE.procedures_for(event), event
    names = {p.name for p in CATALOGUE.procedures.values()}
    for required in ("転入届", "転出届", "転居届", "出生届", "印鑑登録申請", "葬祭費支給申請",
                     "世帯主変更届", "罹災証明書交付申請", "妊娠の届出", "要介護・要支援認定申請",
                     "住民票の写し等交付請求", "印鑑登録証明書交付申請", "所得・課税証明書交付申請",
                     "住所移転後の要介護・要支援認定申請"):
        assert required in names


def test_every_procedure_is_complete():
    for proc in CATALOGUE.procedures.values():
        assert proc.division and proc.fields and proc.life_events, proc.id
        assert any(f.source.value == "staff" for f in proc.fields), proc.id
        if proc.needs_my_number:
            assert any(f.type.value == "my_number" for f in proc.fields), proc.id


def test_every_life_event_question_has_an_example():
    for event in CATALOGUE.life_events.values():
        for qid in event.questions:
            assert CATALOGUE.questions[qid].example is not None, qid


@pytest.fixture
def editable(tmp_path) -> Path:
    source = resources.files("forms").joinpath("catalogue")
    target = tmp_path / "catalogue"
    shutil.copytree(str(source), target)
    return target


@pytest.mark.parametrize("file,old,new,named", [
    ("procedures/shimin.toml", 'source = "card", from = "address", section = "異動の内容" },',
     'source = "card", from = "adress", section = "異動の内容" },',
     ["procedures/shimin.toml", "tennyu_todoke", "previous_address"]),
    ("procedures/hoken.toml", 'compute = "event_reason"', 'compute = "reason_of_event"',
     ["procedures/hoken.toml", "kokuho_shutoku", "acquired_reason"]),
    ("procedures/kaigo.toml", 'from = "care_condition"', 'from = "care_state"',
     ["procedures/kaigo.toml", "kaigo_nintei", "condition"]),
    ("procedures/zeimu.toml", 'life_event = "certificates"', 'life_event = "certificate"',
     ["procedures/zeimu.toml", "shotoku_shoumei"]),
    ("questions.toml", 'type = "postal_code"', 'type = "zip"',
     ["questions.toml", "new_postal_code"]),
    ("procedures/bousai.toml", '[[procedure]]\nid = "risai_shoumei"', '[[procedure]\nid = "x"',
     ["procedures/bousai.toml"]),
])
def test_load_errors_name_file_procedure_and_field(editable, file, old, new, named):
    path = editable / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(editable)
    message = str(info.value)
    assert "\n" not in message
    for part in named:
        assert part in message


def test_a_municipality_can_add_a_procedure_without_code(editable):
    (editable / "procedures" / "local.toml").write_text(
        '[[procedure]]\nid = "jidou_club"\nname = "児童クラブ入会申請"\ndivision = "子育て支援課"\n'
        'fields = ["@filed_on", "@applicant", "@staff"]\n'
        'select = [{ life_event = "childcare", fact = "children_under_18", at_least = 1 }]\n',
        encoding="utf-8")
    catalogue = load_catalogue(editable)
    assert "jidou_club" in [p.id for p in catalogue.procedures_for("childcare")]


def test_every_shipped_catalogue_file_parses_and_the_variants_name_known_questions():
    import tomllib

    from forms.examples import VARIANT_ONLY, VARIANTS, load_variant

    root = resources.files("forms").joinpath("catalogue")
    files = sorted(Path(str(root)).rglob("*.toml"))
    assert len(files) >= 13 and any(f.parent.name == "examples" for f in files)
    for path in files:
        assert tomllib.loads(path.read_text(encoding="utf-8")), path
    for name in VARIANTS:
        variant = load_variant(name)
        event = CATALOGUE.life_events[variant["life_event"]]
        assert set(variant["answers"]) <= set(event.questions), name
    assert set(VARIANT_ONLY) <= set(CATALOGUE.questions)
