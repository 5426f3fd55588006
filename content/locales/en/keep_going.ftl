## Keeping going: what got in the way of a missed day, days away, and habit strength

barriers-question = No session yesterday, and that's okay: it happens to everyone. What got in the way? One tap, and I'll suggest one small change.
barriers-no_time-button = No time
barriers-forgot-button = I forgot
barriers-pain-button = Pain
barriers-unsure-button = Not sure it helps
barriers-bored-button = Bored of it
barriers-other-button = Something else
barriers-noted = What got in the way: <b>{ $barrier }</b>
barriers-already-noted = Already noted, thank you.
barriers-already-taken = Already done.

# The first line of the answer, by barrier; the same barrier twice in a row gets -again.
barriers-lead-no_time = Time is the most common reason, and a short session still counts.
barriers-lead-forgot = Forgetting is normal while a routine is new.
barriers-lead-pain = Thank you for telling me. Sore days are common and usually settle.
barriers-lead-unsure = A fair question, and worth an answer.
barriers-lead-bored = The same moves every day can get dull.
barriers-lead-other = Thanks for telling me. Some days just don't go to plan, and that's fine.
barriers-lead-again = That's the same as last time, so let's try something different.

barriers-offer-quick = Here's a three-minute version of today's session: { $exercises }, at half the reps. It counts for your streak.
barriers-offer-time = A nudge at a better moment may help. When are you most likely to have ten minutes? Pick the nudge to move.
barriers-offer-flare = If your back is sore, the gentle routine keeps it moving without pushing it. Or answer the questions again, so your plan fits how your back is now.
barriers-offer-clinician = Pain got in the way twice in a row, so please see your GP or a physiotherapist, who can look at your back properly. Meanwhile, answer the questions again so your plan fits how your back is now.
barriers-offer-why = Here's the short version of why these exercises help.
barriers-offer-progress = Let your own figures answer: your streak, your pain before and after sessions, and how far you've come.
barriers-offer-variation = Something new today: <b>{ $name }</b> instead of { $usual }. Same aim, a different feel. The rest of your session stays as it is.
barriers-offer-order = Let's mix it up: today's session the other way round, starting with <b>{ $first }</b>.
barriers-offer-away = If life is busy right now, pause the reminders for a few days. Your streak and your levels will wait for you.

barriers-take-quick-button = ▶ Three minutes now
barriers-take-am-button = Move the morning nudge ({ $at })
barriers-take-pm-button = Move the evening nudge ({ $at })
barriers-take-flare-button = Gentle routine for a sore back
barriers-take-check-button = Answer the questions again
barriers-take-why-button = Why it works
barriers-take-prog-button = Show my progress
barriers-take-vary-button = ▶ Try it today
barriers-take-order-button = ▶ Start that way

barriers-why =
    <b>Why the exercises help</b>
    Your back is made to move. Regular, gentle movement keeps the muscles around your spine strong and your joints supple, and over time it calms a sensitive back: the body learns that moving is safe. Long rest does the opposite and makes back pain last longer; people who stay active get better sooner.
    Some mild soreness when you start is common and doesn't mean harm. No single exercise is magic: what works is a little, often. That's why even a short session counts.
    More short lessons: /learn

away-button = ✈️ I'm away
away-back-button = I'm back
away-question = How long will you be away? The reminders pause for those days, and they won't count against your plan or break your streak.
away-choice-2-button = 2 days
away-choice-3-button = 3 days
away-choice-7-button = A week
away-choice-14-button = Two weeks
away-set = ✈️ Have a good time. Reminders are paused until <b>{ $last }</b> and start again on { $back } at { $at }. Your exercises stay at the level you reached.
away-set-no-time = ✈️ Have a good time. Your days away last until <b>{ $last }</b>. Your exercises stay at the level you reached.
away-set-missed = Yesterday counts as a day away too, so your streak is safe.
away-settings-line = ✈️ Away until { $last }: reminders start again on { $back }.
away-not-away = You're not away right now.
away-back-toast = Welcome back! Reminders are on again.
away-welcome-back = Welcome back! 👋 Your plan is where you left it.

habit-line = 💪 Habit strength: <b>{ $score }%</b> of planned sessions (recent weeks count most)
habit-ease-offer = Three strong weeks in a row: this is becoming a habit. 🌱 Would you like fewer reminders, one in the morning instead of two a day? Your plan stays the same.
habit-ease-yes-button = Yes, one a day
habit-ease-no-button = Keep both
habit-eased = Done: one nudge a day now, in the morning. Your plan still has two sessions a day. To have the evening nudge back, send /reminders and tap “Change evening”.
habit-kept = Okay, both nudges stay.
habit-already-answered = Already answered, thank you.
