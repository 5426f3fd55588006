## Der Kurs kurzer Lektionen: eine am Tag, jede endet mit einer Frage.
## In eigenen Worten nach den Empfehlungen des NHS und von NICE NG59 (facts.md).

lessons-offer-line = 📖 Deine Zwei-Minuten-Lektion für heute: <b>{ $title }</b>
lessons-read-button = 📖 Lektion von heute lesen
lessons-title = 📖 <b>{ $title }</b>
lessons-quiz =
    <b>Kurz geprüft</b>
    { $question }
lessons-answered =
    <b>Kurz geprüft</b>
    { $question }

    Deine Antwort: <b>{ $answer }</b>
lessons-next-tomorrow = Die nächste Lektion kommt morgen. /learn zeigt dir alle.
lessons-course-done = Damit hast du den ganzen Kurs gelesen: gut gemacht. Unter /learn findest du jede Lektion zum Nachlesen.
lessons-list =
    <b>📚 Lektionen</b>
    Je zwei Minuten. { $read ->
        [0] Tippe auf eine, um sie zu lesen.
       *[other] ✓ markiert die { $read }, die du gelesen hast; tippe auf eine, um sie zu lesen.
    }
lessons-list-next = Als Nächstes in deinem Kurs: <b>{ $title }</b>
lessons-held-no-plan = Die Lektionen öffnen sich, sobald wir die Sicherheitsfragen durchgegangen sind. Schick /start.
lessons-held-locked = Solange dein Plan pausiert, warten die Lektionen. Folge bitte zuerst dem Rat oben.
lessons-held-in-session = Deine Einheit läuft gerade: beende sie (oder brich sie ab), dann öffne die Lektion.
lessons-already-open = Diese Lektion wurde gerade geöffnet, schau oben.
lessons-already-answered = Schon beantwortet, danke.
lessons-learn-locked = Solange dein Plan pausiert, warten die Lektionen, damit mein Rat für sich allein steht. Wenn du untersucht worden bist, schick noch einmal /learn.
lessons-learn-no-plan = Die Lektionen öffnen sich, sobald wir die Sicherheitsfragen zusammen durchgegangen sind. Schick /start, um loszulegen.

## hurt_not_harm

lesson-hurt_not_harm-title = Schmerz heißt nicht Schaden
lesson-hurt_not_harm-body =
    Rückenschmerzen können beunruhigen, aber wie stark etwas wehtut, sagt wenig darüber, ob etwas beschädigt ist. Die meisten Rückenschmerzen kommen von Muskeln, Gelenken und Nerven, die empfindlich geworden sind, nicht von etwas, das kaputt oder verrutscht ist.

    Stell dir den Schmerz als Alarmanlage vor, die etwas zu empfindlich eingestellt ist: Sie schlägt laut an, um dich zu schützen, auch wenn gar nichts Schaden nimmt. Deshalb kann eine Bewegung wehtun und trotzdem sicher sein.

    Etwas Unbehagen beim Üben ist also zu erwarten und in Ordnung. Ein wenig mehr Schmerz, der innerhalb eines Tages abklingt, ist kein Zeichen für einen Schaden. (Warnzeichen sind etwas anderes: /checkup fragt sie noch einmal ab.)
lesson-hurt_not_harm-question = Dein Rücken tut bei einer Übung etwas mehr weh. Was bedeutet das am ehesten?
lesson-hurt_not_harm-option-harm = Ich schade meinem Rücken
lesson-hurt_not_harm-option-sensitive = Der Rücken ist empfindlich, nicht kaputt
lesson-hurt_not_harm-option-stop = Ich sollte mich nie mehr bewegen
lesson-hurt_not_harm-right = Genau. Schmerz ist ein Schutzalarm, und bei Rückenschmerzen ist er oft zu laut eingestellt. Etwas mehr Schmerz, der innerhalb eines Tages abklingt, ist unbedenklich: mach behutsam weiter.
lesson-hurt_not_harm-wrong = Das denken viele, und die Sorge ist verständlich. Aber bei Rückenschmerzen ist der Alarm oft zu empfindlich eingestellt: mehr Schmerz heißt meist ein empfindlicher Rücken, kein beschädigter. Etwas mehr Schmerz, der innerhalb eines Tages abklingt, ist unbedenklich.

