"""Who wrote, filed, published and first reported a story: bylines, datelines, attributions."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from generator.articles.datetext import BS_MONTH, MARKS, MONTH_NUMBER, MONTH_PATTERN, is_stamp_word, known_months
from generator.articles.debris import in_lower_case
from generator.articles.keptpatterns import KeptPatterns

# The module's patterns, compiled once and kept beside its bytecode (`keptpatterns`; saved at the module's end).
_KEPT = KeptPatterns(__file__)

_BYLINE = _KEPT.compile(r"^(?:by|posted by|written by|wrote by|publié par|publicado por|pubblicato da|veröffentlicht von|words by|text by|reported by|presented by|prepared by|story by|oleh|penulis|pewarta|wartawan|escrito por|"
                     r"(?:an? )?(?:analysis|commentary|column|essay|review) by|von|par|por|door|av|af|(?-i:di)|(?-i:de)|"
                     # the writer who took the pictures too ("Words & photos: NAME", "Story and photos by NAME"), "Words: NAME"
                     r"(?:words|text|story) (?:and|&) (?:photos?|pictures?|images?)(?: by)?|words(?=\s*:)|"
                     # (and "text" as a label in the languages of the month table: "Texto: NAME", "Texte : NAME", "Text: NAME")
                     r"(?:text|texto|textos|texte|testo|tekst)(?=\s*:)|"
                     # (and "report" as Portuguese, Spanish, Malay and Indonesian label the reporter: "Reportagem: NAME",
                     # "Reportaje: NAME", "Laporan: NAME")
                     r"(?:reportagem|reportaje|reportage|laporan)(?=\s*:)|"
                     # (Amharic's reporter and writer, before the Ethiopic preface colon or wordspace: "ዘጋቢ፦ NAME", "ጸሐፊ፡ NAME")
                     r"(?:ዘጋቢ|ጸሐፊ)(?=\s*[:፦፡])|"
                     # "by" and "written by" in more languages: Albanian, Swahili, Bosnian, Serbian, Macedonian, Slovenian,
                     # Latvian, Belarusian, Armenian, Arabic, Persian, Portuguese, French, Italian
                     r"nga|(?-i:Na)|(?-i:Ni)|piše|пише|подготви|пишува|avtor(?:ica)?|autors|аўтар|автор(?:ка)?|հեղինակ|بقلم|كتب|كتبت|به قلم|تقرير|إعداد|"
                     r"texto de|rédigé par|écrit par|[ée]crit pâr|scritto da|ekri pa|"  # (Gallo "Ecrit pâr")
                     r"escribe|escriben|escreve|"  # (Spanish's and Portuguese's "writes", the River Plate papers' byline: "Escribe NAME")
                     # German's and Spanish's "author" (as "Autorin:"), an interview's credit in Spanish and Portuguese, Welsh
                     r"autor(?:in|a)?|entrevista de|(?-i:Gan)|"
                     # Greek "writes" ("Γράφει η NAME"), Maltese "writing of" and "written by", Afrikaans "by"
                     r"γράφει(?:\s+(?:ο|η|οι))?|(?-i:Kitba)\s+ta['’]|miktub\s+minn|(?-i:Deur)|"
                     # Burmese "news –" before the reporter ("သတင်း – NAME | ဓာတ်ပုံ – NAME", the photographer after), Karen "writer –"
                     r"သတင်း\s*[–—-]|ပှၤကွဲး\s*[–—-]|တႅမ်ႈ\s*[–—-]|"
                     # Italian's "edited by" ("a cura della Redazione"), Polish "compiled by" ("oprac. Name")
                     r"a cura (?:di|della|del)|oprac\.|"
                     # Georgian, Icelandic, Somali, Khmer, a French interview's credit, Sorani Kurdish, Uzbek and Tajik
                     # (Svan and Mingrelian drop Georgian's nominative ending: "ავტორ: NAME"; Kalanga's "by" is Ndebele's "Ngu";
                     # Walser's and North Frisian's "von": "Vòn NAME", "Foon NAME")
                     r"ავტორი?|(?-i:Eftir)|(?-i:Ngu)|(?-i:Vòn|Foon|Fuon)|qoraa|qore|ដោយ|propos recueillis par|entretien réalisé par|نووسەر|muallif|müəllif|"
                     # Mongolian "journalist" before the name ("Сэтгүүлч Б.Энхжаргал"), Hausa "from" ("Daga NAME"), Thai "by",
                     # Kyrgyz "prepared by" ("Даярдаган: NAME")
                     r"(?-i:Сэтгүүлч)|(?-i:Daga)|โดย|даярдаган|"
                     # Luxembourgish "by the" ("Vun der Nathalie Kremer")
                     r"(?-i:Vun)\s+(?:der|dem|de|den)|"
                     # Belarusian "text:" ("Тэкст: NAME")
                     r"тэкст(?=\s*:)|"
                     # Sindhi "report:" ("رپورٽ: NAME")
                     r"رپورٽ(?=\s*:)|"
                     # Tigrinya "writer", its colon the Ethiopic preface colon ("ጸሓፊ፦ NAME")
                     r"ጸሓፊ(?=\s*[:፦])|"
                     # Turkish "writer", "reporter" and "news:" ("Haber: Name | Fotoğraf: Name"), Hungarian "author", "written by"
                     r"yazar|muhabir|haber(?=\s*:)|szerző|írta|"
                     # Lao "news:" before the reporter ("ຂ່າວ: NAME", under the story)
                     r"ຂ່າວ(?=\s*:)|"
                     # Breton "by" ("Gant NAME"; in its case: "gant" is also "with" in a sentence), Occitan, Walloon, Franc-Comtois and Lorrain "by" ("Per NAME", "Pa NAME", "Pai NAME", "Pè NAME"),
                     # Yoruba's and Igbo's "from the hand of" ("Láti ọwọ́ NAME", "Site n'aka NAME"), Javanese "writer:"; Tibetan
                     # "reporter" before its shad (Dzongkha's before the name, no shad: "སྙན་ཞུ་པ་ NAME"), Tongan "written by", Xitsonga "by" (whole names only), Luganda "by" ("Bya NAME"),
                     # Ilocano and Lingala "written by", Sundanese "by:" ("Ku: NAME"), Bambara "writer:", Romansh "by" ("da NAME"), Lozi "by" ("Ka NAME", whole names only)
                     r"སྙན་སྒྲོན་པ(?=\s*།)|གསར་འགོད་པ(?=\s*།)|སྙན་ཞུ་པ་(?=\s)|faʻu\s+ʻe|(?-i:Hi)(?=(?:\s+[A-Z][\w'’.-]*){2,4}\s*$)|(?-i:Bya)|sinurat\s+ni|sinulat\s+ni|gisulat\s+ni|ekomami\s+na|ku(?=\s*:)|sɛbɛnnikɛla(?=\s*:)|(?-i:da)(?=(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]*){2,4}\s*$)|(?-i:Ka)(?=(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]*){2,4}\s*$)|(?-i:Gant)|(?-i:Per|Pa|Pai|Pè)(?=(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]*){2,4}\s*(?:$|[·|–—]))|(?-i:Láti)\s+ọwọ\u0301?|(?-i:Site)\s+n['’]aka|panulis(?=\s*:)|"
                     # Nogai "wrote:", Madurese "writer:", Urdu's and Saraiki's "report:", Hmong "written by", Tulu "writing:",
                     # Santali "writer :", Karelian "text:", Zazaki and Pulaar "writer:", Bemba "written by", Ewe "writer:", Afaan Oromoo
                     # "reporter:", Mapudungun and Acehnese "writer:", Northern Sami "text:", Cornish "written by", Crimean Tatar
                     # "author:", Minangkabau and Balinese "writer:", Nahuatl "wrote:", Twi "writer:", Kapampangan "written by",
                     # Esperanto "author:", Russian's, Tatar's and Rusyn's "text:", Erzya's, Uyghur "our reporter:"; Malagasy
                     # "written by" ("Nosoratan'i NAME"); Neapolitan "by" ("’e NAME", whole names only: "’e" is also "of")
                     r"язды(?=\s*:)|panolès(?=\s*:)|رپورٹ(?=\s*:)|گزارشگر(?=\s*:)|تحریر(?=\s*:)|sau\s+los\s+ntawm|ಬರವು(?=\s*:)|ᱚᱞᱤᱭᱟᱹ(?=\s*:)|tekstu(?=\s*:)|nuştox(?=\s*:)|winndiiɗo(?=\s*:)|ilembelwe\s+na|ŋlɔla(?=\s*:)|gabaasaa(?=\s*:)|wirintukufe(?=\s*:)|peunuléh(?=\s*:)|teaksta(?=\s*:)|skrifys\s+gans|müellif|panulih(?=\s*:)|pangripta(?=\s*:)|kiijkuilo(?=\s*:)|ɔkyerɛwfoɔ(?=\s*:)|sulat\s+nang|aŭtoro(?=\s*:)|текст(?=\s*:)|текстэсь(?=\s*:)|مۇخبىرىمىز(?=\s*:)|"
                     # (Valdôtain "by", capitalised, Bolognese "ed", Saterland Frisian "Fon", Low German "Van" and Syriac "ܡܢ", before a whole name; Pangasinan "written by", Sranan "writing of", Krio "written by" ("Rayt bay NAME"), Hindi's and Garhwali's "by" before the name, Balochi and Hindko "writing:", Gilaki "reporter:", Shughni "written:"; Dholuo, Kikuyu, Chuukese, Acholi and Tshiluba "by": "Gi", "Nĩ", "Ren", "Ki", "Kudi")
                     r"(?-i:De|ed|ad|Da|Fon|Fonn|Vun|Van|Bi|Gi|Nĩ|Ren|Ki|Kudi)(?=(?:\s+[A-ZÀ-Þ][\w'’.-]*){2,3}\s*$)|ܡܢ(?=(?:\s+[\u0710-\u074f]+){2,3}\s*$)|sinulat\s+nen|skrifi\s+fu|rayt\s+bay|(?-i:द्वारा)(?=\s)|نبشتہ(?=\s*:)|रपट(?=\s*:)|(?-i:Kēratiz)|kirotaja(?=\s*:)|teksti\s+ja\s+kuva(?=\s*:)|storie\s+en\s+foto(?=\s*:)|scrito\s+por|daiyndağan(?=\s*:)|дайындаған(?=\s*:)|нивишт(?=\s*:)|ааптар(?=\s*:)|(?-i:Tohi\s+e|Faʻu\s+e|Tuhia\s+e|Ekrii\s+par)(?=(?:\s+[A-Z][\w'’.-]*){2,3}\s*$)|ⵙ\s+ⵓⴼⵓⵙ\s+ⵏ|sɣur|ziaktu(?=\s*:)|خوَرنگار(?=\s*:)|خورنگار(?=\s*:)|ڕاپۆرت(?=\s*:)|لکھت(?=\s*:)|خبرنیگار(?=\s*:)|"
                     r"nosoratan['’]i|[’'](?-i:e)(?=(?:\s+[A-ZÀ-ÞĀ-ž][\w'’.-]*){2,3}\s*$)|"
                     # Somali "written by", abbreviated ("W/Q: NAME", wuxuu qoray)
                     r"w/q(?=\s*:)|"
                     # Pashto "writing:" ("لیکنه: NAME")
                     r"لیکنه(?=\s*:)|"
                     # Vietnamese "text (and photos):", "news, photos:" (a colon after them: "bài" alone is also "article")
                     r"(?:bài|tin)(?:\s*(?:và|,|-)\s*ảnh)?(?=\s*:)|"
                     # "reporter:", "correspondent:", "writer:" in Tamil, Hindi and Marathi, Persian, Telugu, Kannada, Bengali and Assamese
    # (Bengali's and Assamese's "reporter", "প্রতিবেদক", "প্ৰতিবেদক", and "report", "প্রতিবেদন"; Persian's "report", "گزارش")
                     # (with their colon; Armenian's "՝" after "հեղինակ"); Hebrew "by"; a writing hand or a pen for the label ("✍ NAME")
                     r"(?:செய்தியாளர்|நிருபர்|संवाददाता|रिपोर्टर|रिपोर्ट|लेखक|प्रतिनिधी|वार्ताहर|نویسنده|خبرنگار|گزارش|రచన|విలేకరి|ವರದಿ|লেখক|প্রতিবেদক|প্ৰতিবেদক|প্রতিবেদন)(?=\s*:)|מאת|(?:✍|🖊|✒|🖋)\ufe0f?(?=\s))\s*[:：៖՝፦፡།]?\s*(?<=[\s:：៖՝፦፡།])(?P<name>\S.*)$", re.IGNORECASE)
# "Teksti NAME Kuvat NAME", "Text NAME Foto NAME": the words and the pictures credited on one line, with no colon.
_TEXT_AND_PICTURES = _KEPT.compile(r"^(?:Teksti|Tekst|Text|Texto|Texte)\s+(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s+"
                                r"(?:Kuvat|Kuva|Foto|Fotos|Bild|Bilder|Photos?|Fotografía|Photographie)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}$")
# (Uzbek "prepared": "Nodira Xasanova tayyorladi", under the story)
_WRITES_AFTER = _KEPT.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’ʻ-]+(?:\s[A-ZÀ-Þ][\w'’ʻ-]+){1,3})\s+(?:skrifar|skriver|skriv|kirjoittaa|tayyorladi)$")
# "- ம. ஜனார்த்தனன் -": a name of two to four words (initials with their full stops among them) between two dashes
# (not a wire's "- End -", nor "- إعلان -", an advert's label: one word).
_FRAMED_NAME = _KEPT.compile(r"^[-–—]\s+(?P<name>[^\W\d_][^\s\d,:;()\-–—]*(?:\s[^\W\d_][^\s\d,:;()\-–—]*){1,3})\s+[-–—]$")
# (Only with a particle of an Irish surname in it: "Le Monde" is a French paper, no byline.)
# Shona joins its "by" to the name: "NaRutendo Mavhunga".
_SHONA_BY = _KEPT.compile(r"^Na(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][\w'’-]+){1,3})$")
# (Scottish Gaelic glues the particle to the surname: "Le Seonag NicIlleathain", "Le Calum MacLeòid".)
_IRISH_BY = _KEPT.compile(r"^Le (?P<name>[A-ZÁÉÍÓÚ][\w'’-]+(?:\s(?:Ní|Nic|Ó|Uí|Mac|Mhic|Bean)\s[A-ZÁÉÍÓÚ][\w'’-]+|(?:\s[A-ZÁÉÍÓÚ][\w'’-]+)?\s(?:Ní|Nic|Ó|Uí|Mac|Mhic)\s[A-ZÁÉÍÓÚ][\w'’-]+"
                       r"|(?:\s[A-ZÁÉÍÓÚ][\w'’-]+)?\s(?:Nic|Mac|Mhic)[A-ZÀÈÌÒÙ][\w'’-]+))$")
# (isiXhosa writes "written" before it: "Ibhalwe ngu-Siphokazi Mdingi-Ntlabathi")
_ZULU_BY = _KEPT.compile(r"^(?:Ibhalwe\s+ngu|Ngu)-(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})$")
_BY_AFTER = _KEPT.compile(r"^(?P<name>[^\W\d_A-Za-z]\S*(?:\s\S+){1,3})\s+(?:විසින්|द्वारा|দ্বারা)$")
# A role in title case after the name on the byline's line: "By Callum Baird Diplomatic Editor".
_ROLE_AFTER = _KEPT.compile(r"\s+(?:(?:Diplomatic|Political|Defence|Defense|Security|Foreign|Senior|Chief|Deputy|Associate|Staff|Military|"
                         r"Investigative|Business|News|Features|Managing|Executive|Contributing|Special|Europe|Asia|"
                         r"Africa|Diplomacy|World|National|Regional|Local|Home|Affairs)\s+){0,3}"
                         r"(?:Editor|Correspondent|Reporter|Writer|Columnist|Producer|Journalist)$")
_NAME_END = _KEPT.compile(r"\s+(?:on|in|at|for|from|para|pour|und aktualisiert|and updated)\s+.*$|\s+(?:en|às|as|à|a las|um|alle|om|kl\.?|klo)\s+\d{1,2}[:.h]\d{2}\b.*$|\s+(?i:and|with|avec|con|com|mit|met|et|y|e)\s+(?i:agencies|agences|agencias|agências|agenzie|agenturen|wire services|wires)\b.*$|\s*[,|·•(].*$|\s+[-/—–]\s+.*$|\s{2,}.*$|\*+$|\s*[།༎]+$")  # (a Tibetan shad closing the name: "… དབྱངས་སྒྲོལ།"; a blog's time after it: "Publicado por NAME en 18:40")
# Words no role holds: "By car to Wiesbaden Airport" is no byline.
_NOT_ROLE = {"to", "from", "with", "will", "be", "is", "was", "has", "had", "are", "were", "into", "onto"}
_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "el", "and", "&", "ter", "dos", "und", "et", "y", "i", "arap", "ole", "wa", "binti", "anak"}  # ("i": Catalan's "and" between surnames; Kalenjin "arap", Maasai "ole", Kikuyu and Mbeere "wa", son of; Malay "binti", daughter of, and Sarawak's "anak", child of)

# "TOKYO, May 29 (Kyodo) —", "WIESBADEN, Germany, Sept. 3 (Reuters) -", "BRUSSELS —"
# Capitals of the Latin, Cyrillic and Greek alphabets (with Latin Extended-A's lower case among them:
# a place read with these is also checked to be in capitals).
_UP = "A-ZÀ-ÖØ-ÞĀ-žƏǍ-ǰǴ-ɏЀ-ЯΆΈ-ΏΑ-Ω"  # (Ə: Azerbaijani's and Talysh's schwa, "LƏNKON —")
_DATELINE = _KEPT.compile(
    rf"^(?P<place>[{_UP}][{_UP}'.\-\u0300-\u036f]+(?:\s+[{_UP}][{_UP}'.\-\u0300-\u036f]+){{0,3}})"
    # (the region in any Latin capitals: "NEBAJ, QUICHÉ.– …")
    rf"(?:,\s*(?P<region>(?!{MONTH_PATTERN})[{_UP}][A-Za-zß-ÿ{_UP}.'\-]+(?:\s+[{_UP}][A-Za-zß-ÿ{_UP}.'\-]+){{0,2}}))?"
    rf"(?:,\s*(?P<month>{MONTH_PATTERN})\s*(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?"
    rf"|,\s*(?:(?:le|el|il|o|am|den)\s+)?(?P<day2>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(?P<month2>{MONTH_PATTERN})(?:\s+(?:de\s+)?(?P<year2>\d{{4}}))?)?"  # "TOKYO, 8 oct 2026 (AEP) -", "PAPEETE, le 30 novembre 2026 –"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?"
    rf"\s*(?:(?:—|–|--|-)\s+|--(?=[{_UP}]))(?=\S)"  # ("PHILIPSBURG--Member of Parliament …": the wire's double hyphen, glued)
)

# "WIESBADEN. For the first time …": a German paper's place mark, the town in capitals and a full stop
# (six letters or more: "NATO. The alliance …" opens with an acronym, not a place).
# ("АСТАНА. СТЕПЬ-ИНФОРМ — …": the agency in capitals may follow, before a dash.)
# (A place of five capitals or more, "BREST. …"; of two shorter words, "ТЕЛЬ-АВИВ. …"; a shorter one with its province in
# brackets, "UTA (CAGLIARI). …")
# (The sentence after it may open with a day: "КИДЕРО. 19 ва 20 ноябрь …", Kidero. On 19 and 20 November …)
_DOT_DATELINE = _KEPT.compile(rf"^(?P<place>[{_UP}]{{5,}}(?:[ -][{_UP}]{{2,}})?|[{_UP}]{{3,}}[ -][{_UP}]{{3,}}|[{_UP}]{{3,}}(?:[ -][{_UP}]{{2,}})?\s\([{_UP}]{{3,}}\))\.\s+"
                           rf"(?:(?P<agency>[{_UP}][{_UP}\-]+(?:\s[{_UP}][{_UP}\-]+)?)\s*[—–-]\s+)?(?=[{_UP}]|\d{{1,2}}\s)")
# "Ljubljana – Japonski častnik …": the place in title case and a dash (not a hyphen) before a new sentence.
# "Boca del Río, Ver.- Japón no está …": a town and its state abbreviated, the dash set close, as Mexican papers print it.
_STATE_DATELINE = _KEPT.compile(r"^(?P<place>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s(?:del|de|la|las|los|[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)){0,3},\s"
                             r"(?:[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z][a-z]{0,4}\.?))\s?[-–—]\s*(?=[A-ZÁÉÍÓÚÑ¿¡«\"“])")
# (or both in capitals: "PAPANTLA, VER.– …", read as "Papantla, Ver.")
_STATE_CAPS_DATELINE = _KEPT.compile(r"^(?P<place>[A-ZÁÉÍÓÚÑ]{3,}(?:\s(?:DEL|DE|LA|LAS|LOS|[A-ZÁÉÍÓÚÑ]{3,})){0,3},\s[A-Z]{2,5}\.)\s?[-–—]\s*(?=[A-ZÁÉÍÓÚÑ¿¡«\"“])")
# (Its region after a comma too: "Mitú, Vaupés — Jueves, …".)
_TITLE_DATELINE = _KEPT.compile(rf"^(?P<place>[{_UP}][^\W\d_]+(?:\s[{_UP}][^\W\d_]+){{0,2}}(?:,\s[{_UP}][^\W\d_]+(?:\s[{_UP}][^\W\d_]+)?)?)\s+[–—-]\s+(?=[{_UP}«„“\"])")
# "Bakı, 11 noyabr, XƏZƏR-PRESS. …", "МОСКВА, 11 ноя — РИА Новости.": a place, the day and the month, and the agency.
# (The month is looked up, not matched by the month tree: a pattern holding it costs some 13 ms to compile.)
_DAY_AGENCY_DATELINE = _KEPT.compile(rf"^(?P<place>[{_UP}][^\W\d_]+(?:\s[{_UP}][^\W\d_]+)?),\s+(?P<day>\d{{1,2}})\s+(?P<month>[^\W\d_]+\.?),?\s*[—–-]?\s*"
                                  rf"(?P<agency>[{_UP}][\w-]+(?:\s[{_UP}][\w-]+){{0,2}})\.\s+(?=\S)")
# "Алматы. 12 ноября. ДАЛА-ПРЕСС – …": the place, a full stop, the day and month, a full stop, the agency and a dash; and
# "Tema, Oct. 7, HCM – …", "Accra, Oct. 7, GNA – …": the place, the month and day, the agency (Ghana News Agency's way).
_DOTTED_DAY_AGENCY_DATELINE = _KEPT.compile(rf"^(?P<place>[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+)?)\.\s+(?P<day>\d{{1,2}})\s+(?P<month>[^\W\d_]+)\.\s+"
                                         rf"(?P<agency>[{_UP}][\w-]+(?:\s[{_UP}][\w-]+){{0,2}})\s*[—–-]\s+(?=\S)")
_MONTH_DAY_AGENCY_DATELINE = _KEPT.compile(rf"^(?P<place>[{_UP}][^\W\d_]+(?:\s[{_UP}][^\W\d_]+)?),\s+(?P<month>[{_UP}][^\W\d_]+\.?)\s+(?P<day>\d{{1,2}}),\s+"
                                        rf"(?P<agency>[{_UP}][\w-]+(?:\s[{_UP}][\w-]+){{0,2}})\s+[—–-]\s+(?=\S)")
# "ДУШАНБЕ, 27.11.2026 /«Паёми Шарқ»/. …": a place in capitals, the day in figures and the agency between slashes.
_SLASHED_AGENCY_DATELINE = _KEPT.compile(rf"^(?P<place>[{_UP}][{_UP}'\-]+(?:\s[{_UP}][{_UP}'\-]+){{0,2}}),\s+\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\s*"
                                      r"/(?P<agency>[^/]{2,40})/\.?\s+(?=\S)")
# "Muqdisho (Geeska Maanta) – …", "Dakar, 3 nov. (Teranga Info) – …", "طوكيو (وكالات) - …", "La Paz, 26 de
# noviembre (ABP).- …": a place in any script, its day and month perhaps, the agency in brackets and a dash.
# (A word's vowel signs are letters of it: "ਪਟਿਆਲਾ, 14 ਅਕਤੂਬਰ (Name)- …", as Indian-language papers set the dateline.)
# (One class for a letter and a mark, not an alternation of the two: a letter is both, and an alternation of
# overlapping branches under a repeat backtracks without end on a line that does not match.)
_LETTER_OR_MARK = rf"(?:(?![\d_])[\w{MARKS}])"
_PAREN_AGENCY_DATELINE = _KEPT.compile(rf"^(?P<place>[^\W\d_](?:(?![\d_])[\w{MARKS}'’.-])+(?:\s[^\W\d_](?:(?![\d_])[\w{MARKS}'’.-])+){{0,2}})"
                                    rf"(?:,\s+(?P<day>\d{{1,2}})\s+(?:de\s+)?(?P<month>{_LETTER_OR_MARK}+\.?))?"
                                    # ("طوكيو - (وكالات): …": the dash before the agency and a colon after it, as Arabic papers set it)
                                    # ("Chóśebuz (CP). …": the paper's or agency's initials and a full stop, no dash)
                                    r"(?:\s+\((?P<agency>[^()]{2,40})\)\s*\.?[–—-]|\s+[–—-]\s*\((?P<agency2>[^()]{2,40})\)\s*:|\s+\((?P<agency3>[^\W\d_a-z]{2,5})\)\.)\s+(?=\S)")
# "Dar es Salaam. Balozi wa Japan …": a place in title case, its particles in lower case, and a full stop.
# (Each word of three letters or more: "Qwaanyi Bi. Aiko Tanabe …" ends on a title, Swahili's "Bi.", Ms, over a name.)
_TITLE_DOT_DATELINE = _KEPT.compile(r"^(?P<place>[A-Z][a-zà-ÿ]{2,}(?:\s(?:[a-z]{1,3}\s)?[A-Z][a-zà-ÿ]{2,}){0,2})\.[–—-]?\s+(?=[A-Z])")
# The same in a script without capitals: one to three words and a dash (not a hyphen) before the story.
# (A hyphen for the dash too, as Arabic papers set it: "الرياض - أفادت وكالة …".)
# (Or a dot set between spaces, as Malayalam papers set it: "കൊച്ചി ∙ …".)
# "کراچی (اسٹاف رپورٹر) …": the place, then the reporter's role in brackets (staff reporter), as Urdu papers open the story.
_UNCASED_REPORTER_DATELINE = _KEPT.compile(r"^(?P<place>[^\W\d_A-Za-z][^\s\d,:;()]*(?:\s[^\W\d_A-Za-z][^\s\d,:;()]*)?)\s*\((?P<who>[^()]{2,40})\)\s+(?=\S)")
_UNCASED_DATELINE = _KEPT.compile(r"^(?P<place>[^\W\d_A-Za-z][^\s\d,:;()]*(?:\s[^\W\d_A-Za-z][^\s\d,:;()]*){0,2})\s+[–—∙-]\s+(?=\S)")
# "شهرکرد- زردکوه نومه- …": the place and the paper or agency, each closed by a hyphen, as Persian papers open the story.
_UNCASED_AGENCY_DATELINE = _KEPT.compile(r"^(?P<place>[^\W\d_A-Za-z][^\s\d,:;()–-]*(?:\s[^\W\d_A-Za-z][^\s\d,:;()–-]*)?)\s?[–-]\s"
                                      r"(?P<agency>[^\W\d_A-Za-z][^\s\d,:;()–-]*(?:\s[^\W\d_A-Za-z][^\s\d,:;()–-]*){0,2})\s?[–-]\s+(?=\S)")
# (A word's letters, its vowel signs and marks among them: Devanagari's are no word characters to a pattern.)
_WORD_RUN = r"[^\W\d_][^\s\d,:;()\[\]।၊։]*"
# A place, a comma and a day with a word for its month, either way round: what the two patterns below open with.
# (Burmese sets its own comma: "ရန်ကုန်၊ အောက်တိုဘာ ၂၁ – …"; Tigrinya its Ethiopic one: "ባጽዕ፣ 16 ጥቅምቲ 2026 — …")
_PLACE_AND_DAY = (rf"^(?P<place>{_WORD_RUN}(?:\s{_WORD_RUN}){{0,2}})[,،၊፣]\s+"
                  rf"(?:(?P<month>{_WORD_RUN})(?:\s+|(?<=\.))(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\.?\s+(?:(?:of|de|di|da|no|ne|ya|kia|ga)\s+)?(?P<month2>{_WORD_RUN}))")
# (A word for "of" may stand between the day and the month: Marquesan "Taiohae, 2 no Novema 2026 – …".)
# "काठमाडौं, मंसिर ४ — …", "Kathmandu, Mangsir 4 — …": a place, a date the reader may not read (a word and a day in
# any script's figures, either way round) and a dash.
_DATED_DASH_DATELINE = _KEPT.compile(_PLACE_AND_DAY + r"\s+[–—]\s+(?=\S)")
# "Ашхабад, 2 декабря. Вчера …", "Massawa, 07 December 2026- The …": a place and a day and month the reader
# knows (a year may follow), then a full stop or a dash set close.
# (Or a colon: "யாழ்ப்பாணம், நவ. 20: …", the Tamil press's place, its month abbreviated, and the day.)
# (Or the danda that ends a Hindi sentence: "मुंबई, 15 अक्टूबर। …", set apart in Nepali: "पोखरा, भदौ २६ । …", a day of
# the Bikram Sambat calendar, whose month is no Gregorian one: the place stands alone.)
# (And the paper's correspondent in brackets before the colon: "విశాఖపట్నం, ఆగస్టు 17 (OUTLET ప్రతినిధి): …".)
# (Or Armenian's full stop: "ԳՅՈՒՄՐԻ, 18 ՆՈՅԵՄԲԵՐԻ։ …".)
# (Or the day and year of a calendar the reader may not know, slashed, the agency in brackets and Amharic's colon after them:
# "ወልቂጤ፣ ጥቅምት 6/2019 (OUTLET)፦ …", "Dilla, Hidaare 5/2019 (DO) – …", as Ethiopia's press sets the dateline.)
_DATED_STOP_DATELINE = _KEPT.compile(_PLACE_AND_DAY + r",?(?:\s+(?P<year>\d{4})|/(?P<other_year>\d{4}))?(?:\s*\([^()]{2,40}\))?(?:\.|\s?।|։|\s?[–—-]|\s?:|፦)\s+(?=\S)")
# "ଭୁବନେଶ୍ୱର, ୧୨।୯ (ନି.ପ୍ର.): …": a place in a script without capitals, the day and month in figures (day first, a danda or
# a stroke between them), the paper's own-correspondent mark in brackets and a colon, as Odia papers print it.
_FIGURED_DATELINE = _KEPT.compile(rf"^(?P<place>{_WORD_RUN}(?:\s{_WORD_RUN}){{0,2}}),\s+(?P<day>\d{{1,2}})[।/.](?P<month>\d{{1,2}})"
                               r"(?:\s*\([^()]{1,20}\))?\s*[:：]\s+(?=\S)")
# "(Wiesbaden) Dans une salle …": the place in brackets opening the lead, as Quebec papers set it.
_BRACKET_DATELINE = _KEPT.compile(r"^\((?P<place>[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+){0,2})\)\s+(?=[A-Z«“\"])")
# "Tokyo, May 30 (Formosa Wire) Japan will …": a place, a day and the agency, with no dash after them.
_AGENCY_DATELINE = _KEPT.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+(?P<month>{MONTH_PATTERN})\s*(?P<day>\d{{1,2}})\s+\((?P<agency>[^()]{{2,40}})\)\s+(?=[A-Z])"
)
# "New Delhi:", "TOKYO (Agency):": a place and a colon open the first paragraph, as Indian and some
# European papers set the dateline. A label of the same shape ("Update:", "Analysis:") is none.
_UNCASED_COLON_DATELINE = _KEPT.compile(r"^(?P<place>[^\W\d_A-Za-z\u00c0-\u024f\u0370-\u04ff][^\s\d:：.,।།]{1,20}(?:\s[^\W\d_A-Za-z][^\s\d:：.,।།]{1,20})?)\s?(?:\([^()]{2,30}\)\s?(?:[:：]\s*)?|[:：।།]|//)\s*(?<=[\s/])(?=\S)")  # (or a danda: "वाराणसी। …"; two slashes: "سرینگر// …";
# the outlet or its desk in brackets, before the colon or in its stead: "گوادر (کلمت ھال): …", "پشور (سٹاف رپورٹر) …")
# (A place in capitals may have its region after a comma: "MOMINABAD, Hunza: …", Pakistani papers' way.)
_COLON_DATELINE = _KEPT.compile(
    r"^(?P<place>[A-Z][A-Za-z'.\-]+(?:\s+[A-Z][A-Za-z'.\-]+)?)(?:,\s(?P<region>[A-Z][A-Za-z'.\-]+(?:\s[A-Z][A-Za-z'.\-]+)?))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?:\s+(?=[A-Z\"“‘'])"
)
# Words that end a sentence of one word or two at the head of a paragraph, no place: "Finally.", "Thank you."
_NOT_PLACES = {"finally", "thanks", "thank", "you", "yes", "no", "okay", "well", "first", "second", "third", "next", "then", "now",
               "agreed", "exactly", "indeed", "correct", "right", "wrong", "true", "false", "none", "nothing", "everyone", "good", "great",
               # and the abbreviations a full stop ends: "Mrs. Tanaka said …", "Gen. Mori …"
               "mrs", "mme", "gen", "col", "maj", "capt", "sgt", "rev", "prof", "inc", "ltd", "corp", "vol", "fig", "art", "sen", "rep",
               "gov", "adm", "cdr", "brig", "lieut", "hon", "est", "approx", "dept", "univ", "ave", "blvd",
               # and a note on the text's language: "Texto em Dâw. Adido de Defesa do Japão visitou …" (text in Dâw)
               "texto", "text", "texte", "testo", "tekst"}
_LABELS = {
    "update", "updated", "note", "editor", "editors", "breaking", "exclusive", "analysis", "opinion", "comment", "watch",
    "live", "correction", "clarification", "source", "sources", "photo", "video", "audio", "listen", "read", "related",
    "summary", "background", "context", "explainer", "factbox", "q", "a", "question", "answer", "quote", "transcript",
    "warning", "disclaimer", "advertisement", "sponsored", "important", "also", "more", "latest", "what", "why", "how",
    "who", "when", "where", "in", "key", "bottom", "the", "our", "my", "your", "this", "today", "tonight", "yesterday",
}
# "【ワシントン共同】": the filing place, then the agency, in Japanese wire copy.
# "【ヴィースバーデン＝佐伯綾】": the place, then the paper's own reporter (or the agency) after an equals sign.
_JA_DATELINE = _KEPT.compile(r"^【(?:本报)?(?P<place>[^】＝=]{1,12}?)(?:讯|电)?(?:[＝=]?(?P<agency>共同|時事|ロイター|AFP|AP|ブルームバーグ|新華社|聯合)"
                          r"|[＝=](?P<reporter>[^】＝=\s]{2,8}))?】\s*")
# Korean wire copy: "(도쿄=한빛통신) 김민서 특파원 =" — place, agency, then the reporter and a title.
# Taiwanese papers: "〔記者林怡君／高雄報導〕" — the reporter, a slash, the place "reported from" (or "5日電", filed on the 5th).
_ZH_DATELINE = _KEPT.compile(r"^[〔【［\[（(](?:本[報报])?[記记]者\s*(?P<reporter>[\u4e00-\u9fff]{2,4})\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{1,6}?)"
                          r"(?:綜合)?(?:報導|报道|\d{1,2}日[電电])[〕】］\]）)]\s*")
_KO_DATELINE = _KEPT.compile(r"^\((?P<place>[^=()\s]{1,12})=(?P<agency>[^=()]{1,20})\)\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?")
# "記者 梁詠詩": the reporter; "撰文：區凱琳 ｜ 責任編輯：馮嘉俊": the writer, then the duty editor (no byline)
_ZH_BYLINE = _KEPT.compile(r"^(?:(?:本[報报])?[記记]者|撰文|作者)(?:\s+|\s*[:：]\s*)(?P<name>[\u4e00-\u9fff]{2,4})(?:\s*[攝摄報报])?"
                        r"(?:\s*[｜|]\s*(?:責任編輯|责任编辑|編輯|编辑)\s*[:：]\s*[\u4e00-\u9fff]{2,4})?$")
_KO_BYLINE = _KEPT.compile(r"^(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)$")  # "김민서 기자": the reporter
_ACCORDING = _KEPT.compile(r"^According to (?P<who>[^:,.]{2,60}):\s*(?P<rest>.*)$")
_REPORTED = _KEPT.compile(
    r"(?:^|(?<=[,;:—–]\s)|(?<=\.\s))(?P<who>(?:The\s+)?[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,3})"
    r"\s+(?:has\s+|had\s+)?report(?:ed|s)\b"
)
_NOT_A_SOURCE = {
    "officials", "police", "analysts", "witnesses", "observers", "lawmakers", "diplomats", "sources",
    "residents", "reporters", "journalists", "media", "authorities", "critics", "experts", "researchers",
    "investigators", "doctors", "troops", "soldiers", "staff", "employees", "members", "it", "they",
    "he", "she", "we", "this", "that", "which", "who", "the", "a", "an", "local media", "state media",
    "some", "many", "others", "both", "officers", "ministers", "agencies",
}
_JA_ACCORDING = _KEPT.compile(r"^(?P<who>[^、。\s]{2,20})によると、")


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None
    month: int | None
    day: int | None
    year: int | None
    end: int  # where the story's own text starts
    reporter: str | None = None  # the reporter the dateline names ("【ヴィースバーデン＝佐伯綾】")


NO_PERSON = _NO_PERSON = {"agencies", "agences", "agencias", "agências", "agenzie", "agenturen", "wires", "wire services", "wire reports",
              # the newsroom as a whole ("Par La Rédaction", "Por: Redação"): no author
              "staff", "newsroom", "news desk", "the newsroom", "la rédaction", "rédaction", "redação", "a redação", "redacción",
              "la redacción", "redazione", "la redazione", "redaktion", "die redaktion", "redactie", "de redactie", "redakcja", "redakce"}


# The site's own accounts in its publishing system, no person: "Admin Flambeau", "webmaster".
_ACCOUNTS = {"admin", "administrator", "administrateur", "administrador", "webmaster", "webadmin", "editor", "editors"}


def _labelled_name(line: str) -> str | None:
    """What follows a byline's label ("By", "Por", "Oleh" …), up to where the name ends; None without a label."""
    match = _BYLINE.match(line.strip())
    return _NAME_END.sub("", match.group("name")).strip() if match else None


