## How the back is affecting the person: nine one-tap questions about the factors that slow
## recovery, in our own words (not Keele's STarT Back tool, whose wording is licensed).

support-offer =
    🧭 <b>One more thing, if you have a minute.</b>
    How is your back affecting your days? Nine quick questions, one tap each. Your answers help me choose which lessons come first and how quickly to step up your exercises.
support-offer-again =
    🧭 <b>Four weeks on:</b> how is your back affecting you now? The same nine quick questions, one tap each, to see what has changed.
support-offer-line = 🧭 Nine one-tap questions on how your back is affecting you help me choose your lessons.
support-offer-line-again = 🧭 Four weeks on: nine one-tap questions show what has changed.
support-yes-button = 🧭 Yes, ask me
support-later-button = Maybe later
support-start-button = 🧭 Answer the nine questions
support-later = No problem. I'll ask again in four weeks, and /progress has the questions any time.
support-held = Let's do these once your back has been checked.
support-recently-done = You answered these recently; I'll ask again in a few weeks.
support-already-noted = Already noted, thank you.
support-header = 🧭 <b>How your back is affecting you</b> · { $number } of { $count }
support-question-leg = In the last two weeks, has pain spread from your back down into a leg?
support-question-elsewhere = In the last two weeks, have you also had pain in your neck or shoulders?
support-question-walking = Lately, has your back kept you to short walks only?
support-question-dressing = Lately, has getting dressed taken longer because of your back?
support-question-fear = Does being more active feel risky for a back like yours?
support-question-worry = Has worry about your back been on your mind a lot?
support-question-hopeless = Does it feel as if your back is awful and will never get better?
support-question-mood = Lately, have you stopped enjoying things you usually like?
support-mood-note = <i>If your mood has been low for a while, your GP can help. If you ever have thoughts of harming yourself, call { $emergency } now.</i>
support-question-bother = Overall, how much has your back bothered you in the last two weeks?
support-option-yes = Yes
support-option-no = No
support-option-not_at_all = Not at all
support-option-slightly = A little
support-option-moderately = Moderately
support-option-very = A lot
support-option-extremely = Extremely
support-thanks = 🧭 Thank you: that's all nine.
support-mood-help =
    Thank you for telling me. Feeling low is common when pain goes on, and it can be helped: please talk to your GP about it. It's as worth treating as your back.

    If you ever have thoughts of harming yourself, call { $emergency } now, or talk to someone you trust. You don't have to wait, or cope alone.
support-result-lower =
    <b>Your back is affecting your life a little</b> ({ $score } of { $max }: a lower need for support).
    That's a good sign: people whose answers look like yours usually do well with staying active, the exercises and a few short lessons. Your lessons start with keeping going.
support-result-medium =
    <b>Your back is affecting your life a fair amount</b> ({ $score } of { $max }: a medium need for support).
    The exercises and the full course of lessons are made for this: how pain works, pacing and flare-ups, one short lesson a day.
support-result-higher =
    <b>Your back is affecting a lot of your life right now</b> ({ $score } of { $max }: a higher need for support).
    That's common, and it can change. Your lessons start with how pain works and feeling safe to move, and I'll step your exercises up more gently: after { $gentle ->
        [one] { $gentle } good session
       *[other] { $gentle } good sessions
    } at a level instead of { $usual }.
support-physio =
    <b>A suggestion:</b> please consider seeing a physiotherapist. When back pain touches this much of life, people do better with more support than an app can give: a physio can examine your back, fit the exercises to you, and work through the worry and the fear of moving with you, face to face. Your GP can refer you, and in many places you can book one yourself. Keep going with your plan meanwhile.
support-change = Last time: { $before } of { $max } ({ $was }). Now: { $after } of { $max }.
support-next = I'll ask again in four weeks. This isn't a diagnosis, only a way to fit the support to you.
support-group-lower = lower need
support-group-medium = medium need
support-group-higher = higher need
support-progress-header = 🧭 <b>How your back affects you</b>
support-progress-one = { $score } of { $max } ({ $group }), on { $date }
support-progress-change = { $first } → { $latest } of { $max } ({ $was } → { $group }) since { $date }
support-progress-due = The nine one-tap questions are due again: tap below.
support-progress-first-due = Nine one-tap questions tell me how your back is affecting you: tap below.
