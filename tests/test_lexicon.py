"""The lexicon: every built-in list is well formed, and a user's folder extends it."""

from __future__ import annotations

from importlib import resources

import pytest

from newscli import lexicon


def _entries(name: str) -> list[str]:
    text = resources.files("newscli.lexicon").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", lexicon.available())
def test_builtin_list_is_well_formed(name):
    entries = _entries(name)
    assert entries, f"{name} is empty"
    keys = [line.split("\t")[0] for line in entries]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name}: entries listed twice: {duplicates}"
    assert all(line == line.strip() for line in entries), f"{name}: stray white space"
    if name.endswith(".tsv"):
        widths = {len(line.split("\t")) for line in entries}
        assert len(widths) == 1 and widths.pop() >= 2, f"{name}: rows of different widths"


def test_user_folder_adds_entries(tmp_path, monkeypatch):
    (tmp_path / "months.tsv").write_text("# mine\nsetembro\t9\n", encoding="utf-8")
    monkeypatch.setenv(lexicon.ENV_VAR, str(tmp_path))
    lexicon.table.cache_clear()
    try:
        months = lexicon.mapping("months")
        assert months["setembro"] == "9"
        assert months["january"] == "1"
    finally:
        monkeypatch.delenv(lexicon.ENV_VAR)
        lexicon.table.cache_clear()


def test_malformed_user_row_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "months.tsv").write_text("ok\t1\nbroken\n", encoding="utf-8")
    monkeypatch.setenv(lexicon.ENV_VAR, str(tmp_path))
    lexicon.table.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"months\.tsv:2"):
            lexicon.table("months")
    finally:
        monkeypatch.delenv(lexicon.ENV_VAR)
        lexicon.table.cache_clear()


def test_unknown_list_is_an_error():
    with pytest.raises(lexicon.LexiconError):
        lexicon.words("no_such_list")
