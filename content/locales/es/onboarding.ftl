## Welcome, safety screen, symptom check and their outcomes

onboarding-welcome-new =
    { $named ->
        [yes] ¡Hola, { $name }! Soy Back Coach. 👋
       *[no] ¡Hola! Soy Back Coach. 👋
    }
    Te ayudaré a aliviar el dolor lumbar con cinco ejercicios sencillos para hacer en casa, unos minutos dos veces al día.

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
onboarding-emergency =
    <b>Por favor, busca atención de emergencia ahora mismo.</b>
    Lo que describes puede significar que un nervio está muy comprimido, u otro problema que un médico tiene que ver de inmediato. Llama al número de emergencias local o ve a urgencias.

    Por ahora no te propondré ejercicios. Cuando te hayan atendido, envía /checkup y seguimos a partir de ahí.
onboarding-urgent =
    <b>Por favor, consulta hoy mismo con un médico.</b>
    Lo que indicas no suele ser nada grave, pero un médico debe revisarlo primero. Llama hoy a tu médico de familia o a tu centro de salud.

    Terminemos las preguntas para que tu plan esté listo. Se desbloqueará cuando un profesional de la salud te confirme que puedes hacer ejercicio.
onboarding-urgent-more =
    Tu plan está listo y seguirá bloqueado hasta que un profesional de la salud te haya revisado.
    Cuando te digan que puedes hacer ejercicio, toca el botón de abajo (o envía /checkup más tarde).
onboarding-cleared-button = Un profesional me dio el visto bueno
onboarding-cleared = Gracias por ir a que te revisaran. Aquí tienes tu plan.
onboarding-not-urgent-now = No hay nada que desbloquear: tu plan ya está abierto.
onboarding-checkin-in-progress = Estás en medio de una revisión. Aquí es donde nos quedamos:
onboarding-where-you-are-checkin = Nos quedamos a mitad de tus preguntas. Toca abajo para seguir donde lo dejaste.
onboarding-where-you-are-plan = Tu plan está listo. /plan te lo muestra y /checkup lo actualiza.
onboarding-where-you-are-locked = Tu plan está esperando el visto bueno de un profesional de la salud. Toca el botón cuando lo tengas.
onboarding-where-you-are-emergency = La última vez me hablaste de una señal que necesita atención de emergencia. Cuando te hayan atendido, envía /checkup.
