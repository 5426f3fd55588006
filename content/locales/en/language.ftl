## /language: choosing the language (each language's name is written in itself)

language-ask = Which language should I use?
language-set = Done: I'll speak English with you from now on.
language-name-en = English
language-name-de = Deutsch
language-name-es = Español
language-name-ru = Русский
