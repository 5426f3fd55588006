## El curso de lecciones breves: una al día, cada una termina con una pregunta.
## Con nuestras propias palabras, a partir de los consejos del NHS y de NICE NG59 (facts.md).

lessons-offer-line = 📖 Tu lección de dos minutos de hoy: <b>{ $title }</b>
lessons-read-button = 📖 Leer la lección de hoy
lessons-title = 📖 <b>{ $title }</b>
lessons-quiz =
    <b>Comprobación rápida</b>
    { $question }
lessons-answered =
    <b>Comprobación rápida</b>
    { $question }

    Tu respuesta: <b>{ $answer }</b>
lessons-next-tomorrow = Tu próxima lección llega mañana. /learn las muestra todas.
lessons-course-done = Con esta has leído el curso entero: muy bien. En /learn tienes cada lección para volver a leerla.
lessons-list =
    <b>📚 Lecciones</b>
    Dos minutos cada una. { $read ->
        [0] Toca una para leerla.
       *[other] ✓ marca las { $read } que has leído; toca cualquiera para leerla.
    }
lessons-list-next = La siguiente de tu curso: <b>{ $title }</b>
lessons-held-no-plan = Las lecciones se abren cuando hayamos pasado por las preguntas de seguridad. Envía /start.
lessons-held-locked = Mientras tu plan está en pausa, las lecciones esperan. Sigue primero el consejo de arriba, por favor.
lessons-held-in-session = Tienes una sesión en marcha: termínala (o detenla) y luego abre la lección.
lessons-already-open = Esa lección se acaba de abrir, mira arriba.
lessons-already-answered = Ya respondida, gracias.
lessons-learn-locked = Mientras tu plan está en pausa, las lecciones esperan, para que mi consejo quede claro por sí solo. Cuando te hayan revisado, envía /learn de nuevo.
lessons-learn-no-plan = Las lecciones se abren cuando hayamos pasado juntos por las preguntas de seguridad. Envía /start para empezar.

## hurt_not_harm

lesson-hurt_not_harm-title = Dolor no es daño
lesson-hurt_not_harm-body =
    El dolor de espalda puede asustar, pero lo mucho que duele dice poco sobre si hay daño. La mayoría del dolor de espalda viene de músculos, articulaciones y nervios que se han vuelto sensibles, no de algo roto o fuera de su sitio.

    Piensa en el dolor como una alarma demasiado sensible: suena fuerte para protegerte, aunque nada se esté dañando. Por eso un movimiento puede doler y aun así ser seguro.

    Así que algo de molestia al hacer ejercicio es esperable y está bien. Un poco más de dolor que se calma en un día no es señal de daño. (Las señales de alarma son otra cosa: /checkup vuelve a preguntar por ellas).
lesson-hurt_not_harm-question = Te duele un poco más la espalda durante un ejercicio. ¿Qué significa lo más probable?
lesson-hurt_not_harm-option-harm = Me estoy dañando la espalda
lesson-hurt_not_harm-option-sensitive = Mi espalda está sensible, no dañada
lesson-hurt_not_harm-option-stop = Debo dejar de moverme para siempre
lesson-hurt_not_harm-right = Exacto. El dolor es una alarma que protege, y en el dolor de espalda suele estar demasiado alta. Un poco más de dolor que se calma en un día es seguro: sigue con suavidad.
lesson-hurt_not_harm-wrong = Mucha gente lo piensa, y la preocupación es comprensible. Pero en el dolor de espalda la alarma suele ser demasiado sensible: más dolor suele significar una espalda sensible, no dañada. Un poco más de dolor que se calma en un día es seguro.

## sensitive_system

