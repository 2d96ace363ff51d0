"""Talk boundaries and titles: the shared sample, synthetic notes of other shapes, and the
edge cases (single talks that must stay whole, a boundary inside a source line)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import textproc_transcripts as transcripts

from reader.core import library as lib
from reader.core.db import Library
from reader.core.importing import prepare_import
from reader.core.textproc.boundary_eval import boundary_match
from reader.core.textproc.language import detect_language
from reader.core.textproc.sentences import split_sentences
from reader.core.textproc.talks import TITLE_MAX_CHARS, describe_talk, find_talk_starts, score_boundaries
from reader.core.textproc.units import Unit
from tests.conftest import SAMPLE_TALKS


def _width(text: str) -> int:
    return sum(2 if re.match(r"[\u3000-\u9fff\uff00-\uffef]", char) else 1 for char in text)


def _assert_sensible_title(title: str) -> None:
    assert title.strip() == title and title
    assert _width(title) <= TITLE_MAX_CHARS
    assert not re.search(r"呃|嗯|\bum\b|\buh\b|😊", title), title
    assert not re.match(r"[,，。.!?！？;；:：]", title), title


# --- the shared sample --------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_plan() -> object:
    return prepare_import(Path(SAMPLE_TALKS).with_name("baai-2023-notes-6-part1.txt"))


def test_sample_boundary_f1(sample_plan) -> None:
    truth = json.loads(SAMPLE_TALKS.read_text(encoding="utf-8"))
    true_starts = [talk["first_line"] for talk in truth["talks"]]
    predicted = [talk.source_lines[0] for talk in sample_plan.talks]
    score = boundary_match(predicted, true_starts, tolerance=3)
    assert score.f1 >= 0.95, (predicted, true_starts)


def test_sample_yields_five_talks_with_sensible_titles(sample_plan) -> None:
    talks = sample_plan.talks
    assert len(talks) == 5
    for talk in talks:
        _assert_sensible_title(talk.title)
    assert talks[0].source_lines[0] == 4  # line 2 is the document's title
    # Titles come from the introductions where the host gave one.
    assert "OPT" in talks[3].title
    assert talks[4].title.lower().startswith("advances in models")
    assert talks[1].speakers and "西蒙" in talks[1].speakers
    # The panel has no introduction: its title is made of its key phrases, in its language,
    # and a machine-translated talk on chips is named by what it is about.
    assert detect_language(talks[2].title) == "en"
    assert "model" in talks[2].title.lower()
    assert "芯片" in talks[1].title


def test_sample_import_stores_five_talks(tmp_path: Path, sample_notes: Path) -> None:
    library = Library.open(tmp_path / "library.sqlite3")
    try:
        result = lib.import_file(library, sample_notes)
        assert result.status == "imported"
        assert [talk.source_lines[0] for talk in result.talks] == [4, 89, 275, 822, 1186]
        with library.read_session() as session:
            titles = [summary.title for summary in lib.list_talks(session)]
        assert len(titles) == 5 and all(titles)
    finally:
        library.close()


# --- synthetic notes of other shapes ---------------------------------------------------------


@pytest.mark.parametrize("name", sorted(transcripts.ALL))
def test_synthetic_notes_are_split_where_talks_start(name: str, tmp_path: Path) -> None:
    transcript = transcripts.ALL[name]()
    path = tmp_path / f"{name}.txt"
    path.write_text(transcript.text, encoding="utf-8")
    talks = prepare_import(path).talks
    predicted = [talk.source_lines[0] for talk in talks]
    assert boundary_match(predicted, transcript.starts).f1 == 1.0, (predicted, transcript.starts)
    for talk in talks:
        _assert_sensible_title(talk.title)


def test_synthetic_titles_and_speakers(tmp_path: Path) -> None:
    path = tmp_path / "forum.txt"
    path.write_text(transcripts.chinese_forum().text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert [(t.title, t.speakers) for t in talks] == [
        ("图神经网络的可解释性", "张伟"),
        ("大模型的价值对齐", "李娜"),
        ("面向大模型的芯片架构", "王强"),
    ]
    path = tmp_path / "conference.txt"
    path.write_text(transcripts.english_conference().text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert [t.speakers for t in talks] == ["Alice Martin", "Bob Chen", "Carol Davis"]
    assert talks[1].title == "Efficient inference for large language models"


# --- units built by hand ------------------------------------------------------------------------


def _units(lines: list[str], first_line: int = 1) -> list[Unit]:
    """Sentence units of *lines*, one source line each, consecutive line numbers."""
    units: list[Unit] = []
    for number, line in enumerate(lines):
        for start, end in split_sentences(line):
            text = line[start:end]
            units.append(Unit(text, detect_language(text), first_line + number, first_line + number, number))
    return units


def test_boundary_inside_a_line_after_the_hosts_thanks() -> None:
    first = transcripts.body("graphs", 30, 21)
    second = transcripts.body("chips", 30, 22)
    handover = "我的报告就到这里,谢谢大家。感谢张老师的精彩报告。下面我们有请王强博士,他报告的题目是《芯片架构》。"
    units = _units([*first, handover, *second])
    starts = find_talk_starts(units)
    assert len(starts) == 2
    start = units[starts[1]]
    assert start.text.startswith("下面我们有请")
    assert units[starts[1] - 1].line == start.line, "the host's thanks stay with the first talk"
    assert describe_talk(units[starts[1] :]).speakers == "王强"


def test_topic_drift_alone_never_splits() -> None:
    # Three topics in one language, no hand-over, no pause: one talk that wanders.
    lines = transcripts.body("robots", 25, 31) + transcripts.body("climate", 25, 32) + transcripts.body("panel", 25, 33)
    assert find_talk_starts(_units(lines)) == [0]


def test_short_language_switch_is_not_a_talk() -> None:
    lines = transcripts.body("inference", 30, 41)
    lines[15:15] = ["好的,大家线上如果有问题可以打在评论区。", "嗯,我们继续。"]
    assert find_talk_starts(_units(lines)) == [0]


def test_farewell_at_the_end_is_not_a_new_talk() -> None:
    lines = transcripts.body("robots", 40, 51) + [
        "Thank you so much for your talk。",
        "Thanks so much for having me, my name is on the slide if you want to reach me, bye。",
    ]
    assert find_talk_starts(_units(lines)) == [0]


def test_hosts_opening_stays_with_the_first_talk() -> None:
    lines = [
        "大家上午好,欢迎来到今天的论坛。",
        "下面有请第一位讲者,清华大学的张伟教授。",
        "谢谢主持人,大家好,我是张伟。",
        *transcripts.body("graphs", 30, 61),
    ]
    assert find_talk_starts(_units(lines)) == [0]


def test_empty_and_tiny_inputs() -> None:
    assert find_talk_starts([]) == []
    assert score_boundaries([]) == []
    one = _units(["Hello。"])
    assert find_talk_starts(one) == [0]
    assert describe_talk(one).title == "Hello"


def test_titles_never_empty() -> None:
    assert describe_talk(_units(["😊。", "嗯。"])).title == "Untitled talk"
    title = describe_talk(_units(["呃,嗯,我们我们今天讲扩散模型的原理和应用。"])).title
    assert title == "我们今天讲扩散模型的原理和应用"


@pytest.mark.parametrize(
    ("lines", "title", "speaker"),
    [
        (["下面有请李娜研究员,她报告的题目是《大模型的价值对齐》。"], "大模型的价值对齐", "李娜"),
        (
            ["报告题目叫做 of developing OPT 呃 one hundred seventy five billion。那简单介绍一下我们的苏珊老师。"],
            "Of developing OPT one hundred seventy five billion",
            "苏珊",
        ),
        (
            [
                "Please welcome Professor Stefano Ermon。",
                "Thanks for the introduction, today I'm going to talk about "
                "score-based diffusion models and how they work。",
            ],
            "Score-based diffusion models and how they work",
            "Stefano Ermon",
        ),
        (
            ["Hi everyone, my name is Susan Zhang。 So today I'm talking about the trials of developing OPT。"],
            "The trials of developing OPT",
            "Susan Zhang",
        ),
        (
            [
                "So, let's please give a big giant warm welcome to Dana Okafor.",
                "Thank you. Today I'm going to talk about reading the weather from old ship logs.",
            ],
            "Reading the weather from old ship logs",
            "Dana Okafor",
        ),
        (
            [
                "So, we're gonna welcome Lisbon's very own Rui Costa.",
                "Thanks for having me. Today I'm going to talk about sound design for games.",
            ],
            "Sound design for games",
            "Rui Costa",
        ),
        (
            ["So um you know the the robot has to grasp the mug from the table and put it in the sink。"],
            "The robot has to grasp the mug from the table and put it…",
            None,
        ),
    ],
)
def test_describe_talk(lines: list[str], title: str, speaker: str | None) -> None:
    info = describe_talk(_units(lines))
    assert info.title == title
    assert info.speakers == speaker


def _reassembled_sample(tmp_path: Path, order: list[int], *, blank_lines: bool) -> tuple[Path, list[int]]:
    """The sample's talks in another *order*, with or without its blank lines: the splitter must
    not depend on where the sample's talks happen to sit or how its notes were spaced."""
    lines = (Path(SAMPLE_TALKS).with_name("baai-2023-notes-6-part1.txt")).read_text(encoding="utf-8").split("\n")
    talks = json.loads(SAMPLE_TALKS.read_text(encoding="utf-8"))["talks"]
    out: list[str] = []
    starts: list[int] = []
    for index in order:
        block = lines[talks[index]["first_line"] - 1 : talks[index]["last_line"]]
        if not blank_lines:
            block = [line for line in block if line.strip()]
        if out and blank_lines:
            out.extend(["", ""])
        starts.append(len(out) + 1)
        out.extend(block)
    path = tmp_path / "reassembled.txt"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path, starts


