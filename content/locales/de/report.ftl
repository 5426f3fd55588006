## /report: ein PDF für die Hausärztin, den Hausarzt oder die Physiotherapie.

report-ask = { $named ->
    [yes] <b>Ein Bericht für deine Ärztin, deinen Arzt oder deine Physiotherapie</b>
        Ich mache dir ein PDF mit ein bis zwei Seiten: dein Plan, deine Einheiten, deine Schmerzen und der Funktions-Check, und alle Warnzeichen, die du mir genannt hast. Darauf steht der Name <b>{ $name }</b>.
        Möchtest du sie etwas fragen? Schreib es in einer Zeile, dann drucke ich es oben auf den Bericht. Oder tippe auf Überspringen.
   *[no] <b>Ein Bericht für deine Ärztin, deinen Arzt oder deine Physiotherapie</b>
        Ich mache dir ein PDF mit ein bis zwei Seiten: dein Plan, deine Einheiten, deine Schmerzen und der Funktions-Check, und alle Warnzeichen, die du mir genannt hast. Noch steht kein Name darauf.
        Möchtest du sie etwas fragen? Schreib es in einer Zeile, dann drucke ich es oben auf den Bericht. Oder tippe auf Überspringen.
 }
report-skip-button = Überspringen: Bericht erstellen
report-name-button = Anderen Namen drucken
report-ask-name = Schreib den Namen, der auf dem Bericht stehen soll, zum Beispiel deinen vollen Namen (bis zu { $limit } Zeichen).
report-name-empty = Ich brauche ein paar Buchstaben für den Namen. Was soll auf dem Bericht stehen?
report-name-too-long = Das sind { $length } Zeichen; bitte bleib beim Namen unter { $limit }. Was soll auf dem Bericht stehen?
report-question-empty = Ich brauche ein paar Worte für die Frage. Oder tippe oben auf Überspringen.
report-question-too-long = Das sind { $length } Zeichen; bitte bleib unter { $limit }, in einer Zeile, damit es oben auf den Bericht passt. Was möchtest du fragen?
report-made-already = Dieser Bericht ist schon erstellt. Mit /report bekommst du einen neuen.
report-nothing-yet = Für einen Bericht brauche ich zuerst deine Antworten. Schick /start, dann gehen wir die Fragen gemeinsam durch; danach macht /report eine Zusammenfassung für deine Ärztin, deinen Arzt oder die Physiotherapie.
report-caption = Dein Bericht für deine Ärztin, deinen Arzt oder deine Physiotherapie. Zeig ihn auf dem Handy oder druck ihn aus. Ich erstelle ihn jedes Mal neu aus dem, was du mir erzählt hast.
report-offer = 📄 Du gehst hin? /report macht dir eine kurze Zusammenfassung zum Vorzeigen.

report-title = { $named ->
    [yes] Back-Coach-Bericht: { $name }
   *[no] Back-Coach-Bericht
 }
report-period = Erstellt am { $made }. Zeitraum: { $start } bis heute ({ $span }).
report-span-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
 }
report-span-weeks = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
 }
report-about = Back Coach ist ein Telegram-Chatbot, der ein Heimprogramm mit fünf Übungen bei Kreuzschmerzen anleitet und festhält, was die Person ihm mitteilt. Alle Angaben sind selbst berichtet. Er ist kein Medizinprodukt, und dieser Bericht ist keine Diagnose.
report-question-label = { $named ->
    [yes] { $name } möchte fragen:
   *[no] Die Person möchte fragen:
 }
report-glance-title = Auf einen Blick
report-glance-sessions = Einheiten: { $done } von { $planned } geplanten (zwei am Tag) seit { $since }.
report-glance-pain-down = Schmerz vor den Einheiten, letzte vier Wochen: gesunken von { $start } auf { $end } von 10 (über { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
 }).
report-glance-pain-up = Schmerz vor den Einheiten, letzte vier Wochen: gestiegen von { $start } auf { $end } von 10 (über { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
 }).
report-glance-pain-steady = Schmerz vor den Einheiten, letzte vier Wochen: gleichbleibend um { $end } von 10 (über { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
 }).
report-glance-pain-early = Schmerz: noch zu wenige Werte für einen Verlauf.
report-glance-function-none = Funktions-Check: noch nicht gemacht.
report-glance-function-first = Funktions-Check: nur die ersten Werte, noch kein Vergleich.
report-glance-function-better = Funktions-Check: mindestens eine Tätigkeit um 2 Punkte oder mehr verbessert, keine verschlechtert.
report-glance-function-worse = Funktions-Check: mindestens eine Tätigkeit um 2 Punkte oder mehr schwerer geworden.
report-glance-function-same = Funktions-Check: noch keine Änderung um 2 Punkte oder mehr.
report-glance-signs = Warnzeichen: { $open ->
    [one] 1 noch nicht abgeklärt
   *[other] { $open } noch nicht abgeklärt
 }, { $cleared ->
    [one] 1 ärztlich abgeklärt
   *[other] { $cleared } ärztlich abgeklärt
 } (Einzelheiten unten).
