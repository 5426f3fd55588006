## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>Primero, una revisión rápida de seguridad.</b>
    ¿Te está pasando ahora alguna de estas cosas?
    • entumecimiento u hormigueo alrededor de los genitales o las nalgas
    • dificultad para orinar que antes no tenías, o pérdida del control de la orina o de las heces
    • debilidad, entumecimiento o dolor en las dos piernas, o una pierna que cada vez tiene menos fuerza
    • dolor en el pecho, o dolor de espalda después de un accidente grave o una caída fuerte
question-red_emergency-option-none = Ninguna de estas
question-red_emergency-option-yes = Sí, una o más
question-red_emergency-option-unsure = No lo tengo claro

question-em_saddle = ¿Tienes entumecimiento u hormigueo alrededor de los genitales o las nalgas?
question-em_saddle-option-yes = Sí
question-em_saddle-option-no = No
question-em_saddle-option-unsure = No lo sé

question-em_bladder = ¿Tienes dificultad para orinar que antes no tenías, o has perdido el control de la orina o de las heces?
question-em_bladder-option-yes = Sí
question-em_bladder-option-no = No
question-em_bladder-option-unsure = No lo sé

question-em_legs = ¿Debilidad, entumecimiento o dolor en las <b>dos</b> piernas, o una pierna que cada vez tiene menos fuerza?
question-em_legs-option-yes = Sí
question-em_legs-option-no = No
question-em_legs-option-unsure = No lo sé

question-em_chest = ¿Tienes dolor en el pecho, o el dolor de espalda empezó después de un accidente grave o una caída fuerte?
question-em_chest-option-yes = Sí
question-em_chest-option-no = No
question-em_chest-option-unsure = No lo sé

question-red_urgent =
    Gracias. ¿Y alguna de estas?
    • fiebre, o sensación de calor con escalofríos
    • pérdida de peso sin explicación, o has tenido cáncer
    • una hinchazón o una forma extraña en la espalda
    • dolor que no mejora con el reposo, o que empeora por la noche
    • dolor que empezó después de una caída o un golpe leve, y tienes osteoporosis
question-red_urgent-option-none = Ninguna de estas
question-red_urgent-option-yes = Sí, una o más
question-red_urgent-option-unsure = No lo tengo claro

question-ur_fever = ¿Fiebre, o sensación de calor con escalofríos?
question-ur_fever-option-yes = Sí
question-ur_fever-option-no = No
question-ur_fever-option-unsure = No lo sé

question-ur_weight = ¿Has perdido peso sin explicación, o has tenido cáncer?
question-ur_weight-option-yes = Sí
question-ur_weight-option-no = No
question-ur_weight-option-unsure = No lo sé

question-ur_swelling = ¿Una hinchazón o una forma extraña en la espalda?
question-ur_swelling-option-yes = Sí
question-ur_swelling-option-no = No
question-ur_swelling-option-unsure = No lo sé

question-ur_night = ¿Dolor que no mejora con el reposo, o que empeora por la noche?
question-ur_night-option-yes = Sí
question-ur_night-option-no = No
question-ur_night-option-unsure = No lo sé

question-ur_fall = ¿El dolor empezó después de una caída o un golpe leve, y tienes osteoporosis?
question-ur_fall-option-yes = Sí
question-ur_fall-option-no = No
question-ur_fall-option-unsure = No lo sé

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

question-balance = ¿Pierdes el equilibrio con facilidad estando de pie, o al inclinarte hacia atrás?
question-balance-option-yes = Sí
question-balance-option-no = No

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