@pytest.mark.parametrize(
    ("order", "blank_lines"),
    [([0, 1, 2, 3, 4], False), ([0, 2, 1, 4, 3], True), ([0, 2, 3, 1, 4], False)],
)
def test_sample_talks_reassembled(tmp_path: Path, order: list[int], blank_lines: bool) -> None:
    path, starts = _reassembled_sample(tmp_path, order, blank_lines=blank_lines)
    predicted = [talk.source_lines[0] for talk in prepare_import(path).talks]
    assert boundary_match(predicted, starts).f1 == 1.0, (predicted, starts)


def test_a_few_lines_in_two_languages_are_one_talk() -> None:
    from reader.core.textproc.talks import find_talk_starts
    from reader.core.textproc.units import Unit

    lines = ["我们今天讨论模型的对齐问题。", "We talk about alignment today.", "Thank you."]
    units = [
        Unit(text=t, lang="zh" if i == 0 else "en", line=i + 1, line_end=i + 1, block=i) for i, t in enumerate(lines)
    ]
    assert find_talk_starts(units) == [0]


# --- titles from key phrases ---------------------------------------------------------------


def _talk(lang: str, sentences: list[str]) -> list[Unit]:
    return [Unit(text=text, lang=lang, line=i + 1, line_end=i + 1, block=i) for i, text in enumerate(sentences)]


