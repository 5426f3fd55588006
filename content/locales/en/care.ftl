## Looking after a sore back: the morning-after question, the weekly re-check, gentle days,
## the pause after a second bad session, and /flare.

care-settled-question = Yesterday your back was sorer after the session. Has it settled since?
care-settled-yes-button = Yes, it settled
care-settled-no-button = No, it's still worse
care-settled-noted-yes = Yesterday's soreness: settled ✓
care-settled-noted-no = Yesterday's soreness: not settled
care-settled-yes = Good. That's your back getting used to the exercises, and it counts as a good session.
care-settled-yes-big = Good, I'm glad it settled. It went up a lot yesterday, so we'll stay at the easier dose for a few sessions and build up again from there.
care-settled-no-same = Thanks for telling me. We'll keep the dose as it is and go gently today.
care-settled-no-eased = Thanks for telling me. From today:
care-settled-see = If the soreness keeps on for more than a few days, please see your GP or a physiotherapist.
# One line per way the exercises were made easier ($names: one or more exercises).
care-eased-levels = • { $names }: one level easier
care-eased-lighter = • { $names }: a lighter dose, with fewer reps and shorter holds
care-flare-button = Gentle routine for a flare-up

care-recheck-weekly = A new week: a quick safety check. Is any of these new since last week?
care-recheck-after-worse = Because your pain went up, a quick safety check: is any of these new?
care-recheck-signs =
    { -early-signs }
    • chest pain, a serious fall, or sudden tummy pain with feeling faint
    • a fever or chills, or a new infection
    • a swelling or odd shape in your back, or pain that no position eases at night
    • losing weight without trying
care-recheck-none-button = None of these
care-recheck-new-button = Yes, something new
care-recheck-noted-none = Safety check: nothing new ✓
care-recheck-noted-new = Safety check: something new. Let's go through the questions.

care-gentle-day =
    That's a lot of pain today, so today is a gentle day: the standing back bend and the knee rotation, at half the reps.
    What helps: keep moving gently rather than resting in bed, a heat pack on your back, and pain relief as your pharmacist advises. If the pain is no better in a few days, or it stops you doing everyday things, see your GP.
    Call { $emergency } at once if any of these is new:
    { -early-signs }
care-worst-ever = Pain this strong, if it's new or the worst you've had, should be checked by a doctor today: { $line }.

care-paused =
    This is the second time in two weeks that your pain went up after a session. I've paused your plan and your reminders for now.
    Please see your GP or a physiotherapist before you carry on with the full plan. When you've been seen and told you can go on, tap the first button. Or, until then, try the gentle plan: the back bend and the knee rotation at half the reps.
care-pause-seen-button = I've seen a clinician
care-pause-gentle-button = Try the gentle plan
care-not-paused = Your plan isn't paused.
care-resumed-seen = Good, thank you for getting checked. Your plan and reminders are back on.
care-resumed-gentle = The gentle plan it is. Your reminders are back on. When you feel ready for the full plan, send /checkup.

care-flare =
    <b>A flare-up</b>
    A bad spell of back pain usually settles within a few days to a couple of weeks. It rarely means anything is damaged.
    What helps: keep moving gently (long rest makes it worse), a heat or cold pack, and pain relief as your pharmacist advises. Do the gentle routine below once or twice a day.
    See your GP if it isn't easing after a couple of weeks, or it stops you doing everyday things. See a doctor today ({ $line }) if you have a fever, or pain at night that no position eases.
    Call { $emergency } at once if any of these is new:
    { -early-signs }
care-flare-go-button = Start the gentle routine
