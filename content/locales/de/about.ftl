## Was man vor dem Tippen auf Start sieht (setMyDescription, setMyShortDescription): reiner
## Text ohne HTML. Die Beschreibung hat höchstens 512 Zeichen, die kurze höchstens 120.

about-short-description = Begleitung bei Kreuzschmerzen: ein kurzes Übungsprogramm für zu Hause, Erinnerungen und täglich eine Lektion. Kein Arzt.
about-description =
    Back Coach führt dich durch ein kurzes Heimprogramm bei Kreuzschmerzen: fünf sanfte Übungen, im Chat getimt und gezählt, mit Erinnerungen und einer Zwei-Minuten-Lektion am Tag.

    Zuerst stellt er ein paar Sicherheitsfragen, danach braucht er etwa zehn Minuten am Tag und ehrliche Schmerzangaben. Er ist kein Arzt und stellt keine Diagnosen: Klingt etwas ernst, sagt er dir, wo du hingehen solltest und wie bald.

    Tippe auf Starten, um loszulegen.
