## /report: PDF для терапевта или физиотерапевта.
## Даты в отчёте кончаются на «г.», поэтому после даты в конце строки точки нет.

report-ask = { $named ->
    [yes] <b>Отчёт для вашего врача или физиотерапевта</b>
        Я сделаю PDF на одну-две страницы: ваш план, занятия, боль и оценку повседневных дел, а также тревожные признаки, о которых вы мне сообщили. В отчёте будет имя <b>{ $name }</b>.
        Хотите что-то у них спросить? Напишите вопрос одной строкой, и я напечатаю его вверху отчёта. Или нажмите «Пропустить».
   *[no] <b>Отчёт для вашего врача или физиотерапевта</b>
        Я сделаю PDF на одну-две страницы: ваш план, занятия, боль и оценку повседневных дел, а также тревожные признаки, о которых вы мне сообщили. Имени в отчёте пока нет.
        Хотите что-то у них спросить? Напишите вопрос одной строкой, и я напечатаю его вверху отчёта. Или нажмите «Пропустить».
 }
report-skip-button = Пропустить: сделать отчёт
report-name-button = Указать другое имя
report-ask-name = Напишите имя для отчёта, например полное имя (не больше { $limit } символов).
report-name-empty = Для имени нужно хотя бы несколько букв. Какое имя указать в отчёте?
report-name-too-long = Здесь { $length } символов; имя должно быть короче { $limit }. Какое имя указать в отчёте?
report-question-empty = Для вопроса нужно хотя бы несколько слов. Или нажмите «Пропустить» выше.
report-question-too-long = Здесь { $length } символов; пожалуйста, уложитесь в { $limit } и одну строку, чтобы вопрос поместился вверху отчёта. Что вы хотите спросить?
report-made-already = Этот отчёт уже готов. Отправьте /report, чтобы сделать новый.
report-nothing-yet = Для отчёта сначала нужны ваши ответы. Отправьте /start, и мы вместе пройдём вопросы; после этого /report сделает сводку для вашего врача или физиотерапевта.
report-caption = Ваш отчёт для врача или физиотерапевта. Покажите его на телефоне или распечатайте. Я каждый раз делаю его заново по тому, что вы мне рассказали.
report-offer = 📄 Собираетесь на приём? /report сделает короткую сводку, чтобы показать врачу.

report-title = { $named ->
    [yes] Отчёт Back Coach: { $name }
   *[no] Отчёт Back Coach
 }
report-period = Составлен { $made }; период: с { $start } по сегодня ({ $span })
report-span-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
 }
report-span-weeks = { $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
   *[many] { $weeks } недель
 }
report-about = Back Coach — чат-бот в Telegram: он ведёт домашнюю программу из пяти упражнений при боли в пояснице и записывает то, что сообщает человек. Все данные указаны самим человеком. Это не медицинское изделие, и этот отчёт не является диагнозом.
report-question-label = { $named ->
    [yes] { $name } хочет спросить:
   *[no] Человек хочет спросить:
 }
report-glance-title = Коротко
report-glance-sessions = Занятия: { $done } из { $planned } запланированных (два в день) с { $since }
report-glance-pain-down = Боль перед занятиями за последние четыре недели: снизилась с { $start } до { $end } из 10 (за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
 }).
report-glance-pain-up = Боль перед занятиями за последние четыре недели: выросла с { $start } до { $end } из 10 (за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
 }).
report-glance-pain-steady = Боль перед занятиями за последние четыре недели: держится около { $end } из 10 (за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
 }).
report-glance-pain-early = Боль: пока слишком мало оценок, чтобы увидеть динамику.
report-glance-function-none = Оценка повседневных дел: ещё не проводилась.
report-glance-function-first = Оценка повседневных дел: есть только первые оценки, сравнивать пока не с чем.
report-glance-function-better = Оценка повседневных дел: хотя бы одно дело улучшилось на 2 балла или больше, ни одно не ухудшилось.
report-glance-function-worse = Оценка повседневных дел: хотя бы одно дело стало труднее на 2 балла или больше.
report-glance-function-same = Оценка повседневных дел: пока нет изменений на 2 балла или больше.
report-glance-signs = Тревожные признаки: { $open ->
    [one] { $open } ещё не проверен
    [few] { $open } ещё не проверены
   *[many] { $open } ещё не проверено
 }, { $cleared ->
    [one] { $cleared } проверен врачом
    [few] { $cleared } проверены врачом
   *[many] { $cleared } проверено врачом
 } (подробности ниже).
