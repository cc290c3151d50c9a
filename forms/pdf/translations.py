"""The Qt translation sources (.ts) read without Qt, for what the kiosk prints.

The screens use Qt's QTranslator with the compiled .qm files; the PDFs (案内票, queue ticket)
are rendered by plain-Python code that must not import Qt, so it reads the same .ts sources
(shipped beside the .qm files in assets/translations). One source of truth for a translator:
a string translated for the screen is translated on paper too.

Japanese is the source language: ``"ja"`` has no file and every text is returned as it is.
An unfinished or missing translation falls back to the Japanese source, as Qt does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from functools import cache
from importlib import resources

SOURCE_LANGUAGE = "ja"
LANGUAGES = ("ja", "ja_easy", "en", "zh_CN", "ko", "vi", "pt")

Translate = Callable[[str, str], str]  # (context, source) -> text


class UnknownLanguageError(ValueError):
    """A language code the kiosk has no translation for."""


@cache
def _table(language: str) -> dict[tuple[str, str], str]:
    if language not in LANGUAGES:
        raise UnknownLanguageError(
            f"対応していない言語です: {language} / unsupported language: {language} "
            f"({', '.join(LANGUAGES)})")
    if language == SOURCE_LANGUAGE:
        return {}
    ts = resources.files("assets").joinpath("translations", f"kiosk_{language}.ts")
    # The .ts files are the kiosk's own shipped assets (or a municipality's reviewed copy),
    # not input from outside, so the standard library parser is adequate.
    root = ElementTree.fromstring(ts.read_bytes())  # noqa: S314
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


def translator(language: str) -> Translate:
    """A function (context, Japanese source) -> the text in ``language``."""
    table = _table(language)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate


def missing(language: str, context: str, sources: list[str]) -> list[str]:
    """The sources of ``context`` that ``language`` has no finished translation for."""
    table = _table(language)
    if language == SOURCE_LANGUAGE:
        return []
    return [s for s in sources if (context, s) not in table]
