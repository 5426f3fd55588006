## Seguir adelante: qué se interpuso un día sin sesión, días fuera y la fuerza del hábito

barriers-question = Ayer no hubo sesión, y no pasa nada: nos pasa a todos. ¿Qué se interpuso? Con un toque basta, y te propongo un pequeño cambio.
barriers-no_time-button = No tuve tiempo
barriers-forgot-button = Se me olvidó
barriers-pain-button = Dolor
barriers-unsure-button = No sé si sirve
barriers-bored-button = Me aburre
barriers-other-button = Otra cosa
barriers-noted = Lo que se interpuso: <b>{ $barrier }</b>
barriers-already-noted = Ya está anotado, gracias.
barriers-already-taken = Ya está hecho.

# La primera línea de la respuesta, según el obstáculo; el mismo dos veces seguidas: -again.
barriers-lead-no_time = La falta de tiempo es el motivo más común, y una sesión corta también cuenta.
barriers-lead-forgot = Olvidarse es normal mientras una rutina es nueva.
barriers-lead-pain = Gracias por contármelo. Los días de más dolor son frecuentes y suelen pasar.
barriers-lead-unsure = Es una duda razonable, y merece una respuesta.
barriers-lead-bored = Hacer los mismos movimientos cada día puede cansar.
barriers-lead-other = Gracias por contármelo. Hay días que no salen como estaban previstos, y está bien.
barriers-lead-again = Es lo mismo que la última vez, así que probemos algo distinto.

barriers-offer-quick = Aquí tienes una versión de tres minutos de la sesión de hoy: { $exercises }, con la mitad de repeticiones. Cuenta para tu racha.
barriers-offer-time = Un recordatorio en un momento mejor puede ayudar. ¿Cuándo es más fácil que tengas diez minutos? Elige el recordatorio que quieres mover.
barriers-offer-flare = Si tienes la espalda resentida, la rutina suave la mantiene en movimiento sin forzarla. O responde de nuevo a las preguntas para que tu plan se ajuste a cómo está tu espalda ahora.
barriers-offer-clinician = El dolor se ha interpuesto dos veces seguidas, así que acude a tu médico de cabecera o a un fisioterapeuta para que te revise la espalda con calma. Mientras tanto, responde de nuevo a las preguntas para que tu plan se ajuste a cómo está tu espalda ahora.
barriers-offer-why = Aquí tienes la versión corta de por qué ayudan estos ejercicios.
barriers-offer-progress = Que respondan tus propios números: tu racha, tu dolor antes y después de las sesiones y todo lo que has avanzado.
barriers-offer-variation = Algo nuevo hoy: <b>{ $name }</b> en lugar de { $usual }. El mismo objetivo, otra sensación. El resto de la sesión sigue igual.
barriers-offer-order = Vamos a cambiar un poco: la sesión de hoy al revés, empezando por <b>{ $first }</b>.
barriers-offer-away = Si ahora vas con mucho lío, pausa los recordatorios unos días. Tu racha y tus niveles te esperan.

barriers-take-quick-button = ▶ Tres minutos ahora
barriers-take-am-button = Mover el de la mañana ({ $at })
barriers-take-pm-button = Mover el de la noche ({ $at })
barriers-take-flare-button = Rutina suave para la espalda
barriers-take-check-button = Responder de nuevo
barriers-take-why-button = Por qué funciona
barriers-take-prog-button = Ver mi progreso
barriers-take-vary-button = ▶ Probarlo hoy
barriers-take-order-button = ▶ Empezar así

barriers-why =
    <b>Por qué ayudan los ejercicios</b>
    Tu espalda está hecha para moverse. El movimiento suave y regular mantiene fuertes los músculos que rodean la columna y flexibles las articulaciones, y con el tiempo calma una espalda sensible: el cuerpo aprende que moverse es seguro. El reposo largo hace lo contrario y alarga el dolor de espalda; quien se mantiene activo se recupera antes.
    Notar algo de molestia leve al empezar es frecuente y no significa daño. Ningún ejercicio es mágico: lo que funciona es poco y a menudo. Por eso también cuenta una sesión corta.
    Más lecciones breves: /learn

away-button = ✈️ Estaré fuera
away-back-button = Ya he vuelto
away-question = ¿Cuánto tiempo estarás fuera? Los recordatorios se pausan esos días, y no cuentan en contra de tu plan ni rompen tu racha.
away-choice-2-button = 2 días
away-choice-3-button = 3 días
away-choice-7-button = Una semana
away-choice-14-button = Dos semanas
away-set = ✈️ ¡Que lo pases bien! Los recordatorios quedan en pausa hasta el <b>{ $last }</b> y vuelven el { $back } a las { $at }. Tus ejercicios se quedan en el nivel que alcanzaste.
away-set-no-time = ✈️ ¡Que lo pases bien! Tus días fuera duran hasta el <b>{ $last }</b>. Tus ejercicios se quedan en el nivel que alcanzaste.
away-set-missed = Ayer también cuenta como día fuera, así que tu racha está a salvo.
away-settings-line = ✈️ Fuera hasta el { $last }: los recordatorios vuelven el { $back }.
away-not-away = Ahora mismo no estás fuera.
away-back-toast = ¡Qué bien que vuelvas! Los recordatorios vuelven a estar activos.
away-welcome-back = ¡Qué bien que vuelvas! 👋 Tu plan está donde lo dejaste.

habit-line = 💪 Fuerza del hábito: <b>{ $score } %</b> de las sesiones previstas (las últimas semanas cuentan más)
habit-ease-offer = Tres semanas fuertes seguidas: esto ya es un hábito. 🌱 ¿Quieres menos recordatorios, uno por la mañana en lugar de dos al día? Tu plan sigue igual.
habit-ease-yes-button = Sí, uno al día
habit-ease-no-button = Mantener los dos
habit-eased = Hecho: a partir de ahora, un recordatorio al día, por la mañana. Tu plan sigue teniendo dos sesiones al día. Si quieres recuperar el de la noche, envía /reminders y toca «Cambiar el de la noche».
habit-kept = De acuerdo, se quedan los dos recordatorios.
habit-already-answered = Ya está respondido, gracias.
