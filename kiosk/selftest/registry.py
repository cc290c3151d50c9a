"""``kiosk --self-test``: the checks a freshly installed or packaged kiosk runs before use.

It runs offscreen with the simulated devices and a throw-away home folder, prints one line
per check (``ok``, ``skip`` with the reason, or ``FAIL`` with one line saying what broke) and
returns 0 only when nothing failed.

Checks register themselves with :func:`check` in the modules the entry point names
(``SELF_TEST_MODULES`` in kiosk/cli/main.py, the one place allowed to name ``ui``): a later
feature adds its checks by writing a module with ``@check(...)`` functions and adding its name
there; build.spec bundles every submodule of the application packages, so nothing else changes.

A check function gets the :class:`Context`, returns a short detail line when it passes,
raises :class:`Skipped` when it cannot run on this machine (e.g. no private PC/SC stack
without root), and raises anything else to fail. Core checks stay plain Python: the Qt check
lives in ``ui/`` and is imported only at run time, by name.
"""

from __future__ import annotations

import enum
import importlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO


class Skipped(Exception):  # noqa: N818 (an outcome, not an error)
    """Raised by a check that cannot run here; the message is the reason."""


class Status(enum.Enum):
    OK = "ok"
    SKIP = "skip"
    FAIL = "FAIL"


@dataclass
class Context:
    """What the checks share: a private folder, and files earlier checks produced."""

    workdir: Path
    files: dict[str, Path] = field(default_factory=dict)


CheckFunction = Callable[[Context], str]


@dataclass(frozen=True)
class Check:
    name: str
    run: CheckFunction

    @property
    def module(self) -> str:
        return self.run.__module__


@dataclass(frozen=True)
class Outcome:
    name: str
    status: Status
    detail: str


_registry: list[Check] = []


def check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the self-test check ``name`` (in import order)."""

    def register(function: CheckFunction) -> CheckFunction:
        if any(existing.name == name for existing in _registry):
            raise ValueError(f"self-test check {name!r} is registered twice")
        _registry.append(Check(name, function))
        return function

    return register


def load_checks(modules: tuple[str, ...]) -> tuple[list[Check], list[Outcome]]:
    """The checks of ``modules`` in order, and a failure for each module that does not import."""
    broken = []
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception as exc:  # a library missing from the bundle shows up here
            broken.append(Outcome(f"import {module}", Status.FAIL, one_line(exc)))
    checks = [item for module in modules for item in _registry if item.module == module]
    return checks, broken


def run_check(item: Check, context: Context) -> Outcome:
    try:
        detail = item.run(context)
    except Skipped as reason:
        return Outcome(item.name, Status.SKIP, str(reason))
    except Exception as exc:  # every failure is one line, never a traceback
        return Outcome(item.name, Status.FAIL, one_line(exc))
    return Outcome(item.name, Status.OK, detail)


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or "(no message)"
    return f"{type(exc).__name__}: {text}"


def run_self_test(out: TextIO, modules: tuple[str, ...]) -> int:
    """Run every check, print one line each and a summary; 0 if none failed, else 1."""
    from kiosk import __version__

    started = time.monotonic()
    print(f"kiosk {__version__} 自己診断 / self-test (offscreen, simulated devices)", file=out)
    with _offscreen(), _workdir() as workdir:
        checks, outcomes = load_checks(modules)
        for outcome in outcomes:
            _print(outcome, out)
        context = Context(workdir)
        for item in checks:
            outcome = run_check(item, context)
            outcomes.append(outcome)
            _print(outcome, out)
    counts = {status: sum(o.status is status for o in outcomes) for status in Status}
    print(f"self-test: {counts[Status.OK]} ok, {counts[Status.SKIP]} skipped, "
          f"{counts[Status.FAIL]} failed ({time.monotonic() - started:.1f} s)", file=out)
    return 1 if counts[Status.FAIL] else 0


def _print(outcome: Outcome, out: TextIO) -> None:
    print(f"{outcome.status.value:<4}  {outcome.name:<12}  {outcome.detail}", file=out,
          flush=True)


@contextmanager
def _offscreen() -> Iterator[None]:
    """Qt without a display, whatever DISPLAY says; the caller's environment is restored."""
    saved = {key: os.environ.get(key) for key in ("QT_QPA_PLATFORM", "KIOSK_HOME")}
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextmanager
def _workdir() -> Iterator[Path]:
    """A throw-away KIOSK_HOME: the self-test never touches the kiosk's real data."""
    workdir = Path(tempfile.mkdtemp(prefix="kiosk-selftest-"))
    os.environ["KIOSK_HOME"] = str(workdir / "home")
    try:
        yield workdir
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