def test_a_talk_without_an_announced_title_is_named_by_its_key_phrases() -> None:
    talk = _talk(
        "en",
        [
            "When I was eight years old I had a ritual after school.",
            "Today the memory wall limits every accelerator we build.",
            "High bandwidth memory sits next to the accelerator die.",
            "So the memory wall is about bandwidth, not compute.",
            "Every accelerator waits on memory bandwidth most of the time.",
            "Thank you.",
        ],
    )
    title = describe_talk(talk).title
    _assert_sensible_title(title)
    assert "memory" in title.lower() and not title.startswith("When I was")


def test_key_phrases_prefer_what_sets_a_talk_apart_from_its_neighbours() -> None:
    from reader.core.textproc.key_phrases import PhraseContext, key_phrases

    robots = ["Robots learn grasping from play.", "Robots grasp cups.", "Grasping needs robots and play."]
    games = ["Children play board games.", "Board games teach play.", "Play with board games every day."]
    context = PhraseContext.of([robots, games])
    assert "play" not in [phrase.lower() for phrase in key_phrases(robots, "en", context)[:1]]
    assert key_phrases(robots, "en", context)[0].lower().startswith(("robot", "grasp"))


def test_chinese_key_phrases_are_nouns_not_fillers_or_names() -> None:
    talk = _talk(
        "zh",
        [
            "呃，我们今天讲芯片的内存带宽。",
            "内存带宽决定了芯片的推理速度，张伟老师也这么说。",
            "所以芯片设计要先考虑内存带宽。",
            "那个就是说，推理芯片的内存非常关键。",
        ],
    )
    title = describe_talk(talk).title
    _assert_sensible_title(title)
    assert "芯片" in title and "张伟" not in title and "那个" not in title


def test_named_speakers_come_from_labels_but_not_from_diarizer_numbers() -> None:
    from dataclasses import replace

    from reader.core.textproc.talk_titles import named_speakers

    talk = _talk("en", ["Hello there friends.", "We study robots.", "Robots are fun to build."])
    labelled = [replace(talk[0], speaker="Host"), *(replace(u, speaker="Ada Park") for u in talk[1:])]
    assert named_speakers(labelled) == "Ada Park"
    assert named_speakers([replace(u, speaker="Speaker 2") for u in talk]) is None


# --- headings are evidence, not cuts ---------------------------------------------------------


def _section(title: str, topic: str, seed: int, speaker: str | None = None) -> str:
    lines = transcripts.body(topic, 20, seed, end=".")
    prefix = f"**{speaker}**: " if speaker else ""
    return f"### {title}\n\n" + "\n\n".join(prefix + line for line in lines) + "\n"


def test_section_headings_of_one_talk_do_not_split_it(tmp_path: Path) -> None:
    text = "---\ntitle: Notes on serving models\n---\n\n" + "\n".join(
        _section(title, "inference", seed)
        for seed, title in enumerate(["Why memory matters", "Batching", "Quantization", "Costs"], start=70)
    )
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert len(talks) == 1
    assert talks[0].title == "Notes on serving models"


