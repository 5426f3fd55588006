## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>Primero, una revisión rápida de seguridad.</b> Desde que empezó tu dolor de espalda, ¿alguna de estas cosas es nueva?
    { -early-signs }
question-red_emergency-option-none = Ninguna de estas
question-red_emergency-option-yes = Sí, una o más
question-red_emergency-option-unsure = No lo tengo claro

question-em_which = { $level ->
    [unsure] ¿Cuáles no tienes claras? Toca cada una y después <b>Listo</b>.
   *[yes] ¿Cuáles te están pasando? Toca cada una y después <b>Listo</b>.
 }
question-em_which-option-em_saddle = Nalgas o genitales dormidos
question-em_which-option-em_bladder = Orinar ha cambiado
question-em_which-option-em_bowel = Control de las heces distinto
question-em_which-option-em_sexual = Sensibilidad sexual o erección
question-em_which-option-em_sciatica = Dolor por las dos piernas
question-em_which-option-em_legs = Una pierna débil o dormida

question-sc_saddle =
    Una comprobación rápida que puedes hacer: al limpiarte después de ir al baño, ¿notas la piel alrededor de las nalgas o los genitales dormida, o distinta de lo normal?
question-sc_saddle-option-yes = Sí, dormida o distinta
question-sc_saddle-option-no = No, la noto normal
question-sc_saddle-option-unsure = No sabría decir

question-sc_bladder =
    Una comprobación rápida: ¿ha cambiado algo al orinar desde que empezó el dolor de espalda? Por ejemplo, cuesta más empezar, el chorro es más débil, no puedes aguantarlo, o no notas cuándo sale o cuándo tienes la vejiga llena.
question-sc_bladder-option-yes = Sí, algo ha cambiado
question-sc_bladder-option-no = No, todo como siempre
question-sc_bladder-option-unsure = No sabría decir

question-sc_legs =
    Una comprobación rápida: agarrándote a algo, ¿puedes dar unos pasos sobre los talones y luego de puntillas? ¿Algún pie cae de golpe, se engancha o se arrastra?
question-sc_legs-option-yes = No puedo, o arrastro un pie
question-sc_legs-option-no = Sí, las dos cosas bien
question-sc_legs-option-unsure = No sabría decir

# A sign a clinician examined before, ticked again: the same words for each group.
-seen-worse = Nuevo o peor
-seen-same = Igual que cuando me vieron
-seen-unsure = No estoy seguro
question-em_seen = Ya me hablaste de esto y te lo examinaron: { $signs }. ¿Es nuevo, o está peor que cuando te vieron?
question-em_seen-option-worse = { -seen-worse }
question-em_seen-option-same = { -seen-same }
question-em_seen-option-unsure = { -seen-unsure }
question-ot_seen = Ya me hablaste de esto y te lo examinaron: { $signs }. ¿Es nuevo, o está peor que cuando te vieron?
question-ot_seen-option-worse = { -seen-worse }
question-ot_seen-option-same = { -seen-same }
question-ot_seen-option-unsure = { -seen-unsure }
question-ur_seen = Ya me hablaste de esto y te lo examinaron: { $signs }. ¿Es nuevo, o está peor que cuando te vieron?
question-ur_seen-option-worse = { -seen-worse }
question-ur_seen-option-same = { -seen-same }
question-ur_seen-option-unsure = { -seen-unsure }
question-so_seen = Ya me hablaste de esto y te lo examinaron: { $signs }. ¿Es nuevo, o está peor que cuando te vieron?
question-so_seen-option-worse = { -seen-worse }
question-so_seen-option-same = { -seen-same }
question-so_seen-option-unsure = { -seen-unsure }

question-urgent_next = ¿Quieres responder ahora el resto de las preguntas, para que tu plan esté listo en cuanto un profesional te diga que puedes hacer ejercicio? ¿O prefieres dejarlo aquí por ahora?
question-urgent_next-option-finish = Responderlas ahora
question-urgent_next-option-stop = Dejarlo aquí por ahora

