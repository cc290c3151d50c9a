"""A regression guard for the Qt binding: sending signals to Python slots must not release
references it does not own. PySide6 6.12.0 did (True/False/None), and the kiosk, which sends
thousands of signals a day, would abort."""

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Sender(QObject):
    bare = Signal()
    carrying = Signal(object)
def nothing(): return None
def truth(value): return True
sender = Sender(); sender.bare.connect(nothing); sender.carrying.connect(truth)
before = [sys.getrefcount(x) for x in (True, False, None)]
for _ in range(3000):
    sender.bare.emit(); sender.carrying.emit(False)
after = [sys.getrefcount(x) for x in (True, False, None)]
print(before == after)
"""


def test_signals_to_python_slots_keep_reference_counts():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "True"
