"""The local chat in a real browser (Chromium via Playwright), driving the real bot.

The page and the bot share one `LocalTelegram`: the bot reaches it in-process through
`LocalRequest` and polls it for updates; the page talks to it over loopback HTTP. Timers run on
the fake clock (`bot.advance`); the tests wait only for the page to show something.

Labels the tests tap by (stable parts, matched inside the button text): "Let's begin",
"Skip for now", "None of these", "Bending forward", "Done", "No", "Less than 6 weeks", "4", "3",
"Start".
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect

from localchat.server import LocalChat, serve
from localchat.telegram import LocalTelegram
from storage.models import Checkin
from tests.support.harness import RunningBot
from tests.support.history import three_weeks_of_easing_pain
from tests.support.moments import START
from tests.support.waiting import eventually

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
PHONE = {"width": 412, "height": 915}
# Screenshots go to a scratch folder; LOCALCHAT_SCREENSHOTS=docs/screenshots refreshes the ones
# the README shows.
SCREENSHOTS = os.environ.get("LOCALCHAT_SCREENSHOTS")
SHOWN = 10_000  # ms: how long the page may take to show what the bot did

pytestmark = [pytest.mark.slow]  # a real browser
pytestmark.append(
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="browser tests of the local chat skipped: no Chromium at /usr/bin/chromium "
        "(apt-get install chromium)",
    )
)

# The newest message that has buttons, and a fingerprint of its keyboard.
NEWEST_KEYBOARD = """() => {
  const rows = [...document.querySelectorAll('.row.bot')].filter(r => r.querySelector('.krow'));
  const row = rows[rows.length - 1];
  if (!row) return null;
  const labels = [...row.querySelectorAll('.krow button')].map(b => b.textContent);
  return {id: Number(row.dataset.id), labels};
}"""
# True once the keyboard tapped (id, labels) changed or a newer message has buttons.
MOVED_ON = """([id, labels]) => {
  const rows = [...document.querySelectorAll('.row.bot')];
  const tapped = rows.find(r => Number(r.dataset.id) === id);
  const now = tapped ? [...tapped.querySelectorAll('.krow button')].map(b => b.textContent) : [];
  const newer = rows.some(r => Number(r.dataset.id) > id && r.querySelector('.krow'));
  return newer || JSON.stringify(now) !== JSON.stringify(labels);
}"""


class ChatPage:
    """One person's browser tab on the local chat."""

    def __init__(self, page: Page, screenshots: Path) -> None:
        self.page = page
        self.screenshots = screenshots
        self.failures: list[str] = []
        page.on("pageerror", lambda error: self.failures.append(str(error)))

    @property
    def bubbles(self):
        """The bot's messages as shown."""
        return self.page.locator(".row.bot")

    async def person_id(self) -> int:
        """The id this browser chats as."""
        stored = await self.page.evaluate("localStorage.getItem('localchat.person')")
        return json.loads(stored)["id"]

    async def say(self, text: str) -> None:
        """Type a message and send it; wait until the bot has answered something."""
        before = await self.bubbles.count()
        await self.page.fill("#text", text)
        await self.page.press("#text", "Enter")
        await self.page.wait_for_function(
            "n => document.querySelectorAll('.row.bot').length > n", arg=before, timeout=SHOWN
        )

    async def tap(self, label: str) -> None:
        """Tap the button of the newest keyboard whose text holds `label`; wait for the bot."""
        keyboard = await self._keyboard_with(label)
        labels = keyboard["labels"]
        index = next(i for i, text in enumerate(labels) if text == label or label in text)
        row = self.page.locator(f'.row.bot[data-id="{keyboard["id"]}"]')
        await row.locator(".krow button").nth(index).click()
        await self.page.wait_for_function(MOVED_ON, arg=[keyboard["id"], labels], timeout=SHOWN)

    async def _keyboard_with(self, label: str) -> dict:
        """The newest keyboard, once it has a button with `label`."""
        handle = await self.page.wait_for_function(
            f"label => {{ const k = ({NEWEST_KEYBOARD})(); "
            "return k && k.labels.some(t => t.includes(label)) ? k : null; }",
            arg=label,
            timeout=SHOWN,
        )
        return await handle.json_value()

    async def shoot(self, name: str) -> None:
        """Save a phone-sized screenshot of the page as it is now."""
        self.screenshots.mkdir(parents=True, exist_ok=True)
        await self.page.mouse.move(0, 0)  # no button left looking hovered
        await self.page.screenshot(path=str(self.screenshots / f"{name}.png"))


