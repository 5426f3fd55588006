## Welcome, safety screen, symptom check and their outcomes

onboarding-welcome-new =
    { $named ->
        [yes] Hi { $name }! I'm Back Coach. 👋
       *[no] Hi! I'm Back Coach. 👋
    }
    I'll help you ease low back pain with five simple home exercises, a few minutes twice a day.

    I'm not a doctor, so I start with a short safety check, then a few questions about your back. From your answers I build your personal plan.

    I store your answers to tailor the plan. They're yours: /export sends you a copy of everything, /delete erases it all.
onboarding-welcome-back = { $named ->
    [yes] Welcome back, { $name }!
   *[no] Welcome back!
 }
onboarding-begin-button = Let's begin
onboarding-resume-button = Carry on
onboarding-checkup-intro = Let's check in again. Same questions as before, it takes about a minute.
onboarding-progress-header = <i>Question { $done } of { $total }</i>
onboarding-done-button = Done ✓
onboarding-selected-mark = ✅{" "}
onboarding-answered-already = Already noted, thanks.
onboarding-emergency =
    <b>Please get emergency care now.</b>
    What you describe can mean a nerve is badly squeezed or something else that needs a doctor straight away. Call your local emergency number (999 in the UK) or go to A&amp;E.

    I won't suggest exercises for now. Once you have been seen, send /checkup and we'll take it from there.
onboarding-urgent =
    <b>Please see a doctor today.</b>
    What you ticked is usually nothing serious, but it should be checked first. In the UK, call 111 or your GP.

    Let's finish the questions so your plan is ready. It unlocks once a clinician says exercise is fine for you.
onboarding-urgent-more =
    Your plan is ready, and it stays locked until a clinician has checked you.
    When they say you can exercise, tap the button below (or send /checkup later).
onboarding-cleared-button = A clinician cleared me
onboarding-cleared = Thank you for getting checked. Here is your plan.
onboarding-not-urgent-now = Nothing to unlock, your plan is already open.
onboarding-checkin-in-progress = You're in the middle of a check-in. Here's where we were:
onboarding-where-you-are-checkin = We were part-way through your questions. Tap below to carry on where you left off.
onboarding-where-you-are-plan = Your plan is ready. /plan shows it, /checkup updates it.
onboarding-where-you-are-locked = Your plan is waiting for a clinician's OK. Tap the button when you have it.
onboarding-where-you-are-emergency = Last time you told me about a sign that needs emergency care. Once you've been seen, send /checkup.
