## Texts every feature shares

common-error-sorry = Entschuldige, bei mir ist etwas schiefgelaufen. Nichts von dem, was du mir gesagt hast, ist verloren; versuch es bitte gleich noch einmal.
common-stale-tap = Dieser Button gehört zu einer früheren Nachricht. Ich bin schon weiter, schau unten.
common-forged-tap = Mit diesem Button kann ich nichts anfangen.
common-use-buttons = Bitte tippe auf einen der Buttons unten, das macht es für uns beide einfacher.
common-not-understood = Am besten komme ich mit Buttons und Befehlen zurecht. Schick /help, dann siehst du, was ich kann.
common-private-only = Ich schreibe nur unter vier Augen, weil es bei dem, was du mir erzählst, um deine Gesundheit geht. Öffne einen privaten Chat mit mir (@{ $bot }) und schick dort /start.
common-help =
    <b>Was ich kann</b>
    /start - sehen, wo du stehst, oder loslegen
    /plan - deine Übungen und warum jede dabei ist
    /session - deine angeleitete Übungseinheit für heute
    /checkup - die Sicherheits- und Symptomfragen noch einmal beantworten
    /flare - ein sanftes Programm für einen Schmerzschub, und wann du dich untersuchen lassen solltest
    /progress - deine Serie, dein Schmerzverlauf, deine Wiederholungen und ein Diagramm
    /reminders - deine Erinnerungszeiten und deine Zeitzone
    /language - deine Sprache wählen
    /export - eine Datei mit allem, was ich über dich speichere
    /delete - alles löschen, was ich über dich speichere
    /report - eine Zusammenfassung für deine Ärztin, deinen Arzt oder die Physiotherapie
    /help - diese Liste
    /learn - kurze Lektionen über deinen Rücken

    Ich bin ein Trainingsbegleiter, kein Arzt. Wenn dir etwas nicht richtig vorkommt, lass es bitte ärztlich abklären.
common-commands-start = Loslegen oder sehen, wo du stehst
common-commands-plan = Deine Übungen und warum
common-commands-session = Deine angeleitete Einheit für heute
common-commands-checkup = Sicherheits- und Symptomfragen neu beantworten
common-commands-progress = Dein Fortschritt mit Diagramm
common-commands-reminders = Erinnerungszeiten und Zeitzone
common-commands-export = Alles herunterladen, was ich über dich speichere
common-commands-delete = Alles löschen, was ich über dich speichere
common-commands-help = Was ich kann
common-commands-language = Sprache wählen
common-commands-flare = Sanftes Programm bei einem Schmerzschub
common-commands-report = Zusammenfassung für Arzt oder Physio
common-commands-learn = Kurze Lektionen über deinen Rücken