report-glance-signs-none = Тревожные признаки: не указаны.
report-glance-not-improving = Через шесть недель и больше боль не снизилась на 2 балла: Back Coach посоветовал обратиться к терапевту или физиотерапевту.
report-glance-paused = План приостановлен с { $day }: боль выросла после двух занятий за две недели.
report-glance-gentle = Человек занимается по щадящему плану (два упражнения, половина повторений).

report-weeks-title = Занятия и боль по неделям
report-weeks-head-week = Неделя с
report-weeks-head-sessions = Занятий сделано / по плану
report-weeks-head-before = Боль до
report-weeks-head-after = Боль после
report-weeks-cell = { $done } / { $planned }
report-weeks-note = Боль оценивается от 0 (нет) до 10 (сильнейшая вообразимая) до и после каждого занятия; в таблице — медиана за неделю.
report-chart-title = Боль до и после, по дням
report-chart-too-little = График боли появится, когда будут оценки хотя бы за два дня.

report-plan-title = План упражнений
report-plan-head-exercise = Упражнение
report-plan-head-level = Уровень и нагрузка
report-plan-head-why = Зачем оно в плане
report-plan-level = Уровень { $number } из { $count }: { $name }
report-plan-on-hold = Пока на паузе
report-plan-none = Плана пока нет: вопросы не пройдены до конца.
report-plan-lock-emergency = План заблокирован: человек указал признак, требующий экстренной помощи.
report-plan-lock-awaiting_clearance = План заблокирован, пока врач не проверит тревожные признаки ниже.
report-plan-lock-awaiting_go_ahead = План ждёт разрешения хирурга или физиотерапевта после недавней операции на спине.
report-plan-lock-pain_pause = План приостановлен: боль дважды выросла за две недели; он продолжится после осмотра специалистом или по щадящему плану.

report-function-title = Оценка повседневных дел (Patient-Specific Functional Scale)
report-function-intro = Дела, которые даются человеку с трудом; каждое оценено от 0 (совсем не может) до 10 (как до проблем со спиной). Изменение на 2 балла и больше значимо.
report-function-dates = { $count ->
    [1] 1 оценка: { $first }
    [one] { $count } оценка: первая { $first }, последняя { $latest }
    [few] { $count } оценки: первая { $first }, последняя { $latest }
   *[many] { $count } оценок: первая { $first }, последняя { $latest }
 }
report-function-head-activity = Дело (словами человека)
report-function-head-first = Первая
report-function-head-latest = Последняя
report-function-head-change = Изменение
report-function-meaningful = { $signed } (значимо)
report-function-none = Ещё не проводилась.

report-support-title = Насколько спина мешает повседневной жизни
report-support-intro = Короткий опросник о том, сколько поддержки может понадобиться человеку; чем выше балл, тем больше.
report-support-change = Балл изменился с { $first } до { $latest }.
report-support-head-date = Дата
report-support-head-score = Балл
report-support-head-group = Группа
report-support-group-lower = меньшая потребность
report-support-group-medium = средняя потребность
report-support-group-higher = большая потребность

