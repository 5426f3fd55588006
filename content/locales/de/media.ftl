# Pictures, "Show me" demos and voice-guided sets in the guided session.

session-show-me-button = ▶ Zeig's mir
session-voice-button = 🔊 Mit Sprachanleitung
session-demo-caption = <b>{ $name }</b>: Schau es dir ein- oder zweimal an, dann übernimm das Tempo.
session-demo-missing = Tut mir leid, ich kann dir die Bewegung gerade nicht zeigen. Die Schritte auf der Karte erklären alles.
# Sent with the voice note: it plays the whole set.
session-voice-note = 🔊 <b>{ $name }</b>: Drück auf Play und leg das Handy weg. Ich leite dich durch den ganzen Satz ({ $minutes ->
    [one] etwa eine Minute
   *[other] etwa { $minutes } Minuten
 }). Sag mir am Ende, wie es gelaufen ist, oder früher, wenn du aufhörst.
session-voice-missing = Tut mir leid, die Sprachanleitung funktioniert gerade nicht. Folge der Karte in deinem eigenen Tempo und sag mir mit den Buttons oben, wie es gelaufen ist.
session-no-voice = Für diese Übung gibt es keine Sprachanleitung. Nimm stattdessen den Timer hier im Chat.
session-voice-question = 🔔 <b>{ $name }</b>: Das war der Satz. Wie ist es gelaufen?
session-voice-all-button = Alle { $count } ✓
session-voice-fewer-button = Weniger
session-voice-hurt-button = Zu schmerzhaft
session-voice-how-many = Wie viele hast du geschafft? Jede Zahl ist in Ordnung.
session-voice-noted = <b>{ $name }</b>: { $count } von { $total } ✓ Notiert.
session-voice-noted-hurt = <b>{ $name }</b>: Als heute zu schmerzhaft notiert. Gut, dass du aufgehört hast.
session-voice-no-answer = <b>{ $name }</b>: Ich habe nichts von dir gehört, deshalb habe ich den Satz ohne gezählte Wiederholungen eingetragen. Machen wir weiter.
