## The check-in questions and their answer buttons (order and branching: coach/checkin.py)

question-red_emergency =
    <b>Zuerst ein kurzer Sicherheitscheck.</b>
    Trifft gerade etwas davon auf dich zu?
    • Taubheit oder Kribbeln im Bereich der Genitalien oder des Gesäßes
    • neue Probleme beim Wasserlassen, oder du kannst Urin oder Stuhl nicht mehr halten
    • Schwäche, Taubheit oder Schmerzen in beiden Beinen, oder ein Bein wird schwächer
    • Schmerzen in der Brust, oder Rückenschmerzen nach einem schweren Unfall oder Sturz
question-red_emergency-option-none = Nichts davon
question-red_emergency-option-yes = Ja, eins oder mehrere
question-red_emergency-option-unsure = Ich bin nicht sicher

question-em_saddle = Hast du Taubheit oder Kribbeln im Bereich der Genitalien oder des Gesäßes?
question-em_saddle-option-yes = Ja
question-em_saddle-option-no = Nein
question-em_saddle-option-unsure = Nicht sicher

question-em_bladder = Hast du neue Probleme beim Wasserlassen, oder kannst du Urin oder Stuhl nicht mehr halten?
question-em_bladder-option-yes = Ja
question-em_bladder-option-no = Nein
question-em_bladder-option-unsure = Nicht sicher

question-em_legs = Hast du Schwäche, Taubheit oder Schmerzen in <b>beiden</b> Beinen, oder wird ein Bein schwächer?
question-em_legs-option-yes = Ja
question-em_legs-option-no = Nein
question-em_legs-option-unsure = Nicht sicher

question-em_chest = Hast du Schmerzen in der Brust, oder haben die Rückenschmerzen nach einem schweren Unfall oder Sturz angefangen?
question-em_chest-option-yes = Ja
question-em_chest-option-no = Nein
question-em_chest-option-unsure = Nicht sicher

question-red_urgent =
    Danke. Und trifft etwas hiervon zu?
    • Fieber, oder dir ist heiß und du fröstelst
    • Gewichtsverlust, den du dir nicht erklären kannst, oder du hattest schon einmal Krebs
    • eine Schwellung oder eine Verformung am Rücken
    • Schmerzen, die in Ruhe nicht nachlassen oder nachts schlimmer sind
    • Schmerzen, die nach einem leichten Sturz oder Stoß angefangen haben, und du hast Osteoporose
question-red_urgent-option-none = Nichts davon
question-red_urgent-option-yes = Ja, eins oder mehrere
question-red_urgent-option-unsure = Ich bin nicht sicher

question-ur_fever = Hast du Fieber, oder ist dir heiß und du fröstelst?
question-ur_fever-option-yes = Ja
question-ur_fever-option-no = Nein
question-ur_fever-option-unsure = Nicht sicher

question-ur_weight = Hast du Gewicht verloren, ohne dass du es dir erklären kannst, oder hattest du schon einmal Krebs?
question-ur_weight-option-yes = Ja
question-ur_weight-option-no = Nein
question-ur_weight-option-unsure = Nicht sicher

question-ur_swelling = Hast du eine Schwellung oder eine Verformung am Rücken?
question-ur_swelling-option-yes = Ja
question-ur_swelling-option-no = Nein
question-ur_swelling-option-unsure = Nicht sicher

question-ur_night = Hast du Schmerzen, die in Ruhe nicht nachlassen oder nachts schlimmer sind?
question-ur_night-option-yes = Ja
question-ur_night-option-no = Nein
question-ur_night-option-unsure = Nicht sicher

question-ur_fall = Haben die Schmerzen nach einem leichten Sturz oder Stoß angefangen, und hast du Osteoporose?
question-ur_fall-option-yes = Ja
question-ur_fall-option-no = Nein
question-ur_fall-option-unsure = Nicht sicher

question-triggers =
    <b>Jetzt zu deinem Rücken.</b> Wann tut er weh?
    Tippe alles an, was passt, dann auf <b>Fertig</b>.
question-triggers-option-bend = Beim Vorbeugen
question-triggers-option-sit_stand = Bei langem Sitzen oder Stehen
question-triggers-option-get_up = Beim Aufstehen oder Aufrichten
question-triggers-option-bed = Beim Umdrehen im Bett, im Schlaf
question-triggers-option-walk = Beim Gehen

question-leg_pain = Strahlt der Schmerz vom Rücken in ein Bein aus?
question-leg_pain-option-yes = Ja
question-leg_pain-option-no = Nein

question-below_knee = Reicht er bis unter das Knie?
question-below_knee-option-yes = Ja
question-below_knee-option-no = Nein

question-fear_bending = Beugst du dich nur zögerlich nach vorn, oder vermeidest du es?
question-fear_bending-option-yes = Ja
question-fear_bending-option-little = Ein bisschen
question-fear_bending-option-no = Nein

question-stiffness = Fühlt sich dein Rücken steif an, zum Beispiel morgens?
question-stiffness-option-yes = Ja
question-stiffness-option-no = Nein

question-balance = Verlierst du leicht das Gleichgewicht, wenn du stehst oder dich nach hinten lehnst?
question-balance-option-yes = Ja
question-balance-option-no = Nein

question-duration = Wie lange macht dir dein Rücken diesmal schon zu schaffen?
question-duration-option-under_6w = Weniger als 6 Wochen
question-duration-option-w6_12 = 6 bis 12 Wochen
question-duration-option-over_12w = Mehr als 3 Monate

question-pain_now = Wie stark sind deine Schmerzen gerade? 0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst.
question-pain_now-option-0 = 0
question-pain_now-option-1 = 1
question-pain_now-option-2 = 2
question-pain_now-option-3 = 3
question-pain_now-option-4 = 4
question-pain_now-option-5 = 5
question-pain_now-option-6 = 6
question-pain_now-option-7 = 7
question-pain_now-option-8 = 8
question-pain_now-option-9 = 9
question-pain_now-option-10 = 10
