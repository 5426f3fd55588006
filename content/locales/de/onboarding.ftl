## Welcome, safety screen, symptom check and their outcomes

onboarding-welcome-new =
    { $named ->
        [yes] Hallo { $name }! Ich bin Back Coach. 👋
       *[no] Hallo! Ich bin Back Coach. 👋
    }
    Ich helfe dir, Schmerzen im unteren Rücken mit fünf einfachen Übungen für zu Hause zu lindern: { $shortest } bis { $longest } Minuten, morgens und abends.

    Ich bin kein Arzt. Deshalb beginne ich mit einem kurzen Sicherheitscheck und stelle dir dann ein paar Fragen zu deinem Rücken. Aus deinen Antworten erstelle ich deinen persönlichen Plan.

    Ich speichere deine Antworten, um den Plan auf dich abzustimmen. Sie gehören dir: /export schickt dir eine Kopie von allem, /delete löscht alles.
onboarding-welcome-back = { $named ->
    [yes] Schön, dass du wieder da bist, { $name }!
   *[no] Schön, dass du wieder da bist!
 }
onboarding-begin-button = Los geht's
onboarding-resume-button = Weitermachen
onboarding-checkup-intro = Zeit für einen kurzen Check-in. Dieselben Fragen wie beim letzten Mal, das dauert etwa eine Minute.
onboarding-progress-header = <i>Frage { $done } von { $total }</i>
onboarding-done-button = Fertig ✓
onboarding-selected-mark = ✅{" "}
onboarding-answered-already = Schon notiert, danke.
onboarding-checkin-in-progress = Du bist mitten in einem Check-in. Hier waren wir stehen geblieben:
onboarding-where-you-are-checkin = Wir waren mitten in deinen Fragen. Tippe unten, um dort weiterzumachen, wo du aufgehört hast.
onboarding-where-you-are-plan = Dein Plan steht. /plan zeigt ihn dir, /checkup bringt ihn auf den neuesten Stand.
