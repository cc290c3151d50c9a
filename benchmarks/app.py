"""Application benchmark: cold start to the ready screen, PIN entered to the prefilled review
screen, and resident set size after a full visit; then the visit without the PIN (issue #13):
from the card on the reader to the review screen by 照合番号B.

Run by hand:  .venv/bin/python benchmarks/app.py
Targets (issue #6): cold start <= 1.5 s, PIN -> review <= 300 ms, RSS after a visit <= 300 MB.
Each figure is measured in a fresh process (the private pcscd + vpcd stack is started first and
is not counted in the cold start).

The code B visit (self-service window, offscreen, pcscd + vpcd): the window waits on the card
screen; the card is put on the reader (the simulated card connects to vpcd) and the clock
starts. Its status query (PIN state, tries) turns the window to the printed-items page: at once
for a 顔認証 card (kato_face_auth), through 「暗証番号がわからない方」 for a forgotten PIN
(yamada_taro). The three items and the answers are given programmatically, so the figures are
the machine's time only, split at the printed-items page.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VISIT = r"""
import json, os, resource, sys, tempfile, threading, time
sys.path.insert(0, sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from devices.simcard.stack import PcscStack
stack = PcscStack(); stack.start(); os.environ.update(stack.env)
os.environ["KIOSK_HOME"] = tempfile.mkdtemp(); os.environ["KIOSK_DEMO"] = "1"
from devices.simcard.card import SimulatedCard
from devices.simcard.persona import load_persona
from devices.simcard.vpcd import VpcdLink
link = VpcdLink(SimulatedCard(load_persona("yamada_taro")), port=stack.port)
threading.Thread(target=link.run, daemon=True).start()
link.connected.wait(5)
started = time.perf_counter()
from kiosk.visit.selfservice import Screen
from kiosk.settings import load_settings
from ui import theme
from ui.shell.app import AppOptions, application, build_hub, build_services, build_window
from ui.fonts import register_app_fonts
app = application(); register_app_fonts(); theme.apply(app)
settings = load_settings(); hub = build_hub(settings)
services, queue = build_services(settings, hub)
window = build_window(AppOptions(), settings, hub, queue, services)
hub.start(); services.start(); window.show(); app.processEvents()
ready = time.perf_counter() - started
def wait(cond):
    while not cond():
        app.processEvents(); time.sleep(0.001)
window.choose_language("ja"); wait(lambda: window.flow.screen is Screen.PIN)
answers = {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678",
           "certificates": ["juminhyo", "shotoku"], "copies": 1, "purpose": "bank",
           "tax_year": 2026}
pin_at = time.perf_counter()
window.pin_entered("1234", with_number=False); wait(lambda: window.flow.screen is Screen.CONFIRM)
window.flow_confirm(); window.choose_life_event("certificates")
while window.flow.screen is Screen.QUESTION:
    window.answer(answers[window.flow.question.id])
app.processEvents()
review = time.perf_counter() - pin_at
window.flow_print(); wait(lambda: window.flow.screen is Screen.DONE)
window.reset(); app.processEvents()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
services.stop(); hub.stop(); link.stop.set(); stack.close()
print(json.dumps({"ready_ms": ready * 1000, "review_ms": review * 1000, "rss_mb": rss}))
"""

CODE_B_VISIT = r"""
import json, os, sys, tempfile, threading, time
sys.path.insert(0, sys.argv[1])
persona, printed, furigana = sys.argv[2], sys.argv[3].split(), sys.argv[4]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from devices.simcard.stack import PcscStack
stack = PcscStack(); stack.start(); os.environ.update(stack.env)
os.environ["KIOSK_HOME"] = tempfile.mkdtemp(); os.environ["KIOSK_DEMO"] = "1"
from devices.simcard.card import SimulatedCard
from devices.simcard.persona import load_persona
from devices.simcard.vpcd import VpcdLink
from kiosk.visit.selfservice import Screen
from kiosk.settings import load_settings
from ui import theme
from ui.shell.app import AppOptions, application, build_hub, build_services, build_window
from ui.fonts import register_app_fonts
app = application(); register_app_fonts(); theme.apply(app)
settings = load_settings(); hub = build_hub(settings)
services, queue = build_services(settings, hub)
window = build_window(AppOptions(), settings, hub, queue, services)
hub.start(); services.start(); window.show(); app.processEvents()
def wait(cond):
    while not cond():
        app.processEvents(); time.sleep(0.001)
window.choose_language("ja"); wait(lambda: window.flow.screen is Screen.CARD)
card = SimulatedCard(load_persona(persona))
link = VpcdLink(card, port=stack.port)
on_reader = time.perf_counter()
threading.Thread(target=link.run, daemon=True).start()
wait(lambda: window.flow.screen in (Screen.PIN, Screen.CODE_B))
if window.flow.screen is Screen.PIN:
    window.forgot_pin()  # 「暗証番号がわからない方」
wait(lambda: window.flow.screen is Screen.CODE_B)
to_items = time.perf_counter() - on_reader
entered = time.perf_counter()
window.code_b_entered(*printed); wait(lambda: window.flow.screen is Screen.CONFIRM)
read = time.perf_counter() - entered
answers = {"furigana": furigana, "phone": "090-1234-5678",
           "certificates": ["juminhyo", "shotoku"], "copies": 1, "purpose": "bank",
           "tax_year": 2026}
window.flow_confirm(); window.choose_life_event("certificates")
while window.flow.screen is Screen.QUESTION:
    window.answer(answers[window.flow.question.id])
app.processEvents()
assert window.flow.screen is Screen.REVIEW, window.flow.screen
review = time.perf_counter() - entered
stats = card.stats
assert stats.pin_verifies == 0 and stats.code_b_verifies == 1
window.reset(); app.processEvents()
services.stop(); hub.stop(); link.stop.set(); stack.close()
print(json.dumps({"to_items_ms": to_items * 1000, "read_ms": read * 1000,
                  "review_ms": review * 1000, "apdus": stats.apdus}))
"""
# persona, its printed items (era, 年月日, expiry year, security code), its furigana
CODE_B_PERSONAS = (("kato_face_auth", "昭和 130615 2034 4821", "カトウ　トメ"),
                   ("yamada_taro", "昭和 600401 2035 1234", "ヤマダ　タロウ"))


def _runs(script: str, *args: str, times: int = 3) -> list[dict[str, float]]:
    runs = []
    for _ in range(times):
        out = subprocess.run([sys.executable, "-c", script, str(ROOT), *args],
                             capture_output=True, text=True, check=False, env={**os.environ})
        if out.returncode != 0:
            raise SystemExit(f"benchmark visit failed:\n{out.stderr[-3000:]}")
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs


def code_b_visit() -> None:
    for persona, printed, furigana in CODE_B_PERSONAS:
        runs = _runs(CODE_B_VISIT, persona, printed, furigana)
        items, read, review = (statistics.median(r[key] for r in runs)
                               for key in ("to_items_ms", "read_ms", "review_ms"))
        print(f"code B visit, {persona}: card on the reader -> printed-items page median "
              f"{items:.0f} ms; items entered -> prefilled confirm {read:.0f} ms; items "
              f"entered -> review screen {review:.0f} ms; card on the reader -> review "
              f"(machine time, entry excluded) {items + review:.0f} ms; "
              f"{runs[-1]['apdus']:.0f} APDUs answered by the card over the visit "
              "(status queries included)")


def main() -> None:
    runs = _runs(VISIT)
    ready = statistics.median(r["ready_ms"] for r in runs)
    review = statistics.median(r["review_ms"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    print(f"cold start to the ready screen: median {ready:.0f} ms (target <= 1500 ms)")
    print(f"PIN entered to the prefilled review screen (card read over pcscd + vpcd, the "
          f"answers given programmatically): median {review:.0f} ms (target <= 300 ms)")
    print(f"peak resident set size over a full visit: {rss:.0f} MB (target <= 300 MB)")
    code_b_visit()


if __name__ == "__main__":
    main()
