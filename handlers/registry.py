"""Every handler of the bot, registered here and nowhere else; the order matters.

One group, so exactly one handler answers each update: the first that matches. The private-chat
guard comes first (a group's /start must never begin a health check-in in front of others),
features next, and the fallbacks last so they only see what no feature claimed.
"""

from __future__ import annotations

from telegram import Message
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers import (
    away,
    barriers,
    care,
    checkin,
    danger,
    data,
    errors,
    exercise,
    fallbacks,
    function_check,
    habit,
    languages,
    lessons,
    net,
    onboarding,
    outcomes,
    plan,
    pregnancy,
    private_only,
    progress,
    reminders,
    report,
    session,
    support,
    voicing,
    whereabouts,
)
from views.buttons.care import FlareTap, PauseTap, QuickCheckTap, RiseTap, SettledTap, SignsTap
from views.buttons.checkin import (
    AnswerTap,
    Begin,
    ClearedTap,
    DangerTap,
    GoAheadTap,
    LanguageTap,
    PlaceTap,
    RecheckTap,
    SeenTap,
)
from views.buttons.guided import (
    AddTap,
    BendTap,
    CardTap,
    ControlTap,
    DemoTap,
    FreshSession,
    LegSpreadTap,
    LegTap,
    LevelTap,
    NewSession,
    PainTap,
    ReachTap,
    SetTap,
    ShortSession,
    VoiceTap,
)
from views.buttons.keeping_going import AwayMenu, AwayTap, BackTap, BarrierTap, EaseTap, TakeTap
from views.buttons.lessons import LessonTap, QuizTap, SupportGo, SupportTap
from views.buttons.records import CheckGo, EraseTap, MoreTap, RateTap, ReportTap
from views.buttons.reminders import NudgeTap, SettingsTap
from views.codec import Button, pattern


class _FromSomeone(filters.MessageFilter):
    """A message with a sender (channel posts and anonymous group admins have none)."""

    def filter(self, message: Message) -> bool:
        return message.from_user is not None


# New messages from a person in a private chat; edits, channel posts and the rest cost nothing.
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & _FromSomeone()
GROUP_COMMAND = filters.ChatType.GROUPS & filters.UpdateType.MESSAGE & filters.COMMAND
# What the bot cannot listen to or look at: one calm answer a burst (handlers/net.py).
CANNOT_READ = (
    filters.VOICE
    | filters.AUDIO
    | filters.PHOTO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.Sticker.ALL
)


# What a person types (or a place they share); voice, pictures and files get the net's answer.
def _tap(kind: type[Button], callback: object) -> CallbackQueryHandler:
    """Route one kind of button by its prefix."""
    return CallbackQueryHandler(callback, pattern=pattern(kind.prefix))  # type: ignore[arg-type]


HANDLERS: list[BaseHandler] = [
    # Other group messages match no handler (the stray-text fallback is for private chats).
    MessageHandler(GROUP_COMMAND, private_only.point_to_private_chat),
    CommandHandler("start", onboarding.start, filters=PRIVATE),
    CommandHandler("checkup", onboarding.checkup_command, filters=PRIVATE),
    CommandHandler("help", onboarding.help_command, filters=PRIVATE),
    CommandHandler("plan", plan.plan_command, filters=PRIVATE),
    CommandHandler("session", session.session_command, filters=PRIVATE),
    CommandHandler("progress", progress.progress_command, filters=PRIVATE),
    CommandHandler("reminders", reminders.reminders_command, filters=PRIVATE),
    CommandHandler("export", data.export_command, filters=PRIVATE),
    CommandHandler("delete", data.delete_command, filters=PRIVATE),
    CommandHandler("language", languages.language_command, filters=PRIVATE),
    CommandHandler("flare", care.flare_command, filters=PRIVATE),
    CommandHandler("report", report.report_command, filters=PRIVATE),
    CommandHandler("outcomes", outcomes.outcomes_command, filters=PRIVATE),
    CommandHandler("learn", lessons.learn_command, filters=PRIVATE),
    _tap(Begin, onboarding.begin_tapped),
    _tap(AnswerTap, checkin.answer_tapped),
    _tap(ClearedTap, checkin.clearance_tapped),
    _tap(SeenTap, checkin.seen_tapped),
    _tap(NewSession, session.new_tapped),
    _tap(FreshSession, session.fresh_tapped),
    _tap(PainTap, session.pain_tapped),
    _tap(ControlTap, session.control_tapped),
    _tap(LevelTap, session.level_tapped),
    _tap(CardTap, exercise.card_tapped),
    _tap(VoiceTap, voicing.voice_tapped),
    _tap(DemoTap, voicing.demo_tapped),
    _tap(AddTap, exercise.add_tapped),
    _tap(SetTap, exercise.set_tapped),
    _tap(BendTap, exercise.bend_tapped),
    _tap(ReachTap, exercise.reach_tapped),
    _tap(LegTap, exercise.leg_tapped),
    _tap(SettingsTap, reminders.settings_tapped),
    _tap(NudgeTap, reminders.nudge_tapped),
    _tap(CheckGo, function_check.go_tapped),
    _tap(RateTap, function_check.rating_tapped),
    _tap(MoreTap, function_check.more_tapped),
    _tap(EraseTap, data.delete_tapped),
    _tap(LanguageTap, languages.language_tapped),
    _tap(SettledTap, care.settled_tapped),
    _tap(QuickCheckTap, care.quick_check_tapped),
    _tap(PauseTap, care.pause_tapped),
    _tap(FlareTap, care.flare_tapped),
    _tap(DangerTap, danger.danger_tapped),
    _tap(BarrierTap, barriers.barrier_tapped),
    _tap(TakeTap, barriers.take_tapped),
    _tap(AwayMenu, away.away_menu_tapped),
    _tap(AwayTap, away.away_tapped),
    _tap(BackTap, away.back_tapped),
    _tap(EaseTap, habit.ease_tapped),
    _tap(ReportTap, report.report_tapped),
    _tap(GoAheadTap, pregnancy.go_ahead_tapped),
    _tap(LegSpreadTap, exercise.leg_spread_tapped),
    _tap(SignsTap, care.signs_tapped),
    _tap(RiseTap, care.rise_tapped),
    _tap(ShortSession, session.short_tapped),
    _tap(LessonTap, lessons.lesson_tapped),
    _tap(QuizTap, lessons.quiz_tapped),
    _tap(SupportGo, support.go_tapped),
    _tap(SupportTap, support.answer_tapped),
    _tap(RecheckTap, checkin.recheck_tapped),
    _tap(PlaceTap, whereabouts.place_tapped),
    CallbackQueryHandler(fallbacks.unknown_button),
    ChatMemberHandler(fallbacks.membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
    MessageHandler(PRIVATE & filters.COMMAND, fallbacks.unknown_command),
    MessageHandler(PRIVATE & CANNOT_READ, net.cannot_read),
    MessageHandler(PRIVATE & filters.LOCATION, whereabouts.location_shared),
    MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, fallbacks.stray_text),
]


def register(application: Application) -> None:
    """Attach all handlers and the error handler."""
    application.add_handlers(HANDLERS)
    application.add_error_handler(errors.on_error)