report-glance-signs-none = Warnzeichen: keine angegeben.
report-glance-not-improving = Nach sechs Wochen oder mehr ist der Schmerz nicht um 2 Punkte gesunken: Back Coach hat geraten, die Hausarztpraxis oder Physiotherapie aufzusuchen.
report-glance-paused = Der Plan ruht seit { $day }: Der Schmerz stieg nach zwei Einheiten innerhalb von zwei Wochen.
report-glance-gentle = Die Person macht den sanften Plan (zwei Übungen mit halber Wiederholungszahl).

report-weeks-title = Einheiten und Schmerz, Woche für Woche
report-weeks-head-week = Woche ab
report-weeks-head-sessions = Einheiten gemacht / geplant
report-weeks-head-before = Schmerz vorher
report-weeks-head-after = Schmerz nachher
report-weeks-cell = { $done } / { $planned }
report-weeks-note = Schmerz von 0 (keiner) bis 10 (schlimmster vorstellbarer), vor und nach jeder Einheit angegeben; die Tabelle zeigt den Median jeder Woche.
report-chart-title = Schmerz vorher und nachher, je Tag
report-chart-too-little = Die Schmerzkurve beginnt, sobald es zwei Tage mit Schmerzwerten gibt.

report-plan-title = Der Übungsplan
report-plan-head-exercise = Übung
report-plan-head-level = Stufe und Umfang
report-plan-head-why = Warum sie im Plan ist
report-plan-level = Stufe { $number } von { $count }: { $name }
report-plan-on-hold = Vorerst pausiert
report-plan-none = Noch kein Plan: Die Fragen sind nicht fertig beantwortet.
report-plan-lock-emergency = Der Plan ist gesperrt: Die Person hat ein Zeichen angegeben, das eine Notfallversorgung braucht.
report-plan-lock-awaiting_clearance = Der Plan ist gesperrt, bis eine Ärztin oder ein Arzt die Warnzeichen unten abgeklärt hat.
report-plan-lock-awaiting_go_ahead = Der Plan wartet nach einer Rückenoperation vor Kurzem auf das Okay aus Chirurgie oder Physiotherapie.
report-plan-lock-pain_pause = Der Plan ruht, weil der Schmerz zweimal innerhalb von zwei Wochen stieg; er geht weiter, sobald eine Fachperson die Person gesehen hat, oder mit dem sanften Plan.

report-function-title = Funktions-Check (Patient-Specific Functional Scale)
report-function-intro = Tätigkeiten, die der Person schwerfallen, jeweils bewertet von 0 (geht gar nicht) bis 10 (wie vor den Rückenbeschwerden). Eine Änderung um 2 Punkte oder mehr ist bedeutsam.
report-function-dates = { $count ->
    [one] 1 Check, am { $first }.
   *[other] { $count } Checks, der erste am { $first }, der letzte am { $latest }.
 }
report-function-head-activity = Tätigkeit (in eigenen Worten)
report-function-head-first = Erster Wert
report-function-head-latest = Letzter Wert
report-function-head-change = Änderung
report-function-meaningful = { $signed } (bedeutsam)
report-function-none = Noch nicht gemacht.

report-support-title = Wie sehr der Rücken den Alltag beeinträchtigt
report-support-intro = Ein kurzer Fragebogen dazu, wie viel Unterstützung die Person brauchen könnte; höhere Werte bedeuten mehr.
report-support-change = Der Wert ging von { $first } auf { $latest }.
report-support-head-date = Datum
report-support-head-score = Wert
report-support-head-group = Gruppe
report-support-group-lower = geringerer Bedarf
report-support-group-medium = mittlerer Bedarf
report-support-group-higher = höherer Bedarf

