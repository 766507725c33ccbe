"""Readability figures of the rights guides, written to docs/content.md.

English guides get the Flesch reading ease, Spanish guides the Fernández-Huerta index (the Spanish
adaptation of Flesch), both on `content.guides.plain_text(guide)`. Words and sentences are counted
the way textstat 0.7.13 counts them, with Pyphen for syllables; textstat itself is not used because
it pulls in NLTK (and downloads CMUdict) for English. Run from the repository root:

    python scripts/readability.py            # print the figures and rewrite docs/content.md
    python scripts/readability.py --check    # also exit 1 if a guide misses its target
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

import pyphen  # type: ignore[import-untyped]  # noqa: E402  (after the path set-up)

from content.guides import Guide, load_guides, plain_text  # noqa: E402

TARGETS: dict[str, float] = {"en": 60.0, "es": 65.0}
"""Aimed-for scores: Flesch >= 60 and Fernández-Huerta >= 65 both read at about grade 6-8."""
FLOORS: dict[str, float] = {"en": 55.0, "es": 60.0}
"""Scores below which the test suite fails (a margin under the targets)."""
INDEX_NAMES: dict[str, str] = {"en": "Flesch reading ease", "es": "Fernández-Huerta"}

_LIST_MARK = re.compile(r"^\s*(?:•|\d+\.)\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# textstat's word splitting: an apostrophe survives only before a contraction ending ("don't").
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def words(text: str) -> list[str]:
    """The words of `text`, punctuation removed (textstat's `lexicon_count` splitting)."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


def sentence_count(text: str) -> int:
    """Sentences of `text`; pieces of one or two words are not counted (textstat's rule)."""
    if not text:
        return 0
    pieces = _SENTENCE.findall(text)
    return max(1, sum(1 for piece in pieces if len(words(piece)) > 2))


def _vowel_groups(word: str) -> int:
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1  # a final silent e
    return max(1, groups)


def english_syllables(text: str) -> int:
    """Syllables of English text, counted offline and on the high side.

    textstat 0.7.13 looks English words up in CMUdict, which it downloads through NLTK on first use;
    Amparo's tools never go online. Pyphen hyphenation points + 1 (textstat's own fallback) miss
    syllables ("a-rea", "a-bout"), so each word counts the larger of that and its vowel groups.
    """
    dictionary = pyphen.Pyphen(lang="en_US")
    return sum(max(len(dictionary.positions(w)) + 1, _vowel_groups(w)) for w in _WORD.findall(text.lower()))


def flesch_reading_ease(text: str) -> float:
    """Flesch reading ease: 206.835 - 1.015 x words per sentence - 84.6 x syllables per word."""
    count = len(words(text))
    sentences = sentence_count(text)
    if not count or not sentences:
        return 0.0
    return 206.835 - 1.015 * count / sentences - 84.6 * english_syllables(text) / count


def fernandez_huerta(text: str) -> float:
    """Fernández-Huerta: 206.84 - 60 x syllables per word - 1.02 x words per sentence.

    Syllables are Pyphen `es` hyphenation points + 1 per word, as textstat counts them; Spanish
    hyphenation follows its syllables closely.
    """
    found = [w.lower() for w in words(text)]
    sentences = sentence_count(text)
    if not found or not sentences:
        return 0.0
    dictionary = pyphen.Pyphen(lang="es")
    syllables = sum(len(dictionary.positions(w)) + 1 for w in found)
    return 206.84 - 60 * syllables / len(found) - 1.02 * len(found) / sentences


@dataclass(frozen=True)
class Figures:
    """The readability figures of one guide in one language."""

    guide_id: str
    lang: str
    words: int
    sentences: int
    score: float

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def meets_target(self) -> bool:
        return self.score >= TARGETS[self.lang]


def prepare(text: str) -> str:
    """Plain text made countable: one unit per heading, list item and paragraph.

    A heading or a list item is read as a unit of its own, but it often has no final full stop, and
    the sentence count would then glue it to the next sentence. So list marks are removed and a full stop is
    added to every line that does not already end a sentence.
    """
    lines: list[str] = []
    for raw in text.splitlines():
        line = _LIST_MARK.sub("", raw).strip()
        if not line:
            continue
        if line[-1] not in ".!?:;…":
            line += "."
        lines.append(line)
    return "\n".join(lines)


def measure(guide: Guide) -> Figures:
    """The figures of one guide (title and summary included)."""
    text = prepare(plain_text(guide))
    score = flesch_reading_ease(text) if guide.lang == "en" else fernandez_huerta(text)
    return Figures(
        guide_id=guide.id,
        lang=guide.lang,
        words=len(words(plain_text(guide))),
        sentences=sentence_count(text),
        score=round(float(score), 1),
    )


def measure_all() -> dict[str, list[Figures]]:
    """Figures of every guide present, per language."""
    return {lang: [measure(g) for g in load_guides(lang)] for lang in TARGETS}


def markdown_report(figures: dict[str, list[Figures]]) -> str:
    """docs/content.md: how the figures are computed and a table per language."""
    out = [
        "# Rights guides: readability",
        "",
        "Generated by `python scripts/readability.py`; do not edit by hand.",
        "",
        "## Targets",
        "",
        "- English: **Flesch reading ease ≥ 60** (plain English, about grade 6–8).",
        "- Spanish: **Fernández-Huerta ≥ 65** (the Spanish adaptation of Flesch; 60–70 is",
        '  "normal", about grade 6–8; 70 and more is "fairly easy").',
        "- Length: 350–700 words per guide and language.",
        "- The test suite (`tests/content/test_readability.py`) fails below Flesch 55 or",
        "  Fernández-Huerta 60, a margin under the targets.",
        "",
        "## How the figures are computed",
        "",
        "- Text: `content.guides.plain_text(guide)` — title, summary and body with the Markdown marks",
        "  removed (link text kept, URLs dropped).",
        "- Headings and list items are separate units for a reader but often have no final full stop;",
        "  the sentence count would glue them to the next sentence. So list marks are removed and a full stop is",
        "  added to each line that does not already end a sentence (`scripts/readability.py: prepare`).",
        "- Words and sentences are counted as textstat 0.7.13 counts them (`scripts/readability.py:",
        "  words, sentence_count`; the figures were checked equal to textstat's on every guide); textstat",
        "  itself is no longer a dependency because it pulls in NLTK.",
        "- Spanish: Fernández-Huerta, 206.84 − 60 × (syllables per word) − 1.02 × (words per sentence),",
        "  with syllables from the Pyphen `es` hyphenation dictionary (points + 1 per word).",
        "- English: Flesch reading ease, 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per",
        "  word), with syllables counted per word as the larger of Pyphen `en_US` hyphenation points + 1",
        "  and the number of vowel groups (less a final silent e). textstat's `flesch_reading_ease` looks",
        "  English words up in CMUdict, which it downloads through NLTK the first time; Amparo's tools",
        '  never go online. Hyphenation alone misses syllables ("a-rea", "a-bout") and read about',
        "  6 points high on a sample guide; taking the larger count keeps the English figures on the",
        "  cautious side.",
        "- Words: the words of the plain text, punctuation removed.",
        "- Both indexes are rough: they count syllables and sentence length only. They do not see",
        "  whether a word is familiar, so names of forms and agencies (USCIS, I-407) lower a score",
        "  without making the text harder for the people who need it. They are a floor, not a goal;",
        "  the guides were also read for plain wording.",
        "",
    ]
    for lang, rows in figures.items():
        title = "English" if lang == "en" else "Spanish"
        out += [
            f"## {title} ({INDEX_NAMES[lang]}, target ≥ {TARGETS[lang]:g})",
            "",
            "| guide | words | sentences | words per sentence | score | target met |",
            "|---|---:|---:|---:|---:|:---:|",
        ]
        for f in rows:
            mark = "yes" if f.meets_target else "**no**"
            cells = [
                f.guide_id,
                str(f.words),
                str(f.sentences),
                f"{f.words_per_sentence:.1f}",
                f"{f.score:.1f}",
                mark,
            ]
            out.append("| " + " | ".join(cells) + " |")
        if rows:
            mean = sum(f.score for f in rows) / len(rows)
            out += ["", f"Mean score: {mean:.1f} over {len(rows)} guides."]
        out.append("")
    return "\n".join(out)


_CHANGING_LINE = re.compile(r"^>\s*\*\*Changing:\*\*\s*(.*)$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def changing_points(guide: Guide) -> list[str]:
    """The contested or changing points a guide shows: each box without its "check with" advice."""
    points = []
    for match in _CHANGING_LINE.finditer(guide.body):
        sentences = _SENTENCE_END.split(match.group(1).strip())
        points.append(" ".join(s for s in sentences if not s.startswith("Check with a legal organization")))
    return points


def review_report(guides: list[Guide]) -> str:
    """A section listing each guide's review date and the changing (C) points it shows."""
    out = [
        "## Review dates and changing points",
        "",
        "Each guide's review date and the text of each **Changing** box it shows",
        "(English text; the Spanish guide has the same boxes). Facts come from `FACTS.md`, whose",
        'section "Revised 2026-11-30" overrides older lines; every box tells the reader to check',
        "with a legal organization before relying on it.",
        "",
        "| guide | reviewed | changing points shown |",
        "|---|---|---|",
    ]
    for guide in guides:
        points = changing_points(guide) or ["—"]
        out.append(f"| {guide.id} | {guide.reviewed.isoformat()} | " + "<br>".join(points) + " |")
    out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the figures, rewrite docs/content.md, and with --check fail if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if a guide misses its target")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "content.md")
    args = parser.parse_args(argv)
    figures = measure_all()
    report = markdown_report(figures) + "\n" + review_report(load_guides("en"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    missed = [f for rows in figures.values() for f in rows if not f.meets_target]
    for rows in figures.values():
        for f in rows:
            flag = "" if f.meets_target else "  <- below target"
            print(f"{f.lang} {f.guide_id:30} words {f.words:4}  score {f.score:5.1f}{flag}")
    print(f"wrote {args.out}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
