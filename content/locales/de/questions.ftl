## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>Zuerst ein kurzer Sicherheitscheck.</b> Ist seit Beginn deiner Rückenschmerzen etwas davon neu?
    { -early-signs }
question-red_emergency-option-none = Nichts davon
question-red_emergency-option-yes = Ja, eins oder mehrere
question-red_emergency-option-unsure = Ich bin nicht sicher

question-em_which = { $level ->
    [unsure] Bei welchen davon bist du dir nicht sicher? Tippe jedes an, dann auf <b>Fertig</b>.
   *[yes] Was davon ist bei dir aufgetreten? Tippe jedes an, dann auf <b>Fertig</b>.
 }
question-em_which-option-em_saddle = Taub/Kribbeln: Gesäß, Genitalien
question-em_which-option-em_bladder = Wasserlassen verändert
question-em_which-option-em_bowel = Stuhlgang: Kontrolle, Gefühl anders
question-em_which-option-em_sexual = Gefühl beim Sex, Erektion anders
question-em_which-option-em_sciatica = Schmerz in beide Beine
question-em_which-option-em_legs = Ein Bein schwächer oder taub

question-sc_saddle =
    Ein kurzer Test, den du selbst machen kannst: Wenn du dich nach dem Toilettengang abwischst, fühlt sich die Haut um Gesäß oder Genitalien dann taub oder anders als sonst an?
question-sc_saddle-option-yes = Ja, taub oder anders
question-sc_saddle-option-no = Nein, fühlt sich normal an
question-sc_saddle-option-unsure = Kann ich nicht sagen

question-sc_bladder =
    Ein kurzer Test: Hat sich das Wasserlassen seit Beginn der Rückenschmerzen irgendwie verändert? Zum Beispiel kommt es schwerer in Gang, der Strahl ist schwächer, du kannst es nicht halten, oder du spürst nicht, wann es läuft oder wann die Blase voll ist.
question-sc_bladder-option-yes = Ja, etwas hat sich verändert
question-sc_bladder-option-no = Nein, alles wie sonst
question-sc_bladder-option-unsure = Kann ich nicht sagen

question-sc_legs =
    Ein kurzer Test: Halte dich an etwas fest. Kannst du ein paar Schritte auf den Fersen gehen und dann auf den Zehenspitzen? Klatscht ein Fuß auf, bleibt er hängen oder schleift er?
question-sc_legs-option-yes = Geht nicht, oder Fuß schleift
question-sc_legs-option-no = Ja, beides geht gut
question-sc_legs-option-unsure = Kann ich nicht sagen

# A sign a clinician examined before, ticked again: the same words for each group.
-seen-worse = Neu oder schlimmer
-seen-same = Genauso wie bei der Untersuchung
-seen-unsure = Ich bin nicht sicher
question-em_seen = Du hast mir schon einmal von Folgendem erzählt, und es wurde untersucht: { $signs }. Ist es neu oder schlimmer als bei der Untersuchung?
question-em_seen-option-worse = { -seen-worse }
question-em_seen-option-same = { -seen-same }
question-em_seen-option-unsure = { -seen-unsure }
question-ot_seen = Du hast mir schon einmal von Folgendem erzählt, und es wurde untersucht: { $signs }. Ist es neu oder schlimmer als bei der Untersuchung?
question-ot_seen-option-worse = { -seen-worse }
question-ot_seen-option-same = { -seen-same }
question-ot_seen-option-unsure = { -seen-unsure }
question-ur_seen = Du hast mir schon einmal von Folgendem erzählt, und es wurde untersucht: { $signs }. Ist es neu oder schlimmer als bei der Untersuchung?
question-ur_seen-option-worse = { -seen-worse }
question-ur_seen-option-same = { -seen-same }
question-ur_seen-option-unsure = { -seen-unsure }
question-so_seen = Du hast mir schon einmal von Folgendem erzählt, und es wurde untersucht: { $signs }. Ist es neu oder schlimmer als bei der Untersuchung?
question-so_seen-option-worse = { -seen-worse }
question-so_seen-option-same = { -seen-same }
question-so_seen-option-unsure = { -seen-unsure }

question-urgent_next = Möchtest du die restlichen Fragen jetzt beantworten, damit dein Plan bereitsteht, sobald eine Ärztin oder ein Arzt sagt, dass Training für dich in Ordnung ist? Oder möchtest du erst einmal hier aufhören?
question-urgent_next-option-finish = Jetzt beantworten
question-urgent_next-option-stop = Erst einmal hier aufhören

