## Вопросы опроса и кнопки ответов (порядок и ветвление: coach/checkin.py)

question-red_emergency =
    <b>Сначала короткая проверка безопасности.</b> С тех пор как началась боль в спине, появилось ли что-то из этого впервые?
    { -early-signs }
question-red_emergency-option-none = Ничего из этого
question-red_emergency-option-yes = Да, что-то из этого
question-red_emergency-option-unsure = Не знаю точно

question-em_which = { $level ->
    [unsure] В чём из этого вы не уверены? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
   *[yes] Что из этого происходит? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
 }
question-em_which-option-em_saddle = Онемение: ягодицы, пах
question-em_which-option-em_bladder = Мочеиспускание изменилось
question-em_which-option-em_bowel = Контроль стула изменился
question-em_which-option-em_sexual = Чувствительность, эрекция
question-em_which-option-em_sciatica = Боль в обе ноги
question-em_which-option-em_legs = Нога слабеет или немеет

question-sc_saddle =
    Быстрая проверка, которую можно сделать самостоятельно: когда вы подтираетесь после туалета, не кажется ли кожа в области ягодиц или половых органов онемевшей или не такой, как обычно?
question-sc_saddle-option-yes = Да, онемела или не как обычно
question-sc_saddle-option-no = Нет, всё как обычно
question-sc_saddle-option-unsure = Не могу понять

question-sc_bladder =
    Быстрая проверка: изменилось ли что-нибудь при мочеиспускании с тех пор, как началась боль в спине? Например, труднее начать, струя слабее, не получается удержать, или вы не чувствуете, как идёт моча или когда пузырь полон.
question-sc_bladder-option-yes = Да, что-то изменилось
question-sc_bladder-option-no = Нет, всё как обычно
question-sc_bladder-option-unsure = Не могу понять

question-sc_legs =
    Быстрая проверка: держась за что-нибудь, можете ли вы пройти несколько шагов на пятках, а потом на носках? Стопа шлёпает по полу, цепляется или волочится?
question-sc_legs-option-yes = Не могу, или стопа волочится
question-sc_legs-option-no = Да, всё получается
question-sc_legs-option-unsure = Не могу понять

# Признак, который уже осматривал специалист, отмечен снова: одни и те же слова для каждой группы.
-seen-worse = Новое или хуже
-seen-same = Так же, как при осмотре
-seen-unsure = Не знаю точно
question-em_seen = Вы уже сообщали об этом, и вас осматривал специалист: { $signs }. Это новое или стало хуже, чем при осмотре?
question-em_seen-option-worse = { -seen-worse }
question-em_seen-option-same = { -seen-same }
question-em_seen-option-unsure = { -seen-unsure }
question-ot_seen = Вы уже сообщали об этом, и вас осматривал специалист: { $signs }. Это новое или стало хуже, чем при осмотре?
question-ot_seen-option-worse = { -seen-worse }
question-ot_seen-option-same = { -seen-same }
question-ot_seen-option-unsure = { -seen-unsure }
question-ur_seen = Вы уже сообщали об этом, и вас осматривал специалист: { $signs }. Это новое или стало хуже, чем при осмотре?
question-ur_seen-option-worse = { -seen-worse }
question-ur_seen-option-same = { -seen-same }
question-ur_seen-option-unsure = { -seen-unsure }
question-so_seen = Вы уже сообщали об этом, и вас осматривал специалист: { $signs }. Это новое или стало хуже, чем при осмотре?
question-so_seen-option-worse = { -seen-worse }
question-so_seen-option-same = { -seen-same }
question-so_seen-option-unsure = { -seen-unsure }

question-urgent_next = Хотите ответить на остальные вопросы сейчас, чтобы план был готов, как только специалист скажет, что заниматься можно? Или пока остановимся на этом?
question-urgent_next-option-finish = Ответить сейчас
question-urgent_next-option-stop = Пока остановимся

question-red_other =
    Спасибо. Происходит ли что-то из этого?
    • боль в груди
    • боль в спине началась после серьёзной аварии или падения, например автомобильной аварии или падения с высоты
    • внезапная сильная боль в животе и спине со слабостью, головокружением или потливостью, или пульсация в животе
question-red_other-option-none = Ничего из этого
question-red_other-option-yes = Да, что-то из этого
question-red_other-option-unsure = Не знаю точно

question-ot_which = { $level ->
    [unsure] В чём из этого вы не уверены? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
   *[yes] Что из этого происходит? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
 }
question-ot_which-option-em_chest = Боль в груди
question-ot_which-option-em_accident = После аварии или падения
question-ot_which-option-em_tummy = Живот и спина, слабость

