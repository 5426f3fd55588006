## Lo que se ve antes de pulsar Iniciar (setMyDescription, setMyShortDescription): texto
## plano, sin HTML. La descripción tiene como mucho 512 caracteres; la corta, 120.

about-short-description = Acompañamiento para el dolor lumbar: ejercicios breves en casa, recordatorios y una lección al día. No es un médico.
about-description =
    Back Coach te guía por un programa breve en casa para el dolor lumbar: cinco ejercicios suaves, cronometrados y contados en el chat, con recordatorios y una lección de dos minutos al día.

    Primero te hace unas preguntas de seguridad; después te pide unos diez minutos al día y que puntúes tu dolor con sinceridad. No es un médico ni hace diagnósticos: si algo suena serio, te dice a quién acudir y con qué urgencia.

    Pulsa Iniciar para empezar.
