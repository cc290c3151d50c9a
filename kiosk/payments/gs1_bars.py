"""GS1-128 bars on a printer's dot grid.

The pattern comes from reportlab's Code 128 encoding with a leading FNC1 (Start C, FNC1, 22
digit pairs, check character, stop). Every edge is put on a whole printer dot. With a whole
number of dots per module that is exact; with 1.5 dots (a 200 dpi printer, layout.
gs1_module_dots) every other module edge falls half-way between two dots and must go to one
side or the other.

Which side matters. Decoders (the ISO/IEC 15417 reference algorithm, zbar, zxing-cpp) measure
each character by its four edge-to-similar-edge distances (bar+space, space+bar) relative to
the character's width, and round them to whole modules. A character is 11 modules = 16.5 dots
but prints 16 or 17 dots wide, so rounding every half-dot edge the same way misreads 38 of
the 212 (character, phase) cases even on a perfect raster. Choosing each edge's side by
dynamic programming over the characters, to maximise the smallest rounding margin of any
distance in the symbol (then the sum of the characters' margins), decodes every case on a
perfect raster (smallest margin about 0.09 module) and leaves as much as possible for blur
and noise.
"""

from __future__ import annotations

import itertools
import math

from reportlab.graphics.barcode.code128 import Code128

CHARACTER_ELEMENTS = 6  # bars and spaces per character; the stop has a seventh, a 2-module bar
CHARACTER_MODULES = 11


def gs1_elements(digits: str) -> list[int]:
    """Widths in modules of the bars and spaces, alternately, first bar to last bar.
    reportlab's pattern string has upper case for bars, lower case for spaces, A/a = 1."""
    barcode = Code128("\xf1" + digits)
    barcode.validate()
    barcode.encode()
    barcode.decompose()
    return [ord(element.lower()) - ord("a") + 1 for element in barcode.decomposed]


def bar_edges(elements: list[int], module_dots: float, first_dot: int) -> list[tuple[int, int]]:
    """(first dot, end dot) of every bar, the first bar starting at ``first_dot``;
    ``module_dots`` must be a whole or half number of dots."""
    edges = dot_edges(elements, module_dots)
    return [(first_dot + edges[i], first_dot + edges[i + 1]) for i in range(0, len(edges) - 1, 2)]


def dot_edges(elements: list[int], module_dots: float) -> list[int]:
    """Position in dots of every element edge, the first at 0."""
    module_dots = float(module_dots)
    if not (2 * module_dots).is_integer() or module_dots < 1:
        raise ValueError(f"a module of {module_dots} dots is not a whole or half dot")
    modules = [0, *itertools.accumulate(elements)]
    if module_dots.is_integer():
        return [int(module * module_dots) for module in modules]
    return _chosen_edges(elements, modules, module_dots)


def _chosen_edges(elements: list[int], modules: list[int], module_dots: float) -> list[int]:
    """Half-dot edges sent down (0) or up (1), chosen character by character (dynamic
    programming over the side of the edge two characters share): best worst margin first,
    then the best sum of the characters' margins."""
    floors = [math.floor(module * module_dots) for module in modules]
    halves = [module * module_dots != floor for module, floor in zip(modules, floors,
                                                                     strict=True)]
    starts = range(0, len(elements) - 1, CHARACTER_ELEMENTS)
    # best[side of the shared edge] = ((worst margin, sum of the characters' margins) so far,
    # chosen sides of every edge so far): the worst margin first, then the others' too.
    best: dict[int, tuple[tuple[float, float], list[int]]] = {0: ((1.0, 0.0), [0])}
    for start in starts:
        end = start + CHARACTER_ELEMENTS
        if end + 1 >= len(elements):  # the stop: 7 elements
            end = len(elements)
        inner = range(start + 1, end + 1)
        free = [index for index in inner if halves[index]]
        following: dict[int, tuple[tuple[float, float], list[int]]] = {}
        for first_side, ((worst, total), sides) in best.items():
            for choice in itertools.product((0, 1), repeat=len(free)):
                side = dict(zip(free, choice, strict=True))
                chosen = [side.get(index, 0) for index in inner]
                positions = [floors[start] + first_side,
                             *(floors[index] + side.get(index, 0) for index in inner)]
                margin = _margin(positions, elements[start:start + CHARACTER_ELEMENTS])
                score = (min(worst, margin), total + margin)
                last = chosen[-1]
                if last not in following or score > following[last][0]:
                    following[last] = (score, [*sides, *chosen])
        best = following
    _, sides = max(best.values(), key=lambda entry: entry[0])
    return [floor + side for floor, side in zip(floors, sides, strict=True)]


def _margin(positions: list[int], widths: list[int]) -> float:
    """Smallest distance from a rounding boundary of the character's four edge-to-similar-edge
    distances, each normalised to 11 modules over the character's width (ISO/IEC 15417's
    reference decode); negative when one would round to the wrong number of modules."""
    dots = [b - a for a, b in itertools.pairwise(positions[:CHARACTER_ELEMENTS + 1])]
    width = sum(dots)
    return min(0.5 - abs((dots[j] + dots[j + 1]) * CHARACTER_MODULES / width
                         - (widths[j] + widths[j + 1])) for j in range(4))
