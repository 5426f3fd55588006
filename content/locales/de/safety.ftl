## The warning signs and what they mean: each sign's name, why it matters, the advice by how
## urgent it is, and the lock on the plan. $emergency is the person's emergency number (or the
## words for it); $line is how to reach a doctor today; $crisis is a crisis line.
# German: $emergency fills "Ruf … an" (accusative); $line is an infinitive phrase ("heute … anrufen"),
# so it reads correctly after a colon and inside brackets.

safety-local-emergency = den örtlichen Notruf
safety-emergency-or = { $number } oder { $other }
safety-emergency-ambulance = { $number } (Rettungsdienst: { $ambulance })
# $place: where else a same-day doctor is found (content/emergency_numbers.yaml).
safety-same-day-with-line = heute { $line } oder { $place ->
    [polyclinic] deine Poliklinik
   *[gp] deine Hausarztpraxis
 } anrufen
safety-same-day-no-line = { $place ->
    [out_of_hours] heute deine Hausarztpraxis anrufen oder, wenn sie geschlossen ist, den hausärztlichen Bereitschaftsdienst
    [canton] heute deine Hausarztpraxis anrufen oder die ärztliche Notfallnummer deines Kantons
    [health_centre] heute dein Gesundheitszentrum (centro de salud) anrufen
    [clinic] heute deine Ärztin, deinen Arzt oder deine Klinik anrufen
    [urgent_care] heute deine Arztpraxis anrufen oder in eine Urgent-Care-Praxis gehen
    [polyclinic] heute deine Poliklinik anrufen
   *[gp] heute deine Hausarztpraxis anrufen oder, wenn sie geschlossen ist, den ärztlichen Bereitschaftsdienst
 }
safety-crisis-named = { $name } ({ $number })
safety-crisis-unknown = eine Krisenhotline in deinem Land oder { $emergency }

# The early signs of a squeezed nerve (cauda equina), named in every safety net.
-early-signs =
    • Taubheit, Kribbeln oder Ameisenlaufen um Gesäß, Genitalien oder an den Innenseiten der Oberschenkel, oder das Abwischen fühlt sich anders an
    • jede Veränderung beim Wasserlassen: schwer in Gang zu bringen, schwacher Strahl, Tröpfeln oder du spürst es nicht
    • du kannst den Stuhlgang nicht halten oder spürst ihn nicht
    • weniger Gefühl an den Genitalien oder Veränderungen bei Erektion oder Samenerguss
    • Schmerzen, die in beide Beine ziehen, oder ein Bein wird schwächer oder taub

# Sign names fill "…: { $signs }" as a list ("a, b und c"): plain noun phrases, no relative clause
# (a list cannot close its comma).
safety-sign-em_saddle = Taubheit oder Kribbeln im Bereich von Gesäß oder Genitalien
safety-sign-em_bladder = Veränderungen beim Wasserlassen oder bei der Blasenkontrolle
safety-sign-em_bowel = Veränderungen beim Stuhlgang oder bei seiner Kontrolle
safety-sign-em_sexual = ein verändertes Gefühl beim Sex, bei der Erektion oder beim Samenerguss
safety-sign-em_sciatica = Schmerzen, die in beide Beine ziehen
safety-sign-em_legs = Schwäche oder Taubheit in den Beinen
safety-sign-em_chest = Schmerzen in der Brust
safety-sign-em_accident = Rückenschmerzen nach einem schweren Unfall oder Sturz
safety-sign-em_tummy = plötzliche Bauch- und Rückenschmerzen mit Schwindel oder Schwäche
safety-sign-ur_fever = Fieber oder Schüttelfrost
safety-sign-ur_immune = ein geschwächtes Immunsystem oder das Spritzen von Drogen
safety-sign-ur_infection = eine bakterielle Infektion vor Kurzem
safety-sign-ur_fall = ein leichter Sturz bei Osteoporose oder langer Kortisoneinnahme
safety-sign-ur_fracture = starke Schmerzen mitten im Rücken, die nur im Liegen nachlassen
safety-sign-ur_swelling = eine Schwellung oder Verformung am Rücken
safety-sign-ur_night = Schmerzen nachts in jeder Lage
safety-sign-ur_high = Schmerzen weit oben zwischen den Schulterblättern
safety-sign-ur_cough = viel stärkere Schmerzen beim Husten, Niesen oder auf der Toilette
safety-sign-so_cancer = eine frühere Krebserkrankung
safety-sign-so_weight = ungewollter Gewichtsverlust
safety-sign-so_age = neue Rückenschmerzen mit über 50 oder unter 20 Jahren
safety-sign-so_month = Schmerzen ohne jede Besserung seit einem Monat
safety-sign-so_inflammatory = lang anhaltende Rückenschmerzen mit Morgensteifigkeit, die bei Bewegung nachlässt
safety-sign-em_other = ein Warnzeichen für einen Notfall
safety-sign-ur_other = ein Warnzeichen, das ärztlich angeschaut werden muss

