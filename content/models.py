"""Typed, validated shapes of the content files (their words are in content/locales)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from content.words import SOURCE, Catalogue, Library, Phrasebook

# Ids travel inside callback data, so they stay short and plain.
ID_PATTERN = r"^[a-z][a-z0-9_]{0,23}$"
TOKEN_PATTERN = r"^[a-z0-9_]{1,12}$"


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
    """Another way to do the same exercise (the lying back bend for balance problems)."""

    id: str = Field(pattern=ID_PATTERN)
    dose: Dose


class Exercise(Strict):
    """One of the five exercises: its ladder and its variants."""

    id: str = Field(pattern=ID_PATTERN)
    levels: list[Level] = Field(min_length=1)
    variants: list[Variant] = Field(default_factory=list)

    def level(self, index: int) -> Level:
        """The rung at `index`, clamped to the ladder."""
        return self.levels[max(0, min(index, len(self.levels) - 1))]

    def variant(self, variant_id: str) -> Variant | None:
        """The named variant, if this exercise has it."""
        return next((v for v in self.variants if v.id == variant_id), None)


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


class Numbers(Strict):
    """The phone numbers advice names in one country."""

    emergency: str = Field(pattern=r"^[0-9]{2,4}$")
    same_day: str | None = Field(default=None, pattern=r"^[0-9]{2,4}$")


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
    # Typed words that sound like a warning sign: language -> sign -> phrases.
    danger: dict[str, dict[str, list[str]]]
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
