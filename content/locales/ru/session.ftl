## Занятие с подсказками, нашими словами: спокойно, коротко, как физиотерапевт, который стоит рядом.

session-intro = <b>Сегодняшнее занятие</b>: { $count ->
    [one] { $count } упражнение
    [few] { $count } упражнения
   *[many] { $count } упражнений
 }. Я проведу вас по шагам; кнопки «Пауза» и «Стоп» всегда под рукой, если понадобятся.
session-nothing-today = Сейчас в вашем плане нет активных упражнений. /plan покажет почему.
session-pain-before =
    Прежде чем начать: как ваша спина сейчас?
    0 — боли нет, 10 — самая сильная боль, какую можно представить.
session-pain-after =
    Последний вопрос: как ваша спина теперь?
    0 — боли нет, 10 — самая сильная боль, какую можно представить.
session-pain-before-noted = Боль в спине до занятия: <b>{ $pain }/10</b>
session-pain-after-noted = Боль в спине после занятия: <b>{ $pain }/10</b>
session-card =
    <b>{ $number }/{ $total } · { $name }</b>
    <i>{ $purpose }</i>

    { $steps }

    <b>Сегодня:</b> { $dose }
session-card-level = Уровень { $number } из { $total }: { $name }. { $how }
session-card-tip = 💡 { $tip }
session-card-caution = ⚠️ { $caution }
session-step-line = { $number }. { $step }
session-start-button = ▶ Начать
session-skip-button = Пропустить
session-too-painful-button = Сегодня слишком больно
session-stop-session-button = ⏹ Закончить занятие
session-skipped-note = <i>Пропущено на сегодня.</i>
session-too-painful-note = <i>Сегодня без этого упражнения. Прислушиваться к своему телу — тоже часть работы.</i>
session-hold = <b>Повтор { $rep }/{ $total }</b>: { $cue } ({ $seconds } сек)
session-released = <b>Повтор { $rep }/{ $total }</b>: { $release } ✓
session-released-last = <b>Повтор { $rep }/{ $total }</b>: готово ✓ Это был последний, отлично.
session-hold-paused = <b>Повтор { $rep }/{ $total }</b>: пауза. Этот повтор не засчитан, сделаем его ещё раз.
session-hold-stopped = <b>Повтор { $rep }/{ $total }</b>: остановлено. Этот повтор не засчитан.
session-hold-cues-pelvic_lift = поднимите таз и держите
session-hold-cues-knee_rotation = { $side ->
    [left] колени влево и держите
   *[right] колени вправо и держите
 }
session-hold-cues-back_bend = поднимитесь на руках и держите
session-release-cues-pelvic_lift = медленно опустите таз, отдохните
session-release-cues-knee_rotation = верните колени в центр, отдохните
session-release-cues-back_bend = медленно опуститесь, отдохните
session-counter =
    <b>{ $name }</b> · подход { $set_no } из { $sets }
    Счёт: <b>{ $count }</b> из { $target }
session-counter-rest = Сначала отдохните около { $seconds ->
    [1] секунды
    [one] { $seconds } секунды
    [few] { $seconds } секунд
   *[many] { $seconds } секунд
 }, потом начинайте.
session-counter-target-met = Цель подхода достигнута. Когда закончите, нажмите <b>Подход готов</b>.
session-set-done = <b>{ $name }</b> · подход { $set_no } из { $sets }: { $count } ✓
session-add-one-button = +1
session-add-five-button = +5
session-set-done-button = Подход готов ✓
session-bend-stage =
    <b>Наклон, шаг { $number } из { $total }</b>
    { $stage }
session-bend-stages-neck = Встаньте прямо, стопы на ширине таза. Медленно опустите подбородок к груди.
session-bend-stages-chest = Теперь позвольте верхней части спины тоже скруглиться вперёд, позвонок за позвонком. Эта часть даётся легко.
session-bend-stages-low_back = Продолжайте: пусть поясница тоже скруглится, не держите её прямой и напряжённой.
session-bend-stages-reach = Пусть руки свободно свисают к полу; тянитесь вниз, насколько вам комфортно. Натяжение в пояснице — это нормально.
session-bend-stages-up = Медленно поднимитесь, выпрямляя спину постепенно, позвонок за позвонком, и не опираясь руками на ноги.
session-next-button = Дальше ▸
session-reach-question =
    { $more ->
        [0] На сегодня наклон сделан.
        [1] Это один наклон. Сделайте ещё один наклон так же, чуть ниже, если это комфортно.
        [one] Это один наклон. Сделайте ещё { $more } наклон так же, каждый раз чуть ниже, если это комфортно.
        [few] Это один наклон. Сделайте ещё { $more } наклона так же, каждый раз чуть ниже, если это комфортно.
       *[many] Это один наклон. Сделайте ещё { $more } наклонов так же, каждый раз чуть ниже, если это комфортно.
    } Натяжение или дискомфорт в пояснице — это нормально, а усиление боли, отдающей в ногу, — нет.

    Докуда вы дотянулись?
session-reach-labels-knees = До колен
session-reach-labels-mid_shin = До середины голени
session-reach-labels-ankles = До щиколоток
session-reach-labels-floor = До пола
session-reach-noted = Глубина наклона: <b>{ $reach }</b> ✓
session-leg-question = И ещё: усилилась ли боль, отдающая в ногу, пока вы наклонялись?
session-leg-yes-button = Да, усилилась
session-leg-no-button = Нет
session-leg-noted =
    { $question }
    → <b>{ $answer }</b>