# (or in a language the table lacks first, a slash, then one it holds: "Wikhikemit / By: NAME", Wolastoqey)
_LABEL_BAR = _KEPT.compile(r"^((?:story|words|text|reporting)(?:\s+(?:and|&)\s+(?:photos?|pictures?|images?))?)\s*\|\s*(?=\S)", re.IGNORECASE)
# The byline's label in two or three languages set apart by dots or bars, the last of them with the name: one or two short
# pieces of a word or two (no figure, no colon) before it.
_LABELS_IN_LANGUAGES = _KEPT.compile(r"^(?:[^\W\d_][^\s\d:·|]*(?:\s[^\W\d_][^\s\d:·|]*)?\s+[·|]\s+){1,2}(?P<last>[^·|]+)$")
_TWO_LABELS = _KEPT.compile(r"^\s*(?:by|par|por|von|door|di|da|av|af|[^\W\d_][\w'’-]{2,20}(?=\s*/))\s*[|/]\s*(?=(?:by|par|por|von|door|di|da|av|af)\s*:?\s)",
                         re.IGNORECASE)


def labelled_byline(line: str) -> str | None:
    """The author's name from a byline that opens on its label ("By …", "Por …", "Oleh …"); None for other lines."""
    return byline(line) if _BYLINE.match(line.strip()) else None


