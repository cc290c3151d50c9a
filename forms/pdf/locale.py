"""What a printed page needs to speak the resident's language: texts, fonts, dates, yen.

Only what the resident takes home or reads while waiting is translated — the 手続き案内票 and
the queue ticket. The application forms stay Japanese: they are the municipality's official
forms, filled in for the clerk. A translated 案内票 keeps the Japanese name of every
procedure and counter beside the translation, so the resident can show it at any counter
and find the counter by its sign.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from devices.card.wareki import to_wareki
from forms.model import Catalogue
from forms.navigator import ALWAYS_REASON, DERIVED_LABELS, NO, PEOPLE, YEARS, YES
from forms.pdf.fonts import PrintFonts, fonts_for
from forms.pdf.translations import Translate, translator
from forms.renewal import NOTICE_TEXTS

GUIDE = "Guide"  # the translation context of the printed texts
CATALOGUE = "Catalogue"

GUIDE_TITLE = "手続き案内票"
COLUMN_TITLES = ("No.", "手続き・担当窓口", "この手続きが必要な理由", "お持ちいただくもの",
                 "手数料")
ADDRESSEE = "{name}　様"
PURPOSE = "ご用件：{event}　　手続きの数：{count}"
FEE_TOTAL = "手数料の合計　{amount}"
YEN = "{amount}円"
FREE = "無料"
NOTHING = "—"
GUIDE_ADVICE = ("番号の順に窓口へお進みください。申請書はすべて記入済みです。"
                "内容を確認し、署名だけをお願いします。")
GUIDE_FOOTER = "手続き案内票　書かないワンストップ窓口"
TICKET_TITLE = "{municipality}　受付番号票"
TICKET_WAIT = "お待ちの目安：約{minutes}分"
TICKET_TODAY = "本日の手続き"
TICKET_ADVICE = "番号が呼ばれたら、表示された窓口へお越しください。"
LIST_SEPARATOR = "、"

# Every fixed printed text, for scripts/i18n.py (which writes them into the .ts sources).
PRINTED_TEXTS = (
    GUIDE_TITLE, *COLUMN_TITLES[1:], ADDRESSEE, PURPOSE, FEE_TOTAL, YEN, FREE, GUIDE_ADVICE,
    GUIDE_FOOTER, TICKET_TITLE, TICKET_WAIT, TICKET_TODAY, TICKET_ADVICE,
    ALWAYS_REASON, YES, NO, PEOPLE, YEARS, LIST_SEPARATOR, *DERIVED_LABELS.values(),
    *NOTICE_TEXTS,
)


def catalogue_texts(catalogue: Catalogue) -> list[str]:
    """Every catalogue text a resident reads, on screen or on the 案内票 and ticket (context
    "Catalogue"): scripts/i18n.py writes them into the .ts sources.

    Every life event, not only the self-service ones: the counter prints the 案内票 in the
    resident's language too, with the reasons (question texts and choices) in it."""
    texts = [catalogue.municipality.name]
    for event in catalogue.life_events.values():
        texts.append(event.name)
        for qid in event.questions:
            question = catalogue.questions[qid]
            texts += [question.text, *(label for _, label in question.choices)]
    for procedure in catalogue.procedures.values():
        texts += [procedure.name, procedure.division, procedure.counter, *procedure.bring,
                  *(item for item, _ in procedure.bring_if)]
    return list(dict.fromkeys(texts))


@dataclass(frozen=True)
class PrintLocale:
    language: str
    tr: Translate
    fonts: PrintFonts

    @property
    def japanese(self) -> bool:
        """Japanese and やさしい日本語 print no Japanese original beside the text."""
        return self.language in ("ja", "ja_easy")

    def text(self, source: str, **values: object) -> str:
        """A fixed printed text (context "Guide"), its {placeholders} filled."""
        return self.tr(GUIDE, source).format(**values)

    def catalogue(self, source: str) -> str:
        """A catalogue text (procedure, counter, life event …) in this language."""
        return self.tr(CATALOGUE, source)

    def original(self, source: str) -> str:
        """The Japanese original to print under a translated catalogue text ("" if the same).

        やさしい日本語 keeps it too: the signs over the counters are written in kanji."""
        return "" if self.language == "ja" or self.catalogue(source) == source else source

    @property
    def gap(self) -> str:
        """The space between two items on a line: 全角空白 in Japanese, a plain one otherwise."""
        return "　" if self.japanese else " "

    def yen(self, amount: int) -> str:
        return self.text(YEN, amount=f"{amount:,}")

    def fee(self, amount: int) -> str:
        return self.yen(amount) if amount else self.text(FREE)

    def date(self, day: dt.date) -> str:
        """和暦 in Japanese; the Western date (ISO order, understood everywhere) otherwise."""
        if self.language == "ja":
            return to_wareki(day).format()
        if self.japanese:
            return f"{to_wareki(day).format()}（{day.year}年）"
        return f"{day:%Y-%m-%d}"


@cache
def print_locale(language: str = "ja") -> PrintLocale:
    """The locale for ``language`` (forms.pdf.translations.LANGUAGES); raises
    UnknownLanguageError for others."""
    return PrintLocale(language, translator(language), fonts_for(language))
