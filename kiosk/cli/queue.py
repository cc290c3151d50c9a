"""``kiosk queue board``: the building's shared queue as this kiosk's back office sees it."""

from __future__ import annotations

import json
from typing import Any

import click

from kiosk.cli.common import settings_or_fail
from kiosk.cli.errors import Exit, fail


@click.group()
def queue() -> None:
    """共有の順番待ち / the building's shared queue (needs [backoffice] in kiosk.toml)."""


@queue.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def board(as_json: bool) -> None:
    """Today's waiting and called tickets (numbers, counters, procedure ids; no personal data)."""
    from kiosk.queue.client import QueueClient, QueueOffline, QueueRefused

    settings = settings_or_fail()
    if settings.backoffice is None:
        fail("バックオフィスが設定されていません (kiosk init) / no [backoffice] configured "
             "(run kiosk init)", Exit.USAGE)
    try:
        client = QueueClient(settings.backoffice)
    except OSError as error:
        fail(f"証明書を読み込めません / cannot load the certificates: {error}", Exit.USAGE)
    try:
        answer = client.board()
    except (QueueOffline, QueueRefused) as error:
        fail(str(error), Exit.FAILURE)
    finally:
        client.close()
    click.echo(json.dumps(answer, ensure_ascii=False) if as_json else _text(answer))


def _text(answer: dict[str, Any]) -> str:
    lines = [f"{answer.get('day', '')}  お待ちの方 / waiting: {answer.get('waiting', 0)}"]
    for ticket in answer.get("tickets", []):
        lines.append(f"{ticket['label']:>10}  {ticket['state']:<8} {ticket['counter'] or '-'}"
                     f"  {ticket['channel']}  {','.join(ticket['procedures']) or '-'}")
    return "\n".join(lines)