def has_byline_label(line: str) -> bool:
    """Whether the line opens on a byline's label the table holds (whatever follows it)."""
    return _BYLINE.match(line.strip()) is not None


def wire_byline(line: str) -> bool:
    """A byline line that names the wires and no person: "By Agencies", "Por Agencias"."""
    name = (_labelled_name(line) or "").lower()
    return name in _NO_PERSON or name.split(" ", 1)[0] in _ACCOUNTS


def _capital(token: str) -> bool:
    """A word that starts as a name starts: in a capital, or in a letter of a script without capitals (Arabic, Hebrew).
    (An apostrophe may stand before the capital: the Sesotho "'Mamello", "’Mathabo".)"""
    first = token[1] if token[:1] in "'’" and len(token) > 1 else token[0]
    return first.isupper() or (first.isalpha() and not in_lower_case(first) and not "\u3040" <= first <= "\u9fff")


# What ends a name on its byline line besides a mark: a date ("By Nguyen Thu Ha November 4, 2026"), a French
# "le" before the day ("Rédigé par Name le Mardi 3 Novembre"); and a role glued to a place before it
# ("Duitsland-correspondent Sanne de Wit"), an outlet's initials after it ("Jussi Kallio LS").
_MONTHS_LOWER = {name.lower(): number for name, number in MONTH_NUMBER.items()}
_FRENCH_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
_ROLE_BEFORE = _KEPT.compile(r"^[^\W\d_]+-[a-zà-ÿ]{4,}\s+(?=\S+\s+\S)")
_INITIALS_AFTER = _KEPT.compile(r"\s+(?!(?:I|II|III|IV|VI|JR|SR)\b)[A-ZÀ-Þ]{2,3}$")


