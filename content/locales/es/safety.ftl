## The warning signs and what they mean: each sign's name, the advice by how urgent it is,
## and the lock on the plan. $emergency is the person's emergency number (or the words for it);
## $line is what to call for a same-day doctor.
# $emergency always follows "al" ("Llama al 112", "Llama al número de emergencias local").

safety-local-emergency = número de emergencias local
safety-same-day-with-line = llama hoy al { $line } o a tu médico de familia
safety-same-day-no-line = llama hoy a tu centro de salud o, si está cerrado, a un médico de guardia

# Sign names are read in a list ("Me hablaste de: a, b y c") and as bullets.
safety-sign-em_saddle = entumecimiento alrededor de los genitales o las nalgas
safety-sign-em_bladder = dificultad para orinar, o para controlar la vejiga o el intestino
safety-sign-em_bowel = cambios en el control o la sensación al hacer de vientre
safety-sign-em_sexual = un cambio en la sensibilidad sexual, la erección o la eyaculación
safety-sign-em_sciatica = dolor que baja por las dos piernas
safety-sign-em_legs = debilidad o entumecimiento en las piernas
safety-sign-em_chest = dolor en el pecho
safety-sign-em_accident = dolor de espalda tras un accidente o una caída grave
safety-sign-em_tummy = dolor repentino de barriga y espalda con sensación de desmayo
safety-sign-ur_fever = fiebre o escalofríos
safety-sign-ur_immune = un sistema inmunitario debilitado, o inyectarse drogas
safety-sign-ur_infection = una infección bacteriana reciente
safety-sign-ur_fall = una caída leve con huesos frágiles o con corticoides de larga duración
safety-sign-ur_fracture = dolor fuerte en el centro de la espalda que solo se alivia tumbado
safety-sign-ur_swelling = una hinchazón o una forma extraña en la espalda
safety-sign-ur_night = dolor por la noche que no se alivia en ninguna postura
safety-sign-ur_high = dolor arriba, entre los omóplatos
safety-sign-ur_cough = dolor mucho peor al toser, estornudar o ir al baño
safety-sign-so_cancer = haber tenido cáncer
safety-sign-so_weight = perder peso sin proponértelo
safety-sign-so_age = dolor de espalda nuevo con más de 50 años o menos de 20
safety-sign-so_month = dolor que no ha mejorado nada en un mes
safety-sign-so_inflammatory = dolor de espalda de meses con rigidez por la mañana que mejora al moverse
safety-sign-em_other = una señal que necesita atención de emergencia
safety-sign-ur_other = una señal que un médico tiene que revisar

# When a squeezed nerve sign is likely: now.
safety-emergency =
    <b>Por favor, busca atención de emergencia ahora mismo.</b>
    Lo que describes puede significar que un nervio de la zona lumbar está muy comprimido, u otro problema que un médico tiene que ver de inmediato. Llama al { $emergency } o ve a urgencias ahora.

    Por ahora no te propondré ejercicios. Cuando te hayan atendido, envía /checkup y seguimos a partir de ahí.

# Not sure about a squeezed-nerve sign: no reassurance, a same-day check, and what means "now".
safety-nerve =
    <b>Tener dudas es un motivo para que te revisen hoy, no para esperar.</b>
    Por favor, consulta hoy con un médico. Llama enseguida al { $emergency } si te pasa algo de esto:
    • no sientes la piel alrededor de las nalgas o los genitales
    • no puedes orinar, o no puedes aguantar la orina o las heces
    • una pierna pierde fuerza, o no puedes caminar con normalidad
    Aquí tienes una comprobación rápida que puedes hacer ahora.

safety-same-day =
    <b>Por favor, consulta hoy con un médico.</b>
    Lo que marcaste tiene que verlo un médico antes de que empieces estos ejercicios: { $line }.
safety-same-day-nerve =
    <b>Aun así, por favor, consulta hoy con un médico.</b>
    Tenías dudas sobre una señal de nervio comprimido, y eso tiene que verlo un médico: { $line }. Llama enseguida al { $emergency } si pierdes la sensibilidad alrededor de las nalgas o los genitales, no puedes controlar la vejiga o el intestino, o una pierna pierde fuerza.

