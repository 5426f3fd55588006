"""A person's usual paths, driven with the buttons a person would tap."""

from __future__ import annotations

from tests.support.harness import Person

# What every morning and evening nudge begins with.
TODAY = "Today:"


async def answer_symptoms(
    person: Person,
    *,
    leg="No",
    knee="No",
    fear="No",
    stiff="No",
    balance="No",
    cautions=(),
    triggers=("Sitting or standing long",),
    pain="4",
    midwife="Yes, they said yes",
    weeks="Under 12 weeks",
):
    """Answer the symptom questions with buttons, as a person would."""
    for trigger in triggers:
        await person.tap(trigger)
    await person.tap("Done")
    await person.tap(leg)
    if leg == "Yes":
        await person.tap(knee)
    await person.tap(fear)
    await person.tap(stiff)
    for caution in (*cautions, *(["I lose my balance easily"] if balance == "Yes" else [])):
        await person.tap(caution)
    await person.tap("Done")
    if "Back surgery in recent months" in cautions:
        await person.tap("Yes, I have their go-ahead")
    if "I'm pregnant" in cautions:
        await person.tap(midwife)
        await person.tap(weeks)
    await person.tap("No")  # everyday life is not stopped by it
    await person.tap("Less than 6 weeks")
    await person.tap(pain)


# The safety screen's groups: nerve signs, other emergencies, same day, a GP soon.
SCREEN_GROUPS = 4


async def start_screen(person: Person, place: str | None = None) -> None:
    """/start, "Let's begin" and where the person is: skipped, or a place typed (or a button's
    label: a country the question offers)."""
    await person.say("/start")
    await person.tap("Let's begin")
    await answer_place(person, place)


async def answer_place(person: Person, place: str | None = None) -> None:
    """The question before the screen: skip it, tap a country offered, or type a place (a person
    whose country the bot knows already is not asked)."""
    if "Skip for now" not in person.last_buttons:  # (the location button rides below it)
        assert place is None, "the bot did not ask where the person is"
        return
    if place is None:
        await person.tap("Skip for now")
    elif place in person.last_buttons:
        await person.tap(place)
    else:
        await person.say(place)


async def screen_clear(person: Person, place: str | None = None):
    """/start, where the person is, and every safety group answered "None of these"."""
    await start_screen(person, place)
    for _ in range(SCREEN_GROUPS):
        await person.tap("None of these")


async def checkup_clear(person: Person):
    """/checkup with every safety group answered "None of these"."""
    await person.say("/checkup")
    for _ in range(SCREEN_GROUPS):
        await person.tap("None of these")


async def plan_then(person: Person, city: str | None = "Amsterdam", *, leg: str = "No") -> None:
    """Finish the first check-in, then (optionally) answer the zone question with a city."""
    await screen_clear(person)
    await answer_symptoms(person, leg=leg)
    if city is not None:
        await person.say(city)


async def plan_with_everything(person: Person) -> None:
    """Fear of bending and stiffness, no leg pain: pelvic lift, extension, bending, knees."""
    await screen_clear(person)
    await answer_symptoms(person, fear="Yes", stiff="Yes")


async def count_set(person: Person, fives: int, ones: int = 0) -> None:
    """Count a set with the buttons, then mark it done."""
    for _ in range(fives):
        await person.tap("+5")
    for _ in range(ones):
        await person.tap("+1")
    await person.tap("Set done")


def nudges(person: Person) -> list[str]:
    """The morning and evening nudges the person has received."""
    return [text for text in person.texts if TODAY in text]
