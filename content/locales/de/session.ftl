## The guided session, in our own words: calm, short, like a physio standing next to you.

session-intro = <b>Deine Einheit heute</b>: { $count ->
    [one] { $count } Übung
   *[other] { $count } Übungen
 }. Ich führe dich Schritt für Schritt hindurch; Pause und Stopp kannst du jederzeit antippen.
session-nothing-today = Gerade ist nichts in deinem Plan aktiv. /plan zeigt dir, warum.
session-pain-before =
    Bevor wir anfangen: Wie geht es deinem Rücken gerade?
    0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst.
session-pain-after =
    Letzte Frage: Wie geht es deinem Rücken jetzt?
    0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst.
session-pain-before-noted = Rückenschmerz vorher: <b>{ $pain }/10</b>
session-pain-after-noted = Rückenschmerz nachher: <b>{ $pain }/10</b>
session-card =
    <b>{ $number }/{ $total } · { $name }</b>
    <i>{ $purpose }</i>

    { $steps }

    <b>Heute:</b> { $dose }
session-card-level = Stufe { $number } von { $total }: { $name }. { $how }
session-card-tip = 💡 { $tip }
session-card-caution = ⚠️ { $caution }
session-step-line = { $number }. { $step }
session-start-button = ▶ Start
session-skip-button = Überspringen
session-too-painful-button = Heute zu schmerzhaft
session-stop-session-button = ⏹ Einheit beenden
session-skipped-note = <i>Für heute übersprungen.</i>
session-too-painful-note = <i>Heute ausgelassen. Auf deinen Körper zu hören gehört zum Training dazu.</i>
session-hold = <b>Wiederholung { $rep }/{ $total }</b>: { $cue } ({ $seconds } s)
session-released = <b>Wiederholung { $rep }/{ $total }</b>: { $release } ✓
session-released-last = <b>Wiederholung { $rep }/{ $total }</b>: fertig ✓ Das war die letzte, gut gemacht.
session-hold-paused = <b>Wiederholung { $rep }/{ $total }</b>: pausiert. Diese hat nicht gezählt, wir machen sie noch einmal.
session-hold-stopped = <b>Wiederholung { $rep }/{ $total }</b>: gestoppt. Diese hat nicht gezählt.
session-hold-cues-pelvic_lift = Becken anheben und halten
session-hold-cues-knee_rotation = { $side ->
    [left] Knie nach links und halten
   *[right] Knie nach rechts und halten
 }
session-hold-cues-back_bend = mit den Armen hochdrücken und halten
session-release-cues-pelvic_lift = Becken langsam ablegen, Pause
session-release-cues-knee_rotation = Knie zurück zur Mitte, Pause
session-release-cues-back_bend = Oberkörper langsam ablegen, Pause
session-counter =
    <b>{ $name }</b> · Satz { $set_no } von { $sets }
    Gezählt: <b>{ $count }</b> von { $target }
session-counter-rest = { $seconds ->
    [one] Mach zuerst etwa eine Sekunde Pause, dann geht's los.
   *[other] Mach zuerst etwa { $seconds } Sekunden Pause, dann geht's los.
 }
session-counter-target-met = Das war der Satz. Tippe auf <b>Satz fertig</b>, wenn du fertig bist.
session-set-done = <b>{ $name }</b> · Satz { $set_no } von { $sets }: { $count } ✓
session-add-one-button = +1
session-add-five-button = +5
session-set-done-button = Satz fertig ✓
session-bend-stage =
    <b>Vorbeugen, Schritt { $number } von { $total }</b>
    { $stage }