question-red_other =
    Danke. Passiert gerade etwas davon?
    • Schmerzen in der Brust
    • die Rückenschmerzen haben nach einem schweren Unfall oder Sturz angefangen, etwa einem Autounfall oder einem Sturz aus der Höhe
    • plötzliche, starke Schmerzen in Bauch und Rücken mit Schwäche, Schwindel oder Schweißausbruch, oder ein Pochen im Bauch
question-red_other-option-none = Nichts davon
question-red_other-option-yes = Ja, eins oder mehrere
question-red_other-option-unsure = Ich bin nicht sicher

question-ot_which = { $level ->
    [unsure] Bei welchen davon bist du dir nicht sicher? Tippe jedes an, dann auf <b>Fertig</b>.
   *[yes] Was davon passiert gerade? Tippe jedes an, dann auf <b>Fertig</b>.
 }
question-ot_which-option-em_chest = Schmerzen in der Brust
question-ot_which-option-em_accident = Nach schwerem Unfall oder Sturz
question-ot_which-option-em_tummy = Bauch und Rücken, Schwäche

question-red_urgent =
    Danke. Trifft seit Beginn der Schmerzen etwas davon zu?
    • Fieber oder Schüttelfrost, oder dir ist heiß und du fröstelst
    • ein geschwächtes Immunsystem (lange Zeit Kortisontabletten, Medikamente, die das Immunsystem dämpfen, HIV), oder du spritzt Drogen
    • vor Kurzem eine bakterielle Infektion, etwa eine Harnwegs- oder Atemwegsinfektion mit Antibiotika
    • die Schmerzen begannen nach einem leichten Sturz oder Stoß, und du hast Knochenschwund (Osteoporose) oder nimmst dauerhaft Kortison
    • starke Schmerzen mitten im Rücken, die nur im Liegen nachlassen
    • eine Schwellung oder eine neue, ungewohnte Verformung am Rücken
    • Schmerzen in der Nacht, die in keiner Lage nachlassen
    • Schmerzen weit oben zwischen den Schulterblättern statt unten im Rücken
    • Schmerzen, die beim Husten, Niesen oder Pressen auf der Toilette viel stärker werden
    • du hattest schon einmal Krebs
    • du hast abgenommen, ohne es zu wollen
question-red_urgent-option-none = Nichts davon
question-red_urgent-option-yes = Ja, eins oder mehrere
question-red_urgent-option-unsure = Ich bin nicht sicher

question-ur_which = { $level ->
    [unsure] Bei welchen davon bist du dir nicht sicher? Tippe jedes an, dann auf <b>Fertig</b>.
   *[yes] Was davon trifft zu? Tippe jedes an, dann auf <b>Fertig</b>.
 }
question-ur_which-option-ur_fever = Fieber oder Schüttelfrost
question-ur_which-option-ur_immune = Schwaches Immunsystem, Drogen
question-ur_which-option-ur_infection = Infektion vor Kurzem
question-ur_which-option-ur_fall = Leichter Sturz, Osteoporose
question-ur_which-option-ur_fracture = Mitte des Rückens, nur Liegen hilft
question-ur_which-option-ur_swelling = Schwellung oder Verformung
question-ur_which-option-ur_night = Nachtschmerz in jeder Lage
question-ur_which-option-ur_high = Schmerz zwischen Schulterblättern
question-ur_which-option-ur_cough = Schlimmer bei Husten, Niesen
question-ur_which-option-so_cancer = Ich hatte schon einmal Krebs
question-ur_which-option-so_weight = Ungewollt abgenommen

question-red_soon =
    Der Sicherheitsteil ist fast geschafft. Trifft etwas davon auf dich zu?
    • diese Rückenschmerzen sind neu, und du bist über 50 oder unter 20
    • die Schmerzen sind seit einem Monat oder länger überhaupt nicht besser geworden
    • Rückenschmerzen seit über 3 Monaten, die vor etwa 45 begannen, morgens über eine halbe Stunde steif, besser durch Bewegung statt Ruhe, oder sie wecken dich in der zweiten Nachthälfte
question-red_soon-option-none = Nichts davon
question-red_soon-option-yes = Ja, eins oder mehrere
question-red_soon-option-unsure = Ich bin nicht sicher

question-so_which = { $level ->
    [unsure] Bei welchen davon bist du dir nicht sicher? Tippe jedes an, dann auf <b>Fertig</b>.
   *[yes] Was davon trifft zu? Tippe jedes an, dann auf <b>Fertig</b>.
 }
