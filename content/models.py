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


class Content(Strict):
    """Everything the bot says and teaches, loaded once at start-up."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    exercises: dict[str, Exercise]
    questions: dict[str, Question]
    library: Library
    numbers: dict[str, Numbers]
    # Typed words that sound like a warning sign: language -> sign -> phrases.
    danger: dict[str, dict[str, list[str]]]

    @model_validator(mode="after")
    def _keys_match_ids(self) -> Content:
        for key, record in (*self.exercises.items(), *self.questions.items()):
            if key != record.id:
                raise ValueError(f"key {key!r} differs from its id {record.id!r}")
        return self

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise with this id."""
        return self.exercises[exercise_id]

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
