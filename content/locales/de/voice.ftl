# Gesprochene Sätze der Sprachführung (Quelle: en/voice.ftl). Kurz, ruhig, ohne "Sie" oder "du".
# Spoken phrases of the voice guide. Each message is recorded once as a clip
# (tools/make_voice_clips.py) and laid on a set's timeline at run time.
# Keep them short and calm: a person hears them lying on the floor, eyes closed.
# Numbers are words, spelled the way the speech engine reads them naturally.
# Most cues must be said within about a second; the longest ones have a few seconds.

## Every set

# At the very start: a few seconds to put the phone down and get ready.
voice-get-ready = In Position gehen. Gleich geht es los.
voice-last-one = Und die letzte.
voice-set-done = Das war der Satz. Gut gemacht.

## Between sets

voice-rest-thirty = Dreißig Sekunden Pause.
voice-breathe = Ruhig weiteratmen.
voice-ready = Bereit machen.
voice-set-2 = Zweiter Satz.
voice-set-3 = Dritter Satz.
voice-set-4 = Vierter Satz.
voice-set-5 = Fünfter Satz.

## Holds: pelvic lift, lying back bend, knee rotation

voice-hold = Halten.
voice-rest = Pause.
# Pelvic lift: hips up, then lowered slowly (also the lying back bend's way down).
voice-lift = Becken anheben.
voice-down = Und langsam ablegen.
# Lying back bend: push the upper body up with the arms.
voice-press-up = Mit den Armen hochdrücken.
# Knee rotation: both knees fall to one side, then come back.
voice-knees-left = Knie nach links.
voice-knees-right = Knie nach rechts.
voice-knees-middle = Zurück zur Mitte.

## Counted cadences: back extension, standing back bend

voice-cadence-up = Und hoch.
voice-cadence-down = Und ab.
voice-lean-back = Nach hinten beugen.
voice-and-up = Und aufrichten.

## Bending forward, one stage at a time

voice-bend-chin = Kinn zur Brust.
voice-bend-upper = Den oberen Rücken nach vorn rollen.
voice-bend-lower = Den unteren Rücken rund werden lassen.
voice-bend-reach = So weit nach unten, wie es sich gut anfühlt.
voice-bend-up = Langsam wieder aufrollen, ohne sich mit den Händen abzustützen.
voice-bend-rest = Aufrecht stehen und durchatmen.

## Rep announcements, said before each hold

voice-rep-1 = Wiederholung eins.
voice-rep-2 = Wiederholung zwei.
voice-rep-3 = Wiederholung drei.
voice-rep-4 = Wiederholung vier.
voice-rep-5 = Wiederholung fünf.
voice-rep-6 = Wiederholung sechs.
voice-rep-7 = Wiederholung sieben.
voice-rep-8 = Wiederholung acht.
voice-rep-9 = Wiederholung neun.
voice-rep-10 = Wiederholung zehn.
voice-rep-11 = Wiederholung elf.
voice-rep-12 = Wiederholung zwölf.
voice-rep-13 = Wiederholung dreizehn.
voice-rep-14 = Wiederholung vierzehn.
voice-rep-15 = Wiederholung fünfzehn.
voice-rep-16 = Wiederholung sechzehn.
voice-rep-17 = Wiederholung siebzehn.
voice-rep-18 = Wiederholung achtzehn.
voice-rep-19 = Wiederholung neunzehn.
voice-rep-20 = Wiederholung zwanzig.

## Bend announcements, said before each bend

voice-bend-1 = Vorbeuge eins.
voice-bend-2 = Vorbeuge zwei.
voice-bend-3 = Vorbeuge drei.
voice-bend-4 = Vorbeuge vier.
voice-bend-5 = Vorbeuge fünf.
voice-bend-6 = Vorbeuge sechs.
voice-bend-7 = Vorbeuge sieben.
voice-bend-8 = Vorbeuge acht.
voice-bend-9 = Vorbeuge neun.
voice-bend-10 = Vorbeuge zehn.

## Counting: the seconds of a hold, and the reps of a cadence

voice-count-1 = Eins.
voice-count-2 = Zwei.
voice-count-3 = Drei.
voice-count-4 = Vier.
voice-count-5 = Fünf.
voice-count-6 = Sechs.
voice-count-7 = Sieben.
voice-count-8 = Acht.
voice-count-9 = Neun.
voice-count-10 = Zehn.
voice-count-11 = Elf.
voice-count-12 = Zwölf.
voice-count-13 = Dreizehn.
voice-count-14 = Vierzehn.
voice-count-15 = Fünfzehn.
voice-count-16 = Sechzehn.
voice-count-17 = Siebzehn.
voice-count-18 = Achtzehn.
voice-count-19 = Neunzehn.
voice-count-20 = Zwanzig.
