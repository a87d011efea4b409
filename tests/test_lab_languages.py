"""A lab in more languages (issue 36): ``[translations.<code>]`` carries its title,
instructions, goals and questions; the window shows them in its language, falling back to the
lab's main one for what a translation leaves out. The rules (set-up, goals' metrics) are one."""

from __future__ import annotations

import pytest

from core.files.lab_file import LabError, dump_lab, parse_lab

LAB = '''
format = 1
title = "Multiples of five"
instructions = """Press F5 and watch the Quality plot."""

[setup]
preset = "book"

[[goals]]
text = "Strict validity 0.7"
metrics = { strict_validity = ">= 0.7" }

[[goals]]
text = "Cover every mode"
metrics = { modes_fraction = ">= 1.0" }

[[questions]]
text = "What is book validity?"

[translations.de]
title = "Vielfache von fünf"
instructions = """Drücke F5 und beobachte das Qualitätsdiagramm."""
goals = ["Strenge Gültigkeit 0,7"]
questions = ["Was ist die Gültigkeit wie im Buch?"]

[translations.es]
title = "Múltiplos de cinco"
'''


def test_a_lab_speaks_each_language_it_carries_and_falls_back_to_its_own():
    lab = parse_lab(LAB)
    de = lab.in_language("de")
    assert de.title == "Vielfache von fünf"
    assert de.instructions.startswith("Drücke F5")
    assert [g.text for g in de.goals] == ["Strenge Gültigkeit 0,7", "Cover every mode"]
    assert [q.text for q in de.questions] == ["Was ist die Gültigkeit wie im Buch?"]
    assert de.goals[0].metrics == lab.goals[0].metrics and de.config == lab.config
    es = lab.in_language("es")
    assert es.title == "Múltiplos de cinco" and es.instructions == lab.instructions
    assert lab.in_language("fr") is lab and lab.in_language("en") is lab


def test_a_lab_with_translations_is_written_back_unchanged():
    lab = parse_lab(LAB)
    again = parse_lab(dump_lab(lab))
    assert again == lab
    assert again.in_language("de").title == "Vielfache von fünf"


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ('[translations.deu]\ntitle = "x"', "two-letter code"),
        ('[translations.de]\nhint = "x"', "unknown key"),
        ('[translations.de]\ngoals = ["a", "b", "c"]', "the lab has 2 goals, not 3"),
        ("[translations.de]\ntitle = 3", "must be a string"),
    ],
)
def test_a_bad_translation_is_refused_in_words(extra, words):
    base = LAB.split("[translations.de]")[0]
    with pytest.raises(LabError, match=words):
        parse_lab(base + extra)


def test_the_window_shows_the_lab_in_its_language(make_window, settings_path, tmp_path):
    from PySide6.QtCore import QLocale, QSettings

    from patterngan_gui.kit import i18n

    before = QLocale()
    QSettings(settings_path, QSettings.IniFormat).setValue("view/language", "de")
    try:
        w = make_window()
        path = tmp_path / "lab.toml"
        path.write_text(LAB, encoding="utf-8")
        assert w.labs.open_lab(str(path))
        assert "Vielfache von fünf" in w.instructions.toPlainText()
        assert "Drücke F5" in w.instructions.toPlainText()
        goals = [label.text() for label in w.lab_panel.goal_labels]
        assert "Strenge Gültigkeit 0,7" in goals[0] and "Cover every mode" in goals[1]
        assert (
            w.lab_panel.answer_fields[0].accessibleName() == "Was ist die Gültigkeit wie im Buch?"
        )
    finally:
        i18n.install(None)
        QLocale.setDefault(before)
