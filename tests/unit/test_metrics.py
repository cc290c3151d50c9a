from datetime import datetime

from kiosk.metrics import TOKYO, aggregate


def at(hour, minute, second=0):
    return datetime(2026, 11, 23, hour, minute, second, tzinfo=TOKYO).timestamp()


def visit(visit_id, channel, issued, called, services):
    events = [{"visit_id": visit_id, "event": "ticket_issued", "at": issued, "channel": channel},
              {"visit_id": visit_id, "event": "called", "at": called, "channel": channel}]
    for procedure, start, end in services:
        events.append({"visit_id": visit_id, "event": "service_start", "at": start,
                       "channel": channel, "procedure": procedure})
        events.append({"visit_id": visit_id, "event": "service_end", "at": end,
                       "channel": channel, "procedure": procedure})
    return events


def test_counts_processing_and_waiting_per_procedure_hour_and_channel():
    events = (
        visit("a", "counter", at(9, 0), at(9, 10),
              [("転入届", at(9, 10), at(9, 25)), ("児童手当認定請求", at(9, 25), at(9, 30))])
        + visit("b", "counter", at(9, 5), at(9, 35), [("転入届", at(9, 35), at(9, 40))])
        + visit("c", "self", at(10, 0), at(10, 1), [("転入届", at(10, 1), at(10, 4))])
    )
    rows = {(r.period[11:13], r.procedure, r.channel): r for r in aggregate(events)}
    tennyu = rows[("09", "転入届", "counter")]
    assert tennyu.count == 2
    assert tennyu.processing_mean_s == (15 * 60 + 5 * 60) / 2
    assert tennyu.waiting_mean_s == (10 * 60 + 30 * 60) / 2 and tennyu.waiting_max_s == 1800
    assert rows[("09", "児童手当認定請求", "counter")].count == 1
    assert rows[("10", "転入届", "self")].processing_median_s == 180
    assert rows[("10", "転入届", "self")].period == "2026-11-23T10:00+0900"


def test_daily_periods_and_unfinished_services():
    events = visit("a", "remote", at(9, 0), at(9, 1), [("転入届", at(9, 1), at(9, 2))])
    events.append({"visit_id": "a", "event": "service_start", "at": at(9, 3),
                   "channel": "remote", "procedure": "印鑑登録申請"})  # never ended
    rows = aggregate(events, "day")
    assert [(r.period, r.procedure, r.count) for r in rows] == [("2026-11-23", "転入届", 1)]


def test_walk_up_without_ticket_has_no_waiting_time():
    events = [{"visit_id": "w", "event": "service_start", "at": 100.0, "channel": "counter",
               "procedure": "転入届"},
              {"visit_id": "w", "event": "service_end", "at": 160.0, "channel": "counter",
               "procedure": "転入届"}]
    [row] = aggregate(events)
    assert row.waiting_mean_s is None and row.processing_mean_s == 60