lesson-sensitive_system-title = Por qué el dolor puede durar más
lesson-sensitive_system-body =
    Los tejidos de la espalda suelen curarse en unas semanas. Aun así, el dolor puede seguir, porque el sistema nervioso que lo produce sigue en alerta.

    Imagina un botón de volumen. El estrés, dormir mal, la preocupación por la espalda, el ánimo bajo y el cansancio lo suben. El movimiento suave, dormir bien, lo que te gusta hacer y confiar en tu espalda lo bajan.

    Es una buena noticia. El dolor es real, pero no mide el daño, y tienes varias formas de bajarlo, no solo una.
lesson-sensitive_system-question = ¿Cuál de estas cosas puede subir el dolor de espalda?
lesson-sensitive_system-option-sleep = Dormir mal y el estrés
lesson-sensitive_system-option-walk = Un paseo suave cada día
lesson-sensitive_system-option-enjoy = Hacer cosas que me gustan
lesson-sensitive_system-right = Correcto. Dormir mal, el estrés, la preocupación y el ánimo bajo suben el volumen; los paseos, el buen descanso y lo que te gusta lo bajan.
lesson-sensitive_system-wrong = Esa en realidad ayuda: el movimiento suave y lo que te gusta suelen bajar el volumen. Lo que lo sube es dormir mal y el estrés.

## keep_moving

lesson-keep_moving-title = Muévete: el reposo frena la mejoría
lesson-keep_moving-body =
    Cuando duele la espalda, tumbarse parece lo más seguro. Pero el reposo prolongado empeora el dolor y retrasa la recuperación: los músculos se agarrotan y se debilitan, y la espalda se vuelve más sensible, no menos.

    Quien se mantiene tan activo como puede, y vuelve antes a su día a día, se recupera más rápido. No se trata de aguantar un dolor fuerte. Se trata de seguir con lo de cada día, adaptado si hace falta: paseos más cortos, más pausas, cambiar de postura cada media hora.

    Descansar un rato cuando duele mucho está bien. Pasar días en la cama, no.
lesson-keep_moving-question = Hoy te duele la espalda. ¿Qué ayuda más a recuperarte?
lesson-keep_moving-option-bed = Unos días en la cama
lesson-keep_moving-option-active = Seguir tan activo como pueda
lesson-keep_moving-option-still = Evitar agacharme del todo
lesson-keep_moving-right = Sí. Sigue moviéndote, adaptado a cómo te encuentres. Un descanso corto está bien; el reposo largo retrasa la recuperación.
lesson-keep_moving-wrong = A mucha gente se lo dijeron, pero suele retrasar la recuperación: la espalda se agarrota y se vuelve más sensible. Lo que más ayuda es seguir tan activo como puedas, adaptado a cómo te encuentres.

## scans_and_wear

lesson-scans_and_wear-title = Pruebas de imagen y "desgaste"
lesson-scans_and_wear-body =
    Mucha gente espera que una resonancia o una radiografía muestre qué pasa. En la mayoría del dolor de espalda no hace falta: las guías desaconsejan hacerlas de rutina, porque casi nunca cambian lo que ayuda.

    Además, encuentran cosas que suenan preocupantes pero son normales: discos desgastados, abombamientos, "degeneración". Aparecen en muchísimas personas sin ningún dolor de espalda y son más frecuentes con la edad, como las canas. A menudo no explican el dolor.

    Un médico pedirá una prueba cuando las señales de alarma o la evolución del dolor lo pidan. Si un informe trae palabras que asustan, recuerda que describen cambios normales mucho más a menudo que daños.
lesson-scans_and_wear-question = Una prueba muestra "desgaste discal". ¿Qué suele significar?
lesson-scans_and_wear-option-damage = Mi espalda está muy dañada
lesson-scans_and_wear-option-normal = Un cambio común, a menudo sin dolor
lesson-scans_and_wear-option-never = Nunca dejaré de tener dolor
lesson-scans_and_wear-right = Eso es. El desgaste aparece en las pruebas de muchas personas que no tienen ningún dolor. Se parece más a las canas que a una lesión.
lesson-scans_and_wear-wrong = Las palabras suenan alarmantes, y no es culpa tuya. Pero el desgaste discal aparece en mucha gente sin ningún dolor: es un cambio normal con la edad que rara vez explica el dolor por sí solo.

