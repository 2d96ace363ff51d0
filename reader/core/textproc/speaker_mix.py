"""Who is speaking around a point of a transcript whose file names its speakers.

Diarized ASR (``[Speaker 3]:``) and notes (``**Name**:``) tell us who says each sentence. A
talk is given by someone: where one talk ends and the next begins, a voice that was not
heard in the minutes before takes over the minutes after (the host's introduction comes
first, then the new speaker talks at length). Inside a talk, an interview or a panel, the
same few voices keep alternating. :meth:`SpeakerMix.new_voice` measures that, from prefix
sums, in constant time per gap.

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
    """Per-speaker prefix sums of weighted characters over a stream of units."""

    def __init__(self, units: Sequence[Unit], offsets: Sequence[int]) -> None:
        self.offsets = offsets
        weights: Counter[str] = Counter()
        for index, unit in enumerate(units):
            if unit.speaker:
                weights[unit.speaker] += offsets[index + 1] - offsets[index]
        total = offsets[-1] if offsets else 0
        self.labelled = len(weights) >= 2 and sum(weights.values()) >= _LABELLED_SHARE * total
        self.speakers: list[str] = sorted(weights) if self.labelled else []
        self.prefix: dict[str, array[int]] = {}
        for speaker in self.speakers:
            sums = array("q", [0])
            running = 0
            for index, unit in enumerate(units):
                if unit.speaker == speaker:
                    running += offsets[index + 1] - offsets[index]
                sums.append(running)
            self.prefix[speaker] = sums
        # Turns of some length (a sentence or more): a diarizer's flicker on "嗯" is no turn.
        starts = [
            index
            for index, unit in enumerate(units)
            if index > 0 and unit.speaker and unit.speaker != units[index - 1].speaker
        ]
        substantial = set()
        for number, first in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(units)
            if offsets[end] - offsets[first] >= _TURN_CHARS:
                substantial.add(first)
        self.turns = array("q", [0])
        for index in range(len(units)):
            self.turns.append(self.turns[-1] + (index in substantial))

    def _window(self, first: int, end: int) -> dict[str, int]:
        return {speaker: sums[end] - sums[first] for speaker, sums in self.prefix.items()}

    def new_voice(self, b: int) -> float:
        """Share of the speech just after gap *b* given by voices not heard just before it (0–1),
        discounted where the speech after is a conversation rather than a monologue.

        0.0 where the file names no speakers, or at the very start.
        """
        if not self.labelled or b <= 0:
            return 0.0
        offsets = self.offsets
        first = max(0, bisect.bisect_left(offsets, offsets[b] - BEFORE_CHARS))
        end = min(len(offsets) - 1, bisect.bisect_left(offsets, offsets[b] + AFTER_CHARS))
        before = self._window(first, b)
        after = self._window(b, end)
        before_total = sum(before.values())
        after_total = sum(after.values())
        if not before_total or not after_total:
            return 0.0
        new = sum(chars for speaker, chars in after.items() if before[speaker] < _HEARD_SHARE * before_total)
        turns = self.turns[end] - self.turns[b]
        monologue = 1.0 - min(1.0, max(0, turns - _MONOLOGUE_TURNS) / (_CONVERSATION_TURNS - _MONOLOGUE_TURNS))
        return new / after_total * monologue
