## The guided session, in our own words: calm, short, like a physio standing next to you.

session-intro = <b>Today's session</b>: { $count ->
    [one] 1 exercise
   *[other] { $count } exercises
 }. I'll guide you one step at a time; Pause and Stop are there whenever you need them.
session-nothing-today = There's nothing active in your plan right now. /plan shows why.
session-pain-before =
    Before we start: how is your back right now?
    0 means no pain, 10 the worst you can imagine.
session-pain-after =
    Last question: how is your back now?
    0 means no pain, 10 the worst you can imagine.
session-pain-before-noted = Back pain before: <b>{ $pain }/10</b>
session-pain-after-noted = Back pain after: <b>{ $pain }/10</b>
session-card =
    <b>{ $number }/{ $total } · { $name }</b>
    <i>{ $purpose }</i>

    { $steps }

    <b>Today:</b> { $dose }
session-card-level = Level { $number } of { $total }: { $name }. { $how }
session-card-tip = 💡 { $tip }
session-card-caution = ⚠️ { $caution }
session-step-line = { $number }. { $step }
session-start-button = ▶ Start
session-skip-button = Skip
session-too-painful-button = Too painful today
session-stop-session-button = ⏹ Stop session
session-skipped-note = <i>Skipped for today.</i>
session-too-painful-note = <i>Left out today. Listening to your body is part of the work.</i>
session-hold = <b>Rep { $rep }/{ $total }</b>: { $cue } ({ $seconds } s)
session-released = <b>Rep { $rep }/{ $total }</b>: { $release } ✓
session-released-last = <b>Rep { $rep }/{ $total }</b>: done ✓ That was the last one, well done.
session-hold-paused = <b>Rep { $rep }/{ $total }</b>: paused. This one didn't count; we'll do it again.
session-hold-stopped = <b>Rep { $rep }/{ $total }</b>: stopped. This one didn't count.
session-hold-cues-pelvic_lift = lift and hold
session-hold-cues-knee_rotation = { $side ->
    [left] knees to the left and hold
   *[right] knees to the right and hold
 }
session-hold-cues-back_bend = press up and hold
session-release-cues-pelvic_lift = release, rest
session-release-cues-knee_rotation = knees back to the middle, rest
session-release-cues-back_bend = lower down, rest
session-counter =
    <b>{ $name }</b> · set { $set_no } of { $sets }
    Count: <b>{ $count }</b> of { $target }
session-counter-rest = { $seconds ->
    [one] Have a rest of about a second first, then go.
   *[other] Have a rest of about { $seconds } seconds first, then go.
 }
session-counter-target-met = That's the set. Tap <b>Set done</b> when you've finished.
session-set-done = <b>{ $name }</b> · set { $set_no } of { $sets }: { $count } ✓
session-add-one-button = +1
session-add-five-button = +5
session-set-done-button = Set done ✓
session-bend-stage =
    <b>Bend, step { $number } of { $total }</b>
    { $stage }
session-bend-stages-neck = Stand tall, feet hip-width apart. Slowly let your chin drop to your chest.
session-bend-stages-chest = Now let your upper back roll forward too, one vertebra at a time. This part is easy.
session-bend-stages-low_back = Keep going: let your lower back round as well, instead of holding it stiff.
session-bend-stages-reach = Let your hands hang towards the floor and go as far as feels okay. A stretch in the low back is fine.
session-bend-stages-up = Come back up slowly, rolling up through your back, without pushing on your legs with your hands.
session-next-button = Next ▸
session-reach-question =
    { $more ->
        [0] That's the bend for today.
        [one] That's one bend. Do 1 more the same way, a little further if it feels okay.
       *[other] That's one bend. Do { $more } more the same way, a little further each time if it feels okay.
    } Some stretch or discomfort in your low back is fine; more pain down a leg is not.

    How far did you reach?
session-reach-labels-knees = Knees
session-reach-labels-mid_shin = Mid-shin
session-reach-labels-ankles = Ankles
session-reach-labels-floor = The floor
session-reach-noted = You reached: <b>{ $reach }</b> ✓
session-leg-question = One more thing: did the pain down your leg get worse while bending?
session-leg-yes-button = Yes, it got worse
session-leg-no-button = No
session-leg-noted =
    { $question }
    → <b>{ $answer }</b>