question-so_which-option-so_age = Neuer Schmerz, über 50 oder unter 20
question-so_which-option-so_month = Seit einem Monat nicht besser
question-so_which-option-so_inflammatory = Morgens steif, Bewegung hilft

question-was_checked =
    Beim letzten Mal hast du mir Folgendes genannt: { $signs }. Heute hast du es nicht angetippt. Hat dich seitdem jemand untersucht und gesagt, dass du trainieren darfst?
question-was_checked-option-checked = Untersucht: Training erlaubt
question-was_checked-option-not_yet = Noch nicht
question-was_checked-option-gone = Nein, es ging von allein weg

question-triggers =
    <b>Jetzt zu deinem Rücken.</b> Wann tut er weh?
    Tippe alles an, was passt, dann auf <b>Fertig</b>.
question-triggers-option-bend = Beim Vorbeugen
question-triggers-option-sit_stand = Bei langem Sitzen oder Stehen
question-triggers-option-get_up = Beim Aufstehen oder Aufrichten
question-triggers-option-bed = Beim Umdrehen im Bett, im Schlaf
question-triggers-option-walk = Beim Gehen

question-leg_pain = Strahlt der Schmerz vom Rücken in ein Bein aus?
question-leg_pain-option-yes = Ja
question-leg_pain-option-no = Nein

question-below_knee = Reicht er bis unter das Knie?
question-below_knee-option-yes = Ja
question-below_knee-option-no = Nein

question-fear_bending = Beugst du dich nur zögerlich nach vorn, oder vermeidest du es?
question-fear_bending-option-yes = Ja
question-fear_bending-option-little = Ein bisschen
question-fear_bending-option-no = Nein

question-stiffness = Fühlt sich dein Rücken steif an, zum Beispiel morgens?
question-stiffness-option-yes = Ja
question-stiffness-option-no = Nein

question-cautions =
    Trifft etwas davon auf dich zu? Das ändert, wie manche Übungen gemacht werden.
    Tippe alles an, was passt, dann auf <b>Fertig</b> (nur <b>Fertig</b>, wenn nichts passt).
question-cautions-option-pregnant = Ich bin schwanger
question-cautions-option-surgery = Rücken-OP in den letzten Monaten
question-cautions-option-osteoporosis = Knochenschwund (Osteoporose)
question-cautions-option-balance = Ich verliere leicht die Balance

question-surgery_ok = Hat man dir in der Chirurgie oder Physiotherapie gesagt, dass du mit Übungen wie diesen anfangen darfst?
question-surgery_ok-option-yes = Ja, ich habe das OK
question-surgery_ok-option-no = Noch nicht

question-pregnancy_ok = Haben deine Hebamme oder deine Ärztin bzw. dein Arzt Ja dazu gesagt, dass du mit Übungen wie diesen anfängst? In der Schwangerschaft wartet ein neues Programm auf ihr Ja, weil sie deine Schwangerschaft kennen.
question-pregnancy_ok-option-yes = Ja, sie haben Ja gesagt
question-pregnancy_ok-option-no = Noch nicht

question-pregnancy_weeks = In welcher Woche bist du? Ab etwa der 16. Woche solltest du nicht mehr lange flach auf dem Rücken liegen, deshalb stelle ich diese Übungen rechtzeitig um.
question-pregnancy_weeks-option-under_12 = Unter 12 Wochen
question-pregnancy_weeks-option-from_12 = 12 Wochen oder mehr

question-coping = Hindert dich dein Rücken an alltäglichen Dingen, oder fällt es dir schwer, damit klarzukommen?
question-coping-option-yes = Ja
question-coping-option-no = Nein

question-duration = Wie lange macht dir dein Rücken diesmal schon zu schaffen?
question-duration-option-under_6w = Weniger als 6 Wochen
question-duration-option-w6_12 = 6 bis 12 Wochen
question-duration-option-over_12w = Mehr als 3 Monate

question-pain_now = Wie stark sind deine Schmerzen gerade? 0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst.
question-pain_now-option-0 = 0
question-pain_now-option-1 = 1
question-pain_now-option-2 = 2
question-pain_now-option-3 = 3
question-pain_now-option-4 = 4
question-pain_now-option-5 = 5
question-pain_now-option-6 = 6
question-pain_now-option-7 = 7
question-pain_now-option-8 = 8
question-pain_now-option-9 = 9
question-pain_now-option-10 = 10
