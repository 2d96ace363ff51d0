"""Who is speaking around a point of a transcript whose file names its speakers.

Diarized ASR (``[Speaker 3]:``) and notes (``**Name**:``) tell us who says each sentence. A
talk is given by someone: where one talk ends and the next begins, a voice that was not
heard in the minutes before takes over the minutes after (the host's introduction comes
first, then the new speaker talks at length). Inside a talk, an interview or a panel, the
same few voices keep alternating. :meth:`SpeakerMix.new_voice` measures that from windows that
slide with the gap, in constant time per gap (and per speaker).

A new voice in a conversation is no talk: a viewer calling into a livestream, a guest joining
a podcast. What follows a talk's start is a monologue — the host speaks once more at most, then
the speaker holds the floor — so the new voice counts only where turns are few just after.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Sequence

from reader.core.textproc.units import Unit

#: Look-behind and look-ahead windows, in weighted characters (about 6 and 3 minutes of speech).
BEFORE_CHARS = 6000
AFTER_CHARS = 3000
#: A voice with less than this share of the window before was not really "heard" there.
_HEARD_SHARE = 0.05
#: A file is labelled when this share of its text carries a speaker and two or more speak.
_LABELLED_SHARE = 0.5
#: Changes of speaker in the window after a talk's start that still read as a monologue (the
#: host's introduction, a word of thanks, a question or two), and where it is conversation.
_MONOLOGUE_TURNS = 5
_CONVERSATION_TURNS = 12
#: A turn shorter than this (weighted characters) is a backchannel, not a change of floor.
_TURN_CHARS = 60


class SpeakerMix:
    """Who speaks how much in the windows before and after each gap of a stream of units.

    Per unit it keeps two numbers: its speaker's number (two bytes) and whether a turn of some
    length starts there (one byte) — not running sums per speaker, which would take eight bytes
    a unit for every speaker (a large file of sixteen labelled voices: 130 MB). The windows'
    sums per speaker are kept up to date as the gap moves forward, one unit in and one out at
    a time; a gap before the previous one asked about makes them start over.
    """

    def __init__(self, units: Sequence[Unit], offsets: Sequence[int]) -> None:
        self.offsets = offsets
        weights: Counter[str] = Counter()
        for index, unit in enumerate(units):
            if unit.speaker:
                weights[unit.speaker] += offsets[index + 1] - offsets[index]
        total = offsets[-1] if offsets else 0
        self.labelled = len(weights) >= 2 and sum(weights.values()) >= _LABELLED_SHARE * total
        self.speakers: list[str] = sorted(weights) if self.labelled else []
        count = len(self.speakers)
        #: Each unit's speaker, by number in :attr:`speakers`; ``count`` for a unit without one.
        self._voice = array("H" if count < 0xFFFF else "L")
        #: 1 where a turn of some length (a sentence or more) starts: a diarizer's flicker on
        #: "嗯" is no turn.
        self._turn = array("b")
        if self.labelled:
            self._read_turns(units, offsets)
        # The windows [first, b) and [b, end) of the last gap asked about, with their sums.
        self._first = self._b = self._end = 0
        self._before = [0] * (count + 1)
        self._after = [0] * (count + 1)
        self._after_turns = 0

    def _read_turns(self, units: Sequence[Unit], offsets: Sequence[int]) -> None:
        numbers = {speaker: number for number, speaker in enumerate(self.speakers)}
        unnamed = len(self.speakers)
        voice, turn = self._voice, self._turn
        turn.frombytes(bytes(len(units)))
        current = -1  # where the turn under way started
        previous: str | None = None
        for index, unit in enumerate(units):
            speaker = unit.speaker
            voice.append(numbers.get(speaker, unnamed) if speaker else unnamed)
            if index > 0 and speaker and speaker != previous:
                if current >= 0 and offsets[index] - offsets[current] >= _TURN_CHARS:
                    turn[current] = 1
                current = index
            previous = speaker
        if current >= 0 and offsets[len(units)] - offsets[current] >= _TURN_CHARS:
            turn[current] = 1

    def _slide(self, first: int, b: int, end: int) -> None:
        """Move the windows to [first, b) and [b, end), each bound no earlier than before
        (else the sums start over from empty windows)."""
        if first < self._first or b < self._b or end < self._end:
            self._first = self._b = self._end = first
            self._before = [0] * len(self._before)
            self._after = [0] * len(self._after)
            self._after_turns = 0
        offsets, voice, turn = self.offsets, self._voice, self._turn
        before, after = self._before, self._after
        for index in range(self._end, end):  # into the window after
            after[voice[index]] += offsets[index + 1] - offsets[index]
            self._after_turns += turn[index]
        for index in range(self._b, b):  # from the window after to the one before
            chars = offsets[index + 1] - offsets[index]
            after[voice[index]] -= chars
            before[voice[index]] += chars
            self._after_turns -= turn[index]
        for index in range(self._first, first):  # out of the window before
            before[voice[index]] -= offsets[index + 1] - offsets[index]
        self._first, self._b, self._end = first, b, end

    def new_voice(self, b: int) -> float:
        """Share of the speech just after gap *b* given by voices not heard just before it (0–1),
        discounted where the speech after is a conversation rather than a monologue.

        0.0 where the file names no speakers, or at the very start. Quickest asked gap after gap.
        """
        if not self.labelled or b <= 0:
            return 0.0
        offsets = self.offsets
        first = max(0, bisect.bisect_left(offsets, offsets[b] - BEFORE_CHARS))
        end = min(len(offsets) - 1, bisect.bisect_left(offsets, offsets[b] + AFTER_CHARS))
        self._slide(first, b, end)
        count = len(self.speakers)
        before, after = self._before[:count], self._after[:count]
        before_total = sum(before)
        after_total = sum(after)
        if not before_total or not after_total:
            return 0.0
        new = sum(chars for chars, heard in zip(after, before, strict=True) if heard < _HEARD_SHARE * before_total)
        turns = self._after_turns
        monologue = 1.0 - min(1.0, max(0, turns - _MONOLOGUE_TURNS) / (_CONVERSATION_TURNS - _MONOLOGUE_TURNS))
        return new / after_total * monologue
