## The personal plan and what changed in it

plan-header = <b>Tu plan</b>
plan-item =
    <b>{ $number }. { $name }</b>
    { $dose }, { $times }.
    { $reasons }
plan-on-hold = ⏸ En pausa por ahora. { $reason }
plan-locked =
    <b>Tu plan (bloqueado)</b>
    Se desbloquea cuando un profesional de la salud te haya revisado y te diga que puedes hacer ejercicio.
plan-minutes = { $minutes ->
    [one] ⏱ Cada sesión dura alrededor de un minuto: una por la mañana y otra por la noche.
   *[other] ⏱ Cada sesión dura unos { $minutes } minutos: una por la mañana y otra por la noche.
 }
plan-footer = Con calma: una molestia leve está bien; un dolor agudo o que se extiende significa que hay que parar. No soy médico: si el dolor empeora o aparecen síntomas nuevos, consulta con uno.
plan-no-plan-yet = Todavía no tienes un plan. Envía /start y lo preparamos entre los dos.
plan-start-session-button = Empezar una sesión
plan-changes-header = <b>Cambios en tu plan</b>
plan-no-changes = Tu plan sigue igual.
plan-added = ➕ Nuevo en tu plan: { $name }.
plan-removed = ➖ Sale de tu plan: { $name }.
plan-held = ⏸ En pausa por ahora: { $name }.
plan-resumed = ▶️ Vuelve a tu plan: { $name }.
plan-variant-changed = 🔄 Ahora con otra versión: { $name }.
# A dose: $sets sets of $reps, each held $hold seconds (0: not held), on each side or not.
plan-dose = { $sets ->
    [1] { "" }
   *[other] { $sets } series de{ " " }
 }{ $side ->
    [yes] { $reps ->
        [one] { $reps } repetición por lado, aguanta { $hold } s
       *[other] { $reps } repeticiones por lado, aguanta { $hold } s
    }
   *[no] { $hold ->
        [0] { $reps ->
            [one] { $reps } repetición
           *[other] { $reps } repeticiones
        }
       *[other] { $reps ->
            [one] { $reps } repetición, aguanta { $hold } s
           *[other] { $reps } repeticiones, aguanta { $hold } s en cada una
        }
    }
 }
plan-reasons-pelvic_lift_base = Entrena los músculos profundos de la columna que dan estabilidad a tu espalda; es la base para todo el mundo.
plan-reasons-pelvic_lift_triggers = Ayuda sobre todo con el dolor { $triggers }.
plan-reasons-back_extension_base = Fortalece los grandes músculos de la espalda; este también lo hace todo el mundo.
plan-reasons-back_extension_get_up = Son los músculos que te ayudan a levantarte y te sostienen de pie.
plan-reasons-bending_fear = Con pasos pequeños vuelves a inclinarte con confianza; evitarlo hace que el dolor siga.
plan-reasons-bending_hold_leg = Lo empezaremos cuando se haya calmado el dolor que te baja por la pierna, porque inclinarte puede avivarlo.
plan-reasons-bending_paused = Lo paramos porque inclinarte empeoró el dolor de la pierna; tu próximo /checkup decidirá cuándo retomarlo.
plan-reasons-back_bend_leg = Alivia el dolor que se extiende a la pierna; haz una tanda cada vez que reaparezca.
plan-reasons-back_bend_after_bending = Sustituye a la inclinación hacia adelante mientras la pierna se calma; alivia el dolor que baja por la pierna.
plan-reasons-back_bend_lying = Lo haces boca abajo, porque de pie te cuesta mantener el equilibrio.
plan-reasons-knee_rotation_stiff = Da movilidad, con suavidad, a una espalda rígida.
# Each begins with its own "al"/"cuando": they are joined into a list after "el dolor".
plan-triggers-bend = al inclinarte hacia adelante
plan-triggers-sit_stand = cuando pasas mucho rato sentado o de pie
plan-triggers-get_up = al levantarte
plan-triggers-bed = al darte la vuelta en la cama o al dormir
plan-triggers-walk = al caminar
plan-reasons-bending_hurts = Ahora te duele al inclinarte: con pasos pequeños y guiados, tu espalda aprende que inclinarse vuelve a ser seguro.
plan-reasons-bending_leg_check = El dolor de la pierna no pasa de la rodilla, así que puedes inclinarte; después de cada tanda te preguntaré si ha empeorado el dolor de la pierna.
plan-reasons-back_bend_supported = Lo haces agarrándote a una encimera, porque de pie te cuesta mantener el equilibrio.
plan-reasons-form_bed = Lo haces en una cama firme, para no tener que bajar al suelo y volver a levantarte.
plan-reasons-form_later_pregnancy = Esta forma te evita estar boca arriba, como se aconseja a partir de la semana 16 del embarazo, más o menos.
plan-reasons-bending_thin_bones = Con los huesos frágiles vamos con suavidad: inclinaciones lentas y cómodas hasta la mitad, sin nada en las manos, para que inclinarte siga siendo parte de tu día.
plan-reasons-leg_spread_paused = En pausa porque los síntomas de la pierna se extendieron durante el ejercicio; tu próximo /checkup decidirá cuándo vuelve.
plan-reasons-gentle = El plan suave: la mitad de repeticiones, durante el tiempo que tu espalda lo necesite.

