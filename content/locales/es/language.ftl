## /language: choosing the language (each language's name is written in itself)

language-ask = ¿En qué idioma quieres que te hable?
language-set = Listo: a partir de ahora te hablaré en español.
language-name-en = English
language-name-de = Deutsch
language-name-es = Español
language-name-ru = Русский
