"""The script of a voice-guided set: which phrase is spoken at which second, and when it ends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from coach.plan import BACK_BEND, BACK_EXTENSION, BENDING, KNEE_ROTATION, PELVIC_LIFT
from coach.session import SET_REST_SECONDS, Kind, SessionItem

# Time to put the phone down and lie or stand ready before the first cue.
INTRO_SECONDS = 6.0
# "Rep three", "Bend two", "Set two", "Last one": said before the movement starts.
ANNOUNCE_SECONDS = 2.0
# One count a second during a hold, and one count a rep in a cadence.
COUNT_SECONDS = 1.0
# "Last one" before the final rep of a cadence, without breaking its rhythm for long.
LAST_ONE_SECONDS = 1.5
# "That's the set. Well done." and a breath after it; the bot asks how it went at the end.
CLOSING_SECONDS = 4.0
# Within the rest between sets: a word about breathing, and "Get ready" before the next set.
BREATHE_AFTER_SECONDS = 10.0
READY_BEFORE_SECONDS = 5.0

GET_READY = "voice-get-ready"
SET_DONE = "voice-set-done"
LAST_ONE = "voice-last-one"
HOLD = "voice-hold"
REST = "voice-rest"
BREATHE = "voice-breathe"
READY = "voice-ready"
BEND_REST = "voice-bend-rest"
# The between-sets phrase names its length, so only lengths with a phrase can be guided.
SET_REST_PHRASES = {30: "voice-rest-thirty"}
# Around the guided time of a session: reading each card and getting into position, and the
# two pain questions (bench/session_time.py prints the lengths that follow).
CARD_SECONDS = 20
PAIN_QUESTIONS_SECONDS = 15
# How far each numbered family of phrases goes in the clips.
MAX_REP, MAX_COUNT, MAX_BEND, MAX_SET = 20, 20, 10, 5
# Forms whose movement the recorded phrases do not name ("Lift your hips" is wrong against a
# wall, "Knees to the left" on a chair): no voice guide; they take as long as the plain form.
UNVOICED = frozenset({(PELVIC_LIFT, "wall"), (KNEE_ROTATION, "seated")})


@dataclass(frozen=True)
class HoldMoves:
    """How a held exercise goes into its hold (one phrase, or one a side) and out of it."""

    into: tuple[str, ...]
    out: str
    into_seconds: float = 2.0
    out_seconds: float = 2.0


@dataclass(frozen=True)
class Cadence:
    """A counted rhythm: a phrase on the way there, one on the way back, then the rep's count."""

    there: str
    back: str
    there_seconds: float = 2.0
    back_seconds: float = 2.0  # its last second carries the count


HOLD_MOVES = {
    PELVIC_LIFT: HoldMoves(("voice-lift",), "voice-down"),
    BACK_BEND: HoldMoves(("voice-press-up",), "voice-down"),  # the lying back bend
    # The knees fall slowly to the side and come back slowly: a second more each way.
    KNEE_ROTATION: HoldMoves(
        ("voice-knees-left", "voice-knees-right"), "voice-knees-middle", 3.0, 3.0
    ),
}
CADENCES = {
    BACK_EXTENSION: Cadence("voice-cadence-up", "voice-cadence-down"),
    # The standing back bend: coming back upright is given a moment more than leaning back.
    BACK_BEND: Cadence("voice-lean-back", "voice-and-up", 2.0, 2.5),
}
# The stages of one bend (coach.session.BEND_STAGES) with their seconds; the last two take longest.
BEND_STAGE_CUES = (
    ("voice-bend-chin", 4.0),
    ("voice-bend-upper", 4.0),
    ("voice-bend-lower", 4.0),
    ("voice-bend-reach", 6.0),
    ("voice-bend-up", 6.0),
)


