"""Typed, validated shapes of the content files (their words are in content/locales)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from content.words import SOURCE, Catalogue, Library, Phrasebook

# Ids travel inside callback data, so they stay short and plain.
ID_PATTERN = r"^[a-z][a-z0-9_]{0,23}$"
TOKEN_PATTERN = r"^[a-z0-9_]{1,16}$"  # a sign id too ("so_inflammatory")


class Strict(BaseModel):
    """A content record: unknown keys are typos, so they are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Dose(Strict):
    """How much of an exercise: sets of reps, each rep maybe held for some seconds."""

    sets: int = Field(ge=1, le=10)
    reps: int = Field(ge=1, le=50)
    hold_seconds: int = Field(default=0, ge=0, le=60)
    per_side: bool = False


class Level(Strict):
    """One rung of an exercise's ladder."""

    id: str = Field(pattern=ID_PATTERN)
    dose: Dose


class Variant(Strict):
    """Another way to do the same exercise (the lying back bend for balance problems).

    A variant has a dose of its own, or (`ladder`) keeps the exercise's levels and only changes
    where it is done (on a firm bed instead of the floor).
    """

    id: str = Field(pattern=ID_PATTERN)
    dose: Dose | None = None
    ladder: bool = False

    @model_validator(mode="after")
    def _dose_or_ladder(self) -> Variant:
        if (self.dose is None) != self.ladder:
            raise ValueError(f"variant {self.id!r}: give a dose, or `ladder: true`, not both")
        return self


class Exercise(Strict):
    """One of the five exercises: its ladder, its variants, and the tips a caution leaves out."""

    id: str = Field(pattern=ID_PATTERN)
    levels: list[Level] = Field(min_length=1)
    variants: list[Variant] = Field(default_factory=list)
    # Caution -> tip numbers (in exercises.ftl) a person with that caution never sees.
    tips_withheld: dict[str, list[Annotated[int, Field(ge=1)]]] = Field(default_factory=dict)

    def level(self, index: int) -> Level:
        """The rung at `index`, clamped to the ladder."""
        return self.levels[max(0, min(index, len(self.levels) - 1))]

    def variant(self, variant_id: str) -> Variant | None:
        """The named variant, if this exercise has it."""
        return next((v for v in self.variants if v.id == variant_id), None)

    def climbs(self, variant_id: str | None) -> bool:
        """Whether the form done (the exercise, or a variant of it) follows the ladder."""
        chosen = self.variant(variant_id) if variant_id else None
        return chosen is None or chosen.ladder

    def dose_of(self, variant_id: str | None, level: int) -> Dose:
        """Today's dose: the variant's own, or the level's (a ladder variant follows the level)."""
        chosen = self.variant(variant_id) if variant_id else None
        if chosen is not None and chosen.dose is not None:
            return chosen.dose
        return self.level(level).dose

    def withheld_tips(self, cautions: frozenset[str]) -> frozenset[int]:
        """The tip numbers these cautions leave out."""
        return frozenset(n for c in cautions for n in self.tips_withheld.get(c, ()))


class Question(Strict):
    """One check-in question, asked in its own message."""

    id: str = Field(pattern=ID_PATTERN)
    options: list[Annotated[str, Field(pattern=TOKEN_PATTERN)]] = Field(min_length=1, max_length=12)
    multiple: bool = False
    row_width: int = Field(default=1, ge=1, le=6)

    @field_validator("options")
    @classmethod
    def _unique_values(cls, options: list[str]) -> list[str]:
        if len(set(options)) != len(options):
            raise ValueError("option values must be unique")
        return options


# A number as people dial it, in groups: "999", "116 117", "0800 111 0 111".
PHONE_PATTERN = r"^[0-9]{2,4}( [0-9]{1,4}){0,3}$"
# Where a same-day doctor is found when there is no line, or beside it (safety.ftl's selector).
SameDayPlace = Literal[
    "gp", "out_of_hours", "canton", "health_centre", "clinic", "urgent_care", "polyclinic"
]


class Numbers(Strict):
    """The phone numbers advice names in one country (facts.md, "Numbers by country")."""

    emergency: str = Field(pattern=PHONE_PATTERN)
    # Another number that works as well (Ireland's 999), and the ambulance's own (Austria's 144).
    also: str | None = Field(default=None, pattern=PHONE_PATTERN)
    ambulance: str | None = Field(default=None, pattern=PHONE_PATTERN)
    # A line for a doctor today that is not an emergency, its service's name, and the place.
    same_day: str | None = Field(default=None, pattern=PHONE_PATTERN)
    same_day_name: str | None = Field(default=None, max_length=24)
    same_day_place: SameDayPlace = "gp"
    # A crisis line for thoughts of ending one's life, and its name (a proper name, untranslated).
    crisis: str | None = Field(default=None, pattern=PHONE_PATTERN)
    crisis_name: str | None = Field(default=None, max_length=32)