## sensitive_system

lesson-sensitive_system-title = Warum Schmerz länger bleiben kann
lesson-sensitive_system-body =
    Das Gewebe im Rücken heilt meist innerhalb weniger Wochen. Der Schmerz kann trotzdem bleiben, weil das Nervensystem, das ihn erzeugt, weiter in Alarmbereitschaft ist.

    Stell dir einen Lautstärkeregler vor. Stress, schlechter Schlaf, Sorgen um den Rücken, gedrückte Stimmung und Müdigkeit drehen ihn auf. Sanfte Bewegung, guter Schlaf, Dinge, die dir Freude machen, und Vertrauen in deinen Rücken drehen ihn herunter.

    Das ist eine gute Nachricht. Der Schmerz ist echt, aber er ist kein Maß für einen Schaden, und du hast mehrere Wege, ihn leiser zu drehen, nicht nur einen.
lesson-sensitive_system-question = Was davon kann Rückenschmerzen lauter drehen?
lesson-sensitive_system-option-sleep = Schlechter Schlaf und Stress
lesson-sensitive_system-option-walk = Ein sanfter täglicher Spaziergang
lesson-sensitive_system-option-enjoy = Dinge, die mir Freude machen
lesson-sensitive_system-right = Richtig. Schlechter Schlaf, Stress, Sorgen und gedrückte Stimmung drehen die Lautstärke auf; Spaziergänge, erholsamer Schlaf und schöne Dinge drehen sie herunter.
lesson-sensitive_system-wrong = Das hilft sogar: sanfte Bewegung und Dinge, die Freude machen, drehen die Lautstärke eher herunter. Lauter machen ihn schlechter Schlaf und Stress.

## keep_moving

lesson-keep_moving-title = In Bewegung bleiben statt liegen
lesson-keep_moving-body =
    Wenn der Rücken wehtut, fühlt sich Hinlegen wie die sichere Wahl an. Langes Liegen macht Rückenschmerzen aber schlimmer und die Erholung langsamer: Muskeln werden steif und schwach, und der Rücken wird empfindlicher, nicht weniger.

    Wer so aktiv bleibt, wie es geht, und früher in den gewohnten Alltag zurückkehrt, erholt sich schneller. Das heißt nicht, starke Schmerzen zu übergehen. Es heißt, den Alltag weiterzuführen, bei Bedarf angepasst: kürzere Wege, mehr Pausen, alle halbe Stunde die Haltung wechseln.

    Eine kurze Pause, wenn es schlimm ist, ist in Ordnung. Tage im Bett sind es nicht.
lesson-keep_moving-question = Dein Rücken tut heute weh. Was hilft der Erholung am meisten?
lesson-keep_moving-option-bed = Ein paar Tage im Bett
lesson-keep_moving-option-active = So aktiv bleiben, wie es geht
lesson-keep_moving-option-still = Jedes Bücken vermeiden
lesson-keep_moving-right = Ja. Bleib in Bewegung, angepasst an dein Befinden. Eine kurze Pause ist in Ordnung; langes Liegen verzögert die Erholung.
lesson-keep_moving-wrong = Das haben viele so gehört, aber es verzögert meist die Erholung: Der Rücken wird steif und empfindlicher. Am meisten hilft es, so aktiv zu bleiben, wie es geht, angepasst an dein Befinden.

## scans_and_wear

