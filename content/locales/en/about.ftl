## What a person sees before pressing Start (setMyDescription, setMyShortDescription): plain
## text, no HTML. The description is at most 512 characters, the short one at most 120.

about-short-description = Coaching for lower back pain: a short home exercise plan, reminders and a two-minute lesson a day. Not a doctor.
about-description =
    Back Coach guides you through a short home programme for lower back pain: five gentle exercises, timed and counted in the chat, with reminders and a two-minute lesson a day.

    It asks a few safety questions first, then about ten minutes a day and honest pain scores. It is not a doctor and does not diagnose: if something sounds serious, it tells you who to see, and how soon.

    Press Start to begin.
