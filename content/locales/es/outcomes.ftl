## /outcomes: cifras de todos, para quien gestiona el bot (nunca sobre una sola persona).

outcomes-title = <b>Resultados de todos</b>, { $day }
outcomes-privacy = Toda cifra sobre menos de 5 personas aparece como { $small }. Sin nombres, sin identificadores, sin palabras escritas por nadie.
outcomes-started = <b>Empezaron</b> (terminaron las primeras preguntas): { $people }. Por semana:
outcomes-retention-header = <b>Siguen activos</b> (una sesión esa semana, de quienes han llegado hasta ahí)
outcomes-retention-line = Semana { $week }: { $active } de { $of } ({ $percent })
outcomes-sessions = <b>Sesiones por semana activa</b>: { $median } (mediana de { $people } personas)
outcomes-pain-header = <b>Dolor antes de las sesiones</b>: cambio mediano desde la semana 1 (bajo cero es menos dolor)
outcomes-function-header = <b>Control de actividades</b>: cambio mediano desde el primer control (sobre cero es más fácil)
outcomes-change-line = Semana { $week }: { $change } ({ $people } personas)
outcomes-support = <b>Necesidad de apoyo</b>, último grupo: menor { $lower }, media { $medium }, mayor { $higher }. Cambio mediano de la puntuación: { $change } ({ $people } personas).
outcomes-locks-header = <b>Señales de alarma</b>: personas, y de ellas revisadas por un profesional
outcomes-lock-line = { $tier }: { $people }, revisadas { $cleared }
outcomes-pauses = <b>Pausas por dolor</b>: { $people } personas, { $times } veces
outcomes-pauses-seen = Pausas que terminaron tras ver a un profesional: { $people }
outcomes-flares = <b>Consejos para una crisis abiertos</b>: { $people } personas, { $times } veces
outcomes-lessons = <b>Lecciones hechas</b>: { $people } personas, { $times } lecciones
outcomes-caption = Las mismas cifras en una gráfica; { $small } marca una cifra sobre menos de 5 personas.
outcomes-chart-title = Resultados de todos
outcomes-chart-starts = Personas que empezaron, por semana
outcomes-chart-active = Siguen activos (% de quienes llegaron)
outcomes-chart-change = Cambio mediano desde el inicio
outcomes-chart-week = Semana { $week }
outcomes-chart-pain = Dolor (más bajo es mejor)
outcomes-chart-function = Control de actividades (más alto es mejor)