def _month(word: str) -> bool:
    word = word.rstrip(".,")
    return word in MONTH_NUMBER or word.lower() in MONTH_NUMBER or word.capitalize() in MONTH_NUMBER


def _before_date(name: str) -> str:
    """The name without the date written after it (a word at a time, not a pattern of every month name, which
    costs a process some 30 ms to compile)."""
    tokens = name.split(" ")
    for k in range(1, len(tokens)):
        at = k
        if tokens[at].lower() == "le" and at + 1 < len(tokens):
            at += 1
        if tokens[at].lower() in _FRENCH_WEEKDAYS and at + 1 < len(tokens):
            at += 1
        nxt = tokens[at + 1] if at + 1 < len(tokens) else ""
        if (_month(tokens[at]) and nxt[:1].isdigit()) or (re.fullmatch(r"\d{1,2}\.?", tokens[at]) and _month(nxt)):
            return " ".join(tokens[:k]).rstrip()
    return name


# The reporter's role after a name in the languages of India, Pakistan and Sri Lanka ("Name, ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ", senior
# journalist), as English bylines give "Name, Staff Reporter"; and a name alone in brackets, as Indian-language
# papers set the byline over the story ("(ர. பிரியதர்ஷினி)").
INDIC_ROLE = _KEPT.compile(r"(?:نمائندہ|ਪੱਤਰਕਾਰ|ਪ੍ਰਤੀਨਿਧ|पत्रकार|संवाददाता|प्रतिनिधि|प्रतिनिधी|वार्ताहर|রিপোর্টার|রিপোর্তর|প্রতিবেদক|সংবাদদাতা|প্ৰতিবেদক|সাংবাদিক|செய்தியாளர்|நிருபர்|"
                         r"ലേഖകൻ|ലേഖിക|റിപ്പോർട്ടർ|విలేకరి|ప్రతినిధి|ವರದಿಗಾರ|ಪ್ರತಿನಿಧಿ|પત્રકાર|સંવાદદાતા|પ્રતિનિધિ|ପ୍ରତିନିଧି|نامہ نگار|رپورٹر|වාර්තාකරු"
                         # a paper's bureau, no person ("ମହାନଦୀ ବାର୍ତ୍ତା ବ୍ୟୁରୋ")
                         r"|ବ୍ୟୁରୋ|ब्यूरो|ব্যুরো|ബ്യൂറോ|બ્યુરો|ಬ್ಯೂರೋ|బ్యూరో|ਬਿਊਰੋ"
                         # (and S'gaw Karen's "news worker", reporter: "မုၢ်ထီၣ်ကစီၣ် ပှၤမၤတၢ်ကစီၣ်, ဝ့ၢ်မဲၣ်ဆီး", the outlet's reporter, Mae Sot)
                         r"|ပှၤမၤတၢ်ကစီၣ်|ܡܚܒܪܢܝܬܐ|ܡܚܒܪܢܐ|קארעספאנדענט|پەیامنێر|(?-i:Tamarut|Amaru)\b|ⴰⵎⵙⴰⵡⴰⵍ|(?-i:Tagata\s+tohi\s+tala|Tata\s+rongo)\b)")  # (and Syriac's and Yiddish's correspondent)