session-leg-worse =
    Спасибо, что сказали. На сегодня наклоны прекращаем: когда от наклонов усиливается боль, отдающая в ногу, нерву сначала нужен покой, а не растяжение.
    Вместо них сделаем прогиб назад стоя: он помогает уменьшить боль в ноге. Наклоны в вашем плане поставлены на паузу; когда к ним вернуться, решит ваш следующий /checkup.
session-leg-fine = Хорошо. Лёгкое натяжение в пояснице при наклоне — это нормально, вы всё делаете правильно.
session-pause-button = ⏸ Пауза
session-stop-button = ⏹ Стоп
session-resume-button = ▶ Продолжить
session-paused = ⏸ <b>Пауза.</b> Всё, что вы успели сделать, сохранено. Нажмите «Продолжить», когда будете готовы.
session-resumed = ▶ Продолжаем.
session-restarted = Извините, у меня была небольшая заминка. Всё, что вы сделали, сохранено. Нажмите «Продолжить», когда будете готовы.
session-restarted-next = Извините, у меня была небольшая заминка. Всё, что вы сделали, сохранено; вот что дальше.
session-stopped = ⏹ Занятие остановлено. Всё, что вы сделали, сохранено.
session-resume-offer = У вас есть незаконченное занятие (пройдено { $done } из { $total ->
    [one] { $total } упражнения
    [few] { $total } упражнений
   *[many] { $total } упражнений
 }). Продолжите ниже с того же места или начните заново.
session-running = Занятие идёт. Я скажу, когда можно расслабиться.
session-fresh-button = Начать заново
session-started-fresh = Начинаем новое занятие.
session-summary-done = <b>Занятие завершено</b> ✓
session-summary-stopped = <b>Занятие завершено досрочно</b>
session-summary-holds = ✅ { $name }: { $holds ->
    [one] { $holds } удержание
    [few] { $holds } удержания
   *[many] { $holds } удержаний
 }
session-summary-holds-partial = ◐ { $name }: { $holds } из { $total ->
    [one] { $total } удержания
    [few] { $total } удержаний
   *[many] { $total } удержаний
 }
session-summary-reps = ✅ { $name }: { $reps ->
    [one] { $reps } повтор
    [few] { $reps } повтора
   *[many] { $reps } повторов
 }
session-summary-sets = ✅ { $name }: { $sets ->
    [one] { $sets } подход
    [few] { $sets } подхода
   *[many] { $sets } подходов
 }, всего { $reps ->
    [one] { $reps } повтор
    [few] { $reps } повтора
   *[many] { $reps } повторов
 }
session-summary-reps-partial = ◐ { $name }: { $reps ->
    [one] { $reps } повтор
    [few] { $reps } повтора
   *[many] { $reps } повторов
 }
session-summary-reach = ✅ { $name }: «{ $reach }»
session-summary-reach-last = ✅ { $name }: «{ $reach }» (в прошлый раз: «{ $last }»)
session-summary-leg-worse = ⏸ { $name }: «{ $reach }», затем остановились, потому что усилилась боль в ноге
session-summary-skipped = ➖ { $name }: пропущено
session-summary-too-painful = ➖ { $name }: не выполнялось, сегодня слишком больно
session-summary-not-reached = ➖ { $name }: не дошли
session-summary-pain = Боль в спине: { $before } → { $after } (из 10)
session-encouragement-1 = Каждое занятие показывает вашей спине, что двигаться безопасно. До следующего раза!
session-encouragement-2 = Сегодня вы нашли время для своей спины, и именно это меняет дело.
session-encouragement-3 = Маленькие регулярные шаги — именно так спина и восстанавливается. Отлично получилось.
session-encouragement-4 = Ещё одно занятие в копилку. Можете собой гордиться.
session-encouragement-sore = Спасибо, что позанимались, даже когда спина болит. Будем двигаться в темпе вашей спины.
session-encouragement-stopped = Остановиться, когда тело просит, — правильное решение. Возвращайтесь, когда будете готовы; /session начнёт занятие снова.
session-worse = Во время этого занятия боль усилилась ({ $before } → { $after }). Так бывает, и это знак, что нагрузку стоит немного снизить.
session-worse-eased = На следующий раз:
session-worse-wait = Так часто бывает в начале. Если к завтрашнему утру не пройдёт, я сделаю упражнения легче; завтра я у вас спрошу.
session-sore-note = Небольшая дополнительная болезненность после упражнений поначалу — это нормально, обычно она проходит к следующему утру. Завтра я спрошу, как ваша спина.
session-unsteady-button = Стоя неустойчиво
session-level-offer =
    Вы выполнили упражнение <b>{ $name }</b> уже { $count ->
        [1] один раз
        [one] { $count } раз
        [few] { $count } раза
       *[many] { $count } раз
    }, и боль не усилилась. Готовы к следующему шагу?
    <b>{ $level }</b>: { $how }
session-level-yes-button = Да, попробуем
session-level-no-button = Пока нет
session-level-up = Отлично: со следующего занятия упражнение «{ $name }» переходит на уровень <b>{ $level }</b>.
session-level-kept = Хорошо, упражнение «{ $name }» остаётся как есть. Я спрошу снова через несколько занятий.
session-already-noted = Уже отмечено, спасибо.
session-already-counted = Уже засчитано.
session-count-first = Сначала нажимайте +1 после каждого подъёма.
session-count-enough = Это очень много повторов! Когда подход закончится, нажмите «Подход готов».
session-already-paused = Уже на паузе.
session-already-running = Уже идёт. Дальше я вас поведу.
session-session-over = Это занятие закончено. Отправьте /session, чтобы начать новое.
session-old-step = Эта кнопка с прошлого шага. Продолжайте с самого нового сообщения.
