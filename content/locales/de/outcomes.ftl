## /outcomes: Zahlen über alle, für die Betreiber des Bots (nie über eine einzelne Person).

outcomes-title = <b>Ergebnisse über alle</b>, { $day }
outcomes-privacy = Jede Zahl über weniger als 5 Personen erscheint als { $small }. Keine Namen, keine IDs, keine geschriebenen Worte von irgendwem.
outcomes-started = <b>Begonnen</b> (die ersten Fragen beantwortet): { $people }. Nach Woche:
outcomes-retention-header = <b>Noch aktiv</b> (eine Einheit in dieser Woche, von denen, die so weit sind)
outcomes-retention-line = Woche { $week }: { $active } von { $of } ({ $percent })
outcomes-sessions = <b>Einheiten pro aktiver Woche</b>: { $median } (Median von { $people } Personen)
outcomes-pain-header = <b>Schmerz vor den Einheiten</b>: mittlere Änderung seit Woche 1 (unter null heißt weniger Schmerz)
outcomes-function-header = <b>Funktions-Check</b>: mittlere Änderung seit dem ersten Check (über null heißt leichter)
outcomes-change-line = Woche { $week }: { $change } ({ $people } Personen)
outcomes-support = <b>Unterstützungsbedarf</b>, letzte Gruppe: geringer { $lower }, mittel { $medium }, höher { $higher }. Mittlere Änderung des Werts: { $change } ({ $people } Personen).
outcomes-locks-header = <b>Warnzeichen</b>: Personen, und davon ärztlich abgeklärt
outcomes-lock-line = { $tier }: { $people }, abgeklärt { $cleared }
outcomes-pauses = <b>Pausen wegen Schmerz</b>: { $people } Personen, { $times }-mal
outcomes-pauses-seen = Pausen, die nach einem Termin bei einer Fachperson endeten: { $people }
outcomes-flares = <b>Hilfe bei Schmerzschub geöffnet</b>: { $people } Personen, { $times }-mal
outcomes-lessons = <b>Lektionen gemacht</b>: { $people } Personen, { $times } Lektionen
outcomes-caption = Dieselben Zahlen als Diagramm; { $small } steht für eine Zahl über weniger als 5 Personen.
outcomes-chart-title = Ergebnisse über alle
outcomes-chart-starts = Personen, die begonnen haben, nach Woche
outcomes-chart-active = Noch aktiv (% derer, die so weit sind)
outcomes-chart-change = Mittlere Änderung seit dem Start
outcomes-chart-week = Woche { $week }
outcomes-chart-pain = Schmerz (niedriger ist besser)
outcomes-chart-function = Funktions-Check (höher ist besser)