## bending_is_normal

lesson-bending_is_normal-title = Agacharse y levantar es normal
lesson-bending_is_normal-body =
    Tu columna está hecha para doblarse. Inclinarte hacia delante, levantar una bolsa o atarte los zapatos son movimientos normales, y una espalda que los evita suele volverse más rígida y sensible.

    No hay una única forma "correcta" de levantar peso que proteja la espalda. Llevar la carga cerca del cuerpo y tomarte tu tiempo lo hacen más fácil, pero una espalda redondeada no es peligrosa.

    Si agacharte te da miedo, es comprensible. Tu plan lo recupera paso a paso, a un ritmo que tu espalda puede llevar. Cada vez que sale bien, tu espalda y tu confianza aprenden que es seguro.
lesson-bending_is_normal-question = ¿Es seguro agacharse con la espalda redondeada?
lesson-bending_is_normal-option-never = No, siempre recta
lesson-bending_is_normal-option-normal = Sí, es un movimiento normal
lesson-bending_is_normal-option-brace = Solo con una faja
lesson-bending_is_normal-right = Correcto. Doblarse es lo que hacen las columnas. Recuperarlo paso a paso, como hace tu plan, da fuerza y confianza.
lesson-bending_is_normal-wrong = Es una creencia muy extendida, pero no existe una única postura segura: agacharse con la espalda redondeada es un movimiento normal. Evitarlo suele dejar la espalda más rígida y sensible.

## pacing

lesson-pacing-title = Constancia mejor que altibajos
lesson-pacing-body =
    En un buen día apetece hacerlo todo de golpe y luego pagarlo con dos días malos. Ese ir de un extremo a otro deja que el dolor mande.

    Dosificarse funciona mejor: más o menos lo mismo cada día, sea bueno o malo, y pequeños pasos hacia arriba cada pocos días. Si caminar 20 minutos te sienta bien, camina 20 minutos al día durante unos días y luego prueba con 25.

    Busca tu punto de partida, lo que puedes hacer en un mal día sin una gran recaída, empieza un poco por debajo y sube desde ahí. Tu plan solo te ofrece el siguiente nivel tras varias sesiones buenas: eso también es dosificarse.
lesson-pacing-question = Hoy te encuentras genial. ¿Qué sería dosificarse?
lesson-pacing-option-all = Hacer todo lo pendiente
lesson-pacing-option-steady = Lo de siempre, quizá algo más
lesson-pacing-option-nothing = Guardar fuerzas y no hacer nada
lesson-pacing-right = Sí: más o menos lo de siempre, subiendo poco a poco. Así los días buenos se suman en vez de costarte los dos siguientes.
lesson-pacing-wrong = Es comprensible, pero así oscilas entre demasiado y demasiado poco. Una cantidad constante, con pequeños pasos hacia arriba, te lleva más lejos que los altibajos.

## flare_ups

lesson-flare_ups-title = Las crisis son comunes y pasan
lesson-flare_ups-body =
    Aunque vayas mejorando, tu espalda puede tener una crisis: unos días con más dolor, a veces sin motivo claro. Las crisis son frecuentes, suelen calmarse en unos días o un par de semanas y no son señal de un daño nuevo.

    Lo que ayuda: seguir moviéndote con suavidad, aunque sea poco; calor si te alivia; reducir los ejercicios en vez de dejarlos; mantener tu rutina de sueño. /flare tiene una rutina suave para esos días.

    Hazte revisar si una crisis llega con alguna señal de alarma, es mucho peor de lo habitual o no se calma tras un par de semanas.
