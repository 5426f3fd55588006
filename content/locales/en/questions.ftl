## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>First, a quick safety check.</b> Since your back pain began, is any of these new?
    { -early-signs }
question-red_emergency-option-none = None of these
question-red_emergency-option-yes = Yes, one or more
question-red_emergency-option-unsure = I'm not sure

question-em_which = { $level ->
    [unsure] Which of these are you not sure about? Tap each one, then <b>Done</b>.
   *[yes] Which of these is happening? Tap each one, then <b>Done</b>.
 }
question-em_which-option-em_saddle = Numb or tingling: bottom, genitals
question-em_which-option-em_bladder = Peeing has changed
question-em_which-option-em_bowel = Bowel control or feeling changed
question-em_which-option-em_sexual = Sexual feeling or erections changed
question-em_which-option-em_sciatica = Pain down both legs
question-em_which-option-em_legs = A leg weaker or numb

question-sc_saddle =
    A quick check you can do: when you wipe after going to the toilet, does the skin around your bottom or genitals feel numb, or different from usual?
question-sc_saddle-option-yes = Yes, numb or different
question-sc_saddle-option-no = No, it feels normal
question-sc_saddle-option-unsure = I can't tell

question-sc_bladder =
    A quick check: has peeing changed at all since the back pain began? For example it's harder to start, the stream is weaker, you can't hold it, or you don't feel it pass or know when your bladder is full.
question-sc_bladder-option-yes = Yes, something has changed
question-sc_bladder-option-no = No, it's as usual
question-sc_bladder-option-unsure = I can't tell

question-sc_legs =
    A quick check: holding on to something, can you walk a few steps on your heels, and then on your toes? Does a foot slap down, catch or drag?
question-sc_legs-option-yes = I can't, or a foot drags
question-sc_legs-option-no = Yes, both are fine
question-sc_legs-option-unsure = I can't tell

# A sign a clinician examined before, ticked again: the same words for each group.
-seen-worse = New or worse
-seen-same = The same as when I was seen
-seen-unsure = I'm not sure
question-em_seen = You told me about { $signs } before, and a clinician examined you. Is it new, or worse than when you were seen?
question-em_seen-option-worse = { -seen-worse }
question-em_seen-option-same = { -seen-same }
question-em_seen-option-unsure = { -seen-unsure }
question-ot_seen = You told me about { $signs } before, and a clinician examined you. Is it new, or worse than when you were seen?
question-ot_seen-option-worse = { -seen-worse }
question-ot_seen-option-same = { -seen-same }
question-ot_seen-option-unsure = { -seen-unsure }
question-ur_seen = You told me about { $signs } before, and a clinician examined you. Is it new, or worse than when you were seen?
question-ur_seen-option-worse = { -seen-worse }
question-ur_seen-option-same = { -seen-same }
question-ur_seen-option-unsure = { -seen-unsure }
question-so_seen = You told me about { $signs } before, and a clinician examined you. Is it new, or worse than when you were seen?
question-so_seen-option-worse = { -seen-worse }
question-so_seen-option-same = { -seen-same }
question-so_seen-option-unsure = { -seen-unsure }

question-urgent_next = Would you like to answer the rest of the questions now, so your plan is ready once a clinician says exercise is fine? Or stop here for now?
question-urgent_next-option-finish = Answer them now
question-urgent_next-option-stop = Stop here for now

question-red_other =
    Thank you. Is any of these happening?
    • chest pain
    • the back pain began after a serious accident or fall, such as a car crash or a fall from a height
    • sudden, severe pain in your tummy and back, with feeling faint, dizzy or sweaty, or a pulsing feeling in your tummy
question-red_other-option-none = None of these
question-red_other-option-yes = Yes, one or more
question-red_other-option-unsure = I'm not sure

question-ot_which = { $level ->
    [unsure] Which of these are you not sure about? Tap each one, then <b>Done</b>.
   *[yes] Which of these is happening? Tap each one, then <b>Done</b>.
 }
question-ot_which-option-em_chest = Chest pain
question-ot_which-option-em_accident = After a serious accident or fall
question-ot_which-option-em_tummy = Tummy and back pain, feeling faint

question-red_urgent =
    Thank you. Since the pain began, is any of these true?
    • a fever or chills, or feeling hot and shivery
    • a weakened immune system (steroid tablets for a long time, medicines that damp down the immune system, HIV), or you inject drugs
    • a bacterial infection recently, such as a urine or chest infection treated with antibiotics
    • it began after a small fall or knock, and you have thin bones (osteoporosis) or take steroids long-term
    • severe pain in the middle of your back that eases only when you lie down
    • a swelling, or a new odd shape in your back
    • pain at night that no position eases
    • pain high up between the shoulder blades rather than low down
    • pain much worse when you cough, sneeze or strain on the toilet
    • you have had cancer
    • you have lost weight without trying
question-red_urgent-option-none = None of these
question-red_urgent-option-yes = Yes, one or more
question-red_urgent-option-unsure = I'm not sure

