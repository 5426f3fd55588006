## Where the person is, asked once before the first safety screen: it sets the phone numbers
## the advice names, and the time zone for reminders.

place-question =
    <b>¿En qué país estás?</b> Así, si alguna vez necesitas ayuda rápido, puedo darte los teléfonos correctos.
    Tócalo abajo, o escribe tu país o tu ciudad.
place-skip-button = Saltar por ahora
place-location-hint = O toca <b>📍 Compartir mi ubicación</b> abajo. Solo tomo de ahí tu país y tu zona horaria.
place-noted = Gracias: <b>{ $country }</b>. En una emergencia, llama al { $emergency }. Si no es una emergencia, { $line }.
place-noted-no-country = Gracias, anotado. En una emergencia, llama al número de emergencias local.
place-skipped = De acuerdo. En una emergencia, llama al número de emergencias local.
place-unknown = No conozco «{ $text }» como lugar, lo siento. Escribe tu país o la ciudad grande más cercana, o toca uno abajo.
place-location-unknown = No he podido saber dónde es eso, lo siento. Escribe tu país o la ciudad grande más cercana, o toca uno abajo.
place-already-noted = Ya lo tengo anotado, gracias.
