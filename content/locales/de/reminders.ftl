## Time zone, reminder times, /reminders and the nudges themselves

reminders-ask-zone-first =
    Noch eine Sache: Die Übungen wirken am besten zweimal am Tag, morgens und abends. Ich kann dich zur passenden Zeit kurz daran erinnern.

    In welcher Stadt bist du? Schreib ihren Namen oder eine Zeitzone wie <code>Europe/Berlin</code>.
reminders-ask-zone = In welcher Stadt bist du? Schreib ihren Namen oder eine Zeitzone wie <code>Europe/Berlin</code>.
reminders-local-time-button = Lieber meine Uhrzeit angeben
# Telegram's share-location button under the typing field, offered with the city question.
reminders-share-location-button = 📍 Meinen Standort senden
reminders-share-location-hint = Oder tippe unten auf <b>📍 Meinen Standort senden</b>. Ich entnehme daraus nur deine Zeitzone; wo du bist, wird nicht gespeichert.
reminders-location-noted = 📍 Danke. Ich habe daraus nur deine Zeitzone übernommen.
reminders-location-unknown = Für diesen Ort konnte ich leider keine Zeitzone finden. Schreib bitte stattdessen die nächstgelegene Stadt.
reminders-location-not-asked = Danke, aber deinen Standort brauche ich nicht. Für Erinnerungen zu deiner Ortszeit schick /reminders.
reminders-zone-noted = 👍 Danke.
reminders-not-now-button = Jetzt nicht
reminders-not-now = Kein Problem. Wenn du Erinnerungen möchtest, schick einfach /reminders.
reminders-zone-unknown = „{ $text }“ kenne ich leider nicht als Ort. Versuch es mit der nächsten großen Stadt (etwa <i>München</i> oder <i>New York</i>) oder mit einer Zeitzone wie <code>Europe/Berlin</code>.
reminders-ask-clock = Wie spät ist es bei dir gerade? Schreib die Uhrzeit als HH:MM, zum Beispiel 14:35.
reminders-clock-unclear = Das sieht nicht nach einer Uhrzeit aus. Bitte schreib sie als HH:MM, zum Beispiel 07:30 oder 19:05.
reminders-fixed-zone-note = Eine feste Zeitverschiebung stellt nicht auf Sommer- oder Winterzeit um; schreib in /reminders jederzeit deine Stadt, um das zu ändern.
reminders-proposal =
    Alles klar: <b>{ $zone }</b> (dort ist es gerade { $now }).
    Wie wäre es mit einer Erinnerung um <b>{ $morning }</b> am Morgen und um <b>{ $evening }</b> am Abend?
reminders-accept-button = Klingt gut
# The zone is known from where the person said they are: confirm it rather than ask again.
reminders-confirm-zone =
    Noch etwas: Die Übungen wirken am besten zweimal am Tag. Soll ich dich um <b>{ $morning }</b> und um <b>{ $evening }</b> deiner Zeit kurz erinnern?
    Deine Zeitzone: <b>{ $zone }</b> (dort ist es gerade { $now }).