## Why each sign matters: one line per kind, so each advice explains its own signs.
safety-why-nerve = Das kann bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt werden. Früh behandelt lassen sich bleibende Schäden an Blase, Darm und Beinen meist verhindern.
safety-why-chest = Brustschmerzen zusammen mit Rückenschmerzen müssen sofort abgeklärt werden: Sie können vom Herzen, von der Lunge oder von einem großen Blutgefäß kommen.
safety-why-accident = Nach einem schweren Unfall oder Sturz muss deine Wirbelsäule auf eine Verletzung untersucht werden, bevor du dich viel bewegst.
safety-why-tummy = Plötzliche Bauch- und Rückenschmerzen mit Schwächegefühl können von der großen Bauchschlagader kommen (einem Aneurysma).
safety-why-infection_nerve = Fieber zusammen mit neuer Schwäche oder Taubheit in einem Bein kann auf eine Entzündung an der Wirbelsäule hinweisen, die auf einen Nerv drückt.
safety-why-infection = Zusammen mit Rückenschmerzen können Fieber, ein geschwächtes Immunsystem oder eine kürzliche Infektion selten auf eine Entzündung an der Wirbelsäule hinweisen. Das muss ärztlich ausgeschlossen werden.
safety-why-fracture = Das kann auf einen kleinen Bruch eines Wirbelknochens hinweisen, der ärztlich untersucht werden muss.
safety-why-swelling = Eine Schwellung oder eine neue Formveränderung am Rücken muss ärztlich angeschaut werden.
safety-why-night = Nachts Schmerzen, die in keiner Lage nachlassen, passen nicht zum üblichen Verlauf von Rückenschmerzen. Die Ursache sollte ärztlich abgeklärt werden.
safety-why-high = Schmerzen weit oben zwischen den Schulterblättern passen nicht zum üblichen Bild von Kreuzschmerzen und sollten ärztlich abgeklärt werden.
safety-why-cough = Viel stärkere Schmerzen beim Husten, Niesen oder Pressen können von einem Nerv unter Druck kommen und sollten ärztlich abgeklärt werden.
safety-why-cancer = Nach einer Krebserkrankung sollten neue Rückenschmerzen ärztlich abgeklärt werden, um einen Zusammenhang auszuschließen.
safety-why-weight = Ungewollter Gewichtsverlust zusammen mit Rückenschmerzen sollte ärztlich abgeklärt werden.
safety-why-age = Rückenschmerzen, die mit über 50 oder unter 20 Jahren beginnen, solltest du hausärztlich abklären lassen.
safety-why-month = Schmerzen, die sich in einem Monat gar nicht gebessert haben, solltest du hausärztlich abklären lassen.
safety-why-inflammatory = Rückenschmerzen mit langer Morgensteifigkeit, die bei Bewegung nachlässt, können entzündlicher Rückenschmerz sein (axiale Spondyloarthritis). Frag in der Hausarztpraxis nach entzündlichem Rückenschmerz: Er wird anders behandelt.
safety-why-together = Neue Rückenschmerzen mit über 50 oder unter 20 Jahren, die sich in einem Monat gar nicht gebessert haben, sollten heute ärztlich angeschaut werden.
safety-why-other_emergency = Was du mir früher erzählt hast, braucht ärztliche Notfallhilfe.
safety-why-other_same_day = Was du mir früher erzählt hast, muss ärztlich angeschaut werden.

# A sign that needs emergency care: the number first, then what the signs may mean.
safety-emergency =
    <b>Ruf jetzt { $emergency } an oder geh in die Notaufnahme.</b>
    { $why }

    Übungen schlage ich dir vorerst nicht vor. In zwei Stunden frage ich nach, ob du Hilfe bekommen hast.

# Not sure about a squeezed-nerve sign: no reassurance, a same-day check, and what means "now".
safety-nerve =
    <b>Unsicher zu sein ist ein Grund, dich heute untersuchen zu lassen: { $line }.</b>
    Ruf sofort { $emergency } an, wenn eins davon neu ist:
    { -early-signs }{ $check ->
        [yes] {""}
    
        Hier ist ein kurzer Test, den du jetzt machen kannst.
       *[no] {""}
    }

safety-same-day =
    <b>Bitte lass dich heute ärztlich untersuchen: { $line }.</b>
    { $why }
    Die Übungen warten, bis dich eine Ärztin oder ein Arzt untersucht hat.
