## Welcome, safety screen, symptom check and their outcomes

onboarding-welcome-new =
    { $named ->
        [yes] Hi { $name }! I'm Back Coach. 👋
       *[no] Hi! I'm Back Coach. 👋
    }
    I'll help you ease low back pain with five simple home exercises: { $shortest } to { $longest ->
        [one] { $longest } minute
       *[other] { $longest } minutes
    }, morning and evening.

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
onboarding-checkin-in-progress = You're in the middle of a check-in. Here's where we were:
onboarding-where-you-are-checkin = We were part-way through your questions. Tap below to carry on where you left off.
onboarding-where-you-are-plan = Your plan is ready. /plan shows it, /checkup updates it.
