"""scripts/build: the PyInstaller bundle builds and passes its self-test.

Slow (a build takes about half a minute on two cores); select it with ``-m packaging`` or
leave it out with ``-m "not packaging"``. scripts/test, and so CI, runs it.
"""

import os
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]

REPO = Path(__file__).resolve().parents[2]
CORE_CHECKS = {"version", "data", "catalogue", "pdf", "pdf-languages", "printer", "qt", "speech",
               "card"}


def clean_env() -> dict[str, str]:
    """No private PC/SC socket or Qt platform from other tests of this process."""
    drop = {"PCSCLITE_CSOCK_NAME", "QT_QPA_PLATFORM", "KIOSK_HOME", "KIOSK_DEMO"}
    return {key: value for key, value in os.environ.items() if key not in drop}


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("kiosk-build")
    result = subprocess.run([str(REPO / "scripts" / "build"), "--out", str(out)],
                            capture_output=True, text=True, env=clean_env(), timeout=1100,
                            check=False)
    return out / "dist" / "kiosk", result


def outcome_lines(stdout: str) -> dict[str, tuple[str, str]]:
    lines = [line.split(maxsplit=2) for line in stdout.splitlines()]
    return {parts[1]: (parts[0], parts[2] if len(parts) > 2 else "")
            for parts in lines if parts and parts[0] in ("ok", "skip", "FAIL")}


def self_test(bundle: Path) -> subprocess.CompletedProcess[str]:
    env = {**clean_env(), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([str(bundle / "kiosk"), "--self-test"], capture_output=True,
                          text=True, env=env, cwd="/", timeout=120, check=False)


def test_scripts_build_builds_the_bundle_and_its_self_test_passes(build):
    bundle, result = build
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert (bundle / "kiosk").is_file()
    outcomes = outcome_lines(result.stdout)
    assert {name for name, (status, _) in outcomes.items() if status == "ok"} >= CORE_CHECKS
    assert [name for name, (status, _) in outcomes.items() if status != "ok"] == []
    assert "build: self-test passed" in result.stdout


def test_the_bundle_reads_its_own_fonts_and_ships_their_licence(build):
    bundle, _ = build
    outcomes = outcome_lines(self_test(bundle).stdout)
    fonts_dir = bundle / "_internal" / "assets" / "fonts"
    for font in ("ipaexg.ttf", "ipaexm.ttf", "ipamjm.ttf", "NanumGothic.ttf", "NanumMyeongjo.ttf",
                 "wqy-zenhei.ttc", "DejaVuSans.ttf", "DejaVuSerif.ttf"):
        assert f"{fonts_dir}/{font}" in outcomes["data"][1]
    assert "IPA Font License Agreement v1.0" in (fonts_dir / "IPA_Font_License.txt").read_text()
    ipamj_licence = (fonts_dir / "IPAmj_Font_License.txt").read_text()
    assert "IPA Font License Agreement v1.0" in ipamj_licence and "ipamjm" in ipamj_licence
    assert "SIL Open Font License" in (fonts_dir / "Nanum_OFL.txt").read_text()
    wqy_licence = (fonts_dir / "WenQuanYi_Zen_Hei_License.txt").read_text()
    assert "Font embedding exception" in wqy_licence
    assert "GNU GENERAL PUBLIC LICENSE" in wqy_licence
    assert "Bitstream" in (fonts_dir / "DejaVu_License.txt").read_text()
    assert not list((bundle / "_internal").glob("libpcsclite*"))  # the machine's own, always


def test_the_bundle_version_comes_from_the_package_metadata(build):
    bundle, _ = build
    shown = subprocess.run([str(bundle / "kiosk"), "--version"], capture_output=True, text=True,
                           timeout=60, check=True).stdout.strip()
    assert shown == f"kiosk, version {metadata.version('kiosk-onestop')}"


def test_a_bundle_missing_its_catalogue_fails_each_check_in_one_line(build, tmp_path):
    bundle, _ = build
    broken = tmp_path / "kiosk"
    shutil.copytree(bundle, broken, symlinks=True)
    (broken / "_internal" / "forms" / "catalogue" / "municipality.toml").unlink()
    result = self_test(broken)
    assert result.returncode == 1
    outcomes = outcome_lines(result.stdout)
    assert outcomes["catalogue"] == ("FAIL", "CatalogueError: municipality.toml: missing")
    assert outcomes["pdf"][0] == "FAIL" and outcomes["qt"][0] == "ok"
    assert "Traceback" not in result.stdout + result.stderr


def test_programs_the_bundle_starts_get_the_machines_library_path(build, tmp_path):
    """`lp`, pcscd and unshare are the machine's: they must not load the bundle's libraries."""
    bundle, _ = build
    (tmp_path / "bin").mkdir()
    seen = tmp_path / "lp-env"
    recorder = tmp_path / "bin" / "lp"  # stands in for CUPS' lp, records what it was given
    recorder.write_text(f'#!/bin/sh\nenv > "{seen}"\necho "request id is kiosk-1 (1 file(s))"\n')
    recorder.chmod(0o755)
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    env = {**clean_env(), "PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin",
           "LD_LIBRARY_PATH": "/opt/vendor/lib"}
    result = subprocess.run([str(bundle / "kiosk"), "print", str(pdf), "--printer", "kiosk"],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = seen.read_text().splitlines()
    assert "LD_LIBRARY_PATH=/opt/vendor/lib" in lines
    assert not any(line.startswith("LD_LIBRARY_PATH_ORIG=") for line in lines)
