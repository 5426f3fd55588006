## Typed words about a warning sign, beyond its advice (safety.ftl has the advice itself).
## $signs: what the words sounded like; $emergency and $line as in safety.ftl; $crisis: the
## person's crisis line, or "none" when no line is known (the generic wording then).

danger-again = You wrote about { $signs }. A doctor checked this before. Is it new, or worse than when you were seen?
danger-again-new-button = Yes, it's new or worse
danger-again-same-button = No, it's the same as then
danger-same-as-seen = Thank you for checking. Go gently, and if it changes or gets worse, tell me straight away or send /checkup.
danger-confirmed-noted = Thank you, noted. If anything changes, tell me or send /checkup.

danger-denied = I read that you don't have { $signs }. Good. Just so I'm sure I understood you: do you have it now?
danger-denied-no-button = No, I don't have this
danger-denied-yes-button = Yes, I do

danger-ask-walk = Is a leg weak or numb, or is it the pain that stops you?
danger-ask-walk-sign-button = A leg is weak or numb
danger-ask-walk-pain-button = It's the pain

danger-distress =
    I'm sorry it's so hard right now. A bad spell of back pain is frightening, but it usually settles within days, and it rarely means damage.
    The gentle routine below can help, and /flare has what else eases a flare-up.
    If something new is happening, like numbness, trouble peeing or a leg getting weak, call { $emergency }.

danger-crisis =
    Thank you for telling me. I'm sorry you're carrying this: pain that goes on and on can wear anyone down, and thoughts like these deserve real support.
    { $crisis ->
        [none] Please talk to someone today: a crisis line in your country, your doctor, or someone you trust.
       *[other] Please talk to someone today. You can call { $crisis } at any time, day or night.
    }
    <b>If you might act on these thoughts, or you are in danger now, call { $emergency } or go to the nearest emergency department.</b>

danger-unplaced =
    I read every message, but I don't always understand typed sentences, so I may have missed what you meant. Buttons and commands work best (/help lists them).
    If something new or frightening is happening with your back, like numbness, trouble peeing or a leg getting weak, call { $emergency }. For a bad flare-up, send /flare; to go through the safety questions again, send /checkup.