@pytest.fixture
async def chat(bot: RunningBot, fake: LocalTelegram) -> AsyncIterator[LocalChat]:
    """The local chat serving the bot's Telegram, with the bot polling it for updates."""
    server = await serve(fake)
    assert bot.app is not None and bot.app.updater is not None
    await bot.app.updater.start_polling(poll_interval=0, timeout=1)
    yield server
    await bot.app.updater.stop()
    await server.stop()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium, headless."""
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        yield chromium
        await chromium.close()


async def until(condition: Callable[[], bool]) -> None:
    """Wait until the page's requests have reached the local chat."""
    await eventually(condition, SHOWN / 1000)


OpenChat = Callable[..., Awaitable[ChatPage]]


@pytest.fixture
def people(browser: Browser, chat: LocalChat, tmp_path: Path) -> OpenChat:
    """Opens the chat page in a new browser context: its own storage, so its own person."""
    screenshots = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path

    async def open_chat(name: str, person_id: int | None = None) -> ChatPage:
        context = await browser.new_context(viewport=PHONE)
        if person_id is not None:
            person = json.dumps({"id": person_id, "name": name, "language": "en"})
            await context.add_init_script(f"localStorage.setItem('localchat.person', {person!r})")
        page = ChatPage(await context.new_page(), screenshots)
        await page.page.goto(chat.page_url)
        await page.page.fill("#first-name", name)
        await expect(page.page.locator("#menu-button")).to_be_visible(timeout=SHOWN)
        return page

    return open_chat


async def onboard(page: ChatPage) -> None:
    """From /start through the safety screen and the symptom questions to the plan."""
    await page.say("/start")
    await page.tap("Let's begin")
    await page.tap("Skip for now")  # where they are
    for _ in range(4):  # the four groups of warning signs
        await page.tap("None of these")
    await page.tap("Sitting or standing long")
    await page.tap("Done")
    for _ in range(3):  # leg pain, fear of bending, stiffness
        await page.tap("No")
    await page.tap("Done")  # no exercise cautions
    await page.tap("No")  # the pain does not stop everyday life
    await page.tap("Less than 6 weeks")
    await page.tap("4")


async def test_onboarding_to_the_plan_then_a_hold_that_ends_on_time(people, bot, clock):
    page = await people("Ann", person_id=1001)
    await onboard(page)
    plan = page.bubbles.filter(has_text="Pelvic lift").last
    await expect(plan).to_be_visible()
    await plan.evaluate("row => row.scrollIntoView({block: 'start'})")  # the plan from its top
    await page.shoot("plan")
    await page.say("/session")
    await page.tap("3")
    await page.tap("Start")
    hold = page.bubbles.last
    holding = await hold.inner_text()
    hold_id = await hold.get_attribute("data-id")
    await page.shoot("hold")
    assert "Rep 1/10: lift and hold" in holding
    await bot.advance(10)  # the hold's end arrives live, as a message of its own (it pings)
    released = page.bubbles.filter(has_text="Rep 1/10: release, rest")
    await expect(released).to_be_visible(timeout=SHOWN)
    assert int(await released.last.get_attribute("data-id") or 0) > int(hold_id or 0)
    assert page.failures == []


async def test_progress_shows_the_chart_loaded(people, db, clock):
    await three_weeks_of_easing_pain(db, user_id=1001, name="Ann")
    page = await people("Ann", person_id=1001)
    await page.say("/progress")
    chart = page.page.locator(".row.bot img.media").last
    await expect(chart).to_be_visible(timeout=SHOWN)
    await page.page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=await chart.element_handle()
    )
    assert await chart.evaluate("img => img.naturalWidth") > 0
    await page.page.wait_for_function(  # the page keeps the newest message in view
        "() => { const c = document.getElementById('chat');"
        " return c.scrollHeight - c.scrollTop - c.clientHeight < 2; }",
        timeout=SHOWN,
    )
    await page.shoot("chart")
    assert page.failures == []


async def test_markup_in_a_name_is_shown_as_text_and_never_runs(people):
    name = "<script>window.ran = 1</script><b>Ann</b> &"
    page = await people(name)
    await page.say("/start")
    welcome = page.bubbles.first
    await expect(welcome).to_contain_text(name)
    assert await page.page.evaluate("window.ran") is None
    assert await page.page.locator(".chat script, .chat .text b").count() == 0
    assert page.failures == []


