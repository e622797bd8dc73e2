import codecs
import json
import os

import pytest

from newscli.articles import (
    article_from_text,
    blocks,
    decode,
    parse_layout,
    parse_published,
    read_inputs,
)
from newscli.errors import InputError

from .conftest import ARTICLES

COUNCIL = os.path.join(ARTICLES, "council-vote.txt")


def read_all(paths, stdin=None):
    return list(read_inputs(paths, stdin=stdin))


def test_layout_finds_headline_byline_caption_and_signoff():
    with open(COUNCIL, encoding="utf-8") as f:
        text = f.read()
    layout = parse_layout(text)
    assert layout.title == "Riverton Council Backs Flood Wall Plan"
    assert layout.authors == ("Maria Delgado", "Tom Whitfield")
    assert layout.published == "2024-03-05T18:40:00-05:00"
    body = [text[s:e] for s, e in layout.body]
    assert body[0].startswith("RIVERTON")
    assert not any("Photo/" in p for p in body)
    assert not any("Staff Writers" in p for p in body)
    assert body[-1].startswith("Construction is scheduled")


def test_body_text_blanks_layout_but_keeps_offsets():
    article = article_from_text(
        "x", "Big Headline Here\n\nBy Jo Bloggs\n\nThe story starts here. It goes on."
    )
    masked = article.body_text()
    assert len(masked) == len(article.text)
    assert "Headline" not in masked and "Bloggs" not in masked
    start = article.text.index("The story")
    assert masked[start:] == article.text[start:]


def test_single_newline_paragraphs_are_paragraphs():
    text = "Title Of Story\n\nFirst paragraph is here.\nSecond paragraph is here.\nThird one."
    assert len(blocks(text)) == 4


def test_hard_wrapped_prose_stays_one_paragraph():
    text = (
        "This is a long paragraph that was wrapped\nat a fixed width by an old mail client\n"
        "and so its lines end in the middle of\nsentences, which a reader joins up."
    )
    assert len(blocks(text)) == 1


def test_article_without_layout_is_all_body():
    article = article_from_text(
        "x",
        "Officials said the bridge would reopen next week after repairs, "
        "ending months of detours for commuters across the valley.",
    )
    assert article.title is None
    assert article.body == ((0, len(article.text)),)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2012-11-21", "2012-11-21"),
        ("2012-11-21T00:25:00-05:00", "2012-11-21T00:25:00-05:00"),
        ("November 21, 2012 | 12:25 AM EST", "2012-11-21T00:25:00-05:00"),
        ("Nov. 20, 2012", "2012-11-20"),
        ("2024-03-02T10:00:00Z", "2024-03-02T10:00:00+00:00"),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_metadata_wins_over_byline():
    article = article_from_text(
        "x",
        "A Headline\n\nBy Ann Lee | May 1, 2020\n\nText of the story.",
        published="2020-05-02",
        authors=["Someone Else"],
    )
    assert article.published == "2020-05-02"
    assert article.authors == ("Someone Else",)


@pytest.mark.parametrize(
    "data, text",
    [
        ("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "Caf\u00e9 \u201cquoted\u201d"),
        (codecs.BOM_UTF8 + "na\u00efve".encode(), "na\u00efve"),
        ("hello w\u00f6rld".encode("utf-16"), "hello w\u00f6rld"),
        (b"Line one\r\nLine two", "Line one\r\nLine two"),
    ],
)
def test_decode(data, text):
    assert decode(data, "f.txt") == text


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"  \n\t ", "only white space"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_decode_rejects(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f.txt")


def test_jsonl_bad_lines_are_named_and_the_rest_is_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "First story.", "published": "2020-01-02"}),
                "{not json",
                json.dumps({"id": "c"}),
                json.dumps({"id": "d", "text": 42}),
                json.dumps({"text": "Fifth story."}),
            ]
        ),
        encoding="utf-8",
    )
    items = read_all([str(path)])
    errors = [str(i) for i in items if isinstance(i, InputError)]
    articles = [i for i in items if not isinstance(i, InputError)]
    assert [a.source for a in articles] == ["a", f"{path}:5"]
    assert articles[0].published == "2020-01-02"
    assert errors[0].startswith(f"{path}:2: invalid JSON")
    assert errors[1] == (
        f'{path}:3: record has no text field (one of "text", "maintext", "articleBody", "body",'
        ' "content", "full_text", "article", "story")'
    )
    assert "not a string" in errors[2]


