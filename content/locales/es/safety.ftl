## The warning signs and what they mean: each sign's name, why it matters, the advice by how
## urgent it is, and the lock on the plan. $emergency is the person's emergency number (or the
## words for it); $line is how to reach a doctor today; $crisis is a crisis line.
# $emergency always follows "al" ("Llama al 112", "Llama al número de emergencias local").

safety-local-emergency = número de emergencias local
safety-emergency-or = { $number } o al { $other }
safety-emergency-ambulance = { $number } (ambulancias: { $ambulance })
# $place: where else a same-day doctor is found (content/emergency_numbers.yaml).
safety-same-day-with-line = llama hoy al { $line } o a { $place ->
    [polyclinic] tu policlínica
   *[gp] tu médico de familia
 }
safety-same-day-no-line = { $place ->
    [out_of_hours] llama hoy a tu médico de cabecera o, si está cerrado, al servicio de guardia
    [canton] llama hoy a tu médico o a la línea de guardia médica de tu cantón
    [health_centre] llama hoy a tu centro de salud
    [clinic] llama hoy a tu médico o a tu clínica
    [urgent_care] llama hoy a tu médico o ve a un centro de atención urgente (urgent care)
    [polyclinic] llama hoy a tu policlínica
   *[gp] llama hoy a tu centro de salud o, si está cerrado, a un médico de guardia
 }
safety-crisis-named = { $name } ({ $number })
safety-crisis-unknown = una línea de crisis de tu país, o el { $emergency }

# The early signs of a squeezed nerve (cauda equina), named in every safety net.
-early-signs =
    • entumecimiento, hormigueo o pinchazos alrededor de las nalgas, los genitales o la cara interna de los muslos, o notas distinto al limpiarte
    • cualquier cambio al orinar: cuesta empezar, el chorro es débil, se escapa, o no notas cuándo sale
    • no poder aguantar las heces, o no notar cuándo salen
    • menos sensibilidad en los genitales, o cambios en la erección o la eyaculación
    • dolor que baja por las dos piernas, o una pierna que pierde fuerza o se duerme

# Sign names are read in a list ("Me hablaste de: a, b y c") and as bullets.
safety-sign-em_saddle = entumecimiento u hormigueo alrededor de las nalgas o los genitales
safety-sign-em_bladder = un cambio al orinar o en el control de la vejiga
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

## Why each sign matters: one line per kind, so each advice explains its own signs.
safety-why-nerve = Puede significar que los nervios de la parte baja de la columna están comprimidos. Si se trata pronto, casi siempre se evita un daño duradero en la vejiga, el intestino y las piernas.
safety-why-chest = El dolor de pecho con dolor de espalda hay que revisarlo ya: puede venir del corazón, de los pulmones o de un vaso sanguíneo grande.
safety-why-accident = Después de un accidente o una caída grave, hay que revisar que la columna no esté lesionada antes de moverte mucho.
safety-why-tummy = Un dolor repentino de barriga y espalda con sensación de desmayo puede venir de la arteria principal del abdomen (un aneurisma).
safety-why-infection_nerve = La fiebre junto con debilidad o entumecimiento nuevos en una pierna puede indicar una infección cerca de la columna que presiona un nervio.
safety-why-infection = Con dolor de espalda, la fiebre, un sistema inmunitario débil o una infección reciente pueden indicar, rara vez, una infección en la columna, y un médico tiene que descartarla.
safety-why-fracture = Puede indicar una pequeña fractura en una vértebra, y un médico tiene que revisarla.
safety-why-swelling = Una hinchazón o un cambio nuevo en la forma de la espalda tiene que verlo un médico.
safety-why-night = El dolor nocturno que no se alivia en ninguna postura no es lo habitual en el dolor de espalda, así que un médico debe buscar la causa.
safety-why-high = El dolor arriba, entre los omóplatos, no es lo habitual en el dolor lumbar, así que un médico debe revisarlo.
safety-why-cough = Un dolor mucho peor al toser, estornudar o hacer fuerza puede venir de un nervio presionado, así que un médico debe revisarlo.
safety-why-cancer = Si has tenido cáncer, un dolor de espalda nuevo debe revisarlo un médico, para asegurarse de que no está relacionado.
safety-why-weight = Perder peso sin proponértelo, junto con dolor de espalda, necesita que un médico busque la causa.
safety-why-age = Un dolor de espalda que empieza con más de 50 años o menos de 20 conviene consultarlo con tu médico de familia.
safety-why-month = Un dolor que no ha mejorado nada en un mes conviene consultarlo con tu médico de familia.
safety-why-inflammatory = El dolor de espalda con mucha rigidez por la mañana que mejora al moverse puede ser dolor lumbar inflamatorio (espondiloartritis axial). Pregunta a tu médico por el dolor lumbar inflamatorio: se trata de otra manera.
safety-why-together = Un dolor de espalda nuevo con más de 50 años o menos de 20 que no ha mejorado nada en un mes debe verlo un médico hoy.
safety-why-other_emergency = Lo que me contaste antes necesita atención de emergencia.
safety-why-other_same_day = Lo que me contaste antes tiene que revisarlo un médico.