lesson-flare_ups-question = Tras una buena semana, tu espalda tiene una crisis. ¿Qué es cierto?
lesson-flare_ups-option-damage = Me he vuelto a lesionar
lesson-flare_ups-option-settle = Es común y suele calmarse
lesson-flare_ups-option-lost = He perdido todo mi avance
lesson-flare_ups-right = Sí. Las crisis forman parte de la recuperación de mucha gente y suelen calmarse en días o un par de semanas. Baja el ritmo, sigue moviéndote con suavidad; /flare tiene una rutina para esos días.
lesson-flare_ups-wrong = Puede sentirse así, pero una crisis no suele ser un daño nuevo, y no borra tu avance. La mayoría se calman en días o un par de semanas; /flare tiene una rutina suave para ellas.

## sleep

lesson-sleep-title = El sueño y el dolor de espalda
lesson-sleep-body =
    El dolor dificulta dormir, y dormir mal hace que el dolor se sienta peor: un círculo que mucha gente conoce.

    Lo que ayuda: acostarte y levantarte más o menos a la misma hora; una última hora más tranquila y con menos pantallas; una ducha caliente o calor antes de dormir si alivia tu espalda; una postura cómoda, quizá con una almohada entre las rodillas o debajo de ellas. No hay un colchón ni una postura mejores para todos.

    Si el dolor te despierta, levántate y muévete con suavidad unos minutos en vez de quedarte tenso en la cama. Si es tan fuerte que no puedes dormir, o por la noche ninguna postura lo alivia, consulta a un médico ese mismo día.
lesson-sleep-question = ¿Qué relación hay entre el sueño y el dolor de espalda?
lesson-sleep-option-none = El sueño no afecta al dolor
lesson-sleep-option-loop = Dormir mal puede subir el dolor
lesson-sleep-option-mattress = Solo importa el colchón
lesson-sleep-right = Correcto. El dolor y el mal sueño se alimentan mutuamente, así que una rutina estable ayuda a ambos.
lesson-sleep-wrong = No del todo. Dormir mal sube el volumen del dolor, y el dolor altera el sueño. Una rutina estable y una postura cómoda ayudan más que cualquier colchón.

## stress_mood

lesson-stress_mood-title = Estrés, ánimo y tu espalda
lesson-stress_mood-body =
    Cuando estás estresado, preocupado o bajo de ánimo, el dolor de espalda suele sentirse peor. El estrés mantiene los músculos tensos y el sistema nervioso en alerta, y el ánimo bajo hace más difícil mantenerse activo. Eso no significa que el dolor esté "en tu cabeza": así funciona el dolor en todo el mundo.

    Las cosas pequeñas ayudan: seguir haciendo algo que te guste, mantener el contacto con la gente, salir al aire libre y soltar el aire despacio, que calma la alarma.

    Si llevas semanas bajo de ánimo o has dejado de disfrutar de las cosas, habla con tu médico de familia: es frecuente con el dolor y tiene tratamiento. Si alguna vez piensas en hacerte daño, llama ahora al { $emergency }.
lesson-stress_mood-question = El estrés empeora tu dolor de espalda. ¿Significa eso que el dolor no es real?
lesson-stress_mood-option-real = No, el estrés sube un dolor real
lesson-stress_mood-option-fake = Sí, está todo en mi cabeza
lesson-stress_mood-option-nothing = El estrés no tiene nada que ver
lesson-stress_mood-right = Exacto. El dolor es real; el estrés y el ánimo bajo suben su volumen, en todo el mundo. Aliviarlos es parte de aliviar el dolor.
lesson-stress_mood-wrong = El dolor es real, y aun así el estrés influye: no crea dolor de la nada, pero sube su volumen, en todo el mundo. Por eso cuidar el estrés y el ánimo ayuda a tu espalda.

## work

lesson-work-title = Seguir trabajando o volver
lesson-work-body =
    El trabajo suele ser bueno para recuperarse. Quien sigue trabajando, o vuelve pronto, suele recuperarse antes que quien espera a que el dolor desaparezca del todo.

    No necesitas estar sin dolor para trabajar. Lo que ayuda es adaptar el trabajo durante un tiempo: cambiar de postura a menudo, paseos cortos en las pausas, tareas más ligeras o jornadas más cortas al principio, y hablar con tu responsable sobre qué te ayudaría.

    Si tu trabajo es físicamente duro, o el dolor lo hace muy difícil, pregunta a tu médico de familia o a un fisioterapeuta por una vuelta progresiva.
