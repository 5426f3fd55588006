## /report: un PDF para tu médico de cabecera o tu fisioterapeuta.

report-ask = { $named ->
    [yes] <b>Un informe para tu médico o tu fisioterapeuta</b>
        Te preparo un PDF de una o dos páginas: tu plan, tus sesiones, tu dolor y el control de actividades, y las señales de alarma que me hayas contado. Lleva el nombre <b>{ $name }</b>.
        ¿Quieres preguntarles algo? Escríbelo en una línea y lo pongo arriba del informe, o toca Omitir.
   *[no] <b>Un informe para tu médico o tu fisioterapeuta</b>
        Te preparo un PDF de una o dos páginas: tu plan, tus sesiones, tu dolor y el control de actividades, y las señales de alarma que me hayas contado. Todavía no lleva ningún nombre.
        ¿Quieres preguntarles algo? Escríbelo en una línea y lo pongo arriba del informe, o toca Omitir.
 }
report-skip-button = Omitir: hacer el informe
report-name-button = Poner otro nombre
report-ask-name = Escribe el nombre que quieres en el informe, por ejemplo tu nombre completo (hasta { $limit } caracteres).
report-name-empty = Necesito unas letras para el nombre. ¿Qué nombre pongo en el informe?
report-name-too-long = Son { $length } caracteres; el nombre debe tener menos de { $limit }. ¿Qué nombre pongo en el informe?
report-question-empty = Necesito unas palabras para la pregunta, o toca Omitir arriba.
report-question-too-long = Son { $length } caracteres; escribe menos de { $limit }, en una sola línea, para que quepa arriba del informe. ¿Qué quieres preguntar?
report-made-already = Ese informe ya está hecho. Envía /report para uno nuevo.
report-nothing-yet = Para un informe necesito antes tus respuestas. Envía /start y repasamos las preguntas juntos; después /report prepara un resumen para tu médico o tu fisioterapeuta.
report-caption = Tu informe para tu médico o tu fisioterapeuta. Enséñalo en el móvil o imprímelo. Lo preparo de nuevo cada vez con lo que me has contado.
report-offer = 📄 ¿Vas a ir? /report prepara un resumen breve para enseñárselo.

report-title = { $named ->
    [yes] Informe de Back Coach: { $name }
   *[no] Informe de Back Coach
 }
report-period = Hecho el { $made }. Abarca del { $start } a hoy ({ $span }).
report-span-days = { $days ->
    [one] 1 día
   *[other] { $days } días
 }
report-span-weeks = { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
 }
report-about = Back Coach es un chatbot de Telegram que guía un programa en casa de cinco ejercicios para el dolor lumbar y guarda lo que la persona le cuenta. Todos los datos los aporta la propia persona. No es un producto sanitario, y este informe no es un diagnóstico.
report-question-label = { $named ->
    [yes] { $name } quiere preguntar:
   *[no] La persona quiere preguntar:
 }
report-glance-title = De un vistazo
report-glance-sessions = Sesiones: { $done } hechas de { $planned } previstas (dos al día) desde el { $since }.
report-glance-pain-down = Dolor antes de las sesiones, últimas cuatro semanas: bajó de { $start } a { $end } sobre 10 (en { $days ->
    [one] 1 día
   *[other] { $days } días
 }).
report-glance-pain-up = Dolor antes de las sesiones, últimas cuatro semanas: subió de { $start } a { $end } sobre 10 (en { $days ->
    [one] 1 día
   *[other] { $days } días
 }).
report-glance-pain-steady = Dolor antes de las sesiones, últimas cuatro semanas: estable en torno a { $end } sobre 10 (en { $days ->
    [one] 1 día
   *[other] { $days } días
 }).
report-glance-pain-early = Dolor: todavía hay pocos datos para ver una tendencia.
report-glance-function-none = Control de actividades: todavía no hecho.
report-glance-function-first = Control de actividades: solo las primeras puntuaciones, aún nada que comparar.
report-glance-function-better = Control de actividades: al menos una actividad mejoró 2 puntos o más, ninguna empeoró.
report-glance-function-worse = Control de actividades: al menos una actividad empeoró 2 puntos o más.
report-glance-function-same = Control de actividades: todavía ningún cambio de 2 puntos o más.
report-glance-signs = Señales de alarma: { $open ->
    [one] 1 sin revisar aún
   *[other] { $open } sin revisar aún
 }, { $cleared ->
    [one] 1 revisada por un profesional
   *[other] { $cleared } revisadas por un profesional
 } (detalles abajo).