question-red_other =
    Gracias. ¿Te está pasando alguna de estas cosas?
    • dolor en el pecho
    • el dolor de espalda empezó tras un accidente o una caída grave, como un choque de coche o una caída desde altura
    • dolor repentino y fuerte en la barriga y la espalda, con sensación de desmayo, mareo o sudor, o un latido en la barriga
question-red_other-option-none = Ninguna de estas
question-red_other-option-yes = Sí, una o más
question-red_other-option-unsure = No lo tengo claro

question-ot_which = { $level ->
    [unsure] ¿Cuáles no tienes claras? Toca cada una y después <b>Listo</b>.
   *[yes] ¿Cuáles te están pasando? Toca cada una y después <b>Listo</b>.
 }
question-ot_which-option-em_chest = Dolor en el pecho
question-ot_which-option-em_accident = Tras un accidente o caída grave
question-ot_which-option-em_tummy = Barriga y espalda, desmayo

question-red_urgent =
    Gracias. Desde que empezó el dolor, ¿alguna de estas cosas es cierta?
    • fiebre o escalofríos, o sensación de calor con tiritona
    • un sistema inmunitario debilitado (corticoides en pastillas durante mucho tiempo, medicamentos que bajan las defensas, VIH), o te inyectas drogas
    • una infección bacteriana reciente, como una infección de orina o de pecho tratada con antibióticos
    • empezó tras una caída o un golpe leve, y tienes los huesos frágiles (osteoporosis) o tomas corticoides de forma prolongada
    • dolor fuerte en el centro de la espalda que solo se alivia al tumbarte
    • una hinchazón, o una forma extraña nueva en la espalda
    • dolor por la noche que no se alivia en ninguna postura
    • dolor arriba, entre los omóplatos, en lugar de abajo
    • dolor mucho peor al toser, estornudar o hacer fuerza en el baño
    • has tenido cáncer
    • has perdido peso sin proponértelo
question-red_urgent-option-none = Ninguna de estas
question-red_urgent-option-yes = Sí, una o más
question-red_urgent-option-unsure = No lo tengo claro

question-ur_which = { $level ->
    [unsure] ¿Cuáles no tienes claras? Toca cada una y después <b>Listo</b>.
   *[yes] ¿Cuáles son ciertas en tu caso? Toca cada una y después <b>Listo</b>.
 }
question-ur_which-option-ur_fever = Fiebre o escalofríos
question-ur_which-option-ur_immune = Defensas bajas, drogas
question-ur_which-option-ur_infection = Infección reciente
question-ur_which-option-ur_fall = Caída leve, huesos frágiles
question-ur_which-option-ur_fracture = Centro de la espalda, solo tumbado
question-ur_which-option-ur_swelling = Hinchazón o forma extraña
question-ur_which-option-ur_night = Dolor nocturno en toda postura
question-ur_which-option-ur_high = Dolor entre los omóplatos
question-ur_which-option-ur_cough = Peor al toser o estornudar
question-ur_which-option-so_cancer = He tenido cáncer
question-ur_which-option-so_weight = He perdido peso sin querer

question-red_soon =
    Ya casi terminamos la parte de seguridad. ¿Alguna de estas cosas es cierta en tu caso?
    • este dolor de espalda es nuevo y tienes más de 50 años o menos de 20
    • el dolor no ha mejorado nada en un mes o más
    • dolor de espalda desde hace más de 3 meses que empezó antes de los 45 más o menos, con rigidez por la mañana de más de media hora que mejora al moverte y no en reposo, o que te despierta en la segunda mitad de la noche
question-red_soon-option-none = Ninguna de estas
question-red_soon-option-yes = Sí, una o más
question-red_soon-option-unsure = No lo tengo claro

question-so_which = { $level ->
    [unsure] ¿Cuáles no tienes claras? Toca cada una y después <b>Listo</b>.
   *[yes] ¿Cuáles son ciertas en tu caso? Toca cada una y después <b>Listo</b>.
 }
question-so_which-option-so_age = Dolor nuevo; más de 50 o menos de 20
question-so_which-option-so_month = Sin mejorar en un mes
question-so_which-option-so_inflammatory = Rígido al despertar, mejora al moverme

