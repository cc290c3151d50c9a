"""The operator CLI end to end: `kiosk elqr|slip|qr|preapp`, through real processes."""

import dataclasses
import datetime as dt
import json

import pytest
from PIL import Image

from kiosk.payments import elqr, gs1
from tests.support.cli import one_clean_line
from tests.support.config import KioskConfig
from tests.support.forms import TODAY
from tests.support.samples import SAMPLES, VECTOR

DAY = ("--today", TODAY.isoformat())


def test_elqr_check_fields(run_kiosk):
    result = run_kiosk("elqr", "check", VECTOR, "--json", "--today", "2026-07-31")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["valid"] is True and data["amount"] == 12300
    assert data["due_date"] == "2026-06-30" and data["payment_deadline"] == "2026-07-31"
    assert data["el_number"] == "1310100000000000000000001000000127"
    assert data["past_payment_deadline"] is False


def test_elqr_check_past_deadline_is_a_field(run_kiosk):
    result = run_kiosk("elqr", "check", VECTOR, "--json", "--today", "2026-08-01")
    assert result.returncode == 0
    assert json.loads(result.stdout)["past_payment_deadline"] is True


def test_elqr_check_names_the_failed_rule(run_kiosk):
    bad_crc = VECTOR[:-1] + "6"
    result = run_kiosk("elqr", "check", bad_crc, "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout) == {"valid": False, "rule": "crc",
                                         "detail": "CRC is 55046, computed 55045"}
    assert "rule crc" in one_clean_line(result.stderr)


@pytest.fixture
def payable_file(run_kiosk, tmp_path):
    result = run_kiosk("slip", "example-payable", *DAY)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["synthetic"] is True
    path = tmp_path / "payable.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def test_render_and_decode(run_kiosk, payable_file, tmp_path):
    out = tmp_path / "slip.pdf"
    result = run_kiosk("slip", "render", "--payable", str(payable_file), "-o", str(out),
                       "--dpi", "300", *DAY)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["self_check"] == "passed" and out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    decoded = run_kiosk("qr", "decode", str(out), "--json")
    assert decoded.returncode == 0, decoded.stderr
    codes = json.loads(decoded.stdout)["codes"]
    payable = json.loads(payable_file.read_text(encoding="utf-8"))
    assert sorted((c["page"], c["symbology"], c["content"]) for c in codes) == [
        (1, "Code 128", payable["gs1"]), (1, "QR Code", payable["elqr"])]


