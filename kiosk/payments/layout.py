"""Per-municipality slip layout, shipped as TOML data (assets/slips/<code>.toml).

A municipality's own file in ``$KIOSK_HOME/slips/<code>.toml`` takes precedence over the
shipped one, so a site can apply what its 様式審査 approved without a new release.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

PAGE_WIDTH = 210.0  # A4, mm
PAGE_HEIGHT = 297.0
PART_KINDS = ("receipt", "payment_notice", "receipt_notice")
QR_MODULES = 41 + 2 * 4  # version 6 plus a 4-module quiet zone on each side
GS1_MODULES = 288 + 2 * 10  # GS1-128 with 44 digits plus 10-module quiet zones
MIN_QR_MODULE = 0.4
MAX_GS1_WIDTH = 60.0
MIN_GS1_HEIGHT = 10.0


class LayoutError(ValueError):
    def one_line(self) -> str:
        return f"納付書の様式設定が不正です / invalid slip layout: {self}"


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    treasurer: str
    bank: str
    contact: str


@dataclass(frozen=True)
class Placement:
    part: str
    x: float
    y: float
    module: float
    height: float = 0.0


@dataclass(frozen=True)
class SlipLayout:
    municipality: Municipality
    biller_code: str | None
    cut_line_y: float
    parts_bottom: float
    parts_top: float
    parts: tuple[str, ...]
    stamp_x: float
    stamp_y: float
    stamp_size: float
    elqr: Placement
    gs1: Placement

    @property
    def part_width(self) -> float:
        return PAGE_WIDTH / len(self.parts)

    def part_origin(self, kind: str) -> tuple[float, float]:
        return self.parts.index(kind) * self.part_width, self.parts_bottom

    @property
    def qr_size(self) -> float:
        """Side of the QR symbol including its quiet zone, mm."""
        return QR_MODULES * self.elqr.module

    @property
    def gs1_width(self) -> float:
        return GS1_MODULES * self.gs1.module


def for_printer(layout: SlipLayout, dpi: int) -> SlipLayout:
    """The layout with module widths snapped to the printer's dot grid, so every module is
    printed alike: QR modules round up to whole dots (never below the configured size);
    GS1-128 modules round down to whole dots (the 60 mm limit), see :func:`gs1_module_dots`."""
    dot = 25.4 / dpi
    qr_dots = math.ceil(layout.elqr.module / dot - 1e-6)
    return replace(layout,
                   elqr=replace(layout.elqr, module=qr_dots * dot),
                   gs1=replace(layout.gs1, module=gs1_module_dots(layout.gs1.module, dpi) * dot))


def gs1_module_dots(module: float, dpi: int) -> float:
    """GS1-128 module in printer dots: whole dots, rounded down, when that gives two or more.
    A one-dot module sits exactly at the Nyquist limit of a scan at the printer's own
    resolution (a raster half a dot off the bars sees uniform grey), so below two dots the
    module is the half-dot multiple nearest the configured one, at least 1.5 dots, that keeps
    the symbol within 60 mm (1.5 dots at 200 dpi: 308 modules = 58.7 mm); symbols.bar_edges
    puts every bar edge on a whole dot. Below about 196 dpi not even 1.5 dots fit, and the
    one-dot module is all there is."""
    dot = 25.4 / dpi
    whole = math.floor(module / dot + 1e-6)
    if whole >= 2:
        return float(whole)
    halves = max(3, round(2 * module / dot))
    while halves > 2 and GS1_MODULES * halves / 2 * dot > MAX_GS1_WIDTH:
        halves -= 1
    return halves / 2


def load_layout(municipality_code: str, home: Path | None = None) -> SlipLayout:
    name = f"{municipality_code}.toml"
    override = home / "slips" / name if home is not None else None
    try:
        if override is not None and override.exists():
            text = override.read_text(encoding="utf-8")
        else:
            shipped = resources.files("assets") / "slips" / name
            if not shipped.is_file():
                raise LayoutError(f"no layout for municipality {municipality_code} "
                                  f"(assets/slips/{name})")
            text = shipped.read_text(encoding="utf-8")
        return layout_from_toml(tomllib.loads(text))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LayoutError(f"{name}: {error}") from None


def layout_from_toml(raw: dict[str, Any]) -> SlipLayout:
    try:
        town, page, stamp = raw["municipality"], raw["page"], raw["stamp"]
        layout = SlipLayout(
            municipality=Municipality(**{k: str(town[k]) for k in
                                         ("code", "name", "treasurer", "bank", "contact")}),
            biller_code=raw.get("gs1", {}).get("biller_code"),
            cut_line_y=float(page["cut_line_y"]),
            parts_bottom=float(page["parts_bottom"]),
            parts_top=float(page["parts_top"]),
            parts=tuple(page["parts"]),
            stamp_x=float(stamp["x"]), stamp_y=float(stamp["y"]),
            stamp_size=float(stamp["size"]),
            elqr=_placement(raw["elqr"]),
            gs1=_placement(raw["gs1_barcode"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise LayoutError(f"missing or malformed key {error}") from None
    _validate(layout)
    return layout


def _placement(raw: dict[str, Any]) -> Placement:
    return Placement(part=str(raw["part"]), x=float(raw["x"]), y=float(raw["y"]),
                     module=float(raw["module"]), height=float(raw.get("height", 0.0)))


def _validate(layout: SlipLayout) -> None:
    if sorted(layout.parts) != sorted(PART_KINDS):
        raise LayoutError(f"page.parts must list each of {', '.join(PART_KINDS)} once")
    for placement in (layout.elqr, layout.gs1):
        if placement.part not in PART_KINDS:
            raise LayoutError(f"unknown part {placement.part!r}")
    if layout.elqr.module < MIN_QR_MODULE:
        raise LayoutError(f"elqr.module {layout.elqr.module} mm is below {MIN_QR_MODULE} mm")
    if layout.gs1_width > MAX_GS1_WIDTH:
        raise LayoutError(f"the GS1-128 symbol would be {layout.gs1_width:.1f} mm wide "
                          f"(limit {MAX_GS1_WIDTH} mm including quiet zones)")
    if layout.gs1.height < MIN_GS1_HEIGHT:
        raise LayoutError(f"gs1_barcode.height {layout.gs1.height} mm is below "
                          f"{MIN_GS1_HEIGHT} mm")
    if layout.elqr.x + layout.qr_size > layout.part_width:
        raise LayoutError("the eL-QR does not fit inside its part")
    if layout.gs1.x + layout.gs1_width > layout.part_width:
        raise LayoutError("the GS1-128 barcode does not fit inside its part")
    if layout.biller_code is not None and (len(layout.biller_code) != 6
                                           or not layout.biller_code.isdigit()):
        raise LayoutError("gs1.biller_code must be 6 digits")