lesson-scans_and_wear-title = Bilder und "Verschleiß"
lesson-scans_and_wear-body =
    Viele erwarten, dass ein MRT oder Röntgenbild zeigt, was los ist. Bei den meisten Rückenschmerzen ist das nicht nötig: Leitlinien raten von Routinebildern ab, weil sie selten ändern, was hilft.

    Bilder zeigen außerdem Dinge, die beunruhigend klingen, aber normal sind: abgenutzte Bandscheiben, Vorwölbungen, "Degeneration". Man findet sie bei vielen Menschen ganz ohne Rückenschmerzen, und mit dem Alter werden sie häufiger, wie graue Haare. Oft erklären sie den Schmerz nicht.

    Ärztinnen und Ärzte veranlassen ein Bild, wenn Warnzeichen oder der Verlauf es nahelegen. Stehen in einem Befund beängstigende Wörter, denk daran: Sie beschreiben viel öfter normale Veränderungen als Schäden.
lesson-scans_and_wear-question = Ein Bild zeigt "Bandscheibenverschleiß". Was heißt das meistens?
lesson-scans_and_wear-option-damage = Mein Rücken ist schwer geschädigt
lesson-scans_and_wear-option-normal = Häufig, oft ganz ohne Schmerz
lesson-scans_and_wear-option-never = Ich werde nie schmerzfrei
lesson-scans_and_wear-right = Genau. Verschleiß zeigt sich auf den Bildern vieler Menschen, die gar keine Schmerzen haben. Er ist eher wie graue Haare als wie eine Verletzung.
lesson-scans_and_wear-wrong = Die Wörter klingen beunruhigend, das ist nicht deine Schuld. Aber Bandscheibenverschleiß findet man bei vielen Menschen ohne jeden Schmerz: eine normale Veränderung mit dem Alter, die Schmerzen allein selten erklärt.

## bending_is_normal

lesson-bending_is_normal-title = Bücken und Heben sind normal
lesson-bending_is_normal-body =
    Deine Wirbelsäule ist zum Beugen gemacht. Nach vorn beugen, eine Tasche heben, Schuhe binden: Das sind normale Bewegungen, und ein Rücken, der sie meidet, wird meist steifer und empfindlicher.

    Es gibt nicht die eine "richtige" Hebetechnik, die den Rücken schützt. Die Last nah am Körper und sich Zeit lassen machen das Heben leichter, aber ein runder Rücken ist nicht gefährlich.

    Wenn dir Bücken Angst macht, ist das verständlich. Dein Plan bringt es Schritt für Schritt zurück, in einem Tempo, das dein Rücken mitmacht. Jedes Mal, wenn es gut geht, lernen dein Rücken und dein Vertrauen: Es ist sicher.
lesson-bending_is_normal-question = Darf man sich mit rundem Rücken bücken?
lesson-bending_is_normal-option-never = Nein, immer gerade halten
lesson-bending_is_normal-option-normal = Ja, das ist eine normale Bewegung
lesson-bending_is_normal-option-brace = Nur mit Stützgürtel
lesson-bending_is_normal-right = Richtig. Sich beugen ist, was Wirbelsäulen tun. Es Schritt für Schritt zurückzuholen, wie dein Plan es tut, baut Kraft und Vertrauen auf.
lesson-bending_is_normal-wrong = Das glauben viele, aber es gibt nicht die eine sichere Haltung: Sich mit rundem Rücken zu bücken ist eine normale Bewegung. Wer es meidet, bekommt meist einen steiferen, empfindlicheren Rücken.

## pacing

lesson-pacing-title = Gleichmäßig statt Auf und Ab
lesson-pacing-body =
    An einem guten Tag ist es verlockend, alles auf einmal zu erledigen und dafür mit zwei schlechten Tagen zu bezahlen. Dieses Auf und Ab lässt den Schmerz bestimmen.

    Besser ist es, sich die Kräfte einzuteilen: jeden Tag ungefähr gleich viel, ob guter oder schlechter Tag, und alle paar Tage ein kleiner Schritt mehr. Tun dir 20 Minuten Gehen gut, dann geh ein paar Tage lang täglich 20 Minuten, dann versuch 25.

    Finde deinen Ausgangspunkt, also was du an einem schlechten Tag ohne großen Rückschlag schaffst, fang knapp darunter an und steigere dich von dort. Dein Plan bietet die nächste Stufe erst nach mehreren guten Einheiten an: Auch das ist Einteilen.
