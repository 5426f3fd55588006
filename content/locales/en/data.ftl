## /export and /delete

data-export-caption = Everything I store about you, as a JSON file: your answers, sessions, reps, ratings and settings. It opens in any text editor.
data-delete-ask =
    <b>Erase everything?</b>
    This deletes every answer, plan, session, rep, rating and reminder I store about you, and stops all reminders. It can't be undone.
    Want a copy first? Send /export.
data-delete-yes-button = Yes, erase everything
data-delete-no-button = No, keep it
data-deleted =
    Done: everything I stored about you is erased and reminders are off.
    The messages in this chat stay in Telegram; you can clear the chat yourself. Send /start any time to begin afresh.
data-kept = Nothing erased. Your data stays as it was.
data-delete-expired = That button has expired. Send /delete again if you still want to erase your data.
data-already-erased = Already erased. Send /start to begin afresh.
data-export-file-name = back-coach-data-{ $date }.json