report-glance-signs-none = Señales de alarma: ninguna indicada.
report-glance-not-improving = Tras seis semanas o más, el dolor no ha bajado 2 puntos: Back Coach aconsejó ir al médico de cabecera o al fisioterapeuta.
report-glance-paused = El plan está en pausa desde el { $day }: el dolor subió tras dos sesiones en dos semanas.
report-glance-gentle = La persona hace el plan suave (dos ejercicios con la mitad de repeticiones).

report-weeks-title = Sesiones y dolor, semana a semana
report-weeks-head-week = Semana desde
report-weeks-head-sessions = Sesiones hechas / previstas
report-weeks-head-before = Dolor antes
report-weeks-head-after = Dolor después
report-weeks-cell = { $done } / { $planned }
report-weeks-note = El dolor se puntúa de 0 (nada) a 10 (el peor imaginable) antes y después de cada sesión; la tabla muestra la mediana de cada semana.
report-chart-title = Dolor antes y después, cada día
report-chart-too-little = La gráfica del dolor empieza cuando haya dos días con puntuación.

report-plan-title = El plan de ejercicios
report-plan-head-exercise = Ejercicio
report-plan-head-level = Nivel y dosis
report-plan-head-why = Por qué está en el plan
report-plan-level = Nivel { $number } de { $count }: { $name }
report-plan-on-hold = En pausa por ahora
report-plan-none = Todavía no hay plan: las preguntas no están terminadas.
report-plan-lock-emergency = El plan está bloqueado: la persona indicó una señal que requiere atención urgente.
report-plan-lock-awaiting_clearance = El plan está bloqueado hasta que un profesional revise las señales de alarma de abajo.
report-plan-lock-awaiting_go_ahead = El plan espera el visto bueno del cirujano o del fisioterapeuta tras una operación de espalda reciente.
report-plan-lock-pain_pause = El plan está en pausa porque el dolor subió dos veces en dos semanas; sigue cuando un profesional haya visto a la persona, o con el plan suave.

report-function-title = Control de actividades (Patient-Specific Functional Scale)
report-function-intro = Actividades que a la persona le cuestan, cada una puntuada de 0 (no puede hacerla) a 10 (como antes del problema de espalda). Un cambio de 2 puntos o más es significativo.
report-function-dates = { $count ->
    [one] 1 control, el { $first }.
   *[other] { $count } controles, el primero el { $first }, el último el { $latest }.
 }
report-function-head-activity = Actividad (en sus palabras)
report-function-head-first = Primera
report-function-head-latest = Última
report-function-head-change = Cambio
report-function-meaningful = { $signed } (significativo)
report-function-none = Todavía no hecho.

report-support-title = Cuánto afecta la espalda a la vida diaria
report-support-intro = Un cuestionario breve sobre cuánto apoyo puede necesitar la persona; una puntuación más alta significa más.
report-support-change = La puntuación pasó de { $first } a { $latest }.
report-support-head-date = Fecha
report-support-head-score = Puntuación
report-support-head-group = Grupo
report-support-group-lower = necesidad menor
report-support-group-medium = necesidad media
report-support-group-higher = necesidad mayor

