## /export and /delete

data-export-caption = Alles, was ich über dich speichere, als JSON-Datei: deine Antworten, Einheiten, Wiederholungen, Bewertungen und Einstellungen. Sie lässt sich mit jedem Texteditor öffnen.
data-delete-ask =
    <b>Alles löschen?</b>
    Damit lösche ich alle Antworten, Pläne, Einheiten, Wiederholungen, Bewertungen und Erinnerungen, die ich über dich speichere, und stoppe alle Erinnerungen. Das lässt sich nicht rückgängig machen.
    Möchtest du vorher eine Kopie? Schick /export.
data-delete-yes-button = Ja, alles löschen
data-delete-no-button = Nein, behalten
data-deleted =
    Erledigt: Alles, was ich über dich gespeichert hatte, ist gelöscht, und die Erinnerungen sind aus.
    Die Nachrichten in diesem Chat bleiben in Telegram; den Chat kannst du selbst leeren. Schick jederzeit /start, um neu anzufangen.
data-kept = Nichts gelöscht. Deine Daten bleiben, wie sie sind.
data-delete-expired = Dieser Button ist abgelaufen. Schick /delete noch einmal, wenn du deine Daten weiterhin löschen möchtest.
data-already-erased = Schon gelöscht. Schick /start, um neu anzufangen.
data-export-file-name = back-coach-daten-{ $date }.json
