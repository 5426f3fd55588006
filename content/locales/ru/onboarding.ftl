## Приветствие, проверка безопасности, вопросы о симптомах и их итоги

onboarding-welcome-new =
    { $named ->
        [yes] Здравствуйте, { $name }! Я Back Coach. 👋
       *[no] Здравствуйте! Я Back Coach. 👋
    }
    Я помогу облегчить боль в пояснице с помощью пяти простых домашних упражнений: от { $shortest } до { $longest } { $longest ->
        [one] минуты
       *[other] минут
    }, утром и вечером.

    Я не врач, поэтому сначала задам несколько коротких вопросов о безопасности, а потом о вашей спине. По вашим ответам я составлю личный план.

    Я сохраняю ваши ответы, чтобы подобрать план под вас. Это ваши данные: /export пришлёт копию всего, /delete всё сотрёт.
onboarding-welcome-back = { $named ->
    [yes] С возвращением, { $name }!
   *[no] С возвращением!
 }
onboarding-begin-button = Начнём
onboarding-resume-button = Продолжить
onboarding-checkup-intro = Давайте снова проверим, как вы. Вопросы те же, что и в прошлый раз, это займёт около минуты.
onboarding-progress-header = <i>Вопрос { $done } из { $total }</i>
onboarding-done-button = Готово ✓
onboarding-selected-mark = ✅{" "}
onboarding-answered-already = Уже отмечено, спасибо.
onboarding-checkin-in-progress = Вы сейчас отвечаете на вопросы. Вот где мы остановились:
onboarding-where-you-are-checkin = Мы остановились на середине вопросов. Нажмите кнопку ниже, чтобы продолжить с того же места.
onboarding-where-you-are-plan = Ваш план готов. /plan покажет его, /checkup обновит.
