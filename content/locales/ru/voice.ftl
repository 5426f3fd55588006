# Фразы голосового сопровождения (источник: en/voice.ftl). Коротко, спокойно, на «вы».
# Spoken phrases of the voice guide. Each message is recorded once as a clip
# (tools/make_voice_clips.py) and laid on a set's timeline at run time.
# Keep them short and calm: a person hears them lying on the floor, eyes closed.
# Numbers are words, spelled the way the speech engine reads them naturally.
# Most cues must be said within about a second; the longest ones have a few seconds.

## Every set

# At the very start: a few seconds to put the phone down and get ready.
voice-get-ready = Займите исходное положение. Скоро начнём.
voice-last-one = И последний.
voice-set-done = Подход закончен. Хорошая работа.

## Between sets

voice-rest-thirty = Отдохните тридцать секунд.
voice-breathe = Дышите спокойно.
voice-ready = Приготовьтесь.
voice-set-2 = Второй подход.
voice-set-3 = Третий подход.
voice-set-4 = Четвёртый подход.
voice-set-5 = Пятый подход.

## Holds: pelvic lift, lying back bend, knee rotation

voice-hold = Держите.
voice-rest = Отдохните.
# Pelvic lift: hips up, then lowered slowly (also the lying back bend's way down).
voice-lift = Поднимите таз.
voice-down = И медленно вниз.
# Lying back bend: push the upper body up with the arms.
voice-press-up = Поднимитесь на руках.
# Knee rotation: both knees fall to one side, then come back.
voice-knees-left = Колени влево.
voice-knees-right = Колени вправо.
voice-knees-middle = Верните колени в центр.

## Counted cadences: back extension, standing back bend

voice-cadence-up = Вверх.
voice-cadence-down = И вниз.
voice-lean-back = Прогнитесь назад.
voice-and-up = И встаньте прямо.

## Bending forward, one stage at a time

voice-bend-chin = Подбородок к груди.
voice-bend-upper = Скруглите верх спины вперёд.
voice-bend-lower = Пусть поясница тоже скруглится.
voice-bend-reach = Тянитесь вниз, насколько комфортно.
voice-bend-up = Медленно поднимитесь, не опираясь руками на ноги.
voice-bend-rest = Встаньте ровно и дышите.

## Rep announcements, said before each hold

voice-rep-1 = Первый повтор.
voice-rep-2 = Второй повтор.
voice-rep-3 = Третий повтор.
voice-rep-4 = Четвёртый повтор.
voice-rep-5 = Пятый повтор.
voice-rep-6 = Шестой повтор.
voice-rep-7 = Седьмой повтор.
voice-rep-8 = Восьмой повтор.
voice-rep-9 = Девятый повтор.
voice-rep-10 = Десятый повтор.
voice-rep-11 = Одиннадцатый повтор.
voice-rep-12 = Двенадцатый повтор.
voice-rep-13 = Тринадцатый повтор.
voice-rep-14 = Четырнадцатый повтор.
voice-rep-15 = Пятнадцатый повтор.
voice-rep-16 = Шестнадцатый повтор.
voice-rep-17 = Семнадцатый повтор.
voice-rep-18 = Восемнадцатый повтор.
voice-rep-19 = Девятнадцатый повтор.
voice-rep-20 = Двадцатый повтор.

## Bend announcements, said before each bend

voice-bend-1 = Первый наклон.
voice-bend-2 = Второй наклон.
voice-bend-3 = Третий наклон.
voice-bend-4 = Четвёртый наклон.
voice-bend-5 = Пятый наклон.
voice-bend-6 = Шестой наклон.
voice-bend-7 = Седьмой наклон.
voice-bend-8 = Восьмой наклон.
voice-bend-9 = Девятый наклон.
voice-bend-10 = Десятый наклон.

## Counting: the seconds of a hold, and the reps of a cadence

voice-count-1 = Раз.
voice-count-2 = Два.
voice-count-3 = Три.
voice-count-4 = Четыре.
voice-count-5 = Пять.
voice-count-6 = Шесть.
voice-count-7 = Семь.
voice-count-8 = Восемь.
voice-count-9 = Девять.
voice-count-10 = Десять.
voice-count-11 = Одиннадцать.
voice-count-12 = Двенадцать.
voice-count-13 = Тринадцать.
voice-count-14 = Четырнадцать.
voice-count-15 = Пятнадцать.
voice-count-16 = Шестнадцать.
voice-count-17 = Семнадцать.
voice-count-18 = Восемнадцать.
voice-count-19 = Девятнадцать.
voice-count-20 = Двадцать.
