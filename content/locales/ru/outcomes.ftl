## /outcomes: цифры по всем, для тех, кто управляет ботом (никогда — об одном человеке).

outcomes-title = <b>Результаты по всем</b>, { $day }
outcomes-privacy = Любая цифра о менее чем 5 людях показана как { $small }. Никаких имён, идентификаторов и чьих-либо написанных слов.
outcomes-started = <b>Начали</b> (прошли первые вопросы): { $people }. По неделям:
outcomes-retention-header = <b>Остаются активными</b> (занятие на этой неделе, из тех, кто до неё дошёл)
outcomes-retention-line = Неделя { $week }: { $active } из { $of } ({ $percent })
outcomes-sessions = <b>Занятий в активную неделю</b>: { $median } (медиана по людям: { $people })
outcomes-pain-header = <b>Боль перед занятиями</b>: медианное изменение с первой недели (ниже нуля — меньше боли)
outcomes-function-header = <b>Оценка повседневных дел</b>: медианное изменение с первой оценки (выше нуля — легче)
outcomes-change-line = Неделя { $week }: { $change } (людей: { $people })
outcomes-support = <b>Потребность в поддержке</b>, последняя группа: меньшая { $lower }, средняя { $medium }, большая { $higher }. Медианное изменение балла: { $change } (людей: { $people }).
outcomes-locks-header = <b>Тревожные признаки</b>: люди, и из них проверенные врачом
outcomes-lock-line = { $tier }: { $people }, проверено { $cleared }
outcomes-pauses = <b>Паузы из-за боли</b>: людей { $people }, раз { $times }
outcomes-pauses-seen = Паузы, закончившиеся после осмотра специалистом: { $people }
outcomes-flares = <b>Открыли советы при обострении</b>: людей { $people }, раз { $times }
outcomes-lessons = <b>Пройдено уроков</b>: людей { $people }, уроков { $times }
outcomes-caption = Те же цифры на графике; { $small } отмечает цифру о менее чем 5 людях.
outcomes-chart-title = Результаты по всем
outcomes-chart-starts = Начали, по неделям
outcomes-chart-active = Активны (% из тех, кто дошёл)
outcomes-chart-change = Медианное изменение с начала
outcomes-chart-week = Неделя { $week }
outcomes-chart-pain = Боль (ниже — лучше)
outcomes-chart-function = Повседневные дела (выше — лучше)
