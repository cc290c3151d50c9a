"""Payable consistency rules, the synthetic example, which codes a slip carries, layouts."""

import dataclasses
import datetime as dt
import json
import tomllib
from importlib import resources

import pytest

from kiosk.payments import elqr, gs1
from kiosk.payments.example import DEMO_MUNICIPALITY_CODE, example_payable
from kiosk.payments.layout import (
    GS1_MODULES,
    LayoutError,
    for_printer,
    gs1_module_dots,
    layout_from_toml,
    load_layout,
)
from kiosk.payments.payable import (
    LocalFilePayableSource,
    PayableError,
    municipality_check_digit,
    payable_from_json,
)
from kiosk.payments.slip_pdf import slip_codes

TODAY = dt.date(2026, 11, 23)


def example(**changes):
    data = example_payable(TODAY)
    data.update(changes)
    return data


def rebuilt_elqr(data, **changes):
    fields = dataclasses.replace(elqr.parse(data["elqr"]), **changes)
    return elqr.build(fields)


def rebuilt_gs1(data, **changes):
    code = dataclasses.replace(gs1.parse(data["gs1"]), **changes)
    return gs1.build(code)


def test_example_is_valid_synthetic_and_consistent():
    payable = payable_from_json(example(), TODAY)
    assert payable.synthetic is True
    assert payable.municipality_code == DEMO_MUNICIPALITY_CODE
    assert payable.amounts.total == payable.elqr_fields.amount == 12300
    assert payable.gs1_code is not None and payable.gs1_code.amount == 12300
    assert payable.gs1_code.deadline == payable.elqr_fields.payment_deadline
    assert payable.to_json() == example()


def test_municipality_check_digits():
    # docs/reference/el-qr.md §3 worked examples
    for code in ("010006", "011002", "130001", "131016", "131130", "440001", "442011"):
        assert municipality_check_digit(code[:5]) == int(code[5])


def _broken(rule):
    data = example()
    if rule == "json":
        return None
    if rule == "missing_key":
        del data["amounts"]
    elif rule == "field_type":
        data["amounts"]["late_fee"] = "0"
    elif rule == "elqr":
        data["elqr"] = data["elqr"][:-1] + str((int(data["elqr"][-1]) + 1) % 10)  # bad CRC
    elif rule == "gs1":
        data["gs1"] = data["gs1"][:-1] + str((int(data["gs1"][-1]) + 1) % 10)
    elif rule == "municipality_code":
        data["municipality_code"] = "131016"  # Chiyoda; the eL-QR says 99999
    elif rule == "amounts_total":
        data["amounts"]["dunning_fee"] = 200
    elif rule == "gs1_amount":
        data["gs1"] = rebuilt_gs1(data, amount=12200)
    elif rule == "gs1_deadline":
        data["gs1"] = rebuilt_gs1(data, deadline=TODAY + dt.timedelta(days=61))
    elif rule == "past_deadline":
        data["elqr"] = rebuilt_elqr(data, due_date=TODAY - dt.timedelta(days=30),
                                    payment_deadline=TODAY - dt.timedelta(days=1))
        data["gs1"] = rebuilt_gs1(data, deadline=TODAY - dt.timedelta(days=1))
    return data


@pytest.mark.parametrize("rule", ["missing_key", "field_type", "elqr", "gs1",
                                  "municipality_code", "amounts_total", "gs1_amount",
                                  "gs1_deadline", "past_deadline"])
def test_every_payable_rule_has_a_failing_example(rule):
    with pytest.raises(PayableError) as caught:
        payable_from_json(_broken(rule), TODAY)
    assert caught.value.rule == rule
    assert "\n" not in caught.value.one_line()


def test_the_payment_deadline_day_itself_is_still_payable():
    data = example()
    deadline = elqr.parse(data["elqr"]).payment_deadline
    payable_from_json(data, deadline)
    with pytest.raises(PayableError, match="past_deadline"):
        payable_from_json(data, deadline + dt.timedelta(days=1))


def test_gs1_is_optional():
    data = example()
    del data["gs1"]
    assert payable_from_json(data, TODAY).gs1 is None