def _rewrite(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _amounts_off(data):
    data["amounts"]["principal"] += 1


def _bad_crc(data):
    data["elqr"] = data["elqr"][:-1] + str((int(data["elqr"][-1]) + 1) % 10)


def _gs1_amount(data):
    data["gs1"] = gs1.build(dataclasses.replace(gs1.parse(data["gs1"]), amount=9999))


def _gs1_date(data):
    code = gs1.parse(data["gs1"])
    data["gs1"] = gs1.build(dataclasses.replace(code, deadline=code.deadline.replace(day=1)))


def _expired(data):
    fields = elqr.parse(data["elqr"])
    past = TODAY.replace(day=1)
    data["elqr"] = elqr.build(dataclasses.replace(fields, due_date=past.replace(month=10),
                                                  payment_deadline=past))
    del data["gs1"]


@pytest.mark.parametrize(("change", "rule"), [
    (_amounts_off, "amounts_total"), (_bad_crc, "elqr"), (_gs1_amount, "gs1_amount"),
    (_gs1_date, "gs1_deadline"), (_expired, "past_deadline"),
])
def test_render_refuses_an_invalid_payable_and_writes_nothing(run_kiosk, payable_file,
                                                               tmp_path, change, rule):
    _rewrite(payable_file, change)
    out = tmp_path / "slip.pdf"
    result = run_kiosk("slip", "render", "--payable", str(payable_file), "-o", str(out), *DAY)
    assert result.returncode == 2
    line = one_clean_line(result.stderr)
    assert f"rule {rule}" in line and "納付書データが不正です" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["payable.json"]


def test_render_refuses_bad_json(run_kiosk, tmp_path):
    path = tmp_path / "p.json"
    path.write_text("{", encoding="utf-8")
    result = run_kiosk("slip", "render", "--payable", str(path), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == 2 and "rule json" in one_clean_line(result.stderr)
    assert not (tmp_path / "o.pdf").exists()


def test_qr_decode_a_jpeg_and_rejects_junk(run_kiosk, tmp_path):
    code = tmp_path / "code.png"
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(SAMPLES["birth"], ensure_ascii=False), encoding="utf-8")
    assert run_kiosk("preapp", "encode", "--life-event", "birth", "--answers", str(answers),
                     "-o", str(code)).returncode == 0
    photo = tmp_path / "photo.jpg"
    with Image.open(code) as image:
        image.convert("RGB").save(photo, quality=80)
    result = run_kiosk("qr", "decode", str(photo), "--json")
    assert result.returncode == 0, result.stderr
    (found,) = json.loads(result.stdout)["codes"]
    assert found["symbology"] == "QR Code" and found["content"].startswith("PA1:")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01nothing")
    bad = run_kiosk("qr", "decode", str(junk), "--json")
    assert bad.returncode == 2 and "not an image or a PDF" in one_clean_line(bad.stderr)


@pytest.mark.parametrize("life_event", sorted(SAMPLES))
def test_preapp_encode_decode_every_life_event(run_kiosk, tmp_path, life_event):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(SAMPLES[life_event], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "code.png"
    made = run_kiosk("preapp", "encode", "--life-event", life_event, "--answers", str(answers),
                     "-o", str(out))
    assert made.returncode == 0, made.stderr
    read = run_kiosk("preapp", "decode", str(out), "--json")
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == {"life_event": life_event, "answers": SAMPLES[life_event]}


@pytest.mark.parametrize(("life_event", "answers_text", "message"), [
    ("wedding", "{}", "unknown life event"),
    ("birth", "{not json", "cannot read the answers JSON"),
    ("birth", "[1, 2]", "answers must be a JSON object"),
])
def test_preapp_encode_refuses_and_writes_nothing(run_kiosk, tmp_path, life_event,
                                                  answers_text, message):
    answers = tmp_path / "answers.json"
    answers.write_text(answers_text, encoding="utf-8")
    out = tmp_path / "code.png"
    result = run_kiosk("preapp", "encode", "--life-event", life_event, "--answers",
                       str(answers), "-o", str(out))
    assert result.returncode == 2
    assert message in one_clean_line(result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json"]


def test_preapp_decode_rejects_a_tampered_code(run_kiosk, tmp_path):
    import segno

    from kiosk.preapp import codes as preapp
    code = preapp.encode("death", SAMPLES["death"])
    tampered = code[:20] + ("A" if code[20] != "A" else "B") + code[21:]
    path = tmp_path / "tampered.png"
    segno.make_qr(tampered, error="m", mode="alphanumeric").save(str(path), scale=5)
    result = run_kiosk("preapp", "decode", str(path), "--json")
    assert result.returncode == 2
    assert "altered" in one_clean_line(result.stderr)


def test_render_refuses_when_the_self_check_fails(run_kiosk, payable_file, tmp_path):
    """A site layout that prints the barcode over the QR passes the layout rules but not the
    read-back: the slip is refused (exit 1) and nothing is written."""
    from importlib import resources
    shipped = (resources.files("assets") / "slips" / "999997.toml").read_text(encoding="utf-8")
    broken = shipped.replace('part = "payment_notice"\nx = 5.5\ny = 9',
                             'part = "receipt_notice"\nx = 4\ny = 20')
    assert broken != shipped
    (tmp_path / "home" / "slips").mkdir(parents=True)
    (tmp_path / "home" / "slips" / "999997.toml").write_text(broken, encoding="utf-8")
    out = tmp_path / "slip.pdf"
    result = run_kiosk("slip", "render", "--payable", str(payable_file), "-o", str(out),
                       "--dpi", "300", *DAY)
    assert result.returncode == 1
    assert "印刷前の読み取り検査" in one_clean_line(result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "payable.json"]


def test_qr_decode_a_worn_scan_quietly(run_kiosk, slip_for_printer, tmp_path):
    from devices.raster import render_page
    from tests.support.degrade import worn_print
    pdf, codes = slip_for_printer(300)
    scan = tmp_path / "scan.png"
    worn_print(render_page(pdf, 300), 300, seed=7).save(scan)
    result = run_kiosk("qr", "decode", str(scan), "--json")
    assert result.returncode == 0 and result.stderr == ""
    found = {(c["symbology"], c["content"]) for c in json.loads(result.stdout)["codes"]}
    assert found == {("QR Code", codes.elqr), ("Code 128", codes.gs1)}


def test_slip_find_in_demo_reads_the_local_folder_and_needs_a_source_otherwise(run_kiosk,
                                                                             tmp_path):
    from kiosk.payments.example import example_payable

    home = tmp_path / "home"
    (home / "payables").mkdir(parents=True)
    payable = example_payable(dt.date.today())
    (home / "payables" / "p.json").write_text(json.dumps(payable, ensure_ascii=False),
                                              encoding="utf-8")
    production = run_kiosk("slip", "find", "--notice", payable["notice_number"])
    assert production.returncode == 2 and "[backoffice]" in one_clean_line(production.stderr)
    assert production.stdout == ""
    KioskConfig(home).demo().write()
    demo = run_kiosk("slip", "find", "--notice", payable["notice_number"], "--json")
    assert demo.returncode == 0, demo.stderr
    masked = {"name": "山田 ＊＊", "address": "デモ県デモ市＊＊＊"}  # as the list shows it
    assert json.loads(demo.stdout) == [{**payable, "payer": masked}]
    none = run_kiosk("slip", "find", "--notice", "2026-999999", "--json")
    assert none.returncode == 0 and json.loads(none.stdout) == []
    empty = run_kiosk("slip", "find", "--notice", " ")
    assert empty.returncode == 2 and "empty" in one_clean_line(empty.stderr)