async def test_two_browsers_are_two_people(people, fake):
    ann = await people("Ann")
    bob = await people("Bob")
    assert await ann.person_id() != await bob.person_id()
    await ann.say("/start")
    await bob.say("/start")
    await expect(ann.bubbles.first).to_contain_text("Ann")
    await expect(bob.bubbles.first).to_contain_text("Bob")
    assert await ann.page.locator(".row.bot", has_text="Bob").count() == 0
    assert fake.texts(await ann.person_id()) != fake.texts(await bob.person_id())


async def test_a_new_person_starts_an_empty_chat(people):
    page = await people("Ann")
    await page.say("/start")
    first = await page.person_id()
    await page.page.click("#new-person")
    await expect(page.bubbles).to_have_count(0, timeout=SHOWN)
    assert await page.person_id() != first


async def test_the_toast_of_a_refused_tap_shows_in_the_page(people, fake):
    page = await people("Ann")
    await page.say("/start")
    await page.tap("Let's begin")
    await page.tap("Skip for now")
    await expect(page.bubbles.last).to_contain_text("safety check", timeout=SHOWN)
    person = await page.person_id()
    message = fake.last_message(person)["message_id"]
    # A client tapping with a changed number (the page itself only sends real buttons).
    fake.callback_update(person, message, "ck:99999:pain_now:4", check_buttons=False)
    toast = page.page.locator("#toast")
    await expect(toast).to_be_visible(timeout=SHOWN)
    answers = [q["answer"].get("text") for q in fake.callbacks.values() if q["answer"]]
    assert answers[-1] and (await toast.inner_text()) == answers[-1]


async def test_a_bot_api_error_shows_as_a_red_note_under_its_message(people, bot, fake):
    page = await people("Ann")
    await page.say("/start")
    fake.refuse_method("editMessageReplyMarkup", "Bad Request: message can't be edited")
    welcome = page.bubbles.first
    await welcome.locator(".krow button").first.click()
    note = page.page.locator(".row.bot .error-note").first
    await expect(note).to_contain_text("message can't be edited", timeout=SHOWN)
    await expect(note).to_have_css("color", "rgb(179, 38, 30)")
    # The refusal was the point of this test.
    bot.raised.clear()
    fake.errors.clear()


async def test_an_export_is_a_download_link_to_the_persons_own_rows(people):
    page = await people("Ann", person_id=1002)
    await page.say("/start")
    await page.say("/export")
    link = page.page.locator(".row.bot a.file").last
    await expect(link).to_be_visible(timeout=SHOWN)
    assert (await link.get_attribute("download")).endswith(".json")
    exported = await page.page.evaluate(
        "url => fetch(url).then(r => r.text())", await link.get_attribute("href")
    )
    assert "1002" in exported and "Ann" in exported
    assert page.failures == []


async def test_a_report_is_a_pdf_to_download(people, db, clock):
    await three_weeks_of_easing_pain(db, user_id=1003, name="Ann")
    async with db.transaction() as session:  # the first questions, answered
        session.add(Checkin(user_id=1003, completed_at=START))
    page = await people("Ann", person_id=1003)
    await page.say("/report")
    await page.tap("Skip")
    link = page.page.locator(".row.bot a.file").last
    await expect(link).to_be_visible(timeout=SHOWN)
    assert (await link.get_attribute("download")).endswith(".pdf")
    head = await page.page.evaluate(
        "url => fetch(url).then(r => r.text()).then(t => t.slice(0, 5))",
        await link.get_attribute("href"),
    )
    assert head == "%PDF-"


async def test_an_empty_chat_shows_what_the_bot_does_before_start(people):
    page = await people("Ann")
    about = page.page.locator(".about")
    await expect(about).to_contain_text("not a doctor", timeout=SHOWN)
    await expect(about).to_contain_text("What can this bot do?")
    await page.say("/start")
    await expect(about).to_have_count(0)
    assert page.failures == []


async def test_a_lesson_shows_its_picture_its_text_and_its_question(people):
    page = await people("Ann", person_id=1003)
    await onboard(page)
    await page.say("/learn")
    await page.tap("Pacing")
    picture = page.page.locator(".row.bot img.media").last
    await expect(picture).to_be_visible(timeout=SHOWN)
    await page.page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=await picture.element_handle()
    )
    lesson = page.bubbles.filter(has_text="Pacing: steady beats boom and bust").last
    await expect(lesson).to_contain_text("boom and bust")
    await expect(page.bubbles.last).to_contain_text("You feel great today.")
    await lesson.evaluate("row => row.scrollIntoView({block: 'start'})")  # the lesson from its top
    await page.shoot("lesson")
    await page.tap("My usual amount")
    await expect(page.bubbles.last).to_contain_text("Yes: about your usual amount")
    assert page.failures == []
