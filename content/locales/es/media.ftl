# Imágenes, demostraciones («Muéstramelo») y series guiadas por voz en la sesión (fuente: en/media.ftl).
# Pictures, "Show me" demos and voice-guided sets in the guided session.

session-show-me-button = ▶ Muéstramelo
session-voice-button = 🔊 Guíame con la voz
session-demo-caption = <b>{ $name }</b>: míralo una o dos veces y luego sigue el mismo ritmo.
session-demo-missing = Lo siento, ahora mismo no puedo mostrarte el movimiento. Los pasos de la tarjeta lo explican todo.
# Sent with the voice note: it plays the whole set.
session-voice-note = 🔊 <b>{ $name }</b>: pulsa play y deja el teléfono. Te guío durante toda la serie ({ $minutes ->
    [one] más o menos un minuto
   *[other] unos { $minutes } minutos
 }). Al final cuéntame cómo te fue, o antes si paras.
session-voice-missing = Lo siento, la guía de voz no funciona ahora mismo. Sigue la tarjeta a tu ritmo y cuéntame cómo te fue con los botones de arriba.
session-no-voice = Este ejercicio no tiene guía de voz. Usa el temporizador del chat.
session-voice-question = 🔔 <b>{ $name }</b>: serie terminada. ¿Cómo te fue?
session-voice-all-button = Todas ({ $count }) ✓
session-voice-fewer-button = Menos
session-voice-hurt-button = Duele demasiado
session-voice-how-many = ¿Cuántas has conseguido hacer? Cualquier número vale.
session-voice-noted = <b>{ $name }</b>: { $count } de { $total } ✓ Anotado.
session-voice-noted-hurt = <b>{ $name }</b>: anotado que hoy dolía demasiado. Has hecho bien en parar.
session-voice-no-answer = <b>{ $name }</b>: no he recibido respuesta, así que he anotado la serie sin contar repeticiones. Sigamos.