question-ur_which = { $level ->
    [unsure] Which of these are you not sure about? Tap each one, then <b>Done</b>.
   *[yes] Which of these is true? Tap each one, then <b>Done</b>.
 }
question-ur_which-option-ur_fever = Fever or chills
question-ur_which-option-ur_immune = Weak immune system, drugs
question-ur_which-option-ur_infection = Recent infection
question-ur_which-option-ur_fall = Small fall, thin bones
question-ur_which-option-ur_fracture = Middle-back pain, eased lying down
question-ur_which-option-ur_swelling = Swelling or odd shape
question-ur_which-option-ur_night = Night pain, no position eases
question-ur_which-option-ur_high = Pain between the shoulders
question-ur_which-option-ur_cough = Worse coughing or sneezing
question-ur_which-option-so_cancer = I have had cancer
question-ur_which-option-so_weight = Weight loss without trying

question-red_soon =
    Nearly done with the safety part. Is any of these true for you?
    • this back pain is new, and you are over 50 or under 20
    • the pain has not got any better at all for a month or more
    • back pain for over 3 months that began before about 45, stiff for over half an hour in the morning and easing with movement rather than rest, or waking you in the second half of the night
question-red_soon-option-none = None of these
question-red_soon-option-yes = Yes, one or more
question-red_soon-option-unsure = I'm not sure

question-so_which = { $level ->
    [unsure] Which of these are you not sure about? Tap each one, then <b>Done</b>.
   *[yes] Which of these is true? Tap each one, then <b>Done</b>.
 }
question-so_which-option-so_age = New pain, over 50 or under 20
question-so_which-option-so_month = No better for a month
question-so_which-option-so_inflammatory = Morning stiffness, eases moving

question-was_checked =
    Last time you told me about: { $signs }. You didn't tap it today. Has a clinician examined you since and said you can exercise?
question-was_checked-option-checked = A clinician examined me: OK to exercise
question-was_checked-option-not_yet = Not yet
question-was_checked-option-gone = No, it went away on its own

question-triggers =
    <b>Now about your back.</b> When does it hurt?
    Tap all that fit, then <b>Done</b>.
question-triggers-option-bend = Bending forward
question-triggers-option-sit_stand = Sitting or standing long
question-triggers-option-get_up = Getting up or straightening
question-triggers-option-bed = Turning in bed, sleeping
question-triggers-option-walk = Walking

question-leg_pain = Does the pain spread from your back into a leg?
question-leg_pain-option-yes = Yes
question-leg_pain-option-no = No

question-below_knee = Does it reach below the knee?
question-below_knee-option-yes = Yes
question-below_knee-option-no = No

question-fear_bending = Are you wary of bending forward, or do you avoid it?
question-fear_bending-option-yes = Yes
question-fear_bending-option-little = A little
question-fear_bending-option-no = No

question-stiffness = Does your back feel stiff, for example in the morning?
question-stiffness-option-yes = Yes
question-stiffness-option-no = No

question-cautions =
    Do any of these apply to you? They change how some exercises are done.
    Tap all that fit, then <b>Done</b> (just <b>Done</b> if none).
question-cautions-option-pregnant = I'm pregnant
question-cautions-option-surgery = Back surgery in recent months
question-cautions-option-osteoporosis = Thin bones (osteoporosis)
question-cautions-option-balance = I lose my balance easily

question-surgery_ok = Has your surgeon or physiotherapist said you can start exercises like these?
question-surgery_ok-option-yes = Yes, I have their go-ahead
question-surgery_ok-option-no = Not yet

question-pregnancy_ok = Has your midwife or doctor said yes to you starting exercises like these? In pregnancy a new programme waits for their yes, because they know your pregnancy.
question-pregnancy_ok-option-yes = Yes, they said yes
question-pregnancy_ok-option-no = Not yet

question-pregnancy_weeks = How far along are you? From about week 16, lying flat on your back for long isn't advised, so I'll switch those exercises in good time.
question-pregnancy_weeks-option-under_12 = Under 12 weeks
question-pregnancy_weeks-option-from_12 = 12 weeks or more

question-coping = Is your back stopping you from doing everyday things, or are you finding it hard to cope?
question-coping-option-yes = Yes
question-coping-option-no = No

question-duration = How long has your back been bothering you this time?
question-duration-option-under_6w = Less than 6 weeks
question-duration-option-w6_12 = 6 to 12 weeks
question-duration-option-over_12w = More than 3 months

question-pain_now = How much does it hurt right now? 0 is no pain, 10 is the worst you can imagine.
question-pain_now-option-0 = 0
question-pain_now-option-1 = 1
question-pain_now-option-2 = 2
question-pain_now-option-3 = 3
question-pain_now-option-4 = 4
question-pain_now-option-5 = 5
question-pain_now-option-6 = 6
question-pain_now-option-7 = 7
question-pain_now-option-8 = 8
question-pain_now-option-9 = 9
question-pain_now-option-10 = 10