question-red_urgent =
    Спасибо. С тех пор как началась боль, было ли что-то из этого?
    • повышенная температура или озноб, или вас бросает то в жар, то в дрожь
    • ослабленный иммунитет (долгий приём стероидных гормонов в таблетках, лекарства, подавляющие иммунитет, ВИЧ), или вы употребляете наркотики в инъекциях
    • недавняя бактериальная инфекция, например инфекция мочевых путей или лёгких, которую лечили антибиотиками
    • боль началась после небольшого падения или удара, и у вас хрупкие кости (остеопороз) или вы долго принимаете стероиды
    • сильная боль посередине спины, которая проходит только лёжа
    • припухлость или новое необычное изменение формы спины
    • ночная боль, которую не облегчает ни одно положение
    • боль высоко, между лопатками, а не внизу спины
    • боль, которая сильно усиливается при кашле, чихании или натуживании в туалете
    • у вас есть или был рак
    • вы похудели, хотя не старались похудеть
question-red_urgent-option-none = Ничего из этого
question-red_urgent-option-yes = Да, что-то из этого
question-red_urgent-option-unsure = Не знаю точно

question-ur_which = { $level ->
    [unsure] В чём из этого вы не уверены? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
   *[yes] Что из этого у вас есть? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
 }
question-ur_which-option-ur_fever = Температура или озноб
question-ur_which-option-ur_immune = Слабый иммунитет, наркотики
question-ur_which-option-ur_infection = Недавняя инфекция
question-ur_which-option-ur_fall = Падение, хрупкие кости
question-ur_which-option-ur_fracture = Середина спины, легче лёжа
question-ur_which-option-ur_swelling = Припухлость, форма спины
question-ur_which-option-ur_night = Ночная боль в любом положении
question-ur_which-option-ur_high = Боль между лопатками
question-ur_which-option-ur_cough = Хуже при кашле, чихании
question-ur_which-option-so_cancer = У меня есть или был рак
question-ur_which-option-so_weight = Худею, хотя не стараюсь

question-red_soon =
    Часть о безопасности почти закончена. Что-то из этого относится к вам?
    • эта боль в спине новая, и вам больше 50 или меньше 20 лет
    • боль совсем не уменьшилась за месяц или дольше
    • боль в спине больше 3 месяцев, началась примерно до 45 лет, по утрам скованность дольше получаса, которая проходит от движения, а не в покое, или боль будит во второй половине ночи
question-red_soon-option-none = Ничего из этого
question-red_soon-option-yes = Да, что-то из этого
question-red_soon-option-unsure = Не знаю точно

question-so_which = { $level ->
    [unsure] В чём из этого вы не уверены? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
   *[yes] Что из этого относится к вам? Отметьте каждый пункт, затем нажмите <b>Готово</b>.
 }
question-so_which-option-so_age = Новая боль, мне за 50 или до 20
question-so_which-option-so_month = Не лучше уже месяц
question-so_which-option-so_inflammatory = Скованность утром, легче в движении

question-was_checked =
    В прошлый раз вы сообщили мне: { $signs }. Сегодня вы это не отметили. Вас с тех пор осмотрел специалист и разрешил заниматься?
question-was_checked-option-checked = Меня осмотрели: можно заниматься
question-was_checked-option-not_yet = Пока нет
question-was_checked-option-gone = Нет, это прошло само

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

question-cautions =
    Что-то из этого относится к вам? От этого зависит, как выполнять некоторые упражнения.
    Отметьте всё подходящее и нажмите <b>Готово</b> (если ничего не подходит, просто <b>Готово</b>).
question-cautions-option-pregnant = Я беременна
question-cautions-option-surgery = Недавняя операция на спине
question-cautions-option-osteoporosis = Хрупкие кости (остеопороз)
question-cautions-option-balance = Легко теряю равновесие

question-surgery_ok = Разрешил ли ваш хирург или физиотерапевт начинать такие упражнения?
question-surgery_ok-option-yes = Да, мне разрешили
question-surgery_ok-option-no = Пока нет

question-pregnancy_ok = Разрешили ли вам акушерка или врач начинать такие упражнения? Во время беременности новую программу начинают только с их разрешения: они знают, как идёт ваша беременность.
question-pregnancy_ok-option-yes = Да, разрешили
question-pregnancy_ok-option-no = Пока нет

question-pregnancy_weeks = Какой у вас срок? Примерно с 16-й недели не рекомендуется подолгу лежать на спине, поэтому я заранее заменю такие упражнения.
question-pregnancy_weeks-option-under_12 = Меньше 12 недель
question-pregnancy_weeks-option-from_12 = 12 недель или больше

question-coping = Спина мешает вам в повседневных делах, или вам тяжело с этим справляться?
question-coping-option-yes = Да
question-coping-option-no = Нет

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
