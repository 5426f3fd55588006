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
plan-minutes = { $minutes ->
    [one] ⏱ Eine Einheit dauert etwa eine Minute, morgens und abends.
   *[other] ⏱ Eine Einheit dauert etwa { $minutes } Minuten, morgens und abends.
 }
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
   *[no] { $hold ->
        [0] { $reps ->
            [one] 1 Wiederholung
           *[other] { $reps } Wiederholungen
        }
       *[other] { $reps ->
            [one] 1 Wiederholung, { $hold } s halten
           *[other] { $reps } Wiederholungen, jeweils { $hold } s halten
        }
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
plan-reasons-bending_hurts = Vorbeugen tut gerade weh: Kleine, angeleitete Schritte zeigen deinem Rücken, dass Vorbeugen wieder sicher ist.
plan-reasons-bending_leg_check = Deine Beinschmerzen bleiben oberhalb des Knies, deshalb ist Vorbeugen in Ordnung; nach jeder Runde frage ich dich, ob die Beinschmerzen stärker geworden sind.
plan-reasons-back_bend_supported = Du hältst dich dabei an einer Arbeitsplatte fest, weil das Gleichgewicht im Stehen schwierig ist.
plan-reasons-form_bed = Du machst sie auf einem festen Bett, damit du nicht auf den Boden und wieder hoch musst.
plan-reasons-form_later_pregnancy = In dieser Form liegst du nicht auf dem Rücken, wie es ab etwa der 16. Schwangerschaftswoche empfohlen wird.
plan-reasons-bending_thin_bones = Bei Osteoporose bleiben wir sanft: langsame, angenehme Vorbeugen nur ein Stück weit, ohne etwas in den Händen, damit Vorbeugen Teil deines Alltags bleibt.
plan-reasons-leg_spread_paused = Pausiert, nachdem die Beinbeschwerden dabei weitergezogen sind; dein nächster /checkup entscheidet, wann es weitergeht.
plan-reasons-gentle = Der sanfte Plan: halb so viele Wiederholungen, so lange, wie dein Rücken es braucht.

# What a caution changed in the plan, and advice the answers call for.
plan-note-caution_pregnant = 🤰 Schwangerschaft: Alles in Bauchlage habe ich weggelassen. Hör auf und ruf deine Hebamme oder Arztpraxis an, wenn du eine Blutung bemerkst, Flüssigkeit verlierst, dir schwindlig wird oder du Schmerzen im Becken oder in einer Wade hast.
plan-note-caution_pregnant_later = 🤰 Ab etwa der 16. Woche solltest du nicht mehr lange flach auf dem Rücken liegen, deshalb machst du das Beckenheben im Stehen an einer Wand und die Knierotation im Sitzen auf einem Stuhl.
plan-note-caution_pregnant_early = 🤰 In vier Wochen, bevor die 16. Woche kommen kann, tausche ich die Übungen in Rückenlage gegen Formen im Stehen und Sitzen; du musst dafür nichts tun.
plan-note-caution_surgery = 🏥 Rücken-OP vor Kurzem: Mach diese Übungen nur mit dem OK aus der Chirurgie oder Physiotherapie.
plan-note-caution_osteoporosis = 🦴 Osteoporose: keine Gewichte, keine tiefere Drehung bei der Knierotation, und beim Vorbeugen nur ein Stück weit, ohne dich je Richtung Boden zu zwingen oder dabei etwas in den Händen zu halten.
plan-note-caution_balance = 🧍 Gleichgewicht: Die Übungen im Stehen machst du, während du dich an einer Arbeitsplatte oder einem stabilen Stuhl festhältst, die im Liegen auf einem festen Bett, damit du nicht auf den Boden und wieder hoch musst; und keine wackligen Steigerungen (ein Bein, ein Ball).
plan-note-not_coping = Wenn dich die Rückenschmerzen an alltäglichen Dingen hindern oder es dir schwerfällt, damit klarzukommen, stell dich bitte auch in deiner Hausarztpraxis oder in einer Physiotherapiepraxis vor. Damit musst du nicht allein fertigwerden.
plan-note-severe_start = Deine Schmerzen sind gerade stark, deshalb wird deine erste Einheit eine sanfte. Beweg dich, so viel du kannst, ein Wärmekissen kann die Schmerzen lindern, und frag in der Apotheke nach Schmerzmitteln. Wenn es in ein paar Tagen nicht besser ist, lass dich in deiner Hausarztpraxis untersuchen.
plan-note-see_gp_soon = 🩺 Bitte mach wegen der Punkte, die du angetippt hast, in den nächsten Tagen einen Termin in deiner Hausarztpraxis. Bis dahin kannst du sanft anfangen.
plan-note-gentle = Das ist der sanfte Plan. Wenn du dich wieder bereit für den vollen Plan fühlst, schick /checkup.
plan-note-worst_start =
    Wenn diese Schmerzen neu sind oder die schlimmsten, die du je hattest, lass dich bitte heute noch ärztlich untersuchen: { $line }. Ruf sofort { $emergency } an, wenn eins davon neu ist:
    { -early-signs }