report-signs-title = Señales de alarma
report-signs-none = Ninguna indicada, ni en las preguntas de seguridad ni en mensajes escritos.
report-signs-head-sign = Señal
report-signs-head-tier = Cuándo debe verla un médico
report-signs-head-reported = Indicada
report-signs-head-cleared = Revisada
report-signs-not-cleared = aún no
report-signs-note = «Revisada» se basa en lo que dice la persona: que un profesional la examinó en persona y le permitió hacer ejercicio. Si una señal revisada vuelve, se pregunta de nuevo («¿es nueva o peor que cuando te vieron?») y el plan se detiene salvo que siga igual.
report-sign-unsure = { $sign } (no está segura)
report-tier-emergency = Urgencias, ya
report-tier-same_day = Un médico el mismo día
report-tier-soon = El médico de cabecera en unos días
report-sign-em_saddle = Entumecimiento en genitales o nalgas (zona en silla de montar)
report-sign-em_bladder = Dificultad nueva para orinar, o pérdida del control de la vejiga o del intestino
report-sign-em_bowel = Cambio en el control o la sensación intestinal
report-sign-em_sexual = Cambio nuevo en sensibilidad genital, erección o eyaculación
report-sign-em_sciatica = Ciática en ambas piernas
report-sign-em_legs = Debilidad o entumecimiento en las piernas
report-sign-em_chest = Dolor torácico
report-sign-em_accident = Dolor de espalda tras accidente o caída grave
report-sign-em_tummy = Dolor brusco abdominal y de espalda con sensación de desmayo
report-sign-ur_fever = Fiebre o escalofríos
report-sign-ur_immune = Sistema inmunitario debilitado, o consumo de drogas inyectadas
report-sign-ur_infection = Infección bacteriana reciente
report-sign-ur_fall = Caída o golpe leve con osteoporosis o corticoides prolongados
report-sign-ur_fracture = Dolor central intenso que solo alivia tumbado
report-sign-ur_swelling = Hinchazón o deformidad en la espalda
report-sign-ur_night = Dolor nocturno que no alivia ninguna postura
report-sign-ur_high = Dolor alto en la espalda, entre los omóplatos
report-sign-ur_cough = Dolor mucho peor al toser, estornudar o hacer fuerza
report-sign-so_cancer = Antecedentes de cáncer
report-sign-so_weight = Pérdida de peso sin causa
report-sign-so_age = Dolor de espalda nuevo por encima de 50 o por debajo de 20 años
report-sign-so_month = Ninguna mejoría en un mes
report-sign-so_inflammatory = Tipo inflamatorio: rigidez matinal que mejora al moverse
report-sign-em_other = Una señal que requiere urgencias (versión anterior de las preguntas, sin nombre)
report-sign-ur_other = Una señal que requiere un médico el mismo día (versión anterior de las preguntas, sin nombre)

report-cautions-title = Precauciones
report-cautions-none = Ninguna indicada (embarazo, operación de espalda reciente, osteoporosis, problemas de equilibrio).
report-caution-pregnant = Embarazo: ningún ejercicio boca abajo, y antes el visto bueno de la matrona o del médico.
report-caution-surgery-ok = Operación de espalda reciente: la persona dice que el cirujano o el fisioterapeuta aprobaron estos ejercicios.
report-caution-surgery-waiting = Operación de espalda reciente: el plan espera el visto bueno del cirujano o del fisioterapeuta.
report-caution-osteoporosis = Osteoporosis: sin pesas, sin forzar la flexión hasta el suelo.
report-caution-balance = Problemas de equilibrio: ejercicios de pie agarrándose, o versiones tumbadas.

report-care-title = Crisis, subidas de dolor y pausas
report-care-flares = { $count ->
    [one] Los consejos para una crisis se abrieron una vez: { $days }.
   *[other] Los consejos para una crisis se abrieron { $count } veces, las últimas: { $days }.
 }
report-care-no-flares = Los consejos para una crisis no se abrieron.
report-care-rises = { $count ->
    [one] El dolor empeoró tras 1 sesión (2 puntos o más, o hasta 8 o más): { $rises }.
   *[other] El dolor empeoró tras { $count } sesiones (2 puntos o más, o hasta 8 o más), las últimas: { $rises }.
 }
report-care-rise = { $day } ({ $before } → { $after })
report-care-no-rises = El dolor no empeoró tras ninguna sesión (2 puntos o más, o hasta 8 o más).
report-care-paused = En pausa el { $day }: el dolor subió tras dos sesiones en dos semanas.
report-care-resumed_seen = Reanudado el { $day }: la persona dice que la vio un profesional.
report-care-resumed_gentle = Reanudado el { $day } con el plan suave.
report-care-paused-now = El plan está en pausa ahora (desde el { $day }).
report-footer = Informe de Back Coach · datos aportados por la persona, no es un diagnóstico · página { $page } de { $pages }
