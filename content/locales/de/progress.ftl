## /progress, its chart and the weekly summary

progress-title = <b>Dein Fortschritt</b>
progress-nothing-yet = Noch keine Einheiten, also gibt es noch nichts zu zeigen. Schick /session für deine erste ({ $shortest } bis { $longest } Minuten), ab dann zähle ich mit.
progress-streak = { $days ->
    [0] 🔥 Heute und gestern keine Einheit. Eine kurze Einheit startet eine neue Serie.
    [one] 🔥 <b>1 Tag</b> mit Einheit. Morgen kann daraus eine Serie werden.
   *[other] 🔥 <b>{ $days } Tage</b> in Folge mit Einheit
 }
progress-week = 📅 Diese Woche: <b>{ $done }</b> von { $asked ->
    [one] { $asked } Einheit
   *[other] { $asked } Einheiten
 } (der Plan sieht zwei pro Tag vor)
progress-week-on-track = 📅 Diese Woche: <b>{ $done }</b> von { $asked ->
    [one] { $asked } Einheit
   *[other] { $asked } Einheiten
 }, voll im Plan
progress-total = { $total ->
    [one] ✅ 1 Einheit insgesamt
   *[other] ✅ { $total } Einheiten insgesamt
 }
progress-pain-down = 📉 Deine Schmerzen vor den Einheiten sind innerhalb von { $span } <b>von { $start } auf { $end } gesunken</b>.
progress-pain-up = 📈 Deine Schmerzen vor den Einheiten sind innerhalb von { $span } von { $start } auf { $end } gestiegen. Wenn sie weiter steigen, geh eine Stufe leichter und schick /checkup; wenn es so bleibt, lass dich ärztlich oder physiotherapeutisch untersuchen.
progress-pain-steady = ➖ Deine Schmerzen vor den Einheiten liegen seit { $span } bei etwa { $end }.
progress-pain-too-early = Noch ein paar Einheiten mit Schmerzwert, dann kann ich dir zeigen, in welche Richtung sich deine Schmerzen entwickeln.
# How long the pain trend covers: days under a week, then whole weeks (up to four).
# German: dative, because it fills "innerhalb von { $span }" and "seit { $span }".
progress-span-days = { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
 }
progress-span-weeks = { $weeks ->
    [1] einer Woche
    [2] zwei Wochen
    [3] drei Wochen
   *[other] vier Wochen
 }
progress-reach = 🙆 Reichweite beim Vorbeugen: anfangs { $first } ({ $first_day }), zuletzt { $steps }.
progress-reach-levels-1 = Knie
progress-reach-levels-2 = Schienbeinmitte
progress-reach-levels-3 = Knöchel
progress-reach-levels-4 = Boden
progress-reach-arrow = {" → "}
progress-exercises-header = <b>Wiederholungen und Haltephasen</b>
progress-exercise = <b>{ $name }</b> · { $level }
progress-level = { $name } (Stufe { $number } von { $count })
progress-tally = diese Woche { $reps_week ->
    [one] { $reps_week } Wiederholung
   *[other] { $reps_week } Wiederholungen
 }, insgesamt { $reps_total }
# Each hold is one rep, so only the holds are counted.
progress-tally-holds = diese Woche { $holds_week ->
    [one] 1 Haltephase
   *[other] { $holds_week } Haltephasen
 }, insgesamt { $holds_total }
progress-no-reps-yet = noch keine Wiederholungen eingetragen
progress-bends-by-reach = gemessen daran, wie weit du beim Vorbeugen kommst (siehe oben)
progress-no-bends-yet = noch kein Vorbeugen eingetragen
progress-chart-title = { $weeks ->
    [one] Deine letzte Woche
   *[other] Deine letzten { $weeks } Wochen
 }
progress-chart-pain-axis = Schmerz (0-10)
progress-chart-sessions-axis = Einheiten
progress-chart-before = vorher
progress-chart-after = nachher
progress-chart-plan = Plan
progress-chart-caption = Schmerz vor und nach den Einheiten jedes Tages (oben) und erledigte Einheiten pro Tag (unten), { $weeks ->
    [one] letzte Woche
   *[other] letzte { $weeks } Wochen
 }.
progress-weekly-title = { $named ->
    [yes] <b>Deine Woche, { $name }</b>
   *[no] <b>Deine Woche</b>
 }
progress-weekly-none = Diese Woche gab es keine Einheit. Das kommt vor; morgen beginnt eine neue Woche, und eine kurze Einheit ist ein guter Neustart. /session startet eine.
progress-weekly-cheer-1 = Gut gemacht diese Woche. Kleine, regelmäßige Einheiten sind genau das, was einen schmerzenden Rücken beruhigt.
progress-weekly-cheer-2 = Starke Arbeit. Bleib nächste Woche im Rhythmus.
progress-weekly-cheer-3 = Jede Einheit zählt, und du hast dir die Zeit genommen. Bis nächste Woche.
progress-weekly-pause = Den Wochenrückblick kannst du in /reminders ausschalten.
progress-weekly-setting-on = 📊 Wochenrückblick: sonntags um <b>{ $at }</b>
progress-weekly-setting-off = 📊 Wochenrückblick: aus
progress-weekly-on-button = Schick mir einen Wochenrückblick
progress-weekly-off-button = Wochenrückblick ausschalten
progress-weekly-on-toast = Wochenrückblick an: sonntagabends.
progress-weekly-off-toast = Wochenrückblick aus.

# Six weeks in with no real change in pain (or function): plainly, time to see someone.
progress-not-improving = 🩺 Du bleibst jetzt seit sechs Wochen dran, und deine Schmerzen haben noch nicht viel nachgelassen. Das ist ein guter Zeitpunkt, dich in deiner Hausarztpraxis oder in einer Physiotherapiepraxis vorzustellen: Dort kann man schauen, was dir sonst noch helfen könnte. Bleib bis dahin in Bewegung.
