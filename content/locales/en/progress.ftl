## /progress, its chart and the weekly summary

progress-title = <b>Your progress</b>
progress-nothing-yet = No sessions yet, so there's nothing to show. Send /session for your first one ({ $shortest } to { $longest ->
        [one] { $longest } minute
       *[other] { $longest } minutes
    }), and I'll keep score from there.
progress-streak = { $days ->
    [0] 🔥 No session today or yesterday. One short session starts a new run.
    [one] 🔥 <b>1 day</b> with a session. Tomorrow makes it a run.
   *[other] 🔥 <b>{ $days } days</b> in a row with a session
 }
progress-week = { $asked ->
    [one] 📅 This week: <b>{ $done }</b> of 1 session (the plan asks for two a day)
   *[other] 📅 This week: <b>{ $done }</b> of { $asked } sessions (the plan asks for two a day)
 }
progress-week-on-track = { $asked ->
    [one] 📅 This week: <b>{ $done }</b> of 1 session, right on track
   *[other] 📅 This week: <b>{ $done }</b> of { $asked } sessions, right on track
 }
progress-total = { $total ->
    [one] ✅ 1 session in total
   *[other] ✅ { $total } sessions in total
 }
progress-pain-down = 📉 Pain before your sessions went <b>down from { $start } to { $end }</b> in { $span }.
progress-pain-up = 📈 Pain before your sessions went up from { $start } to { $end } in { $span }. If it keeps rising, go a level easier and send /checkup; if it persists, see a clinician.
progress-pain-steady = ➖ Pain before your sessions has stayed around { $end } over { $span }.
progress-pain-too-early = A few more sessions with a pain score and I can show which way your pain is going.
# How long the pain trend covers: days under a week, then whole weeks (up to four).
progress-span-days = { $days ->
    [one] 1 day
   *[other] { $days } days
 }
progress-span-weeks = { $weeks ->
    [1] a week
    [2] two weeks
    [3] three weeks
   *[other] four weeks
 }
progress-reach = 🙆 Bending reach: { $first } at first ({ $first_day }); lately { $steps }.
progress-reach-levels-1 = knees
progress-reach-levels-2 = mid-shin
progress-reach-levels-3 = ankles
progress-reach-levels-4 = the floor
progress-reach-arrow = {" → "}
progress-exercises-header = <b>Reps and holds</b>
progress-exercise = <b>{ $name }</b> · { $level }
progress-level = { $name } (level { $number } of { $count })
progress-tally = { $reps_week ->
    [one] this week 1 rep
   *[other] this week { $reps_week } reps
 }, in total { $reps_total }
# Each hold is one rep, so only the holds are counted.
progress-tally-holds = { $holds_week ->
    [one] this week 1 hold
   *[other] this week { $holds_week } holds
 }, in total { $holds_total }
progress-no-reps-yet = no reps logged yet
progress-bends-by-reach = measured by how far you reach (above)
progress-no-bends-yet = no bends logged yet
progress-chart-title = { $weeks ->
    [one] Your last week
   *[other] Your last { $weeks } weeks
 }
progress-chart-pain-axis = Pain (0-10)
progress-chart-sessions-axis = Sessions
progress-chart-before = before
progress-chart-after = after
progress-chart-plan = plan
progress-chart-caption = { $weeks ->
    [one] Pain before and after each day's sessions (top) and sessions done each day (bottom), last week.
   *[other] Pain before and after each day's sessions (top) and sessions done each day (bottom), last { $weeks } weeks.
 }
progress-weekly-title = { $named ->
    [yes] <b>Your week, { $name }</b>
   *[no] <b>Your week</b>
 }
progress-weekly-none = No sessions this week. That happens; a new week starts tomorrow, and one short session is a fine restart. /session begins one.
progress-weekly-cheer-1 = Well done this week. Small, steady sessions are what calm a sore back.
progress-weekly-cheer-2 = Nice work. Keep the rhythm going next week.
progress-weekly-cheer-3 = Every session counts, and you put in the time. See you next week.
progress-weekly-pause = Weekly summaries can be switched off in /reminders.
progress-weekly-setting-on = 📊 Weekly summary: Sunday <b>{ $at }</b>
progress-weekly-setting-off = 📊 Weekly summary: off
progress-weekly-on-button = Send me a weekly summary
progress-weekly-off-button = Stop the weekly summary
progress-weekly-on-toast = Weekly summary on: Sunday evenings.
progress-weekly-off-toast = Weekly summary off.

# Six weeks in with no real change in pain (or function): plainly, time to see someone.
progress-not-improving = 🩺 You've kept at this for six weeks, and your pain hasn't eased much yet. That's a good time to see your GP or a physiotherapist: they can look at what else might help. Keep moving in the meantime.
