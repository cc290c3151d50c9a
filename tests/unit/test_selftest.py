"""The self-test runner over fake check modules, and the checks' own failure paths."""

import io
import os
import shutil
from pathlib import Path

import pytest

from devices.simcard.stack import PcscStack, StackError
from kiosk.selftest.core import embedded_fonts
from kiosk.selftest.registry import Context, Status, check, load_checks, run_check, run_self_test

PASSING = "tests.support.selftest_fakes"
FAILING = "tests.support.selftest_fakes_failing"


def run(*modules: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_self_test(out, modules)
    return code, out.getvalue().splitlines()


def test_ok_and_skipped_checks_exit_0_with_one_line_each():
    code, lines = run(PASSING)
    assert code == 0
    assert lines[1].split() == ["ok", "fake-ok", "all", "good"]
    assert lines[2].split(maxsplit=2) == ["skip", "fake-skip", "no such device on this machine"]
    assert lines[3].startswith("self-test: 1 ok, 1 skipped, 0 failed")


def test_a_failed_check_is_one_line_and_exits_1():
    code, lines = run(PASSING, FAILING)
    assert code == 1
    assert [line.split(maxsplit=2) for line in lines if line.startswith("FAIL")] == [
        ["FAIL", "fake-fail", "ValueError: first line second line"]]
    assert lines[-1].startswith("self-test: 1 ok, 1 skipped, 1 failed")
    assert not any("Traceback" in line for line in lines)


def test_a_check_module_that_does_not_import_fails_in_one_line():
    code, lines = run("tests.unit.no_such_check_module", PASSING)
    assert code == 1
    assert lines[1].startswith("FAIL  import tests.unit.no_such_check_module  "
                               "ModuleNotFoundError:")
    assert "ok    fake-ok" in lines[2]


def test_checks_run_in_module_order_and_only_those_asked_for():
    checks, broken = load_checks((FAILING, PASSING))
    assert [c.name for c in checks] == ["fake-fail", "fake-ok", "fake-skip"]
    assert broken == []


def test_the_workdir_is_private_and_removed_and_kiosk_home_restored(monkeypatch, tmp_path):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "real-home"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    seen: list[Path] = []

    @check("fake-home")
    def remember(context: Context) -> str:
        seen.append(context.workdir)
        assert os.environ["KIOSK_HOME"].startswith(str(context.workdir))
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
        return "ok"

    code, _ = run(__name__)
    assert code == 0 and seen and not seen[0].exists()
    assert os.environ["KIOSK_HOME"] == str(tmp_path / "real-home")
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_a_check_name_registered_twice_is_refused():
    with pytest.raises(ValueError, match="registered twice"):
        check("fake-ok")(lambda context: "")


def test_card_check_is_skipped_with_the_reason_when_the_stack_cannot_start(monkeypatch,
                                                                           tmp_path):
    from kiosk.selftest import card as selftest
    def refuse(self, timeout_s=10.0):
        raise StackError("vsmartcard-vpcd is not installed (run scripts/setup)")

    monkeypatch.setattr(PcscStack, "start", refuse)
    [card] = [c for c in load_checks(("kiosk.selftest.card",))[0] if c.name == "card"]
    assert card.run is selftest.simulated_card_read
    outcome = run_check(card, Context(tmp_path))
    assert outcome.status is Status.SKIP
    assert outcome.detail == ("no private pcscd + vpcd here (expected on production kiosks): "
                              "vsmartcard-vpcd is not installed (run scripts/setup)")


def test_embedded_fonts_names_the_subset_fonts_and_refuses_unembedded_ones():
    embedded = (b"<< /Type /FontDescriptor /FontName /AAAAAA+IPAexGothic "
                b"/FontFile2 7 0 R >>")
    assert embedded_fonts(embedded) == {"IPAexGothic"}
    bare = b"<< /Type /FontDescriptor /FontName /BBBBBB+IPAexMincho /Flags 4 >>"
    with pytest.raises(RuntimeError, match="IPAexMincho is not embedded"):
        embedded_fonts(bare)
    with pytest.raises(RuntimeError, match="standard font"):
        embedded_fonts(b"<< /BaseFont /Helvetica /Subtype /Type1 >>")


def test_children_of_the_bundle_get_the_library_path_the_kiosk_started_with():
    from kiosk.frozen import restore_library_path

    env = {"LD_LIBRARY_PATH": "/opt/kiosk/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    restore_library_path(env)
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib"}
    env = {"LD_LIBRARY_PATH": "/opt/kiosk/_internal", "PATH": "/usr/bin"}
    restore_library_path(env)
    assert env == {"PATH": "/usr/bin"}


def test_dark_pixels_counts_ink_and_not_the_row_padding(qapp):
    from PySide6.QtGui import QColor, QImage

    from ui.selftest import dark_pixels

    image = QImage(30, 10, QImage.Format.Format_RGB32)  # grey rows of 30 bytes pad to 32
    image.fill(QColor("white"))
    assert dark_pixels(image) == 0
    for x in range(5):
        for y in range(4):
            image.setPixelColor(x, y, QColor("black"))
    assert dark_pixels(image) == 20


def test_speech_check_speaks_through_the_mock_and_names_the_platform_engine(qapp, tmp_path):
    [speech] = [c for c in load_checks(("ui.selftest",))[0] if c.name == "speech"]
    outcome = run_check(speech, Context(tmp_path))
    assert outcome.status is Status.OK, outcome.detail
    assert outcome.detail == ("mock engine spoke; platform engine plugins load: "
                              "libqtexttospeech_speechd.so")


def test_speech_check_is_skipped_when_no_platform_engine_loads(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech"
    folder = tmp_path / "plugins" / "texttospeech"
    folder.mkdir(parents=True)
    shutil.copy(plugins / "libqtexttospeech_mock.so", folder)
    (folder / "libqtexttospeech_speechd.so").write_bytes(b"not a plugin")  # as if unloadable
    saved = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([str(tmp_path / "plugins")])
    try:
        [speech] = [c for c in load_checks(("ui.selftest",))[0] if c.name == "speech"]
        outcome = run_check(speech, Context(tmp_path))
    finally:
        QCoreApplication.setLibraryPaths(saved)
    assert outcome.status is Status.SKIP, outcome.detail
    assert outcome.detail.startswith("no platform speech engine loads (libqtexttospeech_speechd.so")
    assert outcome.detail.endswith("--speech stays silent")
