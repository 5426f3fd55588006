## Looking after a sore back: the morning-after question, the weekly re-check, gentle days,
## the pause after a second bad session, and /flare.

care-settled-question = Ayer tenías la espalda más dolorida después de la sesión. ¿Se ha calmado desde entonces?
care-settled-yes-button = Sí, se calmó
care-settled-no-button = No, sigue peor
care-settled-noted-yes = Las molestias de ayer: se calmaron ✓
care-settled-noted-no = Las molestias de ayer: no se calmaron
care-settled-yes = Bien. Es tu espalda acostumbrándose a los ejercicios, y cuenta como una buena sesión.
care-settled-yes-big = Bien, me alegra que se haya calmado. Ayer el dolor subió mucho, así que durante unas cuantas sesiones seguiremos con la dosis más fácil y, a partir de ahí, volveremos a subir poco a poco.
care-settled-no-same = Gracias por decírmelo. Mantenemos la dosis como está y hoy vamos con calma.
care-settled-no-eased = Gracias por decírmelo. Desde hoy:
care-settled-see = Si las molestias siguen más de unos días, por favor, consulta con tu médico de familia o con un fisioterapeuta.
# One line per way the exercises were made easier ($names: one or more exercises).
care-eased-levels = • { $names }: un nivel más fácil
care-eased-lighter = • { $names }: una dosis más ligera, con menos repeticiones y aguantando menos tiempo
care-flare-button = Rutina suave para una crisis

care-recheck-weekly = Semana nueva: una revisión rápida de seguridad. ¿Te ha aparecido algo de esto desde la semana pasada?
care-recheck-after-worse = Como te ha subido el dolor, una revisión rápida de seguridad: ¿te ha aparecido algo de esto?
care-recheck-signs =
    { -early-signs }
    • dolor en el pecho, una caída grave, o dolor repentino de barriga con sensación de desmayo
    • fiebre o escalofríos, o una infección nueva
    • una hinchazón o una forma extraña en la espalda, o dolor nocturno que no se alivia en ninguna postura
    • perder peso sin proponértelo
care-recheck-none-button = Ninguna de estas
care-recheck-new-button = Sí, algo nuevo
care-recheck-noted-none = Revisión de seguridad: nada nuevo ✓
care-recheck-noted-new = Revisión de seguridad: algo nuevo. Repasemos las preguntas.

care-gentle-day =
    Hoy tienes mucho dolor, así que hoy toca un día suave: la inclinación hacia atrás de pie y el estiramiento con giro de rodillas, con la mitad de repeticiones.
    Lo que ayuda: seguir moviéndote con suavidad en lugar de quedarte en la cama, una bolsa de calor en la espalda y analgésicos según te indiquen en la farmacia. Si el dolor no mejora en unos días, o te impide hacer las cosas del día a día, consulta con tu médico de familia.
    Llama enseguida al { $emergency } si alguna de estas cosas es nueva:
    { -early-signs }
care-worst-ever = Un dolor así de fuerte, si es nuevo o el peor que has tenido, debe revisarlo hoy un médico: { $line }.

care-paused =
    Es la segunda vez en dos semanas que te sube el dolor después de una sesión. He puesto en pausa tu plan y tus recordatorios por ahora.
    Por favor, consulta con tu médico de familia o con un fisioterapeuta antes de seguir con el plan completo. Cuando te hayan visto y te digan que puedes seguir, toca el primer botón. O, mientras tanto, prueba el plan suave: la inclinación hacia atrás y el giro de rodillas, con la mitad de repeticiones.
care-pause-seen-button = Ya me vio un profesional
care-pause-gentle-button = Probar el plan suave
care-not-paused = Tu plan no está en pausa.
care-resumed-seen = Bien, gracias por ir a que te revisaran. Tu plan y tus recordatorios vuelven a estar activos.
care-resumed-gentle = Pues plan suave. Tus recordatorios vuelven a estar activos. Cuando te sientas con fuerzas para el plan completo, envía /checkup.

care-flare =
    <b>Una crisis de dolor</b>
    Una mala racha de dolor de espalda suele calmarse en unos días o en un par de semanas. Rara vez significa que haya algo dañado.
    Lo que ayuda: seguir moviéndote con suavidad (el reposo prolongado lo empeora), una bolsa de calor o de frío, y analgésicos según te indiquen en la farmacia. Haz la rutina suave de abajo una o dos veces al día.
    Consulta con tu médico de familia si no va mejorando después de un par de semanas, o si te impide hacer las cosas del día a día. Consulta hoy con un médico ({ $line }) si tienes fiebre, o dolor por la noche que no se alivia en ninguna postura.
    Llama enseguida al { $emergency } si alguna de estas cosas es nueva:
    { -early-signs }
care-flare-go-button = Empezar la rutina suave