session-bend-stages-neck = Stell dich aufrecht hin, die Füße hüftbreit auseinander. Lass das Kinn langsam zur Brust sinken.
session-bend-stages-chest = Lass jetzt auch den oberen Rücken nach vorn rollen, Wirbel für Wirbel. Dieser Teil ist leicht.
session-bend-stages-low_back = Mach weiter: Lass auch den unteren Rücken rund werden, statt ihn steif zu halten.
session-bend-stages-reach = Lass die Hände Richtung Boden hängen und geh so weit, wie es sich gut anfühlt. Ein Dehngefühl im unteren Rücken ist in Ordnung.
session-bend-stages-up = Roll dich langsam durch den Rücken wieder auf, ohne dich mit den Händen an den Beinen abzustützen.
session-next-button = Weiter ▸
session-reach-question =
    { $more ->
        [0] Das war die Vorbeuge für heute.
        [one] Das war eine Vorbeuge. Mach noch eine auf die gleiche Weise, ein bisschen weiter, wenn es sich gut anfühlt.
       *[other] Das war eine Vorbeuge. Mach noch { $more } weitere auf die gleiche Weise, jedes Mal ein bisschen weiter, wenn es sich gut anfühlt.
    } Ein Dehngefühl oder leichtes Unbehagen im unteren Rücken ist in Ordnung; mehr Schmerzen im Bein nicht.

    Wie weit bist du gekommen?
session-reach-labels-knees = Knie
session-reach-labels-mid_shin = Schienbeinmitte
session-reach-labels-ankles = Knöchel
session-reach-labels-floor = Boden
session-reach-noted = Reichweite: <b>{ $reach }</b> ✓
session-leg-question = Noch eine Sache: Sind die Schmerzen im Bein beim Vorbeugen stärker geworden?
session-leg-yes-button = Ja, sie wurden stärker
session-leg-no-button = Nein
session-leg-noted =
    { $question }
    → <b>{ $answer }</b>
session-leg-worse =
    Danke, dass du es mir sagst. Mit dem Vorbeugen hören wir für heute auf: Wenn Vorbeugen die Schmerzen im Bein verstärkt, braucht der Nerv zuerst Ruhe, nicht noch mehr Dehnung.
    Stattdessen machst du die Rückbeuge im Stehen, die dabei hilft, Beinschmerzen zu lindern. Ich habe das Vorbeugen in deinem Plan pausiert; dein nächster /checkup entscheidet, wann es zurückkommt.
session-leg-fine = Gut. Ein leichtes Dehngefühl im unteren Rücken beim Vorbeugen ist normal; du machst es richtig.
session-pause-button = ⏸ Pause
session-stop-button = ⏹ Stopp
session-resume-button = ▶ Fortsetzen
session-paused = ⏸ <b>Pausiert.</b> Alles bisher ist gespeichert. Tippe auf Fortsetzen, wenn du so weit bist.
session-resumed = ▶ Weiter geht's.
session-restarted = Entschuldige, ich war kurz weg. Alles, was du gemacht hast, ist gespeichert. Tippe auf Fortsetzen, wenn du so weit bist.
session-restarted-next = Entschuldige, ich war kurz weg. Alles, was du gemacht hast, ist gespeichert; hier kommt der nächste Schritt.
session-stopped = ⏹ Einheit beendet. Alles, was du gemacht hast, ist gespeichert.
session-resume-offer = Du hast noch eine unfertige Einheit von vorhin ({ $done } von { $total ->
    [one] { $total } Übung
   *[other] { $total } Übungen
 } geschafft). Mach unten weiter, wo du aufgehört hast, oder fang neu an.
session-running = Deine Einheit läuft. Ich sage dir, wann die Haltephase vorbei ist.
session-fresh-button = Neu anfangen
session-started-fresh = Ich starte eine neue Einheit.
session-summary-done = <b>Einheit geschafft</b> ✓
session-summary-stopped = <b>Einheit vorzeitig beendet</b>
session-summary-holds = ✅ { $name }: { $holds ->
    [one] { $holds } Haltephase
   *[other] { $holds } Haltephasen
 }
