## /progress, его график и итоги недели

progress-title = <b>Ваш прогресс</b>
progress-nothing-yet = Занятий пока не было, поэтому показывать нечего. Отправьте /session, чтобы начать первое (от { $shortest } до { $longest } { $longest ->
    [one] минуты
   *[other] минут
 }), а дальше я буду вести счёт.
progress-streak = { $days ->
    [0] 🔥 Ни сегодня, ни вчера занятий не было. Одно короткое занятие — и начнётся новая серия.
    [1] 🔥 <b>1 день</b> с занятием. Позанимайтесь завтра — и начнётся серия.
    [one] 🔥 <b>{ $days } день</b> подряд с занятиями
    [few] 🔥 <b>{ $days } дня</b> подряд с занятиями
   *[many] 🔥 <b>{ $days } дней</b> подряд с занятиями
 }
progress-week = 📅 На этой неделе: <b>{ $done }</b> из { $asked ->
    [one] { $asked } занятия
    [few] { $asked } занятий
   *[many] { $asked } занятий
 } (по плану — два в день)
progress-week-on-track = 📅 На этой неделе: <b>{ $done }</b> из { $asked ->
    [one] { $asked } занятия
    [few] { $asked } занятий
   *[many] { $asked } занятий
 }, точно по плану
progress-total = { $total ->
    [one] ✅ Всего { $total } занятие
    [few] ✅ Всего { $total } занятия
   *[many] ✅ Всего { $total } занятий
 }
progress-pain-down = 📉 Боль перед занятиями <b>снизилась с { $start } до { $end }</b> за { $span }.
progress-pain-up = 📈 Боль перед занятиями усилилась с { $start } до { $end } за { $span }. Если она будет расти дальше, перейдите на уровень легче и отправьте /checkup; если это не пройдёт, обратитесь к врачу.
progress-pain-steady = ➖ Боль перед занятиями за { $span } держится около { $end }.
progress-pain-too-early = Ещё несколько занятий с оценкой боли — и я смогу показать, как она меняется.
# На сколько времени хватает динамики боли: дни, если меньше недели, потом целые недели (до четырёх). Стоит после «за».
progress-span-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
 }
progress-span-weeks = { $weeks ->
    [1] неделю
    [2] две недели
    [3] три недели
    [4] четыре недели
    [one] { $weeks } неделю
    [few] { $weeks } недели
   *[many] { $weeks } недель
 }
progress-reach = 🙆 Глубина наклона: сначала { $first } ({ $first_day }), в последнее время { $steps }.
progress-reach-levels-1 = до колен
progress-reach-levels-2 = до середины голени
progress-reach-levels-3 = до щиколоток
progress-reach-levels-4 = до пола
progress-reach-arrow = {" → "}
progress-exercises-header = <b>Повторы и удержания</b>
progress-exercise = <b>{ $name }</b> · { $level }
progress-level = { $name } (уровень { $number } из { $count })
progress-tally = на этой неделе { $reps_week ->
    [one] { $reps_week } повтор
    [few] { $reps_week } повтора
   *[many] { $reps_week } повторов
 }, всего { $reps_total }
# Каждое удержание — это один повтор, поэтому считаем только удержания.
progress-tally-holds = на этой неделе { $holds_week ->
    [one] { $holds_week } удержание
    [few] { $holds_week } удержания
   *[many] { $holds_week } удержаний
 }, всего { $holds_total }
progress-no-reps-yet = повторов пока нет
progress-bends-by-reach = оцениваем по глубине наклона (см. выше)
progress-no-bends-yet = наклонов пока не было
progress-chart-title = { $weeks ->
    [1] Последняя неделя
    [one] Последняя { $weeks } неделя
    [few] Последние { $weeks } недели
   *[many] Последние { $weeks } недель
 }
progress-chart-pain-axis = Боль (0–10)
progress-chart-sessions-axis = Занятия
progress-chart-before = до
progress-chart-after = после
progress-chart-plan = план
progress-chart-caption = Боль до и после занятий по дням (вверху) и число занятий в день (внизу) за { $weeks ->
    [1] последнюю неделю
    [one] последнюю { $weeks } неделю
    [few] последние { $weeks } недели
   *[many] последние { $weeks } недель
 }.
progress-weekly-title = { $named ->
    [yes] <b>{ $name }, итоги вашей недели</b>
   *[no] <b>Итоги вашей недели</b>
 }
progress-weekly-none = На этой неделе занятий не было. Так бывает: завтра начинается новая неделя, и одно короткое занятие — прекрасный способ вернуться. /session начнёт его.
progress-weekly-cheer-1 = Хорошая неделя. Небольшие регулярные занятия — именно то, что успокаивает больную спину.
progress-weekly-cheer-2 = Отличная работа. Сохраните этот ритм и на следующей неделе.
progress-weekly-cheer-3 = Каждое занятие на счету, и вы нашли на них время. До встречи на следующей неделе.
progress-weekly-pause = Итоги недели можно отключить в /reminders.
progress-weekly-setting-on = 📊 Итоги недели: по воскресеньям в <b>{ $at }</b>
progress-weekly-setting-off = 📊 Итоги недели: выключены
progress-weekly-on-button = Присылать итоги недели
progress-weekly-off-button = Не присылать итоги недели
progress-weekly-on-toast = Итоги недели включены: по воскресеньям вечером.
progress-weekly-off-toast = Итоги недели выключены.

# Шесть недель занятий, а боль (или двигательные возможности) почти не изменились: пора к специалисту.
progress-not-improving = 🩺 Вы занимаетесь уже шесть недель, а боль пока почти не уменьшилась. Сейчас хорошее время показаться терапевту или физиотерапевту (реабилитологу): они посмотрят, что ещё может помочь. А пока продолжайте двигаться.
