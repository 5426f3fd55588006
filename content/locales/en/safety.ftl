## The warning signs and what they mean: each sign's name, the advice by how urgent it is,
## and the lock on the plan. $emergency is the person's emergency number (or the words for it);
## $line is what to call for a same-day doctor.

safety-local-emergency = your local emergency number
safety-same-day-with-line = call { $line } or your GP today
safety-same-day-no-line = call your doctor's surgery today, or an out-of-hours doctor if it's closed

safety-sign-em_saddle = numbness around your genitals or bottom
safety-sign-em_bladder = trouble peeing, or with bladder or bowel control
safety-sign-em_bowel = changes in bowel control or feeling
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

# When a squeezed nerve sign is likely: now.
safety-emergency =
    <b>Please get emergency care now.</b>
    What you describe can mean a nerve in your lower back is badly squeezed, or something else that needs a doctor straight away. Call { $emergency } or go to the emergency department now.

    I won't suggest exercises for now. Once you have been seen, send /checkup and we'll take it from there.

# Not sure about a squeezed-nerve sign: no reassurance, a same-day check, and what means "now".
safety-nerve =
    <b>Not being sure is a reason to be checked today, not to wait.</b>
    Please see a doctor today. Call { $emergency } at once if any of these happens:
    • you can't feel the skin around your bottom or genitals
    • you can't pee, or you can't hold your pee or poo
    • a leg gets weaker, or you can't walk properly
    Here is a quick check you can do now.

safety-same-day =
    <b>Please see a doctor today.</b>
    What you tapped needs a doctor to look at it before you start these exercises: { $line }.
safety-same-day-nerve =
    <b>Please still see a doctor today.</b>
    You weren't sure about a sign of a squeezed nerve, and that needs a doctor to look: { $line }. Call { $emergency } at once if you lose feeling around your bottom or genitals, can't control your bladder or bowels, or a leg gets weaker.

safety-locked =
    Your plan is ready, and it stays locked until a doctor has checked you.
    Once you've been seen and told you can exercise, send /checkup. I'll check with you tomorrow as well.
safety-stopped =
    Okay, we'll stop here. Please see a doctor today.
    Once you've been seen and told you can exercise, send /checkup and we'll finish the questions then. I'll check with you tomorrow as well.
safety-locked-go-ahead =
    Your plan is ready, and it waits for your surgeon's or physiotherapist's go-ahead.
    When you have it, send /checkup and answer "Yes" to the surgery question.

safety-seen-first = Last time you told me about: { $signs }. Have you been seen by a doctor since?
safety-seen-button = I've been seen: I can exercise
safety-not-yet-button = Not yet: ask me the questions
safety-follow-up = Hello again. Yesterday you told me about: { $signs }. Were you able to see a doctor? If you were told you can exercise, tap below and your plan opens.
safety-later-button = Not yet
safety-not-yet = Please get seen today if you can ({ $line }). I'll ask again in /checkup.
safety-not-yet-emergency = Please don't wait with this: call { $emergency } or go to the emergency department now. Once you've been seen, send /checkup.
safety-cleared = Thank you for getting checked. Here is your plan.
safety-nothing-to-clear = There is nothing waiting for a doctor's OK now.

safety-where-locked = Your plan is waiting for a doctor's OK. Once you've been seen, send /checkup.
safety-where-emergency = Last time you told me about a sign that needs emergency care. Once you've been seen, send /checkup.
safety-emergency-locked =
    Your last answers showed a sign that needs <b>emergency care</b>, so I'm not suggesting exercises.
    Please call { $emergency } or go to the emergency department now.
    Once you have been seen, send /checkup and we'll start again.
safety-blocked-plan = Your plan is waiting until a doctor has checked you. Finish the questions with /checkup.
safety-go-ahead-plan = Your plan waits for your surgeon's or physiotherapist's go-ahead. When you have it, send /checkup.

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
