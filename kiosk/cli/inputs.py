"""Loading the CLI's input files: one clear line per problem, exit 2, nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Any

import click

from devices.jsonfile import JsonFileError, read_json_file
from forms.loader import CatalogueError, load_catalogue
from forms.model import Catalogue
from forms.session import CardFacts, Session, card_from_json, collect_answers
from kiosk.cli.errors import Exit, fail


def catalogue() -> Catalogue:
    """The shipped catalogue, or the folder named by KIOSK_CATALOGUE (a municipality's own)."""
    folder = os.environ.get("KIOSK_CATALOGUE")
    try:
        if folder:
            return load_catalogue(Path(folder))
        return load_catalogue()
    except CatalogueError as error:
        fail(f"手続きカタログが正しくありません / broken catalogue: {error}", Exit.USAGE)


def life_event_of(cat: Catalogue, life_event: str) -> str:
    if life_event not in cat.life_events:
        known = ", ".join(cat.life_events)
        fail(f"ライフイベント {life_event!r} はありません / unknown life event {life_event!r} "
             f"(known: {known})", Exit.USAGE)
    return life_event


def read_json(path: str, what: str) -> Any:
    """The JSON in ``path`` under the size, depth and number rules of devices.jsonfile."""
    try:
        return read_json_file(Path(path))
    except JsonFileError as error:
        if error.rule == "unreadable":
            fail(f"{what} を読めません / cannot read {what} {path}: {error.detail}", Exit.USAGE)
        if error.rule == "not_json":
            fail(f"{what} がJSONではありません / {what} {path} is not JSON", Exit.USAGE)
        fail(f"{what} を受け付けません / refused {what} {error.one_line()}", Exit.USAGE)


# A 1-bit PNG of a name is a few KB; anything far larger is not the card's name image.
NAME_IMAGE_MAX_BYTES = 256 * 1024


def _with_name_image(card: CardFacts, face_files: object) -> CardFacts:
    """The card-face name image that `kiosk card read --face DIR` wrote (``face_files.name``),
    so a form prints the name as registered where no font has one of its characters."""
    if face_files is None:
        return card
    path = face_files.get("name") if isinstance(face_files, dict) else None
    if not isinstance(path, str) or not path:
        fail("CARD.json の face_files.name がありません / CARD.json face_files.name is missing",
             Exit.USAGE)
    try:
        with open(path, "rb") as image:
            png = image.read(NAME_IMAGE_MAX_BYTES + 1)
    except OSError as error:
        fail(f"氏名の画像を読めません / cannot read the name image: {error.strerror}", Exit.USAGE)
    if len(png) > NAME_IMAGE_MAX_BYTES:
        fail("氏名の画像が大きすぎます / the name image is too large", Exit.USAGE)
    return dataclasses.replace(card, name_image=png)


def session_from_files(cat: Catalogue, life_event: str, card_path: str,
                       answers_path: str) -> Session:
    card_raw = read_json(card_path, "CARD.json")
    answers = read_json(answers_path, "ANSWERS.json")
    if not isinstance(card_raw, dict):
        fail("CARD.json はオブジェクトではありません / CARD.json is not an object", Exit.USAGE)
    if not isinstance(answers, dict):
        fail("ANSWERS.json はオブジェクトではありません / ANSWERS.json is not an object",
             Exit.USAGE)
    try:
        card = card_from_json(card_raw)
    except ValueError as error:
        fail(f"カード情報が正しくありません / invalid card data: {error}", Exit.USAGE)
    card = _with_name_image(card, card_raw.get("face_files"))
    session, problems = collect_answers(cat, life_event, card, answers, dt.date.today())
    if problems:
        for problem in problems:
            click.echo(f"kiosk: {problem.one_line()}", err=True)
        raise SystemExit(Exit.USAGE)
    return session
