## Palabras escritas sobre una señal de alarma, más allá del consejo (el consejo está en safety.ftl).
## $signs: a qué sonaban las palabras; $emergency y $line como en safety.ftl; $crisis: la línea de
## crisis de la persona, o "none" si no se conoce ninguna (entonces, la versión general).

danger-again = Me hablas de { $signs }. Un médico ya lo revisó antes. ¿Es nuevo, o está peor que cuando te vieron?
danger-again-new-button = Sí, es nuevo o está peor
danger-again-same-button = No, está igual que entonces
danger-same-as-seen = Gracias por comprobarlo. Sigue con calma, y si cambia o empeora, dímelo enseguida o envía /checkup.
danger-confirmed-noted = Gracias, lo anoto. Si algo cambia, dímelo o envía /checkup.

danger-denied = Leo que no tienes { $signs }. Me alegro. Solo para asegurarme de que te entendí bien: ¿lo tienes ahora?
danger-denied-no-button = No, no lo tengo
danger-denied-yes-button = Sí, lo tengo

danger-ask-walk = ¿Tienes una pierna débil o dormida, o es el dolor lo que te frena?
danger-ask-walk-sign-button = Una pierna débil o dormida
danger-ask-walk-pain-button = Es el dolor

danger-distress =
    Siento que esté siendo tan duro ahora. Una mala racha de dolor de espalda asusta, pero suele calmarse en unos días y rara vez significa una lesión.
    La rutina suave de abajo puede ayudarte, y en /flare tienes qué más alivia una crisis de dolor.
    Si pasa algo nuevo, como adormecimiento, dificultad para orinar o una pierna que se debilita, llama al { $emergency }.

danger-crisis =
    Gracias por contármelo. Siento que estés cargando con esto: un dolor que no para puede agotar a cualquiera, y estos pensamientos merecen apoyo de verdad.
    { $crisis ->
        [none] Por favor, habla hoy con alguien: una línea de ayuda en crisis de tu país, tu médico o alguien de confianza.
       *[other] Por favor, habla hoy con alguien. Puedes llamar a cualquier hora, de día o de noche: { $crisis }.
    }
    <b>Si crees que podrías hacerte daño, o estás en peligro ahora, llama al { $emergency } o ve a las urgencias más cercanas.</b>

danger-unplaced =
    Leo todos los mensajes, pero no siempre entiendo las frases escritas, así que quizá no he captado lo que querías decir. Funciona mejor con los botones y los comandos (/help los muestra).
    Si te pasa algo nuevo o que te asusta en la espalda, como adormecimiento, dificultad para orinar o una pierna que se debilita, llama al { $emergency }. Para una crisis fuerte de dolor, envía /flare; para repasar las preguntas de seguridad, /checkup.
