## Time zone, reminder times, /reminders and the nudges themselves

reminders-ask-zone-first =
    One more thing: the exercises work best twice a day, morning and evening. I can send you a short nudge at the right time where you are.

    Which city are you in? Type its name, or a time zone such as <code>Europe/Amsterdam</code>.
reminders-ask-zone = Which city are you in? Type its name, or a time zone such as <code>Europe/Amsterdam</code>.
reminders-local-time-button = Tell you my local time instead
# Telegram's share-location button under the typing field, offered with the city question.
reminders-share-location-button = 📍 Share my location
reminders-share-location-hint = Or tap <b>📍 Share my location</b> below. I only take your time zone from it; where you are is not kept.
reminders-location-noted = 📍 Thank you. I took only your time zone from it.
reminders-location-unknown = I couldn't find a time zone at that spot, sorry. Please type the nearest city instead.
reminders-location-not-asked = Thank you, but I don't need your location. For reminders at your local time, send /reminders.
reminders-zone-noted = 👍 Thank you.
reminders-not-now-button = Not now
reminders-not-now = No problem. Whenever you'd like reminders, send /reminders.
reminders-zone-unknown = I don't know “{ $text }” as a place, sorry. Try the nearest big city (like <i>Berlin</i> or <i>New York</i>) or a zone name like <code>Europe/Amsterdam</code>.
reminders-ask-clock = What time is it for you right now? Type it as HH:MM, for example 14:35.
reminders-clock-unclear = That doesn't look like a time. Please type it as HH:MM, for example 07:30 or 19:05.
reminders-fixed-zone-note = A fixed offset doesn't follow daylight saving; type your city any time in /reminders to switch.
reminders-proposal =
    Got it: <b>{ $zone }</b> (it's { $now } there now).
    How about a nudge at <b>{ $morning }</b> in the morning and <b>{ $evening }</b> in the evening?
reminders-accept-button = Sounds good
# The zone is known from where the person said they are: confirm it rather than ask again.
reminders-confirm-zone =
    One more thing: the exercises work best twice a day. Shall I send you a short nudge at <b>{ $morning }</b> and <b>{ $evening }</b>, your time?
    Your time zone: <b>{ $zone }</b> (it's { $now } there now).
reminders-accepted = All set! Send /reminders to change them any time.
reminders-midday-offer = Your plan has the standing back bend, which helps most when done a few times a day. Want a midday nudge for it too?
reminders-ask-time = What time should your { $slot } reminder come? Type HH:MM, for example { $example }.
reminders-time-set = Done: your { $slot } reminder now comes at <b>{ $at }</b>.
reminders-zone-set = Time zone set to <b>{ $zone }</b> (it's { $now } there now).
reminders-cancelled = Okay, nothing changed.
reminders-slot-names-morning = morning
reminders-slot-names-midday = midday
reminders-slot-names-evening = evening
reminders-examples-morning = 07:30
reminders-examples-midday = 12:30
reminders-examples-evening = 19:05
reminders-change-buttons-morning = Change morning
reminders-change-buttons-midday = Change midday
reminders-change-buttons-evening = Change evening
reminders-change-zone-button = Change time zone
reminders-pause-button = Pause
reminders-resume-button = Resume
reminders-midday-on-button = Add a midday back-bend nudge
reminders-midday-off-button = Stop the midday nudge
reminders-cancel-button = Cancel
reminders-settings-header = <b>Your reminders</b>
reminders-settings-lines-morning = 🌅 Morning: <b>{ $at }</b>
reminders-settings-lines-midday = 🌤 Midday back bend: <b>{ $at }</b>
reminders-settings-lines-evening = 🌆 Evening: <b>{ $at }</b>
reminders-settings-zone = 🌍 Time zone: { $zone } (your time now: { $now })
reminders-settings-paused = ⏸ Paused: no nudges until you resume.
reminders-not-set-up = You have no reminders yet. Which city are you in? Type its name, or a time zone such as <code>Europe/Amsterdam</code>.
reminders-paused-toast = Reminders paused.
reminders-resumed-toast = Reminders are back on.
reminders-already-toast = Already done.
reminders-midday-on-toast = Midday nudge on.
reminders-midday-off-toast = Midday nudge off.
reminders-midday-not-in-plan = The midday nudge is for the standing back bend, which isn't in your plan right now.
reminders-set-up-first = Tell me your city first, then you can pick the times.
reminders-morning-1 = Good morning! ☀️ A few minutes for your back before the day gets going?
reminders-morning-2 = Morning! Your back exercises are ready when you are.
reminders-morning-3 = Rise and stretch: time for your morning round. 🌅
reminders-morning-4 = Good morning! A short session now keeps your back moving all day.
reminders-evening-1 = Evening round time. 🌆 A few calm minutes for your back?
reminders-evening-2 = Good evening! Your exercises are waiting, it only takes a few minutes.
reminders-evening-3 = Time to wind down with your evening exercises.
reminders-evening-4 = Hi again! One short session for your back before the evening slips away?
reminders-evening-after-morning-1 = Nice work this morning! 💪 One more round to finish the day?
reminders-evening-after-morning-2 = You did your morning session, great. Ready for the evening one?
reminders-evening-after-morning-3 = Morning round done ✓. The evening one completes the day.
reminders-snoozed-1 = Here's that nudge again. ⏰
reminders-snoozed-2 = Half an hour later, as promised: ready for your exercises?
reminders-snoozed-3 = Back again, as you asked. A few minutes for your back?
reminders-midday-1 = Midday check: a round of standing back bends eases pain down the leg. A minute is enough. 🌤
reminders-midday-2 = Time for a quick set of back bends. Stand tall, hands on your lower back, lean back gently.
reminders-midday-3 = A short break for your back: a few standing back bends now help the leg settle.
reminders-today-line = Today: { $exercises }
reminders-start-button = Start now
reminders-snooze-button = Snooze 30 min
reminders-skip-button = Skip today
reminders-snoozed-note = ⏰ Snoozed until { $at }.
reminders-skipped-note = Okay, no more nudges today. See you tomorrow!
reminders-started-note = ▶️ Started.
reminders-old-nudge = That reminder is from an earlier day.
reminders-already-snoozed = Already snoozed until { $at }.
reminders-reminders-paused = Your reminders are paused; /reminders turns them back on.
