## The function check (Patient-Specific Functional Scale)

function-check-header = <b>Control de actividades</b>
function-check-due = Te toca el control de actividades: tres puntuaciones rápidas de cosas que te cuestan por la espalda, unos dos minutos.
function-check-first-due = Este control nos ayuda a los dos a ver qué te va costando menos: nombra hasta tres cosas que te cuesten por la espalda y puntúa cada una. Son unos dos minutos.
function-check-start-button = Hacer el control
function-check-continue-button = Seguir con el control
function-check-after-session-button = 📋 Valora lo que te cuesta (2 min)
function-check-not-due = Tu próximo control de actividades es el { $date }.
function-check-in-progress = Tienes un control de actividades a medias.
function-check-ask-name-first =
    <b>Control de actividades</b>
    Nombra una actividad del día a día que te cueste por la espalda, en pocas palabras. Por ejemplo: <i>ponerme los calcetines</i>, <i>sentarme a ver una película</i>, <i>llevar la compra</i>.
    Escríbela aquí.
function-check-ask-name-more = Nombra otra actividad que te cueste por la espalda, en pocas palabras. Escríbela aquí.
function-check-name-too-long = Escríbelo más corto, por favor: menos de { $limit ->
    [one] 1 carácter
   *[other] { $limit } caracteres
 }. ¿Cuál es la actividad?
function-check-name-empty = Necesito unas palabras para la actividad. ¿Qué te cuesta hacer por la espalda?
function-check-ask-rating =
    <b>{ $activity }</b>: ¿hasta qué punto puedes hacerlo ahora?
    0 = no puedes hacerlo, 10 = igual que antes de tus problemas de espalda.
function-check-rated =
    { $question }
    → <b>{ $score }</b>
function-check-ask-more = { $limit ->
    [one] Guardado. Puedes nombrar 1 actividad (llevas { $count }).
   *[other] Guardado. Puedes nombrar hasta { $limit } actividades (llevas { $count }).
 }
function-check-more-button = Añadir otra
function-check-enough-button = Eso es todo
function-check-first-done =
    Gracias, este es tu punto de partida:
    { $lines }
    Dentro de dos semanas ({ $date }) te pediré que vuelvas a puntuar las mismas actividades y te enseñaré qué ha cambiado.
function-check-first-line = • { $name }: <b>{ $score }</b> de 10
function-check-later-done =
    <b>Cambios desde tu primer control</b>
    { $lines }
    { $verdict }
    Próximo control: { $date }.
function-check-change-up = • { $name }: { $first } → <b>{ $latest }</b> (+{ $change }), una mejora real
function-check-change-down = • { $name }: { $first } → <b>{ $latest }</b> ({ $change }), una bajada real
function-check-change-small = • { $name }: { $first } → <b>{ $latest }</b> ({ $signed }), dentro de los altibajos normales
function-check-verdict-better = Un cambio de 2 puntos o más es significativo, así que esto es un progreso real. Muy bien.
function-check-verdict-worse = Alguna puntuación bajó 2 puntos o más. Si tu espalda va a peor, pasa a un nivel más fácil, envía /checkup y consulta con un profesional de la salud si sigue así.
function-check-verdict-same = Todavía no hay cambios de 2 puntos o más; es normal al principio. Sigue así.
function-check-progress-line-first = • { $name }: <b>{ $score }</b> de 10 (primer control)
function-check-next-on = Próximo control de actividades: { $date }.
function-check-answered-already = Ya lo tengo anotado, gracias.
function-check-finished-already = Ese control ya está terminado. /progress muestra los resultados.