# What a caution changed in the plan, and advice the answers call for.
plan-note-caution_pregnant = 🤰 Embarazo: he quitado todo lo que se hace boca abajo. Para y llama a tu matrona o a tu médico si notas sangrado, pérdida de líquido, mareo o dolor en la pelvis o en una pantorrilla.
plan-note-caution_pregnant_later = 🤰 A partir de la semana 16, más o menos, no conviene pasar mucho rato boca arriba, así que el puente de glúteos se hace de pie contra una pared y la rotación de rodillas sentada en una silla.
plan-note-caution_pregnant_early = 🤰 Dentro de cuatro semanas, antes de que pueda llegar la semana 16, cambiaré los ejercicios boca arriba por formas de pie y sentada; tú no tienes que hacer nada.
plan-note-caution_surgery = 🏥 Operación de espalda reciente: haz estos ejercicios solo con el visto bueno de tu cirujano o de tu fisioterapeuta.
plan-note-caution_osteoporosis = 🦴 Huesos frágiles: nada de peso, nada de girar más en la rotación de rodillas, e inclinarte hacia adelante solo hasta la mitad, sin forzar nunca la bajada hacia el suelo ni sostener nada al hacerlo.
plan-note-caution_balance = 🧍 Equilibrio: los ejercicios de pie se hacen agarrándote a una encimera o a una silla firme, y los tumbados en una cama firme, para no tener que bajar al suelo y volver a subir; y nada de avances inestables (una pierna, un balón).
plan-note-not_coping = Cuando el dolor de espalda te impide hacer las cosas del día a día, o te cuesta sobrellevarlo, por favor, consulta también con tu médico de familia o con un fisioterapeuta. No tienes por qué pasar por esto sin ayuda.
plan-note-severe_start = Ahora mismo tienes mucho dolor, así que tu primera sesión será suave. Muévete todo lo que puedas; una bolsa de calor puede aliviarlo, y pregunta en la farmacia por algún analgésico. Si no mejora en unos días, consulta con tu médico de familia.
plan-note-see_gp_soon = 🩺 Por favor, pide cita con tu médico de familia para los próximos días por lo que marcaste. Mientras tanto, puedes empezar con suavidad.
plan-note-gentle = Este es el plan suave. Cuando te sientas con fuerzas para volver al plan completo, envía /checkup.
plan-note-worst_start =
    Si este dolor es nuevo, o es el peor que has tenido nunca, por favor, consulta hoy con un médico: { $line }. Llama enseguida al { $emergency } si alguna de estas cosas es nueva:
    { -early-signs }
