import copy
import datetime as dt
from typing import Any

from forms.loader import load_catalogue
from forms.session import Session, card_from_json, collect_answers

TODAY = dt.date(2026, 11, 23)
CATALOGUE = load_catalogue()
LONG_ADDRESS = ("北海道虻田郡倶知安町字山田１２３番地の４５　ニセコアンヌプリ・リゾート"
                "レジデンス東棟第二ウイング１２０３号室　"
                "（株式会社北海道リゾート開発管理事務所気付）　高橋方")


def card(**changes: Any) -> dict[str, Any]:
    base = {"name": "山田　太郎", "address": "東京都みらい市本町１－２－３",
            "birth_date": "1985-04-01", "sex": "male"}
    return {**base, **changes}


def examples(life_event: str, **changes: Any) -> dict[str, Any]:
    answers = copy.deepcopy(CATALOGUE.example_answers(life_event, TODAY))
    return {**answers, **changes}


def session(life_event: str, card_data: dict[str, Any] | None = None, **answers: Any) -> Session:
    built, problems = collect_answers(CATALOGUE, life_event, card_from_json(card_data or card()),
                                      examples(life_event, **answers), TODAY)
    assert problems == [], [p.one_line() for p in problems]
    return built
