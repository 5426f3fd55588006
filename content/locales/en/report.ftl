## /report: a PDF for the person's GP or physiotherapist. The chat texts speak to the person;
## the report's texts speak to a clinician, plainly, in the person's language.

report-ask = { $named ->
    [yes] <b>A report for your GP or physiotherapist</b>
        I'll make a PDF of one or two pages: your plan, your sessions, your pain and function check, and any warning signs you told me about. It shows the name <b>{ $name }</b>.
        Is there something you'd like to ask them? Type it in one line and I'll print it at the top, or tap Skip.
   *[no] <b>A report for your GP or physiotherapist</b>
        I'll make a PDF of one or two pages: your plan, your sessions, your pain and function check, and any warning signs you told me about. It shows no name yet.
        Is there something you'd like to ask them? Type it in one line and I'll print it at the top, or tap Skip.
 }
report-skip-button = Skip: make the report
report-name-button = Print another name
report-ask-name = Type the name to print on the report, for example your full name (up to { $limit ->
    [one] { $limit } character
   *[other] { $limit } characters
}).
report-name-empty = I need a few letters for the name. What should the report say?
report-name-too-long = That's { $length ->
    [one] { $length } character
   *[other] { $length } characters
}; please keep the name under { $limit }. What should the report say?
report-question-empty = I need a few words for the question, or tap Skip above.
report-question-too-long = That's { $length ->
    [one] { $length } character
   *[other] { $length } characters
}; please keep it under { $limit }, in one line, so it fits at the top of the report. What would you like to ask?
report-made-already = That report is made already. Send /report for a new one.
report-nothing-yet = A report needs your answers first. Send /start and we'll go through the questions together; then /report makes a summary for your GP or physiotherapist.
report-caption = Your report for your GP or physiotherapist. Show it on your phone or print it. I make it fresh each time from what you've told me.
# One line under advice to see a clinician.
report-offer = 📄 Going to see them? /report makes a short summary to show them.

## The report itself (a PDF; no HTML here).
report-title = { $named ->
    [yes] Back Coach report: { $name }
   *[no] Back Coach report
 }
report-period = Made on { $made }. It covers { $start } to today ({ $span }).
report-span-days = { $days ->
    [one] 1 day
   *[other] { $days } days
 }
report-span-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
 }
report-about = Back Coach is a Telegram chatbot that guides a five-exercise home programme for low back pain and keeps what the person tells it. Every figure here is self-reported. It is not a medical device, and this report is not a diagnosis.
report-question-label = { $named ->
    [yes] { $name } would like to ask:
   *[no] The person would like to ask:
 }
report-glance-title = At a glance
report-glance-sessions = Sessions: { $done } done of { $planned } planned (two a day) since { $since }.
report-glance-pain-down = Pain before sessions, last four weeks: down from { $start } to { $end } of 10 (over { $days ->
    [one] 1 day
   *[other] { $days } days
 }).
report-glance-pain-up = Pain before sessions, last four weeks: up from { $start } to { $end } of 10 (over { $days ->
    [one] 1 day
   *[other] { $days } days
 }).
report-glance-pain-steady = Pain before sessions, last four weeks: steady at about { $end } of 10 (over { $days ->
    [one] 1 day
   *[other] { $days } days
 }).
report-glance-pain-early = Pain: too few scores yet to show a trend.
report-glance-function-none = Function check: not done yet.
report-glance-function-first = Function check: first ratings only, no change to compare yet.
report-glance-function-better = Function check: at least one activity improved by 2 points or more, none got worse.
report-glance-function-worse = Function check: at least one activity got harder by 2 points or more.
report-glance-function-same = Function check: no change of 2 points or more yet.
report-glance-signs = Warning signs: { $open ->
    [one] 1 not yet cleared
   *[other] { $open } not yet cleared
 }, { $cleared ->
    [one] 1 cleared by a clinician
   *[other] { $cleared } cleared by a clinician
 } (details below).
report-glance-signs-none = Warning signs: none reported.
report-glance-not-improving = Six weeks or more in, pain has not eased by 2 points: Back Coach advised seeing a GP or physiotherapist.
report-glance-paused = The plan is paused since { $day }: pain rose after two sessions within two weeks.
report-glance-gentle = The person is on the gentle plan (two exercises at half the reps).

report-weeks-title = Sessions and pain, week by week
report-weeks-head-week = Week from
report-weeks-head-sessions = Sessions done / planned
report-weeks-head-before = Pain before
report-weeks-head-after = Pain after
report-weeks-cell = { $done } / { $planned }
report-weeks-note = Pain is rated 0 (none) to 10 (worst imaginable) before and after each session; the table shows each week's median.
report-chart-title = Pain before and after, each day
report-chart-too-little = The pain chart starts once there are two days with a pain score.

report-plan-title = The exercise plan
report-plan-head-exercise = Exercise
report-plan-head-level = Level and dose
report-plan-head-why = Why it is in the plan
report-plan-level = Level { $number } of { $count }: { $name }
report-plan-on-hold = On hold for now
report-plan-none = No plan yet: the questions are not finished.
report-plan-lock-emergency = The plan is locked: the person reported a sign that needs emergency care.
report-plan-lock-awaiting_clearance = The plan is locked until a clinician has checked the warning signs below.
report-plan-lock-awaiting_go_ahead = The plan waits for the surgeon's or physiotherapist's go-ahead after recent back surgery.
report-plan-lock-pain_pause = The plan is paused after pain rose twice within two weeks; it resumes once a clinician has seen the person, or on the gentle plan.

