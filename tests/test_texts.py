"""The core's texts can be shown in French and Dutch: every piece is a catalogued template.

English stays the report's language (the JSON contract); these tests prove that each title,
explanation and verdict sentence the analysis writes can be rebuilt from templates, that every
template has a French and a Dutch translation with the same placeholders, and that translating
really changes the words.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import corpus_files

from inspector.analysis import analyse
from inspector.parsing import load, load_bytes
from inspector.texts import Text, join, literals, placeholders, templates, tr, translate

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
LETTER = re.compile(r"[^\W\d_]")


def _script():
    spec = importlib.util.spec_from_file_location("i18n_findings", REPO / "scripts" / "i18n_findings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogue(code: str) -> dict[str, str]:
    root = ET.parse(REPO / "resources" / "i18n" / f"findings_{code}.ts").getroot()
    out = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            out[message.findtext("source")] = translation.text
    return out


def test_text_is_the_english_string_and_keeps_its_parts() -> None:
    text = tr("Tracking pixel from {host}", host="t.example") + " " + tr("(known vendor)")
    assert text == "Tracking pixel from t.example (known vendor)"
    assert isinstance(text, Text)
    assert templates(text) == ["Tracking pixel from {host}", "(known vendor)"]
    assert literals(text) == [" "]
    french = {"Tracking pixel from {host}": "Pixel de pistage de {host}", "(known vendor)": "(fournisseur connu)"}
    assert translate(text, french.get) == "Pixel de pistage de t.example (fournisseur connu)"


def test_nested_arguments_are_translated_and_bad_entries_fall_back() -> None:
    inner = tr("the sender domain")
    text = tr("Not allowed by {domain}", domain=inner)
    lookup = {"the sender domain": "le domaine de l'expéditeur", "Not allowed by {domain}": "Refusé par {domaine}"}
    # The outer translation names a placeholder the template does not have: English, filled in French.
    assert translate(text, lookup.get) == "Not allowed by le domaine de l'expéditeur"
    assert templates(text) == ["Not allowed by {domain}", "the sender domain"]
    assert join("; ", [tr("a"), tr("b")]) == "a; b" and templates(join("; ", [tr("a"), tr("b")])) == ["a", "b"]


def test_text_survives_pickling_for_batch_workers() -> None:
    text = tr("{n} links", n=3) + "."
    back = pickle.loads(pickle.dumps(text))
    assert back == "3 links." and back.parts == text.parts


def test_every_core_template_has_both_translations_with_the_same_placeholders() -> None:
    found = _script().core_templates()
    assert len(found) > 50  # the analysis really marks its texts
    for code in ("fr", "nl"):
        catalogue = _catalogue(code)
        missing = sorted(t for t in found if t not in catalogue)
        assert not missing, f"{code}: {len(missing)} untranslated, e.g. {missing[:3]}"
        for template in found:
            assert placeholders(catalogue[template]) == placeholders(template), (code, template)
            words = re.sub(r"\{[^}]*\}", "", template)  # placeholders are not words to translate
            if LETTER.search(words) and len(words) > 12:
                assert catalogue[template] != template, f"{code}: not translated: {template!r}"


def _reports(paths: list[Path]):
    for path in paths:
        yield path, analyse(load(path))


def _check_translatable(path: Path, report, seen: set[str]) -> list[str]:
    problems = []
    texts = [("verdict", report.verdict.reason)]
    for finding in report.findings:
        texts += [(f"{finding.code} title", finding.title), (f"{finding.code} explanation", finding.explanation)]
        seen.add(finding.code)
    for label, text in texts:
        if not isinstance(text, Text):
            problems.append(f"{path.name}: {label} is a plain string: {text[:80]!r}")
            continue
        for piece in literals(text):
            if LETTER.search(piece):
                problems.append(f"{path.name}: {label} has an untranslatable piece {piece[:80]!r}")
    return problems


def test_fixture_findings_are_fully_translatable() -> None:
    seen: set[str] = set()
    problems: list[str] = []
    paths = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".eml", ".msg"))
    for path, report in _reports(paths):
        problems += _check_translatable(path, report, seen)
    assert not problems, "\n".join(problems[:20])
    assert len(seen) >= 30


def test_corpus_findings_are_fully_translatable(corpus: Path) -> None:
    seen: set[str] = set()
    problems: list[str] = []
    for path, report in _reports(corpus_files(corpus)):
        problems += _check_translatable(path, report, seen)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:20])
    assert len(seen) >= 40


def test_french_and_dutch_change_the_words_of_a_real_report() -> None:
    report = analyse(load_bytes((REPO / "resources" / "demo" / "demo-phish.eml").read_bytes()))
    for code in ("fr", "nl"):
        catalogue = _catalogue(code)
        for finding in report.findings:
            assert translate(finding.title, catalogue.get) != finding.title, (code, finding.code)
        assert translate(report.verdict.reason, catalogue.get) != report.verdict.reason


def test_safe_view_labels_follow_the_language() -> None:
    from inspector.render import safe_document

    message = load(REPO / "resources" / "demo" / "demo-phish.eml")
    report = analyse(message)
    english = safe_document(message, report).html
    assert "tracking pixel" in english and "knows your address" in english
    french = _catalogue("fr")
    html = safe_document(message, report, words=lambda text: translate(text, french.get)).html
    assert "pixel espion" in html and "connaît votre adresse" in html
    assert "tracking pixel" not in html and "knows your address" not in html
    assert "image distante bloqu" in html  # the blocked logo's SVG label, inside a data: URI
