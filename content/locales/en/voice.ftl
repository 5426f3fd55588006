# Spoken phrases of the voice guide. Each message is recorded once as a clip
# (tools/make_voice_clips.py) and laid on a set's timeline at run time.
# Keep them short and calm: a person hears them lying on the floor, eyes closed.
# Numbers are words, spelled the way the speech engine reads them naturally.
# Most cues must be said within about a second; the longest ones have a few seconds.

## Every set

# At the very start: a few seconds to put the phone down and get ready.
voice-get-ready = Get into position. We start in a moment.
voice-last-one = Last one.
voice-set-done = That's the set. Well done.

## Between sets

voice-rest-thirty = Rest for thirty seconds.
voice-breathe = Breathe calmly.
voice-ready = Get ready.
voice-set-2 = Set two.
voice-set-3 = Set three.
voice-set-4 = Set four.
voice-set-5 = Set five.

## Holds: pelvic lift, lying back bend, knee rotation

voice-hold = Hold.
voice-rest = Rest.
# Pelvic lift: hips up, then lowered slowly (also the lying back bend's way down).
voice-lift = Lift your hips.
voice-down = And down.
# Lying back bend: push the upper body up with the arms.
voice-press-up = Press up.
# Knee rotation: both knees fall to one side, then come back.
voice-knees-left = Knees to the left.
voice-knees-right = Knees to the right.
voice-knees-middle = Back to the middle.

## Counted cadences: back extension, standing back bend

voice-cadence-up = Lift.
voice-cadence-down = And down.
voice-lean-back = Lean back.
voice-and-up = And up.

## Bending forward, one stage at a time

voice-bend-chin = Chin to your chest.
voice-bend-upper = Roll your upper back forward.
voice-bend-lower = Let your lower back round.
voice-bend-reach = Reach down as far as feels okay.
voice-bend-up = Roll slowly back up, hands off your legs.
voice-bend-rest = Stand tall. Breathe.

## Rep announcements, said before each hold

voice-rep-1 = Rep one.
voice-rep-2 = Rep two.
voice-rep-3 = Rep three.
voice-rep-4 = Rep four.
voice-rep-5 = Rep five.
voice-rep-6 = Rep six.
voice-rep-7 = Rep seven.
voice-rep-8 = Rep eight.
voice-rep-9 = Rep nine.
voice-rep-10 = Rep ten.
voice-rep-11 = Rep eleven.
voice-rep-12 = Rep twelve.
voice-rep-13 = Rep thirteen.
voice-rep-14 = Rep fourteen.
voice-rep-15 = Rep fifteen.
voice-rep-16 = Rep sixteen.
voice-rep-17 = Rep seventeen.
voice-rep-18 = Rep eighteen.
voice-rep-19 = Rep nineteen.
voice-rep-20 = Rep twenty.

## Bend announcements, said before each bend

voice-bend-1 = Bend one.
voice-bend-2 = Bend two.
voice-bend-3 = Bend three.
voice-bend-4 = Bend four.
voice-bend-5 = Bend five.
voice-bend-6 = Bend six.
voice-bend-7 = Bend seven.
voice-bend-8 = Bend eight.
voice-bend-9 = Bend nine.
voice-bend-10 = Bend ten.

## Counting: the seconds of a hold, and the reps of a cadence

voice-count-1 = One.
voice-count-2 = Two.
voice-count-3 = Three.
voice-count-4 = Four.
voice-count-5 = Five.
voice-count-6 = Six.
voice-count-7 = Seven.
voice-count-8 = Eight.
voice-count-9 = Nine.
voice-count-10 = Ten.
voice-count-11 = Eleven.
voice-count-12 = Twelve.
voice-count-13 = Thirteen.
voice-count-14 = Fourteen.
voice-count-15 = Fifteen.
voice-count-16 = Sixteen.
voice-count-17 = Seventeen.
voice-count-18 = Eighteen.
voice-count-19 = Nineteen.
voice-count-20 = Twenty.
