## Вопросы опроса и кнопки ответов (порядок и ветвление: coach/checkin.py)

question-red_emergency =
    <b>Сначала короткая проверка безопасности.</b>
    Есть ли у вас сейчас что-то из этого?
    • онемение или покалывание в области половых органов или ягодиц
    • новые трудности с мочеиспусканием или потеря контроля над мочевым пузырём или кишечником
    • слабость, онемение или боль в обеих ногах, или нарастающая слабость в одной ноге
    • боль в груди или боль в спине после серьёзного несчастного случая (например, аварии) или тяжёлого падения
question-red_emergency-option-none = Ничего из этого
question-red_emergency-option-yes = Да, что-то из этого
question-red_emergency-option-unsure = Не знаю точно

question-em_saddle = Есть ли онемение или покалывание в области половых органов или ягодиц?
question-em_saddle-option-yes = Да
question-em_saddle-option-no = Нет
question-em_saddle-option-unsure = Не знаю точно

question-em_bladder = Появились ли новые трудности с мочеиспусканием, или вы перестали контролировать мочевой пузырь или кишечник?
question-em_bladder-option-yes = Да
question-em_bladder-option-no = Нет
question-em_bladder-option-unsure = Не знаю точно

question-em_legs = Слабость, онемение или боль в <b>обеих</b> ногах, или одна нога становится всё слабее?
question-em_legs-option-yes = Да
question-em_legs-option-no = Нет
question-em_legs-option-unsure = Не знаю точно

question-em_chest = Боль в груди, или боль в спине началась после серьёзного несчастного случая (например, аварии) или тяжёлого падения?
question-em_chest-option-yes = Да
question-em_chest-option-no = Нет
question-em_chest-option-unsure = Не знаю точно

question-red_urgent =
    Спасибо. А что-то из этого есть?
    • высокая температура, или вас знобит и бросает в жар
    • вы худеете без понятной причины, или у вас когда-либо был рак
    • припухлость на спине или изменение формы спины
    • боль, которая не ослабевает в покое или усиливается ночью
    • боль началась после небольшого падения или удара, и у вас остеопороз
question-red_urgent-option-none = Ничего из этого
question-red_urgent-option-yes = Да, что-то из этого
question-red_urgent-option-unsure = Не знаю точно

question-ur_fever = Высокая температура, или вас знобит и бросает в жар?
question-ur_fever-option-yes = Да
question-ur_fever-option-no = Нет
question-ur_fever-option-unsure = Не знаю точно

question-ur_weight = Вы худеете без понятной причины, или у вас когда-либо был рак?
question-ur_weight-option-yes = Да
question-ur_weight-option-no = Нет
question-ur_weight-option-unsure = Не знаю точно

question-ur_swelling = Припухлость на спине, или спина изменила форму?
question-ur_swelling-option-yes = Да
question-ur_swelling-option-no = Нет
question-ur_swelling-option-unsure = Не знаю точно

question-ur_night = Боль, которая не ослабевает в покое или усиливается ночью?
question-ur_night-option-yes = Да
question-ur_night-option-no = Нет
question-ur_night-option-unsure = Не знаю точно

question-ur_fall = Боль началась после небольшого падения или удара, и у вас остеопороз?
question-ur_fall-option-yes = Да
question-ur_fall-option-no = Нет
question-ur_fall-option-unsure = Не знаю точно

question-triggers =
    <b>Теперь о вашей спине.</b> Когда она болит?
    Отметьте всё, что подходит, и нажмите <b>Готово</b>.
question-triggers-option-bend = При наклоне вперёд
question-triggers-option-sit_stand = Когда долго сижу или стою
question-triggers-option-get_up = Когда встаю или выпрямляюсь
question-triggers-option-bed = При поворотах в постели, во сне
question-triggers-option-walk = При ходьбе

question-leg_pain = Отдаёт ли боль из спины в ногу?
question-leg_pain-option-yes = Да
question-leg_pain-option-no = Нет

question-below_knee = Доходит ли она ниже колена?
question-below_knee-option-yes = Да
question-below_knee-option-no = Нет

question-fear_bending = Вы опасаетесь наклоняться вперёд или избегаете наклонов?
question-fear_bending-option-yes = Да
question-fear_bending-option-little = Немного
question-fear_bending-option-no = Нет

question-stiffness = Бывает ли, что спина скованная, например по утрам?
question-stiffness-option-yes = Да
question-stiffness-option-no = Нет

question-balance = Легко ли вы теряете равновесие стоя или когда отклоняетесь назад?
question-balance-option-yes = Да
question-balance-option-no = Нет

question-duration = Как долго спина беспокоит вас в этот раз?
question-duration-option-under_6w = Меньше 6 недель
question-duration-option-w6_12 = От 6 до 12 недель
question-duration-option-over_12w = Больше 3 месяцев

question-pain_now = Насколько сильно болит прямо сейчас? 0 — боли нет, 10 — самая сильная боль, какую можно представить.
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
