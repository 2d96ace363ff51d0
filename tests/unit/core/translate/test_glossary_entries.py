"""The glossary aggregate: entries, matching, undo, and the CSV / TSV / text files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import glossary, history
from reader.core.db import Library
from reader.core.errors import InvalidOperation, NotFound, ReaderError
from reader.core.glossary import Draft, Entry, Matcher


def _entries(library: Library) -> list[tuple[str, str | None, str, bool, str]]:
    with library.read_session() as session:
        return [
            (e.term, e.translation, e.source_lang, e.case_sensitive, e.note) for e in glossary.list_entries(session)
        ]


def test_entries_are_added_edited_and_removed_each_as_one_undoable_action(library: Library) -> None:
    with library.session() as session:
        llm = glossary.add_entry(session, "  LLM ", "大语言模型", note="not 法学硕士")
        glossary.add_entry(session, "GAN")  # no translation: keep as is
        glossary.add_entry(session, "大模型", "large model")
    assert (llm.source_lang, llm.target_lang, llm.keep) == ("en", "zh", False)
    assert _entries(library) == [
        ("GAN", None, "en", False, ""),
        ("LLM", "大语言模型", "en", False, "not 法学硕士"),
        ("大模型", "large model", "zh", False, ""),
    ]
    with library.session() as session:
        glossary.edit_entry(session, llm.id, translation="大型语言模型", case_sensitive=True)
        glossary.remove_entry(session, glossary.find_entry(session, "gan").id)
    assert _entries(library)[0] == ("LLM", "大型语言模型", "en", True, "not 法学硕士")
    with library.session() as session:
        names = [entry.describe() for entry in history.history(session)]
    assert names[:3] == [
        "Remove “GAN” from the glossary",
        "Edit glossary entry “LLM”",
        "Add “大模型” to the glossary",
    ]
    with library.session() as session:
        history.undo(session)
        history.undo(session)
    assert ("GAN", None, "en", False, "") in _entries(library)
    assert ("LLM", "大语言模型", "en", False, "not 法学硕士") in _entries(library)
    with library.session() as session:
        history.redo(session)
    assert ("LLM", "大型语言模型", "en", True, "not 法学硕士") in _entries(library)


def test_an_edit_that_changes_nothing_leaves_no_action(library: Library) -> None:
    with library.session() as session:
        entry = glossary.add_entry(session, "RLHF")
        glossary.edit_entry(session, entry.id, translation=None, note="")
        assert [e.kind for e in history.history(session)] == [history.ActionKind.ADD_GLOSSARY_ENTRY]


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda s: glossary.add_entry(s, "   "), "glossary.empty-term"),
        (lambda s: glossary.add_entry(s, "x" * 201), "glossary.too-long"),
        (lambda s: glossary.add_entry(s, "LLM", note="n" * 1001), "glossary.too-long"),
        (lambda s: glossary.add_entry(s, "LLM", source_lang="fr"), "glossary.bad-lang"),
        (lambda s: glossary.add_entry(s, "LLM", source_lang="en", target_lang="en"), "glossary.same-lang"),
        (lambda s: glossary.add_entry(s, "llm", "x"), "glossary.duplicate"),
        (lambda s: glossary.edit_entry(s, 999, note="x"), "not-found.glossary-entry"),
        (lambda s: glossary.remove_entry(s, 999), "not-found.glossary-entry"),
        (lambda s: glossary.find_entry(s, "nothing"), "not-found.glossary-term"),
    ],
)
def test_bad_entries_are_refused_with_a_code(library: Library, call, code: str) -> None:
    with library.session() as session:
        glossary.add_entry(session, "LLM", "大语言模型")
    with pytest.raises(ReaderError) as caught, library.session() as session:
        call(session)
    assert caught.value.code == code
    assert _entries(library) == [("LLM", "大语言模型", "en", False, "")]


def test_case_sensitive_entries_may_differ_only_by_case(library: Library) -> None:
    with library.session() as session:
        glossary.add_entry(session, "Apple", case_sensitive=True, note="the company")
        glossary.add_entry(session, "apple", "苹果", case_sensitive=True)
        with pytest.raises(InvalidOperation) as caught:
            glossary.add_entry(session, "APPLE", "苹果")  # ignoring case, it is both of them
    assert caught.value.code == "glossary.duplicate"
    with library.session() as session:
        hits = glossary.matchers(session)[("en", "zh")].find("Apple sells an apple, not an APPLE.")
    assert [(h.term, h.required) for h in hits] == [("Apple", "Apple"), ("apple", "苹果")]


def test_the_same_term_in_both_languages_needs_its_language_to_be_named(library: Library) -> None:
    with library.session() as session:
        glossary.add_entry(session, "GAN")
        glossary.add_entry(session, "GAN", source_lang="zh")
        with pytest.raises(InvalidOperation) as caught:
            glossary.find_entry(session, "GAN")
        assert caught.value.code == "glossary.ambiguous"
        assert glossary.find_entry(session, "GAN", source_lang="zh").source_lang == "zh"


def _matcher(*entries: tuple[str, str | None, bool]) -> Matcher:
    return Matcher(
        Entry(i, term, translation, glossary.guess_lang(term), "x", sensitive)
        for i, (term, translation, sensitive) in enumerate(entries, 1)
    )


def test_terms_are_found_as_whole_words_longest_first() -> None:
    matcher = _matcher(
        ("GAN", None, False),
        ("language model", "语言模型", False),
        ("large language model", "大语言模型", False),
        ("C++", None, True),
        ("大模型", "large model", False),
    )
    text = "An organ is no GAN; a Large Language Model, a language model and C++ are. 这个大模型"
    found = [(text[h.start : h.end], h.required) for h in matcher.find(text)]
    assert found == [
        ("GAN", "GAN"),
        ("Large Language Model", "大语言模型"),
        ("language model", "语言模型"),
        ("C++", "C++"),
        ("大模型", "large model"),
    ]
    assert matcher.find("GANs and organs") == []  # a Latin term is a whole word
    # A term kept as is must come out as the sentence spells it.
    assert [h.required for h in _matcher(("gan", None, False)).find("the GAN")] == ["GAN"]


def test_a_glossary_of_thousands_of_terms_is_one_pattern() -> None:
    matcher = _matcher(*((f"term{i}", f"词{i}", False) for i in range(5000)), ("term", "词", False))
    hits = matcher.find("a term, a term42 and term4999, not term50000")
    assert [h.required for h in hits] == ["词", "词42", "词4999"]


def test_the_state_changes_only_with_the_entries_found() -> None:
    before = _matcher(("LLM", "大语言模型", False), ("GAN", None, False))
    after = _matcher(("LLM", "大语言模型", False), ("GAN", None, False), ("RLHF", None, False))
    sentence = "The LLM is trained."
    assert glossary.state_of(before.find(sentence)) == glossary.state_of(after.find(sentence))
    assert glossary.state_of(after.find("No terms here.")) is None
    changed = _matcher(("LLM", "大型语言模型", False))
    assert glossary.state_of(changed.find(sentence)) != glossary.state_of(before.find(sentence))


def test_the_check_names_what_a_translation_lacks() -> None:
    hits = _matcher(("LLM", "大语言模型", False), ("GAN", None, False)).find("The LLM beats the GAN.")
    assert glossary.check("大语言模型胜过 gan。", hits) == ()  # case-insensitive
    issues = glossary.check("法学硕士胜过 GAN。", hits, lost=[2])
    assert issues == (
        glossary.TermIssue("LLM", "大语言模型", glossary.MISSING),
        glossary.TermIssue("GAN", "GAN", glossary.RESTORED),
    )
    assert glossary.parse_issues(glossary.issues_json(issues)) == issues
    assert glossary.issues_json(()) is None and glossary.parse_issues("not json") == ()


# -- files ---------------------------------------------------------------------------------

SAMPLE = [
    Draft("LLM", "大语言模型", note="not 法学硕士, please"),
    Draft("GAN"),
    Draft("大模型", "large model", case_sensitive=True),
    Draft("Transformer", None, source_lang="zh", target_lang="en"),
]


def _stored(library: Library) -> list[Entry]:
    with library.session() as session:
        glossary.import_entries(session, SAMPLE, name="sample")
        return glossary.list_entries(session)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_tables_keep_every_field(library: Library, fmt: str) -> None:
    entries = _stored(library)
    drafts = glossary.parse_glossary(glossary.format_glossary(entries, fmt), fmt)
    assert [(d.term, d.translation, d.note, d.case_sensitive, d.source_lang) for d in drafts] == [
        (e.term, e.translation, e.note, e.case_sensitive, e.source_lang) for e in entries
    ]


def test_the_text_format_is_pairs_of_lines_and_lone_lines() -> None:
    text = "LLM\n大语言模型\n\nGAN\n\n\n  大模型  \nlarge model\n"
    drafts = glossary.parse_glossary(text, "txt")
    assert [(d.term, d.translation, d.line) for d in drafts] == [
        ("LLM", "大语言模型", 1),
        ("GAN", None, 4),
        ("大模型", "large model", 7),
    ]
    entries = [Entry(i, d.term, d.translation, "en", "zh") for i, d in enumerate(drafts)]
    assert glossary.format_glossary(entries, "txt") == "LLM\n大语言模型\n\nGAN\n\n大模型\nlarge model\n"


def test_a_table_without_a_header_is_term_translation_note() -> None:
    drafts = glossary.parse_glossary("\ufeffLLM,大语言模型\nGAN,,a note\n\n", "csv")
    assert [(d.term, d.translation, d.note) for d in drafts] == [("LLM", "大语言模型", ""), ("GAN", None, "a note")]
    drafts = glossary.parse_glossary("Translation\tTerm\tCase\n大语言模型\tLLM\tyes\n", "tsv")
    assert [(d.term, d.translation, d.case_sensitive) for d in drafts] == [("LLM", "大语言模型", True)]


@pytest.mark.parametrize(
    ("text", "fmt", "code", "line"),
    [
        ("LLM\n大语言模型\nextra\n", "txt", "glossary.three-lines", 3),
        ("\n\n", "txt", "glossary.empty-file", None),
        ("a,b,c,d\n", "csv", "glossary.columns", 1),
        ("term,translation\n,大语言模型\n", "csv", "glossary.no-term", 2),
        ('term,translation\n"two\nlines",x\n', "csv", "glossary.line-break", 3),
        ("term,case_sensitive\nLLM,maybe\n", "csv", "glossary.bad-case", 2),
        ("term,from\nLLM,fr\n", "csv", "glossary.bad-lang-in-file", 2),
        ("LLM,a\nllm,b\n", "csv", "glossary.twice", 2),
    ],
)
def test_bad_files_are_refused_at_their_first_bad_line(text: str, fmt: str, code: str, line: int | None) -> None:
    with pytest.raises(InvalidOperation) as caught:
        glossary.parse_glossary(text, fmt)
    assert caught.value.code == code
    assert caught.value.params.get("line") == line


def test_a_bad_entry_in_a_file_changes_nothing(library: Library) -> None:
    drafts = [Draft("LLM", "大语言模型", line=1), Draft("x" * 300, line=4)]
    with pytest.raises(InvalidOperation) as caught, library.session() as session:
        glossary.import_entries(session, drafts, name="bad.csv")
    assert caught.value.code == "glossary.bad-line" and caught.value.params["line"] == 4
    assert str(caught.value).startswith("line 4: a glossary term can have at most 200 characters")
    assert _entries(library) == []


def test_importing_again_updates_what_changed_as_one_action(library: Library) -> None:
    _stored(library)
    again = [Draft("llm", "大型语言模型"), Draft("GAN"), Draft("RLHF")]
    with library.session() as session:
        summary = glossary.import_entries(session, again, name="again.txt")
        assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 1)
        assert history.next_undo(session).describe() == "Import glossary “again.txt”"
        history.undo(session)
    assert ("LLM", "大语言模型", "en", False, "not 法学硕士, please") in _entries(library)
    assert len(_entries(library)) == len(SAMPLE)


def test_files_are_read_and_written(library: Library, tmp_path: Path) -> None:
    entries = _stored(library)
    for fmt in glossary.FORMATS:
        target = tmp_path / f"glossary.{fmt}"
        with library.read_session() as session:
            assert glossary.export_glossary(session, target) == len(entries)
            with pytest.raises(ReaderError) as caught:
                glossary.export_glossary(session, target)  # not overwritten without force
        assert caught.value.code == "export.exists"
        assert [d.term for d in glossary.read_glossary_file(target)] == [e.term for e in entries]
    with pytest.raises(InvalidOperation) as caught:
        glossary.read_glossary_file(tmp_path / "glossary.xlsx")
    assert caught.value.code == "glossary.bad-format"
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("café,咖啡".encode("gb18030"))
    with pytest.raises(InvalidOperation) as caught:
        glossary.read_glossary_file(latin1)
    assert caught.value.code == "glossary.not-utf8" and caught.value.path == latin1
    with pytest.raises(ReaderError) as caught:
        glossary.read_glossary_file(tmp_path / "missing.csv")
    assert caught.value.code == "glossary.unreadable" and caught.value.params["errno"] == "ENOENT"


def test_unknown_ids_are_not_found(library: Library) -> None:
    with pytest.raises(NotFound), library.read_session() as session:
        glossary.get_entry(session, 42)
