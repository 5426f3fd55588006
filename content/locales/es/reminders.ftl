## Time zone, reminder times, /reminders and the nudges themselves

reminders-ask-zone-first =
    Una cosa más: los ejercicios funcionan mejor dos veces al día, por la mañana y por la noche. Puedo enviarte un aviso breve a la hora adecuada allí donde estés.

    ¿En qué ciudad estás? Escribe su nombre, o una zona horaria como <code>Europe/Madrid</code>.
reminders-ask-zone = ¿En qué ciudad estás? Escribe su nombre, o una zona horaria como <code>Europe/Madrid</code>.
reminders-local-time-button = Prefiero decirte mi hora
# Telegram's share-location button under the typing field, offered with the city question.
reminders-share-location-button = 📍 Compartir mi ubicación
reminders-share-location-hint = O toca <b>📍 Compartir mi ubicación</b> abajo. Solo tomo de ahí tu zona horaria; no guardo dónde estás.
reminders-location-noted = 📍 Gracias. Solo he tomado de ahí tu zona horaria.
reminders-location-unknown = No he encontrado ninguna zona horaria en ese lugar, lo siento. Escribe mejor la ciudad más cercana.
reminders-location-not-asked = Gracias, pero no necesito tu ubicación. Para recibir recordatorios a tu hora local, envía /reminders.
reminders-zone-noted = 👍 Gracias.
reminders-not-now-button = Ahora no
reminders-not-now = Sin problema. Cuando quieras recordatorios, envía /reminders.
reminders-zone-unknown = No reconozco “{ $text }” como lugar, lo siento. Prueba con la ciudad grande más cercana (como <i>Madrid</i> o <i>Bogotá</i>) o con una zona horaria como <code>Europe/Madrid</code>.
reminders-ask-clock = ¿Qué hora es ahora mismo donde estás? Escríbela como HH:MM, por ejemplo 14:35.
reminders-clock-unclear = Eso no parece una hora. Escríbela como HH:MM, por ejemplo 07:30 o 19:05.
reminders-fixed-zone-note = Una diferencia horaria fija no cambia con el horario de verano; si quieres que lo siga, escribe tu ciudad en /reminders cuando quieras.
reminders-proposal =
    Entendido: <b>{ $zone }</b> (hora actual allí: { $now }).
    ¿Qué te parece un aviso a las <b>{ $morning }</b> por la mañana y otro a las <b>{ $evening }</b> por la noche?
reminders-accept-button = Me parece bien
# The zone is known from where the person said they are: confirm it rather than ask again.
reminders-confirm-zone =
    Una cosa más: los ejercicios funcionan mejor dos veces al día. ¿Te envío un aviso breve a las <b>{ $morning }</b> y a las <b>{ $evening }</b>, en tu hora?
    Tu zona horaria: <b>{ $zone }</b> (allí son las { $now }).
