## Dranbleiben: was einem verpassten Tag dazwischenkam, Tage unterwegs und die Gewohnheit

barriers-question = Gestern keine Übungen, und das ist in Ordnung: Das passiert allen mal. Was ist dazwischengekommen? Ein Tipp genügt, und ich schlage dir eine kleine Änderung vor.
barriers-no_time-button = Keine Zeit
barriers-forgot-button = Vergessen
barriers-pain-button = Schmerzen
barriers-unsure-button = Nicht sicher, ob es hilft
barriers-bored-button = Wird langweilig
barriers-other-button = Etwas anderes
barriers-noted = Was dazwischenkam: <b>{ $barrier }</b>
barriers-already-noted = Schon notiert, danke.
barriers-already-taken = Schon erledigt.

# Die erste Zeile der Antwort, je nach Hindernis; zweimal dasselbe hintereinander: -again.
barriers-lead-no_time = Zeit ist der häufigste Grund, und auch eine kurze Einheit zählt.
barriers-lead-forgot = Vergessen ist ganz normal, solange eine Gewohnheit noch neu ist.
barriers-lead-pain = Danke, dass du es mir sagst. Schlechtere Tage sind häufig und gehen meist wieder vorüber.
barriers-lead-unsure = Eine berechtigte Frage, und sie verdient eine Antwort.
barriers-lead-bored = Jeden Tag dieselben Bewegungen können eintönig werden.
barriers-lead-other = Danke, dass du es mir sagst. Manche Tage laufen einfach anders als geplant, und das ist in Ordnung.
barriers-lead-again = Das war beim letzten Mal auch so, also probieren wir etwas anderes.

barriers-offer-quick = Hier ist eine Drei-Minuten-Version deiner heutigen Einheit: { $exercises }, mit halb so vielen Wiederholungen. Sie zählt für deine Serie.
barriers-offer-time = Eine Erinnerung zu einem besseren Zeitpunkt kann helfen. Wann hast du am ehesten zehn Minuten? Wähle die Erinnerung, die du verschieben möchtest.
barriers-offer-flare = Wenn dein Rücken gereizt ist, hält ihn das sanfte Programm in Bewegung, ohne ihn zu überfordern. Oder beantworte die Fragen noch einmal, damit dein Plan zu deinem Rücken von heute passt.
barriers-offer-clinician = Zum zweiten Mal hintereinander kamen Schmerzen dazwischen. Bitte lass deinen Rücken in der Hausarztpraxis oder in der Physiotherapie genauer anschauen. Beantworte bis dahin die Fragen noch einmal, damit dein Plan zu deinem Rücken von heute passt.
barriers-offer-why = Hier ist die Kurzfassung, warum diese Übungen helfen.
barriers-offer-progress = Lass deine eigenen Zahlen antworten: deine Serie, deine Schmerzen vor und nach den Einheiten und wie weit du schon gekommen bist.
barriers-offer-variation = Heute mal etwas Neues: <b>{ $name }</b> statt { $usual }. Gleiches Ziel, ein anderes Gefühl. Der Rest deiner Einheit bleibt, wie er ist.
barriers-offer-order = Bringen wir Abwechslung hinein: die heutige Einheit andersherum, angefangen mit <b>{ $first }</b>.
barriers-offer-away = Wenn gerade viel los ist, pausiere die Erinnerungen für ein paar Tage. Deine Serie und deine Stufen warten auf dich.

barriers-take-quick-button = ▶ Jetzt drei Minuten
barriers-take-am-button = Morgens verschieben ({ $at })
barriers-take-pm-button = Abends verschieben ({ $at })
barriers-take-flare-button = Sanftes Programm für den Rücken
barriers-take-check-button = Fragen noch einmal beantworten
barriers-take-why-button = Warum es wirkt
barriers-take-prog-button = Meinen Fortschritt zeigen
barriers-take-vary-button = ▶ Heute ausprobieren
barriers-take-order-button = ▶ So anfangen

barriers-why =
    <b>Warum die Übungen helfen</b>
    Dein Rücken ist für Bewegung gemacht. Regelmäßige, sanfte Bewegung hält die Muskeln rund um die Wirbelsäule kräftig und die Gelenke beweglich, und mit der Zeit beruhigt sie einen empfindlichen Rücken: Der Körper lernt, dass Bewegung sicher ist. Lange Schonung bewirkt das Gegenteil und lässt Rückenschmerzen länger dauern; wer aktiv bleibt, erholt sich schneller.
    Ein leichtes Ziehen am Anfang ist häufig und bedeutet keinen Schaden. Keine einzelne Übung wirkt Wunder: Was hilft, ist ein bisschen, und das oft. Deshalb zählt auch eine kurze Einheit.
    Weitere kurze Lektionen: /learn

away-button = ✈️ Ich bin unterwegs
away-back-button = Ich bin zurück
away-question = Wie lange bist du unterwegs? Die Erinnerungen pausieren an diesen Tagen, und die Tage zählen weder gegen deinen Plan noch unterbrechen sie deine Serie.
away-choice-2-button = 2 Tage
away-choice-3-button = 3 Tage
away-choice-7-button = Eine Woche
away-choice-14-button = Zwei Wochen
away-set = ✈️ Eine gute Zeit! Die Erinnerungen pausieren bis <b>{ $last }</b> und kommen ab { $back } um { $at } wieder. Deine Übungen bleiben auf der Stufe, die du erreicht hast.
away-set-no-time = ✈️ Eine gute Zeit! Deine Tage unterwegs gehen bis <b>{ $last }</b>. Deine Übungen bleiben auf der Stufe, die du erreicht hast.
away-set-missed = Gestern zählt auch als Tag unterwegs, deine Serie bleibt also erhalten.
away-settings-line = ✈️ Unterwegs bis { $last }: Erinnerungen kommen ab { $back } wieder.
away-not-away = Du bist gerade nicht unterwegs.
away-back-toast = Willkommen zurück! Die Erinnerungen sind wieder an.
away-welcome-back = Willkommen zurück! 👋 Dein Plan ist da, wo du aufgehört hast.

habit-line = 💪 Gewohnheit: <b>{ $score } %</b> der geplanten Einheiten (die letzten Wochen zählen am meisten)
habit-ease-offer = Drei starke Wochen hintereinander: Das wird zur Gewohnheit. 🌱 Möchtest du weniger Erinnerungen, eine am Morgen statt zwei am Tag? Dein Plan bleibt gleich.
habit-ease-yes-button = Ja, eine am Tag
habit-ease-no-button = Beide behalten
habit-eased = Erledigt: ab jetzt eine Erinnerung am Tag, morgens. Dein Plan hat weiterhin zwei Einheiten am Tag. Willst du die Abenderinnerung zurück, schick /reminders und tippe auf „Abenderinnerung ändern“.
habit-kept = In Ordnung, beide Erinnerungen bleiben.
habit-already-answered = Schon beantwortet, danke.