safety-same-day-nerve =
    <b>Bitte lass dich heute ärztlich untersuchen: { $line }.</b>
    Du warst dir bei einem Zeichen für einen eingeklemmten Nerv nicht sicher, und das muss ärztlich angeschaut werden.
    Ruf sofort { $emergency } an, wenn eins davon auftritt oder schlimmer wird:
    { -early-signs }

safety-locked =
    Dein Plan ist fertig und bleibt gesperrt, bis dich eine Ärztin oder ein Arzt untersucht hat. <b>Bitte lass dich heute untersuchen: { $line }.</b>
    Morgen früh frage ich dich, ob du untersucht worden bist.
safety-stopped =
    Okay, dann hören wir hier auf. <b>Bitte lass dich heute untersuchen: { $line }.</b>
    Sobald dich eine Ärztin oder ein Arzt untersucht hat und du trainieren darfst, beantworten wir die restlichen Fragen. Ich frage dich morgen früh.
safety-locked-go-ahead =
    Dein Plan ist fertig und wartet auf das OK aus der Chirurgie oder Physiotherapie.
    Wenn du es hast, schick /checkup und beantworte die Frage zur Operation mit „Ja“.

# Asked before the plan opens: a clinician examined them in person and said they can exercise.
safety-seen-first =
    Beim letzten Mal hast du mir Folgendes genannt: { $signs }. Hat dich seitdem eine Ärztin, ein Arzt oder eine Physiotherapeutin untersucht?
    Tippe den ersten Knopf nur, wenn du persönlich untersucht wurdest und man dir gesagt hat, dass du trainieren darfst.
safety-seen-button = Untersucht: Training erlaubt
safety-not-yet-button = Noch nicht: Stell mir die Fragen
safety-questions-again-button = Stell mir die Fragen noch einmal
safety-too-soon =
    Du hast mir Folgendes genannt: { $signs }. <b>Bitte lass dich heute untersuchen: { $line }.</b>
    Sobald dich jemand untersucht hat, kann dein Plan ab morgen früh freigeschaltet werden; ich frage dich dann.
safety-too-soon-emergency =
    Du hast mir Folgendes genannt: { $signs }. <b>Bitte ruf jetzt { $emergency } an oder geh in die Notaufnahme.</b>
    Dein Plan bleibt gesperrt, bis dich eine Ärztin oder ein Arzt untersucht hat.
safety-follow-up =
    Hallo noch einmal. Gestern hast du mir Folgendes genannt: { $signs }. Hat dich eine Ärztin oder ein Arzt untersucht?
    Wenn man dir gesagt hat, dass du trainieren darfst, tippe den ersten Knopf. Wenn nicht, <b>lass dich bitte heute untersuchen: { $line }.</b>
    Ruf sofort { $emergency } an, wenn eins davon neu ist:
    { -early-signs }
safety-follow-up-emergency =
    Hallo noch einmal. Du hast mir Folgendes genannt: { $signs }. Hat dich eine Ärztin oder ein Arzt untersucht?
    Wenn man dir gesagt hat, dass du trainieren darfst, tippe den ersten Knopf. Wenn nicht, <b>ruf bitte jetzt { $emergency } an oder geh in die Notaufnahme.</b>
safety-help-check =
    Vor zwei Stunden hast du mir Folgendes genannt: { $signs }. Hast du Hilfe bekommen?
    Wenn dich jemand untersucht hat und du trainieren darfst, tippe den ersten Knopf. Wenn nicht, <b>ruf bitte jetzt { $emergency } an oder geh in die Notaufnahme.</b>
safety-later-button = Noch nicht
safety-not-yet = <b>Bitte lass dich heute untersuchen: { $line }.</b> Sobald dich eine Ärztin oder ein Arzt untersucht hat, schick /checkup.
safety-not-yet-emergency = <b>Bitte ruf jetzt { $emergency } an oder geh in die Notaufnahme.</b> Warte damit nicht. Sobald dich eine Ärztin oder ein Arzt untersucht hat, schick /checkup.
# One last check before the plan opens: the emergency signs again.
safety-recheck =
    Gut. Ein letzter Check, bevor dein Plan freigeschaltet wird: Ist seit der Untersuchung etwas davon neu oder schlimmer geworden?
    { -early-signs }
    • Brustschmerzen oder ein schwerer Unfall oder Sturz
    • plötzliche Bauch- und Rückenschmerzen mit Schwächegefühl
