## /language: choosing the language (each language's name is written in itself)

language-ask = Welche Sprache soll ich verwenden?
language-set = Erledigt: Ab jetzt spreche ich Deutsch mit dir.
language-name-en = English
language-name-de = Deutsch
language-name-es = Español
language-name-ru = Русский
