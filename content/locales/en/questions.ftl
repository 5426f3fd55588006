## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>First, a quick safety check.</b>
    Is any of these happening to you now?
    • numbness or tingling around your genitals or buttocks
    • new trouble peeing, or losing control of your bladder or bowels
    • weakness, numbness or pain in both legs, or a leg getting weaker
    • chest pain, or back pain after a serious accident or fall
question-red_emergency-option-none = None of these
question-red_emergency-option-yes = Yes, one or more
question-red_emergency-option-unsure = I'm not sure

question-em_saddle = Any numbness or tingling around your genitals or buttocks?
question-em_saddle-option-yes = Yes
question-em_saddle-option-no = No
question-em_saddle-option-unsure = Not sure

question-em_bladder = Any new trouble peeing, or losing control of your bladder or bowels?
question-em_bladder-option-yes = Yes
question-em_bladder-option-no = No
question-em_bladder-option-unsure = Not sure

question-em_legs = Weakness, numbness or pain in <b>both</b> legs, or one leg getting weaker?
question-em_legs-option-yes = Yes
question-em_legs-option-no = No
question-em_legs-option-unsure = Not sure

question-em_chest = Chest pain, or did the back pain start after a serious accident or fall?
question-em_chest-option-yes = Yes
question-em_chest-option-no = No
question-em_chest-option-unsure = Not sure

question-red_urgent =
    Thank you. And any of these?
    • a fever, or feeling hot and shivery
    • weight loss you can't explain, or you have had cancer
    • a swelling or an odd shape in your back
    • pain that doesn't ease with rest, or is worse at night
    • pain that began after a small fall or knock, and you have osteoporosis
question-red_urgent-option-none = None of these
question-red_urgent-option-yes = Yes, one or more
question-red_urgent-option-unsure = I'm not sure

question-ur_fever = A fever, or feeling hot and shivery?
question-ur_fever-option-yes = Yes
question-ur_fever-option-no = No
question-ur_fever-option-unsure = Not sure

question-ur_weight = Weight loss you can't explain, or have you had cancer?
question-ur_weight-option-yes = Yes
question-ur_weight-option-no = No
question-ur_weight-option-unsure = Not sure

question-ur_swelling = A swelling or an odd shape in your back?
question-ur_swelling-option-yes = Yes
question-ur_swelling-option-no = No
question-ur_swelling-option-unsure = Not sure

question-ur_night = Pain that doesn't ease with rest, or is worse at night?
question-ur_night-option-yes = Yes
question-ur_night-option-no = No
question-ur_night-option-unsure = Not sure

question-ur_fall = Did the pain begin after a small fall or knock, and do you have osteoporosis?
question-ur_fall-option-yes = Yes
question-ur_fall-option-no = No
question-ur_fall-option-unsure = Not sure

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

question-balance = Do you lose your balance easily when standing, or when leaning backwards?
question-balance-option-yes = Yes
question-balance-option-no = No

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

