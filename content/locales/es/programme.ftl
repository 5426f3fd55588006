## El programa se adapta a la persona: embarazo, huesos frágiles, equilibrio, síntomas en la
## pierna durante un ejercicio, dolor que sube y un final honesto cuando no se hizo nada.

## Embarazo: el sí de tu matrona o de tu médico, y cuándo parar
programme-plan-midwife =
    <b>Tu plan (en espera)</b>
    Se abre en cuanto tu matrona o tu médico le hayan dado el sí.
programme-midwife-wait =
    Tu plan está listo. En el embarazo, un programa de ejercicios nuevo espera al sí de tu matrona o de tu médico: ellos conocen tu embarazo, yo no.
    Pregúntales en tu próxima cita (si quieres, enséñales este plan). Cuando te hayan dicho que sí, toca el botón de abajo.
programme-midwife-plan = Tu plan espera el sí de tu matrona o de tu médico. Cuando lo tengas, toca abajo.
programme-go-ahead-button = Mi matrona o médico dijo que sí
programme-go-ahead-thanks = Gracias por consultarlo. Tu plan ya está abierto; aquí lo tienes.
programme-go-ahead-not-waiting = Tu plan no está esperando ningún sí ahora.
programme-pregnancy-stop = Para y llama a tu matrona o a tu médico si notas sangrado, pérdida de líquido, mareo o dolor en la pelvis o en una pantorrilla.

## Las indicaciones propias de cada forma durante una pausa mantenida
session-hold-cues-pelvic_lift-wall = bascula y mantén
session-release-cues-pelvic_lift-wall = suelta, descansa
session-hold-cues-knee_rotation-seated = { $side ->
    [left] gira a la izquierda y mantén
   *[right] gira a la derecha y mantén
 }
session-release-cues-knee_rotation-seated = vuelve al centro, descansa

## Huesos frágiles: inclinarse solo hasta la mitad, sin meta más abajo
programme-bend-thin-bones-low_back = Deja que la zona lumbar se redondee un poco, solo hasta donde siga siendo cómodo.
programme-bend-thin-bones-reach = Deja colgar las manos y para a medio camino, mucho antes de sentir tu límite. No hace falta bajar más.
programme-reach-question-thin-bones =
    { $more ->
        [0] Esa es la inclinación de hoy.
        [one] Ya llevas una inclinación. Haz 1 más de la misma forma, hasta el mismo punto.
       *[other] Ya llevas una inclinación. Haz { $more } más de la misma forma, cada vez hasta el mismo punto.
    } Si es cómodo, está perfecto; no hace falta bajar más.

    ¿Hasta dónde llegaron tus manos?

programme-reach-above-knees = Rodillas o más arriba
## Síntomas en la pierna durante la inclinación hacia atrás y la extensión de espalda
programme-leg-spread-button = El dolor baja más / hormigueo
programme-leg-spread =
    Gracias por decírmelo. Paramos { $name } aquí: si el dolor baja más por la pierna, o aparece entumecimiento u hormigueo nuevo, este ejercicio no le va bien a tu espalda ahora mismo.
    Lo he puesto en pausa en tu plan; tu próximo /checkup decidirá cuándo vuelve. Si la pierna sigue empeorando o la notas débil, revisa las señales de alarma.
programme-leg-worse =
    Gracias por decírmelo. Por hoy dejamos las inclinaciones: cuando inclinarte aviva el dolor que baja por la pierna, el nervio necesita primero calma, no más estiramiento.
    He puesto en pausa las inclinaciones en tu plan; tu próximo /checkup decidirá cuándo vuelven. Si la pierna sigue empeorando o la notas débil, revisa las señales de alarma.
programme-signs-button = Revisar las señales de alarma
programme-summary-leg-stopped = ⏸ { $name }: parado cuando los síntomas de la pierna se extendieron
programme-recheck-leg = Cuando los síntomas de la pierna se extienden, pueden venir otros cambios. ¿Te ha aparecido algo de esto?

## Dolor que sube o que es alto al empezar
programme-recheck-rising = Tu dolor al empezar ha subido tres sesiones seguidas. Antes de seguir, una revisión rápida de seguridad: ¿te ha aparecido algo de esto? Si te parece una crisis, abajo tienes también la rutina suave.
programme-recheck-high = Con tanto dolor, una revisión rápida de seguridad antes de la rutina suave: ¿te ha aparecido algo de esto?

## Después de que el dolor subiera: una pregunta, las señales de alarma a un toque
programme-rise-question = Aparte del dolor, ¿ha empezado algo nuevo?
programme-rise-pain-button = No, solo el dolor
programme-rise-new-button = Sí, o no lo sé
programme-rise-just-pain = Gracias. Hoy tómatelo con calma: sigue moviéndote, y una bolsa de calor puede ayudar. Si te parece una crisis, abajo tienes la rutina suave.

## Una sesión en la que no se hizo nada: dicho con amabilidad, sin elogios
programme-summary-nothing = <b>Sesión cerrada</b>: esta vez no se hizo nada
programme-encouragement-nothing = Hay días así, y no pasa nada. Si el motivo es tu espalda, prueba la rutina suave para una crisis; o empieza con algo más pequeño: solo el primer ejercicio.
programme-short-button = Solo el primer ejercicio

## Una oferta antigua que ya no encaja en el plan
programme-offer-gone = Ese nivel ya no encaja en tu plan, así que sigues donde estás.
