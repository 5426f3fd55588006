## /export and /delete

data-export-caption = Todo lo que guardo sobre ti, en un archivo JSON: tus respuestas, sesiones, repeticiones, valoraciones y ajustes. Se abre con cualquier editor de texto.
data-delete-ask =
    <b>¿Borrar todo?</b>
    Esto elimina todas las respuestas, planes, sesiones, repeticiones, valoraciones y recordatorios que guardo sobre ti, y detiene todos los recordatorios. No se puede deshacer.
    ¿Quieres antes una copia? Envía /export.
data-delete-yes-button = Sí, borrar todo
data-delete-no-button = No, conservar mis datos
data-deleted =
    Listo: todo lo que guardaba sobre ti está borrado y los recordatorios están desactivados.
    Los mensajes de este chat siguen en Telegram; puedes vaciar el chat desde la propia app. Envía /start cuando quieras para empezar de cero.
data-kept = No se borró nada. Tus datos siguen como estaban.
data-delete-expired = Ese botón ya no es válido. Vuelve a enviar /delete si todavía quieres borrar tus datos.
data-already-erased = Ya está todo borrado. Envía /start para empezar de cero.
data-export-file-name = back-coach-datos-{ $date }.json