@dataclass(frozen=True)
class GuidedSet:
    """What the voice guides: an exercise, how it is guided, and today's dose."""

    exercise_id: str
    guide: Kind
    sets: int
    reps: int
    hold_seconds: int = 0
    rest_seconds: int = 0  # between holds, or between bends; a cadence runs on without one
    per_side: bool = False
    set_rest_seconds: int = SET_REST_SECONDS
    variant: str | None = None

    @classmethod
    def of(cls, item: SessionItem) -> GuidedSet:
        """The guided set of a session's exercise at its dose, with the session's rests."""
        rest = 0 if item.kind is Kind.COUNT else item.rest_seconds
        return cls(
            item.exercise_id,
            item.kind,
            item.sets,
            item.reps,
            item.hold_seconds,
            rest,
            item.per_side,
            variant=item.variant,
        )


@dataclass(frozen=True)
class Cue:
    """One phrase (a clip id, the same as its Fluent message id) spoken at `at` seconds."""

    at: float
    clip: str


@dataclass(frozen=True)
class VoiceScript:
    """The timeline of a whole set: cues in order, and the set's length in seconds."""

    cues: tuple[Cue, ...]
    duration: float

    def slots(self) -> tuple[tuple[Cue, float], ...]:
        """Each cue with the seconds it has before the next cue (or the end)."""
        ends = [cue.at for cue in self.cues[1:]] + [self.duration]
        return tuple((cue, end - cue.at) for cue, end in zip(self.cues, ends, strict=True))

    def clips(self) -> frozenset[str]:
        """Every clip the script speaks."""
        return frozenset(cue.clip for cue in self.cues)


def numbered(family: str, number: int, highest: int) -> str:
    """The clip of a numbered phrase ("voice-rep-3"); numbers without a clip cannot be guided."""
    if not 1 <= number <= highest:
        raise ValueError(f"no {family} phrase for {number} (1 to {highest} are recorded)")
    return f"voice-{family}-{number}"


class _Timeline:
    """Cues laid one after another, each given its seconds."""

    def __init__(self) -> None:
        """An empty timeline at second zero."""
        self.now = 0.0
        self.cues: list[Cue] = []

    def say(self, clip: str, seconds: float) -> None:
        """Speak `clip` now and give it `seconds` before whatever comes next."""
        self.cues.append(Cue(self.now, clip))
        self.now += seconds

    def pause(self, seconds: float) -> None:
        """Quiet for `seconds`."""
        self.now += seconds

    def script(self) -> VoiceScript:
        """The finished script."""
        return VoiceScript(tuple(self.cues), self.now)


def voice_script(guided: GuidedSet) -> VoiceScript:
    """The timeline of one guided set at its dose, from "Get into position" to "Well done"."""
    if guided.sets < 1 or guided.reps < 1:
        raise ValueError(f"{guided.exercise_id}: a set needs at least one rep")
    if (guided.exercise_id, guided.variant) in UNVOICED:
        raise ValueError(f"{guided.exercise_id} {guided.variant}: no phrases for this form")
    timeline = _Timeline()
    timeline.say(GET_READY, INTRO_SECONDS)
    for set_no in range(1, guided.sets + 1):
        if set_no > 1:
            _rest_between_sets(timeline, guided, set_no)
        _one_set(timeline, guided)
    timeline.say(SET_DONE, CLOSING_SECONDS)
    return timeline.script()


def _one_set(timeline: _Timeline, guided: GuidedSet) -> None:
    """The reps of one set, guided the exercise's way."""
    if guided.guide is Kind.HOLD and guided.exercise_id in HOLD_MOVES:
        _holds(timeline, guided, HOLD_MOVES[guided.exercise_id])
    elif guided.guide is Kind.COUNT and guided.exercise_id in CADENCES:
        _cadence(timeline, guided, CADENCES[guided.exercise_id])
    elif guided.guide is Kind.BENDING and guided.exercise_id == BENDING:
        _bends(timeline, guided)
    else:
        raise ValueError(f"{guided.exercise_id} has no voice guide for {guided.guide}")


