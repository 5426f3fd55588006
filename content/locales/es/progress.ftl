## /progress, its chart and the weekly summary

progress-title = <b>Tu progreso</b>
progress-nothing-yet = Todavía no hay sesiones, así que no hay nada que mostrar. Envía /session para hacer la primera (de { $shortest } a { $longest } minutos), y a partir de ahí yo llevo la cuenta.
progress-streak = { $days ->
    [0] 🔥 Ninguna sesión hoy ni ayer. Con una sesión corta empiezas una racha nueva.
    [one] 🔥 <b>1 día</b> con sesión. Si mañana repites, ya es una racha.
   *[other] 🔥 <b>{ $days } días</b> seguidos con sesión
 }
progress-week = 📅 Esta semana: <b>{ $done }</b> de { $asked ->
    [one] { $asked } sesión
   *[other] { $asked } sesiones
 } (el plan pide dos al día)
progress-week-on-track = 📅 Esta semana: <b>{ $done }</b> de { $asked ->
    [one] { $asked } sesión
   *[other] { $asked } sesiones
 }, vas al día
progress-total = { $total ->
    [one] ✅ 1 sesión en total
   *[other] ✅ { $total } sesiones en total
 }
progress-pain-down = 📉 El dolor antes de tus sesiones <b>bajó de { $start } a { $end }</b> en { $span }.
progress-pain-up = 📈 El dolor antes de tus sesiones subió de { $start } a { $end } en { $span }. Si sigue subiendo, pasa a un nivel más fácil y envía /checkup; si persiste, consulta con un profesional de la salud.
progress-pain-steady = ➖ El dolor antes de tus sesiones se mantiene en torno a { $end } desde hace { $span }.
progress-pain-too-early = Tras unas cuantas sesiones más en las que puntúes el dolor, podré mostrarte hacia dónde va.
# How long the pain trend covers: days under a week, then whole weeks (up to four).
progress-span-days = { $days ->
    [one] 1 día
   *[other] { $days } días
 }
progress-span-weeks = { $weeks ->
    [1] una semana
    [2] dos semanas
    [3] tres semanas
   *[other] cuatro semanas
 }
progress-reach = 🙆 Hasta dónde llegas al inclinarte: al principio, { $first } ({ $first_day }); últimamente, { $steps }.
progress-reach-levels-1 = las rodillas
progress-reach-levels-2 = media espinilla
progress-reach-levels-3 = los tobillos
progress-reach-levels-4 = el suelo
progress-reach-arrow = {" → "}
progress-exercises-header = <b>Repeticiones y posiciones mantenidas</b>
progress-exercise = <b>{ $name }</b> · { $level }
progress-level = { $name } (nivel { $number } de { $count })
progress-tally = esta semana { $reps_week ->
    [one] { $reps_week } repetición
   *[other] { $reps_week } repeticiones
 }, en total { $reps_total }
# Each hold is one rep, so only the holds are counted.
progress-tally-holds = esta semana { $holds_week ->
    [one] 1 posición mantenida
   *[other] { $holds_week } posiciones mantenidas
 }, en total { $holds_total }
progress-no-reps-yet = todavía no hay repeticiones registradas
progress-bends-by-reach = se mide por hasta dónde llegas (arriba)
progress-no-bends-yet = todavía no hay inclinaciones registradas
progress-chart-title = { $weeks ->
    [one] Tu última semana
   *[other] Tus últimas { $weeks } semanas
 }
progress-chart-pain-axis = Dolor (0-10)
progress-chart-sessions-axis = Sesiones
progress-chart-before = antes
progress-chart-after = después
progress-chart-plan = plan
progress-chart-caption = Dolor antes y después de las sesiones de cada día (arriba) y sesiones hechas cada día (abajo), { $weeks ->
    [one] la última semana
   *[other] las últimas { $weeks } semanas
 }.
progress-weekly-title = { $named ->
    [yes] <b>Tu semana, { $name }</b>
   *[no] <b>Tu semana</b>
 }
progress-weekly-none = Ninguna sesión esta semana. Son cosas que pasan: mañana empieza una semana nueva, y una sesión corta es una buena forma de retomarlo. /session empieza una.
progress-weekly-cheer-1 = Buen trabajo esta semana. Las sesiones cortas y constantes son lo que calma una espalda dolorida.
progress-weekly-cheer-2 = Muy bien. Sigue con este ritmo la semana que viene.
progress-weekly-cheer-3 = Cada sesión cuenta, y tú le has dedicado tiempo. Nos vemos la semana que viene.
progress-weekly-pause = Puedes desactivar los resúmenes semanales en /reminders.
progress-weekly-setting-on = 📊 Resumen semanal: domingos a las <b>{ $at }</b>
progress-weekly-setting-off = 📊 Resumen semanal: desactivado
progress-weekly-on-button = Quiero un resumen semanal
progress-weekly-off-button = Quitar el resumen semanal
progress-weekly-on-toast = Resumen semanal activado: los domingos por la noche.
progress-weekly-off-toast = Resumen semanal desactivado.

# Six weeks in with no real change in pain (or function): plainly, time to see someone.
progress-not-improving = 🩺 Llevas seis semanas con esto y tu dolor todavía no ha mejorado mucho. Es un buen momento para consultar con tu médico de familia o con un fisioterapeuta: pueden ver qué más podría ayudarte. Mientras tanto, sigue moviéndote.
