## Texts every feature shares

common-error-sorry = Sorry, something went wrong on my side. Nothing you told me is lost; please try that again in a moment.
common-stale-tap = That button is from an earlier message. I've moved on, see below.
common-forged-tap = That button isn't one I can use.
common-use-buttons = Please tap one of the buttons below, it keeps things simple for both of us.
common-not-understood = I work best with buttons and commands. Send /help to see what I can do.
common-private-only = I only talk one to one, because what you tell me is about your health. Open a private chat with me (@{ $bot }) and send /start there.
common-help =
    <b>What I can do</b>
    /start - where you are, or begin
    /plan - your exercises and why each one is in it
    /session - today's guided exercise session
    /checkup - answer the safety and symptom questions again
    /flare - a gentle routine for a bad spell, and when to see someone
    /progress - your streak, pain trend, reps and a chart
    /reminders - your reminder times and time zone
    /language - choose your language
    /export - a file with everything I store about you
    /delete - erase everything I store about you
    /report - a summary to show your GP or physiotherapist
    /help - this list
    /learn - short lessons about your back

    I'm a coaching tool, not a doctor. If something feels wrong, please see a clinician.
common-commands-start = Begin, or see where you are
common-commands-plan = Your exercises and why
common-commands-session = Today's guided session
common-commands-checkup = Answer the safety and symptom questions again
common-commands-progress = Your progress and chart
common-commands-reminders = Your reminder times and time zone
common-commands-export = Download everything I store about you
common-commands-delete = Erase everything I store about you
common-commands-help = What I can do
common-commands-language = Choose your language
common-commands-flare = A gentle routine for a flare-up
common-commands-report = A summary for your GP or physio
common-commands-learn = Short lessons about your back
