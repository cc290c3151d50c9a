"""A real full disk: the kiosk's home on a small tmpfs in a private mount namespace.

The operator gets one line ("disk full"), every record committed before that is kept, and
once space is freed the queue drains to the back office with nothing lost or doubled.
"""

import json
import os
import re
import subprocess

from tests.support.backoffice import KIOSK, Backoffice, configure_kiosk

SCRIPT = r"""
set -u
conf="$(cat "$OUT/kiosk.toml")"
mount -t tmpfs -o size=16m tmpfs "$KIOSK_HOME"
printf '%s\n' "$conf" > "$KIOSK_HOME/kiosk.toml"
"$KIOSK" init --backoffice "$URL" --pki "$PKI" > /dev/null  # a fresh install on the small disk
dd if=/dev/zero of="$KIOSK_HOME/reserve" bs=1M count=6 status=none
"$KIOSK" outbox fill-demo --count 1000000 2> "$OUT/fill.err"; echo "$?" > "$OUT/fill.rc"
"$KIOSK" outbox status --json > "$OUT/full.json"
"$KIOSK" audit verify > /dev/null 2>&1; echo "$?" > "$OUT/verify.rc"
rm "$KIOSK_HOME/reserve"
"$KIOSK" sync > /dev/null 2> "$OUT/sync.err"; echo "$?" > "$OUT/sync.rc"
"$KIOSK" outbox status --json > "$OUT/after.json"
"""


def _namespace() -> list[str]:
    private = ["--mount", "--propagation", "private"]
    return ["unshare", *private] if os.geteuid() == 0 else ["unshare", "--map-root-user",
                                                             *private]


def test_disk_full_is_an_operator_error_and_loses_nothing(pki, tmp_path):
    service = Backoffice(f"sqlite:///{tmp_path / 'bo.sqlite3'}", pki, tmp_path / "bo-home")
    service.start()
    try:
        home = tmp_path / "kiosk"
        configure_kiosk(home, service.url, pki)
        out = tmp_path / "out"
        out.mkdir()
        (out / "kiosk.toml").write_text((home / "kiosk.toml").read_text())
        for entry in home.iterdir():  # start from an empty home on the small disk
            if entry.is_file():
                entry.unlink()
        env = {**os.environ, "KIOSK_HOME": str(home), "OUT": str(out), "KIOSK": KIOSK,
               "URL": service.url, "PKI": str(pki)}
        done = subprocess.run([*_namespace(), "bash", "-c", SCRIPT], env=env, timeout=600,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        stats = service.stats()
    finally:
        service.stop()

    fill_error = (out / "fill.err").read_text()
    assert (out / "fill.rc").read_text().strip() == "7"
    assert "disk full" in fill_error and len(fill_error.strip().splitlines()) == 1
    enqueued = int(re.search(r"\((\d+) submissions enqueued\)", fill_error).group(1))
    assert enqueued > 100
    full = json.loads((out / "full.json").read_text())
    committed = sum(full["depth"].values())
    assert (out / "verify.rc").read_text().strip() == "0"  # audit chain intact after ENOSPC

    assert (out / "sync.rc").read_text().strip() == "0", (out / "sync.err").read_text()
    after = json.loads((out / "after.json").read_text())
    assert after["depth"]["acknowledged"] == committed
    assert stats["submissions"] == enqueued and stats["distinct_records"] == committed
    assert stats["duplicates_refused"] == 0
