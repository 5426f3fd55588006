## Welcome, safety screen, symptom check and their outcomes

onboarding-welcome-new =
    { $named ->
        [yes] ¡Hola, { $name }! Soy Back Coach. 👋
       *[no] ¡Hola! Soy Back Coach. 👋
    }
    Te ayudaré a aliviar el dolor lumbar con cinco ejercicios sencillos para hacer en casa: de { $shortest } a { $longest } minutos, por la mañana y por la noche.

    No soy médico, así que empiezo con una breve revisión de seguridad y luego te hago unas preguntas sobre tu espalda. Con tus respuestas preparo tu plan personal.

    Guardo tus respuestas para adaptar el plan. Son tuyas: /export te envía una copia de todo y /delete lo borra todo.
onboarding-welcome-back = { $named ->
    [yes] ¡Hola de nuevo, { $name }!
   *[no] ¡Hola de nuevo!
 }
onboarding-begin-button = Empecemos
onboarding-resume-button = Continuar
onboarding-checkup-intro = Vamos a ver cómo estás. Son las mismas preguntas que la otra vez; se tarda más o menos un minuto.
onboarding-progress-header = <i>Pregunta { $done } de { $total }</i>
onboarding-done-button = Listo ✓
onboarding-selected-mark = ✅{" "}
onboarding-answered-already = Ya lo tengo anotado, gracias.
onboarding-checkin-in-progress = Estás en medio de una revisión. Aquí es donde nos quedamos:
onboarding-where-you-are-checkin = Nos quedamos a mitad de tus preguntas. Toca abajo para seguir donde lo dejaste.
onboarding-where-you-are-plan = Tu plan está listo. /plan te lo muestra y /checkup lo actualiza.