report-function-title = Function check (Patient-Specific Functional Scale)
report-function-intro = Activities the person finds hard, each rated 0 (cannot do it) to 10 (as before the back trouble). A change of 2 points or more is meaningful.
report-function-dates = { $count ->
    [one] 1 check, on { $first }.
   *[other] { $count } checks, the first on { $first }, the latest on { $latest }.
 }
report-function-head-activity = Activity (in the person's words)
report-function-head-first = First
report-function-head-latest = Latest
report-function-head-change = Change
report-function-meaningful = { $signed } (meaningful)
report-function-none = Not done yet.

report-support-title = How much the back affects daily life
report-support-intro = A short questionnaire on how much support the person may need; higher scores mean more.
report-support-change = The score went from { $first } to { $latest }.
report-support-head-date = Date
report-support-head-score = Score
report-support-head-group = Group
report-support-group-lower = lower need
report-support-group-medium = medium need
report-support-group-higher = higher need

report-signs-title = Warning signs
report-signs-none = None reported in the safety questions or in typed messages.
report-signs-head-sign = Sign
report-signs-head-tier = How soon to be seen
report-signs-head-reported = Reported
report-signs-head-cleared = Cleared
report-signs-not-cleared = not yet
report-signs-note = "Cleared" is the person's own word that a clinician examined them in person and said they may exercise. A cleared sign that comes back is asked about again ("new, or worse than when you were seen?"), and locks the plan unless it is the same as then.
report-sign-unsure = { $sign } (not sure)
report-tier-emergency = Emergency, now
report-tier-same_day = A doctor the same day
report-tier-soon = A GP in the next days
report-sign-em_saddle = Numbness around the genitals or buttocks (saddle area)
report-sign-em_bladder = New trouble passing urine, or loss of bladder or bowel control
report-sign-em_bowel = Change in bowel control or sensation
report-sign-em_sexual = New change in genital sensation, erection or ejaculation
report-sign-em_sciatica = Sciatica in both legs
report-sign-em_legs = Weakness or numbness in the legs
report-sign-em_chest = Chest pain
report-sign-em_accident = Back pain after a serious accident or fall
report-sign-em_tummy = Sudden abdominal and back pain with faintness
report-sign-ur_fever = Fever or chills
report-sign-ur_immune = Weakened immune system, or injecting drug use
report-sign-ur_infection = Recent bacterial infection
report-sign-ur_fall = Minor fall or knock with osteoporosis or long-term steroids
report-sign-ur_fracture = Severe central pain eased only by lying down
report-sign-ur_swelling = Swelling or deformity of the back
report-sign-ur_night = Night pain that no position eases
report-sign-ur_high = Pain high in the back, between the shoulder blades
report-sign-ur_cough = Pain much worse on coughing, sneezing or straining
report-sign-so_cancer = History of cancer
report-sign-so_weight = Unexplained weight loss
report-sign-so_age = New back pain over 50 or under 20
report-sign-so_month = No improvement at all over a month
report-sign-so_inflammatory = Inflammatory-type pain: morning stiffness easing with movement
report-sign-em_other = A sign needing emergency care (earlier version of the questions, not named)
report-sign-ur_other = A sign needing a doctor the same day (earlier version of the questions, not named)

report-cautions-title = Cautions
report-cautions-none = None reported (pregnancy, recent back surgery, osteoporosis, balance problems).
report-caution-pregnant = Pregnancy: no exercises lying on the stomach, and the midwife's or GP's agreement first.
report-caution-surgery-ok = Back surgery in recent months: the person says the surgeon or physiotherapist agreed to these exercises.
report-caution-surgery-waiting = Back surgery in recent months: the plan waits for the surgeon's or physiotherapist's go-ahead.
report-caution-osteoporosis = Osteoporosis: no weights, no forced bending to the floor.
report-caution-balance = Balance problems: standing exercises holding on, or lying versions.

report-care-title = Flare-ups, pain rises and pauses
report-care-flares = { $count ->
    [one] The flare-up advice was opened once: { $days }.
   *[other] The flare-up advice was opened { $count } times, lately: { $days }.
 }
report-care-no-flares = The flare-up advice was not opened.
report-care-rises = { $count ->
    [one] Pain was worse after 1 session (up 2 points or more, or to 8 or more): { $rises }.
   *[other] Pain was worse after { $count } sessions (up 2 points or more, or to 8 or more), lately: { $rises }.
 }
report-care-rise = { $day } ({ $before } → { $after })
report-care-no-rises = Pain was not worse after any session (up 2 points or more, or to 8 or more).
report-care-paused = Paused on { $day }: pain rose after two sessions within two weeks.
report-care-resumed_seen = Resumed on { $day }: the person says a clinician saw them.
report-care-resumed_gentle = Resumed on { $day } with the gentle plan.
report-care-paused-now = The plan is paused now (since { $day }).
report-footer = Back Coach report · self-reported, not a diagnosis · page { $page } of { $pages }
