"""Transcript speaker labels ("HOST:", "MAYOR IDA VOSS:") are layout: their capitals are no
entities of their own, a label naming a person is that person in normal case with the label's
titles, and each turn is a quote of the label's speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TEXT = (
    "The pool will close in June, and the council is split.\n\n"
    "PRESENTER: Why close the pool?\n\n"
    "MAYOR IDA VOSS: The roof leaks and the boiler is forty years old.\n\n"
    "PRESENTER: And the swimmers?\n\n"
    "VOSS: They can use the school pool.\n\n"
    "DR. OWEN PRICE: That pool is far too small."
)


def analysed(parse, text, tasks):
    from newscli.pipeline import analyze_doc

    article, doc = parse(text, title="Test")
    return analyze_doc(doc, article, tasks, indirect=True)


def test_label_words_are_no_entities_and_a_named_label_is_the_person(parse):
    found = {e.name: e for e in analysed(parse, TEXT, ["entities"]).entities}
    assert "Ida Voss" in found and "Owen Price" in found
    assert found["Ida Voss"].label == "PERSON" and found["Ida Voss"].titles == ("Mayor",)
    assert "Voss" in found["Ida Voss"].aliases
    assert found["Owen Price"].titles == ("Dr.",)
    assert not {name for name in found if name.isupper() or name in ("Presenter", "Ida", "Mayor")}


def test_a_labelled_persons_surname_in_the_turns_is_them(parse):
    text = TEXT + "\n\nPRESENTER: Thank you, Mayor Voss and Dr. Price."
    found = {e.name: e for e in analysed(parse, text, ["entities"]).entities}
    assert {"Mayor Voss", "Voss"} & {m.text for m in found["Ida Voss"].mentions}
    assert len(found["Owen Price"].mentions) == 2


def test_each_turn_is_a_direct_quote_of_its_label(parse):
    turns = [q for q in analysed(parse, TEXT, ["entities", "quotes"]).quotes if q.kind == "direct"]
    assert [q.speaker for q in turns] == ["Presenter", "Ida Voss", "Presenter", "Ida Voss", "Owen Price"]


def test_a_label_once_in_a_text_with_no_other_turns_names_no_one(parse):
    text = "UPDATE: The pool reopens on Friday.\n\nIt was shut for a week after a leak."
    result = analysed(parse, text, ["entities", "quotes"])
    assert [q.kind for q in result.quotes if q.kind == "direct"] == []
