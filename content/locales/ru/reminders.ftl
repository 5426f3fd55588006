## Часовой пояс, время напоминаний, /reminders и сами напоминания

reminders-ask-zone-first =
    И ещё одно: упражнения лучше всего работают два раза в день, утром и вечером. Я могу присылать короткое напоминание в нужное время там, где вы находитесь.

    В каком городе вы находитесь? Напишите его название или часовой пояс, например <code>Europe/Moscow</code>.
reminders-ask-zone = В каком городе вы находитесь? Напишите его название или часовой пояс, например <code>Europe/Moscow</code>.
reminders-local-time-button = Лучше назову своё время
# Кнопка Telegram «отправить геопозицию» под полем ввода, вместе с вопросом о городе.
reminders-share-location-button = 📍 Отправить геопозицию
reminders-share-location-hint = Или нажмите <b>📍 Отправить геопозицию</b> внизу. Я возьму из неё только ваш часовой пояс; само место не сохраняется.
reminders-location-noted = 📍 Спасибо. Из геопозиции взят только ваш часовой пояс.
reminders-location-unknown = Извините, не получилось определить часовой пояс в этом месте. Пожалуйста, напишите название ближайшего города.
reminders-location-not-asked = Спасибо, но ваша геопозиция мне не нужна. Чтобы напоминания приходили по вашему местному времени, отправьте /reminders.
reminders-zone-noted = 👍 Спасибо.
reminders-not-now-button = Не сейчас
reminders-not-now = Хорошо. Если захотите получать напоминания, отправьте /reminders.
reminders-zone-unknown = Не знаю такого места: «{ $text }», извините. Попробуйте ближайший крупный город (например, <i>Moscow</i> или <i>Berlin</i>) или название часового пояса, например <code>Europe/Moscow</code>.
reminders-ask-clock = Который у вас сейчас час? Напишите в формате ЧЧ:ММ, например 14:35.
reminders-clock-unclear = Это не похоже на время. Пожалуйста, напишите в формате ЧЧ:ММ, например 07:30 или 19:05.
reminders-fixed-zone-note = Фиксированное смещение не учитывает переход на летнее время; чтобы это исправить, в любой момент напишите свой город в /reminders.
reminders-proposal =
    Принято: <b>{ $zone }</b> (сейчас там { $now }).
    Как насчёт напоминаний в <b>{ $morning }</b> утром и в <b>{ $evening }</b> вечером?
reminders-accept-button = Подходит
# Часовой пояс известен из того, где человек находится: подтвердить, а не спрашивать снова.
reminders-confirm-zone =
    И ещё: упражнения лучше всего работают два раза в день. Присылать вам короткое напоминание в <b>{ $morning }</b> и в <b>{ $evening }</b> по вашему времени?
    Ваш часовой пояс: <b>{ $zone }</b> (там сейчас { $now }).
