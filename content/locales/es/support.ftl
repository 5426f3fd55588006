## Cuánto afecta la espalda a la persona: nueve preguntas de un toque, con nuestras palabras
## (no es el cuestionario STarT Back de Keele, cuya redacción tiene licencia).

support-offer =
    🧭 <b>Una cosa más, si tienes un minuto.</b>
    ¿Cuánto afecta tu espalda a tu día a día? Nueve preguntas rápidas, de un toque cada una. Tus respuestas me ayudan a elegir qué lecciones van primero y a qué ritmo subir tus ejercicios.
support-offer-again =
    🧭 <b>Cuatro semanas después:</b> ¿cuánto te afecta ahora la espalda? Las mismas nueve preguntas rápidas, de un toque cada una, para ver qué ha cambiado.
support-offer-line = 🧭 Nueve preguntas de un toque sobre cuánto te afecta la espalda me ayudan a elegir tus lecciones.
support-offer-line-again = 🧭 Cuatro semanas después: nueve preguntas de un toque muestran qué ha cambiado.
support-yes-button = 🧭 Sí, pregúntame
support-later-button = Quizá más tarde
support-start-button = 🧭 Responder las nueve preguntas
support-later = Sin problema. Te lo volveré a preguntar en cuatro semanas, y en /progress tienes las preguntas cuando quieras.
support-held = Dejemos esto para cuando te hayan revisado la espalda.
support-recently-done = Respondiste estas preguntas hace poco; te las volveré a hacer en unas semanas.
support-already-noted = Ya anotado, gracias.
support-header = 🧭 <b>Cuánto te afecta la espalda</b> · { $number } de { $count }
support-question-leg = En las últimas dos semanas, ¿el dolor se ha extendido de la espalda a una pierna?
support-question-elsewhere = En las últimas dos semanas, ¿has tenido también dolor en el cuello o los hombros?
support-question-walking = Últimamente, ¿tu espalda te ha limitado a caminar solo distancias cortas?
support-question-dressing = Últimamente, ¿vestirte te ha llevado más tiempo por la espalda?
support-question-fear = ¿Te parece arriesgado estar más activo con una espalda como la tuya?
support-question-worry = ¿La preocupación por tu espalda te ronda mucho la cabeza?
support-question-hopeless = ¿Sientes que tu espalda está fatal y que nunca va a mejorar?
support-question-mood = Últimamente, ¿has dejado de disfrutar de cosas que normalmente te gustan?
support-mood-note = <i>Si llevas tiempo con el ánimo bajo, tu médico de familia puede ayudarte. Si alguna vez piensas en hacerte daño, llama ahora al { $emergency }.</i>
support-question-bother = En conjunto, ¿cuánto te ha molestado la espalda en las últimas dos semanas?
support-option-yes = Sí
support-option-no = No
support-option-not_at_all = Nada
support-option-slightly = Un poco
support-option-moderately = Moderadamente
support-option-very = Mucho
support-option-extremely = Muchísimo
support-thanks = 🧭 Gracias: eran las nueve.
support-mood-help =
    Gracias por contármelo. Sentirse bajo de ánimo es frecuente cuando el dolor dura, y tiene solución: por favor, háblalo con tu médico de familia. Merece tratarse tanto como tu espalda.

    Si alguna vez piensas en hacerte daño, llama ahora al { $emergency } o habla con alguien de confianza. No tienes que esperar ni sobrellevarlo solo.
support-result-lower =
    <b>Tu espalda afecta un poco a tu vida</b> ({ $score } de { $max }: necesidad de apoyo más baja).
    Es buena señal: a las personas con respuestas como las tuyas suele irles bien manteniéndose activas, con los ejercicios y unas pocas lecciones breves. Tus lecciones empiezan por cómo seguir adelante.
support-result-medium =
    <b>Tu espalda afecta bastante a tu vida</b> ({ $score } de { $max }: necesidad de apoyo media).
    Los ejercicios y el curso completo de lecciones están pensados para esto: cómo funciona el dolor, dosificarse y las crisis, una lección breve al día.
support-result-higher =
    <b>Ahora mismo tu espalda afecta a gran parte de tu vida</b> ({ $score } de { $max }: necesidad de apoyo más alta).
    Es frecuente, y puede cambiar. Tus lecciones empiezan por cómo funciona el dolor y por sentirte seguro al moverte, y subiré tus ejercicios con más calma: tras { $gentle ->
        [one] { $gentle } buena sesión
       *[other] { $gentle } buenas sesiones
    } en un nivel en vez de { $usual }.
support-physio =
    <b>Una sugerencia:</b> plantéate ir a un fisioterapeuta. Cuando el dolor de espalda toca tanto de la vida, a la gente le va mejor con más apoyo del que puede dar una app: un fisioterapeuta puede explorar tu espalda, adaptar los ejercicios a ti y trabajar contigo, en persona, la preocupación y el miedo a moverte. Tu médico de familia puede derivarte. Mientras tanto, sigue con tu plan.
support-change = La última vez: { $before } de { $max } ({ $was }). Ahora: { $after } de { $max }.
support-next = Te lo volveré a preguntar en cuatro semanas. No es un diagnóstico, solo una forma de ajustar el apoyo a ti.
support-group-lower = necesidad baja
support-group-medium = necesidad media
support-group-higher = necesidad alta
support-progress-header = 🧭 <b>Cuánto te afecta la espalda</b>
support-progress-one = { $score } de { $max } ({ $group }), el { $date }
support-progress-change = { $first } → { $latest } de { $max } ({ $was } → { $group }) desde el { $date }
support-progress-due = Tocan de nuevo las nueve preguntas de un toque: pulsa abajo.
support-progress-first-due = Nueve preguntas de un toque me dicen cuánto te afecta la espalda: pulsa abajo.