report-signs-title = Warnzeichen
report-signs-none = Keine angegeben, weder in den Sicherheitsfragen noch in geschriebenen Nachrichten.
report-signs-head-sign = Zeichen
report-signs-head-tier = Wie bald ärztlich ansehen
report-signs-head-reported = Angegeben
report-signs-head-cleared = Abgeklärt
report-signs-not-cleared = noch nicht
report-signs-note = „Abgeklärt“ beruht auf der Aussage der Person, dass eine Fachperson sie persönlich untersucht und Übungen erlaubt hat. Kommt ein abgeklärtes Zeichen wieder, wird nachgefragt („neu oder schlimmer als bei der Untersuchung?“); der Plan ruht, außer es ist unverändert.
report-sign-unsure = { $sign } (unsicher)
report-tier-emergency = Notfall, sofort
report-tier-same_day = Ärztlich am selben Tag
report-tier-soon = Hausarztpraxis in den nächsten Tagen
report-sign-em_saddle = Taubheit im Genital- oder Gesäßbereich (Reithosenareal)
report-sign-em_bladder = Neue Probleme beim Wasserlassen oder Verlust der Blasen- oder Darmkontrolle
report-sign-em_bowel = Veränderte Stuhlkontrolle oder -empfindung
report-sign-em_sexual = Neu verändertes Genitalgefühl, Erektion oder Ejakulation
report-sign-em_sciatica = Ischiasschmerz in beiden Beinen
report-sign-em_legs = Schwäche oder Taubheit in den Beinen
report-sign-em_chest = Brustschmerzen
report-sign-em_accident = Rückenschmerz nach schwerem Unfall oder Sturz
report-sign-em_tummy = Plötzlicher Bauch- und Rückenschmerz mit Schwäche
report-sign-ur_fever = Fieber oder Schüttelfrost
report-sign-ur_immune = Geschwächtes Immunsystem oder intravenöser Drogenkonsum
report-sign-ur_infection = Kürzliche bakterielle Infektion
report-sign-ur_fall = Leichter Sturz oder Stoß bei Osteoporose oder Langzeit-Steroiden
report-sign-ur_fracture = Starker zentraler Schmerz, nur im Liegen besser
report-sign-ur_swelling = Schwellung oder Verformung am Rücken
report-sign-ur_night = Nachtschmerz, den keine Lage lindert
report-sign-ur_high = Schmerz hoch im Rücken, zwischen den Schulterblättern
report-sign-ur_cough = Schmerz viel stärker beim Husten, Niesen oder Pressen
report-sign-so_cancer = Krebserkrankung in der Vorgeschichte
report-sign-so_weight = Ungewollter Gewichtsverlust
report-sign-so_age = Neuer Rückenschmerz über 50 oder unter 20
report-sign-so_month = Seit einem Monat gar keine Besserung
report-sign-so_inflammatory = Entzündlicher Typ: Morgensteifigkeit, besser durch Bewegung
report-sign-em_other = Ein Zeichen, das Notfallversorgung braucht (frühere Fragenversion, nicht benannt)
report-sign-ur_other = Ein Zeichen, das am selben Tag ärztlich angesehen werden sollte (frühere Fragenversion, nicht benannt)

report-cautions-title = Vorsichtshinweise
report-cautions-none = Keine angegeben (Schwangerschaft, Rückenoperation vor Kurzem, Osteoporose, Gleichgewichtsprobleme).
report-caution-pregnant = Schwangerschaft: keine Übungen in Bauchlage, vorher das Einverständnis von Hebamme oder Hausarztpraxis.
report-caution-surgery-ok = Rückenoperation vor Kurzem: Laut der Person haben Chirurgie oder Physiotherapie diesen Übungen zugestimmt.
report-caution-surgery-waiting = Rückenoperation vor Kurzem: Der Plan wartet auf das Okay aus Chirurgie oder Physiotherapie.
report-caution-osteoporosis = Osteoporose: keine Gewichte, kein erzwungenes Bücken bis zum Boden.
report-caution-balance = Gleichgewichtsprobleme: Übungen im Stehen mit Festhalten, oder im Liegen.

report-care-title = Schmerzschübe, Schmerzanstiege und Pausen
report-care-flares = { $count ->
    [one] Die Hilfe bei einem Schub wurde einmal geöffnet: { $days }
   *[other] Die Hilfe bei einem Schub wurde { $count }-mal geöffnet, zuletzt: { $days }
 }
report-care-no-flares = Die Hilfe bei einem Schub wurde nicht geöffnet.
report-care-rises = { $count ->
    [one] Der Schmerz war nach 1 Einheit stärker (um 2 Punkte oder mehr, oder auf 8 oder mehr): { $rises }.
   *[other] Der Schmerz war nach { $count } Einheiten stärker (um 2 Punkte oder mehr, oder auf 8 oder mehr), zuletzt: { $rises }.
 }
report-care-rise = { $day } ({ $before } → { $after })
report-care-no-rises = Der Schmerz war nach keiner Einheit stärker (um 2 Punkte oder mehr, oder auf 8 oder mehr).
report-care-paused = Pausiert am { $day }: Der Schmerz stieg nach zwei Einheiten innerhalb von zwei Wochen.
report-care-resumed_seen = Weiter am { $day }: Laut der Person hat eine Fachperson sie gesehen.
report-care-resumed_gentle = Weiter am { $day } mit dem sanften Plan.
report-care-paused-now = Der Plan ruht zurzeit (seit { $day }).
report-footer = Back-Coach-Bericht · selbst berichtet, keine Diagnose · Seite { $page } von { $pages }
