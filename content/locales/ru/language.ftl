## /language: выбор языка (название каждого языка написано на нём самом)

language-ask = На каком языке мне с вами говорить?
language-set = Готово: теперь я буду говорить с вами по-русски.
language-name-en = English
language-name-de = Deutsch
language-name-es = Español
language-name-ru = Русский
