# Frases habladas de la guía de voz (fuente: en/voice.ftl). Breves, tranquilas, de tú.
# Spoken phrases of the voice guide. Each message is recorded once as a clip
# (tools/make_voice_clips.py) and laid on a set's timeline at run time.
# Keep them short and calm: a person hears them lying on the floor, eyes closed.
# Numbers are words, spelled the way the speech engine reads them naturally.
# Most cues must be said within about a second; the longest ones have a few seconds.

## Every set

# At the very start: a few seconds to put the phone down and get ready.
voice-get-ready = Colócate en posición. Empezamos enseguida.
voice-last-one = La última.
voice-set-done = Serie terminada. Muy bien.

## Between sets

voice-rest-thirty = Descansa treinta segundos.
voice-breathe = Respira con calma.
voice-ready = Prepárate.
voice-set-2 = Segunda serie.
voice-set-3 = Tercera serie.
voice-set-4 = Cuarta serie.
voice-set-5 = Quinta serie.

## Holds: pelvic lift, lying back bend, knee rotation

voice-hold = Aguanta.
voice-rest = Descansa.
# Pelvic lift: hips up, then lowered slowly (also the lying back bend's way down).
voice-lift = Sube la cadera.
voice-down = Y baja despacio.
# Lying back bend: push the upper body up with the arms.
voice-press-up = Empuja hacia arriba.
# Knee rotation: both knees fall to one side, then come back.
voice-knees-left = Rodillas a la izquierda.
voice-knees-right = Rodillas a la derecha.
voice-knees-middle = Vuelve al centro.

## Counted cadences: back extension, standing back bend

voice-cadence-up = Arriba.
voice-cadence-down = Y abajo.
voice-lean-back = Inclínate hacia atrás.
voice-and-up = Y arriba.

## Bending forward, one stage at a time

voice-bend-chin = Barbilla al pecho.
voice-bend-upper = Redondea la parte alta de la espalda.
voice-bend-lower = Deja que la zona lumbar se redondee.
voice-bend-reach = Baja hasta donde te resulte cómodo.
voice-bend-up = Sube despacio, sin apoyar las manos en las piernas.
voice-bend-rest = Estírate y respira.

## Rep announcements, said before each hold

voice-rep-1 = Repetición uno.
voice-rep-2 = Repetición dos.
voice-rep-3 = Repetición tres.
voice-rep-4 = Repetición cuatro.
voice-rep-5 = Repetición cinco.
voice-rep-6 = Repetición seis.
voice-rep-7 = Repetición siete.
voice-rep-8 = Repetición ocho.
voice-rep-9 = Repetición nueve.
voice-rep-10 = Repetición diez.
voice-rep-11 = Repetición once.
voice-rep-12 = Repetición doce.
voice-rep-13 = Repetición trece.
voice-rep-14 = Repetición catorce.
voice-rep-15 = Repetición quince.
voice-rep-16 = Repetición dieciséis.
voice-rep-17 = Repetición diecisiete.
voice-rep-18 = Repetición dieciocho.
voice-rep-19 = Repetición diecinueve.
voice-rep-20 = Repetición veinte.

## Bend announcements, said before each bend

voice-bend-1 = Inclinación uno.
voice-bend-2 = Inclinación dos.
voice-bend-3 = Inclinación tres.
voice-bend-4 = Inclinación cuatro.
voice-bend-5 = Inclinación cinco.
voice-bend-6 = Inclinación seis.
voice-bend-7 = Inclinación siete.
voice-bend-8 = Inclinación ocho.
voice-bend-9 = Inclinación nueve.
voice-bend-10 = Inclinación diez.

## Counting: the seconds of a hold, and the reps of a cadence

voice-count-1 = Uno.
voice-count-2 = Dos.
voice-count-3 = Tres.
voice-count-4 = Cuatro.
voice-count-5 = Cinco.
voice-count-6 = Seis.
voice-count-7 = Siete.
voice-count-8 = Ocho.
voice-count-9 = Nueve.
voice-count-10 = Diez.
voice-count-11 = Once.
voice-count-12 = Doce.
voice-count-13 = Trece.
voice-count-14 = Catorce.
voice-count-15 = Quince.
voice-count-16 = Dieciséis.
voice-count-17 = Diecisiete.
voice-count-18 = Dieciocho.
voice-count-19 = Diecinueve.
voice-count-20 = Veinte.
