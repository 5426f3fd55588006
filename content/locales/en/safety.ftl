## The warning signs and what they mean: each sign's name, why it matters, the advice by how
## urgent it is, and the lock on the plan. $emergency is the person's emergency number (or the
## words for it); $line is how to reach a doctor today; $crisis is a crisis line.

safety-local-emergency = your local emergency number
safety-emergency-or = { $number } or { $other }
safety-emergency-ambulance = { $number } (ambulance: { $ambulance })
# $place: where else a same-day doctor is found (content/emergency_numbers.yaml).
safety-same-day-with-line = call { $line } or { $place ->
    [polyclinic] your polyclinic
   *[gp] your GP
 }
safety-same-day-no-line = { $place ->
    [out_of_hours] call your GP, or an out-of-hours GP if it's closed
    [canton] call your GP, or your canton's on-call doctor line
    [health_centre] call your health centre (centro de salud)
    [clinic] call your doctor or clinic
    [urgent_care] call your doctor, or go to urgent care
    [polyclinic] call your polyclinic
   *[gp] call your doctor's surgery, or an out-of-hours doctor if it's closed
 }
safety-crisis-named = { $name } on { $number }
safety-crisis-unknown = a crisis line where you live, or { $emergency }

# The early signs of a squeezed nerve (cauda equina), named in every safety net.
-early-signs =
    • numbness, tingling or pins and needles around your bottom, genitals or inner thighs, or wiping feels different
    • any change in peeing: hard to start, a weak stream, leaking, or not feeling it pass
    • not being able to hold a bowel movement, or not feeling it pass
    • less feeling in your genitals, or a change in erections or ejaculation
    • pain down both legs, or a leg getting weaker or numb

safety-sign-em_saddle = numbness or tingling around your bottom or genitals
safety-sign-em_bladder = a change in peeing or bladder control
safety-sign-em_bowel = a change in bowel control or feeling
safety-sign-em_sexual = a change in sexual feeling, erections or ejaculation
safety-sign-em_sciatica = pain running down both legs
safety-sign-em_legs = weakness or numbness in your legs
safety-sign-em_chest = chest pain
safety-sign-em_accident = back pain after a serious accident or fall
safety-sign-em_tummy = sudden tummy and back pain with feeling faint
safety-sign-ur_fever = a fever or chills
safety-sign-ur_immune = a weakened immune system, or injecting drugs
safety-sign-ur_infection = a recent bacterial infection
safety-sign-ur_fall = a small fall with thin bones or long-term steroids
safety-sign-ur_fracture = severe pain in the middle of the back that eases only lying down
safety-sign-ur_swelling = a swelling or odd shape in your back
safety-sign-ur_night = night pain that no position eases
safety-sign-ur_high = pain high up between your shoulder blades
safety-sign-ur_cough = pain much worse when you cough, sneeze or go to the toilet
safety-sign-so_cancer = having had cancer
safety-sign-so_weight = weight loss without trying
safety-sign-so_age = new back pain over 50 or under 20
safety-sign-so_month = pain that has not improved at all for a month
safety-sign-so_inflammatory = long-lasting back pain with morning stiffness that eases with movement
safety-sign-em_other = a sign that needs emergency care
safety-sign-ur_other = a sign that needs a doctor to look at it

