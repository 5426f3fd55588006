## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>First, a quick safety check.</b>
    Since this back pain began, has any of these happened?
    • numbness or tingling around your genitals, bottom or inner thighs
    • new trouble peeing, or losing control of your bladder or bowels
    • weakness or numbness in both legs, or a leg getting weaker (for example a foot that catches or drags when you walk)
    • chest pain, or the back pain started after a serious accident or fall
question-red_emergency-option-none = None of these
question-red_emergency-option-yes = Yes, one or more
question-red_emergency-option-unsure = I'm not sure

question-em_which = { $level ->
    [unsure] Which of these are you not sure about? Tap each one, then <b>Done</b>.
   *[yes] Which of these is happening? Tap each one, then <b>Done</b>.
 }
question-em_which-option-em_saddle = Numb around the genitals or bottom
question-em_which-option-em_bladder = Bladder or bowel trouble
question-em_which-option-em_legs = Legs weak or numb
question-em_which-option-em_chest = Chest pain, or a serious fall

question-sc_saddle =
    A quick check you can do: when you wipe after going to the toilet, does the skin around your bottom or genitals feel numb, or different from usual?
question-sc_saddle-option-yes = Yes, numb or different
question-sc_saddle-option-no = No, it feels normal
question-sc_saddle-option-unsure = I can't tell

question-sc_bladder =
    A quick check: can you feel when your bladder is full, and can you start and stop peeing the way you normally do?
question-sc_bladder-option-yes = No, that has changed
question-sc_bladder-option-no = Yes, that's normal
question-sc_bladder-option-unsure = I can't tell

question-sc_legs =
    A quick check: holding on to something, can you walk a few steps on your heels, and then on your toes? Does a foot slap down, catch or drag?
question-sc_legs-option-yes = I can't, or a foot drags
question-sc_legs-option-no = Yes, both are fine
question-sc_legs-option-unsure = I can't tell

question-urgent_next = Would you like to answer the rest of the questions now, so your plan is ready as soon as a doctor says exercise is fine? Or stop here for now?
question-urgent_next-option-finish = Answer them now
question-urgent_next-option-stop = Stop here for now

question-red_urgent =
    Thank you. Since the pain began, has any of these been true?
    • a fever or chills, or feeling hot and shivery
    • a weakened immune system: steroid tablets for a long time, medicines that damp down the immune system, or HIV; or you inject drugs
    • a bacterial infection recently (for example a urine or chest infection that needed antibiotics)
    • the pain began after a small fall or knock, and you have thin bones (osteoporosis) or take steroids long-term
    • a swelling, or a new odd shape in your back
    • pain at night that no position eases, or that keeps you from sleeping
    • pain high up between the shoulder blades rather than low down
    • pain that gets much worse when you cough, sneeze or go to the toilet
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
question-ur_which-option-ur_swelling = Swelling or odd shape
question-ur_which-option-ur_night = Night pain, can't sleep
question-ur_which-option-ur_high = Pain between the shoulders
question-ur_which-option-ur_cough = Worse coughing or sneezing

question-red_soon =
    Nearly done with the safety part. Is any of these true for you?
    • you have had cancer
    • you have lost weight without trying
    • this back pain is new, and you are over 50 or under 20
    • the pain has not got any better at all for a month or more
question-red_soon-option-none = None of these
question-red_soon-option-yes = Yes, one or more
question-red_soon-option-unsure = I'm not sure

question-so_which = { $level ->
    [unsure] Which of these are you not sure about? Tap each one, then <b>Done</b>.
   *[yes] Which of these is true? Tap each one, then <b>Done</b>.
 }
question-so_which-option-so_cancer = I have had cancer
question-so_which-option-so_weight = Weight loss without trying
question-so_which-option-so_age = New pain, over 50 or under 20
question-so_which-option-so_month = No better for a month

question-was_checked =
    Last time you told me about: { $signs }. You didn't tap it today. Did a doctor check it?
question-was_checked-option-checked = Yes, a doctor checked it
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