lesson-pacing-question = Heute geht es dir richtig gut. Was ist die eingeteilte Wahl?
lesson-pacing-option-all = Alles Liegengebliebene erledigen
lesson-pacing-option-steady = Das Übliche, vielleicht etwas mehr
lesson-pacing-option-nothing = Kräfte sparen, nichts tun
lesson-pacing-right = Ja: ungefähr so viel wie sonst und langsam steigern. Dann summieren sich gute Tage, statt dich die nächsten zwei zu kosten.
lesson-pacing-wrong = Verständlich, aber so pendelst du zwischen zu viel und zu wenig. Eine gleichmäßige Menge mit kleinen Schritten nach oben bringt dich weiter als das Auf und Ab.

## flare_ups

lesson-flare_ups-title = Schübe: häufig, und sie klingen ab
lesson-flare_ups-body =
    Auch wenn es bergauf geht, kann dein Rücken einen Schub haben: ein paar Tage mehr Schmerz, manchmal ohne erkennbaren Grund. Schübe sind häufig, klingen meist innerhalb weniger Tage bis zwei Wochen ab und sind kein Zeichen für einen neuen Schaden.

    Was hilft: in sanfter Bewegung bleiben, wenn auch nur ein wenig; Wärme, wenn sie dir guttut; die Übungen reduzieren statt aufhören; deinen Schlafrhythmus halten. /flare hat ein sanftes Programm für solche Tage.

    Lass dich untersuchen, wenn ein Schub mit einem Warnzeichen kommt, deutlich schlimmer ist als sonst oder nach zwei Wochen nicht abklingt.
lesson-flare_ups-question = Nach einer guten Woche kommt ein Schub. Was stimmt?
lesson-flare_ups-option-damage = Ich habe mich wieder verletzt
lesson-flare_ups-option-settle = Das ist häufig und klingt meist ab
lesson-flare_ups-option-lost = Mein ganzer Fortschritt ist weg
lesson-flare_ups-right = Ja. Schübe gehören für viele zur Erholung und klingen meist innerhalb von Tagen bis zwei Wochen ab. Mach etwas langsamer, bleib sanft in Bewegung; /flare hat ein Programm für solche Tage.
lesson-flare_ups-wrong = So kann es sich anfühlen, aber ein Schub ist meist kein neuer Schaden, und dein Fortschritt ist nicht weg. Die meisten klingen innerhalb von Tagen bis zwei Wochen ab; /flare hat ein sanftes Programm dafür.

## sleep

lesson-sleep-title = Schlaf und Rückenschmerzen
lesson-sleep-body =
    Schmerzen erschweren den Schlaf, und schlechter Schlaf macht Schmerzen schlimmer: ein Kreislauf, den viele kennen.

    Was hilft: ungefähr zur gleichen Zeit ins Bett gehen und aufstehen; eine ruhigere letzte Stunde mit weniger Bildschirm; eine warme Dusche oder Wärme vor dem Schlafen, wenn sie deinem Rücken guttut; eine bequeme Lage, vielleicht mit einem Kissen zwischen oder unter den Knien. Die eine beste Matratze oder Lage für alle gibt es nicht.

    Weckt dich der Schmerz, steh auf und beweg dich ein paar Minuten sanft, statt verspannt liegen zu bleiben. Ist er so stark, dass du nicht schlafen kannst, oder hilft nachts keine Lage, lass dich noch am selben Tag ärztlich untersuchen.