_UNCASED_TOKEN = _KEPT.compile(rf"^[^\W\d_A-Za-z]{_LETTER_OR_MARK}*\.?$")


def _uncased_byline(line: str) -> str | None:
    """"Name, Senior Reporter" or "(Name)" in a script without capitals: the name."""
    if line.isascii() or len(line) > 80 or ("," not in line and line[:1] not in "(（"):
        return None  # (most lines: asked of every line the byline labels did not take)
    bracketed = line[:1] in "(（" and line[-1:] in ")）"
    name, _, role = line[1:-1].partition(",") if bracketed else line.partition(",")
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or not all(_UNCASED_TOKEN.match(t) for t in tokens):
        return None
    if bracketed and not role and "\u0900" <= name.strip()[0] <= "\u0dff":  # (the Indian and Sri Lankan press's way only)
        return name.strip()
    if not bracketed and role and len(role.split()) <= 3 and INDIC_ROLE.search(role):
        return name.strip()
    return None


_SLASH_OUTLET = _KEPT.compile(r"^(?P<name>[A-ZÀ-ÞА-ЯЁ][\w'’.-]+(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’.-]+){1,2})\s/\s[«“\"„][^«»“”\"„/]{2,40}[»”\"“]$")
_SLASH_ROLE = _KEPT.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})\s*/\s*(?:[A-Z][a-z]+\s+){0,3}"
                         r"(?:Reporter|Writer|Editor|Correspondent|Journalist|Contributor|Columnist)$")
