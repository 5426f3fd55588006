# Pictures, "Show me" demos and voice-guided sets in the guided session.

session-show-me-button = ▶ Show me
session-voice-button = 🔊 Guide me by voice
session-demo-caption = <b>{ $name }</b>: watch it once or twice, then copy the pace.
session-demo-missing = Sorry, I can't show the movement right now. The steps on the card say it all.
# Sent with the voice note: it plays the whole set.
session-voice-note = 🔊 <b>{ $name }</b>: press play and put the phone down. I'll guide the whole set ({ $minutes ->
    [one] about a minute
   *[other] about { $minutes } minutes
 }). Tell me how it went at the end, or earlier if you stop.
session-voice-missing = Sorry, the voice guide isn't working right now. Follow the card at your own pace, and tell me how it went with the buttons above.
session-no-voice = This one has no voice guide. Use the chat timer instead.
session-voice-question = 🔔 <b>{ $name }</b>: that's the set. How did it go?
session-voice-all-button = All { $count } ✓
session-voice-fewer-button = Fewer
session-voice-hurt-button = Too painful
session-voice-how-many = How many did you manage? Any number is fine.
session-voice-noted = <b>{ $name }</b>: { $count } of { $total } ✓ Noted.
session-voice-noted-hurt = <b>{ $name }</b>: noted as too painful today. Good that you stopped.
session-voice-no-answer = <b>{ $name }</b>: I didn't hear back, so I noted the set without counting reps. Let's carry on.
