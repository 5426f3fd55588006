## Looking after a sore back: the morning-after question, the weekly re-check, gentle days,
## the pause after a second bad session, and /flare.

care-settled-question = Gestern hat dein Rücken nach der Einheit mehr wehgetan. Hat sich das inzwischen beruhigt?
care-settled-yes-button = Ja, hat sich beruhigt
care-settled-no-button = Nein, immer noch stärker
care-settled-noted-yes = Beschwerden von gestern: abgeklungen ✓
care-settled-noted-no = Beschwerden von gestern: nicht abgeklungen
care-settled-yes = Gut. So gewöhnt sich dein Rücken an die Übungen, und das zählt als gute Einheit.
care-settled-yes-big = Gut, schön, dass es sich beruhigt hat. Gestern ist der Schmerz stark gestiegen, deshalb bleiben wir ein paar Einheiten bei der leichteren Dosis und steigern dann wieder langsam.
care-settled-no-same = Danke, dass du es mir sagst. Wir lassen die Dosis, wie sie ist, und gehen es heute sanft an.
care-settled-no-eased = Danke, dass du es mir sagst. Ab heute:
care-settled-see = Wenn die Beschwerden länger als ein paar Tage anhalten, lass dich bitte in deiner Hausarztpraxis oder in einer Physiotherapiepraxis untersuchen.
# One line per way the exercises were made easier ($names: one or more exercises).
care-eased-levels = • { $names }: eine Stufe leichter
care-eased-lighter = • { $names }: eine leichtere Dosis, mit weniger Wiederholungen und kürzerem Halten
care-flare-button = Sanftes Programm im Schub

care-recheck-weekly = Eine neue Woche: ein kurzer Sicherheitscheck. Ist etwas davon seit letzter Woche neu?
care-recheck-after-worse = Weil deine Schmerzen gestiegen sind, ein kurzer Sicherheitscheck: Ist etwas davon neu?
care-recheck-signs =
    { -early-signs }
    • Brustschmerzen, ein schwerer Sturz oder plötzliche Bauchschmerzen mit Schwächegefühl
    • Fieber oder Schüttelfrost, oder eine neue Infektion
    • eine Schwellung oder Verformung am Rücken, oder nachts Schmerzen in jeder Lage
    • ungewollter Gewichtsverlust
care-recheck-none-button = Nichts davon
care-recheck-new-button = Ja, etwas Neues
care-recheck-noted-none = Sicherheitscheck: nichts Neues ✓
care-recheck-noted-new = Sicherheitscheck: etwas Neues. Gehen wir die Fragen durch.

care-gentle-day =
    Das sind heute starke Schmerzen, deshalb ist heute ein sanfter Tag: die Rückbeuge im Stehen und die Knie-Rotationsdehnung, mit halb so vielen Wiederholungen.
    Was hilft: dich sanft weiterbewegen statt im Bett zu liegen, ein Wärmekissen auf dem Rücken und Schmerzmittel nach Rat deiner Apotheke. Wenn die Schmerzen in ein paar Tagen nicht besser sind oder dich an alltäglichen Dingen hindern, lass dich in deiner Hausarztpraxis untersuchen.
    Ruf sofort { $emergency } an, wenn eins davon neu ist:
    { -early-signs }
care-worst-ever = So starke Schmerzen sollten heute noch ärztlich untersucht werden, wenn sie neu sind oder die schlimmsten, die du je hattest: { $line }.

care-paused =
    Das ist jetzt das zweite Mal innerhalb von zwei Wochen, dass deine Schmerzen nach einer Einheit gestiegen sind. Ich habe deinen Plan und deine Erinnerungen vorerst pausiert.
    Bitte lass dich in deiner Hausarztpraxis oder in einer Physiotherapiepraxis untersuchen, bevor du mit dem vollen Plan weitermachst. Wenn du untersucht worden bist und man dir gesagt hat, dass du weitermachen kannst, tippe auf den ersten Button. Oder probier bis dahin den sanften Plan: die Rückbeuge und die Knie-Rotationsdehnung mit halb so vielen Wiederholungen.
care-pause-seen-button = Ich wurde untersucht
care-pause-gentle-button = Sanften Plan probieren
care-not-paused = Dein Plan ist nicht pausiert.
care-resumed-seen = Gut, danke, dass du dich hast untersuchen lassen. Dein Plan und deine Erinnerungen laufen wieder.
care-resumed-gentle = Dann also der sanfte Plan. Deine Erinnerungen laufen wieder. Wenn du dich bereit für den vollen Plan fühlst, schick /checkup.

care-flare =
    <b>Ein Schmerzschub</b>
    Eine schlimme Phase mit Rückenschmerzen klingt meist innerhalb von ein paar Tagen bis etwa zwei Wochen ab. Sie bedeutet selten, dass etwas beschädigt ist.
    Was hilft: dich sanft weiterbewegen (langes Ruhen macht es schlimmer), ein Wärmekissen oder Kühlpack und Schmerzmittel nach Rat deiner Apotheke. Mach das sanfte Programm unten ein- oder zweimal am Tag.
    Lass dich in deiner Hausarztpraxis untersuchen, wenn es nach etwa zwei Wochen nicht nachlässt oder dich an alltäglichen Dingen hindert. Lass dich heute noch ärztlich untersuchen ({ $line }), wenn du Fieber hast oder nachts Schmerzen, die in keiner Lage nachlassen.
    Ruf sofort { $emergency } an, wenn eins davon neu ist:
    { -early-signs }
care-flare-go-button = Sanftes Programm starten