# Nigerian and Indian papers credit a correspondent "From Name, Station": a name of two to four capitalised words, then the place.
_FROM_BYLINE = _KEPT.compile(r"^(?-i:From)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")


def _label_words(line: str, first: str) -> int:
    """How many words the label before a byline's name holds ("ⵙ ⵓⴼⵓⵙ ⵏ NAME", by the hand of: three)."""
    at = line.find(first)
    return max(1, len(line[:at].split())) if at > 0 else 1


def byline(line: str) -> str | None:
    """The author's name from "By Jane Doe" or "Posted by Jane Doe on …"; None for other lines."""
    if "|" in line[:12] or "/" in line[:12]:
        line = _TWO_LABELS.sub("", line, count=1)  # "By | Par NAME": the label in two languages, a bar between
    if "|" in line[:30] and (barred := _LABEL_BAR.match(line)):
        line = f"{barred[1]}: {line[barred.end():]}"  # "Story and photos | NAME": the label set apart by a bar for its colon
    if (" · " in line or " | " in line) and (labelled := _LABELS_IN_LANGUAGES.match(line)):
        line = labelled.group("last")  # "ᒪᓯᓈᐦᐄᒉᐤ · Written by · Écrit par : NAME": the label in three languages, then the name
    name = _labelled_name(line)
    if name:
        name = _ROLE_BEFORE.sub("", _before_date(name))
        if len(name.split()) >= 3 and not any(t.isupper() for t in name.split()[:-1]):
            name = _INITIALS_AFTER.sub("", name)  # (not in a name set in capitals: "MARTA KOWALCZYK and DAISUKE ONO")
    if name is None and (credited := _TEXT_AND_PICTURES.match(line.strip())):
        name = credited.group("name")  # "Teksti Riikka Salo Kuvat Jarmo Vuorela": the writer, then the photographer
    if name is None and (writes := _WRITES_AFTER.match(line.strip())):
        name = writes.group("name")  # "Hulda Margrét Sveinbjörnsdóttir skrifar": the name, then "writes" (Icelandic, Nordic)
    if name is None and (after := _BY_AFTER.match(line.strip())):
        name = after.group("name")  # "චමින්ද ගුණසේකර විසින්": the name, then "by" after it (Sinhala, Hindi, Bengali)
    if name is None and line.startswith("Le ") and (irish := _IRISH_BY.match(line.strip())):
        name = irish.group("name")  # "Le Róisín Ní Ghríofa": Irish "by" before a name with its particle
    if name is None and line.startswith("Na") and (shona := _SHONA_BY.match(line.strip())):
        name = shona.group("name")  # "NaRutendo Mavhunga": Shona's "by" joined to the name
    if name is None and line.startswith(("Ngu-", "Ibhalwe ngu")) and (zulu := _ZULU_BY.match(line.strip())):
        name = zulu.group("name")  # "Ngu-Nomcebo Zungu": isiZulu's "by", joined to the name by a hyphen
    if name is None and line.lstrip()[:1] in "-–—" and (framed := _FRAMED_NAME.match(line.strip())):
        name = framed.group("name")  # "- ம. ஜனார்த்தனன் -": the writer's name between two dashes under the story
    if name is None and "/" in line and (staffed := _SLASH_ROLE.match(line.strip())):
        name = staffed.group("name")  # "Shaniece Lewis-Francis/Senior Staff Reporter": the name, a slash, the staff title
    if name is None and "/" in line and (outlet := _SLASH_OUTLET.match(line.strip())):
        name = outlet.group("name")  # "Хадижат Магомедова / «Цез Хабар»": the name, a slash, the outlet in its quotes
    if name is None and (sent := _FROM_BYLINE.match(line.strip())):
        name = sent.group("name")  # "From Aminu Garba, Kano": a correspondent's name and station
    if name is None:
        korean = _KO_BYLINE.match(line.strip()) or _ZH_BYLINE.match(line.strip())
        return korean.group("name") if korean else _uncased_byline(line.strip())
    cut = _ROLE_AFTER.sub("", name)  # ("By Callum Baird Diplomatic Editor": a name of two words or more is left)
    if 2 <= len(cut.split()) < len(name.split()):
        name = cut
    if name.lower() in _NO_PERSON or name.split(" ", 1)[0].lower() in _ACCOUNTS:
        return None  # "By Agencies": the wires, no author; "Publié par : Admin Flambeau": the site's account
    tokens = name.split()
    if not 1 <= len(tokens) <= 6 or any(map(str.isdigit, name)):
        return None
    if tokens[0].lower() in ("the", "a", "an", "our"):
        return None  # "BY THE NUMBERS", "By the way": a kicker, no person; "By Our Correspondent", none named
    # "By East Asia correspondent Mei Ling Harcourt", "By staff writer Jane Doe": the role, then the name.
    # (Not "e", Portuguese "and", between two names: "Por Mariana Teles e Renato Ishikawa" is two writers, no role.)
    role_end = max((k for k, t in enumerate(tokens) if t[0].islower() and t.lower() not in _PARTICLES), default=-1)
    if role_end > 0 and tokens[role_end] in _JOINERS:
        return None
    # (A role of a few words, a name of two to four: "By Friday the officers will be in Wiesbaden Germany" is no byline.)
    if 0 <= role_end <= min(3, len(tokens) - 3) and len(tokens) - role_end - 1 <= 4 and not name.endswith(".") \
            and all(t[0].isupper() for t in tokens[role_end + 1:]) and not any(t.lower() in _NOT_ROLE for t in tokens[:role_end + 1]):
        tokens = tokens[role_end + 1:]
        name = " ".join(tokens)
    if not all(_capital(t) or t.lower() in _PARTICLES for t in tokens) or not _capital(tokens[0]) or tokens[-1].lower() in _PARTICLES:
        return None
    if not tokens[0].lstrip("'’")[:1].isupper() and (len(tokens) > 3 or len(_FIRST_CREDIT.match(line)[0].split()) - _label_words(line, tokens[0]) > 4):
        # A script without capitals: only a short line is a byline ("كتب الوزير في رسالته …" is a sentence).
        # (Its first credit only: "خبرنگار: NAME | دبیر: NAME", the reporter, then the editor.)
        return None
    # "By AYAKO MORI Transatlantic Press": a name set in capitals, then its agency in title case.
    caps = next((k for k, t in enumerate(tokens) if not (t.isupper() or t.lower() in _PARTICLES)), len(tokens))
    if 2 <= caps < len(tokens) and all(t[0].isupper() and not t.isupper() for t in tokens[caps:]):
        name = " ".join(tokens[:caps])
    if all(t.isupper() for t in name.split() if t.lower() not in _PARTICLES):  # "By MARIA NOWAK and JOHN SMITH"
        name = " ".join(t.lower() if t.lower() in _PARTICLES else t.title() for t in name.split())
    return name


_FIRST_CREDIT = _KEPT.compile(r"[^|·•]*")
# A label before the name on a byline line: "By", "Compiled by", "Author:", "Autor:", "Por".
_NAME_LABEL = _KEPT.compile(r"^(?:(?:[^\W\d_]+\s+){0,2}(?:by|von|par|por|door|av|af|di|da|przez)\s+|[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:：]\s*)",
                         re.IGNORECASE)
_NAME_WORD = _KEPT.compile(r"^[^\W\d_][\w'’.-]*$")


