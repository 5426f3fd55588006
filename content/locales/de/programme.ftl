## Das Programm passt zur Person: Schwangerschaft, Osteoporose, Gleichgewicht, Beinbeschwerden
## während einer Übung, steigende Schmerzen und ein ehrliches Ende, wenn nichts gemacht wurde.

## Schwangerschaft: das Ja der Hebamme oder Ärztin, und wann du aufhörst
programme-plan-midwife =
    <b>Dein Plan (wartet)</b>
    Er startet, sobald deine Hebamme oder deine Ärztin bzw. dein Arzt Ja dazu gesagt hat.
programme-midwife-wait =
    Dein Plan ist fertig. Mit einem neuen Übungsprogramm in der Schwangerschaft wartest du auf ein Ja von deiner Hebamme oder deiner Ärztin bzw. deinem Arzt: Sie kennen deine Schwangerschaft, ich nicht.
    Frag beim nächsten Termin nach (du kannst ihnen gern diesen Plan zeigen). Wenn sie Ja gesagt haben, tippe unten.
programme-midwife-plan = Dein Plan wartet auf das Ja deiner Hebamme oder deiner Arztpraxis. Wenn du es hast, tippe unten.
programme-go-ahead-button = Hebamme oder Arzt hat Ja gesagt
programme-go-ahead-thanks = Danke, dass du nachgefragt hast. Dein Plan ist jetzt offen; hier ist er.
programme-go-ahead-not-waiting = Dein Plan wartet gerade auf kein Ja.
programme-pregnancy-stop = Hör auf und ruf deine Hebamme oder Arztpraxis an, wenn du eine Blutung bemerkst, Flüssigkeit verlierst, dir schwindlig wird oder du Schmerzen im Becken oder in einer Wade hast.

## Die eigenen Ansagen einer Form beim Halten
session-hold-cues-pelvic_lift-wall = Becken kippen und halten
session-release-cues-pelvic_lift-wall = locker lassen, Pause
session-hold-cues-knee_rotation-seated = { $side ->
    [left] nach links drehen und halten
   *[right] nach rechts drehen und halten
 }
session-release-cues-knee_rotation-seated = zurück zur Mitte, Pause

## Osteoporose: nur ein Stück weit vorbeugen, ohne Ziel weiter unten
programme-bend-thin-bones-low_back = Lass den unteren Rücken ein wenig rund werden, nur so weit, wie es angenehm bleibt.
programme-bend-thin-bones-reach = Lass die Hände hängen und hör auf halbem Weg auf, lange bevor es sich nach deiner Grenze anfühlt. Weiter nach unten musst du nicht.
programme-reach-question-thin-bones =
    { $more ->
        [0] Das war die Vorbeuge für heute.
        [one] Das war eine Vorbeuge. Mach noch eine auf die gleiche Weise, genauso weit.
       *[other] Das war eine Vorbeuge. Mach noch { $more } auf die gleiche Weise, jedes Mal genauso weit.
    } Angenehm ist genau richtig; tiefer musst du nicht.

    Wie weit sind deine Hände gekommen?

programme-reach-above-knees = Knie oder höher
## Beinbeschwerden bei der Rückbeuge und beim Rückenstrecken
programme-leg-spread-button = Schmerz zieht weiter / Kribbeln
programme-leg-spread =
    Danke, dass du es mir sagst. Hier hören wir mit { $name } auf: Wenn der Schmerz weiter ins Bein zieht oder Taubheit oder Kribbeln neu dazukommen, passt diese Übung gerade nicht für deinen Rücken.
    Ich habe sie in deinem Plan pausiert; dein nächster /checkup entscheidet, wann sie zurückkommt. Wenn das Bein immer schlimmer wird oder sich schwach anfühlt, prüf bitte die Warnzeichen.
programme-leg-worse =
    Danke, dass du es mir sagst. Mit dem Vorbeugen hören wir für heute auf: Wenn Vorbeugen die Schmerzen im Bein verstärkt, braucht der Nerv zuerst Ruhe, nicht noch mehr Dehnung.
    Ich habe das Vorbeugen in deinem Plan pausiert; dein nächster /checkup entscheidet, wann es zurückkommt. Wenn das Bein immer schlimmer wird oder sich schwach anfühlt, prüf bitte die Warnzeichen.
programme-signs-button = Warnzeichen prüfen
programme-summary-leg-stopped = ⏸ { $name }: abgebrochen, als die Beinbeschwerden weiterzogen
programme-recheck-leg = Wenn Beinbeschwerden weiterziehen, kann sich auch anderes verändern. Ist etwas davon neu?

## Schmerzen, die zu Beginn steigen oder hoch sind
programme-recheck-rising = Deine Schmerzen zu Beginn sind dreimal hintereinander gestiegen. Bevor wir weitermachen, ein kurzer Sicherheitscheck: Ist etwas davon neu? Wenn es sich wie ein Schub anfühlt, findest du unten auch das sanfte Programm.
programme-recheck-high = Bei so starken Schmerzen ein kurzer Sicherheitscheck vor dem sanften Programm: Ist etwas davon neu?

## Nach gestiegenen Schmerzen: eine Frage, die Warnzeichen einen Tipp entfernt
programme-rise-question = Ist außer den Schmerzen etwas Neues dazugekommen?
programme-rise-pain-button = Nein, nur die Schmerzen
programme-rise-new-button = Ja, oder ich bin unsicher
programme-rise-just-pain = Danke. Mach heute langsam: Bleib in Bewegung, ein Wärmekissen kann helfen. Wenn es sich wie ein Schub anfühlt, findest du unten das sanfte Programm.

## Eine Einheit, in der nichts gemacht wurde: freundlich gesagt, ohne Lob
programme-summary-nothing = <b>Einheit beendet</b>: diesmal nichts gemacht
programme-encouragement-nothing = Solche Tage gibt es, und das ist in Ordnung. Wenn dein Rücken der Grund ist, probier das sanfte Programm für einen Schub; oder fang kleiner an, nur mit der ersten Übung.
programme-short-button = Nur die erste Übung

## Ein altes Angebot, das nicht mehr zum Plan passt
programme-offer-gone = Diese Stufe passt gerade nicht zu deinem Plan, also bleibst du, wo du bist.
