"""The received submissions, decrypted, for the 標準準拠システム (``core-*``).

- ``GET /v1/submissions?after=ID&limit=N`` → ``{"submissions": [...], "next_after": ID}``
  (at most 5000 a page;
  ``after`` >= 0 and ``limit`` >= 1, else 400);
- ``GET /v1/submissions.csv`` → all of them, one row each (also ``kiosk backoffice export``);
  a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.schemas import PageQuery, reason_of
from kiosk.backoffice.store import BackofficeStore

CSV_FIXED = ["id", "idem_key", "kiosk_id", "visit_id", "procedure", "channel", "form_sha256",
             "created_at", "received_at", "my_number"]
MAX_PAGE = 5000
# A cell starting with one of these is a formula to Excel and LibreOffice (=HYPERLINK(...),
# +cmd|...); a leading apostrophe makes the spreadsheet show it as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def submission_routes(store: BackofficeStore) -> list[Route]:
    @requires(Role.CORE)
    async def list_submissions(request: Request, _caller: str) -> Response:
        try:
            page = PageQuery.model_validate(dict(request.query_params))
        except ValidationError as error:
            return JSONResponse({"error": f"after and limit must be integers: "
                                          f"{reason_of(error)}"}, 400)
        rows = await run_in_threadpool(store.submissions, page.after, min(page.limit, MAX_PAGE))
        return JSONResponse({"submissions": rows,
                             "next_after": rows[-1]["id"] if rows else page.after})

    @requires(Role.CORE)
    async def submissions_csv(_request: Request, _caller: str) -> Response:
        rows = await run_in_threadpool(store.submissions)
        return Response(submissions_to_csv(rows), media_type="text/csv; charset=utf-8")

    return [Route("/v1/submissions", list_submissions),
            Route("/v1/submissions.csv", submissions_csv)]


def submissions_to_csv(rows: list[dict[str, Any]]) -> str:
    """One row per submission; the personal fields become ``field:NAME`` columns."""
    names = sorted({name for row in rows for name in row["fields"]})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIXED + [f"field:{name}" for name in names])
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in CSV_FIXED]
                        + [_cell(row["fields"].get(name)) for name in names])
    return out.getvalue()


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text