def unlabelled(name: str) -> str:
    """A name without a label cut short before it: "Oprac. Katarzyna Wójcik" (compiled by), "Bearb. …";
    a title that is part of the name ("Prof. …", "Col. …") stays."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) >= 2 and _LABEL_ABBREVIATION.match(first) and first[:-1].lower() not in _HONORIFICS:
        return rest
    if len(rest.split()) >= 2 and first in ("Του", "Της", "Των"):
        return rest  # "Της Ελευθερίας Μαρκογιαννάκη": Greek writes "by" as the genitive article before the name
    if len(rest.split()) >= 2 and len(first) <= 4 and byline(name) == rest:
        return rest  # "Na Sankale ole Kaelo", "Ki Aciro Beatrice Lamwaka": a short "by" of the byline table before the name
    return name


def byline_place(line: str, author: str) -> str | None:
    """The place written after the name (and the outlet) on the byline's line: "By Ananya Rao, New Delhi",
    "Laia Serrat | Girona", "Por Name, Outlet — São Paulo"; None where the last piece is no place's shape
    (a role, a date, words in lower case). Whether it is a place at all, the story must tell (it names it)."""
    at = line.casefold().find(author.casefold())
    if at < 0:
        return None
    pieces = _PLACE_SPLIT.split(line[at + len(author):])
    place = pieces[-1].strip()
    tokens = place.split()
    if len(pieces) < 2 or pieces[0].strip() or not 1 <= len(tokens) <= 3 or any(map(str.isdigit, place)) or _ROLE_AFTER.search(" " + place):
        return None
    if not tokens[0][0].isupper() or not all(t[0].isupper() or t.lower() in _PARTICLES for t in tokens) or not all(map(_NAME_WORD.match, tokens)):
        return None
    return place.title() if place.isupper() else place


_PLACE_SPLIT = _KEPT.compile(r"\s*[,|/—–]\s*|\s+-\s+")


def leading_name(line: str) -> str | None:
    """The person's name a byline line opens with, after its label, up to the first mark or word no name
    has: "Compiled by Thandeka Mokoena", "Selin Karaca |08.09.2026", "Dewi Lestari (The Outlet)",
    "Aroha Tane, Foreign Affairs Reporter", "Max Kessler and Sophie Aoki". None if the line does not open
    on two to five name words."""
    text = _NAME_LABEL.sub("", line.strip(), count=1)
    # A role or label in lower case before the name: "oprac. Marta Zielińska", "dalla nostra corrispondente …".
    tokens = text.split()
    if len(tokens) >= 3 and _PARTICLE_VERB.match(tokens[0]):
        tokens = tokens[1:]  # "Ta-napïsala Lussia Madotto": a short particle hyphened to a verb (Resian, "has written")
        text = " ".join(tokens)
    lower = next((k for k, t in enumerate(tokens) if not t[:1].islower()), len(tokens))
    if 0 < lower <= 3:
        text = " ".join(tokens[lower:])
    else:
        text = unlabelled(text)
    first = _name_words(text.split())
    if first is None:
        return None
    # "Max Kessler and Sophie Aoki": two authors joined by a conjunction.
    rest = text.split()[len(first):]
    if len(rest) >= 3 and rest[0].lower() in _JOINERS and not first[-1].endswith(","):
        second = _name_words(rest[1:])
        if second is not None:
            return " ".join([*first, rest[0], *second]).rstrip(",;")
    return " ".join(first).rstrip(",;")


_PARTICLE_VERB = _KEPT.compile(r"^[^\W\d_a-z][^\W\d_]{0,2}-[^\W\d_A-Z][^\W\d_]{3,}$")
_JOINERS = {"and", "&", "und", "et", "y", "e", "i", "en", "och", "og"}
# A word of three to seven letters cut short by a full stop ("Oprac.", "Bearb."), and the titles that are part of a name.
_LABEL_ABBREVIATION = _KEPT.compile(r"^[^\W\d_][^\W\d_]{2,6}\.$")
_HONORIFICS = {"mrs", "prof", "rev", "msgr", "sir", "gen", "col", "capt", "cmdr", "sgt", "maj", "lt", "adm", "hon", "ing", "mgr"}


def _name_words(tokens: list[str]) -> list[str] | None:
    """The two to five name words the tokens open with (the last may carry the comma that ends it)."""
    name: list[str] = []
    for token in tokens:
        word = token.rstrip(",;")
        if not _NAME_WORD.match(word) or not (word[0].isupper() or word.lower() in _PARTICLES - _JOINERS):
            break
        name.append(token if word != token else word)
        if word != token or len(name) == 5:
            break  # "Tane," ends the name; a sixth word is none
    while name and name[-1].lower() in _PARTICLES:
        name.pop()
    if not 2 <= len(name) <= 5 or name[0].lower() in ("the", "a", "an"):
        return None
    return name


_POSSESSIVE_CAPITAL = _KEPT.compile(r"(?<=\w)['’]S\b")


def colon_place(paragraph: str) -> Dateline | None:
    """"સુરત : …": a place in a script without capitals and a colon opening the lead, whether or not the lead names it
    again (the caller asks that of the rest of the story); a role's label ("प्रतिनिधी :") is none."""
    match = _UNCASED_COLON_DATELINE.match(paragraph) if not paragraph[:1].isascii() else None
    if match is None or INDIC_ROLE.search(match.group("place")) or len(paragraph[match.end():].split()) < 10:
        return None
    return Dateline(match.group("place"), None, None, None, None, match.end())


# An outlet's web address beside a dateline's place, before it or after it: "HABASEURAMOE.COM, BANDA ACEH –",
# "SUMENEP, Sowarasongennep.id –".
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|id|co|my|ph|in|ng|ke|gh|za)(?:\.[a-z]{2})?"
_DOMAIN_FIRST = _KEPT.compile(rf"^{_DOMAIN},\s+(?=\S)", re.IGNORECASE)
_DOMAIN_LAST = _KEPT.compile(rf",\s+{_DOMAIN}$", re.IGNORECASE)


def dateline(paragraph: str) -> Dateline | None:
    """The filing place (and date and agency) a wire story starts with."""
    state = _STATE_DATELINE.match(paragraph) or _STATE_CAPS_DATELINE.match(paragraph)
    if state and not {w.lower() for w in state.group("place").split()} & _LABELS and len(paragraph[state.end():].split()) >= 10:
        place = state.group("place")  # (its state's abbreviation is the place's)
        return Dateline(place.title() if place.isupper() else place, None, None, None, None, state.end())
    filed = _dateline(paragraph)
    if filed is None and (other := known_months(paragraph[:80]) + paragraph[80:]) != paragraph:
        filed = _dateline(other)  # ("DILI, 03 dezembru 2026 (TASI MANE) –": a month of the languages CLDR knows, stood in)
    last_word = re.split(r"[\s,]", filed.place)[-1] if filed is not None and filed.place.endswith(".") else ""
    if last_word and (len(last_word) > 6 or (len(last_word) >= 5 and "." not in last_word[:-1]
                                             and paragraph[:len(filed.place)].isupper())):
        # "SANTO DOMINGO.– ", "WIESBADEN, Alemania.- ", "UESCA.– ", "EL ALTO.– ": the full stop before the dash is no part
        # of the place (an abbreviation keeps its own: "D.C.", "Wash.", "Calif.", "Ver.").
        filed = dataclasses.replace(filed, place=filed.place[:-1])
    if filed is not None and ("'" in filed.place or "’" in filed.place):
        # A place in capitals title-cased: "ST JOHN'S" is "St John's", not "St John'S" (while "O'Neill" stays).
        filed = dataclasses.replace(filed, place=_POSSESSIVE_CAPITAL.sub(lambda m: m.group(0).lower(), filed.place))
    if filed is not None and ", " in filed.place:
        place, _, last = filed.place.rpartition(", ")
        if place and is_stamp_word(last) and not re.fullmatch(r"(?:[A-Z]\.){2,3}", last):  # (not "N.L.", "N.S.": a province)
            # "BANDAR SERI BEGAWAN, Selasa, 24 November –": the weekday after the place is the date's, not the place's.
            filed = dataclasses.replace(filed, place=place)
        elif place and last.rstrip(".").isupper() and "." not in last.rstrip(".") and len(last) > 3:
            # "TEGUCIGALPA, HONDURAS.- …": the country in capitals after the place, a full stop before the dash.
            filed = dataclasses.replace(filed, place=f"{place}, {last.rstrip('.').title()}")
    if filed is not None and (domain := _DOMAIN_FIRST.match(filed.place)):
        # "HABASEURAMOE.COM, BANDA ACEH –": the outlet's web address before the place is the outlet's, not the place's.
        filed = dataclasses.replace(filed, place=filed.place[domain.end():])
    if filed is not None and (domain := _DOMAIN_LAST.search(filed.place)):
        filed = dataclasses.replace(filed, place=filed.place[:domain.start()])
    if filed is not None and "\u0307" in filed.place:
        # "MERSİN –": Turkish's dotted capital I, lower-cased by `title`, is a plain i ("Mersin", not "Mersi̇n").
        filed = dataclasses.replace(filed, place=filed.place.replace("i\u0307", "i"))
    return filed


