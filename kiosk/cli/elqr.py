"""``kiosk elqr check``: judge an eL-QR payload's structure."""

from __future__ import annotations

import datetime as dt
import json

import click

from kiosk.cli.errors import Exit, fail
from kiosk.payments import elqr as elqr_codec


@click.group(name="elqr")
def elqr() -> None:
    """eL-QR(地方税統一QRコード)/ the unified local-tax QR code."""


@elqr.command()
@click.argument("digits")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Judge 支払期限 as of this day (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def check(digits: str, today: dt.datetime | None, as_json: bool) -> None:
    """Validate the 255 digits and show their fields; exit 2 naming the failed rule.

    Whether the slip is past its 支払期限 is a field of the output, not an error."""
    try:
        fields = elqr_codec.parse(digits.strip())
    except elqr_codec.ElqrError as error:
        if as_json:
            click.echo(json.dumps({"valid": False, "rule": error.rule, "detail": error.detail}))
        fail(error.one_line(), Exit.USAGE)
    day = today.date() if today else dt.date.today()
    payload = {"valid": True, **fields.to_json(day)}
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    labels = (("amount", "金額 / amount"), ("due_date", "納期限 / due date"),
              ("payment_deadline", "支払期限 / payment deadline"),
              ("el_number_grouped", "eL番号 / eL number"),
              ("past_payment_deadline", "支払期限切れ / past payment deadline"))
    for key, label in labels:
        click.echo(f"{label}: {payload[key]}")