session-leg-worse =
    Thank you for telling me. We stop bending for today: when bending stirs up pain down the leg, the nerve needs calm first, not more stretch.
    Instead you'll do the standing back bend, which helps ease leg pain. I've paused bending in your plan; your next /checkup decides when it comes back.
session-leg-fine = Good. A little stretch in the low back while bending is normal; you're doing it right.
session-pause-button = ⏸ Pause
session-stop-button = ⏹ Stop
session-resume-button = ▶ Resume
session-paused = ⏸ <b>Paused.</b> Everything so far is saved. Tap Resume when you're ready.
session-resumed = ▶ Carrying on.
session-restarted = Sorry, I was away for a moment. Everything you did is saved. Tap Resume when you're ready.
session-restarted-next = Sorry, I was away for a moment. Everything you did is saved; here's what comes next.
session-stopped = ⏹ Session stopped. Everything you did is saved.
session-resume-offer = You have a session from earlier that isn't finished ({ $total ->
    [one] { $done } of 1 exercise through
   *[other] { $done } of { $total } exercises through
 }). Carry on below where you left off, or start fresh.
session-running = Your session is running. I'll tell you when to release.
session-fresh-button = Start fresh
session-started-fresh = Starting a fresh session.
session-summary-done = <b>Session done</b> ✓
session-summary-stopped = <b>Session ended early</b>
session-summary-holds = { $holds ->
    [one] ✅ { $name }: 1 hold
   *[other] ✅ { $name }: { $holds } holds
 }
session-summary-holds-partial = { $total ->
    [one] ◐ { $name }: { $holds } of 1 hold
   *[other] ◐ { $name }: { $holds } of { $total } holds
 }
session-summary-reps = { $reps ->
    [one] ✅ { $name }: 1 rep
   *[other] ✅ { $name }: { $reps } reps
 }
session-summary-sets = ✅ { $name }: { $sets ->
    [one] 1 set
   *[other] { $sets } sets
 }, { $reps ->
    [one] 1 rep in all
   *[other] { $reps } reps in all
 }
session-summary-reps-partial = { $reps ->
    [one] ◐ { $name }: 1 rep
   *[other] ◐ { $name }: { $reps } reps
 }
session-summary-reach = ✅ { $name }: reach { $reach }
session-summary-reach-last = ✅ { $name }: reach { $reach } (last time: { $last })
session-summary-leg-worse = ⏸ { $name }: reach { $reach }, then stopped because the leg pain got worse
session-summary-skipped = ➖ { $name }: skipped
session-summary-too-painful = ➖ { $name }: left out, too painful today
session-summary-not-reached = ➖ { $name }: not reached
session-summary-pain = Back pain: { $before } → { $after } (out of 10)
session-encouragement-1 = Every session teaches your back that moving is safe. See you next time!
session-encouragement-2 = You showed up for your back today, and that's what makes the difference.
session-encouragement-3 = Small, steady steps are exactly how backs get better. Nicely done.
session-encouragement-4 = That's another session in the bank. Be proud of that.
session-encouragement-sore = Thank you for doing it on a sore day. We'll go at your back's pace.
session-encouragement-stopped = Stopping when your body asks is the right call. Come back when you're ready; /session starts again.
session-worse = Your pain went up during this session ({ $before } → { $after }). That can happen, and it's a sign to ease off a little.
session-worse-eased = For next time:
session-worse-wait = This often happens when you start. If it hasn't settled by tomorrow morning, I'll make the exercises easier; I'll ask you then.
session-sore-note = A little extra soreness after exercise is normal at first, and it usually settles by the next morning. I'll ask you tomorrow how it is.
session-unsteady-button = Too unsteady standing
session-level-offer =
    You've done <b>{ $name }</b> { $count ->
        [one] once
       *[other] { $count } times
    } now without your pain going up. Ready for the next step?
    <b>{ $level }</b>: { $how }
session-level-yes-button = Yes, let's try it
session-level-no-button = Not yet
session-level-up = Great: { $name } moves up to <b>{ $level }</b> from your next session.
session-level-kept = Fine, { $name } stays as it is. I'll ask again after a few more sessions.
session-already-noted = Already noted, thanks.
session-already-counted = Already counted.
session-count-first = Tap +1 for each lift first.
session-count-enough = That's a lot of reps! Tap Set done when the set is over.
session-already-paused = Already paused.
session-already-running = Already going. I'll guide you from here.
session-session-over = This session has ended. Send /session to start a new one.
session-old-step = That button is from an earlier step. Carry on from the newest message.
