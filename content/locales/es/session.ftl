## The guided session, in our own words: calm, short, like a physio standing next to you.

session-intro = <b>La sesión de hoy</b>: { $count ->
    [one] { $count } ejercicio
   *[other] { $count } ejercicios
 }. Te guío paso a paso; Pausa y Parar están ahí siempre que los necesites.
session-nothing-today = Ahora mismo no hay nada activo en tu plan. /plan te muestra por qué.
session-pain-before =
    Antes de empezar: ¿cómo está tu espalda ahora mismo?
    0 es nada de dolor; 10, el peor dolor que puedas imaginar.
session-pain-after =
    Última pregunta: ¿cómo está tu espalda ahora?
    0 es nada de dolor; 10, el peor dolor que puedas imaginar.
session-pain-before-noted = Dolor de espalda antes: <b>{ $pain }/10</b>
session-pain-after-noted = Dolor de espalda después: <b>{ $pain }/10</b>
session-card =
    <b>{ $number }/{ $total } · { $name }</b>
    <i>{ $purpose }</i>

    { $steps }

    <b>Hoy:</b> { $dose }
session-card-level = Nivel { $number } de { $total }: { $name }. { $how }
session-card-tip = 💡 { $tip }
session-card-caution = ⚠️ { $caution }
session-step-line = { $number }. { $step }
session-start-button = ▶ Empezar
session-skip-button = Saltar
session-too-painful-button = Hoy duele demasiado
session-stop-session-button = ⏹ Terminar la sesión
session-skipped-note = <i>Lo saltamos por hoy.</i>
session-too-painful-note = <i>Lo dejamos por hoy. Escuchar a tu cuerpo también forma parte del trabajo.</i>
session-hold = <b>Repetición { $rep }/{ $total }</b>: { $cue } ({ $seconds } s)
session-released = <b>Repetición { $rep }/{ $total }</b>: { $release } ✓
session-released-last = <b>Repetición { $rep }/{ $total }</b>: hecha ✓ Era la última, muy bien.
session-hold-paused = <b>Repetición { $rep }/{ $total }</b>: en pausa. Esta no cuenta; la repetimos.
session-hold-stopped = <b>Repetición { $rep }/{ $total }</b>: detenida. Esta no cuenta.
session-hold-cues-pelvic_lift = sube la cadera y aguanta
session-hold-cues-knee_rotation = { $side ->
    [left] rodillas a la izquierda y aguanta
   *[right] rodillas a la derecha y aguanta
 }
session-hold-cues-back_bend = empuja hacia arriba y aguanta
session-release-cues-pelvic_lift = baja despacio y descansa
session-release-cues-knee_rotation = rodillas al centro y descansa
session-release-cues-back_bend = baja despacio y descansa
session-counter =
    <b>{ $name }</b> · serie { $set_no } de { $sets }
    Cuenta: <b>{ $count }</b> de { $target }
session-counter-rest = { $seconds ->
    [one] Descansa primero un segundo y luego empieza.
   *[other] Descansa primero unos { $seconds } segundos y luego empieza.
 }
session-counter-target-met = Serie completa. Toca <b>Serie hecha</b> cuando termines.
session-set-done = <b>{ $name }</b> · serie { $set_no } de { $sets }: { $count } ✓
session-add-one-button = +1
session-add-five-button = +5
session-set-done-button = Serie hecha ✓
session-bend-stage =
    <b>Inclinación, paso { $number } de { $total }</b>
    { $stage }
session-bend-stages-neck = Ponte de pie con la espalda recta y los pies separados a la anchura de las caderas. Deja caer despacio la barbilla hacia el pecho.
session-bend-stages-chest = Ahora deja que la parte alta de la espalda también se redondee hacia adelante, vértebra a vértebra. Esta parte es fácil.
session-bend-stages-low_back = Sigue: deja que la zona lumbar también se redondee, en lugar de mantenerla rígida.
session-bend-stages-reach = Deja que las manos cuelguen hacia el suelo y baja hasta donde te resulte cómodo. Notar un estiramiento en la zona lumbar está bien.
session-bend-stages-up = Vuelve a subir despacio, desenrollando la espalda, sin empujarte con las manos en las piernas.
session-next-button = Siguiente ▸
session-reach-question =
    { $more ->
        [0] Esa es la inclinación de hoy.
        [one] Ya llevas una inclinación. Haz 1 más de la misma forma, un poco más abajo si te resulta cómodo.
       *[other] Ya llevas una inclinación. Haz { $more } más de la misma forma, cada vez un poco más abajo si te resulta cómodo.
    } Un estiramiento o una molestia en la zona lumbar están bien; que aumente el dolor que baja por una pierna, no.

    ¿Hasta dónde llegaste?
session-reach-labels-knees = Rodillas
session-reach-labels-mid_shin = Media espinilla
session-reach-labels-ankles = Tobillos
session-reach-labels-floor = El suelo
session-reach-noted = Hasta dónde llegaste: <b>{ $reach }</b> ✓
session-leg-question = Una cosa más: ¿empeoró el dolor que baja por la pierna mientras te inclinabas?
session-leg-yes-button = Sí, empeoró
session-leg-no-button = No
session-leg-noted =
    { $question }
    → <b>{ $answer }</b>