def _announce(number: int, total: int, family: str, highest: int) -> str:
    """The numbered announcement of a rep or bend; the final one of a set is "Last one"."""
    return LAST_ONE if number == total > 1 else numbered(family, number, highest)


def _holds(timeline: _Timeline, guided: GuidedSet, moves: HoldMoves) -> None:
    """Each rep: its number, into the hold (each side in turn), the counted hold, out, a rest."""
    if guided.hold_seconds < 1:
        raise ValueError(f"{guided.exercise_id}: a hold needs at least one second")
    sides = moves.into if guided.per_side else moves.into[:1]
    holds = [(rep, into) for rep in range(1, guided.reps + 1) for into in sides]
    for index, (rep, into) in enumerate(holds):
        if index and guided.rest_seconds:
            timeline.say(REST, guided.rest_seconds)
        if index % len(sides) == 0:
            timeline.say(_announce(rep, guided.reps, "rep", MAX_REP), ANNOUNCE_SECONDS)
        timeline.say(into, moves.into_seconds)
        _counted_hold(timeline, guided.hold_seconds)
        timeline.say(moves.out, moves.out_seconds)


def _counted_hold(timeline: _Timeline, seconds: int) -> None:
    """A hold of `seconds`: "Hold" marks the first second, then one count a second."""
    timeline.say(HOLD, COUNT_SECONDS)
    for second in range(2, seconds + 1):
        timeline.say(numbered("count", second, MAX_COUNT), COUNT_SECONDS)


def _cadence(timeline: _Timeline, guided: GuidedSet, cadence: Cadence) -> None:
    """A steady there-and-back at the planned reps, each rep counted as it ends."""
    for rep in range(1, guided.reps + 1):
        if rep > 1 and guided.rest_seconds:
            timeline.pause(guided.rest_seconds)  # a quiet pause between reps, when asked for
        if rep == guided.reps > 1:
            timeline.say(LAST_ONE, LAST_ONE_SECONDS)
        timeline.say(cadence.there, cadence.there_seconds)
        timeline.say(cadence.back, cadence.back_seconds - COUNT_SECONDS)
        timeline.say(numbered("count", rep, MAX_COUNT), COUNT_SECONDS)


def _bends(timeline: _Timeline, guided: GuidedSet) -> None:
    """Each bend: its number, then the five stages spoken one by one, a breath between bends."""
    for bend in range(1, guided.reps + 1):
        if bend > 1 and guided.rest_seconds:
            timeline.say(BEND_REST, guided.rest_seconds)
        timeline.say(_announce(bend, guided.reps, "bend", MAX_BEND), ANNOUNCE_SECONDS)
        for clip, seconds in BEND_STAGE_CUES:
            timeline.say(clip, seconds)


def _rest_between_sets(timeline: _Timeline, guided: GuidedSet, set_no: int) -> None:
    """The rest between sets, a word about breathing in it, then "Get ready" and "Set two"."""
    rest = guided.set_rest_seconds
    if rest not in SET_REST_PHRASES:
        raise ValueError(f"no phrase announces a rest of {rest} s between sets")
    timeline.say(SET_REST_PHRASES[rest], BREATHE_AFTER_SECONDS)
    timeline.say(BREATHE, rest - BREATHE_AFTER_SECONDS - READY_BEFORE_SECONDS)
    timeline.say(READY, READY_BEFORE_SECONDS)
    timeline.say(numbered("set", set_no, MAX_SET), ANNOUNCE_SECONDS)


def session_minutes(items: Sequence[SessionItem]) -> int:
    """How long a session of these items takes, in whole minutes (at least one)."""
    guided = sum(voice_script(replace(GuidedSet.of(item), variant=None)).duration for item in items)
    total = guided + CARD_SECONDS * len(items) + PAIN_QUESTIONS_SECONDS
    return max(1, round(total / 60))