lesson-work-question = ¿Cuándo es mejor volver al trabajo?
lesson-work-option-painfree = Cuando el dolor haya desaparecido
lesson-work-option-early = Pronto, con cambios si hace falta
lesson-work-option-scan = Solo tras una resonancia
lesson-work-right = Sí. Seguir trabajando, o volver pronto con algunos cambios, ayuda a recuperarse. No tienes que esperar a estar sin dolor.
lesson-work-wrong = Mucha gente espera a eso, pero esperar suele retrasar la recuperación. Volver pronto, con cambios durante un tiempo, funciona mejor para la mayoría.

## medicines

lesson-medicines-title = Los medicamentos, a grandes rasgos
lesson-medicines-body =
    Los medicamentos pueden quitar lo peor del dolor para que sigas moviéndote. Por sí solos no curan el dolor de espalda.

    Para el dolor lumbar, NICE, el organismo británico de guías clínicas, propone un antiinflamatorio en comprimidos durante poco tiempo, si es seguro para ti. Desaconseja el paracetamol solo, los opioides para el dolor de espalda de larga duración y los medicamentos para el dolor neuropático o antidepresivos solo por dolor de espalda.

    Que un medicamento sea seguro para ti depende de tu salud y de tus otros medicamentos: pregunta al farmacéutico, normalmente sin cita. Yo nunca doy dosis; sigue el prospecto y lo que te digan en la farmacia o tu médico.
lesson-medicines-question = ¿Quién puede decirte si un analgésico es seguro para ti?
lesson-medicines-option-pharmacist = El farmacéutico o mi médico
lesson-medicines-option-coach = Este coach
lesson-medicines-option-friend = Alguien a quien le funcionó
lesson-medicines-right = Correcto. En la farmacia pueden comprobar un medicamento con tu salud y tus otros medicamentos, a menudo sin cita.
lesson-medicines-wrong = Pregunta al farmacéutico o a tu médico: que un medicamento sea seguro depende de tu salud y de tus otros medicamentos. Yo nunca aconsejo dosis.

## heat_walking

lesson-heat_walking-title = Calor y caminar
lesson-heat_walking-body =
    Dos cosas sencillas ayudan a mucha gente con dolor de espalda.

    Calor: una bolsa de agua caliente envuelta en una toalla, una almohadilla térmica o una ducha caliente pueden aliviar un rato los músculos tensos y doloridos. Hay quien prefiere el frío. Usa lo que te siente mejor, unos 20 minutos, nunca directamente sobre la piel.

    Caminar: un paseo es de lo mejor para una espalda dolorida. Empieza por lo que te resulte cómodo, aunque sean cinco minutos, y añade un poco cada pocos días. Los paseos regulares a ritmo tranquilo cuentan más que los largos.
lesson-heat_walking-question = ¿Qué ayuda a mucha gente con la espalda dolorida?
lesson-heat_walking-option-walk = Paseos cortos y regulares
lesson-heat_walking-option-still = Estar sentado todo el día
lesson-heat_walking-option-ice = Hielo directo sobre la piel
lesson-heat_walking-right = Sí. Los paseos regulares, y el calor para los músculos tensos, alivian muchas espaldas. Empieza poco a poco y ve subiendo.
lesson-heat_walking-wrong = Esa no. Los paseos cortos y regulares ayudan a la mayoría, y el calor (envuelto, unos 20 minutos) puede aliviar los músculos doloridos. El hielo o el calor nunca van directos sobre la piel.

## confidence