safety-locked =
    Tu plan está listo y seguirá bloqueado hasta que un médico te haya revisado.
    Cuando te hayan visto y te digan que puedes hacer ejercicio, envía /checkup. Mañana volveré a preguntarte.
safety-stopped =
    De acuerdo, lo dejamos aquí. Por favor, consulta hoy con un médico.
    Cuando te hayan visto y te digan que puedes hacer ejercicio, envía /checkup y terminamos entonces las preguntas. Mañana volveré a preguntarte.
safety-locked-go-ahead =
    Tu plan está listo y espera el visto bueno de tu cirujano o de tu fisioterapeuta.
    Cuando lo tengas, envía /checkup y responde «Sí» a la pregunta sobre la operación.

safety-seen-first = La última vez me hablaste de: { $signs }. ¿Te ha visto un médico desde entonces?
safety-seen-button = Me vieron: puedo hacer ejercicio
safety-not-yet-button = Aún no: hazme las preguntas
safety-follow-up = Hola de nuevo. Ayer me hablaste de: { $signs }. ¿Pudiste ir al médico? Si te dijeron que puedes hacer ejercicio, toca abajo y tu plan se abrirá.
safety-later-button = Todavía no
safety-not-yet = Si puedes, intenta que te vea un médico hoy ({ $line }). Te lo volveré a preguntar en /checkup.
safety-not-yet-emergency = Por favor, no esperes con esto: llama al { $emergency } o ve a urgencias ahora. Cuando te hayan atendido, envía /checkup.
safety-cleared = Gracias por ir a que te revisaran. Aquí tienes tu plan.
safety-nothing-to-clear = Ahora mismo no hay nada pendiente del visto bueno de un médico.

safety-where-locked = Tu plan está esperando el visto bueno de un médico. Cuando te hayan visto, envía /checkup.
safety-where-emergency = La última vez me hablaste de una señal que necesita atención de emergencia. Cuando te hayan atendido, envía /checkup.
safety-emergency-locked =
    Tus últimas respuestas mostraron una señal que necesita <b>atención de emergencia</b>, así que no te propongo ejercicios.
    Por favor, llama al { $emergency } o ve a urgencias ahora mismo.
    Cuando te hayan atendido, envía /checkup y empezamos de nuevo.
safety-blocked-plan = Tu plan está en espera hasta que un médico te haya revisado. Termina las preguntas con /checkup.
safety-go-ahead-plan = Tu plan espera el visto bueno de tu cirujano o de tu fisioterapeuta. Cuando lo tengas, envía /checkup.

onboarding-pick-one = Por favor, toca primero las que correspondan y después Listo.

## Typed words that sound like a warning sign ($signs: what the words sounded like).
danger-emergency =
    Me hablas de { $signs }. <b>Si te está pasando ahora, por favor, llama al { $emergency } o ve a urgencias de inmediato.</b> Puede ser grave y necesita un médico enseguida.
    ¿Te está pasando?
danger-same-day =
    Me hablas de { $signs }. Si es tu caso, por favor, consulta hoy con un médico antes de seguir con los ejercicios: { $line }.
    ¿Te está pasando?
danger-soon =
    Me hablas de { $signs }. Si es tu caso, por favor, pide cita con tu médico de familia para los próximos días. Mientras tanto puedes seguir haciendo ejercicio con suavidad.
    ¿Es tu caso?
danger-yes-button = Sí, me está pasando
danger-no-button = No, me refería a otra cosa
danger-not-meant = Gracias, me alegra saberlo. Sigamos.
danger-confirmed-emergency =
    Gracias por decírmelo. He puesto tus ejercicios en pausa. <b>Por favor, llama al { $emergency } o ve a urgencias ahora.</b>
    Cuando te hayan atendido, envía /checkup y seguimos a partir de ahí. Mañana volveré a preguntarte.
danger-confirmed-same-day =
    Gracias por decírmelo. Tu plan espera hasta que un médico te haya revisado. Por favor, consulta hoy con uno: { $line }.
    Cuando te hayan visto y te digan que puedes hacer ejercicio, envía /checkup. Mañana volveré a preguntarte.
danger-confirmed-soon = Gracias, lo anoto. Por favor, pide cita con tu médico de familia para los próximos días. Tu plan sigue igual; ve con calma.
danger-session-stopped = La sesión de hoy termina aquí. Cuídate.
