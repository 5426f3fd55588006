## The personal plan and what changed in it

plan-header = <b>Dein Plan</b>
plan-item =
    <b>{ $number }. { $name }</b>
    { $dose }, { $times }.
    { $reasons }
plan-on-hold = ⏸ Vorerst pausiert. { $reason }
plan-locked =
    <b>Dein Plan (gesperrt)</b>
    Er wird freigeschaltet, sobald du ärztlich untersucht worden bist und grünes Licht fürs Training hast.
plan-footer = Geh es sanft an: Leichtes Unbehagen ist in Ordnung, stechende oder ausstrahlende Schmerzen heißen: aufhören. Ich bin kein Arzt; wenn die Schmerzen schlimmer werden oder neue Beschwerden auftreten, lass dich ärztlich untersuchen.
plan-no-plan-yet = Du hast noch keinen Plan. Schick /start, dann erstellen wir zusammen einen.
plan-start-session-button = Einheit starten
plan-changes-header = <b>Was sich geändert hat</b>
plan-no-changes = Dein Plan bleibt, wie er ist.
plan-added = ➕ Neu in deinem Plan: { $name }.
plan-removed = ➖ Nicht mehr in deinem Plan: { $name }.
plan-held = ⏸ Vorerst pausiert: { $name }.
plan-resumed = ▶️ Wieder dabei: { $name }.
plan-variant-changed = 🔄 { $name }: ab jetzt in einer anderen Variante.
# A dose: $sets sets of $reps, each held $hold seconds (0: not held), on each side or not.
plan-dose = { $sets ->
    [1] { "" }
   *[other] { $sets } Sätze mit je{ " " }
 }{ $side ->
    [yes] { $reps } pro Seite, jeweils { $hold } s halten
   *[no] { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }{ $hold ->
        [0] { "" }
       *[other] , jeweils { $hold } s halten
    }
 }
plan-reasons-pelvic_lift_base = Trainiert die tiefen Rückenmuskeln, die deinen Rücken stabilisieren; die Grundlage für alle.
plan-reasons-pelvic_lift_triggers = Hilft besonders bei Schmerzen { $triggers }.
plan-reasons-back_extension_base = Kräftigt die großen Rückenmuskeln; auch diese Übung gehört für alle dazu.
plan-reasons-back_extension_get_up = Genau diese Muskeln bringen dich hoch und halten dich aufrecht.
plan-reasons-bending_fear = In kleinen Schritten fühlt sich Vorbeugen wieder sicher an; wer es vermeidet, hält den Schmerz eher am Laufen.
plan-reasons-bending_hold_leg = Damit fangen wir an, sobald sich der Schmerz im Bein beruhigt hat, weil Vorbeugen ihn verstärken kann.
plan-reasons-bending_paused = Pausiert, weil das Vorbeugen deine Beinschmerzen verstärkt hat; dein nächster /checkup entscheidet, wann es wieder losgeht.
plan-reasons-back_bend_leg = Lindert Schmerzen, die ins Bein ausstrahlen; mach eine Runde, sobald sie wiederkommen.
plan-reasons-back_bend_after_bending = Ersetzt das Vorbeugen, solange sich dein Bein beruhigt, und lindert Schmerzen, die ins Bein ausstrahlen.
plan-reasons-back_bend_lying = Du machst sie im Liegen, weil das Gleichgewicht im Stehen schwierig ist.
plan-reasons-knee_rotation_stiff = Lockert sanft einen steifen Rücken.
# Fill "Hilft besonders bei Schmerzen { $triggers }", joined as "a, b und c".
plan-triggers-bend = beim Vorbeugen
plan-triggers-sit_stand = bei langem Sitzen oder Stehen
plan-triggers-get_up = beim Aufstehen
plan-triggers-bed = beim Umdrehen im Bett oder im Schlaf
plan-triggers-walk = beim Gehen