lesson-confidence-title = Volver a confiar en tu espalda
lesson-confidence-body =
    Tras un dolor de espalda es natural moverse con cuidado y evitar lo que dolió alguna vez. Pero evitar el movimiento mucho tiempo deja la espalda más rígida, débil y sensible, y entonces duelen aún más cosas.

    La confianza vuelve haciendo, a pequeños pasos: elige algo que hayas estado evitando, prueba una versión pequeña y fíjate en que salió bien. Luego, un poco más.

    Quien ve su espalda con optimismo suele recuperarse antes. No necesitas sentir confianza primero: crece con cada cosa que haces. Cada sesión que terminas demuestra que tu espalda puede.
lesson-confidence-question = ¿Cómo crece la confianza en tu espalda?
lesson-confidence-option-avoid = Evitando lo que me dolió
lesson-confidence-option-steps = Con pasos pequeños que salen bien
lesson-confidence-option-wait = Esperando a que no duela nada
lesson-confidence-right = Sí. Cada paso pequeño que sale bien te enseña, a ti y a tu espalda, que es seguro. Todo suma.
lesson-confidence-wrong = Parece más seguro, pero con el tiempo suele volver la espalda más sensible. La confianza crece con pasos pequeños que salen bien, uno tras otro.

## why_exercise_works

lesson-why_exercise_works-title = Por qué ayuda el ejercicio
lesson-why_exercise_works-body =
    El ejercicio es uno de los tratamientos mejor respaldados para el dolor de espalda. Fortalece y suelta la espalda, calma el sistema nervioso sensible, ayuda al sueño y al ánimo, y te muestra lo que tu espalda puede hacer.

    Lo sorprendente: no existe un único ejercicio mejor. Caminar, nadar, yoga, pilates, el trabajo de fuerza y los ejercicios de tu plan ayudan todos. El mejor ejercicio es el que de verdad haces, con regularidad.

    Así que si una sesión te pesa, cambia algo: la hora, una versión más corta o un paseo en su lugar. Un poco casi todos los días vale más que mucho de vez en cuando.
lesson-why_exercise_works-question = ¿Cuál es el mejor ejercicio para el dolor de espalda?
lesson-why_exercise_works-option-special = Un ejercicio especial de espalda
lesson-why_exercise_works-option-done = El que de verdad voy a hacer
lesson-why_exercise_works-option-hard = El más duro que aguante
lesson-why_exercise_works-right = Eso es. El ejercicio en cualquier forma ayuda, así que el mejor es el que vas a mantener.
lesson-why_exercise_works-wrong = Mucha gente busca el ejercicio correcto, pero no existe uno solo: el ejercicio en cualquier forma ayuda. El mejor es el que vas a mantener.

## recovery_outlook

lesson-recovery_outlook-title = El dolor de espalda suele mejorar
lesson-recovery_outlook-body =
    Lo alentador primero: la mayoría del dolor de espalda mejora en unas semanas o meses. Mucha gente tiene altibajos por el camino, y algunos alguna crisis más adelante, pero la mayoría vuelve a lo que le importa.

    Lo que ayuda: mantenerse activo, seguir con tu vida habitual todo lo que puedas y mirar la recuperación con esperanza. Quien mantiene una actitud positiva suele recuperarse antes.

    Si tu dolor no empieza a mejorar tras unas semanas cuidándote tú, te impide hacer las cosas del día a día o te cuesta sobrellevarlo, consulta a tu médico de familia: hay más ayuda.
lesson-recovery_outlook-question = ¿Qué pasa con la mayoría del dolor de espalda?
lesson-recovery_outlook-option-better = Mejora en semanas o meses
lesson-recovery_outlook-option-forever = Dura toda la vida
lesson-recovery_outlook-option-worse = Solo empeora con la edad
lesson-recovery_outlook-right = Sí. La mayoría del dolor de espalda mejora en semanas o meses, aunque suba y baje por el camino.
lesson-recovery_outlook-wrong = Puede parecerlo cuando duele, pero la mayoría del dolor de espalda mejora en semanas o meses. Si el tuyo no mejora tras unas semanas, tu médico de familia puede ayudarte.