lesson-sleep-question = Wie hängen Schlaf und Rückenschmerzen zusammen?
lesson-sleep-option-none = Schlaf ändert am Schmerz nichts
lesson-sleep-option-loop = Schlechter Schlaf macht Schmerz lauter
lesson-sleep-option-mattress = Nur die Matratze zählt
lesson-sleep-right = Richtig. Schmerz und schlechter Schlaf verstärken sich gegenseitig, deshalb hilft ein fester Rhythmus beidem.
lesson-sleep-wrong = Nicht ganz. Schlechter Schlaf dreht den Schmerz lauter, und Schmerz stört den Schlaf. Ein fester Rhythmus und eine bequeme Lage helfen mehr als irgendeine bestimmte Matratze.

## stress_mood

lesson-stress_mood-title = Stress, Stimmung und dein Rücken
lesson-stress_mood-body =
    Wenn du gestresst, besorgt oder niedergeschlagen bist, fühlen sich Rückenschmerzen meist schlimmer an. Stress hält Muskeln angespannt und das Nervensystem in Alarm, und gedrückte Stimmung macht es schwerer, aktiv zu bleiben. Das heißt nicht, dass der Schmerz "eingebildet" ist: So funktioniert Schmerz bei allen Menschen.

    Kleine Dinge helfen: weiter manches tun, was dir Freude macht, Kontakt zu Menschen halten, rausgehen und langsam ausatmen, das beruhigt den Alarm.

    Bist du seit Wochen niedergeschlagen oder hast an nichts mehr Freude, sprich mit deiner Hausarztpraxis: Das ist bei Schmerzen häufig und lässt sich behandeln. Wenn du je daran denkst, dir etwas anzutun, ruf sofort { $emergency } an.
lesson-stress_mood-question = Stress macht deine Rückenschmerzen schlimmer. Ist der Schmerz dann nicht echt?
lesson-stress_mood-option-real = Doch, Stress macht echten Schmerz lauter
lesson-stress_mood-option-fake = Nein, ich bilde ihn mir ein
lesson-stress_mood-option-nothing = Stress hat damit nichts zu tun
lesson-stress_mood-right = Genau. Der Schmerz ist echt; Stress und gedrückte Stimmung drehen ihn lauter, bei allen Menschen. Sie zu lindern gehört dazu, den Schmerz zu lindern.
lesson-stress_mood-wrong = Der Schmerz ist echt, und Stress spielt trotzdem mit: Er erzeugt keinen Schmerz aus dem Nichts, aber er dreht ihn lauter, bei allen Menschen. Deshalb hilft es deinem Rücken, auf Stress und Stimmung zu achten.

## work

lesson-work-title = Bei der Arbeit bleiben oder zurück
lesson-work-body =
    Arbeit tut der Erholung meist gut. Wer bei der Arbeit bleibt oder früh zurückkehrt, erholt sich oft schneller als jemand, der wartet, bis der Schmerz ganz weg ist.

    Du musst nicht schmerzfrei sein, um zu arbeiten. Hilfreich ist, die Arbeit eine Weile anzupassen: oft die Haltung wechseln, kurze Wege in den Pausen, anfangs leichtere Aufgaben oder kürzere Zeiten und ein Gespräch mit deiner Vorgesetzten oder deinem Vorgesetzten, was helfen würde.

    Ist deine Arbeit körperlich schwer oder macht der Schmerz sie sehr mühsam, frag in deiner Hausarztpraxis oder Physiotherapie nach einem schrittweisen Wiedereinstieg.
lesson-work-question = Wann ist es am besten, wieder zu arbeiten?
lesson-work-option-painfree = Erst wenn der Schmerz ganz weg ist
lesson-work-option-early = Früh, bei Bedarf mit Anpassungen
lesson-work-option-scan = Erst nach einem MRT
lesson-work-right = Ja. Bei der Arbeit zu bleiben oder früh mit ein paar Anpassungen zurückzukehren hilft der Erholung. Du musst nicht warten, bis du schmerzfrei bist.
lesson-work-wrong = Darauf warten viele, aber Warten verzögert meist die Erholung. Früh zurückzukehren, eine Weile mit Anpassungen, klappt für die meisten besser.

## medicines

