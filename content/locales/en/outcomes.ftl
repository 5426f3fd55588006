## /outcomes: figures across everyone, for whoever runs the bot (never about one person).
## $small is "<5"; every count may be "<5" too.

outcomes-title = <b>Outcomes across everyone</b>, { $day }
outcomes-privacy = Any figure about fewer than 5 people shows as { $small }. No names, ids or typed words of anyone.
outcomes-started = <b>Started</b> (finished the first questions): { $people }. By week:
outcomes-retention-header = <b>Still active</b> (a session in that week, of those that far in)
outcomes-retention-line = Week { $week }: { $active } of { $of } ({ $percent })
outcomes-sessions = <b>Sessions per active week</b>: { $median } (median; people: { $people })
outcomes-pain-header = <b>Pain before sessions</b>: median change from week 1 (below zero is less pain)
outcomes-function-header = <b>Function check</b>: median change from the first check (above zero is easier)
outcomes-change-line = Week { $week }: { $change } (people: { $people })
outcomes-support = <b>Support need</b>, latest group: lower { $lower }, medium { $medium }, higher { $higher }. Median change of the score: { $change } (people: { $people }).
outcomes-locks-header = <b>Warning signs</b>: people, and of them cleared by a clinician
outcomes-lock-line = { $tier }: { $people }, cleared { $cleared }
outcomes-pauses = <b>Pauses for pain</b>: people { $people }, pauses { $times }
outcomes-pauses-seen = Pauses ended after a clinician saw the person: { $people }
outcomes-flares = <b>Flare-up plans opened</b>: people { $people }, openings { $times }
outcomes-lessons = <b>Lessons done</b>: people { $people }, lessons { $times }
outcomes-caption = The same figures as a chart; { $small } marks a figure about fewer than 5 people.
outcomes-chart-title = Outcomes across everyone
outcomes-chart-starts = People who started, by week
outcomes-chart-active = Still active (% of those that far in)
outcomes-chart-change = Median change from the start
outcomes-chart-week = Week { $week }
outcomes-chart-pain = Pain (lower is better)
outcomes-chart-function = Function check (higher is better)