def test_headings_that_name_speakers_start_talks(tmp_path: Path) -> None:
    sections = [
        ("Ada Park: Robots that learn", "robots"),
        ("Ben Liu: Cheaper inference", "inference"),
        ("Chloe Moss: Forecasting floods", "climate"),
    ]
    text = "# Summit day two\n\n" + "\n".join(
        _section(title, topic, 80 + index) for index, (title, topic) in enumerate(sections)
    )
    path = tmp_path / "day.md"
    path.write_text(text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert [talk.title for talk in talks] == [title for title, _ in sections]
    lines = text.split("\n")
    assert [talk.source_lines[0] for talk in talks] == [lines.index(f"### {title}") + 1 for title, _ in sections]


def test_headings_over_sections_that_each_open_with_a_hello_start_talks(tmp_path: Path) -> None:
    """A demo day's notes put a company's name over each pitch ("### Koframe：…"): nothing in
    the headings names a talk, but each section begins with its founder's hello."""
    pitches = [
        ("Quillstone：写作助手", "robots", "Hello everyone, my name is Ada Park and I build Quillstone."),
        ("Tidewell：洪水预报", "climate", "大家好，我是陈明，我们在做洪水预报。"),
        ("Lumenport：推理加速", "inference", "Hi, I'm Ben Liu, the founder of Lumenport."),
        ("Graphwise：图学习", "graphs", "Hi everyone, I'm Chloe Moss from Graphwise."),
    ]
    text = "---\ntitle: Demo day\n---\n\n" + "\n".join(
        _section(title, topic, 95 + index).replace(f"### {title}\n\n", f"### {title}\n\n{hello}\n\n")
        for index, (title, topic, hello) in enumerate(pitches)
    )
    path = tmp_path / "demo-day.md"
    path.write_text(text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert [talk.title for talk in talks] == [title for title, _, _ in pitches]


def test_sections_of_one_talk_stay_one_talk_when_only_the_first_opens_with_a_hello(tmp_path: Path) -> None:
    text = "---\ntitle: Notes on serving models\n---\n\n" + "\n".join(
        _section(title, "inference", seed)
        for seed, title in enumerate(["Why memory matters", "Batching", "Quantization", "Costs"], start=120)
    )
    text = text.replace("### Why memory matters\n\n", "### Why memory matters\n\nHello everyone, I'm Ben Liu.\n\n")
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    assert len(prepare_import(path).talks) == 1


def test_comment_lines_left_in_front_of_notes_are_no_talk_level(tmp_path: Path) -> None:
    """Lines like "# Taxonomy (v6.0)" left over from a template read as headings of a line each;
    the podcast's hello right after them does not make them talks."""
    body = "\n".join(
        _section(title, "inference", seed)
        for seed, title in enumerate(["开场：一位有趣的朋友", "Batching", "Quantization", "Costs"], start=130)
    )
    body = body.replace(
        "### 开场：一位有趣的朋友\n\n", "### 开场：一位有趣的朋友\n\n欢迎来到我们的播客，我是主持人。\n\n"
    )
    text = "# Taxonomy selection (v6)\n# Project strategy (v6):\n# Projects are left empty.\n\n" + body
    path = tmp_path / "podcast.md"
    path.write_text(text, encoding="utf-8")
    assert len(prepare_import(path).talks) == 1


def test_a_heading_between_thanks_and_an_introduction_starts_a_talk_by_a_voice_heard_before(
    tmp_path: Path,
) -> None:
    """Notes naming their speakers: the guest of the second talk spoke on the opening panel too,
    so no new voice takes over, but the host's thanks, a heading naming a conversation and the
    host's introduction say a talk starts there."""
    opening = [
        f"**{'Host' if n % 3 == 0 else 'Ada Park' if n % 3 == 1 else 'Ben Liu'}**: {line}"
        for n, line in enumerate(transcripts.body("climate", 40, 140, end="."))
    ]
    talk = [f"**Ada Park**: {line}" for line in transcripts.body("inference", 40, 141, end=".")]
    text = (
        "### Opening panel\n\n"
        + "\n\n".join(opening)
        + "\n\n**Host**: Thank you very much, Ben.\n\n### A conversation with Ada Park\n\n"
        + "**Host**: Now our next guest, please welcome Ada Park, who runs the inference team.\n\n"
        + "\n\n".join(talk)
        + "\n"
    )
    path = tmp_path / "forum.md"
    path.write_text(text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert len(talks) == 2 and talks[1].title == "A conversation with Ada Park"


def test_a_section_heading_with_a_new_voice_and_an_introduction_starts_a_talk(tmp_path: Path) -> None:
    host_intro = "**Host**: Thank you, Ada. Our next speaker is Ben Liu, please welcome Ben.\n\n"
    text = (
        _section("Opening and robots", "robots", 90, speaker="Ada Park")
        + "\n"
        + _section("Memory is the bottleneck", "inference", 91, speaker="Ada Park")
        .replace("### Memory is the bottleneck\n\n", "### Memory is the bottleneck\n\n" + host_intro)
        .replace("**Ada Park**", "**Ben Liu**")
    )
    path = tmp_path / "stream.md"
    path.write_text(text, encoding="utf-8")
    talks = prepare_import(path).talks
    assert len(talks) == 2
    assert talks[1].title == "Memory is the bottleneck"
    assert talks[1].speakers and "Ben Liu" in talks[1].speakers


# --- where a hand-over begins: after the thanks for the talk before ---------------------------


def _captions(lines: list[str], speakers: list[str | None] | None = None) -> list[Unit]:
    """One sentence a unit and a block, as caption files give them (no paragraphs)."""
    speakers = speakers or [None] * len(lines)
    return [
        Unit(text, detect_language(text), number + 1, number + 1, number, speaker=speaker)
        for number, (text, speaker) in enumerate(zip(lines, speakers, strict=True))
    ]


def _sentences(topic: str, count: int, seed: int) -> list[str]:
    return [
        sentence.strip() + "."
        for line in transcripts.body(topic, count, seed, end=".")
        for sentence in line.split(".")
        if sentence.strip()
    ]


def test_a_hand_over_starts_at_the_hosts_transition_after_the_thanks() -> None:
    # The host's reactions to the talk that ended stay with it; "All right." turns to what comes next.
    first, second = _sentences("robots", 30, 101), _sentences("climate", 30, 102)
    handover = [
        "Thank you so much, Maya.",
        "What an incredible talk.",
        "I loved the part about the gripper.",
        "All right.",
        "We have one more speaker before the break.",
        "Our next speaker forecasts floods for cities.",
        "Please welcome Omar Reyes.",
    ]
    lines = [*first, *handover, *second]
    starts = find_talk_starts(_captions(lines))
    assert starts == [0, lines.index("All right.")]


def test_a_sentence_between_the_thanks_and_the_introduction_belongs_to_the_introduction() -> None:
    first, second = _sentences("inference", 30, 103), _sentences("climate", 30, 104)
    handover = [
        "Thank you again to everyone at the lab.",
        "And that is the world we all work in now.",
        "Our next speaker may have the answer.",
        "Please welcome Omar Reyes.",
    ]
    lines = [*first, *handover, *second]
    assert find_talk_starts(_captions(lines)) == [0, lines.index("And that is the world we all work in now.")]


def test_a_hosts_long_framing_after_the_thanks_leads_into_the_next_talk() -> None:
    """A minute of the host on the occasion of the next talk, between the thanks and the
    invitation, belongs to the talk it leads into; a reaction naming the last talk's subject
    stays with it."""
    first, second = _sentences("inference", 30, 111), _sentences("climate", 30, 112)
    handover = [
        "Thank you so much, Priya.",
        "Quantizing the key value cache like that is wild.",
        "Our event in Lagos last spring was extra special because a whole group of fellows came along.",
        "They travelled from twelve countries and stayed for three days of workshops with the community.",
        "The fellows program supports people like them across the arc of their careers.",
        "And one of them has been measuring the weather in a very unusual way.",
        "Please welcome Omar Reyes.",
    ]
    lines = [*first, *handover, *second]
    assert find_talk_starts(_captions(lines)) == [0, lines.index(handover[2])]


def test_a_hosts_interlude_between_two_talks_leads_into_the_next() -> None:
    """After "Thank you, Priya." the host talks about the event for a few minutes and thanks the
    organisers before introducing the next speaker: the interlude leads into the next talk, and
    the thanks to everybody inside it close nothing."""
    first, second = _sentences("inference", 120, 113), _sentences("climate", 30, 114)
    interlude = [
        "So, we wanted to take a moment to tell you a little more about the community events.",
        "From its beginnings fifteen years ago the community has hosted thousands of local meetups.",
        "Later this month the organisers will hold their five hundredth meetup in Nairobi.",
        "That is nearly ten thousand talks in forty languages, watched by millions of people.",
        "In a time when newsrooms are shrinking, this is a shining example of a different story.",
        "It is community building from the ground up, by communities and for communities.",
        "Could all the organisers in the room please stand up so that we can see you?",
        "Please put your hands together for them, they put in an amazing effort.",
        "And thank you so much everybody.",
        "Our experience in Lagos was nothing short of magical.",
        "Our next speaker taught us so much about the ocean that you just have to meet her.",
        "Please give a very warm welcome to Ada Obi.",
    ]
    lines = [*first, "Thank you.", "Oh, thank you, Priya.", *interlude, *second]
    assert find_talk_starts(_captions(lines)) == [0, lines.index(interlude[0])]


def test_a_podcasts_book_recommendation_with_its_authors_bio_stays_in_the_episode() -> None:
    """Near the end of one episode the hosts recommend a book and tell of its authors' research
    (研究方向, 毕业于): a bio with nobody invited is no hand-over."""
    episode = [line + "。" for line in "".join(transcripts.body("graphs", 60, 142)).split("。") if line]
    books = [
        "最后我们想推荐一本书",
        "这本书其实有两个作者",
        "一个作者他的研究方向",
        "他毕业于一所很好的大学",
        "他的研究方向其实就是科学学",
        "对 这是他的研究方向",
        "另一位作者现任一所大学的教授",
        "他的主要研究是复杂网络",
    ]
    tail = [line + "。" for line in "".join(transcripts.body("graphs", 12, 143)).split("。") if line]
    lines = [*episode, *books, *tail]
    assert find_talk_starts(_captions(lines)) == [0]


def test_the_hosts_quips_after_the_thanks_stay_with_the_talk_that_ended() -> None:
    guest = [line + "。" for line in "".join(transcripts.body("chips", 30, 105)).split("。") if line]
    author = [line + "。" for line in "".join(transcripts.body("graphs", 30, 106)).split("。") if line]
    host = [
        "再次谢谢林董事长。",
        "真是讲得太好了，",
        "这个数字将来还会更大啊。",
        "最后，",
        "我们特别邀请于董事长上台致辞。",
    ]
    lines = [*guest, *host, *author]
    speakers = ["Speaker 2"] * len(guest) + ["Speaker 1"] * len(host) + ["Speaker 3"] * len(author)
    starts = find_talk_starts(_captions(lines, speakers))
    assert starts == [0, lines.index("最后，")]


def _zh_lines(topic: str, seed: int) -> list[str]:
    return [line + "。" for line in "".join(transcripts.body(topic, 30, seed)).split("。") if line]


def test_a_hosts_long_introduction_starts_where_the_turn_leaves_the_thanks() -> None:
    """The host thanks the guest, reads a bio with a misheard "谢谢" in it and invites the next
    speaker twice: the talk starts at the host's first line after the opening thanks, not at
    the last invitation or after the stray thanks."""
    guest, author = _zh_lines("chips", 107), _zh_lines("graphs", 108)
    host = [
        "谢谢再次掌声，",
        "谢谢。",
        "王院长在学校服务了三十年，",
        "一直关心年轻人的教育。",
        "现在就掌声欢迎王院长上台。",
        "他曾经写过一本书，",
        "谢谢院长，",
        "书里讲了很多学生的故事，",
        "我们再次掌声欢迎王院长。",
    ]
    lines = [*guest, *host, *author]
    speakers = ["Speaker 2"] * len(guest) + ["Speaker 1"] * len(host) + ["Speaker 3"] * len(author)
    starts = find_talk_starts(_captions(lines, speakers))
    assert starts == [0, lines.index("王院长在学校服务了三十年，")]


def test_an_invitation_under_a_new_label_still_starts_at_the_hosts_turn() -> None:
    """The diarizer gives the host's last "掌声欢迎…" a label of its own: the hand-over is still
    the host's turn before it."""
    guest, author = _zh_lines("alignment", 109), _zh_lines("graphs", 110)
    host = [
        "感恩李老师，再次掌声谢谢。",
        "陈董事长和高教授认识了四十年，",
        "两个人一起办了很多活动。",
        "现在，",
        "让我们掌声欢迎陈董事长上台。",
        "陈董事长长期关心教育，",
    ]
    lines = [*guest, *host, "掌声欢迎陈董事长，", *author]
    speakers = ["Speaker 2"] * len(guest) + ["Speaker 1"] * len(host) + ["Speaker 4"] + ["Speaker 3"] * len(author)
    starts = find_talk_starts(_captions(lines, speakers))
    assert starts == [0, lines.index("陈董事长和高教授认识了四十年，")]


def test_a_bare_okay_ending_a_paragraph_closes_it() -> None:
    # Notes of several sentences a paragraph: "好的。" after the farewell ends the panel's paragraph,
    # and the host's introduction starts the next one.
    panel = [" ".join(_sentences("panel", 3, seed)) for seed in range(110, 140)]
    talk = transcripts.body("chips", 30, 107)
    lines = [
        *panel,
        "Sounds good. Great, thank you, bye. 好的。",
        "下面有请王强博士，他报告的题目是《芯片架构》。谢谢主持人，大家好。",
        *talk,
    ]
    units = _units(lines)
    starts = find_talk_starts(units)
    assert [units[start].line for start in starts] == [1, len(panel) + 2]


def test_a_greeting_and_a_self_introduction_open_a_segment_of_a_live_stream() -> None:
    # A pre-recorded piece ends with no thanks; the studio host comes back, greets and says who she is.
    video, interview = _sentences("climate", 30, 108), _sentences("climate", 30, 109)
    opening = ["Hello and welcome back to the studio.", "I'm Dana Whitfield and I am sitting down with a forecaster."]
    lines = [*video, *opening, *interview]
    assert find_talk_starts(_captions(lines)) == [0, len(video)]
    # A greeting alone (a viewer arriving) or a name alone is no new segment.
    for line in ("Hello everyone, good to see you here.", "I'm Dana Whitfield, by the way."):
        assert find_talk_starts(_captions([*video, line, *interview])) == [0]


def test_a_plain_thank_you_supports_the_introduction_after_it() -> None:
    # The speaker's own "Thank you." is how most talks end; a bare introduction after it is a hand-over.
    first, second = _sentences("inference", 30, 111), _sentences("robots", 30, 112)
    lines = [*first, "Thank you.", "The next speaker is going to come up and start setting up.", *second]
    assert find_talk_starts(_captions(lines)) == [0, len(first) + 1]


def test_a_greeting_before_an_introduction_supports_it() -> None:
    # Back from a break the host greets the room and introduces the next speaker; nobody is thanked.
    first, second = _sentences("inference", 30, 126), _sentences("robots", 30, 127)
    opening = [
        "Welcome back.",
        "The second part of today is about machines that learn by doing.",
        "Building a machine that learns is hard.",
        "Building one that learns from a child at play may be harder still.",
        "Our first speaker builds robots that learn from play.",
    ]
    lines = [*first, *opening, *second]
    assert find_talk_starts(_captions(lines)) == [0, len(first)]


def test_a_guests_farewell_stays_with_the_interview_it_ends() -> None:
    interview, animation = _sentences("robots", 30, 113), _sentences("climate", 30, 114)
    handover = [
        "Thank you for having me.",
        "It's been such a pleasure.",
        "Well, we have another guest coming up shortly, but first check out this animation on floods.",
    ]
    lines = [*interview, *handover, *animation]
    assert find_talk_starts(_captions(lines)) == [0, len(interview) + 2]


def test_the_thanks_are_sought_before_the_hosts_first_words_of_introduction() -> None:
    # The host opens a session at length and only then introduces the speaker: the session
    # opening after the thanks for the talk before leads into the talk.
    first, second = _sentences("robots", 30, 115), _sentences("climate", 30, 116)
    session = [
        "Thanks, Eric.",
        "Thank you so much.",
        "All right.",
        "Hello everyone, we are here at our third and final session.",
        "In our last session we traveled from the stage to the studio and back again.",
        "And somehow there are still more adventures planned for this afternoon.",
        "I have seen more surprising things today than in a whole year of my ordinary life.",
        "Before I introduce our next speaker, I want to give a big thank you to the crew.",
        "They have been working since five in the morning to make all of this happen.",
        "One of them told me at lunch that this is the most fun they have had in years.",
        "I asked her what she meant by that and she said it was the people in this room.",
        "So give yourselves a moment to look around at who is sitting next to you.",
        "Some of you came from very far away to be here with us today.",
        "And that is exactly what makes a day like this worth all the effort.",
        "She builds flood maps for coastal cities and has worked on three continents.",
        "Her models now warn whole neighbourhoods before the water arrives.",
        "Please welcome Omar Reyes.",
        "Thank you for the kind introduction, today I want to talk about floods.",
    ]
    lines = [*first, *session, *second]
    assert find_talk_starts(_captions(lines)) == [0, lines.index("All right.")]


def test_a_session_opening_leads_into_the_first_talk_of_the_session() -> None:
    first, second = _sentences("panel", 30, 117), _sentences("robots", 30, 118)
    opening = [
        "So, without further ado, back to you, Chris.",
        "Hello.",
        "Hello to everyone in the room.",
        "This is session two.",
        *_sentences("climate", 14, 119),  # the host's remarks: a couple of minutes, nobody thanked
        "Now, speaking of talent, our next speaker builds robots that learn from play.",
        "Please welcome Maya Ortiz.",
    ]
    lines = [*first, *opening, *second]
    assert find_talk_starts(_captions(lines)) == [0, lines.index("Hello.")]


def test_a_break_and_the_return_from_it_lead_into_the_next_talk() -> None:
    first, second = _sentences("inference", 30, 120), _sentences("robots", 30, 121)
    interlude = [
        "Thank you, Omar.",
        "We will now take a short break.",
        "See you back here at two.",
        *["Heat."] * 40,  # music, as captions hear it
        "Hey, welcome back.",
        "How was the expo?",
        "Our next speaker builds robots that learn from play.",
        "Please welcome Maya Ortiz.",
    ]
    lines = [*first, *interlude, *second]
    assert find_talk_starts(_captions(lines)) == [0, lines.index("We will now take a short break.")]


def test_a_mention_of_a_break_inside_a_talk_moves_nothing() -> None:
    first, second = _sentences("inference", 30, 122), _sentences("robots", 30, 123)
    lines = [
        *first[:20],
        "Let me take a short break from the math and show you a demo.",
        *first[20:],
        "Thank you, Omar.",
        "Our next speaker builds robots that learn from play.",
        "Please welcome Maya Ortiz.",
        *second,
    ]
    assert find_talk_starts(_captions(lines)) == [
        0,
        lines.index("Our next speaker builds robots that learn from play."),
    ]


def test_the_hosts_send_off_to_a_break_is_no_talk_of_its_own() -> None:
    # The host comes back on stage only to send everyone to a break; after it, the next talk.
    first, second = _sentences("inference", 30, 124), _sentences("robots", 30, 125)
    interlude = [
        "Thank you, Omar.",
        "Ladies and gentlemen, please join me in welcoming back to the stage our host Dana.",
        "Thank you.",
        "So that was the end of the keynotes.",
        "We will now take a short break, visit the sponsors outside.",
        "See you back here at two.",
        *["Heat."] * 400,  # minutes of music
        "Hey, welcome back.",
        "How was the expo?",
        "Our next speaker builds robots that learn from play.",
        "Please welcome Maya Ortiz.",
    ]
    lines = [*first, *interlude, *second]
    assert find_talk_starts(_captions(lines)) == [0, len(first) + 1]


def test_a_talk_after_the_return_from_a_break_keeps_the_break_out() -> None:
    # Break, return, a recorded message that ends with thanks, then the host introduces a speaker:
    # the speaker's talk starts after those thanks, not back at the break.
    first, film, second = (
        _sentences("inference", 30, 128),
        _sentences("climate", 20, 129),
        _sentences("robots", 30, 130),
    )
    lines = [
        *first,
        "Thank you, Omar.",
        "We will now take a short break.",
        *["Heat."] * 20,
        "Welcome back.",
        *film,
        "Thank you again to everyone here and enjoy the rest of the day.",
        "And that is the world we all work in now.",
        "Our next speaker builds robots that learn from play.",
        "Please welcome Maya Ortiz.",
        *second,
    ]
    starts = find_talk_starts(_captions(lines))
    assert starts[-1] == lines.index("And that is the world we all work in now.")


def test_the_event_opening_leads_into_the_talk_introduced_as_the_first() -> None:
    # A cold open, the MC welcomed on stage and minutes of housekeeping: all of it belongs to the
    # first talk, which the MC introduces as the first.
    cold_open = ["Every system begins with a question.", "Launch control.", "We have a go.", "Roger."]
    housekeeping = _sentences("panel", 24, 131)
    robots, inference = _sentences("robots", 30, 132), _sentences("inference", 30, 133)
    lines = [
        *cold_open,
        "Ladies and gentlemen, please join me in welcoming to the stage your host for today, Dana Whitfield.",
        "Good morning.",
        "Thank you.",
        *housekeeping,
        "So now we are going to introduce our first talk of the day.",
        "Our first speaker builds robots that learn from play.",
        "Please welcome Maya Ortiz.",
        *robots,
        "Thank you, Maya.",
        "Our next speaker makes language models cheaper to serve.",
        "Please welcome Omar Reyes.",
        *inference,
    ]
    assert find_talk_starts(_captions(lines)) == [0, lines.index("Thank you, Maya.") + 1]


def test_two_hand_overs_whose_starts_meet_are_one() -> None:
    # The host announces the next speaker, chats while the laptop is set up, announces again;
    # the speaker then names the talk. The second hand-over reaches back to the first: one talk.
    first, second = _sentences("inference", 30, 134), _sentences("robots", 30, 135)
    banter = _sentences("panel", 7, 136)
    lines = [
        *first,
        "Thank you, Omar.",
        "Our next speaker is going to set up.",
        *banter,
        "Our next speaker, sorry, is almost ready.",
        *_sentences("climate", 6, 137),
        "And so that is the title of today's talk.",
        "So to get started, my name is Maya Ortiz.",
        *second,
    ]
    assert find_talk_starts(_captions(lines)) == [0, len(first) + 1]


def test_inviting_someone_up_to_ask_a_question_is_no_hand_over() -> None:
    # A community Q&A on a livestream: the host asks for questions and invites a viewer on.
    host = [line + "。" for line in "".join(transcripts.body("chips", 30, 140)).split("。") if line]
    viewer = [line + "。" for line in "".join(transcripts.body("chips", 30, 141)).split("。") if line]
    asking = [
        "看一下大家还有什么问题，",
        "也可以开麦哈，",
        "也欢迎新朋友加入。",
        "小林你可以开麦或者打字都可以。",
        "好，",
        "我邀请他上来了。",
    ]
    lines = [*host, *asking, *viewer]
    speakers = ["Speaker 0"] * (len(host) + len(asking)) + ["Speaker 3"] * len(viewer)
    assert find_talk_starts(_captions(lines, speakers)) == [0]
