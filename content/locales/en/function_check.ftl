## The function check (Patient-Specific Functional Scale)

function-check-header = <b>Function check</b>
function-check-due = Your function check is due: three quick ratings of things your back makes hard, about two minutes.
function-check-first-due = A function check helps us both see what gets easier: name up to three things your back makes hard and rate each. About two minutes.
function-check-start-button = Do the function check
function-check-continue-button = Carry on with the function check
function-check-after-session-button = 📋 Rate what your back makes hard (2 min)
function-check-not-due = Your next function check is on { $date }.
function-check-in-progress = You're part-way through a function check.
function-check-ask-name-first =
    <b>Function check</b>
    Name one everyday activity your back makes hard, in a few words. For example: <i>putting on socks</i>, <i>sitting through a film</i>, <i>carrying shopping</i>.
    Just type it.
function-check-ask-name-more = Name another activity your back makes hard, in a few words. Just type it.
function-check-name-too-long = Please keep it short, under { $limit ->
    [one] 1 character
   *[other] { $limit } characters
 }. What's the activity?
function-check-name-empty = I need a few words for the activity. What does your back make hard?
function-check-ask-rating =
    <b>{ $activity }</b>: how well can you do this now?
    0 = not at all, 10 = as well as before your back trouble.
function-check-rated =
    { $question }
    → <b>{ $score }</b>
function-check-ask-more = { $limit ->
    [one] Saved. You can name 1 activity ({ $count } so far).
   *[other] Saved. You can name up to { $limit } activities ({ $count } so far).
 }
function-check-more-button = Add another
function-check-enough-button = That's all
function-check-first-done =
    Thank you, that's your starting point:
    { $lines }
    I'll ask you to rate the same activities again in two weeks ({ $date }), and show you what changed.
function-check-first-line = • { $name }: <b>{ $score }</b> of 10
function-check-later-done =
    <b>What changed since your first check</b>
    { $lines }
    { $verdict }
    Next check: { $date }.
function-check-change-up = • { $name }: { $first } → <b>{ $latest }</b> (+{ $change }), a real improvement
function-check-change-down = • { $name }: { $first } → <b>{ $latest }</b> ({ $change }), a real drop
function-check-change-small = • { $name }: { $first } → <b>{ $latest }</b> ({ $signed }), within the usual ups and downs
function-check-verdict-better = A change of 2 points or more is meaningful, so this is real progress. Well done.
function-check-verdict-worse = Something got harder by 2 points or more. If your back is getting worse, go a level easier, send /checkup, and see a clinician if it stays that way.
function-check-verdict-same = No change of 2 points or more yet; that's normal early on. Keep going.
function-check-progress-line-first = • { $name }: <b>{ $score }</b> of 10 (first check)
function-check-next-on = Next function check: { $date }.
function-check-answered-already = Already noted, thanks.
function-check-finished-already = That check is finished. /progress shows the results.
