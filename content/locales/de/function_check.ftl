## The function check (Patient-Specific Functional Scale)

function-check-header = <b>Funktions-Check</b>
function-check-due = Dein Funktions-Check steht an: drei kurze Bewertungen von Dingen, die dir wegen deines Rückens schwerfallen, etwa zwei Minuten.
function-check-first-due = Ein Funktions-Check hilft uns beiden zu sehen, was leichter wird: Nenne bis zu drei Dinge, die dir wegen deines Rückens schwerfallen, und bewerte jedes davon. Etwa zwei Minuten.
function-check-start-button = Funktions-Check starten
function-check-continue-button = Funktions-Check fortsetzen
function-check-after-session-button = 📋 Was fällt dir schwer? (2 Min.)
# $date may end with a dot ("3 Nov."), so no sentence ends right after it.
function-check-not-due = Dein nächster Funktions-Check steht am { $date } an.
function-check-in-progress = Du bist mitten in einem Funktions-Check.
function-check-ask-name-first =
    <b>Funktions-Check</b>
    Nenne in ein paar Worten eine Alltagstätigkeit, die dir wegen deines Rückens schwerfällt. Zum Beispiel: <i>Socken anziehen</i>, <i>einen ganzen Film lang sitzen</i>, <i>Einkäufe tragen</i>.
    Schreib sie einfach.
function-check-ask-name-more = Nenne in ein paar Worten eine weitere Tätigkeit, die dir wegen deines Rückens schwerfällt. Schreib sie einfach.
function-check-name-too-long = Bitte fass dich kurz, unter { $limit ->
    [one] 1 Zeichen
   *[other] { $limit } Zeichen
 }. Um welche Tätigkeit geht es?
function-check-name-empty = Ich brauche ein paar Worte für die Tätigkeit. Was fällt dir wegen deines Rückens schwer?
function-check-ask-rating =
    <b>{ $activity }</b>: Wie gut klappt das im Moment?
    0 = gar nicht, 10 = so gut wie vor deinen Rückenproblemen.
function-check-rated =
    { $question }
    → <b>{ $score }</b>
function-check-ask-more = { $limit ->
    [one] Gespeichert. Du kannst 1 Tätigkeit nennen (bisher { $count }).
   *[other] Gespeichert. Du kannst bis zu { $limit } Tätigkeiten nennen (bisher { $count }).
 }
function-check-more-button = Noch eine hinzufügen
function-check-enough-button = Das war's
function-check-first-done =
    Danke, das ist dein Ausgangspunkt:
    { $lines }
    In zwei Wochen ({ $date }) bitte ich dich, dieselben Tätigkeiten noch einmal zu bewerten, und zeige dir, was sich verändert hat.
function-check-first-line = • { $name }: <b>{ $score }</b> von 10
function-check-later-done =
    <b>Was sich seit deinem ersten Check verändert hat</b>
    { $lines }
    { $verdict }
    Nächster Check: { $date }
function-check-change-up = • { $name }: { $first } → <b>{ $latest }</b> (+{ $change }), eine echte Verbesserung
function-check-change-down = • { $name }: { $first } → <b>{ $latest }</b> ({ $change }), eine echte Verschlechterung
function-check-change-small = • { $name }: { $first } → <b>{ $latest }</b> ({ $signed }), im Rahmen der üblichen Schwankungen
function-check-verdict-better = Eine Veränderung um 2 Punkte oder mehr ist bedeutsam, das ist also echter Fortschritt. Gut gemacht.
function-check-verdict-worse = Etwas ist um 2 Punkte oder mehr schwerer geworden. Wenn dein Rücken schlechter wird, geh eine Stufe leichter, schick /checkup und lass dich ärztlich oder physiotherapeutisch untersuchen, wenn es so bleibt.
function-check-verdict-same = Noch keine Veränderung um 2 Punkte oder mehr; das ist am Anfang normal. Bleib dran.
function-check-progress-line-first = • { $name }: <b>{ $score }</b> von 10 (erster Check)
function-check-next-on = Nächster Funktions-Check: { $date }
function-check-answered-already = Schon notiert, danke.
function-check-finished-already = Dieser Check ist abgeschlossen. /progress zeigt dir die Ergebnisse.
