"""Realistic demo visits for trials and load tests (``kiosk outbox fill-demo``).

Names and addresses are invented; 個人番号 are random 11 digits plus a valid check digit.
Each visit gets a ticket, a call, and a start/end per procedure, plus one submission per
procedure, so the outbox and the metrics look like a real counter day.
"""

from __future__ import annotations

import hashlib
import random
import time
import uuid
from collections.abc import Iterator

from devices.card.sensitive import MyNumber, my_number_check_digit
from kiosk.store.records import Submission, VisitEvent

SURNAMES = ("山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤")
GIVEN = ("太郎", "花子", "一郎", "美咲", "翔", "陽菜", "健太", "結衣", "大輔", "さくら")
TOWNS = ("東京都千代田区霞が関一丁目", "大阪府大阪市北区中之島一丁目",
         "宮城県仙台市青葉区国分町三丁目", "福岡県福岡市中央区天神一丁目",
         "北海道札幌市中央区北一条西二丁目")
# procedure -> whether it legally needs the 個人番号
PROCEDURES = {"転入届": True, "住民票の写し交付請求": False, "印鑑登録申請": False,
              "児童手当認定請求": True, "国民健康保険資格取得届": True, "罹災証明書交付申請": False}
CHANNELS = ("counter", "self", "remote")


def random_my_number(rng: random.Random) -> MyNumber:
    first = "".join(rng.choice("0123456789") for _ in range(11))
    return MyNumber(first + str(my_number_check_digit(first)))


def demo_visit(rng: random.Random, start: float) -> tuple[list[Submission], list[VisitEvent]]:
    visit_id = uuid.uuid4().hex[:16]
    channel = rng.choice(CHANNELS)
    procedures = rng.sample(sorted(PROCEDURES), k=rng.randint(1, 3))
    name = rng.choice(SURNAMES) + " " + rng.choice(GIVEN)
    address = f"{rng.choice(TOWNS)}{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    born = f"{rng.randint(1940, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    fields = {"氏名": name, "住所": address, "生年月日": born, "性別": rng.choice(("男", "女"))}
    at = start
    events = [VisitEvent(visit_id, "ticket_issued", at, channel)]
    at += rng.uniform(60, 1200)
    events.append(VisitEvent(visit_id, "called", at, channel))
    submissions = []
    for procedure in procedures:
        events.append(VisitEvent(visit_id, "service_start", at, channel, procedure))
        at += rng.uniform(120, 900)
        events.append(VisitEvent(visit_id, "service_end", at, channel, procedure))
        form = f"{procedure}|{name}|{at}".encode()
        submissions.append(Submission(
            visit_id, procedure, fields, hashlib.sha256(form).hexdigest(), channel,
            random_my_number(rng) if PROCEDURES[procedure] else None))
    return submissions, events


DEMO_HOURS = 8  # the demo's visits fill the last eight hours


def demo_submissions(count: int, seed: int | None = None) -> Iterator[Submission | VisitEvent]:
    """Visits in time order until ``count`` submissions were produced (events interleaved)."""
    rng = random.Random(seed)  # noqa: S311 (demo data, not secrets)
    produced = 0
    opening = time.time() - DEMO_HOURS * 3600
    clock = opening
    while produced < count:
        submissions, events = demo_visit(rng, clock)
        clock += rng.uniform(30, 300)
        if clock > opening + DEMO_HOURS * 3600:
            # A long demo replays the same hours rather than run into the future: the back
            # office refuses records stamped more than a day ahead of its clock.
            clock = opening
        yield from events[:2]
        for submission, (start, end) in zip(submissions, _pairs(events[2:]), strict=True):
            if produced == count:
                return
            yield start
            yield submission
            yield end
            produced += 1


def _pairs(events: list[VisitEvent]) -> Iterator[tuple[VisitEvent, VisitEvent]]:
    for index in range(0, len(events), 2):
        yield events[index], events[index + 1]