def _dateline(paragraph: str) -> Dateline | None:
    match = _JA_DATELINE.match(paragraph) or _KO_DATELINE.match(paragraph) or _ZH_DATELINE.match(paragraph)
    if match and match.group("place").endswith(("專訊", "专讯", "報訊", "报讯")):
        return None  # "【維港日報專訊】": the paper's own report, no place
    if match:
        return Dateline(match.group("place"), match.groupdict().get("agency"), None, None, None, match.end(), match.groupdict().get("reporter"))
    match = _DATELINE.match(paragraph)
    if match and (not match.group("place").isupper() or (". " in match.group("place") and _DOT_DATELINE.match(paragraph))):
        match = None  # (not "ASTANA. STEPPE-INFORM —" as one place: the place, then the agency)
    if not match:
        marked = _DOT_DATELINE.match(paragraph) or _AGENCY_DATELINE.match(paragraph)
        if marked and marked.group("place").isupper() != (marked.re is _AGENCY_DATELINE) and len(paragraph[marked.end():].split()) >= 10:
            groups = marked.groupdict()
            month = MONTH_NUMBER[groups["month"].rstrip(".")] if groups.get("month") else None
            agency = groups.get("agency")
            return Dateline(marked.group("place").title() if marked.group("place").isupper() else marked.group("place"),
                            agency.title() if agency and agency.isupper() and marked.re is _DOT_DATELINE else agency,
                            month, int(groups["day"]) if groups.get("day") else None, None, marked.end())
        agency_after = _DAY_AGENCY_DATELINE.match(paragraph)
        if agency_after and agency_after.group("month").rstrip(".") in MONTH_NUMBER and len(paragraph[agency_after.end():].split()) >= 10:
            place, agency = agency_after.group("place"), agency_after.group("agency")
            return Dateline(place.title() if place.isupper() else place, agency.title() if agency.isupper() else agency,
                            MONTH_NUMBER[agency_after.group("month").rstrip(".")], int(agency_after.group("day")), None, agency_after.end())
        stated = _DOTTED_DAY_AGENCY_DATELINE.match(paragraph) or _MONTH_DAY_AGENCY_DATELINE.match(paragraph)
        if (stated and stated.group("month").rstrip(".") in MONTH_NUMBER and len(paragraph[stated.end():].split()) >= 10
                and not {w.lower() for w in stated.group("place").split()} & _LABELS):
            agency = stated.group("agency")
            return Dateline(stated.group("place"), agency.title() if agency.isupper() and len(agency) > 4 else agency,
                            MONTH_NUMBER[stated.group("month").rstrip(".")], int(stated.group("day")), None, stated.end())
        slashed = _SLASHED_AGENCY_DATELINE.match(paragraph)
        if slashed and len(paragraph[slashed.end():].split()) >= 10:
            return Dateline(slashed.group("place").title(), slashed.group("agency").strip(" «»\"“”"), None, None, None, slashed.end())
        wired = _PAREN_AGENCY_DATELINE.match(paragraph)
        if (wired and _capital(wired.group("place")) and not {w.lower() for w in wired.group("place").split()} & _LABELS
                and (not wired.group("month") or wired.group("month").rstrip(".").lower() in _MONTHS_LOWER)
                and len(paragraph[wired.end():].split()) >= 10):
            place, month = wired.group("place"), wired.group("month")
            return Dateline(place.title() if place.isupper() else place, (wired.group("agency") or wired.group("agency2") or wired.group("agency3")).strip(),
                            _MONTHS_LOWER[month.rstrip(".").lower()] if month else None,
                            int(wired.group("day")) if wired.group("day") else None, None, wired.end())
        dotted = _TITLE_DOT_DATELINE.match(paragraph)
        if (dotted and not {w.lower() for w in dotted.group("place").split()} & (_LABELS | _NOT_PLACES)
                # (no title abbreviated with its full stop, "Dkt. NAME …", doctor: a word in Latin letters without a vowel)
                and not (dotted.group("place").isascii() and not re.search(r"[aeiouy]", dotted.group("place"), re.IGNORECASE))
                and dotted.group("place").lower() not in _MONTHS_LOWER and len(paragraph[dotted.end():].split()) >= 10):
            return Dateline(dotted.group("place"), None, None, None, None, dotted.end())
        figured = _FIGURED_DATELINE.match(paragraph) if not paragraph.isascii() else None
        if (figured and _capital(figured.group("place")) and not {w.lower() for w in figured.group("place").split()} & _LABELS
                and 1 <= int(figured.group("month")) <= 12 and 1 <= int(figured.group("day")) <= 31 and len(paragraph[figured.end():].split()) >= 10):
            return Dateline(figured.group("place"), None, int(figured.group("month")), int(figured.group("day")), None, figured.end())
        dashed = _DATED_DASH_DATELINE.match(paragraph)
        if (dashed and _capital(dashed.group("place")) and not {w.lower() for w in dashed.group("place").split()} & _LABELS
                and len(paragraph[dashed.end():].split()) >= 10):
            written, day = dashed.group("month") or dashed.group("month2"), dashed.group("day") or dashed.group("day2")
            month = _MONTHS_LOWER.get(written.rstrip(".").lower())
            return Dateline(dashed.group("place"), None, month, int(day) if month else None, None, dashed.end())
        stopped = _DATED_STOP_DATELINE.match(paragraph)
        if (stopped and _capital(stopped.group("place")) and not {w.lower() for w in stopped.group("place").split()} & _LABELS
                and len(paragraph[stopped.end():].split()) >= 10):
            written, day = stopped.group("month") or stopped.group("month2"), stopped.group("day") or stopped.group("day2")
            month = _MONTHS_LOWER.get(written.rstrip(".").lower())
            place = stopped.group("place")
            place = place.title() if place.isupper() else place
            if not month and (written in BS_MONTH or stopped.group("other_year") or (written.endswith(".") and not paragraph.isascii()
                                                      and stopped.group(0).rstrip().endswith(":"))):
                # "ಮಂಗಳೂರು, ಅ.22: …": the month abbreviated as no table has it, or a Bikram Sambat month ("पोखरा, भदौ २६ ।"):
                # the place and the day's mark stand all the same.
                return Dateline(place, None, None, None, None, stopped.end())
            if month:
                return Dateline(place, None, month, int(day),
                                int(stopped.group("year")) if stopped.group("year") else None, stopped.end())
        titled = _TITLE_DATELINE.match(paragraph)
        if (titled and not {w.lower() for w in titled.group("place").split()} & _LABELS and not titled.group("place").isupper()
                and len(paragraph[titled.end():].split()) >= 10):
            return Dateline(titled.group("place"), None, None, None, None, titled.end())
        reporter = _UNCASED_REPORTER_DATELINE.match(paragraph) if not paragraph[:1].isascii() else None
        if reporter and INDIC_ROLE.search(reporter.group("who")) and len(paragraph[reporter.end():].split()) >= 10:
            return Dateline(reporter.group("place"), None, None, None, None, reporter.end())  # "کراچی (اسٹاف رپورٹر) …"
        uncased = _UNCASED_DATELINE.match(paragraph)
        if uncased and all(_capital(w) and not w[0].isupper() for w in uncased.group("place").split()) and len(paragraph[uncased.end():].split()) >= 10:
            return Dateline(uncased.group("place"), None, None, None, None, uncased.end())  # "الجزائر العاصمة – …"
        agency = _UNCASED_AGENCY_DATELINE.match(paragraph)
        if (agency and all(_capital(w) and not w[0].isupper() for w in agency.group("place").split())
                and len(paragraph[agency.end():].split()) >= 10):
            return Dateline(agency.group("place"), agency.group("agency"), None, None, None, agency.end())
        bracketed = _BRACKET_DATELINE.match(paragraph)
        if (bracketed and not {w.lower().strip(".'") for w in bracketed.group("place").split()} & _LABELS
                and not bracketed.group("place").isupper() and len(paragraph[bracketed.end():].split()) >= 10):
            return Dateline(bracketed.group("place"), None, None, None, None, bracketed.end())
        uncased_colon = colon_place(paragraph)
        if uncased_colon and uncased_colon.place in paragraph[uncased_colon.end:]:
            # "சென்னை: … சென்னைப் பல்கலைக்கழக …", "पुणे : …": a place in a script without capitals and a colon, named
            # again in the paragraph (a label, "கேள்வி:", a question, is not).
            return uncased_colon
        colon = _COLON_DATELINE.match(paragraph)
        place = colon.group("place") if colon else ""
        region = colon.group("region") if colon else None
        named_again = bool(colon and place.isupper() and re.search(rf"\b{re.escape(place.title())}\b", paragraph[colon.end():]))
        if region and (not place.isupper() or (region.isupper() and not named_again) or {w.lower().strip(".'") for w in region.split()} & _LABELS):
            # ("Yesterday, Officials said: …" is no place: only a place in capitals, then its region in title case; not a
            # transcript's speaker and role, "NAOMI REYES, ANCHOR: …"; the region in capitals too when the paragraph names the
            # place again, "KORR, MARSABIT: … kaniisadda katoliga ee Korr …")
            colon = None
        elif region and region.isupper():
            region = region.title()
        if colon and len(place) >= 3 and not {w.lower().strip(".'") for w in place.split()} & _LABELS and len(paragraph[colon.end():].split()) >= 10:
            place = place.title() if place.isupper() else place
            if region:
                place += ", " + region
            return Dateline(place, (colon.group("agency") or "").strip() or None, None, None, None, colon.end())
        return None
    if len(match.group("place").replace(".", "")) < 3 and not (
            # (a place of two letters, "HO — … va Ho Kuɖagbe", only when the lead writes it again in title case: not "UN —")
            len(match.group("place")) == 2 and re.search(rf"\b{match.group('place').title()}\b", paragraph[match.end():])):
        return None
    place = match.group("place").title()
    if match.group("region"):
        place += ", " + match.group("region")
    written = match.group("month") or match.group("month2")
    month = MONTH_NUMBER[written.rstrip(".")] if written else None
    day, year = match.group("day") or match.group("day2"), match.group("year") or match.group("year2")
    return Dateline(
        place=place,
        agency=(match.group("agency") or "").strip() or None,
        month=month,
        day=int(day) if day else None,
        year=int(year) if year else None,
        end=match.end(),
    )


# "…, according to a spokesperson for the command.": the source a lead ends on.
_ACCORDING_END = _KEPT.compile(r",\s+according to (?P<who>[^,.;:\d\"“”]{3,60})\.$")


def according_to_end(lead: str) -> str | None:
    """The source a lead paragraph ends on ("…, according to the coastguard."); None for other leads."""
    match = _ACCORDING_END.search(lead) if "according to" in lead else None
    return match.group("who").strip() if match else None


def according_to(line: str) -> tuple[str, str] | None:
    """An "According to X:" lead: (X, the rest of the line)."""
    match = _ACCORDING.match(line)
    if match:
        return match.group("who").strip(), match.group("rest").strip()
    match = _JA_ACCORDING.match(line)
    if match:
        return match.group("who"), line[match.end():].strip()
    return None


def reported_by(text: str) -> str | None:
    """The outlet in "NHK reported on Friday that …" or "…, Kyodo reported."."""
    if "report" not in text:
        return None  # most paragraphs: the search below is slow where it finds nothing
    for match in _REPORTED.finditer(text):
        who = match.group("who").strip(" .")
        if who.lower() in _NOT_A_SOURCE or who.split()[0].lower() in {"it", "they", "he", "she", "we"}:
            continue
        return who
    return None


_KEPT.save()  # (last: every kept pattern above is compiled by now)
