## Where the person is, asked once before the first safety screen: it sets the phone numbers
## the advice names, and the time zone for reminders.

place-question =
    <b>Which country are you in?</b> Then, if you ever need help fast, I can give you the right phone numbers.
    Tap it below, or type your country or city.
place-skip-button = Skip for now
place-location-hint = Or tap <b>📍 Share my location</b> below. I only take your country and time zone from it.
place-noted = Thank you: <b>{ $country }</b>. In an emergency, call { $emergency }. For a doctor today, { $line }.
place-noted-no-country = Thank you, noted. In an emergency, call your local emergency number.
place-skipped = Okay. In an emergency, call your local emergency number.
place-unknown = I don't know “{ $text }” as a place, sorry. Type your country or the nearest big city, or tap one below.
place-location-unknown = I couldn't tell where that is, sorry. Type your country or the nearest big city, or tap one below.
place-already-noted = Already noted, thanks.