def test_records_from_common_scrapers_keep_text_and_metadata(tmp_path):
    path = tmp_path / "scraped.jsonl"
    records = [
        # news-please
        {
            "maintext": "The levee held.",
            "date_publish": "2021-03-04 10:00:00",
            "title": "Levee",
            "authors": ["Jo Lopez"],
        },
        # schema.org NewsArticle, as the Zyte API writes it
        {
            "articleBody": "The levee broke.",
            "datePublished": "2021-03-05T08:00:00Z",
            "headline": "Levee breaks",
            "authors": [{"name": "Ann Becker"}, {"name": "Jo Lopez"}],
        },
        # newspaper3k
        {"text": "The river rose.", "publish_date": "2021-03-06", "authors": "Jo Lopez"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    articles = read_all([str(path)])
    assert [a.text for a in articles] == ["The levee held.", "The levee broke.", "The river rose."]
    assert [a.published for a in articles] == [
        "2021-03-04T10:00:00",
        "2021-03-05T08:00:00+00:00",
        "2021-03-06",
    ]
    assert [a.title for a in articles] == ["Levee", "Levee breaks", None]
    assert [a.authors for a in articles] == [("Jo Lopez",), ("Ann Becker", "Jo Lopez"), ("Jo Lopez",)]


@pytest.mark.parametrize("field", ["body", "content", "full_text", "article", "story"])
def test_a_record_with_its_text_under_a_scraper_name_is_read(tmp_path, field):
    path = tmp_path / "scraped.jsonl"
    record = {"url": "https://example.org/a", field: "The ferry ran late on Monday.", "date": "2024-05-06"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read_all([str(path)])
    assert article.text == "The ferry ran late on Monday."
    assert article.published == "2024-05-06"


def test_the_text_field_is_the_first_that_holds_text(tmp_path):
    path = tmp_path / "scraped.jsonl"
    records = [
        {"text": "The pier reopened.", "body": "Other text."},
        {"content": [{"type": "p", "value": "x"}], "body": "The harbour froze."},
        {"text": "", "body": "The tide turned."},
        {"text": "", "content": "  "},
        {"content": [{"type": "p", "value": "x"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = read_all([str(path)])
    assert [i.text for i in items[:3]] == ["The pier reopened.", "The harbour froze.", "The tide turned."]
    assert str(items[3]).endswith('"text" is empty')
    assert str(items[4]).endswith('"content" is a list, not a string')


def test_a_record_date_that_is_not_a_date_is_reported_and_the_record_kept(tmp_path, caplog):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": "Becker spoke on Monday.", "published": "soon"}) + "\n", encoding="utf-8"
    )
    with caplog.at_level("WARNING", logger="newscli"):
        [article] = read_all([str(path)])
    assert article.published is None
    assert f'{path}:1: "published" is not a date' in caplog.text


def test_json_array(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two.", "id": "b"}]), encoding="utf-8")
    assert [a.source for a in read_all([str(path)])] == [f"{path}:1", "b"]


def test_folder_is_read_in_sorted_order_and_skips_other_files(tmp_path):
    (tmp_path / "b.txt").write_text("Second story text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.md").write_text("Third story text.", encoding="utf-8")
    sources = [a.source for a in read_all([str(tmp_path)])]
    assert [os.path.basename(s) for s in sources] == ["a.txt", "b.txt", "c.md"]


def test_missing_and_unsupported_inputs_are_errors(tmp_path):
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK")
    items = read_all([str(tmp_path / "nope.txt"), str(other)])
    assert all(isinstance(i, InputError) for i in items)
    assert "no such file" in str(items[0])
    assert "unsupported file type" in str(items[1])


def test_fifo_is_skipped_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    items = read_all([str(fifo)])
    assert isinstance(items[0], InputError) and "not a regular file" in str(items[0])


def test_stdin(tmp_path):
    import io

    items = read_all(["-"], stdin=io.BytesIO(b"A story from a pipe."))
    assert items[0].source == "<stdin>" and items[0].text == "A story from a pipe."


def test_html_main_text_and_metadata(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        """<html><head><title>Bridge Reopens</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-02T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Bridge Reopens</h1>
<p>The Harbor Bridge reopened on Friday after two years of repairs, officials said at a ceremony.</p>
<p>"It is finally done," said Mayor Lena Ortiz, who cut the ribbon in front of a large crowd.</p>
</article><script>var tracking = "ignore me";</script></body></html>""",
        encoding="utf-8",
    )
    article = read_all([str(page)])[0]
    assert article.title == "Bridge Reopens"
    assert article.authors == ("Jane Roe",)
    assert article.published == "2024-03-02T10:00:00+00:00"  # with its clock time and zone
    assert "Harbor Bridge reopened" in article.text
    assert "ignore me" not in article.text


def test_dateline_opening_paragraph_is_body_not_headline():
    text = "WASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton vowed on Saturday to act.\n\nMore."
    layout = parse_layout(text)
    assert layout.title is None
    assert text[layout.body[0][0] :].startswith("WASHINGTON, August 8")


def test_opening_line_ending_in_a_colon_is_body_not_headline():
    text = "The Courier said in an editorial on Monday, May 4:\n\nThe council must act.\n\nMore."
    layout = parse_layout(text)
    assert layout.title is None
    assert text[layout.body[0][0] :].startswith("The Courier said")


@pytest.mark.parametrize(
    "author, publisher, kept",
    [
        ("Radio Nordkapp (www.rnk.example)", "Radio Nordkapp (www.rnk.example)", ()),
        ("Radio Nordkapp", "\u00a9 2025 Radio Nordkapp. All rights reserved", ()),
        # a reporter whose initials are the site's is still a reporter
        ("Rune Nils Karlsen", "Radio Nordkapp (www.rnk.example)", ("Rune Nils Karlsen",)),
    ],
)
def test_page_author_that_is_the_named_publisher_is_dropped(author, publisher, kept):
    import trafilatura

    from newscli.articles.html import _publishers, page_authors

    tree = trafilatura.load_html(
        f'<html><head><meta name="publisher" content="{publisher}"></head><body></body></html>'
    )
    assert page_authors(author, "RNK.COM", "rnk.example", _publishers(tree)) == kept


@pytest.mark.parametrize(
    "note, updated",
    [
        (
            "UPDATE (March 4, 2025, 3:10 p.m.): The district said schools reopen Wednesday.",
            "2025-03-04T15:10:00",
        ),
        ("Updated 5 March: Schools reopen Wednesday, the district said.", "2025-03-05"),
        ("The update, officials said, came late: schools reopen Wednesday.", None),
        ("Update: the district said schools reopen Wednesday.", None),
    ],
)
def test_an_editors_update_note_in_the_body_gives_the_update_date(note, updated):
    text = f"Storm closes schools\n\nSchools in the valley closed on Monday.\n\n{note}"
    assert article_from_text("t", text, published="2025-03-03").updated == updated


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "cut', "invalid JSON: Unterminated string starting at column 10"),
        ('{"text": }', "invalid JSON: Expecting value at column 10"),
    ],
)
def test_a_broken_json_line_says_where_in_the_line(tmp_path, line, message):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": "A story."}) + "\n" + line + "\n", encoding="utf-8")
    errors = [str(i) for i in read_all([str(path)]) if isinstance(i, InputError)]
    assert errors == [f"{path}:2: {message}"]


def test_a_folder_names_the_files_it_does_not_read(tmp_path, caplog):
    (tmp_path / "story.txt").write_text("The council met on Monday.", encoding="utf-8")
    for name in ("minutes.docx", "photo.jpg", "scan.pdf", "notes.rtf"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".hidden").write_bytes(b"x")
    with caplog.at_level("WARNING", logger="newscli"):
        items = read_all([str(tmp_path)])
    assert [a.source for a in items if not isinstance(a, InputError)] == [str(tmp_path / "story.txt")]
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1, warnings
    assert "4 file(s) of other types not read (minutes.docx, notes.rtf, photo.jpg and 1 more)" in warnings[0]


LIVE_PAGE = (
    "Live: Flood Warnings Along the Severn\n\n"
    "By Tomas Lind\n"
    "June 9, 2031\n\n"
    "16:20 BST - The Environment Agency said river levels were still rising at Bewdley.\n\n"
    "15:05 BST: Volunteers are filling sandbags outside the town hall.\n\n"
    "Updated 14:45\n"
    "The ferry operator said crossings would resume on Friday.\n\n"
    "13:10 Police closed the riverside road.\n\n"
    "12.30pm\n\n"
    "At 11:30 the first barriers went up, a spokeswoman said.\n"
)


def test_live_entry_stamps_are_layout_outside_the_body():
    article = article_from_text("live.txt", LIVE_PAGE)
    stamps = [article.text[s:e] for s, e in article.entry_stamps]
    assert stamps == ["16:20 BST", "15:05 BST", "Updated 14:45", "13:10", "12.30pm"]
    body = [article.text[s:e] for s, e in article.body]
    assert body[0].startswith("The Environment Agency said")
    assert body[1].startswith("Volunteers are")
    assert any(p.startswith("The ferry operator said") for p in body)
    assert any(p.startswith("Police closed") for p in body)
    assert body[-1].startswith("At 11:30 the first barriers")  # a sentence that opens with a time
    blanked = article.body_text()
    assert "BST" not in blanked and "14:45" not in blanked and "12.30pm" not in blanked


@pytest.mark.parametrize(
    "paragraph",
    [
        "11:30 is the hour the gates open, the council said.",
        "10.50 euros was the fare last spring.",
        "At 14:05 GMT the alarm sounded.",
        "The 09:15 service from Leeds was cancelled.",
    ],
)
def test_a_paragraph_that_opens_with_a_time_in_a_sentence_keeps_it(paragraph):
    article = article_from_text("s.txt", "Trains Cancelled\n\n" + paragraph)
    assert article.entry_stamps == ()
    assert [article.text[s:e] for s, e in article.body] == [paragraph]


@pytest.mark.parametrize(
    "data, text, warning",
    [
        # a UTF-8 file with two bytes an 8-bit editor wrote: the bytes are Windows-1252
        (
            "The \u201cold\u201d harbour, said Ren".encode() + b"\xe9 Mart\xedn.",
            "The \u201cold\u201d harbour, said Ren\u00e9 Mart\u00edn.",
            "not valid UTF-8; read as UTF-8 with 2 bytes as Windows-1252 (a guess)",
        ),
        (
            codecs.BOM_UTF8 + "\u201cWe sail,\u201d said the skipper of the Gen".encode() + b"\xe8ve.",
            "\u201cWe sail,\u201d said the skipper of the Gen\u00e8ve.",
            "read as UTF-8 with 1 byte as Windows-1252",
        ),
        (
            "Die Stra\u00dfe nach K\u00f6ln bleibt bis M\u00e4rz gesperrt.".encode("cp1252"),
            "Die Stra\u00dfe nach K\u00f6ln bleibt bis M\u00e4rz gesperrt.",
            "not UTF-8; read as Windows-1252 (a guess)",
        ),
        (
            "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0441\u043a\u0430\u0437\u0430\u043b \u0432 "
            "\u043f\u044f\u0442\u043d\u0438\u0446\u0443, \u0447\u0442\u043e \u043c\u043e\u0441\u0442 "
            "\u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u0432 \u043c\u0430\u0435.".encode("koi8-r"),
            "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0441\u043a\u0430\u0437\u0430\u043b \u0432 "
            "\u043f\u044f\u0442\u043d\u0438\u0446\u0443, \u0447\u0442\u043e \u043c\u043e\u0441\u0442 "
            "\u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u0432 \u043c\u0430\u0435.",
            "(a guess)",  # another alphabet: charset-normalizer's guess, named
        ),
    ],
)
def test_a_decoding_that_is_a_guess_reads_western_bytes_as_windows_1252_and_warns(data, text, warning, caplog):
    with caplog.at_level("WARNING", logger="newscli"):
        assert decode(data, "desk/story.txt") == text
    (record,) = caplog.records
    assert record.getMessage().startswith("desk/story.txt: ") and warning in record.getMessage()


@pytest.mark.parametrize(
    "data",
    [
        "Plain UTF-8: caf\u00e9, \u201cquoted\u201d, 20\u00b0C.".encode(),
        "Eine Zeile in UTF-16 mit Umlauten: \u00e4\u00f6\u00fc.".encode("utf-16"),
        "\u65b0\u6865\u5468\u4e00\u5f00\u901a\u3002".encode("utf-16"),
    ],
)
def test_a_certain_decoding_gives_no_warning(data, caplog):
    with caplog.at_level("WARNING", logger="newscli"):
        decode(data, "s.txt")
    assert not caplog.records


def test_eight_bit_text_behind_a_utf16_mark_is_a_warning_not_silence(caplog):
    data = codecs.BOM_UTF16_LE + b"Harbour news, told in 8-bit bytes!\n\n"
    with caplog.at_level("WARNING", logger="newscli"):
        decode(data, "odd.txt")
    (record,) = caplog.records
    assert record.getMessage().startswith("odd.txt: the text after its UTF-16 byte-order mark")


def _page(tmp_path, head: str, top: str):
    page = tmp_path / "page.html"
    page.write_text(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>
<nav><ul><li>News</li><li>Sport</li></ul></nav><main>{top}
<p>The valley's only bus route will stop running on Sundays from April, the operator said on Monday.</p>
<p>Riders who depend on it for hospital visits said they had not been asked before the change.</p>
</main><footer>About us</footer></body></html>""",
        encoding="utf-8",
    )
    (article,) = read_all([str(page)])
    return article


@pytest.mark.parametrize(
    "line",
    [
        '<div class="meta">Updated 11:05 CET, Wed 5 Mar 2025</div>',
        '<p class="dateline"><span>Last updated:</span> <time>11:05 CET, Wed 5 Mar 2025</time></p>',
    ],
)
def test_a_page_update_line_gives_updated_and_is_no_publication_date(tmp_path, line):
    article = _page(tmp_path, "<title>Sunday Buses Axed - Valley Post</title>", f"<h1>Sunday Buses Axed</h1>{line}")
    assert article.updated == "2025-03-05T11:05:00+01:00"
    assert article.published is None  # the page says when it was updated, not when first published
    assert "Updated" not in article.body_text()


def test_a_page_update_line_beside_a_publication_date_keeps_both(tmp_path):
    article = _page(
        tmp_path,
        '<title>Sunday Buses Axed - Valley Post</title><meta name="date" content="2025-03-05">',
        '<h1>Sunday Buses Axed</h1><div class="meta">Updated 11:05 CET, Wed 5 Mar 2025</div>',
    )
    assert article.published == "2025-03-05"  # the day alone: the update tells the time
    assert article.updated == "2025-03-05T11:05:00+01:00"


@pytest.mark.parametrize(
    "title",
    [
        "<title>Sunday Buses Axed - Valley Post</title>",
        '<title>Operator ends Sunday service | Valley Post</title><meta property="og:title" content="Operator ends Sunday service">',
    ],
)
def test_the_h1_headline_stays_out_of_the_body(tmp_path, title):
    article = _page(tmp_path, title, "<h1>Sunday Buses Axed</h1>")
    assert "Sunday Buses Axed" not in article.body_text()
    assert article.body_text().strip().startswith("The valley's only bus route")


@pytest.mark.parametrize(
    "entry",
    ["18:20 CET:\nThe lifeboat crew was stood down.", "6.20pm \u2014 The lifeboat crew was stood down."],
)
def test_an_entry_stamp_ends_at_its_sign_or_its_line(entry):
    article = article_from_text("live.txt", "Live: Gales\n\n" + entry)
    assert [article.text[s:e] for s, e in article.body] == ["The lifeboat crew was stood down."]