reminders-accepted = Alles eingerichtet! Mit /reminders kannst du die Zeiten jederzeit ändern.
reminders-midday-offer = In deinem Plan ist die Rückbeuge im Stehen, und die hilft am meisten, wenn du sie ein paar Mal am Tag machst. Möchtest du dafür auch mittags eine Erinnerung?
# $slot is one of the slot names below, after "am": "am Morgen", "am Mittag", "am Abend".
reminders-ask-time = Um wie viel Uhr soll deine Erinnerung am { $slot } kommen? Schreib HH:MM, zum Beispiel { $example }.
reminders-time-set = Erledigt: Deine Erinnerung am { $slot } kommt jetzt um <b>{ $at }</b>.
reminders-zone-set = Zeitzone auf <b>{ $zone }</b> gestellt (dort ist es gerade { $now }).
reminders-cancelled = Okay, nichts geändert.
reminders-slot-names-morning = Morgen
reminders-slot-names-midday = Mittag
reminders-slot-names-evening = Abend
reminders-examples-morning = 07:30
reminders-examples-midday = 12:30
reminders-examples-evening = 19:05
reminders-change-buttons-morning = Morgenerinnerung ändern
reminders-change-buttons-midday = Mittagserinnerung ändern
reminders-change-buttons-evening = Abenderinnerung ändern
reminders-change-zone-button = Zeitzone ändern
reminders-pause-button = Pausieren
reminders-resume-button = Fortsetzen
reminders-midday-on-button = Mittags an die Rückbeuge erinnern
reminders-midday-off-button = Mittagserinnerung ausschalten
reminders-cancel-button = Abbrechen
reminders-settings-header = <b>Deine Erinnerungen</b>
reminders-settings-lines-morning = 🌅 Morgens: <b>{ $at }</b>
reminders-settings-lines-midday = 🌤 Mittags, Rückbeuge: <b>{ $at }</b>
reminders-settings-lines-evening = 🌆 Abends: <b>{ $at }</b>
reminders-settings-zone = 🌍 Zeitzone: { $zone } (bei dir ist es jetzt { $now })
reminders-settings-paused = ⏸ Pausiert: keine Erinnerungen, bis du sie fortsetzt.
reminders-not-set-up = Du hast noch keine Erinnerungen. In welcher Stadt bist du? Schreib ihren Namen oder eine Zeitzone wie <code>Europe/Berlin</code>.
reminders-paused-toast = Erinnerungen pausiert.
reminders-resumed-toast = Erinnerungen sind wieder an.
reminders-already-toast = Schon erledigt.
reminders-midday-on-toast = Mittagserinnerung an.
reminders-midday-off-toast = Mittagserinnerung aus.
reminders-midday-not-in-plan = Die Mittagserinnerung ist für die Rückbeuge im Stehen, und die ist gerade nicht in deinem Plan.
reminders-set-up-first = Sag mir zuerst deine Stadt, dann kannst du die Zeiten wählen.
reminders-morning-1 = Guten Morgen! ☀️ Ein paar Minuten für deinen Rücken, bevor der Tag richtig losgeht?
reminders-morning-2 = Morgen! Deine Rückenübungen sind bereit, wann immer du es bist.
reminders-morning-3 = Raus aus den Federn und strecken: Zeit für deine Morgenrunde. 🌅
reminders-morning-4 = Guten Morgen! Eine kurze Einheit jetzt hält deinen Rücken den ganzen Tag in Bewegung.
reminders-evening-1 = Zeit für die Abendrunde. 🌆 Ein paar ruhige Minuten für deinen Rücken?
reminders-evening-2 = Guten Abend! Deine Übungen warten auf dich, es dauert nur ein paar Minuten.
reminders-evening-3 = Zeit, den Tag mit deinen Abendübungen ausklingen zu lassen.
reminders-evening-4 = Hallo nochmal! Eine kurze Einheit für deinen Rücken, bevor der Abend vorbei ist?
reminders-evening-after-morning-1 = Stark gemacht heute Morgen! 💪 Noch eine Runde zum Abschluss des Tages?
reminders-evening-after-morning-2 = Deine Morgeneinheit hast du geschafft, super. Bereit für die am Abend?
reminders-evening-after-morning-3 = Morgenrunde erledigt ✓. Die Abendrunde macht den Tag komplett.
reminders-snoozed-1 = Hier ist deine Erinnerung noch einmal. ⏰
reminders-snoozed-2 = Eine halbe Stunde später, wie versprochen: Bereit für deine Übungen?
reminders-snoozed-3 = Da bin ich wieder, wie gewünscht. Ein paar Minuten für deinen Rücken?
reminders-midday-1 = Mittagscheck: Eine Runde Rückbeugen im Stehen lindert Schmerzen, die ins Bein ziehen. Eine Minute reicht. 🌤
reminders-midday-2 = Zeit für ein paar schnelle Rückbeugen. Stell dich aufrecht hin, die Hände auf den unteren Rücken, und beug dich sanft nach hinten.
reminders-midday-3 = Eine kurze Pause für deinen Rücken: Ein paar Rückbeugen im Stehen helfen jetzt, dass sich das Bein beruhigt.
reminders-today-line = Heute: { $exercises }
reminders-start-button = Jetzt starten
reminders-snooze-button = In 30 Min. erinnern
reminders-skip-button = Heute aussetzen
reminders-snoozed-note = ⏰ Ich erinnere dich um { $at } wieder.
reminders-skipped-note = Okay, heute keine Erinnerungen mehr. Bis morgen!
reminders-started-note = ▶️ Gestartet.
reminders-old-nudge = Diese Erinnerung ist von einem früheren Tag.
reminders-already-snoozed = Schon verschoben: Ich erinnere dich um { $at } wieder.
reminders-reminders-paused = Deine Erinnerungen sind pausiert; mit /reminders schaltest du sie wieder ein.
