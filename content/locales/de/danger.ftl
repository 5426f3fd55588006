## Getippte Wörter zu einem Warnzeichen, über den Rat hinaus (der Rat selbst steht in safety.ftl).
## $signs: wonach die Wörter klangen; $emergency und $line wie in safety.ftl; $crisis: die
## Krisenhotline der Person, oder "none", wenn keine bekannt ist (dann die allgemeine Fassung).

danger-again = Du hast Folgendes erwähnt: { $signs }. Das wurde schon einmal ärztlich untersucht. Ist es neu, oder schlimmer als damals?
danger-again-new-button = Ja, neu oder schlimmer
danger-again-same-button = Nein, so wie damals
danger-same-as-seen = Danke für die Rückmeldung. Mach sanft weiter, und wenn es sich verändert oder schlimmer wird, sag es mir sofort oder schick /checkup.
danger-confirmed-noted = Danke, ist notiert. Wenn sich etwas ändert, sag es mir oder schick /checkup.

danger-denied = Ich lese, dass du das nicht hast: { $signs }. Gut so. Nur damit ich dich richtig verstehe: Hast du es gerade?
danger-denied-no-button = Nein, habe ich nicht
danger-denied-yes-button = Doch, habe ich

danger-ask-walk = Ist ein Bein schwach oder taub, oder ist es der Schmerz, der dich bremst?
danger-ask-walk-sign-button = Ein Bein ist schwach oder taub
danger-ask-walk-pain-button = Es ist der Schmerz

danger-distress =
    Es tut mir leid, dass es gerade so schwer ist. Ein schlimmer Schub Rückenschmerzen macht Angst, aber meist beruhigt er sich innerhalb von Tagen und bedeutet selten einen Schaden.
    Das sanfte Programm unten kann helfen, und unter /flare steht, was sonst bei einem Schub hilft.
    Wenn etwas Neues passiert, etwa Taubheit, Probleme beim Wasserlassen oder ein Bein wird schwach, ruf { $emergency } an.

danger-crisis =
    Danke, dass du mir das sagst. Es tut mir leid, dass du das mit dir trägst: Schmerzen, die nicht aufhören, können jeden zermürben, und solche Gedanken verdienen echte Unterstützung.
    { $crisis ->
        [none] Bitte sprich heute mit jemandem: mit einer Krisenhotline in deinem Land, deiner Ärztin oder deinem Arzt oder einem Menschen, dem du vertraust.
       *[other] Bitte sprich heute mit jemandem. Anrufen kannst du jederzeit, Tag und Nacht: { $crisis }.
    }
    <b>Wenn du fürchtest, nach diesen Gedanken zu handeln, oder du jetzt in Gefahr bist, ruf { $emergency } an oder geh in die nächste Notaufnahme.</b>

danger-unplaced =
    Ich lese jede Nachricht, aber getippte Sätze verstehe ich nicht immer, vielleicht habe ich also nicht erfasst, was du meinst. Am besten klappt es mit den Knöpfen und Befehlen (/help zeigt sie).
    Wenn mit deinem Rücken etwas Neues oder Beängstigendes passiert, etwa Taubheit, Probleme beim Wasserlassen oder ein Bein wird schwach, ruf { $emergency } an. Bei einem schlimmen Schub schick /flare; um die Sicherheitsfragen noch einmal durchzugehen, /checkup.