def test_barcode_left_off_above_300000_yen_and_without_a_biller_code():
    layout = load_layout(DEMO_MUNICIPALITY_CODE)
    small = payable_from_json(example_payable(TODAY, principal=299_700), TODAY)
    assert slip_codes(small, layout).gs1 == small.gs1 is not None  # exactly ¥300,000
    big_data = example_payable(TODAY, principal=300_000)  # ¥300,300
    assert "gs1" not in big_data  # the example builder already knows the limit
    big_data["gs1"] = gs1.build(dataclasses.replace(gs1.parse(small.gs1), amount=300_300))
    big = payable_from_json(big_data, TODAY)
    assert slip_codes(big, layout).gs1 is None
    no_biller = dataclasses.replace(layout, biller_code=None)
    assert slip_codes(small, no_biller).gs1 is None
    assert slip_codes(small, no_biller).elqr == small.elqr


def test_local_file_source(tmp_path):
    for serial in (1, 2):
        (tmp_path / f"p{serial}.json").write_text(
            json.dumps(example_payable(TODAY, serial=serial)), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    source = LocalFilePayableSource(tmp_path, TODAY)
    found = source.payables("2026-000002")
    assert [p.notice_number for p in found] == ["2026-000002"]
    assert source.payables("2026-999999") == []


def test_shipped_layout_meets_the_printing_rules():
    layout = load_layout(DEMO_MUNICIPALITY_CODE)
    assert layout.elqr.module >= 0.4
    assert layout.gs1_width <= 60 and layout.gs1.height >= 10
    assert layout.biller_code == "912345"


@pytest.mark.parametrize(("dpi", "qr_dots", "bar_dots"), [(600, 10, 4), (300, 5, 2),
                                                          (200, 4, 1.5), (203, 4, 1.5)])
def test_modules_snap_to_printer_dots(dpi, qr_dots, bar_dots):
    layout = for_printer(load_layout(DEMO_MUNICIPALITY_CODE), dpi)
    dot = 25.4 / dpi
    assert layout.elqr.module == pytest.approx(qr_dots * dot)
    assert layout.gs1.module == pytest.approx(bar_dots * dot)
    assert layout.elqr.module >= 0.4 and layout.gs1_width <= 60


@pytest.mark.parametrize("dpi", [150, 180, 200, 203, 240, 300, 360, 400, 600, 1200])
@pytest.mark.parametrize("module", [0.15, 0.19, 0.195])
def test_gs1_module_is_never_one_dot_and_always_fits_60_mm(dpi, module):
    """One-dot modules are unreadable at half-dot phase, so 1.5 dots wherever they fit
    (from about 196 dpi up); half dots only below two dots."""
    dots = gs1_module_dots(module, dpi)
    dot = 25.4 / dpi
    assert (dots * 2).is_integer() and (dots.is_integer() or dots < 2)
    assert GS1_MODULES * dots * dot <= 60
    one_and_a_half_fits = GS1_MODULES * 1.5 * dot <= 60
    assert dots >= (1.5 if one_and_a_half_fits else 1)
    assert one_and_a_half_fits == (dpi >= 200)  # the figures of this parametrisation


def _layout_toml(**section_changes):
    raw = tomllib.loads((resources.files("assets") / "slips" / "999997.toml")
                        .read_text(encoding="utf-8"))
    for section, changes in section_changes.items():
        raw[section].update(changes)
    return raw


@pytest.mark.parametrize(("changes", "message"), [
    ({"elqr": {"module": 0.3}}, "below 0.4"),
    ({"gs1_barcode": {"module": 0.25}}, "mm wide"),
    ({"gs1_barcode": {"height": 8}}, "below 10"),
    ({"page": {"parts": ["receipt", "receipt", "payment_notice"]}}, "each of"),
    ({"elqr": {"x": 60}}, "does not fit"),
])
def test_layout_rules(changes, message):
    with pytest.raises(LayoutError, match=message):
        layout_from_toml(_layout_toml(**changes))


def test_unknown_municipality_has_no_layout(tmp_path):
    with pytest.raises(LayoutError, match="no layout"):
        load_layout("131016", tmp_path)


def test_site_override_takes_precedence(tmp_path):
    (tmp_path / "slips").mkdir()
    shipped = resources.files("assets") / "slips" / "999997.toml"
    text = shipped.read_text(encoding="utf-8").replace('name = "デモ市"', 'name = "上書き市"')
    (tmp_path / "slips" / "999997.toml").write_text(text, encoding="utf-8")
    assert load_layout("999997", tmp_path).municipality.name == "上書き市"