reminders-accepted = ¡Listo! Envía /reminders para cambiarlos cuando quieras.
reminders-midday-offer = Tu plan incluye la inclinación hacia atrás de pie, que ayuda más si la haces varias veces al día. ¿Quieres también un aviso a mediodía para hacerla?
# $slot is one of the slot names below, written to follow "el recordatorio".
reminders-ask-time = ¿A qué hora quieres el recordatorio { $slot }? Escribe HH:MM, por ejemplo { $example }.
reminders-time-set = Listo: el recordatorio { $slot } llegará ahora a las <b>{ $at }</b>.
reminders-zone-set = Zona horaria cambiada a <b>{ $zone }</b> (hora actual allí: { $now }).
reminders-cancelled = De acuerdo, todo sigue igual.
reminders-slot-names-morning = de la mañana
reminders-slot-names-midday = del mediodía
reminders-slot-names-evening = de la noche
reminders-examples-morning = 07:30
reminders-examples-midday = 12:30
reminders-examples-evening = 19:05
reminders-change-buttons-morning = Cambiar el de la mañana
reminders-change-buttons-midday = Cambiar el del mediodía
reminders-change-buttons-evening = Cambiar el de la noche
reminders-change-zone-button = Cambiar zona horaria
reminders-pause-button = Pausar
reminders-resume-button = Reanudar
reminders-midday-on-button = Añadir aviso de mediodía
reminders-midday-off-button = Quitar el aviso de mediodía
reminders-cancel-button = Cancelar
reminders-settings-header = <b>Tus recordatorios</b>
reminders-settings-lines-morning = 🌅 Mañana: <b>{ $at }</b>
reminders-settings-lines-midday = 🌤 Mediodía, inclinación hacia atrás: <b>{ $at }</b>
reminders-settings-lines-evening = 🌆 Noche: <b>{ $at }</b>
reminders-settings-zone = 🌍 Zona horaria: { $zone } (tu hora ahora: { $now })
reminders-settings-paused = ⏸ En pausa: no habrá avisos hasta que los reanudes.
reminders-not-set-up = Todavía no tienes recordatorios. ¿En qué ciudad estás? Escribe su nombre, o una zona horaria como <code>Europe/Madrid</code>.
reminders-paused-toast = Recordatorios en pausa.
reminders-resumed-toast = Recordatorios activados de nuevo.
reminders-already-toast = Ya está hecho.
reminders-midday-on-toast = Aviso de mediodía activado.
reminders-midday-off-toast = Aviso de mediodía desactivado.
reminders-midday-not-in-plan = El aviso de mediodía es para la inclinación hacia atrás de pie, que ahora no está en tu plan.
reminders-set-up-first = Dime primero tu ciudad y después podrás elegir las horas.
reminders-morning-1 = ¡Buenos días! ☀️ ¿Unos minutos para tu espalda antes de empezar el día?
reminders-morning-2 = ¡Buenos días! Tus ejercicios para la espalda te esperan cuando quieras.
reminders-morning-3 = ¡A despertar la espalda! Es la hora de tu sesión de la mañana. 🌅
reminders-morning-4 = ¡Buenos días! Una sesión corta ahora mantiene tu espalda en movimiento todo el día.
reminders-evening-1 = Hora de la sesión de la noche. 🌆 ¿Unos minutos tranquilos para tu espalda?
reminders-evening-2 = ¡Hola! Tus ejercicios te están esperando; solo te llevarán unos minutos.
reminders-evening-3 = Es momento de relajarte con tus ejercicios de la noche.
reminders-evening-4 = ¡Hola de nuevo! ¿Una sesión corta para tu espalda antes de que se acabe el día?
reminders-evening-after-morning-1 = ¡Buen trabajo esta mañana! 💪 ¿Una sesión más para cerrar el día?
reminders-evening-after-morning-2 = Ya hiciste tu sesión de la mañana, genial. ¿Vamos con la de la noche?
reminders-evening-after-morning-3 = Sesión de la mañana hecha ✓. Con la de la noche completas el día.
reminders-snoozed-1 = Aquí está otra vez el aviso. ⏰
reminders-snoozed-2 = Media hora después, como te prometí: ¿vamos con los ejercicios?
reminders-snoozed-3 = Aquí estoy otra vez, como me pediste. ¿Unos minutos para tu espalda?
reminders-midday-1 = Pausa de mediodía: una tanda de inclinaciones hacia atrás de pie alivia el dolor que baja por la pierna. Con un minuto basta. 🌤
reminders-midday-2 = Hora de una tanda rápida de inclinaciones hacia atrás. De pie con la espalda recta, las manos en la zona lumbar, inclínate hacia atrás con suavidad.
reminders-midday-3 = Un descanso corto para tu espalda: unas cuantas inclinaciones hacia atrás de pie ahora ayudan a que la pierna se calme.
reminders-today-line = Hoy: { $exercises }
reminders-start-button = Empezar ahora
reminders-snooze-button = Recordar en 30 min
reminders-skip-button = Hoy no
reminders-snoozed-note = ⏰ Pospuesto hasta las { $at }.
reminders-skipped-note = De acuerdo, no más avisos por hoy. ¡Hasta mañana!
reminders-started-note = ▶️ Empezamos.
reminders-old-nudge = Ese recordatorio es de otro día.
reminders-already-snoozed = Ya está pospuesto hasta las { $at }.
reminders-reminders-paused = Tus recordatorios están en pausa; /reminders los vuelve a activar.
