## Оценка повседневных дел (шкала PSFS: Patient-Specific Functional Scale)

function-check-header = <b>Оценка повседневных дел</b>
function-check-due = Пора оценить повседневные дела: три быстрые оценки того, что вам трудно делать из-за спины, около двух минут.
function-check-first-due = Оценка повседневных дел поможет нам обоим увидеть, что становится легче: назовите до трёх дел, которые из-за спины даются трудно, и оцените каждое. Около двух минут.
function-check-start-button = Оценить повседневные дела
function-check-continue-button = Продолжить оценку
function-check-after-session-button = 📋 Оценить, что даётся трудно (2 мин)
function-check-not-due = Следующая оценка повседневных дел: { $date }.
function-check-in-progress = Вы остановились на середине оценки повседневных дел.
function-check-ask-name-first =
    <b>Оценка повседневных дел</b>
    Назовите в нескольких словах одно обычное дело, которое из-за спины даётся вам трудно. Например: <i>надеть носки</i>, <i>досидеть до конца фильма</i>, <i>нести сумки с продуктами</i>.
    Просто напишите его.
function-check-ask-name-more = Назовите в нескольких словах ещё одно дело, которое из-за спины даётся трудно. Просто напишите его.
function-check-name-too-long = Пожалуйста, покороче: не длиннее { $limit ->
    [one] { $limit } символа
    [few] { $limit } символов
   *[many] { $limit } символов
 }. Что это за дело?
function-check-name-empty = Мне нужно хотя бы несколько слов. Что вам трудно делать из-за спины?
function-check-ask-rating =
    <b>{ $activity }</b>: насколько хорошо у вас это получается сейчас?
    0 — совсем не получается, 10 — так же, как до проблем со спиной.
function-check-rated =
    { $question }
    → <b>{ $score }</b>
function-check-ask-more = { $limit ->
    [1] Сохранено. Можно назвать одно дело (пока названо: { $count }).
    [one] Сохранено. Можно назвать до { $limit } дела (пока названо: { $count }).
    [few] Сохранено. Можно назвать до { $limit } дел (пока названо: { $count }).
   *[many] Сохранено. Можно назвать до { $limit } дел (пока названо: { $count }).
 }
function-check-more-button = Добавить ещё
function-check-enough-button = Это всё
function-check-first-done =
    Спасибо, это ваша точка отсчёта:
    { $lines }
    Через две недели ({ $date }) я попрошу вас снова оценить те же дела и покажу, что изменилось.
function-check-first-line = • { $name }: <b>{ $score }</b> из 10
function-check-later-done =
    <b>Что изменилось с первой оценки</b>
    { $lines }
    { $verdict }
    Следующая оценка: { $date }.
function-check-change-up = • { $name }: { $first } → <b>{ $latest }</b> (+{ $change }), заметное улучшение
function-check-change-down = • { $name }: { $first } → <b>{ $latest }</b> ({ $change }), заметное ухудшение
function-check-change-small = • { $name }: { $first } → <b>{ $latest }</b> ({ $signed }), в пределах обычных колебаний
function-check-verdict-better = Изменение на 2 балла и больше считается значимым, так что это настоящий прогресс. Отлично.
function-check-verdict-worse = Что-то стало даваться труднее на 2 балла или больше. Если спине становится хуже, перейдите на уровень легче, отправьте /checkup, а если так и останется, обратитесь к врачу.
function-check-verdict-same = Изменений на 2 балла и больше пока нет; поначалу это нормально. Продолжайте.
function-check-progress-line-first = • { $name }: <b>{ $score }</b> из 10 (первая оценка)
function-check-next-on = Следующая оценка повседневных дел: { $date }.
function-check-answered-already = Уже отмечено, спасибо.
function-check-finished-already = Эта оценка уже завершена. Результаты есть в /progress.