question-was_checked =
    La última vez me hablaste de: { $signs }. Hoy no lo marcaste. ¿Te ha examinado un profesional desde entonces y te ha dicho que puedes hacer ejercicio?
question-was_checked-option-checked = Me examinaron: puedo hacer ejercicio
question-was_checked-option-not_yet = Todavía no
question-was_checked-option-gone = No, se me pasó solo

question-triggers =
    <b>Ahora, sobre tu espalda.</b> ¿Cuándo te duele?
    Toca todas las opciones que correspondan y después <b>Listo</b>.
question-triggers-option-bend = Al inclinarme hacia adelante
question-triggers-option-sit_stand = Mucho rato sentado o de pie
question-triggers-option-get_up = Al levantarme o enderezarme
question-triggers-option-bed = Al girarme en la cama o dormir
question-triggers-option-walk = Al caminar

question-leg_pain = ¿El dolor se extiende desde la espalda hacia una pierna?
question-leg_pain-option-yes = Sí
question-leg_pain-option-no = No

question-below_knee = ¿Llega por debajo de la rodilla?
question-below_knee-option-yes = Sí
question-below_knee-option-no = No

question-fear_bending = ¿Te da miedo o inseguridad inclinarte hacia adelante, o lo evitas?
question-fear_bending-option-yes = Sí
question-fear_bending-option-little = Un poco
question-fear_bending-option-no = No

question-stiffness = ¿Notas la espalda rígida, por ejemplo por la mañana?
question-stiffness-option-yes = Sí
question-stiffness-option-no = No

question-cautions =
    ¿Te pasa alguna de estas cosas? Cambian la forma de hacer algunos ejercicios.
    Toca todas las que correspondan y después <b>Listo</b> (solo <b>Listo</b> si ninguna).
question-cautions-option-pregnant = Estoy embarazada
question-cautions-option-surgery = Operación de espalda reciente
question-cautions-option-osteoporosis = Huesos frágiles (osteoporosis)
question-cautions-option-balance = Pierdo el equilibrio fácilmente

question-surgery_ok = ¿Tu cirujano o tu fisioterapeuta te ha dicho que puedes empezar ejercicios como estos?
question-surgery_ok-option-yes = Sí, tengo su visto bueno
question-surgery_ok-option-no = Todavía no

question-pregnancy_ok = ¿Tu matrona o tu médico te han dicho que sí a empezar ejercicios como estos? En el embarazo, un programa nuevo espera a su sí, porque ellos conocen tu embarazo.
question-pregnancy_ok-option-yes = Sí, me han dicho que sí
question-pregnancy_ok-option-no = Todavía no

question-pregnancy_weeks = ¿De cuántas semanas estás? A partir de la semana 16, más o menos, no conviene pasar mucho rato tumbada boca arriba, así que cambiaré esos ejercicios a tiempo.
question-pregnancy_weeks-option-under_12 = Menos de 12 semanas
question-pregnancy_weeks-option-from_12 = 12 semanas o más

question-coping = ¿La espalda te impide hacer las cosas del día a día, o te está costando sobrellevarlo?
question-coping-option-yes = Sí
question-coping-option-no = No

question-duration = ¿Cuánto tiempo llevas con molestias de espalda esta vez?
question-duration-option-under_6w = Menos de 6 semanas
question-duration-option-w6_12 = De 6 a 12 semanas
question-duration-option-over_12w = Más de 3 meses

question-pain_now = ¿Cuánto te duele ahora mismo? 0 es nada de dolor y 10, el peor dolor que puedas imaginar.
question-pain_now-option-0 = 0
question-pain_now-option-1 = 1
question-pain_now-option-2 = 2
question-pain_now-option-3 = 3
question-pain_now-option-4 = 4
question-pain_now-option-5 = 5
question-pain_now-option-6 = 6
question-pain_now-option-7 = 7
question-pain_now-option-8 = 8
question-pain_now-option-9 = 9
question-pain_now-option-10 = 10