lesson-medicines-title = Medikamente im Überblick
lesson-medicines-body =
    Medikamente können dem Schmerz die Spitze nehmen, damit du in Bewegung bleibst. Allein heilen sie Rückenschmerzen nicht.

    Bei Kreuzschmerzen schlägt NICE, die britische Leitlinienstelle, für kurze Zeit eine entzündungshemmende Tablette vor, wenn sie für dich sicher ist. Sie rät ab von Paracetamol allein, von Opioiden bei lang anhaltenden Rückenschmerzen und von Nervenschmerz- oder Antidepressiva-Mitteln nur wegen Rückenschmerzen.

    Ob ein Mittel für dich sicher ist, hängt von deiner Gesundheit und deinen anderen Medikamenten ab: Frag in der Apotheke, meist ohne Termin. Ich nenne nie Dosierungen; halte dich an den Beipackzettel und an Apotheke oder Arztpraxis.
lesson-medicines-question = Wer kann dir sagen, ob ein Schmerzmittel für dich sicher ist?
lesson-medicines-option-pharmacist = Apotheke oder Arztpraxis
lesson-medicines-option-coach = Dieser Coach
lesson-medicines-option-friend = Jemand, dem es geholfen hat
lesson-medicines-right = Richtig. In der Apotheke kann man ein Mittel mit deiner Gesundheit und deinen anderen Medikamenten abgleichen, oft ohne Termin.
lesson-medicines-wrong = Frag in der Apotheke oder Arztpraxis: Ob ein Mittel sicher ist, hängt von deiner Gesundheit und deinen anderen Medikamenten ab. Zu Dosierungen rate ich nie.

## heat_walking

lesson-heat_walking-title = Wärme und Gehen
lesson-heat_walking-body =
    Zwei einfache Dinge helfen vielen Menschen mit Rückenschmerzen.

    Wärme: Eine in ein Handtuch gewickelte Wärmflasche, ein Wärmekissen oder eine warme Dusche können verspannte, schmerzende Muskeln eine Weile lockern. Manche mögen lieber Kälte. Nimm, was sich besser anfühlt, etwa 20 Minuten lang, nie direkt auf die Haut.

    Gehen: Ein Spaziergang gehört zum Besten für einen schmerzenden Rücken. Fang mit dem an, was angenehm ist, auch fünf Minuten, und leg alle paar Tage etwas dazu. Regelmäßige Wege in ruhigem Tempo zählen mehr als lange.
lesson-heat_walking-question = Was hilft vielen bei einem schmerzenden Rücken?
lesson-heat_walking-option-walk = Kurze, regelmäßige Spaziergänge
lesson-heat_walking-option-still = Den ganzen Tag still sitzen
lesson-heat_walking-option-ice = Eis direkt auf die Haut
lesson-heat_walking-right = Ja. Regelmäßige Spaziergänge und Wärme für verspannte Muskeln tun vielen Rücken gut. Klein anfangen und steigern.
lesson-heat_walking-wrong = Das nicht. Kurze, regelmäßige Spaziergänge helfen den meisten, und Wärme (eingewickelt, etwa 20 Minuten) kann verspannte Muskeln lockern. Eis oder Wärme nie direkt auf die Haut.

## confidence

lesson-confidence-title = Wieder Vertrauen in den Rücken
lesson-confidence-body =
    Nach Rückenschmerzen ist es natürlich, sich vorsichtig zu bewegen und zu meiden, was einmal wehgetan hat. Wer Bewegung aber lange meidet, bekommt einen steiferen, schwächeren und empfindlicheren Rücken, und dann tut noch mehr weh.

    Vertrauen kommt durch Tun zurück, in kleinen Schritten: Such dir eine Sache aus, die du gemieden hast, probier eine kleine Version davon und merk dir, dass es gut gegangen ist. Dann ein bisschen mehr.

    Wer zuversichtlich auf seinen Rücken blickt, erholt sich meist schneller. Du musst dich nicht erst sicher fühlen: Das Vertrauen wächst mit allem, was du tust. Jede Einheit, die du schaffst, zeigt, dass dein Rücken es kann.
