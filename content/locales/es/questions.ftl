## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>Primero, una revisión rápida de seguridad.</b>
    Desde que empezó este dolor de espalda, ¿te ha pasado alguna de estas cosas?
    • entumecimiento u hormigueo alrededor de los genitales, las nalgas o la cara interna de los muslos
    • dificultad para orinar que antes no tenías, o pérdida del control de la orina o de las heces
    • debilidad o entumecimiento en las dos piernas, o una pierna que cada vez tiene menos fuerza (por ejemplo, un pie que se engancha o se arrastra al caminar)
    • dolor en el pecho, o el dolor de espalda empezó después de un accidente grave o una caída fuerte
question-red_emergency-option-none = Ninguna de estas
question-red_emergency-option-yes = Sí, una o más
question-red_emergency-option-unsure = No lo tengo claro

question-em_which = { $level ->
    [unsure] ¿Cuáles no tienes claras? Toca cada una y después <b>Listo</b>.
   *[yes] ¿Cuáles te están pasando? Toca cada una y después <b>Listo</b>.
 }
question-em_which-option-em_saddle = Genitales o nalgas dormidos
question-em_which-option-em_bladder = Problemas de orina o heces
question-em_which-option-em_legs = Piernas débiles o dormidas
question-em_which-option-em_chest = Dolor de pecho o caída grave

question-sc_saddle =
    Una comprobación rápida que puedes hacer: al limpiarte después de ir al baño, ¿notas la piel alrededor de las nalgas o los genitales dormida, o distinta de lo normal?
question-sc_saddle-option-yes = Sí, dormida o distinta
question-sc_saddle-option-no = No, la noto normal
question-sc_saddle-option-unsure = No sabría decir

question-sc_bladder =
    Una comprobación rápida: ¿notas cuándo tienes la vejiga llena, y puedes empezar a orinar y cortar el chorro como siempre?
question-sc_bladder-option-yes = No, eso ha cambiado
question-sc_bladder-option-no = Sí, como siempre
question-sc_bladder-option-unsure = No sabría decir

question-sc_legs =
    Una comprobación rápida: agarrándote a algo, ¿puedes dar unos pasos sobre los talones y luego de puntillas? ¿Algún pie cae de golpe, se engancha o se arrastra?
question-sc_legs-option-yes = No puedo, o arrastro un pie
question-sc_legs-option-no = Sí, las dos cosas bien
question-sc_legs-option-unsure = No sabría decir

question-urgent_next = ¿Quieres responder ahora el resto de las preguntas, para que tu plan esté listo en cuanto un médico te diga que puedes hacer ejercicio? ¿O prefieres dejarlo aquí por ahora?
question-urgent_next-option-finish = Responderlas ahora
question-urgent_next-option-stop = Dejarlo aquí por ahora

question-red_urgent =
    Gracias. Desde que empezó el dolor, ¿se ha dado alguna de estas situaciones?
    • fiebre o escalofríos, o sentir calor y tiritar
    • defensas debilitadas: pastillas de corticoides durante mucho tiempo, medicamentos que bajan las defensas, o VIH; o te inyectas drogas
    • una infección bacteriana reciente (por ejemplo, una infección de orina o de pecho que necesitó antibióticos)
    • el dolor empezó después de una caída o un golpe leve, y tienes los huesos frágiles (osteoporosis) o tomas corticoides desde hace mucho tiempo
    • una hinchazón, o una forma extraña y nueva en la espalda
    • dolor por la noche que no se alivia en ninguna postura, o que no te deja dormir
    • dolor arriba, entre los omóplatos, más que en la parte baja
    • dolor que empeora mucho al toser, estornudar o ir al baño
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
question-ur_which-option-ur_swelling = Hinchazón o forma extraña
question-ur_which-option-ur_night = Dolor nocturno, no duermo
question-ur_which-option-ur_high = Dolor entre los omóplatos
question-ur_which-option-ur_cough = Peor al toser o estornudar

question-red_soon =
    Ya casi terminamos la parte de seguridad. ¿Alguna de estas cosas es cierta en tu caso?
    • has tenido cáncer
    • has perdido peso sin proponértelo
    • este dolor de espalda es nuevo, y tienes más de 50 años o menos de 20
    • el dolor no ha mejorado absolutamente nada en un mes o más
question-red_soon-option-none = Ninguna de estas
question-red_soon-option-yes = Sí, una o más
question-red_soon-option-unsure = No lo tengo claro

question-so_which = { $level ->
    [unsure] ¿Cuáles no tienes claras? Toca cada una y después <b>Listo</b>.
   *[yes] ¿Cuáles son ciertas en tu caso? Toca cada una y después <b>Listo</b>.
 }
question-so_which-option-so_cancer = He tenido cáncer
question-so_which-option-so_weight = He perdido peso sin querer
question-so_which-option-so_age = Dolor nuevo; más de 50 o menos de 20
question-so_which-option-so_month = Sin mejorar en un mes

question-was_checked =
    La última vez me hablaste de: { $signs }. Hoy no lo marcaste. ¿Te lo revisó un médico?
question-was_checked-option-checked = Sí, me lo revisó un médico
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