# A sign that needs emergency care: the number first, then what the signs may mean.
safety-emergency =
    <b>Llama ahora al { $emergency } o ve a urgencias.</b>
    { $why }

    Por ahora no te propondré ejercicios. Dentro de dos horas te preguntaré si has conseguido ayuda.

# Not sure about a squeezed-nerve sign: no reassurance, a same-day check, and what means "now".
safety-nerve =
    <b>No estar seguro es un motivo para que te revisen hoy: { $line }.</b>
    Llama enseguida al { $emergency } si alguna de estas cosas es nueva:
    { -early-signs }{ $check ->
        [yes] {""}
    
        Aquí tienes una comprobación rápida que puedes hacer ahora.
       *[no] {""}
    }

safety-same-day =
    <b>Por favor, consulta hoy con un médico: { $line }.</b>
    { $why }
    Los ejercicios esperan hasta que te haya examinado un profesional sanitario.
safety-same-day-nerve =
    <b>Por favor, consulta hoy con un médico: { $line }.</b>
    No estabas seguro de una señal de un nervio comprimido, y eso tiene que verlo un médico.
    Llama enseguida al { $emergency } si alguna de estas cosas aparece o empeora:
    { -early-signs }

safety-locked =
    Tu plan está listo y sigue bloqueado hasta que te haya examinado un profesional sanitario. <b>Por favor, consulta hoy con un médico: { $line }.</b>
    Mañana por la mañana te preguntaré si te han visto.
safety-stopped =
    De acuerdo, lo dejamos aquí. <b>Por favor, consulta hoy con un médico: { $line }.</b>
    Cuando un profesional te haya examinado y te diga que puedes hacer ejercicio, terminamos las preguntas. Te preguntaré mañana por la mañana.
safety-locked-go-ahead =
    Tu plan está listo y espera el visto bueno de tu cirujano o de tu fisioterapeuta.
    Cuando lo tengas, envía /checkup y responde «Sí» a la pregunta sobre la cirugía.

# Asked before the plan opens: a clinician examined them in person and said they can exercise.
safety-seen-first =
    La última vez me hablaste de: { $signs }. ¿Te ha examinado un médico o un fisioterapeuta desde entonces?
    Toca el primer botón solo si te examinaron en persona y te dijeron que puedes hacer ejercicio.
safety-seen-button = Me examinaron: puedo hacer ejercicio
safety-not-yet-button = Aún no: hazme las preguntas
safety-questions-again-button = Hazme las preguntas otra vez
safety-too-soon =
    Me hablaste de: { $signs }. <b>Por favor, consulta hoy con un médico: { $line }.</b>
    Cuando te hayan examinado, tu plan podrá abrirse a partir de mañana por la mañana; te preguntaré entonces.
safety-too-soon-emergency =
    Me hablaste de: { $signs }. <b>Por favor, llama ahora al { $emergency } o ve a urgencias.</b>
    Tu plan sigue bloqueado hasta que te haya examinado un profesional sanitario.