report-signs-title = Тревожные признаки
report-signs-none = Не указаны ни в вопросах о безопасности, ни в сообщениях.
report-signs-head-sign = Признак
report-signs-head-tier = Когда показаться врачу
report-signs-head-reported = Указан
report-signs-head-cleared = Проверен
report-signs-not-cleared = ещё нет
report-signs-note = «Проверен» — со слов человека, что специалист осмотрел его лично и разрешил упражнения. Если проверенный признак возвращается, бот спрашивает снова («новое или хуже, чем на осмотре?»), и план останавливается, если это не то же самое.
report-sign-unsure = { $sign } (не уверен)
report-tier-emergency = Экстренно, сейчас
report-tier-same_day = К врачу в тот же день
report-tier-soon = К терапевту в ближайшие дни
report-sign-em_saddle = Онемение в области половых органов или ягодиц («седловидная» зона)
report-sign-em_bladder = Новые трудности с мочеиспусканием или потеря контроля над мочевым пузырём или кишечником
report-sign-em_bowel = Изменение контроля или ощущений при дефекации
report-sign-em_sexual = Новые изменения чувствительности гениталий, эрекции или эякуляции
report-sign-em_sciatica = Ишиас в обеих ногах
report-sign-em_legs = Слабость или онемение в ногах
report-sign-em_chest = Боль в груди
report-sign-em_accident = Боль в спине после серьёзной травмы или падения
report-sign-em_tummy = Внезапная боль в животе и спине со слабостью
report-sign-ur_fever = Температура или озноб
report-sign-ur_immune = Ослабленный иммунитет или инъекционное употребление наркотиков
report-sign-ur_infection = Недавняя бактериальная инфекция
report-sign-ur_fall = Лёгкое падение или ушиб при остеопорозе или долгом приёме стероидов
report-sign-ur_fracture = Сильная боль по центру спины, легче только лёжа
report-sign-ur_swelling = Припухлость или деформация спины
report-sign-ur_night = Ночная боль, которую не облегчает никакое положение
report-sign-ur_high = Боль высоко в спине, между лопатками
report-sign-ur_cough = Боль заметно сильнее при кашле, чихании или натуживании
report-sign-so_cancer = Онкологическое заболевание в прошлом
report-sign-so_weight = Необъяснимая потеря веса
report-sign-so_age = Новая боль в спине в возрасте старше 50 или младше 20 лет
report-sign-so_month = Никакого улучшения за месяц
report-sign-so_inflammatory = Воспалительный тип: утренняя скованность, легче от движения
report-sign-em_other = Признак, требующий экстренной помощи (прежняя версия вопросов, без названия)
report-sign-ur_other = Признак, требующий врача в тот же день (прежняя версия вопросов, без названия)

report-cautions-title = Особые условия
report-cautions-none = Не указаны (беременность, недавняя операция на спине, остеопороз, проблемы с равновесием).
report-caution-pregnant = Беременность: никаких упражнений лёжа на животе, сначала согласие акушерки или врача.
report-caution-surgery-ok = Недавняя операция на спине: по словам человека, хирург или физиотерапевт разрешил эти упражнения.
report-caution-surgery-waiting = Недавняя операция на спине: план ждёт разрешения хирурга или физиотерапевта.
report-caution-osteoporosis = Остеопороз: без отягощений, без форсированных наклонов до пола.
report-caution-balance = Проблемы с равновесием: упражнения стоя с опорой или варианты лёжа.

report-care-title = Обострения, усиление боли и паузы
report-care-flares = { $count ->
    [one] Советы при обострении открывались { $count } раз: { $days }
    [few] Советы при обострении открывались { $count } раза, последние: { $days }
   *[many] Советы при обострении открывались { $count } раз, последние: { $days }
 }
report-care-no-flares = Советы при обострении не открывались.
report-care-rises = { $count ->
    [one] Боль усилилась после { $count } занятия (на 2 балла и больше или до 8 и выше): { $rises }.
    [few] Боль усилилась после { $count } занятий (на 2 балла и больше или до 8 и выше), последние: { $rises }.
   *[many] Боль усилилась после { $count } занятий (на 2 балла и больше или до 8 и выше), последние: { $rises }.
 }
report-care-rise = { $day } ({ $before } → { $after })
report-care-no-rises = Боль не усиливалась ни после одного занятия (на 2 балла и больше или до 8 и выше).
report-care-paused = Пауза с { $day }: боль выросла после двух занятий за две недели.
report-care-resumed_seen = Продолжено { $day }: по словам человека, его осмотрел специалист.
report-care-resumed_gentle = Продолжено { $day } по щадящему плану.
report-care-paused-now = Сейчас план приостановлен (с { $day }).
report-footer = Отчёт Back Coach · со слов человека, не диагноз · страница { $page } из { $pages }