safety-recheck-none-button = Nichts davon
safety-recheck-new-button = Ja, oder ich bin unsicher
safety-recheck-questions = Danke, dass du es mir sagst. Gehen wir die Fragen durch, damit ich weiß, was los ist.
safety-cleared = Danke, dass du dich hast untersuchen lassen. Hier ist dein Plan.
safety-cleared-questions = Danke, dass du dich hast untersuchen lassen. Noch ein paar Fragen, dann steht dein Plan.
safety-nothing-to-clear = Gerade wartet nichts auf ein ärztliches OK.
# "It went away on its own" (or "not yet") about a sign that locks: not an all-clear.
safety-gone-emergency = Schön, dass es nachgelassen hat. Trotzdem: { $signs } kann kommen und gehen, während die Ursache bleibt. <b>Ruf jetzt { $emergency } an oder geh in die Notaufnahme.</b>
safety-gone-same-day = Schön, dass es nachgelassen hat. Trotzdem muss dich wegen Folgendem jemand untersuchen, bevor du übst: { $signs }. <b>Bitte lass dich heute untersuchen: { $line }.</b>

safety-where-locked = Dein Plan wartet, bis dich eine Ärztin oder ein Arzt untersucht hat. <b>Bitte lass dich heute untersuchen: { $line }.</b> Danach schick /checkup.
safety-where-emergency = Beim letzten Mal hast du mir ein Warnzeichen genannt, das Notfallhilfe braucht: <b>Ruf jetzt { $emergency } an oder geh in die Notaufnahme.</b> Nach der Untersuchung schick /checkup.
safety-emergency-locked =
    <b>Ruf jetzt { $emergency } an oder geh in die Notaufnahme.</b>
    Deine letzten Antworten zeigten ein Warnzeichen, das Notfallhilfe braucht, deshalb schlage ich dir keine Übungen vor.
    Sobald dich eine Ärztin oder ein Arzt untersucht hat, schick /checkup, dann fangen wir neu an.
safety-blocked-plan = Dein Plan wartet, bis du ärztlich untersucht worden bist. Beantworte die restlichen Fragen mit /checkup.
safety-go-ahead-plan = Dein Plan wartet auf das OK aus der Chirurgie oder Physiotherapie. Wenn du es hast, schick /checkup.

# A voice note, picture, video, file or sticker: one calm answer a burst.
safety-cannot-read =
    Sprachnachrichten kann ich leider nicht anhören und Bilder, Videos oder Dateien nicht ansehen. Ich lese nur Text und Knöpfe.
    Wenn etwas Neues oder Beängstigendes passiert: Im Notfall ruf { $emergency } an; wenn es kein Notfall ist: { $line }.
    /flare hat eine sanfte Routine für schlechte Tage, und /checkup geht die Sicherheitsfragen noch einmal durch.

onboarding-pick-one = Bitte tippe zuerst an, was passt, dann auf Fertig.

## Typed words that sound like a warning sign ($signs: what the words sounded like).
danger-emergency =
    Du hast Folgendes erwähnt: { $signs }. <b>Wenn das gerade passiert, ruf bitte sofort { $emergency } an oder geh direkt in die Notaufnahme.</b> Das kann ernst sein und muss sofort ärztlich untersucht werden.
    Passiert das bei dir?
danger-same-day =
    Du hast Folgendes erwähnt: { $signs }. Wenn das auf dich zutrifft, lass dich bitte heute ärztlich untersuchen, bevor du mit den Übungen weitermachst: { $line }.
    Passiert das bei dir?
danger-soon =
    Du hast Folgendes erwähnt: { $signs }. Wenn das auf dich zutrifft, mach bitte in den nächsten Tagen einen Termin in deiner Hausarztpraxis. Bis dahin kannst du weiter sanft trainieren.
    Trifft das auf dich zu?
danger-yes-button = Ja, das ist bei mir so
danger-no-button = Nein, ich meinte etwas anderes
danger-not-meant = Danke, das freut mich zu hören. Dann machen wir weiter.
danger-confirmed-emergency =
    Danke, dass du es mir sagst. Ich habe deine Übungen pausiert. <b>Bitte ruf jetzt { $emergency } an oder geh sofort in die Notaufnahme.</b>
    Sobald du untersucht worden bist, schick /checkup, dann machen wir von dort aus weiter. Ich frage morgen auch noch einmal nach.
danger-confirmed-same-day =
    Danke, dass du es mir sagst. Dein Plan wartet, bis du ärztlich untersucht worden bist. Bitte lass dich heute untersuchen: { $line }.
    Sobald du untersucht worden bist und man dir gesagt hat, dass du trainieren darfst, schick /checkup. Ich frage morgen auch noch einmal nach.
danger-confirmed-soon = Danke, ist notiert. Bitte mach in den nächsten Tagen einen Termin in deiner Hausarztpraxis. Dein Plan bleibt, wie er ist; geh es sanft an.
danger-session-stopped = Die heutige Einheit endet hier. Pass gut auf dich auf.