lesson-confidence-question = Wie wächst das Vertrauen in deinen Rücken?
lesson-confidence-option-avoid = Indem ich meide, was wehtat
lesson-confidence-option-steps = Durch kleine Schritte, die gut gehen
lesson-confidence-option-wait = Indem ich warte, bis nichts wehtut
lesson-confidence-right = Ja. Jeder kleine Schritt, der gut geht, zeigt dir und deinem Rücken, dass es sicher ist. Das summiert sich.
lesson-confidence-wrong = Das fühlt sich sicherer an, macht den Rücken mit der Zeit aber meist empfindlicher. Vertrauen wächst durch kleine Schritte, die gut gehen, einer nach dem anderen.

## why_exercise_works

lesson-why_exercise_works-title = Warum Bewegung hilft
lesson-why_exercise_works-body =
    Bewegung gehört zu den am besten belegten Behandlungen bei Rückenschmerzen. Sie kräftigt und lockert den Rücken, beruhigt das empfindliche Nervensystem, hilft Schlaf und Stimmung und zeigt dir, was dein Rücken kann.

    Das Überraschende: Die eine beste Übung gibt es nicht. Gehen, Schwimmen, Yoga, Pilates, Krafttraining und die Übungen in deinem Plan helfen alle. Die beste Bewegung ist die, die du wirklich regelmäßig machst.

    Fühlt sich eine Einheit wie eine Pflicht an, ändere etwas: die Uhrzeit, eine kürzere Version oder stattdessen ein Spaziergang. Ein wenig an den meisten Tagen schlägt viel ab und zu.
lesson-why_exercise_works-question = Welche Übung ist die beste bei Rückenschmerzen?
lesson-why_exercise_works-option-special = Eine besondere Rückenübung
lesson-why_exercise_works-option-done = Die, die ich wirklich mache
lesson-why_exercise_works-option-hard = Die schwerste, die ich schaffe
lesson-why_exercise_works-right = Genau. Bewegung in jeder Form hilft, also ist die beste die, bei der du bleibst.
lesson-why_exercise_works-wrong = Viele suchen die eine richtige Übung, aber die gibt es nicht: Bewegung in jeder Form hilft. Die beste ist die, bei der du bleibst.

## recovery_outlook

lesson-recovery_outlook-title = Rückenschmerz geht meist vorbei
lesson-recovery_outlook-body =
    Das Ermutigende zuerst: Die meisten Rückenschmerzen bessern sich innerhalb einiger Wochen oder Monate. Viele haben unterwegs Auf und Ab, manche später noch einmal einen Schub, aber die meisten kommen zu den Dingen zurück, die ihnen wichtig sind.

    Was hilft: aktiv bleiben, den gewohnten Alltag so gut es geht weiterführen und zuversichtlich bleiben. Wer positiv bleibt, erholt sich meist schneller.

    Bessert sich dein Schmerz nach ein paar Wochen Selbsthilfe nicht, hindert er dich an alltäglichen Dingen oder kommst du schwer damit zurecht, geh in deine Hausarztpraxis: Es gibt mehr Hilfe.
lesson-recovery_outlook-question = Was passiert mit den meisten Rückenschmerzen?
lesson-recovery_outlook-option-better = Besser in Wochen oder Monaten
lesson-recovery_outlook-option-forever = Sie bleiben ein Leben lang
lesson-recovery_outlook-option-worse = Sie werden mit dem Alter nur schlimmer
lesson-recovery_outlook-right = Ja. Die meisten Rückenschmerzen werden innerhalb von Wochen oder Monaten besser, auch wenn es unterwegs auf und ab geht.
lesson-recovery_outlook-wrong = So kann es sich anfühlen, wenn es wehtut, aber die meisten Rückenschmerzen bessern sich innerhalb von Wochen oder Monaten. Wird es bei dir nach ein paar Wochen nicht besser, kann deine Hausarztpraxis helfen.