safety-follow-up =
    Hola de nuevo. Ayer me hablaste de: { $signs }. ¿Te ha examinado un profesional sanitario?
    Si te dijo que puedes hacer ejercicio, toca el primer botón. Si no, <b>por favor, consulta hoy con un médico: { $line }.</b>
    Llama enseguida al { $emergency } si alguna de estas cosas es nueva:
    { -early-signs }
safety-follow-up-emergency =
    Hola de nuevo. Me hablaste de: { $signs }. ¿Te ha examinado un profesional sanitario?
    Si te dijo que puedes hacer ejercicio, toca el primer botón. Si no, <b>por favor, llama ahora al { $emergency } o ve a urgencias.</b>
safety-help-check =
    Hace dos horas me hablaste de: { $signs }. ¿Has conseguido ayuda?
    Si te examinaron y te dijeron que puedes hacer ejercicio, toca el primer botón. Si no, <b>por favor, llama ahora al { $emergency } o ve a urgencias.</b>
safety-later-button = Todavía no
safety-not-yet = <b>Por favor, consulta hoy con un médico: { $line }.</b> Cuando te hayan examinado, envía /checkup.
safety-not-yet-emergency = <b>Por favor, llama ahora al { $emergency } o ve a urgencias.</b> No lo dejes para después. Cuando te hayan examinado, envía /checkup.
# One last check before the plan opens: the emergency signs again.
safety-recheck =
    Bien. Una última comprobación antes de abrir tu plan: desde que te examinaron, ¿alguna de estas cosas es nueva o está peor que entonces?
    { -early-signs }
    • dolor en el pecho, o un accidente o una caída grave
    • dolor repentino de barriga y espalda con sensación de desmayo
safety-recheck-none-button = Ninguna de estas
safety-recheck-new-button = Sí, o no estoy seguro
safety-recheck-questions = Gracias por decírmelo. Vamos a repasar las preguntas para saber qué está pasando.
safety-cleared = Gracias por ir a que te revisaran. Aquí tienes tu plan.
safety-cleared-questions = Gracias por ir a que te revisaran. Unas preguntas más y tu plan estará listo.
safety-nothing-to-clear = Ahora mismo no hay nada pendiente del visto bueno de un profesional.
# "It went away on its own" (or "not yet") about a sign that locks: not an all-clear.
safety-gone-emergency = Me alegra que haya mejorado. Aun así, esto puede ir y venir mientras la causa sigue ahí: { $signs }. <b>Llama ahora al { $emergency } o ve a urgencias.</b>
safety-gone-same-day = Me alegra que haya mejorado. Aun así, esto tiene que examinarlo un profesional antes de los ejercicios: { $signs }. <b>Por favor, consulta hoy con un médico: { $line }.</b>

safety-where-locked = Tu plan espera hasta que te haya examinado un profesional sanitario. <b>Por favor, consulta hoy con un médico: { $line }.</b> Después, envía /checkup.
safety-where-emergency = La última vez me hablaste de una señal que necesita atención de emergencia: <b>llama ahora al { $emergency } o ve a urgencias.</b> Cuando te hayan visto, envía /checkup.
safety-emergency-locked =
    <b>Llama ahora al { $emergency } o ve a urgencias.</b>
    Tus últimas respuestas mostraron una señal que necesita atención de emergencia, así que no te propongo ejercicios.
    Cuando te haya examinado un profesional sanitario, envía /checkup y empezamos de nuevo.
safety-blocked-plan = Tu plan está en espera hasta que un médico te haya revisado. Termina las preguntas con /checkup.
safety-go-ahead-plan = Tu plan espera el visto bueno de tu cirujano o de tu fisioterapeuta. Cuando lo tengas, envía /checkup.

# A voice note, picture, video, file or sticker: one calm answer a burst.
safety-cannot-read =
    Lo siento, no puedo escuchar mensajes de voz ni ver fotos, vídeos o archivos. Solo leo texto y botones.
    Si está pasando algo nuevo o que te asusta: en una emergencia, llama al { $emergency }; si no es una emergencia, { $line }.
    /flare tiene una rutina suave para una mala racha, y /checkup repasa otra vez las preguntas de seguridad.

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
