## The programme fits the person: pregnancy, thin bones, balance, leg symptoms during an
## exercise, pain that climbs, and an honest end to a session where nothing was done.

## Pregnancy: the midwife's or doctor's yes, and when to stop
programme-plan-midwife =
    <b>Your plan (waiting)</b>
    It opens once your midwife or doctor has said yes to it.
programme-midwife-wait =
    Your plan is ready. Starting a new exercise programme in pregnancy waits for a yes from your midwife or doctor: they know your pregnancy, I don't.
    Ask them at your next appointment (show them this plan if you like). When they've said yes, tap the button below.
programme-midwife-plan = Your plan is waiting for your midwife's or doctor's yes. When you have it, tap below.
programme-go-ahead-button = My midwife or doctor said yes
programme-go-ahead-thanks = Thank you for checking with them. Your plan is open; here it is.
programme-go-ahead-not-waiting = Your plan isn't waiting for a yes now.
programme-pregnancy-stop = Stop and call your midwife or doctor if you notice bleeding, fluid leaking, dizziness, or pain in your pelvis or a calf.

## The form's own cues during a hold
session-hold-cues-pelvic_lift-wall = tilt and hold
session-release-cues-pelvic_lift-wall = relax, rest
session-hold-cues-knee_rotation-seated = { $side ->
    [left] turn to the left and hold
   *[right] turn to the right and hold
 }
session-release-cues-knee_rotation-seated = back to the middle, rest

## Thin bones: bending part way, with no goal further down
programme-bend-thin-bones-low_back = Let your lower back round a little, only as far as stays comfortable.
programme-bend-thin-bones-reach = Let your hands hang and stop part way, well before it feels like your limit. There's no need to go further down.
programme-reach-question-thin-bones =
    { $more ->
        [0] That's the bend for today.
        [one] That's one bend. Do 1 more the same way, just as far.
       *[other] That's one bend. Do { $more } more the same way, just as far each time.
    } Comfortable is exactly right; no need to go lower.

    Where did your hands get to?

programme-reach-above-knees = Knees or higher
## Leg symptoms during the back bend and the back extension
programme-leg-spread-button = Leg pain spreads / pins and needles
programme-leg-spread =
    Thank you for telling me. We stop { $name } here: pain spreading further down the leg, or new numbness or pins and needles, means this exercise isn't right for your back just now.
    I've paused it in your plan; your next /checkup decides when it comes back. If the leg keeps getting worse, or feels weak, please check the warning signs.
programme-leg-worse =
    Thank you for telling me. We stop bending for today: when bending stirs up pain down the leg, the nerve needs calm first, not more stretch.
    I've paused bending in your plan; your next /checkup decides when it comes back. If the leg keeps getting worse, or feels weak, please check the warning signs.
programme-signs-button = Check the warning signs
programme-summary-leg-stopped = ⏸ { $name }: stopped when the leg symptoms spread
programme-recheck-leg = Leg symptoms that spread can come with other changes. Is any of these new?

## Pain that climbs, or is high, at the start
programme-recheck-rising = Your pain at the start has gone up three sessions in a row. Before we go on, a quick safety check: is any of these new? If it feels like a flare-up, the gentle routine is below too.
programme-recheck-high = With pain this high, a quick safety check before the gentle routine: is any of these new?

## After pain went up in a session: one question, the warning signs one tap away
programme-rise-question = Besides the pain, has anything new started?
programme-rise-pain-button = No, just the pain
programme-rise-new-button = Yes, or I'm not sure
programme-rise-just-pain = Thanks. Go gently today: keep moving, and a heat pack can help. If it feels like a flare-up, the gentle routine is below.

## A session where nothing was done: said kindly, without praise
programme-summary-nothing = <b>Session closed</b>: nothing done this time
programme-encouragement-nothing = Some days are like that, and that's okay. If your back is the reason, try the gentle routine for a flare-up; or start smaller, with just the first exercise.
programme-short-button = Just the first exercise

## An old offer that no longer fits the plan
programme-offer-gone = That level doesn't fit your plan now, so you stay where you are.
