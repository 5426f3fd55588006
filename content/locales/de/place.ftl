## Where the person is, asked once before the first safety screen: it sets the phone numbers
## the advice names, and the time zone for reminders.

place-question =
    <b>In welchem Land bist du?</b> Dann kann ich dir die richtigen Telefonnummern nennen, falls du einmal schnell Hilfe brauchst.
    Tippe es unten an, oder schreib dein Land oder deine Stadt.
place-skip-button = Erst einmal überspringen
place-location-hint = Oder tippe unten auf <b>📍 Meinen Standort senden</b>. Ich nehme daraus nur dein Land und deine Zeitzone.
place-noted = Danke: <b>{ $country }</b>. Im Notfall ruf { $emergency } an. Und wenn es kein Notfall ist: { $line }.
place-noted-no-country = Danke, notiert. Im Notfall ruf den örtlichen Notruf an.
place-skipped = Okay. Im Notfall ruf den örtlichen Notruf an.
place-unknown = „{ $text }“ kenne ich leider nicht als Ort. Schreib dein Land oder die nächste größere Stadt, oder tippe unten eins an.
place-location-unknown = Ich konnte nicht erkennen, wo das ist, tut mir leid. Schreib dein Land oder die nächste größere Stadt, oder tippe unten eins an.
place-already-noted = Schon notiert, danke.