## Why each sign matters: one line per kind, so each advice explains its own signs.
safety-why-nerve = These can mean the nerves at the bottom of your spine are being squeezed. Treated early, lasting harm to the bladder, bowel and legs can usually be prevented.
safety-why-chest = Chest pain with back pain needs checking at once: it can come from the heart, the lungs or a large blood vessel.
safety-why-accident = After a serious accident or fall, your spine needs checking for an injury before you move about much.
safety-why-tummy = Sudden tummy and back pain with feeling faint can come from the main blood vessel in the tummy (an aneurysm).
safety-why-infection_nerve = A fever together with new weakness or numbness in a leg can mean an infection near the spine pressing on a nerve.
safety-why-infection = With back pain, a fever, a weakened immune system or a recent infection can rarely mean an infection in the spine, which a doctor needs to rule out.
safety-why-fracture = This can mean a small break in a bone of the spine, which a doctor needs to check.
safety-why-swelling = A swelling or a new change in the shape of your back needs a doctor to look at it.
safety-why-night = Pain at night that no position eases is not the usual pattern of back pain, so a doctor should look for the cause.
safety-why-high = Pain high up between the shoulder blades is not the usual pattern of low back pain, so a doctor should check it.
safety-why-cough = Pain much worse when you cough, sneeze or strain can come from a nerve under pressure, so a doctor should check it.
safety-why-cancer = After cancer, new back pain should be checked by a doctor, to make sure it is not related.
safety-why-weight = Losing weight without trying, together with back pain, needs a doctor to look for the cause.
safety-why-age = Back pain that starts over 50 or under 20 is worth a check with your GP.
safety-why-month = Pain that hasn't improved at all in a month is worth a check with your GP.
safety-why-inflammatory = Back pain with long morning stiffness that eases with movement can be inflammatory back pain (axial spondyloarthritis). Ask your GP about inflammatory back pain: it is treated differently.
safety-why-together = New back pain over 50 or under 20 that hasn't improved at all in a month should be checked by a doctor today.
safety-why-other_emergency = What you told me earlier needs emergency care.
safety-why-other_same_day = What you told me earlier needs a doctor to look at it.

# A sign that needs emergency care: the number first, then what the signs may mean.
safety-emergency =
    <b>Call { $emergency } now, or go to the emergency department.</b>
    { $why }

    I won't suggest exercises for now. In two hours I'll ask whether you got help.

# Not sure about a squeezed-nerve sign: no reassurance, a same-day check, and what means "now".
safety-nerve =
    <b>Not being sure is a reason to be checked today: { $line }.</b>
    Call { $emergency } at once if any of these is new:
    { -early-signs }{ $check ->
        [yes] {""}
    
        Here is a quick check you can do now.
       *[no] {""}
    }

safety-same-day =
    <b>Please see a doctor today: { $line }.</b>
    { $why }
    The exercises wait until a clinician has examined you.
safety-same-day-nerve =
    <b>Please see a doctor today: { $line }.</b>
    You weren't sure about a sign of a squeezed nerve, and that needs a doctor to look.
    Call { $emergency } at once if any of these starts or gets worse:
    { -early-signs }

safety-locked =
    Your plan is ready, and it stays locked until a clinician has examined you. <b>Please see a doctor today: { $line }.</b>
    I'll ask you tomorrow morning whether you were seen.
safety-stopped =
    Okay, we'll stop here. <b>Please see a doctor today: { $line }.</b>
    Once a clinician has examined you and said you can exercise, we'll finish the questions. I'll ask you tomorrow morning.
safety-locked-go-ahead =
    Your plan is ready, and it waits for your surgeon's or physiotherapist's go-ahead.
    When you have it, send /checkup and answer "Yes" to the surgery question.

# Asked before the plan opens: a clinician examined them in person and said they can exercise.
safety-seen-first =
    Last time you told me about: { $signs }. Has a clinician examined you since?
    Tap the first button only if a doctor or physiotherapist examined you in person and said you can exercise.
safety-seen-button = A clinician examined me: OK to exercise
safety-not-yet-button = Not yet: ask me the questions
safety-questions-again-button = Ask me the questions again
safety-too-soon =
    You told me about: { $signs }. <b>Please see a doctor today: { $line }.</b>
    Once a clinician has examined you, your plan can open from tomorrow morning; I'll ask you then.
safety-too-soon-emergency =
    You told me about: { $signs }. <b>Please call { $emergency } now, or go to the emergency department.</b>
    Your plan stays locked until a clinician has examined you.
safety-follow-up =
    Hello again. Yesterday you told me about: { $signs }. Has a clinician examined you?
    If they said you can exercise, tap the first button. If not, <b>please see a doctor today: { $line }.</b>
    Call { $emergency } at once if any of these is new:
    { -early-signs }
safety-follow-up-emergency =
    Hello again. You told me about: { $signs }. Has a clinician examined you?
    If they said you can exercise, tap the first button. If not, <b>please call { $emergency } now, or go to the emergency department.</b>
