"""Typed, validated shapes of the content files."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from content.texts import Texts

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
    name: str = Field(min_length=1, max_length=60)
    dose: Dose
    how: str = Field(min_length=1, max_length=300)


class Variant(Strict):
    """Another way to do the same exercise (the lying back bend for balance problems)."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=60)
    steps: list[str] = Field(min_length=1, max_length=8)
    dose: Dose


class Exercise(Strict):
    """One of the five exercises: steps, ladder, tips and cautions, in our own words."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=40)
    purpose: str = Field(min_length=1, max_length=200)
    steps: list[str] = Field(min_length=1, max_length=8)
    times_a_day: str = Field(min_length=1, max_length=60)
    levels: list[Level] = Field(min_length=1)
    variants: list[Variant] = Field(default_factory=list)
    tips: list[str] = Field(min_length=1)
    cautions: list[str] = Field(default_factory=list)

    def level(self, index: int) -> Level:
        """The rung at `index`, clamped to the ladder."""
        return self.levels[max(0, min(index, len(self.levels) - 1))]

    def variant(self, variant_id: str) -> Variant | None:
        """The named variant, if this exercise has it."""
        return next((v for v in self.variants if v.id == variant_id), None)


class Option(Strict):
    """One answer button."""

    value: str = Field(pattern=TOKEN_PATTERN)
    label: str = Field(min_length=1, max_length=40)


class Question(Strict):
    """One check-in question, asked in its own message."""

    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1, max_length=1000)
    options: list[Option] = Field(min_length=1, max_length=12)
    multiple: bool = False
    row_width: int = Field(default=1, ge=1, le=6)

    @field_validator("options")
    @classmethod
    def _unique_values(cls, options: list[Option]) -> list[Option]:
        values = [o.value for o in options]
        if len(set(values)) != len(values):
            raise ValueError("option values must be unique")
        return options

    def label_of(self, value: str) -> str:
        """The button label a person saw for `value`."""
        return next((o.label for o in self.options if o.value == value), value)


class Content(Strict):
    """Everything the bot says and teaches, loaded once at start-up."""

    exercises: dict[str, Exercise]
    questions: dict[str, Question]
    texts: Texts

    @model_validator(mode="after")
    def _keys_match_ids(self) -> Content:
        for key, exercise in self.exercises.items():
            if key != exercise.id:
                raise ValueError(f"exercise key {key!r} differs from its id {exercise.id!r}")
        for key, question in self.questions.items():
            if key != question.id:
                raise ValueError(f"question key {key!r} differs from its id {question.id!r}")
        return self

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise with this id."""
        return self.exercises[exercise_id]

    def question(self, question_id: str) -> Question:
        """The question with this id."""
        return self.questions[question_id]
