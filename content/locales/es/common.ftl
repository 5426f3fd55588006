## Texts every feature shares

common-error-sorry = Lo siento, algo falló por mi parte. No se perdió nada de lo que me contaste; vuelve a intentarlo en un momento.
common-stale-tap = Ese botón es de un mensaje anterior. Ya avanzamos: sigue más abajo.
common-forged-tap = Ese botón no lo puedo usar.
common-use-buttons = Toca uno de los botones de abajo, por favor; así es más sencillo para los dos.
common-not-understood = Funciono mejor con botones y comandos. Envía /help para ver lo que puedo hacer.
common-private-only = Solo hablo en chats privados, porque lo que me cuentas tiene que ver con tu salud. Abre un chat privado conmigo (@{ $bot }) y envía /start allí.
common-help =
    <b>Lo que puedo hacer</b>
    /start - dónde estás, o empezar
    /plan - tus ejercicios y por qué está cada uno
    /session - la sesión guiada de ejercicios de hoy
    /checkup - responder otra vez las preguntas de seguridad y de síntomas
    /flare - una rutina suave para una mala racha, y cuándo consultar con alguien
    /progress - tu racha, cómo evoluciona el dolor, tus repeticiones y un gráfico
    /reminders - tus horas de recordatorio y tu zona horaria
    /language - elegir el idioma
    /export - un archivo con todo lo que guardo sobre ti
    /delete - borrar todo lo que guardo sobre ti
    /report - un resumen para tu médico o tu fisioterapeuta
    /help - esta lista
    /learn - lecciones breves sobre tu espalda

    Soy una herramienta para acompañarte en los ejercicios, no un médico. Si notas que algo no va bien, consulta con un profesional de la salud.
common-commands-start = Empezar, o ver dónde estás
common-commands-plan = Tus ejercicios y por qué
common-commands-session = La sesión guiada de hoy
common-commands-checkup = Responder otra vez las preguntas de seguridad y de síntomas
common-commands-progress = Tu progreso y tu gráfico
common-commands-reminders = Tus horas de recordatorio y tu zona horaria
common-commands-export = Descargar todo lo que guardo sobre ti
common-commands-delete = Borrar todo lo que guardo sobre ti
common-commands-help = Lo que puedo hacer
common-commands-language = Elegir el idioma
common-commands-flare = Una rutina suave para una crisis de dolor
common-commands-report = Resumen para tu médico o fisio
common-commands-learn = Lecciones breves sobre tu espalda