# A group of words in content/danger/<lang>.yaml; a way of saying a sign: groups joined by " + ".
GROUP_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"
WAY_PATTERN = r"^[a-z][a-z0-9_]{0,31}( \+ [a-z][a-z0-9_]{0,31}){0,4}$"
Way = Annotated[str, Field(pattern=WAY_PATTERN)]
Term = Annotated[str, Field(min_length=1, max_length=60)]


class Negation(Strict):
    """Words that say a sign is absent ("no fever"), and the words that stop them reaching."""

    before: list[Term] = Field(min_length=1)  # "no", "not", "kein", "нет" before the sign
    after: list[Term] = Field(default_factory=list)  # after it: "Fieber hab ich keins"
    doubt: list[Term] = Field(default_factory=list)  # "not sure": doubt, not a "no"
    breaks: list[Term] = Field(default_factory=list)  # "but": a "no" does not reach past it


class DangerBook(Strict):
    """How one language's typed words name the warning signs (content/danger/<lang>.yaml)."""

    window: int = Field(default=8, ge=2, le=16)  # a way's parts lie within this many words
    words: dict[Annotated[str, Field(pattern=GROUP_PATTERN)], list[Term]]
    negation: Negation
    signs: dict[str, list[Way]]  # sign id (coach/safety.py) -> the ways to say it
    crisis: list[Way] = Field(min_length=1)  # thoughts of ending one's life
    ambiguous: dict[Annotated[str, Field(pattern=GROUP_PATTERN)], list[Way]] = Field(
        default_factory=dict
    )  # question id -> ways that need that question
    distress: list[Way] = Field(default_factory=list)  # pain or panic with no sign
    looks_alike: list[Way] = Field(default_factory=list)  # "hay fever": its words never count

    @model_validator(mode="after")
    def _ways_name_groups(self) -> DangerBook:
        ways = [*self.crisis, *self.distress, *self.looks_alike]
        named = (*self.signs.values(), *self.ambiguous.values())
        ways += [way for listed in named for way in listed]
        for way in ways:
            unknown = [part for part in way.split(" + ") if part not in self.words]
            if unknown:
                raise ValueError(f"way {way!r} names no group {', '.join(map(repr, unknown))}")
        for group, terms in self.words.items():
            if not terms:
                raise ValueError(f"group {group!r} has no words")
        return self


class Lesson(Strict):
    """One short lesson: the codes of its closing question's answers, and the one it teaches."""

    id: str = Field(pattern=ID_PATTERN)
    options: list[Annotated[str, Field(pattern=TOKEN_PATTERN)]] = Field(min_length=2, max_length=4)
    right: str

    @model_validator(mode="after")
    def _right_is_an_option(self) -> Lesson:
        if self.right not in self.options or len(set(self.options)) != len(self.options):
            raise ValueError("options must be unique and include the right answer")
        return self


# Support-need groups a course is chosen by ("unknown": not answered yet).
COURSE_GROUPS = frozenset({"lower", "medium", "higher", "unknown"})


class Course(Strict):
    """The lessons, and the order each support-need group is offered them in, one a day."""

    lessons: dict[str, Lesson]
    courses: dict[str, list[str]]

    @model_validator(mode="after")
    def _courses_name_lessons(self) -> Course:
        for key, lesson in self.lessons.items():
            if key != lesson.id:
                raise ValueError(f"key {key!r} differs from its id {lesson.id!r}")
        if set(self.courses) != COURSE_GROUPS:
            raise ValueError(f"courses must be exactly {sorted(COURSE_GROUPS)}")
        for group, order in self.courses.items():
            unknown = [lesson for lesson in order if lesson not in self.lessons]
            if unknown or len(set(order)) != len(order):
                raise ValueError(f"course {group!r}: unknown or repeated lessons {unknown}")
        return self


class Content(Strict):
    """Everything the bot says and teaches, loaded once at start-up."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    exercises: dict[str, Exercise]
    questions: dict[str, Question]
    library: Library
    numbers: dict[str, Numbers]
    # How typed words name the warning signs, by language.
    danger: dict[str, DangerBook]
    course: Course

    @model_validator(mode="after")
    def _keys_match_ids(self) -> Content:
        for key, record in (*self.exercises.items(), *self.questions.items()):
            if key != record.id:
                raise ValueError(f"key {key!r} differs from its id {record.id!r}")
        return self

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise with this id."""
        return self.exercises[exercise_id]

    def lesson(self, lesson_id: str) -> Lesson:
        """The lesson with this id."""
        return self.course.lessons[lesson_id]

    def question(self, question_id: str) -> Question:
        """The question with this id."""
        return self.questions[question_id]

    def words(self, lang: str | None = None) -> Words:
        """The texts in a language we speak (English otherwise)."""
        library = self.library
        return Words(library.catalogue(lang), library.catalogues[SOURCE], self)


class Words(Phrasebook):
    """One language's texts, with the programme they talk about (exercises, questions)."""

    def __init__(self, catalogue: Catalogue, source: Catalogue, content: Content) -> None:
        super().__init__(catalogue, source)
        self.content = content