session-summary-holds-partial = ◐ { $name }: { $holds } von { $total ->
    [one] { $total } Haltephase
   *[other] { $total } Haltephasen
 }
session-summary-reps = ✅ { $name }: { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
 }
session-summary-sets = ✅ { $name }: { $sets ->
    [one] 1 Satz
   *[other] { $sets } Sätze
 }, { $reps ->
    [one] insgesamt 1 Wiederholung
   *[other] insgesamt { $reps } Wiederholungen
 }
session-summary-reps-partial = ◐ { $name }: { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
 }
session-summary-reach = ✅ { $name }: Reichweite { $reach }
session-summary-reach-last = ✅ { $name }: Reichweite { $reach } (letztes Mal: { $last })
session-summary-leg-worse = ⏸ { $name }: Reichweite { $reach }, dann abgebrochen, weil die Beinschmerzen stärker wurden
session-summary-skipped = ➖ { $name }: übersprungen
session-summary-too-painful = ➖ { $name }: ausgelassen, heute zu schmerzhaft
session-summary-not-reached = ➖ { $name }: nicht mehr drangekommen
session-summary-pain = Rückenschmerz: { $before } → { $after } (von 10)
session-encouragement-1 = Jede Einheit zeigt deinem Rücken, dass Bewegung sicher ist. Bis zum nächsten Mal!
session-encouragement-2 = Du hast dir heute Zeit für deinen Rücken genommen, und genau das macht den Unterschied.
session-encouragement-3 = Kleine, regelmäßige Schritte sind genau der Weg, auf dem ein Rücken besser wird. Gut gemacht.
session-encouragement-4 = Wieder eine Einheit geschafft. Darauf kannst du stolz sein.
session-encouragement-sore = Danke, dass du heute trotz Schmerzen geübt hast. Wir gehen im Tempo deines Rückens vor.
session-encouragement-stopped = Aufzuhören, wenn dein Körper darum bittet, ist genau richtig. Komm wieder, wenn du so weit bist; /session startet eine neue Einheit.
session-worse = Deine Schmerzen sind in dieser Einheit gestiegen ({ $before } → { $after }). Das kann passieren und ist ein Zeichen, es etwas ruhiger angehen zu lassen.
session-worse-eased = Für das nächste Mal:
session-worse-wait = Das passiert am Anfang oft. Wenn es sich bis morgen früh nicht beruhigt hat, mache ich die Übungen leichter; ich frage dich dann.
session-sore-note = Leichte zusätzliche Beschwerden nach dem Training sind am Anfang normal und klingen meist bis zum nächsten Morgen ab. Ich frage dich morgen, wie es dir damit geht.
session-unsteady-button = Im Stehen zu unsicher
session-level-offer =
    <b>{ $name }</b>: Du hast diese Übung jetzt { $count ->
        [one] einmal
       *[other] { $count }-mal
    } gemacht, ohne dass deine Schmerzen gestiegen sind. Bereit für den nächsten Schritt?
    <b>{ $level }</b>: { $how }
session-level-yes-button = Ja, probieren wir's
session-level-no-button = Noch nicht
session-level-up = Super! { $name }: ab deiner nächsten Einheit <b>{ $level }</b>.
session-level-kept = In Ordnung, { $name } bleibt, wie es ist. Nach ein paar weiteren Einheiten frage ich noch einmal.
session-already-noted = Schon notiert, danke.
session-already-counted = Schon gezählt.
session-count-first = Tippe zuerst bei jeder Wiederholung auf +1.
session-count-enough = Das sind aber viele Wiederholungen! Tippe auf Satz fertig, wenn der Satz vorbei ist.
session-already-paused = Schon pausiert.
session-already-running = Läuft schon. Ich führe dich von hier aus weiter.
session-session-over = Diese Einheit ist beendet. Schick /session, um eine neue zu starten.
session-old-step = Dieser Button gehört zu einem früheren Schritt. Mach bei der neuesten Nachricht weiter.
