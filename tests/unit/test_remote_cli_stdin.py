"""``kiosk remote branch|counter`` read JSON commands from standard input: a hostile line
(deep nesting, NaN, a lone surrogate, not an object, megabytes long) is one ``input_error``
event on standard output, never a traceback, and the command goes on reading."""

import io
import json
import queue

import pytest

from devices.jsonfile import MAX_JSON_BYTES
from kiosk.cli import remote


class Client:
    def __init__(self) -> None:
        self.edits: list[tuple[str, object]] = []

    def edit(self, field: str, value: object) -> None:
        self.edits.append((field, value))


def events(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(("line", "reason"), [
    ("[" * 100_000, "nested deeper"),
    ('{"edit": "x", "value": NaN}', "NaN"),
    ('{"edit": "x", "value": 1e999}', "NaN"),
    ('{"edit": "x", "value": "\\ud800"}', "lone surrogate"),
    ('{"edit": ', "not JSON"),
    ("[1, 2]", "a command is a JSON object"),
    ('"edit"', "a command is a JSON object"),
    ("x" * (MAX_JSON_BYTES + 1), "larger than"),
])
def test_a_hostile_line_is_one_input_error(capsys, line, reason):
    client = Client()
    remote._command(client, line)
    [event] = events(capsys)
    assert event["event"] == "input_error" and reason in event["reason"]
    assert "\n" not in event["reason"] and len(event["reason"]) < 300
    assert client.edits == []
    remote._command(client, '{"edit": "life_event", "value": "birth"}')  # still listening
    assert client.edits == [("life_event", "birth")]


def test_an_endless_line_is_cut_and_the_next_line_still_read(monkeypatch):
    endless = "x" * (3 * MAX_JSON_BYTES) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(endless + '{"edit": "a", "value": 1}\n'))
    lines: queue.Queue[str | None] = queue.Queue()
    remote._read_lines(lines)
    first, second, end = lines.get(), lines.get(), lines.get()
    assert len(first) == MAX_JSON_BYTES + 1  # cut one past the cap, refused as too large
    assert second == '{"edit": "a", "value": 1}\n' and end is None