safety-help-check =
    Two hours ago you told me about: { $signs }. Did you get help?
    If a clinician examined you and said you can exercise, tap the first button. If not, <b>please call { $emergency } now, or go to the emergency department.</b>
safety-later-button = Not yet
safety-not-yet = <b>Please see a doctor today: { $line }.</b> Once a clinician has examined you, send /checkup.
safety-not-yet-emergency = <b>Please call { $emergency } now, or go to the emergency department.</b> Don't wait with this. Once a clinician has examined you, send /checkup.
# One last check before the plan opens: the emergency signs again.
safety-recheck =
    Good. One last check before your plan opens: since you were examined, is any of these new, or worse than when you were seen?
    { -early-signs }
    • chest pain, or a serious accident or fall
    • sudden tummy and back pain with feeling faint
safety-recheck-none-button = None of these
safety-recheck-new-button = Yes, or I'm not sure
safety-recheck-questions = Thank you for telling me. Let's go through the questions, so I know what's happening.
safety-cleared = Thank you for getting checked. Here is your plan.
safety-cleared-questions = Thank you for getting checked. A few questions more, and your plan is ready.
safety-nothing-to-clear = There is nothing waiting for a clinician's OK now.
# "It went away on its own" (or "not yet") about a sign that locks: not an all-clear.
safety-gone-emergency = I'm glad it has eased. Even so, { $signs } can come and go while the cause is still there. <b>Call { $emergency } now, or go to the emergency department.</b>
safety-gone-same-day = I'm glad it has eased. Even so, { $signs } needs a clinician to examine you before the exercises. <b>Please see a doctor today: { $line }.</b>

safety-where-locked = Your plan is waiting until a clinician has examined you. <b>Please see a doctor today: { $line }.</b> Once you've been seen, send /checkup.
safety-where-emergency = Last time you told me about a sign that needs emergency care: <b>call { $emergency } now, or go to the emergency department.</b> Once you've been seen, send /checkup.
safety-emergency-locked =
    <b>Call { $emergency } now, or go to the emergency department.</b>
    Your last answers showed a sign that needs emergency care, so I'm not suggesting exercises.
    Once a clinician has examined you, send /checkup and we'll start again.
safety-blocked-plan = Your plan is waiting until a doctor has checked you. Finish the questions with /checkup.
safety-go-ahead-plan = Your plan waits for your surgeon's or physiotherapist's go-ahead. When you have it, send /checkup.

# A voice note, picture, video, file or sticker: one calm answer a burst.
safety-cannot-read =
    I can't listen to voice messages or look at pictures, videos or files, sorry. I only read text and buttons.
    If something new or frightening is happening: in an emergency call { $emergency }; for a doctor today, { $line }.
    /flare has a gentle routine for a bad spell, and /checkup goes through the safety questions again.

onboarding-pick-one = Please tap the ones that fit first, then Done.

## Typed words that sound like a warning sign ($signs: what the words sounded like).
danger-emergency =
    You wrote about { $signs }. <b>If that is happening now, please call { $emergency } or go to the emergency department straight away.</b> It can be serious and needs a doctor at once.
    Is it happening to you?
danger-same-day =
    You wrote about { $signs }. If that is true for you, please see a doctor today before you go on with the exercises: { $line }.
    Is it happening to you?
danger-soon =
    You wrote about { $signs }. If that is true for you, please make an appointment with your GP in the next few days. You can keep exercising gently meanwhile.
    Is it true for you?
danger-yes-button = Yes, that's happening
danger-no-button = No, I meant something else
danger-not-meant = Thank you, I'm glad to hear it. Let's carry on.
danger-confirmed-emergency =
    Thank you for telling me. I've put your exercises on hold. <b>Please call { $emergency } or go to the emergency department now.</b>
    Once you've been seen, send /checkup and we'll take it from there. I'll check with you tomorrow as well.
danger-confirmed-same-day =
    Thank you for telling me. Your plan waits until a doctor has checked you. Please see one today: { $line }.
    Once you've been seen and told you can exercise, send /checkup. I'll check with you tomorrow as well.
danger-confirmed-soon = Thank you, noted. Please make an appointment with your GP in the next few days. Your plan stays as it is; go gently.
danger-session-stopped = Today's session ends here. Look after yourself.
