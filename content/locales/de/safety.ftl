## The warning signs and what they mean: each sign's name, the advice by how urgent it is,
## and the lock on the plan. $emergency is the person's emergency number (or the words for it);
## $line is what to call for a same-day doctor.
# German: $emergency fills "Ruf … an" (accusative); $line is an infinitive phrase ("heute … anrufen"),
# so it reads correctly after a colon and inside brackets.

safety-local-emergency = den örtlichen Notruf
safety-same-day-with-line = heute { $line } oder deine Hausarztpraxis anrufen
safety-same-day-no-line = heute deine Hausarztpraxis anrufen oder, wenn sie geschlossen ist, den ärztlichen Bereitschaftsdienst

# Sign names fill "…: { $signs }" as a list ("a, b und c"): plain noun phrases, no relative clause
# (a list cannot close its comma).
safety-sign-em_saddle = Taubheit im Bereich von Genitalien oder Gesäß
safety-sign-em_bladder = Probleme beim Wasserlassen oder mit der Kontrolle über Blase oder Darm
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

# When a squeezed nerve sign is likely: now.
safety-emergency =
    <b>Bitte hol dir jetzt ärztliche Notfallhilfe.</b>
    Was du beschreibst, kann bedeuten, dass ein Nerv in deinem unteren Rücken stark eingeklemmt ist, oder auf etwas anderes hinweisen, das sofort ärztlich untersucht werden muss. Ruf jetzt { $emergency } an oder geh sofort in die Notaufnahme.

    Übungen schlage ich dir vorerst nicht vor. Sobald du untersucht worden bist, schick /checkup, dann machen wir von dort aus weiter.

# Not sure about a squeezed-nerve sign: no reassurance, a same-day check, and what means "now".
safety-nerve =
    <b>Unsicher zu sein ist ein Grund, dich heute untersuchen zu lassen, nicht zu warten.</b>
    Bitte lass dich heute ärztlich untersuchen. Ruf sofort { $emergency } an, wenn eins davon passiert:
    • du spürst die Haut um Gesäß oder Genitalien nicht
    • du kannst nicht pinkeln, oder du kannst Urin oder Stuhl nicht halten
    • ein Bein wird schwächer, oder du kannst nicht richtig gehen
    Hier ist ein kurzer Test, den du jetzt machen kannst.

safety-same-day =
    <b>Bitte lass dich heute ärztlich untersuchen.</b>
    Was du angetippt hast, muss ärztlich angeschaut werden, bevor du mit diesen Übungen anfängst: { $line }.
safety-same-day-nerve =
    <b>Bitte lass dich trotzdem heute ärztlich untersuchen.</b>
    Du warst dir bei einem Zeichen für einen eingeklemmten Nerv nicht sicher, und das muss ärztlich angeschaut werden: { $line }. Ruf sofort { $emergency } an, wenn du im Bereich von Gesäß oder Genitalien kein Gefühl mehr hast, Blase oder Darm nicht mehr kontrollieren kannst oder ein Bein schwächer wird.

safety-locked =
    Dein Plan ist fertig und bleibt gesperrt, bis du ärztlich untersucht worden bist.
    Sobald du untersucht worden bist und man dir gesagt hat, dass du trainieren darfst, schick /checkup. Ich frage morgen auch noch einmal nach.
safety-stopped =
    Okay, dann hören wir hier auf. Bitte lass dich heute ärztlich untersuchen.
    Sobald du untersucht worden bist und man dir gesagt hat, dass du trainieren darfst, schick /checkup, dann beantworten wir die restlichen Fragen. Ich frage morgen auch noch einmal nach.
safety-locked-go-ahead =
    Dein Plan ist fertig und wartet auf das OK aus der Chirurgie oder Physiotherapie.
    Wenn du es hast, schick /checkup und beantworte die Frage zur Operation mit „Ja“.

safety-seen-first = Beim letzten Mal hast du mir Folgendes genannt: { $signs }. Bist du seitdem ärztlich untersucht worden?
safety-seen-button = Untersucht: Training erlaubt
safety-not-yet-button = Noch nicht: Stell mir die Fragen
safety-follow-up = Hallo noch einmal. Gestern hast du mir Folgendes genannt: { $signs }. Konntest du dich ärztlich untersuchen lassen? Wenn man dir gesagt hat, dass du trainieren darfst, tippe unten, dann wird dein Plan freigeschaltet.
safety-later-button = Noch nicht
safety-not-yet = Bitte lass dich heute untersuchen, wenn du kannst ({ $line }). In /checkup frage ich dich wieder.
safety-not-yet-emergency = Bitte warte damit nicht: Ruf jetzt { $emergency } an oder geh in die Notaufnahme. Wenn du untersucht worden bist, schick /checkup.
safety-cleared = Danke, dass du dich hast untersuchen lassen. Hier ist dein Plan.
safety-nothing-to-clear = Gerade wartet nichts auf ein ärztliches OK.

safety-where-locked = Dein Plan wartet auf das ärztliche OK. Sobald du untersucht worden bist, schick /checkup.
safety-where-emergency = Beim letzten Mal hast du mir von einem Warnzeichen erzählt, das ärztliche Notfallhilfe braucht. Sobald du untersucht worden bist, schick /checkup.
safety-emergency-locked =
    Deine letzten Antworten zeigten ein Warnzeichen, das <b>ärztliche Notfallhilfe</b> braucht, deshalb schlage ich dir keine Übungen vor.
    Bitte ruf jetzt { $emergency } an oder geh sofort in die Notaufnahme.
    Sobald du untersucht worden bist, schick /checkup, dann fangen wir neu an.
safety-blocked-plan = Dein Plan wartet, bis du ärztlich untersucht worden bist. Beantworte die restlichen Fragen mit /checkup.
safety-go-ahead-plan = Dein Plan wartet auf das OK aus der Chirurgie oder Physiotherapie. Wenn du es hast, schick /checkup.

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
