"""``kiosk forms …``, ``kiosk navigate`` and ``kiosk print``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from devices.fileutil import write_atomically
from devices.printing.port import PrintError
from forms.examples import VARIANT_ONLY, VARIANTS, load_variant
from forms.navigator import Decision, decide, not_offered
from forms.pdf.bundle import render_bundle, render_form
from forms.pdf.fonts import FontMissingError
from forms.pdf.translations import LANGUAGES
from kiosk.cli.errors import Exit, fail
from kiosk.cli.inputs import catalogue, life_event_of, session_from_files
from kiosk.hardware import choose_printer
from kiosk.settings import ConfigError, load_settings


@click.group("forms")
def forms_group() -> None:
    """手続きカタログと申請書 / the procedure catalogue and the forms."""


@forms_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_forms(as_json: bool) -> None:
    """Life events and procedures."""
    cat = catalogue()
    payload: dict[str, Any] = {
        "municipality": cat.municipality.address_prefix,
        "life_events": [{"id": e.id, "name": e.name, "name_en": e.name_en,
                         "procedures": [p.id for p in cat.procedures_for(e.id)]}
                        for e in cat.life_events.values()],
        "procedures": [{"id": p.id, "name": p.name, "division": p.division,
                        "counter": p.counter, "life_events": list(p.life_events),
                        "needs_my_number": p.needs_my_number, "signature": p.signature,
                        "fee": p.fee, "bring": list(p.bring)} for p in cat.procedures.values()],
    }
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for event in payload["life_events"]:
        click.echo(f"{event['id']}: {event['name']} ({len(event['procedures'])})")


@forms_group.command("example-answers")
@click.argument("life_event")
@click.option("--variant", type=click.Choice(VARIANTS), default=None,
              help="foreign: 国外からの転入 of a foreign resident (moving_in).")
@click.option("--card", "card_only", is_flag=True,
              help="With --variant: print the variant's CARD.json instead (the 在留カード data).")
def example_answers(life_event: str, variant: str | None, card_only: bool) -> None:
    """A complete example answers file for LIFE_EVENT."""
    cat = catalogue()
    event = cat.life_events[life_event_of(cat, life_event)]
    ask = [qid for qid in event.questions if cat.questions[qid].ask_if is None]
    examples = cat.example_answers(event.id, dt.date.today())  # defaults shown too: explicit
    if variant is None:
        if card_only:
            fail("--card は --variant と使います / --card needs --variant", Exit.USAGE)
        examples = {k: v for k, v in examples.items() if k in ask or k not in VARIANT_ONLY}
        click.echo(json.dumps(examples, ensure_ascii=False, indent=2))
        return
    example = load_variant(variant)
    if example["life_event"] != event.id:
        fail(f"--variant {variant} は {example['life_event']} の例です / --variant {variant} "
             f"is an example of {example['life_event']}", Exit.USAGE)
    if card_only:
        click.echo(json.dumps(example["card"], ensure_ascii=False, indent=2))
        return
    examples = {k: v for k, v in examples.items() if k not in VARIANT_ONLY}
    examples.update(example["answers"])
    click.echo(json.dumps(examples, ensure_ascii=False, indent=2))


@click.command()
@click.option("--life-event", required=True)
@click.option("--card", "card_path", required=True, metavar="CARD.json")
@click.option("--answers", "answers_path", required=True, metavar="ANSWERS.json")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def navigate(life_event: str, card_path: str, answers_path: str, as_json: bool) -> None:
    """手続きナビ: the procedures this visit needs, each with its reasons."""
    cat = catalogue()
    session = session_from_files(cat, life_event_of(cat, life_event), card_path, answers_path)
    decisions = decide(session)
    refused = not_offered(session)
    payload = {"life_event": life_event, "procedures": [_decision(d) for d in decisions],
               "total_fee": sum(d.fee for d in decisions),
               "needs_my_number": any(d.procedure.needs_my_number for d in decisions),
               "not_offered": [{"id": p.id, "name": p.name, "reason": why}
                               for p, why in refused]}
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for number, decision in enumerate(decisions, start=1):
        click.echo(f"{number}. {decision.procedure.name}（{decision.procedure.division} "
                   f"{decision.procedure.counter}）: {'；'.join(decision.reasons)}")
    for procedure, why in refused:
        click.echo(f"×. {procedure.name}: {why}")


@forms_group.command("render")
@click.option("--life-event", required=True)
@click.option("--card", "card_path", required=True, metavar="CARD.json")
@click.option("--answers", "answers_path", required=True, metavar="ANSWERS.json")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The bundle: 案内票 + every form.")
@click.option("--forms-dir", type=click.Path(file_okay=False), default=None,
              help="Also write one PDF per form into this folder.")
@click.option("--language", default="ja", show_default=True,
              type=click.Choice(LANGUAGES),
              help="The resident's language of the 案内票 (the forms stay Japanese).")
def render(life_event: str, card_path: str, answers_path: str, output: str,
           forms_dir: str | None, language: str) -> None:
    """Render the whole bundle to one PDF (and, with --forms-dir, one PDF per form)."""
    cat = catalogue()
    session = session_from_files(cat, life_event_of(cat, life_event), card_path, answers_path)
    decisions = decide(session)
    try:
        result = render_bundle(session, decisions, language)
    except FontMissingError as error:
        fail(str(error), Exit.FAILURE)
    singles = {d.procedure.id: render_form(session, d).pdf for d in decisions} if forms_dir else {}
    write_atomically(Path(output), result.pdf)
    for procedure_id, pdf in singles.items():
        write_atomically(Path(forms_dir or ".") / f"{procedure_id}.pdf", pdf)
    for procedure_id, fields in result.missing_glyphs.items():
        chars = "".join(dict.fromkeys(c for chars in fields.values() for c in chars))
        click.echo(f"kiosk: 注意 {procedure_id}: 印字できない文字 {chars} を〓で印刷しました / "
                   f"note: {procedure_id}: printed {chars} as 〓 (no glyph)", err=True)
    for procedure_id in result.approximated:
        click.echo(f"kiosk: 注意 {procedure_id}: 異体字（IVS）を通常の字形で印刷しました / "
                   f"note: {procedure_id}: printed a variation sequence with its base glyph",
                   err=True)
    click.echo(f"{output}: {len(decisions)} forms, {len(result.pdf) // 1024} KB", err=True)


@click.command("print")
@click.argument("pdf", type=click.Path(dir_okay=False))
@click.option("--printer", "queue", default=None, help="CUPS queue name.")
def print_pdf(pdf: str, queue: str | None) -> None:
    """Print FILE.pdf (CUPS; in demo mode without --printer, to the demo print folder)."""
    path = Path(pdf)
    try:
        is_pdf = path.read_bytes()[:5] == b"%PDF-"
    except OSError as exc:
        fail(f"ファイルを読めません / cannot read {pdf}: {exc.strerror}", Exit.USAGE)
    if not is_pdf:
        fail(f"PDFではありません / {pdf} is not a PDF", Exit.USAGE)
    try:
        settings = load_settings()
        printer = choose_printer(queue, demo=settings.demo, home=settings.home)
        job = printer.print_pdf(path, path.stem)
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)
    except PrintError as error:
        fail(str(error), Exit.FAILURE)
    click.echo(f"{job.printer}: {job.job_id} {job.location}".rstrip())


def _decision(decision: Decision) -> dict[str, Any]:
    proc = decision.procedure
    return {"id": proc.id, "name": proc.name, "division": proc.division,
            "counter": proc.counter, "reasons": list(decision.reasons),
            "needs_my_number": proc.needs_my_number, "fee": decision.fee,
            "bring": list(decision.bring), "notes": list(decision.notes),
            "always": decision.always}


