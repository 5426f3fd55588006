## Wie sehr der Rücken das Leben beeinflusst: neun Fragen, jede mit einem Tippen, in eigenen Worten
## (nicht Keeles STarT-Back-Fragebogen, dessen Wortlaut lizenziert ist).

support-offer =
    🧭 <b>Noch eine Sache, wenn du eine Minute hast.</b>
    Wie sehr beeinflusst dein Rücken deinen Alltag? Neun kurze Fragen, jede mit einem Tippen beantwortet. Deine Antworten helfen mir zu wählen, welche Lektionen zuerst kommen und wie schnell deine Übungen gesteigert werden.
support-offer-again =
    🧭 <b>Vier Wochen später:</b> Wie sehr beeinflusst dein Rücken dich jetzt? Dieselben neun kurzen Fragen, jede mit einem Tippen, um zu sehen, was sich verändert hat.
support-offer-line = 🧭 Neun kurze Fragen dazu, wie dein Rücken dich beeinflusst (jede mit einem Tippen), helfen mir bei der Wahl deiner Lektionen.
support-offer-line-again = 🧭 Vier Wochen später: Neun kurze Fragen (jede mit einem Tippen) zeigen, was sich verändert hat.
support-yes-button = 🧭 Ja, frag mich
support-later-button = Vielleicht später
support-start-button = 🧭 Die neun Fragen beantworten
support-later = Kein Problem. Ich frage in vier Wochen wieder, und unter /progress findest du die Fragen jederzeit.
support-held = Lass uns das machen, sobald dein Rücken untersucht worden ist.
support-recently-done = Du hast diese Fragen gerade erst beantwortet; ich frage in ein paar Wochen wieder.
support-already-noted = Schon notiert, danke.
support-header = 🧭 <b>Wie dein Rücken dich beeinflusst</b> · { $number } von { $count }
support-question-leg = Ist der Schmerz in den letzten zwei Wochen vom Rücken in ein Bein ausgestrahlt?
support-question-elsewhere = Hattest du in den letzten zwei Wochen auch Schmerzen im Nacken oder in den Schultern?
support-question-walking = Konntest du wegen deines Rückens zuletzt nur kurze Strecken gehen?
support-question-dressing = Hat das Anziehen zuletzt wegen deines Rückens länger gedauert?
support-question-fear = Fühlt sich mehr Bewegung für einen Rücken wie deinen riskant an?
support-question-worry = Gehen dir Sorgen um deinen Rücken oft durch den Kopf?
support-question-hopeless = Fühlt es sich an, als wäre dein Rücken furchtbar und würde nie besser?
support-question-mood = Hast du zuletzt an Dingen, die du sonst gern machst, keine Freude mehr gehabt?
support-mood-note = <i>Wenn deine Stimmung schon länger gedrückt ist, kann deine Hausarztpraxis helfen. Wenn du je daran denkst, dir etwas anzutun, ruf sofort { $emergency } an.</i>
support-question-bother = Wie sehr hat dich dein Rücken in den letzten zwei Wochen insgesamt belastet?
support-option-yes = Ja
support-option-no = Nein
support-option-not_at_all = Gar nicht
support-option-slightly = Ein wenig
support-option-moderately = Mittelmäßig
support-option-very = Stark
support-option-extremely = Sehr stark
support-thanks = 🧭 Danke, das waren alle neun.
support-mood-help =
    Danke, dass du es mir sagst. Gedrückte Stimmung ist häufig, wenn Schmerzen anhalten, und es gibt Hilfe: Sprich bitte in deiner Hausarztpraxis darüber. Das verdient genauso Behandlung wie dein Rücken.

    Wenn du je daran denkst, dir etwas anzutun, ruf sofort { $emergency } an oder sprich mit jemandem, dem du vertraust. Du musst nicht warten und es nicht allein schaffen.
support-result-lower =
    <b>Dein Rücken beeinflusst dein Leben ein wenig</b> ({ $score } von { $max }: geringerer Unterstützungsbedarf).
    Das ist ein gutes Zeichen: Menschen mit ähnlichen Antworten kommen meist gut voran, wenn sie aktiv bleiben, üben und ein paar kurze Lektionen lesen. Deine Lektionen beginnen mit dem Dranbleiben.
support-result-medium =
    <b>Dein Rücken beeinflusst dein Leben ziemlich</b> ({ $score } von { $max }: mittlerer Unterstützungsbedarf).
    Genau dafür sind die Übungen und der ganze Lektionskurs gemacht: wie Schmerz funktioniert, Kräfte einteilen und Schübe, eine kurze Lektion am Tag.
support-result-higher =
    <b>Dein Rücken beeinflusst gerade einen großen Teil deines Lebens</b> ({ $score } von { $max }: höherer Unterstützungsbedarf).
    Das ist häufig, und es kann sich ändern. Deine Lektionen beginnen damit, wie Schmerz funktioniert und wie Bewegung wieder sicher wird, und ich steigere deine Übungen behutsamer: nach { $gentle ->
        [one] { $gentle } guten Einheit
       *[other] { $gentle } guten Einheiten
    } auf einer Stufe statt nach { $usual }.
support-physio =
    <b>Ein Vorschlag:</b> Überleg bitte, zur Physiotherapie zu gehen. Wenn Rückenschmerzen so viel vom Leben berühren, kommen Menschen mit mehr Unterstützung besser voran, als eine App sie geben kann: Eine Physiotherapeutin oder ein Physiotherapeut kann deinen Rücken untersuchen, die Übungen an dich anpassen und mit dir persönlich an Sorgen und Angst vor Bewegung arbeiten. Deine Hausarztpraxis kann dir eine Verordnung ausstellen. Mach bis dahin mit deinem Plan weiter.
support-change = Letztes Mal: { $before } von { $max } ({ $was }). Jetzt: { $after } von { $max }.
support-next = Ich frage in vier Wochen wieder. Das ist keine Diagnose, nur ein Weg, die Unterstützung an dich anzupassen.
support-group-lower = geringerer Bedarf
support-group-medium = mittlerer Bedarf
support-group-higher = höherer Bedarf
support-progress-header = 🧭 <b>Wie dein Rücken dich beeinflusst</b>
support-progress-one = { $score } von { $max } ({ $group }), am { $date }
support-progress-change = { $first } → { $latest } von { $max } ({ $was } → { $group }) seit { $date }
support-progress-due = Die neun kurzen Fragen sind wieder dran: tippe unten.
support-progress-first-due = Neun kurze Fragen (jede mit einem Tippen) zeigen mir, wie dein Rücken dich beeinflusst: tippe unten.