session-leg-worse =
    Gracias por decírmelo. Por hoy dejamos las inclinaciones: cuando inclinarte aviva el dolor que baja por la pierna, el nervio necesita primero calma, no más estiramiento.
    En su lugar harás la inclinación hacia atrás de pie, que ayuda a aliviar el dolor de la pierna. He puesto en pausa las inclinaciones en tu plan; tu próximo /checkup decidirá cuándo vuelven.
session-leg-fine = Bien. Notar un poco de estiramiento en la zona lumbar al inclinarte es normal; lo estás haciendo bien.
session-pause-button = ⏸ Pausa
session-stop-button = ⏹ Parar
session-resume-button = ▶ Seguir
session-paused = ⏸ <b>En pausa.</b> Todo lo que llevas está guardado. Toca Seguir cuando quieras.
session-resumed = ▶ Seguimos.
session-restarted = Perdona, me ausenté un momento. Todo lo que hiciste está guardado. Toca Seguir cuando quieras.
session-restarted-next = Perdona, me ausenté un momento. Todo lo que hiciste está guardado; esto es lo que viene ahora.
session-stopped = ⏹ Sesión detenida. Todo lo que hiciste está guardado.
session-resume-offer = Tienes una sesión de antes sin terminar (llevas { $done } de { $total ->
    [one] { $total } ejercicio
   *[other] { $total } ejercicios
 }). Sigue abajo donde lo dejaste, o empieza de nuevo.
session-running = Tu sesión está en marcha. Te avisaré cuando toque soltar.
session-fresh-button = Empezar de nuevo
session-started-fresh = Empezamos una sesión nueva.
session-summary-done = <b>Sesión completada</b> ✓
session-summary-stopped = <b>Sesión terminada antes de tiempo</b>
session-summary-holds = ✅ { $name }: { $holds ->
    [one] { $holds } repetición
   *[other] { $holds } repeticiones
 }
session-summary-holds-partial = ◐ { $name }: { $holds } de { $total ->
    [one] { $total } repetición
   *[other] { $total } repeticiones
 }
session-summary-reps = ✅ { $name }: { $reps ->
    [one] { $reps } repetición
   *[other] { $reps } repeticiones
 }
session-summary-sets = ✅ { $name }: { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
 }, { $reps ->
    [one] { $reps } repetición
   *[other] { $reps } repeticiones
 } en total
session-summary-reps-partial = ◐ { $name }: { $reps ->
    [one] { $reps } repetición
   *[other] { $reps } repeticiones
 }
session-summary-reach = ✅ { $name } · alcance: { $reach }
session-summary-reach-last = ✅ { $name } · alcance: { $reach } (la vez anterior: { $last })
session-summary-leg-worse = ⏸ { $name } · alcance: { $reach }; luego paramos porque empeoró el dolor de la pierna
session-summary-skipped = ➖ { $name }: lo saltaste
session-summary-too-painful = ➖ { $name }: lo dejaste, hoy dolía demasiado
session-summary-not-reached = ➖ { $name }: no llegamos a él
session-summary-pain = Dolor de espalda: { $before } → { $after } (sobre 10)
session-encouragement-1 = Cada sesión le enseña a tu espalda que moverse es seguro. ¡Hasta la próxima!
session-encouragement-2 = Hoy le dedicaste tiempo a tu espalda, y eso es lo que marca la diferencia.
session-encouragement-3 = Pasos pequeños y constantes: así es exactamente como mejora una espalda. Muy bien hecho.
session-encouragement-4 = Una sesión más en tu cuenta. Eso tiene mucho mérito.
session-encouragement-sore = Gracias por hacerlo en un día de dolor. Iremos al ritmo de tu espalda.
session-encouragement-stopped = Parar cuando tu cuerpo lo pide es lo correcto. Vuelve cuando quieras; /session empieza de nuevo.
session-worse = Tu dolor subió durante esta sesión ({ $before } → { $after }). Puede pasar, y es una señal para ir un poco más suave.
session-worse-eased = Para la próxima vez:
session-worse-wait = Esto pasa a menudo al empezar. Si mañana por la mañana no se ha calmado, te pondré los ejercicios más fáciles; te lo preguntaré entonces.
session-sore-note = Al principio es normal notar un poco más de molestia después del ejercicio, y suele calmarse para la mañana siguiente. Mañana te preguntaré qué tal.
session-unsteady-button = Demasiado inestable de pie
session-level-offer =
    <b>{ $name }</b>: ya lo has hecho { $count ->
        [one] una vez
       *[other] { $count } veces
    } sin que te aumente el dolor. ¿Te animas con el siguiente paso?
    <b>{ $level }</b>: { $how }
session-level-yes-button = Sí, vamos a probar
session-level-no-button = Todavía no
session-level-up = Genial: desde tu próxima sesión, { $name } pasa a <b>{ $level }</b>.
session-level-kept = De acuerdo, { $name } se queda como está. Te volveré a preguntar dentro de unas cuantas sesiones.
session-already-noted = Ya lo tengo anotado, gracias.
session-already-counted = Ya está contado.
session-count-first = Primero toca +1 por cada repetición.
session-count-enough = ¡Son muchas repeticiones! Toca Serie hecha cuando termines la serie.
session-already-paused = Ya está en pausa.
session-already-running = Ya estamos en marcha. Te guío desde aquí.
session-session-over = Esta sesión ya terminó. Envía /session para empezar otra.
session-old-step = Ese botón es de un paso anterior. Sigue desde el mensaje más reciente.