reminders-accepted = Всё готово! Изменить время можно в любой момент: отправьте /reminders.
reminders-midday-offer = В вашем плане есть прогиб назад стоя, а он помогает лучше всего, если делать его несколько раз в день. Напоминать о нём ещё и днём?
reminders-ask-time = Во сколько присылать { $slot } напоминание? Напишите ЧЧ:ММ, например { $example }.
reminders-time-set = Готово: { $slot } напоминание теперь приходит в <b>{ $at }</b>.
reminders-zone-set = Часовой пояс: <b>{ $zone }</b> (сейчас там { $now }).
reminders-cancelled = Хорошо, ничего не изменилось.
# Прилагательные среднего рода: «утреннее напоминание».
reminders-slot-names-morning = утреннее
reminders-slot-names-midday = дневное
reminders-slot-names-evening = вечернее
reminders-examples-morning = 07:30
reminders-examples-midday = 12:30
reminders-examples-evening = 19:05
reminders-change-buttons-morning = Изменить утреннее время
reminders-change-buttons-midday = Изменить дневное время
reminders-change-buttons-evening = Изменить вечернее время
reminders-change-zone-button = Изменить часовой пояс
reminders-pause-button = Пауза
reminders-resume-button = Возобновить
reminders-midday-on-button = Напоминать днём о прогибе
reminders-midday-off-button = Не напоминать днём
reminders-cancel-button = Отмена
reminders-settings-header = <b>Ваши напоминания</b>
reminders-settings-lines-morning = 🌅 Утром: <b>{ $at }</b>
reminders-settings-lines-midday = 🌤 Днём, прогиб назад: <b>{ $at }</b>
reminders-settings-lines-evening = 🌆 Вечером: <b>{ $at }</b>
reminders-settings-zone = 🌍 Часовой пояс: { $zone } (у вас сейчас { $now })
reminders-settings-paused = ⏸ На паузе: напоминаний не будет, пока вы их не возобновите.
reminders-not-set-up = Напоминаний пока нет. В каком городе вы находитесь? Напишите его название или часовой пояс, например <code>Europe/Moscow</code>.
reminders-paused-toast = Напоминания на паузе.
reminders-resumed-toast = Напоминания снова включены.
reminders-already-toast = Уже сделано.
reminders-midday-on-toast = Дневное напоминание включено.
reminders-midday-off-toast = Дневное напоминание выключено.
reminders-midday-not-in-plan = Дневное напоминание нужно для прогиба назад стоя, а его сейчас нет в вашем плане.
reminders-set-up-first = Сначала напишите свой город, потом можно будет выбрать время.
reminders-morning-1 = Доброе утро! ☀️ Несколько минут для спины, пока день не закрутился?
reminders-morning-2 = Доброе утро! Упражнения для спины ждут, когда вам будет удобно.
reminders-morning-3 = Пора потянуться: время утренних упражнений. 🌅
reminders-morning-4 = Доброе утро! Короткое занятие сейчас — и спине легче двигаться весь день.
reminders-evening-1 = Время вечерних упражнений. 🌆 Несколько спокойных минут для спины?
reminders-evening-2 = Добрый вечер! Упражнения ждут вас, это займёт всего несколько минут.
reminders-evening-3 = Пора завершать день: время вечерних упражнений.
reminders-evening-4 = Снова здравствуйте! Одно короткое занятие для спины, пока вечер не закончился?
reminders-evening-after-morning-1 = Утром вы хорошо поработали! 💪 Ещё одно занятие, чтобы завершить день?
reminders-evening-after-morning-2 = Утреннее занятие сделано, отлично. Готовы к вечернему?
reminders-evening-after-morning-3 = Утреннее занятие сделано ✓. Вечернее завершит день.
reminders-snoozed-1 = Напоминаю ещё раз. ⏰
reminders-snoozed-2 = Прошло полчаса, как договаривались: готовы к упражнениям?
reminders-snoozed-3 = Напоминаю снова, как вы и просили. Несколько минут для спины?
reminders-midday-1 = Дневная пауза: несколько прогибов назад стоя уменьшают боль, отдающую в ногу. Хватит и минуты. 🌤
reminders-midday-2 = Время для нескольких прогибов назад. Встаньте прямо, ладони на поясницу, мягко прогнитесь назад.
reminders-midday-3 = Короткий перерыв для спины: несколько прогибов назад стоя сейчас помогут ноге успокоиться.
reminders-today-line = Сегодня: { $exercises }
reminders-start-button = Начать сейчас
reminders-snooze-button = Отложить на 30 мин
reminders-skip-button = Пропустить сегодня
reminders-snoozed-note = ⏰ Отложено до { $at }.
reminders-skipped-note = Хорошо, сегодня больше не напомню. До завтра!
reminders-started-note = ▶️ Начинаем.
reminders-old-nudge = Это напоминание за один из прошлых дней.
reminders-already-snoozed = Уже отложено до { $at }.
reminders-reminders-paused = Ваши напоминания на паузе; /reminders снова их включит.
