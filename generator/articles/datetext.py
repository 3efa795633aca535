"""Dates as articles write them: stamps, dates in prose, relative days, Japanese eras.

Every finder returns `DateMention`s in text order; nothing here guesses a date
the text does not support, and every guess it does make (a day-first reading,
a weekday counted back from the publication date) carries a note for the editor.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from generator.articles.cldr_months import CLDR_MONTHS
from generator.articles.debris import MARKS, decimal_digits
from generator.articles.keptpatterns import KeptPatterns
from generator.dates import MONTHS, PartialDate

# The module's patterns, compiled once and kept beside its bytecode (`keptpatterns`; saved at the module's end).
_KEPT = KeptPatterns(__file__)


@dataclass(frozen=True)
class DateMention:
    """A date written in an article: where, as written, and what it was read as."""

    date: PartialDate | None  # None when it needs a reference date the article lacks
    line: int
    col: int
    text: str
    note: str | None = None  # set when the reading was a judgement call
    # The last day (month) of a happening written as a span, "from 9 to 12 March"; `date` is its first.
    end: PartialDate | None = None


_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
# Month names of the major European languages besides English: data, one row per language.
_FOREIGN_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    # Polish dates put the month in the genitive: "15 lipca 2026".
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
           "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"),
    # Czech, Slovak, Croatian, Lithuanian, Ukrainian, Russian and Greek dates put the month in the genitive.
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"),
    "sk": ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"),
    "hr": ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"),
    "lt": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"),
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    # Serbian and Bosnian (in Latin letters) in the nominative ("3. decembar 2026") and the genitive.
    "sr": ("januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar", "decembar"),
    "sr-gen": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"),
    "hi": ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"),
    "hi-alt": ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"),
    "el": ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου",
           "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"),
    # Slovenian, Latvian (the locative a date takes: "6. novembrī") and Albanian, lower-case in text; Albanian
    # stamps capitalise them ("21 Tetor 2026": "Mars" and "Maj", English words and an abbreviation, left out).
    "sl": ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"),
    "sl-gen": ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"),
    "lv": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"),
    "lv-nom": ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"),
    "sq-cap": ("Janar", "Shkurt", "", "Prill", "", "Qershor", "Korrik", "Gusht", "Shtator", "Tetor", "Nëntor", "Dhjetor"),
    # Azerbaijani ("may", an English verb, left out), Macedonian, Serbian in Cyrillic, Belarusian (the genitive) and Armenian
    # (the nominative of stamps, "Նոյեմբեր 18, 2026", and the genitive of text, "նոյեմբերի 17-ին").
    "az": ("yanvar", "fevral", "mart", "aprel", "", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври", "ноември", "декември"),
    "sr-Cyrl": ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"),
    "sr-Cyrl-gen": ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра", "новембра", "децембра"),
    "be": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"),
    "hy": ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"),
    "hy-gen": ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"),
    # Swahili, capitalised; the Gregorian months in Arabic as Egypt and the Gulf write them, and as the Levant does; in Persian.
    "sw": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"),
    "ha": ("Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba", "Nuwamba", "Disamba"),  # Hausa
    "ha-alt": ("", "Faburairu", "", "Afirilu", "", "", "", "", "", "", "", ""),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
    "ar-lev": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"),
    # Galician, Haitian Creole ("mas", "me": too short a word to be a month alone, left out), Tagalog (capitalised;
    # "Agosto", also a name, left out as in the title-case forms)
    # and Basque, in the nominative and the genitive its dates take ("2026ko azaroaren 18a").
    "ne": ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"),  # Nepali
    # Ecuador's Kichwa, each month's name with its word for "month" ("12 wayru killa 2026"): some of the names alone are
    # common words ("raymi", a festival)
    "qu-ec": ("kulla killa", "panchi killa", "pawkar killa", "ayriwa killa", "aymuray killa", "raymi killa", "sitwa killa",
              "karwa killa", "kuski killa", "wayru killa", "sasi killa", "kapak killa"),
    "gl": ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro", "novembro", "decembro"),
    # Guinea-Bissau's Kriol, lower-case ("16 di junhu di 2026")
    "pov": ("janeru", "fevereru", "marsu", "abril", "maiu", "junhu", "julhu", "agostu", "setembru", "otubru", "novembru", "dezembru"),
    "ht": ("janvye", "fevriye", "", "avril", "", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"),
    "tl": ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"),
    # (and as Ilocano and the Cordillera's papers spell some of them: "17 Hunio 2026")
    "ilo": ("", "", "", "", "", "Hunio", "Hulio", "", "Septiembre", "", "Nobiembre", "Disiembre"),
    "eu": ("urtarrila", "otsaila", "martxoa", "apirila", "maiatza", "ekaina", "uztaila", "abuztua", "iraila", "urria", "azaroa", "abendua"),
    # Georgian (the nominative of stamps, "24 ნოემბერი, 2026", the dative of "on 29 May", "29 მაისს", and the genitive),
    # Somali (capitalised; "May", English, left out)
    "ka": ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"),
    "ka-dat": ("იანვარს", "თებერვალს", "მარტს", "აპრილს", "მაისს", "ივნისს", "ივლისს", "აგვისტოს", "სექტემბერს", "ოქტომბერს", "ნოემბერს", "დეკემბერს"),
    "ka-gen": ("იანვრის", "თებერვლის", "მარტის", "აპრილის", "მაისის", "ივნისის", "ივლისის", "", "სექტემბრის", "ოქტომბრის", "ნოემბრის", "დეკემბრის"),
    "so": ("Janaayo", "Febraayo", "Maarso", "Abriil", "", "Juun", "Luulyo", "Agoosto", "Sebtembar", "Oktoobar", "Nofembar", "Desembar"),
    # (Somali spells several months two ways: "Noofembar", "Diseembar")
    "so-var": ("Jannaayo", "Feberaayo", "", "Abriile", "", "Juunyo", "Luuliyo", "Ogoosto", "Sibtambar", "Oktoobbar", "Noofembar", "Diseembar"),
    # Welsh, capitalised ("Mawrth", March, is also Tuesday's "Dydd Mawrth": a date's day number decides)
    "mt": ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru", "Novembru", "Diċembru"),  # Maltese
    # Breton, capitalised, after "a viz" ("18 a viz Gwengolo 2026"); not "Mae", "Here" and "Du" (May, October, November:
    # Welsh "is", English "here", French "du")
    "br": ("Genver", "C'hwevrer", "Meurzh", "Ebrel", "", "Mezheven", "Gouere", "Eost", "Gwengolo", "", "", "Kerzu"),
    # Yoruba and Igbo, capitalised ("16 Ọ̀wàrà 2026", "12 Nọvemba 2026"); Scottish Gaelic, capitalised ("21 Dàmhair 2026");
    # Friulian, Asturian and Occitan, lower-case ("14 di novembar dal 2026", "8 de payares de 2026", "16 de novembre")
    "yo": ("Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Owewe", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀"),
    "ig": ("Jenụwarị", "Febrụwarị", "Maachị", "Eprel", "", "Juun", "Julaị", "Ọgọst", "Septemba", "Ọktoba", "Nọvemba", "Disemba"),
    "gd": ("Faoilleach", "Gearran", "Màrt", "Giblean", "Cèitean", "Ògmhios", "Iuchar", "Lùnastal", "Sultain", "Dàmhair", "Samhain", "Dùbhlachd"),
    "fur": ("zenâr", "fevrâr", "març", "avrîl", "", "jugn", "", "avost", "setembar", "otubar", "novembar", "dicembar"),
    "ast": ("xineru", "febreru", "marzu", "abril", "mayu", "xunu", "xunetu", "agostu", "setiembre", "ochobre", "payares", "avientu"),
    "oc": ("genièr", "febrièr", "març", "abril", "mai", "junh", "julhet", "agost", "setembre", "octobre", "novembre", "decembre"),
    # Shona, Sundanese (where it is not Indonesian's) and Luganda, capitalised; Romansh and Upper Sorbian (its genitive),
    # lower-case ("16 Gumiguru 2026", "12 Nopémber 2026", "29 Maayi 2026", "ils 25 da settember 2026", "9. nowembra 2026")
    "sn": ("Ndira", "Kukadzi", "Kurume", "Kubvumbi", "Chivabvu", "Chikumi", "Chikunguru", "Nyamavhuvhu", "Gunyana", "Gumiguru", "Mbudzi", "Zvita"),
    "su": ("", "Pébruari", "", "", "Méi", "", "", "", "Séptémber", "", "Nopémber", "Désémber"),
    "lg": ("Janwali", "Febwali", "Marisi", "Apuli", "Maayi", "Juuni", "Julaayi", "Agusito", "Sebuttemba", "Okitobba", "", ""),
    "rm": ("schaner", "favrer", "", "avrigl", "matg", "zercladur", "fanadur", "avust", "settember", "october", "", ""),
    "hsb": ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija", "awgusta", "septembra", "oktobra", "nowembra", "decembra"),
    # Guarani, lower-case ("23 jasypa 2026"); Tongan, Xitsonga and Tshivenda, capitalised ("8 ʻOkatopa 2026", "21 Nhlangula
    # 2026", "7 Ḽara 2026"); Yiddish ("11טן נאוועמבער 2026")
    "gn": ("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ", "jasypokõi", "jasypoapy", "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi"),
    "to": ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "", "", "Siulai", "ʻAokosi", "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema"),
    "ts": ("Sunguti", "Nyenyenyani", "Nyenyankulu", "Dzivamisoko", "Mudyaxihi", "Khotavuxika", "Mawuwani", "Mhawuri", "Ndzhati", "Nhlangula", "Hukuri", "N'wendzamhala"),
    "ve": ("Phando", "Luhuhi", "Ṱhafamuhwe", "Lambamai", "Shundunthule", "Fulwi", "Fulwana", "Ṱhangule", "Khubvumedzi", "Tshimedzi", "Ḽara", "Nyendavhusiku"),
    "yi": ("יאנואר", "פעברואר", "מערץ", "אפריל", "מיי", "יוני", "יולי", "אויגוסט", "סעפטעמבער", "אקטאבער", "נאוועמבער", "דעצעמבער"),
    # Ewe, Afaan Oromoo, Hiligaynon (capitalised: "23 Kele 2026", "Sadaasa 7, 2026", "Septiyembre 26, 2026"), Manipuri in Bengali
    # script ("নবেম্বর ১২, ২০২৬")
    "ee": ("Dzove", "Dzodze", "Tedoxe", "Afɔfĩe", "Dama", "Masa", "Siamlɔm", "Deasiamime", "Anyɔnyɔ", "Kele", "Adeɛmekpɔxe", "Dzome"),
    "om": ("Amajjii", "Guraandhala", "Bitootessa", "Ebla", "Caamsaa", "Waxabajjii", "Adoolessa", "Hagayya", "Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee"),
    "hil": ("", "", "", "", "", "", "", "", "Septiyembre", "", "Nobiyembre", ""),
    "mni": ("জানুৱারী", "ফেব্রুৱারী", "", "", "", "", "", "অগস্ট", "সেপ্তেম্বর", "অক্তোবর", "নবেম্বর", "দিসেম্বর"),
    # Madurese ("14 Nopèmber 2026")
    "mad": ("", "Pèbruari", "", "", "Mèi", "", "", "", "Sèptèmber", "", "Nopèmber", "Dèsèmber"),
    # Hmong, the months by their number ("Lub Kaum Hli 19, 2026", the tenth month)
    "hmn": ("Lub Ib Hlis", "Lub Ob Hlis", "Lub Peb Hlis", "Lub Plaub Hlis", "Lub Tsib Hlis", "Lub Rau Hli", "Lub Xya Hli", "Lub Yim Hli",
            "Lub Cuaj Hli", "Lub Kaum Hli", "Lub Kaum Ib Hlis", "Lub Kaum Ob Hlis"),
    # Santali in Ol Chiki ("᱗ ᱱᱚᱵᱷᱮᱢᱵᱚᱨ ᱒᱐᱒᱖")
    "sat": ("ᱡᱟᱱᱩᱣᱟᱨᱤ", "ᱯᱷᱮᱵᱽᱨᱩᱣᱟᱨᱤ", "ᱢᱟᱨᱪ", "ᱮᱯᱨᱤᱞ", "ᱢᱮ", "ᱡᱩᱱ", "ᱡᱩᱞᱟᱭ", "ᱟᱜᱚᱥᱴ", "ᱥᱮᱯᱴᱮᱢᱵᱚᱨ", "ᱚᱠᱴᱚᱵᱚᱨ", "ᱱᱚᱵᱷᱮᱢᱵᱚᱨ", "ᱰᱤᱥᱮᱢᱵᱚᱨ"),
    # Abkhaz, with its article ("Абҵара 12–13", "абҵара 16, 2026 ш.")
    "ab": ("ажьырныҳәа", "жәабран", "хәажәкыра", "мшаԥы", "лаҵара", "рашәара", "ԥхынгәы", "нанҳәа", "цәыббра", "жьҭаара", "абҵара", "ԥхынҷкәын"),
    # Turkish and Gagauz months in the locative ("29 mayısta", "5-6 kasımda": in May, in November)
    "tr-loc": ("ocakta", "şubatta", "martta", "nisanda", "mayısta", "haziranda", "temmuzda", "ağustosta", "eylülde", "ekimde", "kasımda", "aralıkta"),
    # Northern Sami ("12. skábmamánnu 2026"), Cornish, capitalised ("20 Hedra 2026"; not its short "Me", "Est" and "Du"),
    # Balinese ("3 Novémber 2026")
    "se": ("ođđajagemánnu", "guovvamánnu", "njukčamánnu", "cuoŋománnu", "miessemánnu", "geassemánnu", "suoidnemánnu", "borgemánnu",
           "čakčamánnu", "golggotmánnu", "skábmamánnu", "juovlamánnu"),
    "kw": ("Genver", "Hwevrer", "", "Ebrel", "", "Metheven", "Gortheren", "", "Gwynngala", "Hedra", "", "Kevardhu"),
    "ban": ("", "Pébruari", "", "", "Méi", "", "", "", "Séptémber", "", "Novémber", "Désémber"),
    # isiXhosa, Twi (Akan), Kapampangan, Esperanto and Uyghur ("22 Eyedwarha 2026", "Obubuo 11, 2026", "Oktubri 16, 2026",
    # "20 oktobro 2026", "10-نويابىر")
    "xh": ("eyomqungu", "eyomdumba", "eyokwindla", "utshazimpuzi", "ucanzibe", "isilimela", "eyekhala", "eyethupha", "eyomsintsi", "eyedwarha", "eyenkanga", "eyomnga"),
    "ak": ("ɔpɛpɔn", "ɔgyefuo", "ɔbɛnɛm", "oforisuo", "kotonimma", "ayɛwohomumu", "kutawonsa", "ɔsanaa", "ɛbɔ", "ahinime", "obubuo", "ɔpɛnimma"),
    "pam": ("eneru", "pebreru", "marsu", "", "mayu", "juniu", "juliu", "agostu", "septiembri", "oktubri", "nobiembri", "disiembri"),
    "eo": ("januaro", "februaro", "marto", "aprilo", "majo", "junio", "julio", "aŭgusto", "septembro", "oktobro", "novembro", "decembro"),
    "ug": ("يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست", "سېنتەبىر", "ئۆكتەبىر", "نويابىر", "دېكابىر"),
    # Buryat, the month in the genitive after the year ("2026 оной октябриин 30")
    "bua": ("январиин", "февралиин", "мартын", "апрелиин", "майн", "июниин", "июлиин", "августын", "сентябриин", "октябриин", "ноябриин", "декабриин"),
    # Venetian ("24 otobre 2026")
    "vec": ("zenaro", "febraro", "", "", "majo", "zugno", "lujo", "", "setembre", "otobre", "", "disembre"),
    "egl": ("żnèr", "farvèr", "mèrz", "avrîl", "mâż", "żóggn", "lói", "agòst", "setèmber", "utåber", "nuvèmber", "dicèmber"),  # Bolognese
    # Picard, with its elided "of" before the month ("7 d'novimbe 2026")
    "gallo": ("", "", "", "", "", "", "", "", "setembr", "octobr", "novembr", "decembr"),  # Gallo (where French's differ)
    "pcd": ("janvié", "févrié", "mars", "avri", "mai", "juin", "juillet", "août", "sétimbe", "octobe", "novimbe", "décimbe"),
    # Neapolitan, where Italian's differ ("6 ’e nuvembre 2026")
    "nap": ("jennaro", "frevaro", "", "abbrile", "", "", "", "aùsto", "", "", "nuvembre", "dicembre"),
    # Sango, capitalised ("16 Nabändüru 2026")
    "sg": ("Nyenye", "Fulundïgi", "Mbängü", "Ngubùe", "Bêläwü", "Föndo", "Lengua", "Kükürü", "Mvuka", "Ngberere", "Nabändüru", "Kakauka"),
    # Aragonese, lower-case ("14 de nobiembre de 2026")
    "an": ("chinero", "", "", "", "", "chunio", "chulio", "", "", "otubre", "nobiembre", "abiento"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    # The Maghreb's Arabic names ("6 نونبر 2026", "غشت", "شتنبر"), where they differ from the Middle East's
    "ar-ma": ("", "", "", "", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "", "نونبر", "دجنبر"),
    # Irish, capitalised ("Dé hAoine 13 Samhain")
    "ga": ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"),
    # Tigrinya, Eritrea's names for the Gregorian months ("16 ጥቅምቲ 2026"); those it shares with the months of Ethiopia's own
    # calendar ("ግንቦት", "መስከረም", "ሕዳር" …, another reckoning in Amharic) are left out
    "ti": ("ጥሪ", "ለካቲት", "", "", "", "ሰነ", "ሓምለ", "ነሓሰ", "", "ጥቅምቲ", "", "ታሕሳስ"),
    # Sindhi ("13 آڪٽوبر 2026ع", the year's "ع" after it)
    "sd": ("جنوري", "فيبروري", "مارچ", "اپريل", "مئي", "جون", "جولاءِ", "آگسٽ", "سيپٽمبر", "آڪٽوبر", "نومبر", "ڊسمبر"),
    # Kurmanji, capitalised, and with the ending a day's number puts on its month ("di 7 û 8ê Mijdarê de")
    "ku": ("Çile", "Sibat", "Adar", "Nîsan", "Gulan", "Hezîran", "Tîrmeh", "Tebax", "Îlon", "Cotmeh", "Mijdar", "Kanûn"),
    "ku-obl": ("Çileyê", "Sibatê", "Adarê", "Nîsanê", "Gulanê", "Hezîranê", "Tîrmehê", "Tebaxê", "Îlonê", "Cotmehê", "Mijdarê", "Kanûnê"),
    # Dhivehi, in Thaana ("05 ނޮވެމްބަރު 2026")
    "dv": ("ޖަނަވަރީ", "ފެބުރުއަރީ", "މާރިޗު", "އެޕްރީލް", "މޭ", "ޖޫން", "ޖުލައި", "އޮގަސްޓު", "ސެޕްޓެމްބަރު", "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު"),
    # Kyrgyz, in the Russian nominative ("7-октябрь 2026") and in the locative ("5–6-октябрда", on 5-6 October)
    "ky": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "ky-loc": ("январда", "февралда", "мартта", "апрелде", "майда", "июнда", "июлда", "августта", "сентябрда", "октябрда", "ноябрда", "декабрда"),
    # Malagasy (capitalised), Tajik (and the ezafe form of "27 ноябри 2026"), Lao
    "mg": ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra", "Novambra", "Desambra"),
    "tg": ("январ", "феврал", "март", "апрел", "", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"),
    "tg-ez": ("январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри", "октябри", "ноябри", "декабри"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
    # Urdu, Bengali and Burmese (whose dates run year, month, day, "၂၀၂၆ ခုနှစ် ဩဂုတ်လ ၂၄ ရက်", read by `_YEAR_FIRST`; the month with its "လ", month)
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
    "my": ("ဇန်နဝါရီလ", "ဖေဖော်ဝါရီလ", "မတ်လ", "ဧပြီလ", "မေလ", "ဇွန်လ", "ဇူလိုင်လ", "ဩဂုတ်လ", "စက်တင်ဘာလ", "အောက်တိုဘာလ", "နိုဝင်ဘာလ", "ဒီဇင်ဘာလ"),
    # (and without the "လ" that says "month", as a stamp writes it: "၂၂ အောက်တိုဘာ ၂၀၂၆"; March and May are left out, words too)
    "my-short": ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "", "ဧပြီ", "", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"),
    # S'gaw Karen, each month after "လါ" (month): "လါအီးကထိဘၢ ၁၈ သီ" (October the 18th), "၂၂ လါအီးကထိဘၢ ၂၀၂၆"
    # Vepsian, as it stands, "of" it (before a day: "kül'mkun 3. päiväl") and partitive (after one: "14. kül'mkud 2026")
    "vep": ("viluku", "uhoku", "keväz'ku", "sulaku", "semendku", "kezaku", "heinku", "eloku", "sügüz'ku", "reduku", "kül'mku", "tal'vku"),
    "vep-gen": ("vilukun", "uhokun", "keväz'kun", "sulakun", "semendkun", "kezakun", "heinkun", "elokun", "sügüz'kun", "redukun", "kül'mkun", "tal'vkun"),
    "vep-part": ("vilukud", "uhokud", "keväz'kud", "sulakud", "semendkud", "kezakud", "heinkud", "elokud", "sügüz'kud", "redukud", "kül'mkud", "tal'vkud"),
    # Syriac (Assyrian Neo-Aramaic), as it stands and with "ܒ" (in) joined to it: "14 ܬܫܪܝܢ ܐܚܪܝܐ 2026", "11 ܘ 12 ܒܬܫܪܝܢ ܐܚܪܝܐ"
    "syr": ("ܟܢܘܢ ܐܚܪܝܐ", "ܫܒܛ", "ܐܕܪ", "ܢܝܣܢ", "ܐܝܪ", "ܚܙܝܪܢ", "ܬܡܘܙ", "ܐܒ", "ܐܝܠܘܠ", "ܬܫܪܝܢ ܩܕܡܝܐ", "ܬܫܪܝܢ ܐܚܪܝܐ", "ܟܢܘܢ ܩܕܡܝܐ"),
    "syr-in": ("ܒܟܢܘܢ ܐܚܪܝܐ", "ܒܫܒܛ", "ܒܐܕܪ", "ܒܢܝܣܢ", "ܒܐܝܪ", "ܒܚܙܝܪܢ", "ܒܬܡܘܙ", "ܒܐܒ", "ܒܐܝܠܘܠ", "ܒܬܫܪܝܢ ܩܕܡܝܐ", "ܒܬܫܪܝܢ ܐܚܪܝܐ",
               "ܒܟܢܘܢ ܩܕܡܝܐ"),
    # Sorani Kurdish (and Hawrami, which writes them alike), Iraq's month names: "١٦ و ١٧ی تشرینی دووەم"
    "ckb": ("کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"),
    # Livonian, as it stands and in the locative ("24. ja 25. septembõrs", on the 24th and 25th of September)
    "liv": ("", "", "", "", "", "", "", "", "septembõr", "oktōbõr", "novembõr", "detsembõr"),
    "liv-loc": ("", "", "", "", "", "", "", "", "septembõrs", "oktōbõrs", "novembõrs", "detsembõrs"),
    # Võro ("6. märtekuu 2026", the 6th of November)
    "vro": ("vahtsõaastakuu", "radokuu", "urbõkuu", "mahlakuu", "lehekuu", "piimäkuu", "hainakuu", "põimukuu", "süküskuu", "rehekuu",
            "märtekuu", "joulukuu"),
    # Ingrian (Izhorian), Russia's month names in Latin letters and the genitive ("17. ja 18. oktjabria")
    "izh": ("janvarja", "fevralja", "", "aprelja", "", "ijunja", "ijulja", "", "sentjabria", "oktjabria", "nojabria", "dekabria"),
    # Romagnol ("16 d'utòbar 2026") and Aromanian ("4 shi 5 di Brumaru")
    "rgn": ("znêr", "fabrêr", "mêrz", "abril", "mâz", "zógn", "lói", "agòst", "setèmbar", "utòbar", "nuvèmbar", "dicèmbar"),
    "rup": ("", "", "", "", "", "", "", "", "Yizmãciuni", "Sumedru", "Brumaru", "Andreu"),
    # Khasi ("13 Naiwieng 2026", "SHILLONG, Naiwieng 13:")
    "kha": ("Kyllalyngkot", "Rymphang", "Lber", "Iaïong", "Jymmang", "Jylliew", "Naitung", "Nailar", "Nailur", "Risaw", "Naiwieng", "Nohprah"),
    # Shan, each month after "လိူၼ်" (month): "12 လိူၼ်ၼူဝ်ႇဝႅမ်ႇပႃႇ 2026"
    "shn": ("လိူၼ်ၸၼ်ႇၼဝႃႇရီႇ", "လိူၼ်ၾႅပ်ႇဝႃႇရီႇ", "လိူၼ်မျၢတ်ႉ", "လိူၼ်ဢေႇပရႄႇ", "လိူၼ်မေႇ", "လိူၼ်ၸုၼ်ႇ", "လိူၼ်ၸူႇလၢႆႇ", "လိူၼ်ဢေႃးၵၢတ်ႉ",
            "လိူၼ်သႅပ်ႇထႅမ်ႇပႃႇ", "လိူၼ်ဢွၵ်ႇထူဝ်ႇပႃႇ", "လိူၼ်ၼူဝ်ႇဝႅမ်ႇပႃႇ", "လိူၼ်တီႇသႅမ်ႇပႃႇ"),
    # Kabyle ("10 Wambeṛ 2026")
    "kab": ("Yennayer", "Fuṛar", "Meɣres", "Yebrir", "Mayyu", "Yunyu", "Yulyu", "Ɣuct", "Ctembeṛ", "Tubeṛ", "Wambeṛ", "Dujembeṛ"),
    "kab-alt": ("", "", "", "", "", "", "", "", "", "", "Nunembeṛ", ""),
    # Tashelhit and Standard Moroccan Tamazight in Tifinagh ("22 ⴽⵜⵓⴱⵕ 2026")
    "zgh": ("ⵉⵏⵏⴰⵢⵔ", "ⴱⵕⴰⵢⵕ", "ⵎⴰⵕⵚ", "ⵉⴱⵔⵉⵔ", "ⵎⴰⵢⵢⵓ", "ⵢⵓⵏⵢⵓ", "ⵢⵓⵍⵢⵓⵣ", "ⵖⵓⵛⵜ", "ⵛⵓⵜⴰⵏⴱⵉⵔ", "ⴽⵜⵓⴱⵕ", "ⵏⵓⵡⴰⵏⴱⵉⵔ", "ⴷⵓⵊⴰⵏⴱⵉⵔ"),
    # Niuean and Cook Islands Māori ("4 Novema 2026", "12 Noema 2026")
    "niu": ("Ianuali", "Fepuali", "Masi", "Apelila", "Me", "Iuni", "Iulai", "Aokuso", "Sepetema", "Oketopa", "Novema", "Tesemo"),
    "rar": ("Tianuare", "Veperuare", "Mati", "Aperira", "Me", "Tiunu", "Tiurai", "Aukute", "Tepetema", "Okotopa", "Noema", "Titema"),
    # Tahitian, and the Marquesan of its press ("30 no 'Atopa", the 30th of October; "2 no Novema 2026"), with the glottal stop
    # written as a turned comma or not at all (as an apostrophe, it is read with the "no" before it: `_OF`)
    "ty": ("Tenuare", "Fepuare", "Mati", "Eperera", "Me", "Tiunu", "Tiurai", "Atete", "Tetepa", "Atopa", "Novema", "Titema"),
    "ty-okina": ("", "", "", "ʻEperera", "", "", "", "ʻĀtete", "", "ʻĀtopa", "", ""),
    # Wallisian ("9 ʻo Novepeli", the 9th of November)
    "wls": ("Sanualio", "Fepualio", "Malesio", "Apelili", "Maio", "Sunio", "Sulio", "Aukusito", "Sepetepeli", "Oketopeli", "Novepeli", "Tesepeli"),
    # Sicilian ("13 d'uttùviru 2026") and Sardinian (Logudorese: "18 de santandria 2026")
    "scn": ("jinnaru", "frivaru", "marzu", "aprili", "maju", "giugnu", "giugnettu", "agustu", "sittèmmiru", "uttùviru", "nuvèmmiru", "dicèmmiru"),
    "sc": ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas", "trìulas", "austu", "cabudanni", "santugaine", "santandria", "nadale"),
    # Mirandese (where Portuguese's differ: "6 de nobembre de 2026")
    "mwl": ("", "", "márcio", "", "", "júnio", "júlio", "", "setembre", "outubre", "nobembre", "dezembre"),
    # Tokelauan, Norfuk, Michif and Pennsylvania Dutch ("16 Oketopa 2026", "13 Nowemba 2026", "6 Novaamb 2026", "22. Oktower 2026")
    "tkl": ("Ianuali", "Fepuali", "Malehi", "Apelila", "Mē", "Iuni", "Iulai", "Aokuhito", "Hetema", "Oketopa", "Novema", "Tehema"),
    "pih": ("Jenyuweri", "Febyuweri", "Maach", "Aipril", "Mai", "Juun", "Julai", "Orgus", "Septemba", "Oktoeba", "Nowemba", "Disemba"),
    "crg": ("", "", "", "", "", "", "", "", "Sipaamb", "Oktoob", "Novaamb", "Disaamb"),
    "pdc": ("Yenner", "Hanning", "Mäaz", "Abrill", "Moi", "Yuni", "Yuli", "Auguscht", "September", "Oktower", "November", "Disember"),
    # Kikuyu ("24 Mweri wa Ikũmi 2026", the month of ten; "mweri wa Gatano" in a sentence), Dholuo ("24 Dwe mar Apar 2026"),
    # Runyankole ("2 Okwaikumi na kumwe 2026"): months by their numbers; Navajo ("Níłchʼitsʼósí 12, 2026", in US order),
    # Chuukese ("Nofempa 5, 2026"), K'iche' ("22 ulaj ik' 2026", the tenth month) and Cherokee in its syllabary ("ᏄᏓᏕᏆ 13, 2026")
    "ki": ("Mweri wa Mbere", "Mweri wa Kerĩ", "Mweri wa Gatatũ", "Mweri wa Kana", "Mweri wa Gatano", "Mweri wa Gatandatũ", "Mweri wa Mũgwanja",
           "Mweri wa Kanana", "Mweri wa Kenda", "Mweri wa Ikũmi", "Mweri wa Ikũmi na Ũmwe", "Mweri wa Ikũmi na Igĩrĩ"),
    "ki-low": ("mweri wa Mbere", "mweri wa Kerĩ", "mweri wa Gatatũ", "mweri wa Kana", "mweri wa Gatano", "mweri wa Gatandatũ", "mweri wa Mũgwanja",
               "mweri wa Kanana", "mweri wa Kenda", "mweri wa Ikũmi", "mweri wa Ikũmi na ũmwe", "mweri wa Ikũmi na igĩrĩ"),
    "luo": ("Dwe mar Achiel", "Dwe mar Ariyo", "Dwe mar Adek", "Dwe mar Ang'wen", "Dwe mar Abich", "Dwe mar Auchiel", "Dwe mar Abiriyo",
            "Dwe mar Aboro", "Dwe mar Ochiko", "Dwe mar Apar", "Dwe mar Apar gi Achiel", "Dwe mar Apar gi Ariyo"),
    "nyn": ("Okwokubanza", "Okwakabiri", "Okwakashatu", "Okwakana", "Okwakataano", "Okwamukaaga", "Okwamushanju", "Okwamunaana", "Okwamwenda",
            "Okwaikumi", "Okwaikumi na kumwe", "Okwaikumi na ibiri"),
    "nv": ("Yasʼą́", "Atsá Biyáázh", "Wóózhchʼį́į́d", "Tʼą́ą́chil", "Tʼą́ą́tsoh", "Yaʼiishjááshchilí", "Yaʼiishjáástsoh", "Biniʼantʼą́ą́tsʼózí",
           "Biniʼantʼą́ą́tsoh", "Ghąąjįʼ", "Níłchʼitsʼósí", "Níłchʼitsoh"),
    "chk": ("Senuari", "Fepuari", "Maach", "Epril", "Mei", "Sun", "Sulai", "Okos", "Septempa", "Oktopa", "Nofempa", "Tisempa"),
    "quc": ("nab'e ik'", "ukab' ik'", "urox ik'", "ukaj ik'", "ro' ik'", "uwaq ik'", "uwuq ik'", "uwajxaq ik'", "ub'elej ik'", "ulaj ik'", "ujulaj ik'", "ukab'laj ik'"),
    # Ojibwe's moons ("Binaakwe-giizis 23, 2026", the falling-leaves moon), Acholi ("17 Dwe me Apar 2026", the tenth month)
    # and Lusoga ("5 Noovemba 2026")
    "oj": ("Gichi-manidoo-giizis", "Namebini-giizis", "Onaabani-giizis", "Iskigamizige-giizis", "Zaagibagaa-giizis", "Ode'imini-giizis",
           "Aabita-niibino-giizis", "Manoominike-giizis", "Waatebagaa-giizis", "Binaakwe-giizis", "Gashkadino-giizis", "Manidoo-giizisoons"),
    "ach": ("Dwe me Acel", "Dwe me Aryo", "Dwe me Adek", "Dwe me Angwen", "Dwe me Abic", "Dwe me Abicel", "Dwe me Abiro", "Dwe me Aboro",
            "Dwe me Abongwen", "Dwe me Apar", "Dwe me Apar wiye Acel", "Dwe me Apar wiye Aryo"),
    # Tumbuka ("12 Novembala 2026"), Sepedi ("16 Oktobore 2026"), Dagbani ("Novɛmba 6, 2026") and Tshiluba ("26 Ngondo wa Dikumi 2026",
    # the tenth month)
    "mos": ("Zanwiye", "Fevriye", "", "", "", "Zuẽ", "Zulyẽ", "", "Sɛtãmbr", "Oktoobr", "Novãmbr", "Desãmbr"),  # Mooré (not "Mars", "Ut")
    "tum": ("Janyuwale", "Febuluwale", "Malichi", "Epulelo", "Meyi", "Juni", "Julayi", "Ogasiti", "Seputembala", "Okutobala", "Novembala", "Disembala"),
    "nso": ("Janaware", "Feberware", "Matšhe", "Aporele", "Mei", "Juni", "Julae", "Agostose", "Setemere", "Oktobore", "Nofemere", "Disemere"),
    "dag": ("Janwari", "Febwari", "Maachi", "Apirili", "Mee", "Juun", "Julai", "Agost", "Sɛptɛmba", "Ɔktoba", "Novɛmba", "Disɛmba"),
    "lua": ("Ngondo wa Kumpala", "Ngondo wa Ibidi", "Ngondo wa Isatu", "Ngondo wa Inayi", "Ngondo wa Itanu", "Ngondo wa Isambombo",
            "Ngondo wa Muanda Mutekete", "Ngondo wa Muanda Mukulu", "Ngondo wa Tshitema", "Ngondo wa Dikumi", "Ngondo wa Dikumi ne Umue",
            "Ngondo wa Dikumi ne Ibidi"),
    "teo": ("Januari", "Febuari", "Maaci", "Apuril", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Okitoba", "Novemba", "Desemba"),  # Ateso
    "xog": ("Janwali", "Febwali", "Maaki", "Apuli", "Meeyi", "Juuni", "Julaayi", "Agusito", "Sebuttemba", "Okitobba", "Noovemba", "Desemba"),
    # Kaqchikel ("7 rujulajuj ik' 2026", the eleventh month) and Mohawk ("14 Kentenhkó:wa 2026")
    "tzo": ("enero", "febrero", "marso", "abril", "mayo", "junyo", "julyo", "agosto", "septyembre", "oktubre", "nobyembre", "disyembre"),  # Tzotzil
    "cak": ("nab'ey ik'", "rukab' ik'", "rox ik'", "rukaj ik'", "ro' ik'", "ruwaq ik'", "ruwuq ik'", "rukwajxaq ik'", "rub'elej ik'", "rulaj ik'",
            "rujulajuj ik'", "rukab'lajuj ik'"),
    "moh": ("Tsothohrhkó:wa", "Enníska", "Enniskó:wa", "Onerahtókha", "Onerahtohkó:wa", "Ohiarí:ha", "Ohiarihkó:wa", "Seskéha", "Seskehkó:wa",
            "Kenténha", "Kentenhkó:wa", "Tsothóhrha"),
    "chr": ("ᎤᏃᎸᏔᏅ", "ᎧᎦᎵ", "ᎠᏅᏱ", "ᎧᏬᏂ", "ᎠᏂᏍᎬᏘ", "ᏕᎭᎷᏱ", "ᎫᏰᏉᏂ", "ᎦᎶᏂ", "ᏚᎵᏍᏗ", "ᏚᏂᏅᏗ", "ᏅᏓᏕᏆ", "ᎥᏍᎩᏱ"),
    "chr-alt": ("", "", "", "", "", "", "", "", "", "", "ᏄᏓᏕᏆ", ""),
    "ksw": ("လါယနူၤအါရံ", "လါဖ့ၤဘြူၤအါရံ", "လါမၢ်ချး", "လါအ့ဖြ့ၣ်", "လါမ့ၤ", "လါယူၤ", "လါယူၤလံ", "လါအီးကူး", "လါစဲးပတ့ၣ်ဘၢ", "လါအီးကထိဘၢ",
            "လါနိၣ်ဝ့ၣ်ဘၢ", "လါဒံၣ်စ့ၣ်ဘၢ"),
    # The scripts of India and Sri Lanka: Gurmukhi (Punjabi; "ਫ਼" written with its nukta apart and as one letter), Assamese,
    # Tamil (India's and Sri Lanka's spellings), Malayalam, Telugu, Kannada, Gujarati ("ઑ" and "ઓ"), Marathi's
    # Devanagari, Odia and Sinhala; each paper's common second spellings after it.
    "pa": ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"),
    "pa-alt": ("", "ਫਰਵਰੀ", "", "ਅਪਰੈਲ", "", "", "", "", "ਸਿਤੰਬਰ", "", "", ""),
    "pa-nukta": ("", "\u0a5eਰਵਰੀ", "", "", "", "", "", "", "", "", "", ""),
    "as": ("জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "", "জুন", "জুলাই", "আগষ্ট", "ছেপ্তেম্বৰ", "অক্টোবৰ", "নৱেম্বৰ", "ডিচেম্বৰ"),
    "as-loc": ("জানুৱাৰীত", "ফেব্ৰুৱাৰীত", "মাৰ্চত", "এপ্ৰিলত", "", "জুনত", "জুলাইত", "আগষ্টত", "ছেপ্তেম্বৰত", "অক্টোবৰত", "নৱেম্বৰত", "ডিচেম্বৰত"),  # (Assamese with the locative, "১২ আৰু ১৩ নৱেম্বৰত", on the 12th and 13th of November)
    "as-alt": ("জানুৱাৰি", "ফেব্ৰুৱাৰি", "", "", "", "", "", "আগষ্ট", "ছেপ্টেম্বৰ", "", "নভেম্বৰ", "ডিচেম্বৰ"),
    "ta": ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"),
    "ta-lk": ("", "பெப்ரவரி", "", "", "", "", "", "ஓகஸ்ட்", "செப்ரெம்பர்", "ஒக்ரோபர்", "நவெம்பர்", "டிசெம்பர்"),
    "ml": ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ"),
    "ml-alt": ("", "", "", "", "മെയ്", "", "", "ആഗസ്റ്റ്", "", "", "", ""),
    "te": ("జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్"),
    "te-alt": ("", "", "", "", "", "", "జులై", "ఆగస్ట్", "సెప్టెంబరు", "అక్టోబరు", "నవంబరు", "డిసెంబరు"),
    "kn": ("ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್", "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್"),
    # (and spelt as Malayalam says them, in Kannada letters: Beary "ಒಕ್ಟೋಬರ್ 19 ಮುದಲ್ 21 ಬರೆ", from 19 to 21 October)
    "kn-ml": ("ಜನುವರಿ", "ಫೆಬ್ರುವರಿ", "", "", "ಮೇಯ್", "", "", "ಓಗಸ್ಟ್", "ಸೆಪ್ಟಂಬರ್", "ಒಕ್ಟೋಬರ್", "ನವಂಬರ್", "ಡಿಸಂಬರ್"),
    "gu": ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"),
    "gu-alt": ("", "", "", "", "", "", "", "ઓગસ્ટ", "", "ઓક્ટોબર", "", ""),
    "mr": ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर"),
    "or": ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଏପ୍ରିଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର"),
    "si": ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්\u200dරේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"),
    # Malay, capitalised ("Mac", March; "Ogos", August)
    "ms": ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"),
    "eu-gen": ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren", "abuztuaren",
               "irailaren", "urriaren", "azaroaren", "abenduaren"),
}
# Languages that capitalise their months (an English capitalised word of the same spelling is the month too);
# Indonesian and Malay among them.
_CAPITALISED = ("de", "tr", "ha", "kr", "ha-alt", "el", "id", "sq-cap", "sw", "tl", "ilo", "so", "so-var", "cy", "br", "yo", "ig", "gd", "sn", "su", "lg", "to", "ts", "ve", "mg", "ms", "ku", "ku-obl", "ga", "kw", "ban", "ee", "om", "hil", "hmn", "mad", "niu", "rar", "ty", "ty-okina", "kab", "kab-alt", "kha", "rup", "wls", "tkl", "pih", "crg", "pdc", "ki", "ki-low", "luo", "nyn", "nv", "chk", "oj", "ach", "xog", "teo", "moh", "tum", "nso", "dag", "lua", "mos")
# Lower-case forms that are English words ("an august body"): never a month.
_ENGLISH_WORDS = {"august"}
# Abbreviations the Dutch, Scandinavian and Spanish papers set in stamps ("ma 5 okt 2026"); not "mar", an English verb.
_SHORT_MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dec": 12,
                 "ene": 1, "abr": 4, "may": 5, "ago": 8, "dic": 12}  # and the Spanish ones ("30 may 2026")
MONTH_NUMBER = {name: i for i, name in enumerate(MONTHS, 1)} | _ABBREVIATIONS
# Other languages write months lower-case ("30 mai 2026"); German capitalises them. Only German's
# capitals are taken, so an English "Mars 2020" or "Julio 5" stays no date.
# (The first language to spell a form wins: "listopada" is Polish November before Croatian October, which
# sets its day with a full stop, "15. listopada", as `_croatian` reads it.)
MONTH_NUMBER |= {
    form: i
    for language, names in reversed(_FOREIGN_MONTHS.items())
    for i, name in enumerate(names, 1)
    for form in ((name,) if language in _CAPITALISED else (name.lower(),))
    if form and form not in MONTH_NUMBER and form not in _ENGLISH_WORDS
}
# Sites set them in title case too ("Giovedì 12 Novembre 2026"): the title-case forms of six letters or more
# are taken, those that are also names or words of English aside ("Agosto", "Marzec" are kept out by length or
# listed here); the short ones ("Mars", "Mai", "Julio") stay lower-case only.
_TITLE_NAMES = {"Augusto", "Agosto", "Marzia", "Aprile", "Junho", "Julho", "Marta", "Maja"}
MONTH_NUMBER |= {
    form: i
    for language, names in reversed(_FOREIGN_MONTHS.items()) if language not in _CAPITALISED
    for i, name in enumerate(names, 1)
    for form in (name[:1].upper() + name[1:].lower(),)
    if len(form) >= 6 and form not in _TITLE_NAMES and form not in MONTH_NUMBER and form.lower() not in _ENGLISH_WORDS
}
MONTH_NUMBER |= {k: v for k, v in _SHORT_MONTHS.items() if k not in MONTH_NUMBER}
# Malay stamps abbreviate in title case ("9 Okt 2026", "3 Dis 2026"); the Tamil press abbreviates with a full stop
# ("நவ. 20", "அக். 6"; the stop is the month pattern's; not "ஜன." and "ஆக.", words of their own: "5 ஆக", "to 5").
MONTH_NUMBER |= {k: v for k, v in {"Mac": 3, "Mei": 5, "Ogo": 8, "Okt": 10, "Dis": 12}.items() if k not in MONTH_NUMBER}
# (and Indonesian ones in the older spelling, still common in the east: "20 Nop 2026", "Nopember", "Pebruari", "Agt")
MONTH_NUMBER |= {k: v for k, v in {"Peb": 2, "Pebruari": 2, "Agt": 8, "Nop": 11, "Nopember": 11}.items() if k not in MONTH_NUMBER}
# (and the Philippines' abbreviation of Nobyembre, with its full stop: "Gipatik: Nob. 12, 2026 — 5:40 PM")
MONTH_NUMBER |= {k: v for k, v in {"Nob": 11}.items() if k not in MONTH_NUMBER}
MONTH_NUMBER |= {"பிப்": 2, "மார்": 3, "ஏப்": 4, "செப்": 9, "அக்": 10, "நவ": 11, "டிச": 12}
# French wire copy abbreviates months in lower case: "8 oct 2026", "3 janv. 2026".
MONTH_NUMBER |= {"janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12}
MONTH_NUMBER |= {k.upper(): v for k, v in MONTH_NUMBER.items()}
# Portuguese stamps abbreviate in title case ("10 Out 2026", "3 Set 2026"); not in lower case, where "out" and "set" are
# English words ("3 out of 4"), nor in capitals ("3 OUT OF 4").
MONTH_NUMBER |= {k: v for k, v in {"Fev": 2, "Abr": 4, "Ago": 8, "Set": 9, "Out": 10, "Dez": 12}.items() if k not in MONTH_NUMBER}


def _trie(words) -> str:
    """One pattern for many words, as a tree of their shared beginnings ("Ju(?:l(?:y)?|n(?:e)?)"...).

    It matches what the alternation of the words sorted longest first matches,
    and in the same order of preference: at each letter the longer words are
    tried before the word that ends there. Python's `re` tries an alternation's
    words one by one at every place in a line: for the ~400 month names that
    was most of the time spent reading dates, and the tree is four times faster.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    escaped: dict[str, str] = {}

    def escape(char: str) -> str:
        return escaped.get(char) or escaped.setdefault(char, re.escape(char))

    def pattern(node: dict) -> str:
        # (A run of letters that no word ends in or branches from is written as it is: most of a tree, and most of the
        # time it took to write one, one call a letter.)
        run = []
        while len(node) == 1 and "" not in node:
            ((char, node),) = node.items()
            run.append(escape(char))
        branches = [escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return "".join(run)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "".join(run) + (f"(?:{body})?" if "" in node else body)

    return "(?:" + pattern(tree) + ")"


# Longest first so "Sept" wins over "Sep"; case-sensitive, so the verb "may" is no month.
# (Not "\b" after it: a month may end on a vowel sign, no word character, "জানুয়ারি".)
_MONTH_TRIE = _trie(MONTH_NUMBER)
MONTH_PATTERN = _MONTH_TRIE + r"(?!\w)\.?"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_JA_WEEKDAYS = "月火水木金土日"
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}  # year 1 of each era is base + 1
_ERA = r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年"
_YEAR = r"((?:1[89]|2[01])\d{2})"
_DIGIT = _KEPT.compile(r"\d")
# Quick tests for whether a family of patterns can match at all; most lines
# give them nothing, and the tests cost a fraction of the patterns.
_MONTH_NAME = _KEPT.compile(_MONTH_TRIE)  # in every month pattern
# The first run of letters of every month's name: a line in ASCII with none of them among its words holds no month, and
# a set says so many times faster than the pattern, which tries its two thousand names at every letter of a line.
_LETTERS = _KEPT.compile(r"[^\W\d_]+")
_MONTH_TOKENS = frozenset(found[0] for name in MONTH_NUMBER if (found := _LETTERS.findall(name)))

# The months of every other language the Unicode CLDR knows (Zarma "Oktoobur", Ewondo "ngɔn awóm ai dziá", Bambara
# "nowanburu"; written by benchmarks/cldr_months.py), and the borrowed names of the hand table written with the open
# vowels of West African alphabets ("Novɛmba", "Dɛsɛmba", "Ɔktoba": Dagaare, Twi, Ewe). They are not in the month
# patterns, whose compiling grows with every name (a tenth of a second per thousand, for each of some thirty patterns):
# a line that holds one has it replaced, before the patterns read it, by a stand-in of the same month the patterns know
# ("Oct", "Nov"), padded to the same length so that every date keeps its place in the line.
def _other_month_forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    for names in CLDR_MONTHS.values():
        capitalised = all(name[:1].isupper() for name in names if name)
        for number, name in enumerate(names, 1):
            if not name:
                continue
            cased = {name} if capitalised else {name.lower()} | ({name[:1].upper() + name[1:].lower()} if len(name) >= 6 else set())
            for form in cased | {name.upper()}:
                if form not in MONTH_NUMBER:
                    forms.setdefault(form, number)
    open_vowels = (str.maketrans("e", "ɛ"), str.maketrans("oO", "ɔƆ"), str.maketrans("eoO", "ɛɔƆ"))
    for name, number in MONTH_NUMBER.items():
        if name.isascii() and name[:1].isupper() and not name.isupper() and len(name) >= 5:
            for table in open_vowels:
                for form in (name.translate(table), name.translate(table).upper()):
                    if form not in MONTH_NUMBER:
                        forms.setdefault(form, number)
    return forms


_OTHER_MONTHS = _other_month_forms()
_OTHER_MONTH = _KEPT.compile(r"(?<!\w)" + _trie(_OTHER_MONTHS) + r"(?!\w)")
_OTHER_TOKENS = frozenset(found[0] for name in _OTHER_MONTHS if (found := _LETTERS.findall(name)))
_STAND_INS = ("Jan", "Feb", "March", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # (none longer than five)


def _blank_word(m: re.Match) -> str:
    """The match with its word `w` blanked out by as many spaces (the dates around it keep their places in the line)."""
    return m[0][:m.start("w") - m.start()] + " " * len(m["w"]) + m[0][m.end("w") - m.start():]


_NAMED_MONTHS = "|".join(sorted(name for name in _TITLE_NAMES if name.lower() in MONTH_NUMBER))
_NAMED_MONTH_DATE = _KEPT.compile(rf"(?<![\w'’-])(?:{_NAMED_MONTHS})(?=\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}\b)|(?<=\b\d\s)(?:{_NAMED_MONTHS})(?=,?\s+(?:19|20)\d{{2}}\b)"
                               rf"|(?<=\b\d\d\s)(?:{_NAMED_MONTHS})(?=,?\s+(?:19|20)\d{{2}}\b)")


def known_months(text: str) -> str:
    """The text with each month of `_OTHER_MONTHS` replaced by its stand-in, padded with spaces to the same length; and a
    word in a month's place that sounds like a month's name (`_sounds_like_month`)."""
    if not _OTHER_TOKENS.isdisjoint(_LETTERS.findall(text)):
        text = _OTHER_MONTH.sub(lambda m: _STAND_INS[_OTHER_MONTHS[m[0]] - 1].ljust(len(m[0])), text)
    if _DIGIT.search(text) and _YEAR_BY_WORD.search(text):
        text = _IN_MONTHS_PLACE.sub(_stand_in_if_a_month, text)
    if _DIGIT.search(text) and ("'" in text or "’" in text or " d" in text):
        text = _OF_MONTHS_PLACE.sub(lambda m: _stand_in_if_a_month(m, exact=True), text)
    if _DIGIT.search(text) and _WORD_BEFORE_DAY.search(text):
        text = _WORD_BEFORE_DAY.sub(_sounding_with_ending, text)
    if _DIGIT.search(text) and _CAPITAL_AFTER_DAY.search(text):
        text = _CAPITAL_AFTER_DAY.sub(_stand_in_if_sounding, text)
    if _DIGIT.search(text) and _SPAN_MONTHS_PLACE.search(text):
        text = _SPAN_MONTHS_PLACE.sub(_span_month_stand_in, text)
    if _DIGIT.search(text) and not text.isascii() and _CYRILLIC_MONTHS_PLACE.search(text):
        text = _CYRILLIC_MONTHS_PLACE.sub(_cyrillic_stand_in, text)
    if _DIGIT.search(text) and not text.isascii() and _CYRILLIC_MONTH_BEFORE_DAY.search(text):
        text = _CYRILLIC_MONTH_BEFORE_DAY.sub(_cyrillic_stand_in, text)
    if " ni " in text and _MONTH_DAY_WORD.search(text):
        # "November thla ni 16 le 17" (Hmar, Ranglong, Mizo: November month day 16 and 17): the words for "month" and "day"
        # between the month and its day blanked out, as below.
        text = _MONTH_DAY_WORD.sub(_blank_word, text)
    if "-" in text and not text.isascii() and _MONTHS_WORD_DAY.search(text):
        # "октябрь тӹлзӹн 21-шӹ кечӹн" (Hill Mari: October month's 21st day): the word for "month" between the month and its
        # day with the day's ordinal ending, blanked out for the month and day to be read (each keeps its place in the line).
        text = _MONTHS_WORD_DAY.sub(_blank_word, text)
    return text


# (A month, then the Kuki-Chin languages' words for "month" and "day" before its day: "November thla ni 16", "Oct ni 14".)
_MONTH_DAY_WORD = _KEPT.compile(rf"(?<!\w)(?:{MONTH_PATTERN})\s+(?P<w>(?:thla\s+)?ni)\s+\d{{1,2}}(?!\d)")
# (A month, one word, then a day with its ordinal ending hyphened on, in a Cyrillic text: "октябрь тӹлзӹн 21-шӹ".)
_MONTHS_WORD_DAY = _KEPT.compile(rf"(?<!\w)(?:{MONTH_PATTERN})\s+(?P<w>[а-яёӓӧӱӹӈ]{{3,10}})\s+\d{{1,2}}-[^\W\d_]{{1,4}}(?!\w)")


# (Or right after a day, a Cyrillic month's stem with a case ending of a language no table holds glued on: "22 октябрьык",
# Koryak, in October.)
_CYRILLIC_MONTHS_PLACE = _KEPT.compile(r"(?<=\d\s)(?P<a>[а-яА-ЯёЁ][\w'’-]{4,15})(?![\w'’-])")


# (Or right before its day or its first and last days, the ordinal ending maybe hyphened on: "Сентябрьдиҥ 8–10-чы кӱндеринде",
# Kumandin, on September's 8th to 10th days.)
_CYRILLIC_MONTH_BEFORE_DAY = _KEPT.compile(r"(?<![\w'’-])(?P<a>[а-яА-ЯёЁ][\w'’-]{4,15})(?=\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?(?:-[^\W\d_]{1,4})?(?![\w.,:/]\d|\d))")


def _cyrillic_stand_in(m: re.Match) -> str:
    word = m["a"]
    if word in MONTH_NUMBER or word.lower() in MONTH_NUMBER or word in _OTHER_MONTHS:
        return word
    month = _cyrillic_month(word)
    return _STAND_INS[month - 1].ljust(len(word)) if month else word


def _cyrillic_month(word: str) -> int | None:
    """The one month whose Cyrillic stem the word opens on, a case ending of up to three letters after it ("октябрьык")."""
    # (a soft sign closing the stem is not of the ending: "Сентябрьдиҥ", Kumandin, of September)
    lower = word.lower()
    months = {n for stem, n in _CYRILLIC_STEMS.items() if lower.startswith(stem) and len(word) - len(stem) - (lower[len(stem):len(stem) + 1] == "ь") <= 3}
    return months.pop() if len(months) == 1 else None


# A word in a month's place, between a day and a year ("Sibiti 24 Oktoburu 2026") or before a day and a year ("Nowanburukalo
# tile 12, 2026"), in a language no table holds: a month if it sounds like the name of one month only, as the languages of the
# world borrow them. A name sounds like another when their consonants agree, as far as the borrowing languages keep them
# apart: c, k and q one sound, b, v and w another, n before b as m; vowels, h and y left out ("Oktoburu", "Oktober" and
# "October" all "ktbr"; "Deesanbur", "Desemba" and "December" "dsmbr"/"dsmb"/"dkmbr"); a few letters more or fewer at its end
# ("nowanburu" + "kalo", the month).
_YEAR_BY_WORD = _KEPT.compile(r"[^\W\d_]\.?,?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b")
_IN_MONTHS_PLACE = _KEPT.compile(r"(?<=\b\d\s)(?P<a>[^\W\d_][\w" + MARKS + r"'’-]{3,15})(?=,?\s+(?:19|20)\d{2}\b)"
                              r"|(?<=\b\d\d\s)(?P<b>[^\W\d_][\w" + MARKS + r"'’-]{3,15})(?=,?\s+(?:19|20)\d{2}\b)"
                              r"|(?<![\w" + MARKS + r"])(?P<c>[^\W\d_][\w" + MARKS + r"'’-]{3,15})(?:\s+[^\W\d_]{1,4})?(?=\s+\d{1,2},?\s+(?:19|20)\d{2}\b)")

# (A month's name of the table, five letters or more, with a case ending of a language the table lacks glued on, before its
# day: Budukh "Oktyabrdin 14-da va 15-da", October's 14th and 15th; or one that sounds like a month's name, its ending cut off:
# Karaim "Oktiabrnyn 21-inde", October's 21st.)
# (with the open vowels of West African spellings too: "Setɛmba 17 ne 18, 2026")
_WORD_BEFORE_DAY = _KEPT.compile(r"(?<![\w'’-])([A-Za-zÀ-ÿəıöüşçğɛɔɪʋ]{6,16})(?=\s+\d{1,2}(?:-[^\W\d_]{1,5})?(?![\d.:/]\d))")
# (With no year after it, right after its day, a word in capitals that sounds like a month of four consonants or more (or three
# in a long word), all of them a month's: Mru "Sombar, 12 Oktobor le …", Monday 12 October and; not "12 Guest rooms", "10 Junior officers".)
_CAPITAL_AFTER_DAY = _KEPT.compile(r"(?<![\d.,:/])(?<=\d\s)[A-ZÀ-Þ][a-zß-ÿ'’-]{4,15}(?![\w'’-])(?!,?\s+(?:19|20)\d{2}\b)")


@lru_cache(maxsize=4096)
def _month_before_ending(word: str) -> int | None:
    """The month a word before a day is with a case ending of one to three letters cut off, its stem a month of the table
    (five letters or more) or one that sounds like a month; None for a month of the table whole ("Agosto", in title case a
    name, is the table's to read) and any other word."""
    if word in MONTH_NUMBER or word.lower() in MONTH_NUMBER or word.lower() in _OTHER_MONTHS:
        return None
    for cut in (1, 2, 3):
        stem = word[:-cut]
        month = (MONTH_NUMBER.get(stem) or MONTH_NUMBER.get(stem.lower())) if len(stem) >= 5 and stem.isalpha() else None
        if month or (month := _heard_month(stem)):
            return month
    return None


def _sounding_with_ending(m: re.Match) -> str:
    month = _month_before_ending(m[0])
    return _STAND_INS[month - 1].ljust(len(m[0])) if month else m[0]


def _heard_month(word: str, short: bool = False) -> int | None:
    """The month a word of a language no table holds sounds like, all its consonants a month's (`_sounds_like_month`), four
    or more of them (`short`: or three in a word of seven letters or more, vowels between them: Mokilese "Oaktohba", not
    "Junior"), and opening on the month's own first letter ("Guests" sounds like "Augustus")."""
    sound = len(_skeleton(word))
    month = _sounds_like_month(word, True) if sound >= 4 or (short and sound == 3 and len(word) >= 7) else None
    return month if month and unicodedata.normalize("NFKD", word)[0].lower() == _STAND_INS[month - 1][0].lower() else None


def _stand_in_if_sounding(m: re.Match) -> str:
    month = _heard_month(m[0], short=True)
    return _STAND_INS[month - 1].ljust(len(m[0])) if month else m[0]


# (With no year after it, only after the day and "of", and of six letters or more: "23 d'uttobri", Sassarese, of October;
# not "23 di gente", people.)
_OF_MONTHS_PLACE = _KEPT.compile(r"(?<=\d\s)(?P<a>(?:d['’]|de\s|di\s)[^\W\d_][\w" + MARKS + r"'’-]{5,15})(?![\w'’-])(?!,?\s+(?:19|20)\d{2}\b)")


# (Or after two days and the short word that joins them, with no year: "9 ва 10 ноябриъ", Tabasaran, its case ending
# glued to the month; "6 ku 7 u novembe", Saramaccan, "of" before it.)
_SPAN_MONTHS_PLACE = _KEPT.compile(r"(?<![\w" + MARKS + r"])(?P<span>\d{1,2}\s+[^\W\d_]{1,4}\s+\d{1,2}\s+)(?P<of>[^\W\d_]{1,3}\s+)?(?P<a>[^\W\d_][\w" + MARKS + r"'’-]{4,15})(?![\w" + MARKS + r"'’-])")


def _skeleton(word: str) -> str:
    """The consonants a month's name keeps as languages borrow it (see above)."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")
    letters = letters.replace("ph", "f").replace("x", "ks").translate(_ONE_SOUND)
    letters = re.sub(r"n(?=b)", "m", re.sub(r"[aeiouyh]", "", letters))
    return re.sub(r"(.)\1+", r"\1", letters)


_ONE_SOUND = str.maketrans("cqvw", "kkbb")  # c, q → k; v, w → b


def _month_skeletons() -> dict[str, set[int]]:
    by: dict[str, set[int]] = {}
    for name, number in (*MONTH_NUMBER.items(), *_OTHER_MONTHS.items()):
        if len(name) >= 5 and name.isalpha():
            by.setdefault(_skeleton(name), set()).add(number)
    return {k: v for k, v in by.items() if len(k) >= 3}


_SKELETONS = _month_skeletons()
_SOFT = str.maketrans("dpg", "tbk")


def _soft_skeletons() -> dict[str, set[int]]:
    """The months' skeletons with their voiced and voiceless stops taken as one (see `_sounds_like_month`)."""
    by: dict[str, set[int]] = {}
    for sound, numbers in _SKELETONS.items():
        by.setdefault(sound.translate(_SOFT), set()).update(numbers)
    return by


_SOFT_SKELETONS = _soft_skeletons()
# The Cyrillic months' stems: "ноябр" of "ноября", "ноябрь", "ноябри" (five letters or more, so not "ма", "июн").
_CYRILLIC_STEMS = {stem: number for name, number in (*MONTH_NUMBER.items(), *_OTHER_MONTHS.items())
                   if "а" <= name[:1].lower() <= "я" and len(stem := name.lower().rstrip("аяьыеиюйу")) >= 5}


@lru_cache(maxsize=4096)
def _sounds_like_month(word: str, exact: bool = False) -> int | None:
    """The one month whose name the word sounds like; None for a word that is a month already or sounds like none or several.
    (`exact`: its consonants those of a month's name, none more or fewer at its end.)"""
    if word in MONTH_NUMBER or word.lower() in MONTH_NUMBER or word in _OTHER_MONTHS:
        return None
    sound = _skeleton(word)
    if len(sound) < 3:
        # (Cyrillic keeps its months' names whole: the name's stem and a case ending of a language no table holds, glued on)
        return _cyrillic_month(word)
    months = set(_SKELETONS.get(sound, ()))
    if not months and not exact:
        months = {n for known, numbers in _SKELETONS.items() for n in numbers
                  if abs(len(known) - len(sound)) <= 4 and min(len(known), len(sound)) >= 4 and (known.startswith(sound) or sound.startswith(known))}
    if not months:
        # (or, its voiced and voiceless stops taken as one, as the Pacific's languages borrow the names: Nukuoro "Sepedemba",
        # Mokilese "Oaktohba"; of three consonants or more, and one month only)
        months = set(_SOFT_SKELETONS.get(sound.translate(_SOFT), ())) if len(sound) >= 3 else set()
    return months.pop() if len(months) == 1 else None


def _stand_in_if_a_month(m: re.Match, exact: bool = False) -> str:
    # (a short word between the month and its day goes with the month: Dyula "Nowanburukalo tile 12", the month's day 12)
    # (an article elided before it stays: "10 d'octôbre 2026", Franc-Comtois, of October)
    word = m["a"] or m["b"] or m["c"]
    elided = word[:2] if len(word) > 6 and word[1] in "'’" and word[0].isalpha() else word[:3] if word[2:3] == " " else ""
    month = _sounds_like_month(word[len(elided):], exact)
    return elided + _STAND_INS[month - 1].ljust(len(m[0]) - len(elided)) if month else m[0]


def _span_month_stand_in(m: re.Match) -> str:
    """Two days and a month heard in a language no table holds: the month's stand-in, over its "of" too ("6 ku 7 Nov")."""
    month = _sounds_like_month(m["a"], True)
    return m["span"] + _STAND_INS[month - 1].ljust(len(m[0]) - len(m["span"])) if month else m[0]


def _covered(found: list) -> int:
    """How many characters of the line the readings that give a date take."""
    return sum(f.end - f.start for f in found if f.date is not None)


_NOT_SPACE = _KEPT.compile(r"[^\s.,;:!?()\[\]،]+")  # (a word and what it holds, not a mark after it)
_ARABIC_LETTER = _KEPT.compile(r"[\u0600-\u06ff]")


def _reading(scan: str, read):
    """What `read` finds in the text, or in the text with the other months stood in where that finds more; and the text
    it was found in. (The table's own patterns first: some read a language's months in its own grammar, "Жэпуэгъуэм и 23".)
    A reading that ends on a stand-in ends where the month's own name ends ("7 ngɔn awóm ai dziá", not "7 ngɔ")."""
    found = read(scan)
    other = known_months(scan)
    # (More readings, or readings that cover more of the line: "marti 20 e mèrcuri 21 d'uttobri" read as one span, not as two
    # weekdays.)
    if other != scan and (len(more := read(other)) > len(found) or _covered(more) > _covered(found)):
        names = [(m.start(), m.end()) for m in _OTHER_MONTH.finditer(scan)]
        names += [(m.start(), m.end()) for m in _NOT_SPACE.finditer(scan) if other[m.start():m.end()] != m[0]]  # (a month heard: "12 Oktobor")
        return [next((dataclasses.replace(f, end=b) for a, b in names if a < f.end < b), f) for f in more], other
    return found, scan


@lru_cache(maxsize=1024)
def _has_month(text: str) -> bool:
    """Whether a month's name stands in the text (asked of each line by several readers of dates in turn)."""
    if text.isascii() and _MONTH_TOKENS.isdisjoint(_LETTERS.findall(text)):
        return False
    return _MONTH_NAME.search(text) is not None
_NUMERIC_DATE = _KEPT.compile(r"\d[-/.]\s?\d")  # in every date written in figures alone
# Figures in other scripts read as ASCII ones, one character for one: full-width, Arabic-Indic, Persian,
# Devanagari, Bengali, Thai and every other script's decimal digits (Unicode's Nd, in the blocks that hold them).
_DIGITS = decimal_digits((0x0660, 0x2000), (0xA8D0, 0xAA60), (0xFF10, 0xFF1A))

# Absolute dates, day precision.
# (A time with "a.m." or "p.m." after it is left to the time's own pattern: "2026-10-10 11:05 a.m. PT".)
_ISO = _KEPT.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\s*[aApP]\.?\s?[mM]\b))?(?![\d-])")
_YMD = _KEPT.compile(r"(?<![\d./])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)")  # "2026.07.02." too
# "29.05.2026", "29/05/2026", "29-05-2026", and "29. 5. 2026" and "03.12.2026." as Czech and Serbian pages write them
_DMY_NUMERIC = _KEPT.compile(r"(?<![\d./-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})(?![\d/-]|\.\d)")
_MDY = _KEPT.compile(rf"\b({MONTH_PATTERN})\s*(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:de\s+)?{_YEAR}(?!\d)")  # ("7 Jul 2026Updated": glued; Colombia's "octubre 24 de 2026")
# "30 May 2026", "30th of May, 2026", and the Spanish and Portuguese "30 de mayo de 2026".
_OF = r"(?:(?:of|de|di|da|ga|kia|ya|a(?=\s+[A-ZÀ-Þ])|a\s+viz|tî\s+nze\s+tî|’e|tlen|(?-i:d)|ʻo|ti['’]|ne|no|yoo|ar\s+zänä|yu['’]un|(?:ya|la)\s+mwezi\s+wa|mi\s+dwe|bisha)\s+|d['’]|ta['’]\s+|no\s+['’](?=[AEĀĒ]))"  # (Bolognese "17 d utåber 2026"; Breton "18 a viz Gwengolo", the eighteenth of the month of September; "23 d'octubre de 2026": Catalan elides "de" before a vowel; Maltese "16 ta' Ottubru", Hausa "15 ga Oktoba"; Sango "13 tî nze tî Nabändüru", of the month of; Neapolitan "6 ’e nuvembre"; Nahuatl "31 tlen octubre"; Yucatec Maya "16 ti' octubre", Rotuman "11 ne Novema", Mixtec "11 yoo noviembre", of the month; Tzotzil "23 yu'un oktubre"; Kimbundu "21 kia Outubro", Swahili "21 ya Oktoba", Chokwe "8 a Outubro" before a month in its capital; Somali "18-ka bisha Noofembar", of the month; Alur "20 mi dwe Novemba", of the month)
# (Kyrgyz joins the day to its month with a hyphen: "7-октябрь 2026".)
_DMY = _KEPT.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|°|\.|טן|סטן)?(?:\s+|-(?=[^\W\d_]))(?:{_OF})?({MONTH_PATTERN}),?\s+(?:de\s+|dal\s+|di\s+|kiuugu\s+)?{_YEAR}(?!\d)")  # (Friulian "14 di novembar dal 2026"; Kriol "16 di junhu di 2026"; Mooré "15 Oktoobr kiuugu 2026", the month) "1er décembre"
# Lithuanian and Hungarian put the year first: "2026 m. spalio 5 d.", "2026. október 5.".
# (And Burmese: "2026 ခုနှစ်၊ ဩဂုတ်လ 24 ရက်", year, month and day each with its word; Buryat: "2026 оной октябриин 30", of the year.)
_YEAR_FIRST = _KEPT.compile(rf"\b{_YEAR}(?:\.|\s+m\.|\s+оной|\s*ခုနှစ်\s*၊?)?\s+({MONTH_PATTERN})\s+(\d{{1,2}})(?!\d)\.?(?:\s*d\.|\s*ရက်(?:နေ့)?)?")
# Dargwa: "2026 дусла 26 октябрь" (the year, "of the year", the day and the month).
# (and Nanai: "2026 ани 23 октябрь")
_DARGWA = _KEPT.compile(rf"\b{_YEAR}\s+(?:дусла|ани)\s+(\d{{1,2}})\s+({MONTH_PATTERN})(?!\w)")
# Latvian: "2026. gada 6. novembrī" (the year, "of the year", the day and the month).
# (Its month is looked up, not matched by the month tree: a pattern holding the tree costs some 13 ms to compile.)
_YEAR_GADA = _KEPT.compile(rf"\b{_YEAR}\.\s*gada\s+(\d{{1,2}})\.\s*(\w+)")
# Jingpho, the year first with a word after each part: "2026 ning, November shata 12 ya" (year, month, day; looked up as
# Latvian's month is). The year's word with its comma and the month's word are both needed.
_YEAR_WORDED = _KEPT.compile(rf"\b{_YEAR}\s+[a-z]{{2,6}},\s+([^\W\d_]+)\s+[a-z]{{3,6}}\s+(\d{{1,2}})(?!\d)")
# Basque, the year first: "2026ko azaroaren 18a"; Mongolian, in figures: "2026 оны 11-р сарын 13".
_BASQUE = _KEPT.compile(rf"\b{_YEAR}ko\s+(\w+)\s+(\d{{1,2}})(?:a|an|ean)?\b")
# Dinka's date by the month's number: "Aköl 16 Pɛɛi 10, 2026" (day 16 of month 10, 2026; "aköl" is the day, "pɛɛi" the moon).
# (In the story with "de", of, and no year: "në aköl 14 de pɛɛi 10", on day 14 of month 10, in the year nearest the article's date.)
_DINKA = _KEPT.compile(r"(?:\b[Aa]köl\s+)?(?<!\d)(\d{1,2})\s+(?:de\s+)?[Pp]ɛɛi\s+(\d{1,2}),?\s+(\d{4})(?!\d)")
_DINKA_DAY_MONTH = _KEPT.compile(r"\b[Aa]köl\s+(\d{1,2})\s+(?:de\s+)?[Pp]ɛɛi\s+(\d{1,2})(?!\d)(?!,?\s*\d)")
_MONGOLIAN = _KEPT.compile(rf"\b{_YEAR}\s+оны\s+(\d{{1,2}})[-‑]?р\s+сарын\s+(\d{{1,2}})(?!\d)")
# Tibetan, the year of the common era, the month's and the day's numbers, each after its word ("ཕྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༠ ཚེས་ ༢༢")
_TIBETAN = _KEPT.compile(rf"(?:ཕྱི|སྤྱི)་ལོ་\s*{_YEAR}\s*(?:ལོའི་\s*)?(?:ཕྱི་)?ཟླ་\s*(\d{{1,2}})\s*(?:པའི་\s*)?ཚེས་\s*(\d{{1,2}})(?!\d)")
# (Two days of one month, "from" after the first and "until" after the last: "སྤྱི་ལོ་༢༠༢༦ ཟླ་༩ ཚེས་༢༡ གཟའ་ཟླ་བ་ནས་ཚེས་༢༢ གཟའ་མིག་དམར་བར་",
# from Monday the 21st to Tuesday the 22nd of September 2026.)
_TIBETAN_SPAN = _KEPT.compile(rf"(?:ཕྱི|སྤྱི)་ལོ་\s*{_YEAR}\s*(?:ལོའི་\s*)?(?:ཕྱི་)?ཟླ་\s*(\d{{1,2}})\s*(?:པའི་\s*)?ཚེས་\s*(\d{{1,2}})"
                           rf"(?:\s*གཟའ་[^\s\d]{{1,12}}?)?་?ནས་\s*ཚེས་\s*(\d{{1,2}})(?!\d)")
# Thai dates: the day, the month in full or abbreviated ("ต.ค."), and the year of the Buddhist era (2569 is 2026).
_THAI_MONTHS = (("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."), ("พฤษภาคม", "พ.ค."),
                ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."), ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."),
                ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."))
_THAI_MONTH = {name: i for i, names in enumerate(_THAI_MONTHS, 1) for name in names}
_THAI = _KEPT.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(re.escape(n) for n in sorted(_THAI_MONTH, key=len, reverse=True)) + r")\s*(25\d\d)(?!\d)")
# Khmer dates: "ថ្ងៃសុក្រ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ០៨:៣០" (the weekday, "day" 20, "month" November, "year" 2026, "hour"),
# the weekday and the hour's word taken with the date (the figures are read as ASCII first).
_KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
_KHMER = _KEPT.compile(r"(?:ថ្ងៃ\S+\s+)?ទី\s*(\d{1,2})\s*ខែ\s*(" + "|".join(_KHMER_MONTHS) + r")\s*ឆ្នាំ\s*(\d{4})(?!\d)(?:\s*ម៉ោង)?")
# The same day and month with no year after them: "วันอังคารที่ 27 ต.ค. ที่ผ่านมา" (last Tuesday 27 October).
_THAI_DAY_MONTH = _KEPT.compile(r"(?<!\d)(\d{1,2})\s*(" + "|".join(re.escape(n) for n in sorted(_THAI_MONTH, key=len, reverse=True)) + r")(?!\s*\d)")
# Iran's Solar Hijri calendar: "۱۳ آبان ۱۴۰۵" is 4 November 2026 (the figures are read as ASCII first).
_JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
# (Afghanistan names the same months after the zodiac, in Dari and in Pashto: "۲۲ میزان ۱۴۰۵", "۱۳ سنبله", "۱۲ تله ۱۴۰۵".)
_AFGHAN_MONTHS = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
_PASHTO_MONTHS = ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب")
_JALALI_NUMBER = {name: k + 1 for names in (_JALALI_MONTHS, _AFGHAN_MONTHS, _PASHTO_MONTHS) for k, name in enumerate(names)}
_JALALI_NAMES = "|".join(sorted(_JALALI_NUMBER, key=len, reverse=True))
_JALALI = _KEPT.compile(r"(?<!\d)(\d{1,2})\s+(" + _JALALI_NAMES + r")\s+(1[34]\d\d)(?!\d)")
# Brazil's papers' short date, the month cut to three letters between full stops: "25.set.2026 às 9h12" (Folha's way).
_PT_SHORT_MONTHS = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez")
_DOTTED_PT = _KEPT.compile(r"(?<![\w.])(\d{1,2})\.(" + "|".join(_PT_SHORT_MONTHS) + r")\.((?:19|20)\d{2})(?![\w.]\w)", re.IGNORECASE)
# (and with no year, a day of the Solar Hijri month nearest the article's date: "جمعه گذشته، ۱۳ سنبله،", last Friday, 13 Sunbula)
_JALALI_DAY_MONTH = _KEPT.compile(r"(?<!\d)(\d{1,2})\s+(" + _JALALI_NAMES + r")(?!\w)(?!\s*\d)")
# Two days of one Solar Hijri month, "and" or "to" between them, the year often left out: "۱۰ و ۱۱ آبان" (1 and 2 November 2026).
_JALALI_SPAN = _KEPT.compile(r"(?<!\d)(\d{1,2})\s+(?:و|تا)\s+(\d{1,2})\s+(" + _JALALI_NAMES + r")(?:\s+(1[34]\d\d))?(?!\d)")
# Ethiopia's own calendar, as its press writes it in the Ge'ez script: "ጥቅምት 6 ቀን 2019 ዓ.ም." (Tikimt 6, "day", 2019 of
# its era: 16 October 2026), "ጥቅምት 6/2019" in a dateline, "ረቡዕ ጥቅምት 4 ቀን" with no year. Twelve months of thirty days and
# a thirteenth of five or six; the year begins on 11 September, on the 12th before a Gregorian leap year. (Not the names
# Tigrinya gives Eritrea's Gregorian months, "ጥቅምቲ", "ታሕሳስ": those are in the month table.)
_ETHIOPIAN_MONTH = {"መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ሕዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4, "ጥር": 5,
                    "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ሚያዚያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11, "ሀምሌ": 11, "ነሐሴ": 12,
                    "ነሃሴ": 12, "ጳጉሜን": 13, "ጳጉሜ": 13}
_ETHIOPIC = _KEPT.compile(r"[\u1200-\u137f]")
_ETHIOPIAN_NAMES = "|".join(sorted(_ETHIOPIAN_MONTH, key=lambda n: (-len(n), n)))
_ETHIOPIAN = _KEPT.compile(r"(?<![\u1200-\u137f])(" + _ETHIOPIAN_NAMES + r")\s+(\d{1,2})(?:\s+ቀን)?(?:\s*/\s*|,?\s+)(\d{4})(?:\s*ዓ\.ም\.?)?(?!\d)")
_ETHIOPIAN_DAY_MONTH = _KEPT.compile(r"(?<![\u1200-\u137f])(" + _ETHIOPIAN_NAMES + r")\s+(\d{1,2})(?:\s+ቀን)?(?![\d/])(?!,?\s*[/]?\s*\d)")
# Nepal's Bikram Sambat calendar: "भदौ २६, २०८३" (Bhadra 26, 2083), "२६ भदौ २०८३", "२०८३ भदौ २६" (the figures are read
# as ASCII first), a weekday before it ("शुक्रबार, भदौ २६, २०८३") taken with it. Its months have no rule: each year's
# lengths, Baisakh to Chaitra, come from the published calendar (the table of the nepali-datetime library), 2070 to 2090
# (April 2013 to April 2034); Baisakh 1 of 2070 was 14 April 2013.
# (Maithili spells some of them its own way: "बैसाख", "असाढ़", "साओन", "भादव", "आसिन", "कातिक", "अगहन", "पूस".)
_BS_MONTHS = ((("बैशाख", "वैशाख", "वैसाख", "बैसाख"), ("जेठ", "जेष्ठ", "ज्येष्ठ"), ("असार", "आषाढ", "असाढ", "असाढ़"), ("साउन", "श्रावण", "साओन"),
               ("भदौ", "भाद्र", "भादव"), ("असोज", "आश्विन", "असोझ", "आसिन"), ("कात्तिक", "कार्तिक", "कातिक"), ("मंसिर", "मङ्सिर", "मङसिर", "मार्ग", "अगहन"),
               ("पुस", "पौष", "पुष", "पूस"), ("माघ",), ("फागुन", "फाल्गुन"), ("चैत", "चैत्र")))
BS_MONTH = {name: i for i, names in enumerate(_BS_MONTHS, 1) for name in names}
_BS_YEARS = """
2070 31 31 31 32 31 31 29 30 30 29 30 30
2071 31 31 32 31 31 31 30 29 30 29 30 30
2072 31 32 31 32 31 30 30 29 30 29 30 30
2073 31 32 31 32 31 30 30 30 29 29 30 31
2074 31 31 31 32 31 31 30 29 30 29 30 30
2075 31 31 32 31 31 31 30 29 30 29 30 30
2076 31 32 31 32 31 30 30 30 29 29 30 30
2077 31 32 31 32 31 30 30 30 29 30 29 31
2078 31 31 31 32 31 31 30 29 30 29 30 30
2079 31 31 32 31 31 31 30 29 30 29 30 30
2080 31 32 31 32 31 30 30 30 29 29 30 30
2081 31 32 31 32 31 30 30 30 29 30 29 31
2082 31 31 32 31 31 31 30 29 30 29 30 30
2083 31 31 32 31 31 30 30 30 29 30 30 30
2084 31 31 32 31 31 30 30 30 29 30 30 30
2085 31 32 31 32 30 31 30 30 29 30 30 30
2086 30 32 31 32 31 30 30 30 29 30 30 30
2087 31 31 32 31 31 31 30 29 30 30 30 30
2088 30 31 32 32 30 31 30 30 29 30 30 30
2089 30 32 31 32 31 30 30 30 29 30 30 30
2090 30 32 31 32 31 30 30 30 29 30 30 30
"""
_DEVANAGARI = _KEPT.compile("[\u0900-\u097f]")
_BS_LENGTHS = {int(row[0]): tuple(map(int, row[1:])) for row in (line.split() for line in _BS_YEARS.split("\n")) if row}
_BS_YEAR_START = {year: sum(sum(_BS_LENGTHS[y]) for y in range(2070, year)) for year in _BS_LENGTHS}  # (days from Baisakh 1, 2070)
_BS_NAMES = "|".join(sorted(BS_MONTH, key=len, reverse=True))
# (Maithili names the day with "दिन", day: "शनि दिन", Saturday.)
_MAITHILI_DAYS = {"सोम दिन": "सोमबार", "मंगल दिन": "मंगलबार", "बुध दिन": "बुधबार", "बृहस्पति दिन": "बिहीबार", "शुक्र दिन": "शुक्रबार",
                  "शनि दिन": "शनिबार", "रवि दिन": "आइतबार"}
_BS_DAYS = "सोमबार|मंगलबार|बुधबार|बिहीबार|शुक्रबार|शनिबार|आइतबार|" + "|".join(_MAITHILI_DAYS)
_BS = _KEPT.compile(rf"(?:(?P<wd>{_BS_DAYS})\s*,?\s*)?(?:(?P<m1>{_BS_NAMES})\s+(?P<d1>\d{{1,2}})\s*(?:गते\s*)?,?\s*(?P<y1>20\d\d)"
                 rf"|(?P<d2>\d{{1,2}})\s*(?:गते\s+)?(?P<m2>{_BS_NAMES})\s*,?\s*(?P<y2>20\d\d)"
                 rf"|(?P<y3>20\d\d)\s*(?:साल\s+)?(?P<m3>{_BS_NAMES})\s+(?P<d3>\d{{1,2}})\s*(?:गते)?)(?!\d)(?:\s*,?\s*(?P<wd2>{_BS_DAYS}))?")
# Japanese and Korean write dates alike: 2026年5月29日, 2026년 5월 29일; Zhuang in words, "2026 nienz 11 nyied 7 hauh"; Ainu
# in katakana, "2026 パ 10 チュㇷ゚ 26 ト" (year, moon, day).
_AINU_MONTH = "\u30c1\u30e5\u31f7\u309a"  # (チュㇷ゚, "moon": its last letter a small katakana of the Ainu extension and a mark)
_JA_YMD = _KEPT.compile(r"(\d{4})\s*(?:[年년]|nienz|パ)\s*(\d{1,2})\s*(?:[月월]|nyied|" + _AINU_MONTH + r")\s*(\d{1,2})\s*(?:[日일]|hauh\b|ト)")
_JA_ERA_YMD = _KEPT.compile(_ERA + r"\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Month and year precision.
_MY = _KEPT.compile(rf"\b({MONTH_PATTERN})\s+(?:de\s+)?{_YEAR}\b")
_JA_YM = _KEPT.compile(r"(\d{4})\s*(?:[年년]|nienz)\s*(\d{1,2})\s*(?:[月월]|nyied\b)(?!\s*\d{1,2}\s*(?:[日일]|hauh\b))")
_JA_ERA_YM = _KEPT.compile(_ERA + r"\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")
_IN_YEAR = _KEPT.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ee]arly|[Ll]ate|[Mm]id-?)\s+{_YEAR}\b(?![./-]\d)")
_JA_YEAR = _KEPT.compile(r"(?<!\d)(\d{4})\s*(?:[年년]|nienz\b)(?!\s*\d{1,2}\s*(?:[月월]|nyied\b))(?!度|도)")
_JA_ERA_YEAR = _KEPT.compile(_ERA + r"(?!\s*\d{1,2}\s*月)")
# Dates that need the article's own date to be read.
_DAY_MONTH = _KEPT.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.|-[^\W\d_]{{1,3}})?\s+(?:{_OF})?({MONTH_PATTERN})(?!,?\s*(?:de\s+)?(?!\d{{1,2}}[:.]\d{{2}}(?!\d))\d)")  # (a time after it is no year: "27 октябрь, 09:12")
_MONTH_DAY = _KEPT.compile(rf"\b({MONTH_PATTERN})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)")
_IN_MONTH = _KEPT.compile(rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his"
                       # "in" and "during (the month of)" in the European languages of the month table
                       r"|[Ee]m|[Ee]n|[Ii]m|[Nn]el|[Aa]u\s+mois\s+d[e']|[Ee]n\s+el\s+mes\s+de|[Nn]el\s+mese\s+di|[Dd]urante(?:\s+(?:o|el)\s+m[eê]s\s+de)?"
                       rf"|[Dd]urant(?:\s+le\s+mois\s+d[e'])?|[Ww]ährend\s+des)\s+({MONTH_PATTERN})(?!\s*\d)")
_JA_MONTH_DAY = _KEPT.compile(r"(?<![\d年년])(?<!nienz )(?<!パ )(\d{1,2})\s*(?:[月월]|nyied|" + _AINU_MONTH + r")\s*(\d{1,2})\s*(?:[日일]|hauh\b|ト)")
_CJK_DAY_SPAN = _KEPT.compile(r"(?<![\d月월])(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*[日일]\s*(?:から|부터|~|～|〜|-|－|–|至)\s*(\d{1,2})\s*[日일](?:まで|까지)?")
# "13、14日", "13～14日": the first day without its mark (a list's comma only for two days running, or a day apart).
_CJK_BARE_SPAN = _KEPT.compile(r"(?<![\d月월./:])(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*([、,，~～〜－–-])\s*(\d{1,2})\s*[日일](?!本|間|目|ぶり|간|째|본)")
_JA_DAY = _KEPT.compile(r"(?<![\d月월])(\d{1,2})(?:日(?!本|間|目|ぶり)|일(?!간|째|본))")
# German names too: the same seven days, counted the same way.
_LAST_WEEKDAY = _KEPT.compile(r"\b[Ll]ast\s+$")
_GERMAN_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6}
_WEEKDAY = _KEPT.compile(
    # (German joins the time of day to the day: "am Mittwochabend", "Dienstagmorgen")
    r"\b(?:(next|coming|Good|Black|Ash|Holy|nächsten|kommenden)\s+)?(" + "|".join(_WEEKDAYS) + "|" + "|".join(_GERMAN_WEEKDAYS) + r")"
    r"(?:(?<=[gh])(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht))?\b",
    re.IGNORECASE,
)
# The seven days in the other languages of the month table, lower-case as they write them; Monday first.
_FOREIGN_WEEKDAY_NAMES = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "af": ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag"),  # Afrikaans, capitalised
    "pl": ("poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"),  # as after "w"/"we": "we wtorek"
    "pl-dialect": ("", "", "środe", "", "", "sobote", "niedziele"),  # (Goral and Silesian, without the nasal: "w sobote")
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),  # Danish too
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "nn": ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"),  # Nynorsk
    "fi": ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina"),  # "on Monday"
    # (and "on Monday evening", "… morning": "tiistai-iltana", as Meänkieli and Finnish write it)
    "fi-eve": ("maanantai-iltana", "tiistai-iltana", "keskiviikkoiltana", "torstai-iltana", "perjantai-iltana", "lauantai-iltana", "sunnuntai-iltana"),
    "cs": ("pondělí", "úterý", "středu", "čtvrtek", "pátek", "sobotu", "neděli"),  # as after "v"/"ve"
    "sk": ("pondelok", "utorok", "stredu", "štvrtok", "piatok", "sobotu", "nedeľu"),  # as after "v"/"vo": "v utorok"
    "hu": ("hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap"),  # "on Monday"
    "el": ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"),  # capitalised, as Greek writes them
    "sr": ("ponedeljak", "utorak", "sredu", "četvrtak", "petak", "subotu", "nedelju"),  # as after "u": "u sredu"
    "hr": ("ponedjeljak", "utorak", "srijedu", "četvrtak", "petak", "subotu", "nedjelju"),
    # Indonesian and Malay, capitalised as they write them ("Minggu", Indonesian Sunday, is also "week": left out).
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", ""),
    "ms": ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "ne": ("सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार"),  # Nepali
    "new": ("सोमबाः", "मंगलबाः", "बुधबाः", "बिहिबाः", "सुक्रबाः", "शनिबाः", "आइतबाः"),  # Newar (Nepal Bhasa)
    # (Hindustani's Thursday and Sunday in Devanagari, as Urdu says them: Nimadi "काल इतवार खऽ", yesterday, Sunday)
    "hi-ur": ("", "", "", "जुमेरात", "", "", "इतवार"),
    # Hindi's, Urdu's and Bengali's in Latin letters, as the languages around them borrow them ("Jumeraat dewas", Kalasha;
    # "Sonibar din", Hajong); only the names no common word shares ("hafta" is also "week")
    "hi-latn": ("somvar", "mangalvar", "budhvar", "guruvar", "shukravar", "shanivar", "ravivar"),
    "hi-latn-w": ("somwar", "mangalwar", "budhwar", "guruwar", "shukrawar", "shaniwar", "raviwar"),
    "ur-latn": ("", "", "", "jumeraat", "", "", "itwaar"),
    "ur-latn-2": ("", "", "", "jumerat", "", "", "itwar"),
    "bn-latn": ("sombar", "mongolbar", "budhbar", "brihospotibar", "sukrobar", "sonibar", "robibar"),
    # The other languages of India: Marathi, Bengali, Assamese (a case ending after them, "সোমবাৰে", is a vowel sign),
    # Punjabi, Gujarati, Tamil (the "-கிழமை" forms: the short ones are also words), Malayalam, Telugu, Kannada
    "mr": ("", "मंगळवार", "", "", "", "", ""),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "bn-bd": ("", "", "", "বিষ্যুদবার", "", "", "রোববার"),  # (as Bangladesh says Thursday and Sunday; Sylheti's and Chittagonian's too)
    "bn-bd2": ("", "", "", "বিষুদবার", "", "", ""),
    "as": ("সোমবাৰ", "মঙলবাৰ", "বুধবাৰ", "বৃহস্পতিবাৰ", "শুক্ৰবাৰ", "শনিবাৰ", "দেওবাৰ"),
    "pa": ("ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨੀਵਾਰ", "ਐਤਵਾਰ"),
    "gu": ("સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર"),
    "ta": ("திங்கட்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை", "வெள்ளிக்கிழமை", "சனிக்கிழமை", "ஞாயிற்றுக்கிழமை"),
    "ta-alt": ("திங்கள்கிழமை", "", "", "", "", "", ""),
    # (spoken Tamil, and Irula and Badaga in Tamil letters, end the day on "-ெ": "சனிக்கிழமெ")
    "ta-spoken": ("திங்கக்கிழமெ", "செவ்வாய்க்கிழமெ", "புதன்கிழமெ", "வியாழக்கிழமெ", "வெள்ளிக்கிழமெ", "சனிக்கிழமெ", "ஞாயித்துக்கிழமெ"),
    "si": ("සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා"),  # Sinhala
    "dv": ("ހޯމަ", "އަންގާރަ", "ބުދަ", "ބުރާސްފަތި", "ހުކުރު", "ހޮނިހިރު", "އާދިއްތަ"),  # Dhivehi ("ހޯމަ ދުވަހު", on Monday)
    "sd": ("سومر", "اڱارو", "اربع", "خميس", "جمعو", "ڇنڇر", "آچر"),  # Sindhi
    "ti": ("ሰኑይ", "ሰሉስ", "ሮቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"),  # Tigrinya
    "am": ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሁድ"),  # Amharic (a Hamer page's "Maksenyo (ማክሰኞ)", Tuesday)
    "am-var": ("", "", "ረቡእ", "ሀሙስ", "አርብ", "", "እሑድ"),  # (and as they are also spelled)
    # (and in Latin letters, as the languages of southern Ethiopia borrow them: Me'en "Sanyo ko Maksanyo", Monday and Tuesday;
    # Kwegu "Maksenyo"; not Wednesday's, Friday's or Sunday's, "Rob", "Arb" and "Ehud", also names)
    "am-latn": ("Sanyo", "Maksanyo", "", "Hamus", "", "Kidame", ""),
    "am-latn-e": ("Senyo", "Maksenyo", "", "", "", "", ""),
    # isiZulu, with "on" joined to the day ("ngoLwesine", on Thursday) and without it
    "zu": ("ngoMsombuluko", "ngoLwesibili", "ngoLwesithathu", "ngoLwesine", "ngoLwesihlanu", "ngoMgqibelo", "ngeSonto"),
    "zu-bare": ("uMsombuluko", "uLwesibili", "uLwesithathu", "uLwesine", "uLwesihlanu", "uMgqibelo", "iSonto"),
    # Pashto, in the oblique case its "on Wednesday" takes ("د چهارشنبې په ورځ")
    "ps": ("دوشنبې", "سه شنبې", "چهارشنبې", "پنجشنبې", "جمعې", "شنبې", "یکشنبې"),
    "uz": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),  # Uzbek ("chorshanba kuni", on Wednesday)
    "mg": ("Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady"),  # Malagasy, capitalised
    # Burmese, with "day" joined ("မနေ့ အင်္ဂါနေ့", yesterday, Tuesday)
    "my": ("တနင်္လာနေ့", "အင်္ဂါနေ့", "ဗုဒ္ဓဟူးနေ့", "ကြာသပတေးနေ့", "သောကြာနေ့", "စနေနေ့", "တနင်္ဂနွေနေ့"),
    "or": ("ସୋମବାର", "ମଙ୍ଗଳବାର", "ବୁଧବାର", "ଗୁରୁବାର", "ଶୁକ୍ରବାର", "ଶନିବାର", "ରବିବାର"),  # Odia
    "ml": ("തിങ്കളാഴ്ച", "ചൊവ്വാഴ്ച", "ബുധനാഴ്ച", "വ്യാഴാഴ്ച", "വെള്ളിയാഴ്ച", "ശനിയാഴ്ച", "ഞായറാഴ്ച"),
    "te": ("సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం", "ఆదివారం"),
    # (Hindi's and Lambadi's names in Telugu letters, the final "m" dropped: "సనివార్ న", on Saturday)
    "te-hi": ("సోమవార్", "మంగళవార్", "బుధవార్", "గురువార్", "శుక్రవార్", "శనివార్", "ఆదివార్"),
    "te-hi-s": ("", "", "", "", "సుక్రవార్", "సనివార్", ""),
    "kn": ("ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ", "ಭಾನುವಾರ"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "ar-hamza": ("الإثنين", "", "", "", "", "", ""),
    # Urdu ("منگل کے روز", on Tuesday; "ہفتہ", Saturday, is also "week": left out)
    "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "", "اتوار"),
    # Persian, its compound names written with a zero-width non-joiner, run together or with a space ("سه‌شنبه", Tuesday)
    "fa": ("دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    "glk": ("", "", "چارشنبه", "", "", "", ""),  # Gilaki's Wednesday (its others are Persian's)
    "fa-zwnj": ("دو\u200cشنبه", "سه شنبه", "چهار\u200cشنبه", "پنج\u200cشنبه", "", "", "یک\u200cشنبه"),
    "fa-space": ("دو شنبه", "سهشنبه", "چهار شنبه", "پنج شنبه", "", "", "یک شنبه"),
    "ca": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    # Azerbaijani ("Çərşənbə axşamı", Tuesday, is "Wednesday's eve"; "bazar", Sunday, is also "market": left out)
    "az": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", ""),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", ""),  # capitalised ("Pazar" is also "market": left out)
    "tr-low": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", ""),  # (and in running text: "pazartesi ve salı günleri")
    "ro": ("", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),  # ("luni" is also "months": left out)
    "et": ("esmaspäeval", "teisipäeval", "kolmapäeval", "neljapäeval", "reedel", "laupäeval", "pühapäeval"),  # Estonian, "on Monday"
    "lt": ("pirmadienį", "antradienį", "trečiadienį", "ketvirtadienį", "penktadienį", "šeštadienį", "sekmadienį"),  # "on Monday"
    "sr-Cyrl": ("понедељак", "уторак", "среду", "четвртак", "петак", "суботу", "недељу"),  # as after "у": "у среду"
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),  # as after "у"/"в"
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    "sq": ("hënën", "martën", "mërkurën", "enjten", "premten", "shtunën", "dielën"),  # as after "të": "të martën"
    "sq-arb": ("", "", "", "ejten", "prëmten", "", ""),  # Arbëresh, where its days differ ("të prëmten", on Friday)
    "lv": ("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"),  # "on Monday"
    "sl": ("ponedeljek", "torek", "sredo", "četrtek", "petek", "soboto", "nedeljo"),  # as after "v": "v petek"
    "sl-prekmurje": ("", "", "srejdo", "", "", "", ""),  # (Prekmurje's Wednesday, "v srejdo")
    "tcs": ("Mundei", "Tyusdei", "Wenesdei", "Tasdei", "Fraidei", "Satadei", "Sandei"),  # Yumplatok (Torres Strait Creole)
    "bg-banat": ("", "", "", "", "", "sabota", ""),  # Banat Bulgarian's Saturday ("u sabota")
    "rsn": ("", "", "", "", "pitak", "", ""),  # Resian's Friday ("ta-w pitak")
    "dsb": ("pónjeźele", "wałtoru", "srjodu", "stwórtk", "pětk", "sobotu", "njeźelu"),  # Lower Sorbian, as after "w"/"we"
    "bg": ("", "", "сряда", "четвъртък", "", "събота", "неделя"),  # Bulgarian (Monday, Tuesday and Friday as Macedonian writes them)
    "mk": ("понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"),
    "mk-def": ("понеделникот", "вторникот", "средата", "четвртокот", "петокот", "саботата", "неделата"),  # ("во саботата", on Saturday)
    "be": ("панядзелак", "аўторак", "сераду", "чацвер", "пятніцу", "суботу", "нядзелю"),  # as after "у"
    "hy": ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "", "կիրակի"),  # ("շաբաթ" is also "week": left out)
    "sw": ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"),  # capitalised
    "ha": ("Litinin", "Talata", "Laraba", "Alhamis", "Jumma'a", "Asabar", "Lahadi"),  # Hausa, capitalised
    "kr": ("", "", "", "Lamis", "", "", ""),  # Kanuri's and Kanembu's Thursday (the other days as Hausa's)
    "gl": ("luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"),
    "ht": ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch"),
    "tl": ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", ""),  # ("Linggo" is also "week": left out)
    "eu": ("astelehenean", "asteartean", "asteazkenean", "ostegunean", "ostiralean", "larunbatean", "igandean"),  # "on Monday"
    "lb": ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg", "Samschdeg", "Sonndeg"),
    "gmh-trier": ("Mondaach", "Dinsdaach", "Mettwoch", "Donneschdaach", "Freidaach", "Samsdaach", "Sonndaach"),  # Moselle Franconian
    "is": ("mánudag", "þriðjudag", "miðvikudag", "fimmtudag", "föstudag", "laugardag", "sunnudag"),  # as after "á": "á mánudag"
    "is-nom": ("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"),
    # Georgian, as "on Monday" (the dative) and in stamps ("კვირა", Sunday, is also "week": left out)
    "ka": ("ორშაბათს", "სამშაბათს", "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", ""),
    "ka-nom": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", ""),
    # Mingrelian, on the day ("ცაშხას", on Thursday) and named
    "xmf": ("თუთაშხას", "თახაშხას", "ჯუმაშხას", "ცაშხას", "ობიშხას", "შურიშხას", "ჟაშხას"),
    "xmf-nom": ("თუთაშხა", "თახაშხა", "ჯუმაშხა", "ცაშხა", "ობიშხა", "შურიშხა", "ჟაშხა"),
    "so": ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad"),  # capitalised
    "so-var": ("", "Salaasa", "Arbaca", "", "Jimce", "", ""),  # (the other spellings)
    "so-past": ("Isniintii", "Talaadadii", "Arbacadii", "Khamiistii", "Jimcihii", "Sabtidii", "Axaddii"),  # ("on Sunday", gone by)
    # Maltese, with the article joined by a hyphen ("il-Ħamis", on Thursday; "Il-Ġimgħa, 16 ta' Ottubru 2026" in a stamp)
    "mt": ("it-Tnejn", "it-Tlieta", "l-Erbgħa", "il-Ħamis", "il-Ġimgħa", "is-Sibt", "il-Ħadd"),
    "br": ("Dilun", "Dimeurzh", "Dimerc'her", "Diriaou", "Digwener", "Disadorn", "Disul"),  # Breton, as a date names the day
    # Yoruba, Igbo and Scottish Gaelic, capitalised; Friulian, Asturian, Occitan and Bashkir, lower-case
    "yo": ("Ọjọ́ Ajé", "Ọjọ́ Ìṣẹ́gun", "Ọjọ́rú", "Ọjọ́bọ̀", "Ọjọ́ Ẹtì", "Ọjọ́ Àbámẹ́ta", "Ọjọ́ Àìkú"),
    "ig": ("Mọnde", "Tiuzdee", "Wenezdee", "Tọọzdee", "Fraịdee", "Satọdee", "Sọndee"),
    "gd": ("Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne", "Didòmhnaich"),
    "fur": ("lunis", "martars", "miercus", "joibe", "vinars", "sabide", "domenie"),
    "ast": ("llunes", "martes", "miércoles", "xueves", "vienres", "sábadu", "domingu"),
    "oc": ("diluns", "dimars", "dimècres", "dijòus", "divendres", "dissabte", "dimenge"),
    # Tibetan, and with the genitive it takes before "day" ("གཟའ་ལྷག་པའི་ཉིན་", on Wednesday)
    "bo": ("གཟའ་ཟླ་བ", "གཟའ་མིག་དམར", "གཟའ་ལྷག་པ", "གཟའ་ཕུར་བུ", "གཟའ་པ་སངས", "གཟའ་སྤེན་པ", "གཟའ་ཉི་མ"),
    "bo-gen": ("གཟའ་ཟླ་བའི", "གཟའ་མིག་དམར་གྱི", "གཟའ་ལྷག་པའི", "གཟའ་ཕུར་བུའི", "གཟའ་པ་སངས་ཀྱི", "གཟའ་སྤེན་པའི", "གཟའ་ཉི་མའི"),
    # Shona (and with "ne", "on": "neChitatu"; Thursday's "China" only so), Sundanese, Luganda, Lingala, Ilocano, Romansh,
    # Upper Sorbian, Chuvash and Sakha
    "sn": ("Muvhuro", "Chipiri", "Chitatu", "", "Chishanu", "Mugovera", "Svondo"),
    "kck": ("Mvulo", "Tjipili", "Tjitatu", "Tjina", "Tjishanu", "Mugovela", "Sondo"),  # Kalanga, Shona's days in its spelling (tj, l)
    "sn-ne": ("neMuvhuro", "neChipiri", "neChitatu", "neChina", "neChishanu", "neMugovera", "neSvondo"),
    "su": ("Senén", "Salasa", "Rebo", "Kemis", "Jumaah", "Saptu", "Minggu"),
    "lg": ("Bbalaza", "Lwakubiri", "Lwakusatu", "Lwakuna", "Lwakutaano", "Lwamukaaga", "Sabbiiti"),
    "ln": ("Mokolo ya yambo", "Mokolo ya mibale", "Mokolo ya misato", "Mokolo ya minei", "Mokolo ya mitano", "Mposo", "Lomingo"),
    "ilo": ("Lunes", "Martes", "Miercoles", "Huebes", "Biernes", "Sabado", "Domingo"),
    # (and Wednesday as the Cordillera's and the Visayas' papers spell it, after the sound: Ibaloi, Kankanaey "Mierkoles",
    # Cebuano "Miyerkoles")
    "ilo-alt": ("", "", "Mierkoles", "", "", "", ""),
    "ceb": ("", "", "Miyerkoles", "", "", "", ""),
    "ceb-alt": ("", "", "Myerkoles", "", "", "", ""),
    "rm": ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda", "dumengia"),
    "hsb": ("póndźela", "wutora", "srjeda", "štwórtk", "pjatk", "sobota", "njedźela"),
    "hsb-acc": ("póndźelu", "wutoru", "srjedu", "", "", "sobotu", "njedźelu"),  # ("we srjedu", on Wednesday)
    "cv": ("тунтикун", "ытларикун", "юнкун", "кӗҫнерникун", "эрнекун", "шӑматкун", "вырсарникун"),
    "sah": ("бэнидиэнньик", "оптуорунньук", "сэрэдэ", "чэппиэр", "бээтинсэ", "субуота", "баскыһыанньа"),
    # Guarani, Tongan, Xitsonga, Tshivenda and Yiddish
    "gn": ("arateĩ", "arakõi", "araapy", "ararundy", "arapo", "arapoteĩ", "arapokõi"),
    "to": ("Mōnite", "Tūsite", "Pulelulu", "Tuʻapulelulu", "Falaite", "Tokonaki", "Sāpate"),
    "ts": ("Musumbhunuku", "Ravumbirhi", "Ravunharhu", "Ravumune", "Ravuntlhanu", "Mugqivela", "Sonto"),
    "ve": ("Musumbuluwo", "Ḽavhuvhili", "Ḽavhuraru", "Ḽavhuṋa", "Ḽavhuṱanu", "Mugivhela", "Swondaha"),
    "yi": ("מאנטיק", "דינסטיק", "מיטוואך", "דאנערשטיק", "פרייטיק", "שבת", "זונטיק"),
    "yi-alt": ("מאנטאג", "דינסטאג", "", "דאנערשטאג", "פרייטאג", "", "זונטאג"),  # (as some Yiddish papers spell them, German-like)
    "yi-var": ("", "", "", "דאנערשטאג", "", "", ""),
    "an": ("luns", "", "miercols", "chueves", "biernes", "", ""),  # Aragonese (where Spanish's differ)
    "xh": ("ngoMvulo", "ngoLwesibini", "ngoLwesithathu", "ngoLwesine", "ngoLwesihlanu", "ngoMgqibelo", "ngeCawa"),  # isiXhosa, "on Monday"
    "ak": ("Dwowda", "Benada", "Wukuada", "Yawda", "Fiada", "Memeneda", "Kwasiada"),  # Twi (Akan)
    "pam": ("Lunes", "Martes", "Mierkules", "Huebes", "Biernes", "Sabadu", "Domingu"),  # Kapampangan
    "eo": ("lundo", "mardo", "merkredo", "ĵaŭdo", "vendredo", "sabato", "dimanĉo"),  # Esperanto
    "rue": ("понедїлок", "вівторок", "середу", "четверь", "пятницю", "суботу", "недїлю"),  # Rusyn, as after "у": "у четверь"
    "mad": ("Sennèn", "Salasa", "Rebbu", "Kemmès", "Jhumat", "Saptoh", "Ahad"),  # Madurese
    "li": ("maondig", "dinsdig", "woensdig", "donderdig", "vriedig", "zaoterdig", "zóndig"),  # Limburgish
    "skr": ("سووار", "منگل", "ٻدھ", "خمیس", "جمعہ", "چھݨچھݨ", "اتوار"),  # Saraiki
    # Awadhi's short days with "on" after them ("बुध कां", on Wednesday: the short names alone are also planets)
    "awa": ("सोम कां", "मंगल कां", "बुध कां", "बिफै कां", "सुक्कर कां", "सनीचर कां", "इतवार कां"),
    "frp": ("delon", "demars", "demécro", "dedzô", "devèndro", "dessando", "demeindze"),  # Arpitan (Valdôtain)
    "tly": ("dışəmbə", "seşəmbə", "çorşəmbə", "pəncşəmbə", "comə", "şəmbə", "yəkşəmbə"),  # Talysh (Azerbaijan's Latin letters)
    "bal": ("دوشمبے", "سیشمبے", "چارشمبے", "پنچشمبے", "جمعہ", "شنبے", "یکشمبے"),  # Balochi
    "srn": ("munde", "tudewroko", "dridewroko", "fodewroko", "freyda", "satra", "sonde"),  # Sranan Tongo
    "ia": ("lunedi", "martedi", "mercuridi", "jovedi", "venerdi", "sabbato", "dominica"),  # Interlingua
    "lij": ("lunesdì", "mätesdì", "mercordì", "zeuggia", "venardì", "", "domenega"),  # Ligurian ("sabbo", Saturday, left out)
    "ks": ("", "بۄموار", "بۄدوار", "برٛسوار", "جُمعہ", "بٹوار", "آتھوار"),  # Kashmiri (where Urdu's differ)
    "hmn": ("Hnub Ib", "Hnub Ob", "Hnub Peb", "Hnub Plaub", "Hnub Tsib", "Hnub Rau", "Hnub Xya"),  # Hmong
    "tcy": ("ಸೋಮಾರ", "ಅಂಗಾರೆ", "ಬುದಾರ", "ಗುರುವಾರ", "ಸುಕ್ರಾರ", "ಸನಿವಾರ", "ಐತಾರ"),  # Tulu
    "sat": ("ᱥᱚᱢᱟ", "ᱢᱟᱝᱜᱟᱞ", "ᱵᱩᱫᱷ", "ᱞᱟᱦᱟᱥᱛᱤ", "ᱡᱟᱹᱨᱩᱢ", "ᱧᱩᱦᱩᱢ", "ᱥᱤᱸᱜᱮ"),  # Santali
    "olo": ("enzimäzenny", "toizenny", "kolmandenny", "nellänpäivänny", "piätteniččänny", "suovattan", "pyhänny"),  # Karelian (Livvi), "on Monday"
    "av": ("итни къоялъ", "талат къоялъ", "араз къоялъ", "хамис къоялъ", "рузман къоялъ", "щамат къоялъ", "гьад къоялъ"),  # Avar, "on Monday"
    # (and their first word with another "day", as the Andic languages around Avar write it: Chamalal "Хамис къоялӀ", on Thursday;
    # not "талат", Tuesday, also a man's name)
    "av-first": ("итни", "", "араз", "хамис", "рузман", "щамат", ""),
    "zza": ("roca Dişeme", "roca Sêşeme", "roca Çarşeme", "roca Pancşeme", "roca Êne", "roca Şeme", "roca Bazare"),  # Zazaki, "on Monday"
    "bem": ("Palicimo", "Palicibili", "Palicitatu", "Palicine", "Palicisano", "Pacibelushi", "Pamulungu"),  # Bemba
    "ff": ("Altine", "Talaata", "Alarba", "Alkamiisa", "Aljumaa", "Aset", "Dimaasi"),  # Pulaar
    "ee": ("Dzoɖagbe", "Blaɖagbe", "Kuɖagbe", "Yawoɖagbe", "Fiɖagbe", "Memleɖagbe", "Kɔsiɖagbe"),  # Ewe, "on Monday"
    "ee-bare": ("Dzoɖa", "Blaɖa", "Kuɖa", "Yawoɖa", "Fiɖa", "Memleɖa", "Kɔsiɖa"),
    # Kikuyu's, Embu's and Mbeere's, the days counted ("Mũthenya wa Kana", the fourth day: Thursday)
    "ki-count": ("Mũthenya wa Mbere", "Mũthenya wa Kerĩ", "Mũthenya wa Gatatũ", "Mũthenya wa Kana", "Mũthenya wa Gatano", "", ""),
    # Kadazandusun's and Lotud's, the days counted ("Tadau Kotolu", the third day: Wednesday; "Tadau Minggu", Sunday)
    "dtp": ("Tadau Koiso", "Tadau Koduo", "Tadau Kotolu", "Tadau Koapat", "Tadau Kolimo", "Tadau Koonom", "Tadau Minggu"),
    "om": ("Wiixata", "Qibxata", "Roobii", "Kamiisa", "Jimaata", "Sanbata", "Dilbata"),  # Afaan Oromoo
    # (with the long vowel of "on Thursday", "Guyyaa Kamiisaa"; Tuesday also spelt with K; Borana's Monday and Tuesday)
    "om-long": ("Wiixataa", "Qibxataa", "", "Kamiisaa", "Jimaataa", "Sanbataa", "Dilbataa"),
    "om-k": ("", "Kibxata", "", "", "", "", ""),
    "om-bor": ("Isnina", "Talaata", "", "", "", "", ""),
    "tyv": ("бир дугаар хүнде", "ийи дугаар хүнде", "үш дугаар хүнде", "дөрт дугаар хүнде", "беш дугаар хүнде", "алды дугаар хүнде", "улуг хүнде"),  # Tuvan, "on the first day" …
    "lad": ("", "", "miérkoles", "djueves", "", "shabad", "alhad"),  # Ladino (where Spanish's differ)
    # Dogri (where Hindi's differ; Bhadarwahi's too: "बीते शनिच्चरबार", last Saturday)
    "doi": ("", "", "बुद्धबार", "बीरबार", "शुक्करबार", "शनिच्चरबार", "ऐतबार"),
    # (and with "-var", as the Pahari languages say them too: Jaunsari "बीरवार", Thursday)
    "doi-var": ("", "", "बुद्धवार", "बीरवार", "शुक्करवार", "शनिच्चरवार", "ऐतवार"),
    "se": ("mánnodaga", "disdaga", "gaskavahku", "duorastaga", "bearjadaga", "lávvardaga", "sotnabeaivve"),  # Northern Sami, "on Monday"
    "kw": ("dy' Lun", "dy' Meurth", "dy' Mergher", "dy' Yow", "dy' Gwener", "dy' Sadorn", "dy' Sul"),  # Cornish
    "kv": ("выльлун", "воторник", "", "чорскар", "пекнича", "субӧта", "вежалун"),  # Komi
    "min": ("Sinayan", "Salasa", "Rabaa", "Kamih", "Jumaik", "", "Akaik"),  # Minangkabau
    "ban": ("Soma", "Anggara", "Buda", "Wraspati", "Sukra", "Saniscara", "Redite"),  # Balinese
    "bho": ("सोमार", "मंगर", "", "बियफे", "सुकवार", "सनिचर", "एतवार"),  # Bhojpuri
    "mai": ("सोम दिन", "मंगल दिन", "बुध दिन", "बृहस्पति दिन", "शुक्र दिन", "शनि दिन", "रवि दिन"),  # Maithili ("day" after the name)
    "myv": ("атяньчистэ", "вастаньчистэ", "куяньчистэ", "калоньчистэ", "сюконьчистэ", "шлямоньчистэ", "таргочистэ"),  # Erzya, "on Monday"
    "ug": ("دۈشەنبە", "سەيشەنبە", "چارشەنبە", "پەيشەنبە", "جۈمە", "شەنبە", "يەكشەنبە"),  # Uyghur
    "tt": ("дүшәмбе", "сишәмбе", "чәршәмбе", "пәнҗешәмбе", "җомга", "шимбә", "якшәмбе"),  # Tatar
    "csb": ("pòniedzôłk", "wtórk", "strzodã", "czwiôrtk", "piątk", "sobòtã", "niedzelã"),  # Kashubian, as after "w": "w piątk"
    "syr": ("ܬܪܫܒܐ", "ܬܠܬܫܒܐ", "ܐܪܒܥܫܒܐ", "ܚܡܫܫܒܐ", "ܥܪܘܒܬܐ", "ܫܒܬܐ", "ܚܫܒܐ"),  # Assyrian Neo-Aramaic, as spoken
    "stq": ("Moundai", "Täisdai", "Midwiek", "Tuunsdai", "Fräindai", "Snäiwende", "Sundai"),  # Saterland Frisian
    "egl": ("lunedé", "martedé", "mercoledé", "żuvedé", "vènnerdé", "sàbat", "dmanndga"),  # Bolognese
    "mwr": ("", "मंगळवार", "", "बिस्पतवार", "सुकरवार", "सनीवार", "आदितवार"),  # Marwari (where Hindi's differ)
    "ckb": ("دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "یەکشەممە"),  # Sorani Kurdish, Hawrami
    "lrc": ("دوشمه", "سه‌شمه", "چارشمه", "پنجشمه", "", "شمه", "یکشمه"),  # Luri
    "vro": ("iispäiv", "tõõsõpäiv", "kolmapäiv", "neläpäiv", "riidi", "puulpäiv", "pühäpäiv"),  # Võro
    "vro-gen": ("iispäivä", "tõõsõpäivä", "kolmapäivä", "neläpäivä", "", "puulpäivä", "pühäpäivä"),  # ("neläpäivä õdagu", Thursday evening)
    "rgn": ("lunedè", "martedè", "mèrcul", "zobia", "vènar", "sàbat", "dmènga"),  # Romagnol
    "rup": ("", "", "njercuri", "gioi", "", "", ""),  # Aromanian (where Romanian's differ)
    "lus": ("Thawhtanni", "Thawhlehni", "Nilaini", "Ningani", "Zirtawpni", "Inrinni", "Pathianni"),  # Mizo
    # Khasi, "the day of" before each ("ka sngi Saw", Thursday)
    "kha": ("ka sngi Kyllaw", "ka sngi Sngi", "ka sngi Lyngkaw", "ka sngi Saw", "ka sngi Thohdieng", "ka sngi Saitjain", "ka sngi Ïew"),
    "shn": ("ဝၼ်းၸၼ်", "ဝၼ်းဢင်းၵၢၼ်း", "ဝၼ်းၽုတ်ႉ", "ဝၼ်းၽၢတ်း", "ဝၼ်းသုၵ်း", "ဝၼ်းသဝ်", "ဝၼ်းဢႃးတိတ်ႉ"),  # Shan
    # Kabyle, "the day of" before each, as it opens a phrase and after "and" ("Ass n lḥedd 8 d wass n letnayen 9 Wambeṛ")
    "kab": ("ass n letnayen", "ass n tlata", "ass n larebɛa", "ass n lexmis", "ass n ljemɛa", "ass n ssebt", "ass n lḥedd"),
    "kab-and": ("wass n letnayen", "wass n tlata", "wass n larebɛa", "wass n lexmis", "wass n ljemɛa", "wass n ssebt", "wass n lḥedd"),
    "zgh": ("ⴰⵢⵏⴰⵙ", "ⴰⵙⵉⵏⴰⵙ", "ⴰⴽⵕⴰⵙ", "ⴰⴽⵡⴰⵙ", "ⴰⵙⵉⵎⵡⴰⵙ", "ⴰⵙⵉⴹⵢⴰⵙ", "ⴰⵙⴰⵎⴰⵙ"),  # Tamazight in Tifinagh
    "niu": ("Aho Gofua", "Aho Ua", "Aho Lotu", "Aho Tuloto", "Aho Falaile", "Aho Faiumu", "Aho Tapu"),  # Niuean
    "rar": ("Monite", "Ruirua", "Ruitoru", "Paraparau", "Varaire", "Maanakai", "Sabati"),  # Cook Islands Māori
    "wls": ("ʻAho Gafua", "ʻAho Màlele", "ʻAho Lulu", "ʻAho Tuʻapulelulu", "ʻAho Falaile", "ʻAho Tokonaki", "ʻAho Sapate"),  # Wallisian
    "scn": ("", "marti", "mèrcuri", "jovi", "vènniri", "sàbbatu", "dumìnica"),  # Sicilian ("luni", Monday, is also Romanian's "months")
    "sc": ("lunis", "martis", "mèrcuris", "giòbia", "chenàbura", "sàbadu", "domìnigu"),  # Sardinian (Logudorese)
    "sco": ("Monanday", "Tysday", "Wadensday", "Fursday", "", "Setterday", ""),  # Scots
    "sco-ulster": ("Mononday", "Tyseday", "Wadnesday", "Fuirsday", "", "Seturday", ""),  # (and Ulster's)
    "tkl": ("Aho Gafua", "Aho Lua", "Aho Lulu", "Aho Tofi", "Aho Falaile", "Aho Toʻonaʻi", "Aho Tapu"),  # Tokelauan
    "pih": ("Mundie", "Chuuzdie", "Wenzdie", "Thoezdie", "Fraidie", "Saeterdie", "Sundie"),  # Norfuk
    "ki": ("Njumatatũ", "Njumaine", "Njumatano", "Aramithi", "Njumaa", "Njumamosi", ""),  # Kikuyu ("Kiumia", Sunday, is also "week")
    "ebu": ("", "Wakerĩ", "Wagatatũ", "", "Wagatano", "", ""),  # Kiembu's days counted (the second, third, fifth), as a page wrote them
    "mhi": ("", "", "", "Alamisi", "", "", ""),  # Ma'di's Thursday, Swahili's borrowed ("O'du Alamisi", on Thursday)
    "wal": ("", "", "", "Hamuusa", "", "", ""),  # Wolaytta's Thursday, Amharic's borrowed ("Hamuusa, Hidaare 10 gallassaa")
    "nyf": ("Dzumatatu", "Dzumanne", "Dzumatano", "", "Idzumaa", "Dzumamosi", "Dzumapili"),  # Giriama, Swahili's days with "dz"
    "tr-cyrl": ("базартеси", "", "чаршамба", "першембе", "", "джумартеси", ""),  # Turkish's week in Cyrillic letters (Urum; the short names left out)
    "guz": ("Chumatato", "Chumanne", "Chumatano", "Aramisi", "Ijumaa", "Chumamosi", "Chumapiri"),  # Ekegusii, capitalised
    "luo": ("Wuok Tich", "Tich Ariyo", "Tich Adek", "Tich Ang'wen", "Tich Abich", "Ngeso", "Jumapil"),  # Dholuo
    "nyn": ("Orwokubanza", "Orwakabiri", "Orwakashatu", "Orwakana", "Orwakataano", "Orwamukaaga", "Sande"),  # Runyankole
    "nv": ("Damóo Biiskání", "Naakijįʼ Ndaʼałnishí", "Tágíjįʼ Ndaʼałnishí", "Dįʼjįʼ Ndaʼałnishí", "Ndaʼiiníísh", "Yiską́ Damóo", "Damóo"),  # Navajo
    "nv-var": ("", "", "", "Dįʼjįʼ Ndaalnish", "", "", ""),
    # Ojibwe, and its past conjunct ("Gii-niizho-giizhigak", when it was Tuesday)
    "oj": ("Nitam-anokii-giizhigad", "Niizho-giizhigad", "Aabitoose", "Niiyo-giizhigad", "Naano-giizhigad", "Giiziibiigisaginige-giizhigad", "Anama'e-giizhigad"),
    "oj-past": ("Gii-nitam-anokii-giizhigak", "Gii-niizho-giizhigak", "Gii-aabitoosek", "Gii-niiyo-giizhigak", "Gii-naano-giizhigak", "", "Gii-anama'e-giizhigak"),
    "ach": ("Ceng Baraja", "Ceng Aryo", "Ceng Adek", "Ceng Angwen", "Ceng Abic", "Ceng Abicel", "Ceng Cabit"),  # Acholi
    "xog": ("Olwokubanza", "Olwokubiri", "Olwokusatu", "Olwokuna", "Olwokutaano", "Olwomukaaga", "Sabbiiti"),  # Lusoga
    # (Luganda's with "olwa-" before it, and as Luhya spells its "k", "kh": Samia "Olwakhubiri", Tuesday)
    "lg-o": ("", "Olwakubiri", "Olwakusatu", "Olwakuna", "Olwakutaano", "Olwamukaaga", ""),
    "luy-kh": ("", "Olwakhubiri", "Olwakhusatu", "Olwakhuna", "Olwakhutaano", "Olwamukhaaga", ""),
    "xog-bare": ("Lwokubanza", "Lwokubiri", "Lwokusatu", "Lwokuna", "Lwokutaano", "Lwomukaaga", ""),  # (after "ku", on)
    "mos": ("Tẽnen-taoore", "Talaatẽ", "Arba", "Lamusa", "Arzũma", "Sibri", "Kiisgu"),  # Mooré
    "lua": ("Dilolo", "Dibidi", "Disatu", "Dinayi", "Ditanu", "Disambombo", "Dimungu"),  # Tshiluba
    "ny": ("Lolemba", "Lachiwiri", "Lachitatu", "Lachinayi", "Lachisanu", "Loweruka", "Lamlungu"),  # Chichewa
    "ny-c": ("", "Lacibili", "Lacitatu", "Lacinayi", "Lacisanu", "Loweluka", "Lamulungu"),  # its days as Zambia's Nsenga and Nyanja spell them
    # Swiss German and the Walser dialects ("am Donnschtag z'Obe", on Thursday evening)
    "gsw": ("Mäntig", "Ziischtig", "Mittwuch", "Donnschtig", "Friitig", "Samschtig", "Sunntig"),
    "wae": ("Mäntag", "Zischtag", "", "Donnschtag", "Fritag", "Samschtag", "Suntag"),
    "grk": ("Deftèra", "Trìti", "Tetràdi", "Pèmpti", "Paraskeguì", "", "Ciuriakì"),  # Griko, Greek's days in Latin letters
    "tum": ("Mande", "Chiŵiri", "Chitatu", "Chinayi", "Chinkhondi", "Chiŵelu", "Sabata"),  # Tumbuka
    "ng": ("Omaandaha", "Etiyali", "Etitatu", "Etine", "Etitano", "Olyomakaya", "Osoondaha"),  # Oshindonga
    "nso": ("Mošupologo", "Labobedi", "Laboraro", "Labone", "Labohlano", "Mokibelo", "Sontaga"),  # Sepedi
    "dag": ("Atani", "Atalaata", "Alaarba", "Alaamihi", "Alizumma", "Asibi", "Alahari"),  # Dagbani
    # The week the Sahel and the West African coast borrowed from Arabic, as its languages spell it: Zarma, Bambara and Dyula,
    # and the forms shared by many more (Dagaare "Altini", Nupe "Lamisi", Temne "Sibiti"); names of four letters or fewer left out
    # ("Juma", "Kari" are names of people too).
    "dje": ("Atinni", "Atalaata", "Alarba", "Alhamisi", "Alzuma", "Asibti", "Alhadu"),
    "bm": ("Ntɛnɛ", "Tarata", "Araba", "Alamisa", "", "Sibiri", ""),
    # (as Jula and Bambara write them inside a sentence, in lower case: "tarata tɛmɛnnen", last Tuesday; not "araba", also
    # Turkish for a car)
    "bm-low": ("", "tarata", "", "alamisa", "", "sibiri", ""),
    # Tetum, its Portuguese days spelt as it sounds them ("Kinta-feira", Thursday)
    "tet": ("Segunda-feira", "Tersa-feira", "Kuarta-feira", "Kinta-feira", "Sesta-feira", "Sábadu", "Domingu"),
    # Guinea-Bissau's Kriol ("Tersa-fera", Tuesday)
    "pov": ("Sigunda-fera", "Tersa-fera", "Kuarta-fera", "Kinta-fera", "Sesta-fera", "Sabadu", "Dumingu"),
    "pov-low": ("sigunda-fera", "tersa-fera", "kuarta-fera", "kinta-fera", "sesta-fera", "", ""),  # (inside a sentence: "Ka tersa-fera")
    # Sierra Leone's Krio ("Fraydey", Friday), and as some papers spell it nearer the sound
    "kri": ("Mɔnde", "Tyusde", "Wɛnsde", "Tɔsde", "Fraydey", "Satide", "Sɔnde"),
    "kri-var": ("", "Tyuzde", "Wɛnzde", "Tɔzde", "Fraide", "Satde", ""),
    "ar-west": ("Altini", "Atalata", "Alaraba", "Alamiisi", "Aljuma", "Sibiti", "Alahadi"),
    "ar-west-alt": ("Tenen", "", "", "Lamisi", "Arajuma", "Asibiti", ""),
    "moh": ("", "", "Ahsénhatie", "Kaié:rihatie", "", "Entákta", "Awententa'ón:we"),  # Mohawk (the days the pages gave)
    "tzo": ("lunes", "martes", "mierkules", "jueves", "vyernes", "sabado", "domingo"),  # Tzotzil (its Spanish loans)
    "kln": ("Kotaai", "Koaeng'", "Kosomok", "Koang'wan", "Komuut", "Kolo", "Kotisap"),  # Kipsigis (Kalenjin)
    "tar": ("Lunisi", "Martisi", "Miérkulisi", "Juébisi", "Biérnisi", "Sábadu", "Dumingu"),  # Purépecha (its Spanish loans)
    "pis": ("Mande", "Tiusde", "Wenesde", "Tosde", "Fraede", "Sarere", "Sande"),  # Solomon Islands Pijin
    # Tok Pisin (its Monday, Saturday and Sunday are Pijin's; not its Tuesday, "Tunde", also a Yoruba name)
    "tpi": ("", "", "Trinde", "Fonde", "Fraide", "", ""),
    # Cherokee: the numbered days with "day" after them ("ᏦᎢᏁ ᎢᎦ", the third day; "ᏦᎢᏁ" alone is also "third")
    "chr": ("ᏉᏅᎯ", "ᏔᎵᏁ ᎢᎦ", "ᏦᎢᏁ ᎢᎦ", "ᏅᎩᏁ ᎢᎦ", "ᏧᎾᎩᎶᏍᏗ", "ᎤᎾᏙᏓᏈᏕᎾ", "ᎤᎾᏙᏓᏆᏍᎬ"),
    "pih-var": ("", "Tuesdie", "Wensdie", "Thursdie", "Fraidie", "Satadie", ""),  # (Norfuk spelt nearer English)
    "crg": ("li lindi", "li mardi", "li mikardi", "li zhwaydi", "li vandrdi", "li sammdi", "li dimaansh"),  # Michif
    "pdc": ("Mundaag", "Dinschdaag", "", "Dunnerschdaag", "Freidaag", "Samschdaag", "Sunndaag"),  # Pennsylvania Dutch
    "nds": ("Maandag", "Dingsdag", "Middeweken", "Dunnersdag", "Freedag", "Sünnavend", "Sünndag"),  # Low German, capitalised
    "nds-wph": ("", "", "Middewiäken", "Donnerdag", "Friedag", "Saoterdag", "Sunndag"),  # (as Westphalian writes them)
    "swg": ("Mäntig", "Dienschdig", "", "Donnschdig", "Freitig", "Samschdig", "Sonndig"),  # Swabian, capitalised
    "sdc": ("", "malti", "màlcuri", "giobi", "vènnari", "", ""),  # Sassarese and Gallurese (where Sicilian's and Sardinian's differ)
    "sdn": ("", "", "", "ghjobi", "", "", ""),
    "oc-aran": ("", "", "", "dijaus", "diuendres", "", ""),  # Aranese
    "bfq": ("", "", "", "வியாழ கெழமெ", "", "", ""),  # Badaga in Tamil letters (the day its page gave)
    "mhn": ("Mántig", "Ertig", "Mittboch", "Pfinstig", "Vraita", "Sònstag", "Sunta"),  # Mócheno, capitalised as German nouns
    "hrx": ("Mondach", "Dienstach", "", "Donnerstach", "Freitach", "Samstach", "Sonntach"),  # Hunsrik (Wednesday as German writes it)
    "pdt": ("Maondag", "Dinjsdag", "Meddewäakj", "Donnadag", "Friedag", "Sinnowend", "Sindag"),  # Plautdietsch
    "hne": ("", "", "", "बिरस्पत", "", "", ""),  # Chhattisgarhi (where Hindi's differ)
    "gallo": ("", "", "", "", "vendrdi", "sameddi", ""),  # Gallo (where French's differ)
    "nrf": ("", "", "mèrcrédi", "", "vendrédi", "sanm'di", "dînmanche"),  # Jèrriais (where French's differ)
    "lor": ("", "mâdi", "", "", "", "", ""),  # Lorrain (the day its page gave, where French's differs)
    "fc": ("", "", "", "djûedi", "", "sèmedi", "dûemoinne"),  # Franc-Comtois (where French's differ)
    "poit": ("", "", "mécrdi", "jheudi", "", "", ""),  # Poitevin-Saintongeais (where French's and Gallo's differ)
    "poit-var": ("", "", "mécredi", "", "", "", ""),
    "pcd": ("lindi", "mardi", "mérquerdi", "jeudi", "vindredi", "sinmedi", "dimanche"),  # Picard
    "vec": ("", "marti", "mèrcore", "zioba", "vènare", "", "doménega"),  # Venetian ("luni", Monday, is Romanian's too)
    "wa": ("londi", "mårdi", "mierkidi", "djûdi", "vinrdi", "semdi", "dimègne"),  # Walloon (Liège)
    "sg": ("Bïkua-ôko", "Bïkua-ûse", "Bïkua-otâ", "Bïkua-usïö", "Bïkua-okü", "Lâpôsö", "Lâyenga"),  # Sango
    "jv": ("Senen", "Selasa", "Rebo", "Kemis", "Jemuwah", "Setu", "Minggu"),  # Javanese, capitalised
    "ba": ("дүшәмбе", "шишәмбе", "шаршамбы", "кесаҙна", "йома", "шәмбе", "йәкшәмбе"),
    "cy": ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),  # Welsh
    "cy-mut": ("ddydd Llun", "ddydd Mawrth", "ddydd Mercher", "ddydd Iau", "ddydd Gwener", "ddydd Sadwrn", "ddydd Sul"),  # (mutated: "on Saturday")
    "mg": ("Alatsinainy", "Talata", "Alarobia", "Alakamisy", "Zoma", "Sabotsy", "Alahady"),  # capitalised
    "tg": ("", "сешанбе", "чоршанбе", "панҷшанбе", "ҷумъа", "шанбе", "якшанбе"),  # ("душанбе", Monday, is also the capital)
    # (and in Latin letters, as the Pamir languages borrow them: "Panǰšanbe", "panjshanbe")
    "tg-latn": ("", "sešanbe", "čoršanbe", "panǰšanbe", "ǰuma", "šanbe", "yakšanbe"),
    "tg-ascii": ("", "seshanbe", "chorshanbe", "panjshanbe", "", "shanbe", "yakshanbe"),
    # Plains Cree in syllabics: "one day" to "four days", "five days", then Saturday and Sunday
    "cr": ("ᐯᔭᑯᑮᓯᑳᐤ", "ᓃᓱᑮᓯᑳᐤ", "ᓂᐢᑐᑮᓯᑳᐤ", "ᓀᐓᑮᓯᑳᐤ", "ᓂᔮᓇᓄᑮᓯᑳᐤ", "ᒫᑎᓇᐍᑮᓯᑳᐤ", "ᐊᔭᒥᐦᐁᐏᑮᓯᑳᐤ"),
    "fo": ("mánadagin", "týsdagin", "mikudagin", "hósdagin", "fríggjadagin", "leygardagin", "sunnudagin"),  # "on Monday"
    # Ukrainian and Russian in the nominative, as stamps write them ("Середа, 18 листопада 2026, 09:12")
    "uk-nom": ("", "", "середа", "", "п'ятниця", "субота", "неділя"),
    "ru-nom": ("", "", "среда", "", "пятница", "суббота", ""),
}
# Hebrew's weekdays, Monday first as the table above: "יום שני" (the second day, Monday); "ביום" (on the day), "ו" (and).
_HE_DAYS = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
_HE_WEEKDAY = _KEPT.compile(r"(?<!\w)[בו]?יום\s+(" + "|".join(_HE_DAYS) + r")(?:\s+ו(" + "|".join(_HE_DAYS) + r"))?(?!\w)")
# Weekdays read in stamps only: Vietnamese writes "Thứ Năm, 24/09/2026 20:15", but "thứ hai" in prose is also "second".
_STAMP_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_FOREIGN_WEEKDAYS = {name: i for names in _FOREIGN_WEEKDAY_NAMES.values() for i, name in enumerate(names) if name}
# A sentence may open on one written lower case ("Penktadienį Kaune viešėjęs …"): its capitalised form too, for
# names of seven letters or more (the shorter may be names or words: "Martes", "Petak").
_FOREIGN_WEEKDAYS |= {n[:1].upper() + n[1:]: i for n, i in list(_FOREIGN_WEEKDAYS.items())
                      if n[:1].islower() and len(n) >= 7 and n[:1].upper() + n[1:] not in _FOREIGN_WEEKDAYS}
# (Dutch joins the time of day to the day, as German does: "donderdagmiddag", "zaterdagochtend"; Afrikaans too, "Dinsdagaand")
# (and the Nordic languages, with the definite ending: "på tisdagskvällen", "tirsdag aften" aside, "mandagsmorgenen")
# Russian weekdays' stems (not Wednesday's, "сред-", the stem of "middle" too), a case ending of up to three letters after.
_CYRILLIC_WEEKDAY_STEMS = {"понедельник": 0, "вторник": 1, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
_CYRILLIC_WEEKDAY = _KEPT.compile(r"(?<![\w-])(" + "|".join(_CYRILLIC_WEEKDAY_STEMS) + r")[^\W\d_]{0,3}(?![\w-])", re.IGNORECASE)
_FOREIGN_WEEKDAY = _KEPT.compile(r"(?<![\w-])(" + _trie(_FOREIGN_WEEKDAYS) + r")(?:(?<=dai)(?:äwend|moarn)|(?<=ach|deg)(?:owend|moies|mëttes)|(?<=dig)(?:obend|morge|mittag)|(?<=day)\s+nicht|(?<=dag)(?:ochtend|morgen|middag|avond|avend|aovend|nacht|aand|oggend"
                              r"|s(?:kvällen|morgonen|eftermiddagen|förmiddagen|natten|aftenen|morgenen|ettermiddagen|formiddagen|kvelden))"
                              # (or a case ending hyphened to it: "Jumanne-i", on Tuesday, Sandawe's locative on Swahili's day)
                              r"|-[a-z]{1,2}(?![\w'’-]))?(?![\w-])")
# The shorter ones capitalised only where they open a sentence ("Kedden a Debreceni Egyetemen …", "Martes por la tarde …").
_OPENING_WEEKDAYS = {n[:1].upper() + n[1:]: i for n, i in _FOREIGN_WEEKDAYS.items()
                     if n[:1].islower() and n[:1].upper() + n[1:] not in _FOREIGN_WEEKDAYS}
# (A word in capitals opening the paragraph, as a dateline: "JUMANNE Mongo wa Mono-ko …", on Tuesday.)
_CAPS_OPENING = _KEPT.compile(r"^([^\W\d_a-z]{4,})(?=[\s,])")
# (A sentence opens after a dateline's spaced dash too: "Mitú, Vaupés — Jueves, …".)
_OPENING_WEEKDAY = _KEPT.compile(r"(?:^|(?<=[.!?—–]\s))(" + _trie(_OPENING_WEEKDAYS) + r")(?![\w-])")
# A short word that joins two days, not as "or" (or "of") in the languages that say it so: "13 nɛ 14", not "5 o 7".
_NOT_OR = r"(?!(?:or|of|o|ou|u|ó|vs|od|oder|eller|tai|vagy|sau|ili|или)\b)"
# Two weekdays joined by "and" in the languages of the weekday table.
# (The first may open the sentence in capitals: "Djûdi èt vinrdi passés", Walloon, last Thursday and Friday.)
_AND_SPAN_DAYS = _trie({*_FOREIGN_WEEKDAYS, *(d.capitalize() for d in _GERMAN_WEEKDAYS)})
_FOREIGN_AND_SPAN = _KEPT.compile(r"(?<![\w-])(" + _trie({*_FOREIGN_WEEKDAYS, *_OPENING_WEEKDAYS, *(d.capitalize() for d in _GERMAN_WEEKDAYS)})
                               + r")\s+(?:i|y|e|et|èt|ne|ngan|fi|und|en|og|och|ja|ir|és|și|a|и|і|та|dan|na|at|kaj|και|in|da|ve|va|ва|تہٕ|تہ|nanga|و|अउ|अर|અને|આની|onn|unn|leh"
                               # (or a short word of a language the table lacks, not its "or": Zarma "Atalaata nda Alarba")
                               r"|" + _NOT_OR + r"[^\W\d_]{1,4})\s+(?:(?:el|le|il|lo|o|pa|a|ya|lya|u|w|we|v|ve)\s+)?"
                               r"(" + _AND_SPAN_DAYS + r")(?![\w-])")  # (an article or "on" before the second: "el martes i el miérkoles", "u petak i u subotu"; Ngoni's "of" before it, "Jumatano na lya Alhamisi"; Kashmiri "بۄموار تہٕ بۄدوار"; Sranan "a tudewroko nanga a dridewroko")
# Two weekdays, each with its day in brackets, joined by one word of any language: "terça-feira (20) koêku quarta-feira (21)".
_BRACKETED_DAYS_SPAN = _KEPT.compile(r"(?<![\w-])(" + _AND_SPAN_DAYS + r")\s*\((\d{1,2})\)\s+" + _NOT_OR + r"[^\W\d_]{1,8}\s+"
                                  r"(?:(?:a|o|na|no)\s+)?(" + _AND_SPAN_DAYS + r")\s*\((\d{1,2})\)")
# Two weekdays as a span in the languages of India, "from" and "until" after each: Telugu, Hindi, Bengali, Tamil, Marathi.
_INDIC_DAYS = _trie({n: i for lang in ("hi", "ne", "or", "mr", "bn", "ta", "ta-alt", "te", "kn", "gu", "pa", "ml") for i, n in enumerate(_FOREIGN_WEEKDAY_NAMES[lang]) if n})
# (Kannada glues "from" and "until" to the days: "ಸೋಮವಾರದಿಂದ ಬುಧವಾರದವರೆಗೆ".)
_INDIC_SPAN = _KEPT.compile(r"(" + _INDIC_DAYS + r")(?:\s+(?:నుంచి|నుండి|से|থেকে|முதல்|पासून|ਤੋਂ|થી|ರಿಂದ)|ದಿಂದ)\s+(" + _INDIC_DAYS + r")\s*(?:వరకు|तक|পর্যন্ত|வரை|पर्यंत|ਤੱਕ|સુધી|ವರೆಗೆ|ದವರೆಗೆ)")
# Two weekdays as a span in German, Dutch, French, Spanish, Italian and the Nordic languages.
_SPAN_DAYS = "|".join(sorted(sorted({*_GERMAN_WEEKDAYS, *(n for lang in ("nl", "fr", "es", "it", "nb", "sv", "yo") for n in _FOREIGN_WEEKDAY_NAMES[lang])}), key=len, reverse=True))
_FOREIGN_SPAN = _KEPT.compile(
    # (and Yoruba's "from … until": "láti Ọjọ́ Ìṣẹ́gun títí di Ọjọ́rú")
    r"\b(?:von|van|du|de|da|dal|från|fra|láti)\s+(?:(?:dem|le|el|il|lo)\s+)?(" + _SPAN_DAYS + r")\s+"
    r"(?:bis(?:\s+(?:zum|einschließlich))?|tot(?:\s+en\s+met)?|t/m|au|a|al|à|till|til|títí\s+di)\s+(?:(?:le|el|il)\s+)?(" + _SPAN_DAYS + r")(?!\w)",
    re.IGNORECASE,
)
# "From Monday until Wednesday" in Swahili and the languages that borrow its week: "kuanzia Jumatatu hadi Jumatano", Kuria
# "kuuma Jumatatu mpaka Jumatano"; and in Chichewa and Nsenga, "kuyambila Lacibili mpaka Lacinayi".
_EAST_AFRICAN_DAYS = {n: i for lang in ("sw", "nyf", "guz", "ny", "ny-c") for i, n in enumerate(_FOREIGN_WEEKDAY_NAMES[lang]) if n}
_UNTIL_SPAN = _KEPT.compile(r"(?<![\w-])(" + _trie(_EAST_AFRICAN_DAYS) + r")\s+(?:hadi|mpaka)\s+(?:siku\s+ya\s+)?(" + _trie(_EAST_AFRICAN_DAYS) + r")(?![\w-])")
# Swedish, Danish and Norwegian put a past weekday as "i onsdags" ("last Wednesday"): the day before the article's date.
# (Spoken, and Jamtlandic written, drop the "g": "i tisdas kvæll", last Tuesday evening.)
_NORDIC = {name: i for lang in ("nb", "sv") for i, name in enumerate(_FOREIGN_WEEKDAY_NAMES[lang])}
_NORDIC |= {name[:-1]: i for name, i in _NORDIC.items()}
# (Two of them joined, one happening: "i torsdags u i fredags", Gutnish, last Thursday and Friday.)
_NORDIC_PAST = _KEPT.compile(r"(?<![\w-])[Ii]\s+(" + _trie(_NORDIC) + r")s(?:\s+(?:u|" + _NOT_OR + r"[^\W\d_]{1,4})\s+i\s+(" + _trie(_NORDIC) + r")s)?(?![\w-])")
_JA_WEEKDAY = _KEPT.compile(rf"(来週の?)?([{_JA_WEEKDAYS}])曜日?")
_RELATIVE = _KEPT.compile(r"\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|(?:last|this|earlier this|later this) (?:month|year))\b", re.IGNORECASE)
_JA_RELATIVE = _KEPT.compile(r"(昨日|今日|本日|先月|今月|昨年|去年|今年)")
# "Yesterday" in the other languages of the month table, Vietnamese and Arabic, and Malay's "semalam" (last night). Not French
# "hier" (Dutch "here") nor Hindi "कल" (yesterday and tomorrow both).
_FOREIGN_YESTERDAY = _KEPT.compile(
    # (German's and Dutch's as their dialects say it: "geschter", Alsatian; "gester", Kölsch; "gistern", Gronings; and with
    # the evening joined, "gisteroavend", Twents)
    r"(?<![\w-])(?:ayer|ieri|ontem|g[eiëä]s(?:ch)?ter(?:n|en|oavend|ovend|owe|obend|aovend)?|wczoraj|igår|i går|eilen|eile|včera|jučer|juče|tegnap|dün|вчора|вчера|χθες|"
    r"kemarin|semalam|hôm qua|أمس|אתמול|ahir|јуче|vakar|dje|dünən|včeraj|учора|երեկ|دیروز|atzo|onte|kahapon|(?-i:jana)|"
    r"í gær|(?-i:ager)|நின்னெ|გუშინ|shalay|omaly|í gjár|дирӯз|ມື້ວານນີ້|دوێنێ|ddoe|кеше|дүүн|"  # (Welsh "ddoe", Kazakh "кеше", Tuvan and Soyot "дүүн")
    # Romansh, Shona, Ilocano, Sundanese, Javanese, Yoruba, Igbo, Scottish Gaelic, Asturian, Friulian, Occitan, Upper Sorbian,
    # Chuvash, Sakha and Bashkir, Lugbara "aje", K'iche' "iwir", Kichwa "kayna", Chichewa "dzulo", Sepedi's and Setswana's "maabane", Ligurian "aiêi", Evenki "тиниӈ", Moksha and Erzya "исяк" (not Lingala's "lobi" or Luganda's "jjo": yesterday and tomorrow alike)
    r"aje|iwir|dzulo|maabane|kayna|ajere|aiêi|тиниӈ|исяк|mynhynnin|ⵉⴹⴳⴰⵎ|eris|aieri|keşe|селхан|тыгъуасэ|дируз|ier|nezuro|kalman|kamari|wingi|àná|ụnyaahụ|an-dè|ayeri|îr|ièr|wčera|ӗнер|бэҕэһээ|кисә|kuehe|琴日|толон|үсэгэлдэр|селхана|кичә|wiya|ᱦᱚᱞᱟ|тюнегюн|"  # (and Udmurt, Buryat, Chechen, Tatar; Neapolitan "ajere", Mapudungun "wiya")
    # Tamil, Malayalam, Bengali, Telugu, Kannada, Gujarati, Sinhala, Nepali, Newar and Burmese (not Hindi's and Punjabi's "कल", "ਕੱਲ੍ਹ", or
    # Assamese "কালি": yesterday and tomorrow alike)
    r"நேற்று|ഇന്നലെ|গতকাল|నిన్న|ನಿನ್ನೆ|ગઈકાલે|ඊයේ|हिजो|म्हिगः|မနေ့က|မနေ့|"
    # Ainu, in katakana ("numan")
    r"ヌマン|"
    # Dzongkha and Tibetan, whole between spaces (a tsheg joins syllables into words: "ཁ་ཙ་ NAME", yesterday)
    r"(?<!་)(?:ཁ་ཙ|ཁ་སང)(?=་?\s))(?![\w" + MARKS + "-])",  # (a letter's sign goes on the word: "आज़ाद" is a name, not "today")
    re.IGNORECASE,
)  # (Swahili "jana" in lower case only: "Jana" is a name in Czech and Slovak)


# "Today" in the other languages of the month table and a few more (not Hungarian "ma", Italian "but"; not Swahili "leo", a name).
_TODAY_HINT = _KEPT.compile(r"hoy|hoje|oggi|aujourd|heute|vandaag|idag|i dag|dnes|danas|bugün|hari ini|avui|gaur|heddiw|sot|ngayon|maanta|androany|tadi")
_FOREIGN_TODAY = _KEPT.compile(
    r"(?<![\w-])(?:hoy|hoje|oggi|aujourd'hui|aujourd’hui|heute|vandaag|dzisiaj|dziś|idag|i dag|tänään|täna|dnes|danas|данас|"
    r"сегодня|сьогодні|днес|денес|σήμερα|bugün|hari ini|hôm nay|اليوم|avui|gaur|hodiernu|heddiw|šiandien|šodien|sot|astăzi|"
    r"ngayon|امروز|այսօր|დღეს|maanta|androany|"
    # Malay's "this morning", "this afternoon"; the languages of India and Sri Lanka
    r"pagi tadi|petang tadi|tengah hari tadi|ਅੱਜ|आज|আজি|আজ|இன்று|ഇന്ന്|ഇന്നു|ఈరోజు|నేడు|ಇಂದು|આજે|ଆଜି|අද)(?![\w" + MARKS + "-])",
    re.IGNORECASE,
)


def _croatian(written: str, month: str) -> int | None:
    """October, for "15. listopada 2026": Croatian sets a full stop after the day, Polish (November) none."""
    return 10 if month.lower() == "listopada" and re.match(r"\d{1,2}\.", written) else None


# "The day before yesterday" (it holds "yesterday" in most languages: the longer reading wins at its place).
_BEFORE_YESTERDAY = _KEPT.compile(
    r"(?<![\w-])(?:the day before yesterday|anteayer|antier|avant-hier|vorgestern|l'altro ieri|altroieri|anteontem|eergisteren|"
    r"przedwczoraj|předevčírem|predvčerom|позавчера|позавчора|завчора|прекјуче|прекјучер|tegnapelőtt|toissapäivänä|i förrgår|i forgårs|"
    r"i forgår|dünden önceki gün|أول أمس|أول من أمس|پریروز|前天|一昨日|おととい|그저께|엊그제|kemarin lusa|hôm kia|juzi)(?![\w-])",
    re.IGNORECASE,
)
_BEFORE_YESTERDAY_HINT = _KEPT.compile(r"day before|ayer|antier|hier|gest|gister|ieri|ontem|przed|forg|kemarin|juzi")  # (a test before the search)


def _day(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _year_first(year: int, month: int, day: int, text: str) -> tuple[PartialDate | None, str | None]:
    """A date written year first in figures. Iranian sites write the Solar Hijri year so ("۱۴۰۵/۰۸/۱۳" is
    4 November 2026); a year of the lunar Hijri calendar (1440 and on) has no reading here."""
    if 1300 <= year < 1440:
        date = _from_jalali(year, month, day)
        return date, (f"{text!r} read as a Solar Hijri date, {date.human()}" if date else None)
    return (None, None) if 1440 <= year < 1500 else (_day(year, month, day), None)


def _from_jalali(year: int, month: int, day: int) -> PartialDate | None:
    """The Gregorian day of a Solar Hijri date (the arithmetic of the jalaali calendar libraries)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)
    gregorian = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gregorian += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gregorian += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gregorian += (days - 1) // 365
        days = (days - 1) % 365
    date = _dt.date(gregorian, 1, 1) + _dt.timedelta(days=days)  # (days: from the year's first, counted from 0)
    return PartialDate(date.year, date.month, date.day)


def _from_ethiopian(year: int, month: int, day: int) -> PartialDate | None:
    """The Gregorian day of a date of the Ethiopian calendar (years 1893 to 2092 of its era: the Gregorian years 1900 to
    2099, where every fourth year is a leap year)."""
    if not (1893 <= year <= 2092 and 1 <= month <= 13 and 1 <= day <= (30 if month <= 12 else 6)):
        return None
    new_year = _dt.date(year + 7, 9, 12 if (year + 8) % 4 == 0 else 11)
    date = new_year + _dt.timedelta(days=(month - 1) * 30 + day - 1)
    return PartialDate(date.year, date.month, date.day)


def _bs_fields(m: re.Match) -> tuple[int, int, int, str | None]:
    """A Bikram Sambat date's year, month, day and the weekday printed with it, whichever way round it is written."""
    k = 1 if m["m1"] else 2 if m["m2"] else 3
    weekday = m["wd"] or m["wd2"]
    return int(m[f"y{k}"]), BS_MONTH[m[f"m{k}"]], int(m[f"d{k}"]), _MAITHILI_DAYS.get(weekday, weekday)


def _from_bikram_sambat(year: int, month: int, day: int, weekday: str | None, shift: int = 0) -> PartialDate | None:
    """The Gregorian day of a Bikram Sambat date, from the calendar's table, moved by the page's `shift` (see
    `bikram_sambat_shift`). A weekday printed with it settles a day's doubt."""
    if year not in _BS_LENGTHS or not 1 <= day <= _BS_LENGTHS[year][month - 1]:
        return None
    days = _BS_YEAR_START[year] + sum(_BS_LENGTHS[year][: month - 1]) + day - 1 + shift
    date = _dt.date(2013, 4, 14) + _dt.timedelta(days=days)
    if weekday:
        date += _dt.timedelta(days=_weekday_shift(date, weekday))
    return PartialDate(date.year, date.month, date.day)


def _weekday_shift(date: _dt.date, weekday: str) -> int:
    """The days, two at most either way, from `date` to the nearest day named `weekday` (Nepali); 0 if none is so near."""
    shift = (_FOREIGN_WEEKDAY_NAMES["ne"].index(weekday) - date.weekday() + 3) % 7 - 3
    return shift if abs(shift) <= 2 else 0


# How many days the page's own calendar stands from the table: a table for years not yet published may be a day or
# two out, and a page that prints a weekday with a Bikram Sambat date says which. Set for one page by
# `bikram_sambat_shift`; 0 elsewhere.
BS_SHIFT: ContextVar[int] = ContextVar("BS_SHIFT", default=0)


def bikram_sambat_shift(text: str) -> int:
    """The days between the table's reading and the page's, from the first Bikram Sambat date the page prints with
    its weekday ("शुक्रबार, मंसिर १८, २०८३": Friday)."""
    if not _DEVANAGARI.search(text):
        return 0
    for m in _BS.finditer(text.translate(_DIGITS)):
        year, month, day, weekday = _bs_fields(m)
        if weekday and (date := _from_bikram_sambat(year, month, day, None)):
            return _weekday_shift(_to_date(date), weekday)
    return 0


def _era_year(era: str, number: str) -> int:
    return _ERAS[era] + (1 if number == "元" else int(number))


def _to_date(d: PartialDate) -> _dt.date:
    return _dt.date(d.year, d.month, d.day)


def _nearest(candidates: list[PartialDate | None], reference: PartialDate) -> PartialDate | None:
    """The candidate closest to the reference; on a tie, the earlier one. For a day, a day ahead counts as
    two behind (news tells of what has happened: "29 May" read in late November is the May before, "5
    December" the one to come); a month is placed by plain distance ("between November and February" in June
    is the winter to come)."""
    ref = reference.first_day()
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    ahead = 2 if found[0].day is not None else 1
    return min(found, key=lambda c: (max((ref - c.first_day()).days, ahead * (c.first_day() - ref).days), c.first_day() > ref))


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    date: PartialDate | None
    note: str | None = None
    until: PartialDate | None = None  # the last day of a span


# The weekdays after "from" and "to" in Polish, Czech, Slovak and Croatian, before the day's number: "od czwartku 2 lipca do
# poniedziałku 6 lipca", "od ponedjeljka 12. do srijede 14. listopada".
_GENITIVE_WEEKDAYS = ("poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli",
                      "pondělí", "úterý", "středy", "čtvrtka", "pátku", "neděle",
                      "pondelka", "utorka", "stredy", "štvrtka", "piatku", "nedele",
                      "ponedjeljka", "srijede", "četvrtka", "petka", "subote", "nedjelje")
# A weekday before a day's number says nothing the number does not: in English, and in the Romance languages and
# German, with their article ("del lunes 14 al miércoles 16 de septiembre", "du lundi 14 au mercredi 16").
# (And Greek, with its article: "από την Παρασκευή 10 έως τη Δευτέρα 13 Ιουλίου".)
# (And Breton, its weekday bare after the article: "Eus al Lun 14 betek ar Merc'her 16 a viz Gwengolo".)
_WEEKDAY_BEFORE = (r"(?:(?:(?:el|le|il|o|am|ny|al|ar|την|τη|το)\s+)?(?:" + "|".join(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
                   + r"|(?-i:Lun|Meurzh|Merc['’]her|Yaou|Gwener|Sadorn|Sul)"
                   + "|" + "|".join(n for lang in ("es", "fr", "it", "pt", "nl", "nb", "sv", "el", "mg", "ti", "ar", "ca", "oc", "ast", "fur", "sg", "li",
                                                   "gallo", "nrf", "pcd", "wa", "frp", "lij", "egl", "ia", "kab", "kab-and", "scn", "sc", "rgn", "pih", "pih-var", "sw") for n in _FOREIGN_WEEKDAY_NAMES[lang] if n)
                   + "|luni"  # (Sicilian's and Romanian's Monday, before its day only: "luni" alone is also Romanian's "months")
                   + "|" + "|".join(_GERMAN_WEEKDAYS) + "|" + "|".join(_GENITIVE_WEEKDAYS) + r"),?\s+)?")
# ("from" and "to" in the languages of the month table too: "Do 2 ao 6 de novembro", "з 16 па 19 лістапада",
# "od 2 do 6 listopada", "van 2 tot 6 november"; a comma may close the first day: "od utorka, 13. oktobra, do četvrtka, 15. oktobra")
_FROM = (r"(?:(?:from|del|desde(?:\s+el|\s+o)?|du|vom|(?-i:[Dd]o|[Dd]a|[Dd]al|[Vv]an|[Ff]ra|[Ff]rån|[Oo]d|[Сс]|[Зз]|[Вв]ід|[Оо]д|[Nn]uo|[Dd]ari|[Aa]πό|από|"
         r"[Kk]uanzia|[Ff]ram|ካብ|من|[Ee]us(?:\s+(?:al|ar|an))?))\s+)?")  # (Tigrinya "ካብ ሰሉስ 13 ክሳብ ሓሙስ 15 ጥቅምቲ", from … until; Arabic "من الخميس 5 إلى الأحد 8 نونبر")
_UNTIL = (r",?\s*(?:–|—|-|to|until|till|through|thru|(?<=\s)(?:al|hasta(?:\s+el)?|au|bis(?:\s+zum)?|ao|a|até(?:\s+ao)?|tot(?:\s+en\s+met)?|t/m|til|"
          r"do|до|по|па|tu|iki|hingga|sampai|hadi|έως|ክሳብ|إلى|الى|betek|(?:ka\s+)?hatramin['’]ny)(?=\s))\s*")  # (Malagasy "ka hatramin'ny", until the)
_ORDINAL = r"(?:st|nd|rd|th|ê|-an|ی|-[^\W\d_]{1,3}(?=[\s,]))?"  # (Kurmanji's "8ê Mijdarê"; Esperanto's "la 17-an kaj 18-an de oktobro"; Sorani's "17ی";
# a short ending hyphened on, Sarikoli "11 at 12-i sentyabr")
# "from 16 to 18 June 2026", "9–11 July 2024", "30 June to 2 July"
_SPAN_DMY = _KEPT.compile(
    rf"\b{_FROM}{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\.?(?:\s+({MONTH_PATTERN}))?{_UNTIL}"  # ("25.–27. marraskuuta", "vom 25. bis 27. November")
    rf"{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\.?(?:\s+|-(?=[^\W\d_]))(?:{_OF})?({MONTH_PATTERN})(?:,?\s+(?:de\s+)?{_YEAR})?(?![\d/.-]\d)"
)
# "July 22-25, 2024", "from Monday, July 22, through Thursday, July 25"
_SPAN_MDY = _KEPT.compile(
    rf"\b(?:from\s+)?{_WEEKDAY_BEFORE}({MONTH_PATTERN})\s*(\d{{1,2}}){_ORDINAL},?{_UNTIL}"
    rf"{_WEEKDAY_BEFORE}(?:({MONTH_PATTERN})\s*)?(\d{{1,2}}){_ORDINAL}\b(?:,?\s+{_YEAR})?(?![\d/.-]\d)"
)
# "between 14 and 18 September", "between September 14 and 18, 2026": the same spans, joined by "and"
_SPAN_BETWEEN_DMY = _KEPT.compile(
    rf"\bbetween\s+{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}(?:\s+({MONTH_PATTERN}))?\s+and\s+"
    rf"{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?({MONTH_PATTERN})(?:,?\s+{_YEAR})?(?![\d/.-]\d)"
)
_SPAN_BETWEEN_MDY = _KEPT.compile(
    rf"\bbetween\s+{_WEEKDAY_BEFORE}({MONTH_PATTERN})\s*(\d{{1,2}}){_ORDINAL},?\s+and\s+"
    rf"{_WEEKDAY_BEFORE}(?:({MONTH_PATTERN})\s*)?(\d{{1,2}}){_ORDINAL}\b(?:,?\s+{_YEAR})?(?![\d/.-]\d)"
)
# Two days a few apart joined by "and" before their month, in the languages of the month table: "nos dias 12 e 13 de
# outubro", "les 2 et 3 décembre 2026", "mardi 24 et mercredi 25 novembre", "el miércoles 14 y el jueves 15 de octubre":
# the happening's first and last days (read by `_spans` only when the second comes one to six days after the first).
# (Tajik's and Uzbek's "ва", "va", "Рӯзҳои 8 ва 9 октябр"; Shughni's "ат", "12 ат 13 ноябр"; Wayuunaiki's "otta", Rotuman's "ma", Mixtec's "ta", Turkana's "ka", Zapotec's and Otomi's "ne", Mohawk's "tánon"; Luxembourgish "an", its article before the second day: "den 9. an den 10. November")
_AND = r"(?:and|et|e|y|und|i|og|och|en|ja|ir|és|și|и|і|ve|na|dan|at|a|ва|va|ат|otta|ma|ta|ka|ne|tánon|an|û|agus|kaj|ngan|uan|fi|व|आणि|और|अर|আৰু|এবং|ܘ|shi|(?-i:d))"  # (Marathi's, Hindi's, Garhwali's, Assamese's and Bengali's "and" too)
# Between two days of one month, a word of a language the table lacks is its "and" too ("13 nɛ 14 Ɔktoba", Gonja; "6 nga ku
# 7 Novemba", Otjiherero, from … to): a word or two of four letters at most, and only where the days are a week apart at most
# (below); not "or" or "of" in the languages that say it so.
# (Each letter with the vowel signs set on it, in the scripts of India: Kurukh "अरा", Mundari "ओड़ो", Kodava "ಪಿಂಞ".)
# (Its letters may carry a glottal stop's apostrophe: Hul'q'umi'num' "13 'i' 14 October", 13 and 14 October.)
# (or, a glottal stop's letter in it, of up to six: Nuu-chah-nulth "October 14 ʔuḥʔiš 15", 14 and 15 October)
# (or one word in lower case of five to eight letters: Taurepang "2 moropai 3 dezembro", 2 and 3 December)
_LONG_JOIN = _KEPT.compile(r"[a-zäëïöüāēīōū]{5,8}")
_JOIN = rf"(?:{_AND}|{_NOT_OR}['’ʼ]?(?:[^\W\d_][{MARKS}]*['’ʼ]?){{1,4}}(?:\s+[^\W\d_]{{1,3}})?|{_NOT_OR}{_LONG_JOIN.pattern}(?![\w{MARKS}])|(?=[^\s\d]*ʔ)(?:[^\W\d_][{MARKS}]*){{2,6}}(?!\w))"
# (A word may stand before the second day, its weekday in a language no table holds: "giobi 22 e vènnari 23 d'uttobri".)
# (A short word in lower case may stand for "of" before the month, in a language the table lacks: Woleaian "10 me 11 ye Novemba".)
_SPAN_AND_DMY = _KEPT.compile(
    rf"\b{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\.?\s+{_JOIN}\s+(?:den\s+)?(?:[^\W\d_][\w{MARKS}'’-]{{2,14}}\s+)?{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\.?\s+(?:{_OF}|[a-z]{{1,3}}\s+)?"
    rf"({MONTH_PATTERN})(?:,?\s+(?:de\s+)?{_YEAR})?(?![\d/.-]\d)"
)
# Two days of one month, each after its weekday, joined by one word of any length in a language the table lacks: Bésɨro
# "martes 20 auqui jueves 22 de octubre", Makushi "quarta-feira 16 moropai quinta-feira 17 de setembro". (Read as a span only
# when both weekdays are the days' own.)
_ALL_WEEKDAYS = {**{w: i for i, w in enumerate(_WEEKDAYS)}, **{w.lower(): i for i, w in enumerate(_WEEKDAYS)},
                 **{d.capitalize(): i for d, i in _GERMAN_WEEKDAYS.items()}, **_GERMAN_WEEKDAYS, **_FOREIGN_WEEKDAYS, **_OPENING_WEEKDAYS}
_ANY_DAY = _trie(_ALL_WEEKDAYS)
# (The month may stand after the first day too, the same as the second's: Mru "Sombar, 12 Oktobor le Mongolbar, 13 Oktobor".)
# (Or only a comma between them, the days one after the other: "Jueves 22, viernes 23 octubre ñañë", Siona.)
_SPAN_WEEKDAYS_JOINED = _KEPT.compile(
    rf"(?<![\w-])(?P<w1>{_ANY_DAY}),?\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{MONTH_PATTERN}))?(?:\s+[^\W\d_][\w{MARKS}'’ʼ-]{{0,12}}|(?P<comma>,))\s+(?P<w2>{_ANY_DAY}),?\s+(?P<d2>\d{{1,2}})\.?\s+(?:{_OF})?"
    rf"(?P<m2>{MONTH_PATTERN})(?:,?\s+(?:de\s+)?(?P<y>{_YEAR}))?(?![\d/.-]\d)"
)
# Three days or more of one month listed, the last joined by "and": "3, 4 and 5 November", "3, 4 ne 5 de novembro" (a span when
# the days run on, one after another).
_SPAN_LIST_DMY = _KEPT.compile(
    rf"\b(\d{{1,2}})((?:,\s+\d{{1,2}}){{1,4}}),?\s+{_JOIN}\s+(\d{{1,2}}){_ORDINAL}\.?\s+(?:{_OF})?"
    rf"({MONTH_PATTERN})(?:,?\s+(?:de\s+)?{_YEAR})?(?![\d/.-]\d)"
)
# The same word before each of two days of one month (then a word or two more), in a language the table lacks: Izon
# "ẹrẹịn 4 kpọ ẹrẹịn 5 Novemba" (day 4 and day 5), Ewondo "sɔ́ndɔ məlú mə́lɛ́ 4 ai sɔ́ndɔ məlú mə́nyi 5 ngɔn …" (its weekdays).
_WORD_WITH_MARKS = rf"[^\W\d_][\w{MARKS}'’-]*"
_SPAN_SAME_WORD = _KEPT.compile(
    rf"(?<![\w{MARKS}])(?P<word>{_WORD_WITH_MARKS})(?:\s+{_WORD_WITH_MARKS}){{0,2}}\s+(\d{{1,2}})\s+{_JOIN}\s+(?P=word)(?:\s+{_WORD_WITH_MARKS}){{0,2}}\s+"
    rf"(\d{{1,2}})\s+(?:{_OF})?({MONTH_PATTERN})(?:,?\s+{_YEAR})?(?![\d/.-]\d)"
)
# "Dé hAoine 13 Samhain agus Dé Sathairn 14 Samhain": the same with the month after each day (it must be the same month)
_SPAN_AND_DM_DM = _KEPT.compile(
    rf"\b{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\.?\s+({MONTH_PATTERN})\s+{_AND}\s+(?:Dé\s+\S+\s+)?{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}\.?\s+"
    rf"({MONTH_PATTERN})(?:,?\s+{_YEAR})?(?![\d/.-]\d)"
)
# "held last November 19 and 20", "on June 3 and 4, 2026": the same, the month first (Hmong's, Dolgan's and Navajo's "and": "Lub Kaum
# Hli 16 thiab 17", "Ноябрь 11 уонна 12", "Níłchʼitsʼósí 10 dóó 11")
_SPAN_AND_MDY = _KEPT.compile(
    # (a case ending of a script of India glued to the second day: Kodava "ನವೆಂಬರ್ 7 ಪಿಂಞ 8ಕ್", 7 and 8 November)
    # (or each day's weekday in brackets after it: "November 24 (Tuesday) le 25 (Wednesday)", Moyon)
    rf"\b{_WEEKDAY_BEFORE}({MONTH_PATTERN})\s+(\d{{1,2}}){_ORDINAL}(?:\s\([^\W\d_]{{3,14}}\))?\s+(?:and|thiab|уонна|dóó|{_JOIN})\s+{_WEEKDAY_BEFORE}(\d{{1,2}}){_ORDINAL}"
    rf"(?:[\u0900-\u0dff]{{1,4}})?\b(?:\s\([^\W\d_]{{3,14}}\))?"
    rf"(?:,?\s+{_YEAR})?(?![\d/.-]\d)(?![:.h]\d)(?!\s*(?:%|percent|per cent))"
)
# (Or a short word of a language the table lacks, as between two days before their month: Luhya "Novemba 3 ne 4", Iñupiaq
# "October 12 suli 13"; not a time, "October 12 at 13:00".)
# The month, then two days with "from" and "until" after each, in the languages of India: "ಅಕ್ಟೋಬರ್ 20ರಿಂದ 22ರವರೆಗೆ" (Kannada),
# "ఆగస్టు 17 నుంచి 20 వరకు", "अक्टूबर 20 से 22 तक"; and in Buryat, "Октябриин 27-һоо 29 болотор".
_INDIC_MONTH_SPAN = _KEPT.compile(rf"({MONTH_PATTERN})\s+(\d{{1,2}})\s*(?:ರಿಂದ|ನಿಂದ|నుంచి|నుండి|से|থেকে|முதல்|पासून|ਤੋਂ|થી|-?(?:һоо|ноос|оос|өөс)\s)\s*(\d{{1,2}})\s*"
                               r"(?:ರವರೆಗೆ|ವರೆಗೆ|వరకు|तक|পর্যন্ত|வரை|पर्यंत|ਤੱਕ|સુધી|-?(?:ний\s+|ны\s+)?(?:болотор|хүртэл))")
# Mongolian: the month by its number, then two days ("10 дугаар сарын 21-22-ны өдрүүдэд", on the 21st and 22nd of the tenth month)
# Uyghur: the year with "year", then the day joined to its month by a hyphen ("2026-يىلى 10-نويابىر"); two such days as a span,
# "from" and "until" glued to the months ("7-نويابىردىن 8-نويابىرغىچە").
_UG_MONTHS = "|".join(n for n in _FOREIGN_MONTHS["ug"] if n)
_UG_DATE = _KEPT.compile(rf"(?<!\d){_YEAR}-يىلى\s+(\d{{1,2}})-({_UG_MONTHS})")
_UG_SPAN = _KEPT.compile(rf"(?<!\d)(\d{{1,2}})-({_UG_MONTHS})(?:دىن|تىن)\s+(\d{{1,2}})-({_UG_MONTHS})(?:غىچە|قىچە|گىچە|كىچە)")
# Kabardian: the month in the ergative, "its", then the day ("Жэпуэгъуэм и 23, 2026", the 23rd of October); two days, each
# with its ending, as a span ("Жэпуэгъуэм и 21-м и 22-м"). (The palochka is often typed as a Latin capital I.)
_KBD_MONTHS = ("ЩIышылэ", "Мазае", "Гъатхэпэ", "Мэлыжьыхь", "Накъыгъэ", "Мэкъуауэ", "Бадзэуэгъуэ", "ШыщхьэIу", "ФокIадэ", "Жэпуэгъуэ",
               "ЩэкIуэгъуэ", "Дыгъэгъазэ")
# (and Adyghe's, in lower case as it writes them: "шэкӀогъум и 13-м", of November the 13th)
_ADY_MONTHS = ("щылэ", "мэзае", "гъэтхапэ", "мэлылъфэгъу", "жъоныгъуакӀ", "мэкъуогъу", "бэдзэогъу", "шышъхьэӀу", "ӀонтӀыгъу", "чъэпыогъу",
               "шэкӀогъу", "тыгъэгъаз")
_KBD_MONTH = ({name: i for i, name in enumerate(_KBD_MONTHS, 1)} | {name.replace("I", "Ӏ"): i for i, name in enumerate(_KBD_MONTHS, 1)}
              | {name: i for i, name in enumerate(_ADY_MONTHS, 1)} | {name.replace("Ӏ", "I"): i for i, name in enumerate(_ADY_MONTHS, 1)}
              | {name.replace("Ӏ", "ӏ"): i for i, name in enumerate(_ADY_MONTHS, 1)})
_KBD_NAMES = "|".join(sorted(_KBD_MONTH, key=len, reverse=True))
_KBD_DATE = _KEPT.compile(rf"(?<!\w)({_KBD_NAMES})м\s+и\s+(\d{{1,2}})(?:-м)?(?:,\s*{_YEAR})?(?!\d)")
# (Adyghe sets the year first, "of the year": "2026-рэ илъэсым шэкӀогъум и 13-м")
_ADY_DATE = _KEPT.compile(rf"(?<!\d){_YEAR}-рэ\s+илъэсым\s+({_KBD_NAMES})м\s+и\s+(\d{{1,2}})(?:-м)?(?!\d)")
_KBD_SPAN = _KEPT.compile(rf"(?<!\w)({_KBD_NAMES})м\s+и\s+(\d{{1,2}})-м\s+и\s+(\d{{1,2}})-м(?!\w)")
# Altai: the month, "of the month", then two days each with its ordinal ending, joined by "and" ("октябрь айдыҥ 15-чи ле 16-чы
# кӱндеринде", on the 15th and 16th days of October)
_ALT_SPAN = _KEPT.compile(rf"(?<!\w)({MONTH_PATTERN})\s+айдыҥ\s+(\d{{1,2}})-[^\W\d_]{{1,3}}\s+(?:ле|ла|ло|лӧ)\s+(\d{{1,2}})-[^\W\d_]{{1,3}}(?!\w)")
# Dargwa and its neighbours: the month with its genitive, then two days each with its ending, joined by "and"
# ("Октябрьла 22-личиб ва 23-личиб", on October's 22nd and 23rd)
_CAUCASUS_SPAN = _KEPT.compile(r"(?<!\w)([^\W\d_]{3,10}?)(?:ла|лис|ул)\s+(\d{1,2})-[^\W\d_]{1,8}\s+ва\s+(\d{1,2})-[^\W\d_]{1,8}(?!\w)")
# (or with its first and last days joined by a dash: Tsakhur "Октябрна 22-23 йигъбышиъ", on October's 22nd-23rd days)
_CAUCASUS_DASHED = _KEPT.compile(r"(?<!\w)([^\W\d_]{3,10}?)(?:на|ла|лис|ул)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d.,/])")
_MN_SPAN = _KEPT.compile(r"(?<!\d)(\d{1,2})\s*(?:дугаар|дүгээр)\s+сарын\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?!\d)")
# Burmese: the month, then two days each with its word for "day", joined by "and" ("အောက်တိုဘာ ၂၀ ရက်နှင့် ၂၁ ရက်", the figures read
# as ASCII first)
# Vepsian: the month "of", then a day or two with their full stops and "on the day(s)": "Kül'mkun 3.–5. päivil", "semendkun 29. päiväl"
_VEP_MONTH = "|".join(_FOREIGN_MONTHS["vep-gen"])
_VEP_DAYS = _KEPT.compile(rf"(?<!\w)({_VEP_MONTH})\s+(\d{{1,2}})\.(?:\s*[–-]\s*(\d{{1,2}})\.)?\s+päivi?[äl]l?", re.IGNORECASE)
# Karen: the month, then two days each with "သီ" (day), joined by "ဒီး" (and): "လါအီးကထိဘၢ ၁၇ သီ ဒီး ၁၈ သီ"
_KSW_SPAN_AND = _KEPT.compile(r"(" + "|".join(_FOREIGN_MONTHS["ksw"]) + r")\s*(\d{1,2})\s*သီ\s*ဒီး\s*(\d{1,2})\s*သီ")
_MY_SPAN_AND = _KEPT.compile(r"(" + "|".join(n for lang in ("my", "my-short") for n in _FOREIGN_MONTHS[lang] if n) + r")\s*(\d{1,2})\s*ရက်\s*နှင့်\s*(\d{1,2})\s*ရက်")
# Those of them that give the month by name, then its first and last days, each with the word its text must hold.
# A Cyrillic month, its word for "month" in a language no table holds, then two days joined by a short word, each maybe with its
# ordinal ending: "Октябрь ма̄ннь 21 я 22 пе̄ййвэ" (Kildin Sami, on the 21st and 22nd days of October).
_MONTH_WORD_SPAN = _KEPT.compile(rf"(?<!\w)({MONTH_PATTERN})\s+[а-яёӓӧӱӹӈҥӄ\u0300-\u036f]{{3,12}}\s+(\d{{1,2}})(?:-[^\W\d_]{{1,3}})?"
                              rf"\s+[а-яё]{{1,3}}\s+(\d{{1,2}})(?:-[^\W\d_]{{1,3}})?(?![\w-])")
# A month, then two days each with a case ending after a hyphen and no word between them, "from" the first "to" the last:
# "Октябрь 5-дукӣ 9-тӣ" (Negidal), "октябрь 5-тэн 9-гэ"; or a comma between, the days' own endings alike: "Октябрь 29-ду, 30-ду" (Oroch).
_MONTH_SUFFIXED_DAYS = _KEPT.compile(rf"(?<!\w)({MONTH_PATTERN})\s+(\d{{1,2}})-[^\W\d_][\w{MARKS}]{{0,5}},?\s+(\d{{1,2}})-[^\W\d_][\w{MARKS}]{{0,5}}(?![\w-])")
_MONTH_THEN_TWO_DAYS = ((_CAUCASUS_SPAN, " ва "), (_CAUCASUS_DASHED, "-"), (_ALT_SPAN, "айдыҥ"), (_MY_SPAN_AND, "ရက်"), (_VEP_DAYS, "päiv"), (_KSW_SPAN_AND, "သီ"),
                        (_MONTH_WORD_SPAN, "ь "), (_MONTH_SUFFIXED_DAYS, "-"))
_DAY_AND_DAY = _KEPT.compile(r"\d(?:st|nd|rd|th|-[^\W\d_]{1,3})?(?:\s\([^\W\d_]{3,14}\))?\s+(?:and\s+(?:[A-Z][a-z]+,?\s+)?|['’ʼ]?(?:[^\W\d_][" + MARKS + r"]*['’ʼ]?){1,6}\s+(?:[^\W\d_]{1,3}\s+)?)\d")  # (what every match of _SPAN_AND_MDY holds)
# "from June to August 2026", "between May and July 2026", "June–August 2026": months, to the month
_SPAN_MY = _KEPT.compile(
    rf"\b(?:from\s+|between\s+)?({MONTH_PATTERN})(?:\s+{_YEAR})?\s*(?:–|—|-|to|until|till|through|and)\s*"
    rf"({MONTH_PATTERN})\s+(?:de\s+)?{_YEAR}\b"
)
# "from June to August", "between March and May": months with no year, placed by the article's date
_SPAN_MONTHS = _KEPT.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+({MONTH_PATTERN})\s*(?:–|—|-|to|until|till|through|and)\s*({MONTH_PATTERN})\b(?!\s*\d)")
_LONGEST_SPAN = 92  # days: longer than a season, a "span" is more likely two separate dates
# Two days, each a word (its weekday) and its date in figures in brackets, joined by a short word ("and", "until"):
# "Rebbu (11/11/2026) bân Kemmès (12/11/2026)", as the press of Indonesia sets its days.
_BRACKETED_PAIR = _KEPT.compile(r"(?<![\w/])[^\W\d_][\w'’]{1,12}\s*\((\d{1,2})/(\d{1,2})/(\d{4})\)\s+[^\W\d_]{1,7}\s+"
                             r"[^\W\d_][\w'’]{1,12}\s*\((\d{1,2})/(\d{1,2})/(\d{4})\)")


def _spans(text: str, ref: PartialDate | None) -> list[_Found]:
    """Happenings written over several days; their year, when not written, is the one nearest the article's date."""
    found: list[_Found] = []
    # (Mongolian gives the month by its number: no month name to look for.)
    for m in _JALALI_SPAN.finditer(text) if ref is not None and (" و " in text or " تا " in text) else ():
        month = _JALALI_NUMBER[m[3]]
        # (the year, when left out, is the Solar Hijri year of the article's date: it begins about 21 March)
        year = int(m[4]) if m[4] else ref.year - (621 if (ref.month or 1, ref.day or 1) >= (3, 21) else 622)
        start, end = _from_jalali(year, month, int(m[1])), _from_jalali(year, month, int(m[2]))
        if start is not None and end is not None and 1 <= (end.first_day() - start.first_day()).days <= 13:
            found.append(_Found(m.start(), m.end(), start, f"{m[0]!r} read as {start.human()} to {end.human()} (Solar Hijri)", until=end))
    for m in _KBD_SPAN.finditer(text) if "м и " in text else ():
        if 1 <= int(m[3]) - int(m[2]) <= 6:
            found += _span(m, (_KBD_MONTH[m[1]], int(m[2])), (_KBD_MONTH[m[1]], int(m[3])), None, ref)
    for m in _UG_SPAN.finditer(text) if "ىچە" in text else ():
        start_month, end_month = MONTH_NUMBER[m[2]], MONTH_NUMBER[m[4]]
        found += _span(m, (start_month, int(m[1])), (end_month, int(m[3])), None, ref)
    for m in _TIBETAN_SPAN.finditer(text) if "ནས་" in text else ():
        if 1 <= int(m[4]) - int(m[3]) <= 13:
            found += _span(m, (int(m[2]), int(m[3])), (int(m[2]), int(m[4])), m[1], ref)
    for m in _BRACKETED_PAIR.finditer(text) if ")" in text else ():
        a, b = (_day(int(m[3]), int(m[1]), int(m[2])), _day(int(m[6]), int(m[4]), int(m[5]))) if MONTH_FIRST.get() else (
            _day(int(m[3]), int(m[2]), int(m[1])), _day(int(m[6]), int(m[5]), int(m[4])))
        if a is not None and b is not None and 1 <= (b.first_day() - a.first_day()).days <= 6:
            found.append(_Found(m.start(), m.end(), a, None, until=b))
    for pattern, word in _MONTH_THEN_TWO_DAYS:
        for m in pattern.finditer(text) if word in text else ():
            # (the month's name, then its first and last days: month = group 1, days = groups 2 and 3)
            month = MONTH_NUMBER.get(m[1]) or MONTH_NUMBER.get(m[1].lower())
            if month and m[3] and 1 <= int(m[3]) - int(m[2]) <= 6:
                found += _span(m, (month, int(m[2])), (month, int(m[3])), None, ref)
    for m in _MN_SPAN.finditer(text) if "сарын" in text else ():
        if 1 <= int(m[1]) <= 12 and 1 <= int(m[3]) - int(m[2]) <= 13:
            found += _span(m, (int(m[1]), int(m[2])), (int(m[1]), int(m[3])), None, ref)
    if not _DIGIT.search(text) or not _has_month(text):
        return found
    for m in (*_SPAN_DMY.finditer(text), *(_SPAN_BETWEEN_DMY.finditer(text) if "etween" in text else ())):
        end_month = MONTH_NUMBER[m[4].rstrip(".")]
        start_month = MONTH_NUMBER[m[2].rstrip(".")] if m[2] else end_month
        found += _span(m, (start_month, int(m[1])), (end_month, int(m[3])), m[5], ref)
    for m in _SPAN_AND_DMY.finditer(text):
        join = re.match(r"\S*\s+(\S+)", text[m.end(1):m.start(2)])
        if join and _LONG_JOIN.fullmatch(join[1]) and not m[0][:1].isdigit():
            continue  # (a longer join after a weekday: a span only as `_SPAN_WEEKDAYS_JOINED` reads it, the weekdays the days' own)
        if 1 <= int(m[2]) - int(m[1]) <= 6:
            month = MONTH_NUMBER[m[3].rstrip(".")]
            found += _span(m, (month, int(m[1])), (month, int(m[2])), m[4], ref)
    for m in _SPAN_WEEKDAYS_JOINED.finditer(text):
        month = MONTH_NUMBER[m["m2"].rstrip(".")]
        if 1 <= int(m["d2"]) - int(m["d1"]) <= (1 if m["comma"] else 6) and (m["m1"] is None or MONTH_NUMBER[m["m1"].rstrip(".")] == month):
            found += [hit for hit in _span(m, (month, int(m["d1"])), (month, int(m["d2"])), m["y"], ref)
                      if hit.date and hit.until and _to_date(hit.date).weekday() == _ALL_WEEKDAYS[m["w1"]]
                      and _to_date(hit.until).weekday() == _ALL_WEEKDAYS[m["w2"]]]
    for m in _SPAN_LIST_DMY.finditer(text) if ", " in text else ():
        days = [int(m[1]), *(int(day) for day in re.findall(r"\d{1,2}", m[2])), int(m[3])]
        if all(b - a == 1 for a, b in zip(days, days[1:])):
            month = MONTH_NUMBER[m[4].rstrip(".")]
            found += _span(m, (month, days[0]), (month, days[-1]), m[5], ref)
    for m in _SPAN_SAME_WORD.finditer(text):
        if 1 <= int(m[3]) - int(m[2]) <= 6:
            month = MONTH_NUMBER[m[4].rstrip(".")]
            found += _span(m, (month, int(m[2])), (month, int(m[3])), m[5], ref)
    for m in _SPAN_AND_DM_DM.finditer(text) if " " in text else ():
        if MONTH_NUMBER[m[2].rstrip(".")] == MONTH_NUMBER[m[4].rstrip(".")] and 1 <= int(m[3]) - int(m[1]) <= 6:
            month = MONTH_NUMBER[m[2].rstrip(".")]
            found += _span(m, (month, int(m[1])), (month, int(m[3])), m[5], ref)
    for m in _INDIC_MONTH_SPAN.finditer(text) if not text.isascii() else ():
        if 1 <= int(m[3]) - int(m[2]) <= 13:
            month = MONTH_NUMBER[m[1]]
            found += _span(m, (month, int(m[2])), (month, int(m[3])), None, ref)
    for m in _SPAN_AND_MDY.finditer(text) if _DAY_AND_DAY.search(text) or " thiab " in text or " уонна " in text else ():
        if 1 <= int(m[3]) - int(m[2]) <= 6:
            month = MONTH_NUMBER[m[1].rstrip(".")]
            found += _span(m, (month, int(m[2])), (month, int(m[3])), m[4], ref)
    for m in (*_SPAN_MDY.finditer(text), *(_SPAN_BETWEEN_MDY.finditer(text) if "etween" in text else ())):
        start_month = MONTH_NUMBER[m[1].rstrip(".")]
        end_month = MONTH_NUMBER[m[3].rstrip(".")] if m[3] else start_month
        found += _span(m, (start_month, int(m[2])), (end_month, int(m[4])), m[5], ref)
    for m in _SPAN_MY.finditer(text):
        end = PartialDate(int(m[4]), MONTH_NUMBER[m[3].rstrip(".")])
        start = PartialDate(int(m[2]) if m[2] else end.year, MONTH_NUMBER[m[1].rstrip(".")])
        if start.first_day() > end.first_day() and not m[2]:
            start = PartialDate(end.year - 1, start.month)  # "December to February 2027"
        if 0 < (end.first_day() - start.first_day()).days <= 366:
            found.append(_Found(m.start(), m.end(), start, until=end))
    return found


def _span(m: re.Match, first: tuple[int, int], last: tuple[int, int], year: str | None, ref: PartialDate | None) -> list[_Found]:
    if year:
        end = _day(int(year), *last)
        note = None
    elif ref is not None and ref.day is not None:
        end = _nearest([_day(y, *last) for y in (ref.year - 1, ref.year, ref.year + 1)], ref)
        note = "the year nearest the article's date"
    else:
        return [_Found(m.start(), m.end(), None, f"{m[0]!r} cannot be placed: the article gives no date of its own")]
    if end is None:
        return []
    start = _day(end.year, *first)
    if start is not None and start.first_day() > end.first_day():
        start = _day(end.year - 1, *first)  # "30 December to 2 January"
    if start is None or not 0 < (end.first_day() - start.first_day()).days <= _LONGEST_SPAN:
        return []
    if note:
        note = f"{m[0]!r} read as {start.human()} to {end.human()} ({note})"
    return [_Found(m.start(), m.end(), start, note, until=end)]


def _beyond_ascii(text: str) -> bool:
    """Whether a line may hold a date of another script's patterns: every Japanese pattern needs a kanji (or, read the
    same way, Zhuang its words for year and month: "2026 nienz 11 nyied 7 hauh")."""
    return not text.isascii() or "nyied" in text or "nienz" in text


def _absolute(text: str) -> list[_Found]:
    """Dates complete in themselves (they need no reference date)."""
    found: list[_Found] = []
    if not _DIGIT.search(text):
        return found  # most lines: nothing to find, and seven patterns not to run

    def add(m: re.Match, date: PartialDate | None, note: str | None = None) -> None:
        if date is not None:
            found.append(_Found(m.start(), m.end(), date, note))

    has_figures = _NUMERIC_DATE.search(text) is not None
    has_month = _has_month(text)
    non_ascii = _beyond_ascii(text)
    for m in _ISO.finditer(text) if has_figures else ():
        add(m, *_year_first(int(m[1]), int(m[2]), int(m[3]), m[0]))
    for m in _YMD.finditer(text) if has_figures else ():
        add(m, *_year_first(int(m[1]), int(m[3]), int(m[4]), m[0]))
    for m in _DMY_NUMERIC.finditer(text) if has_figures else ():
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if first > 12 or second > 12 or first == second:
            # One reading only: a month above 12 does not exist.
            day, month = (second, first) if second > 12 else (first, second)
            add(m, _day(year, month, day))
        elif MONTH_FIRST.get() and m[2] == "/":
            date = _day(year, first, second)
            add(m, date, f"{m[0]!r} read month first as {date.human()}, as the page's other dates are written" if date else None)
        else:
            date = _day(year, second, first)
            add(m, date, f"{m[0]!r} read day first as {date.human()}" if date else None)
    for m in _MDY.finditer(text) if has_month else ():
        add(m, _day(int(m[3]), MONTH_NUMBER[m[1].rstrip(".")], int(m[2])))
    for m in _DMY.finditer(text) if has_month else ():
        add(m, _day(int(m[3]), _croatian(m[0], m[2]) or MONTH_NUMBER[m[2].rstrip(".")], int(m[1])))
    for m in _YEAR_FIRST.finditer(text) if has_month else ():
        add(m, _day(int(m[1]), MONTH_NUMBER[m[2].rstrip(".")], int(m[3])))
    for m in _YEAR_GADA.finditer(text) if has_month and "gada" in text else ():
        if m[3] in MONTH_NUMBER:
            add(m, _day(int(m[1]), MONTH_NUMBER[m[3]], int(m[2])))
    for m in _YEAR_WORDED.finditer(text) if has_month and ", " in text else ():
        if m[2] in MONTH_NUMBER:
            add(m, _day(int(m[1]), MONTH_NUMBER[m[2]], int(m[3])))
    for m in _BASQUE.finditer(text) if has_month and "ko " in text else ():
        if m[2] in MONTH_NUMBER:
            add(m, _day(int(m[1]), MONTH_NUMBER[m[2]], int(m[3])))
    for m in _KBD_DATE.finditer(text) if non_ascii and "м и " in text else ():
        if m[3]:
            add(m, _day(int(m[3]), _KBD_MONTH[m[1]], int(m[2])))
    for m in _ADY_DATE.finditer(text) if non_ascii and "илъэсым" in text else ():
        add(m, _day(int(m[1]), _KBD_MONTH[m[2]], int(m[3])))
    for m in _UG_DATE.finditer(text) if non_ascii and "يىلى" in text else ():
        add(m, _day(int(m[1]), MONTH_NUMBER[m[3]], int(m[2])))
    for m in _DARGWA.finditer(text) if non_ascii and ("дусла" in text or "ани" in text) else ():
        add(m, _day(int(m[1]), MONTH_NUMBER.get(m[3]) or MONTH_NUMBER[m[3].lower()], int(m[2])))
    for m in _DINKA.finditer(text) if non_ascii and "ɛɛi" in text else ():
        add(m, _day(int(m[3]), int(m[2]), int(m[1])))
    for m in _MONGOLIAN.finditer(text) if non_ascii and "оны" in text else ():
        add(m, _day(int(m[1]), int(m[2]), int(m[3])))
    for m in _TIBETAN.finditer(text) if non_ascii and "ཚེས" in text else ():
        add(m, _day(int(m[1]), int(m[2]), int(m[3])))
    for m in _THAI.finditer(text) if non_ascii and " 25" in text else ():
        add(m, _day(int(m[3]) - 543, _THAI_MONTH[m[2]], int(m[1])), f"{m[0]!r} read with its Buddhist-era year as {int(m[3]) - 543}")
    for m in _KHMER.finditer(text) if non_ascii and "ខែ" in text else ():
        add(m, _day(int(m[3]), _KHMER_MONTHS.index(m[2]) + 1, int(m[1])))
    for m in _DOTTED_PT.finditer(text) if "." in text else ():
        add(m, _day(int(m[3]), _PT_SHORT_MONTHS.index(m[2].lower()) + 1, int(m[1])))
    for m in _ETHIOPIAN.finditer(text) if non_ascii and _ETHIOPIC.search(text) else ():
        add(m, _from_ethiopian(int(m[3]), _ETHIOPIAN_MONTH[m[1]], int(m[2])), f"{m[0]!r} read as a date of the Ethiopian calendar")
    for m in _JALALI.finditer(text) if non_ascii and " 1" in text else ():
        add(m, _from_jalali(int(m[3]), _JALALI_NUMBER[m[2]], int(m[1])), f"{m[0]!r} read as a Solar Hijri date")
    for m in _BS.finditer(text) if non_ascii and "20" in text and _DEVANAGARI.search(text) else ():
        add(m, _from_bikram_sambat(*_bs_fields(m), shift=BS_SHIFT.get()), f"{m[0]!r} read as a Bikram Sambat date")
    for m in _JA_YMD.finditer(text) if non_ascii else ():
        add(m, _day(int(m[1]), int(m[2]), int(m[3])))
    for m in _JA_ERA_YMD.finditer(text) if non_ascii else ():
        add(m, _day(_era_year(m[1], m[2]), int(m[3]), int(m[4])))
    return found


def _coarse(text: str) -> list[_Found]:
    """Dates written to the month or the year."""
    found: list[_Found] = []
    if not _DIGIT.search(text):
        return found
    has_month = _has_month(text)
    non_ascii = _beyond_ascii(text)
    for m in _MY.finditer(text) if has_month else ():
        found.append(_Found(m.start(), m.end(), PartialDate(int(m[2]), MONTH_NUMBER[m[1].rstrip(".")])))
    for m in _JA_YM.finditer(text) if non_ascii else ():
        if 1 <= int(m[2]) <= 12:
            found.append(_Found(m.start(), m.end(), PartialDate(int(m[1]), int(m[2]))))
    for m in _JA_ERA_YM.finditer(text) if non_ascii else ():
        if 1 <= int(m[3]) <= 12:
            found.append(_Found(m.start(), m.end(), PartialDate(_era_year(m[1], m[2]), int(m[3]))))
    for m in _IN_YEAR.finditer(text):
        found.append(_Found(m.start(1), m.end(1), PartialDate(int(m[1]))))
    for m in _JA_YEAR.finditer(text) if non_ascii else ():
        found.append(_Found(m.start(), m.end(), PartialDate(int(m[1]))))
    for m in _JA_ERA_YEAR.finditer(text) if non_ascii else ():
        found.append(_Found(m.start(), m.end(), PartialDate(_era_year(m[1], m[2]))))
    return found


_GUARANI_SPAN = _KEPT.compile(r"(?<![\d/.])(\d{1,2})\s+guive\s+(\d{1,2})\s+peve\b")
_DOTTED_DAY_MONTH = _KEPT.compile(r"(?<![\d.,/:])(\d{1,2})\.(\d{1,2})\.(?!\s?\d)(?=\s|$)")
_CLOCK_BEFORE = _KEPT.compile(r"(?:\b(?:at|um|kl|klo|kello|ab|bis|von|gegen|o)\.?|:)\s*$", re.IGNORECASE)


def _relative(text: str, ref: PartialDate | None) -> list[_Found]:
    """Dates that are only dates once the article's own date is known."""
    found: list[_Found] = []
    day_ref = ref if ref is not None and ref.day is not None else None
    unresolved = "cannot be placed: the article gives no date of its own"

    def add(m: re.Match, date: PartialDate | None, how: str, needs_day: bool = True) -> None:
        if (day_ref if needs_day else ref) is None:
            found.append(_Found(m.start(), m.end(), None, f"{m[0]!r} {unresolved}"))
        elif date is not None:
            found.append(_Found(m.start(), m.end(), date, f"{m[0]!r} read as {date.human()} ({how})"))

    def nearest_day(month: int, day: int) -> PartialDate | None:
        return _nearest([_day(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)], ref)

    has_month = _has_month(text)
    non_ascii = _beyond_ascii(text)
    # The case-blind patterns' words hold these; "tonight" is found by "ght", as
    # case-blind matching also reads "ı" as "i".
    low = text.lower()
    has_weekday = "day" in low or "tag" in low or "abend" in low or "woch" in low  # ("Mittwoch" holds none of the others)
    has_word = has_weekday or "ght" in low or "month" in low or "year" in low or "this " in low
    for m in _DAY_MONTH.finditer(text) if has_month else ():
        add(m, day_ref and nearest_day(MONTH_NUMBER[m[2].rstrip(".")], int(m[1])), "the year nearest the article's date", needs_day=False)
    for m in _MONTH_DAY.finditer(text) if has_month else ():
        add(m, day_ref and nearest_day(MONTH_NUMBER[m[1].rstrip(".")], int(m[2])), "the year nearest the article's date", needs_day=False)
    for m in _DOTTED_DAY_MONTH.finditer(text) if day_ref and ". " in text else ():
        # "Gasskavahkkuon 11.11. jah duorastahkan 12.11.", "am 11.11.": a day and its month in figures, each closed by a full
        # stop, no year, as German, the Nordic languages and Sami write them; only a day of the month before the article's
        # date or the week after it (not "um 9.05.", five past nine, in a November article).
        if _CLOCK_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        date = nearest_day(int(m[2]), int(m[1])) if 1 <= int(m[2]) <= 12 else None
        if date is not None and -7 <= (_to_date(day_ref) - _to_date(date)).days <= _RECENT_DAYS:
            add(m, date, "the year nearest the article's date")
    for m in _JALALI_DAY_MONTH.finditer(text) if non_ascii and day_ref and _ARABIC_LETTER.search(text) else ():
        # (the Solar Hijri year of the article's date, or the one before: the day nearest it)
        year = day_ref.year - 621
        date = _nearest([_from_jalali(y, _JALALI_NUMBER[m[2]], int(m[1])) for y in (year - 1, year)], day_ref)
        add(m, date, f"{m[0]!r} read as a Solar Hijri date in the year nearest the article's date")
    for m in _DINKA_DAY_MONTH.finditer(text) if non_ascii and "ɛɛi" in text else ():
        add(m, day_ref and nearest_day(int(m[2]), int(m[1])) if 1 <= int(m[2]) <= 12 else None, "the year nearest the article's date", needs_day=False)
    for m in _ETHIOPIAN_DAY_MONTH.finditer(text) if non_ascii and day_ref and _ETHIOPIC.search(text) else ():
        # (the Ethiopian year of the article's date, or the one before: the day nearest it)
        date = _nearest([_from_ethiopian(y, _ETHIOPIAN_MONTH[m[1]], int(m[2])) for y in (day_ref.year - 8, day_ref.year - 7)], day_ref)
        add(m, date, f"{m[0]!r} read as a date of the Ethiopian calendar in the year nearest the article's date")
    for m in _THAI_DAY_MONTH.finditer(text) if non_ascii and "." in text else ():
        add(m, day_ref and nearest_day(_THAI_MONTH[m[2]], int(m[1])), "the year nearest the article's date", needs_day=False)
    for m in _JA_MONTH_DAY.finditer(text) if non_ascii else ():
        add(m, day_ref and nearest_day(int(m[1]), int(m[2])) if 1 <= int(m[1]) <= 12 else None, "the year nearest the article's date", needs_day=False)
    spans = [*_CJK_DAY_SPAN.finditer(text), *(m for m in _CJK_BARE_SPAN.finditer(text) if m[3] not in "、,，" or 1 <= int(m[4]) - int(m[2]) <= 2)]
    for m in spans if non_ascii and ref is not None and ref.month is not None else ():
        # "24일부터 26일까지", "6月24日から26日まで", "24日至26日": the days of one happening, in the month given or
        # the month nearest the article's date; the last day in the next month when it is the smaller.
        month = int(m[1]) if m[1] else None
        months = [(y, mo) for y, mo in (_shift_month(ref.year, ref.month, by) for by in (-1, 0, 1)) if month is None or mo == month]
        start = _nearest([_day(y, mo, int(m[2])) for y, mo in months], ref) if months else None
        if start is None:
            continue
        last = int(m[4] if m.re is _CJK_BARE_SPAN else m[3])
        end = _day(start.year, start.month, last) if last > int(m[2]) else _day(*_shift_month(start.year, start.month, 1), last)
        if end is not None and 0 < (end.first_day() - start.first_day()).days <= _LONGEST_SPAN:
            found.append(_Found(m.start(), m.end(), start, f"{m[0]!r} read as {start.human()} to {end.human()} (the month nearest the article's date)", until=end))
    for m in _GUARANI_SPAN.finditer(text) if " peve" in text and ref is not None and ref.month is not None else ():
        # "ara 14 guive 16 peve" (Guarani and Guarayu: from the 14th until the 16th), in the month nearest the article's date.
        months = [_shift_month(ref.year, ref.month, by) for by in (-1, 0, 1)]
        start = _nearest([_day(y, mo, int(m[1])) for y, mo in months], ref)
        end = _day(start.year, start.month, int(m[2])) if start is not None else None
        if start is not None and end is not None and 0 < (end.first_day() - start.first_day()).days <= 13:
            found.append(_Found(m.start(), m.end(), start, f"{m[0]!r} read as {start.human()} to {end.human()} (the month nearest the article's date)", until=end))
    for m in _VI_DAY_MONTH.finditer(text) if non_ascii and "/" in text else ():
        # "ngày 22/9", "Chiều 24/9", "từ ngày 21 đến 24/9": Vietnamese day and month in figures, after a word for
        # the day or its part, in the year nearest the article's date.
        month = int(m["month"])
        end = nearest_day(month, int(m["day"])) if day_ref and 1 <= month <= 12 else None
        if m["first"] and end is not None:
            first_month = int(m["first_month"]) if m["first_month"] else month
            start = _day(end.year, first_month, int(m["first"])) if 1 <= first_month <= 12 else None
            if start is not None and 0 < (end.first_day() - start.first_day()).days <= _LONGEST_SPAN:
                found.append(_Found(m.start(), m.end(), start, f"{m[0]!r} read as {start.human()} to {end.human()} (the year nearest the article's date)", until=end))
                continue
        add(m, end, "the year nearest the article's date")
    for m in _JA_DAY.finditer(text) if non_ascii else ():
        date = None
        if day_ref:
            months = [_shift_month(ref.year, ref.month, by) for by in (-1, 0, 1)]
            date = _nearest([_day(y, mo, int(m[1])) for y, mo in months], ref)
        add(m, date, "the month nearest the article's date")
    for m in _SPAN_MONTHS.finditer(text) if has_month and ("rom " in text or "etween " in text) else ():
        # "from June to August": months of the year nearest the article's date, the second after the first.
        if ref is None:
            add(m, None, "")
            continue
        first, last = MONTH_NUMBER[m[1].rstrip(".")], MONTH_NUMBER[m[2].rstrip(".")]
        start = _nearest([PartialDate(y, first) for y in (ref.year - 1, ref.year, ref.year + 1)], ref)
        if start is not None and first != last:
            end = PartialDate(start.year + (last < first), last)
            found.append(_Found(m.start(), m.end(), start, f"{m[0]!r} read as {start.human()} to {end.human()} (the year nearest the article's date)", until=end))
    for m in _IN_MONTH.finditer(text) if has_month else ():
        date = None
        if ref is not None:
            month = MONTH_NUMBER[m[1].rstrip(".")]
            date = _nearest([PartialDate(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)], ref)
        add(m, date, "the year nearest the article's date", needs_day=False)
    for m in _WEEKDAY.finditer(text) if has_weekday else ():
        if m[1]:  # "next Friday" is ahead of the story; "Good Friday" is a holiday
            continue
        name = m[2].lower()
        weekday = _GERMAN_WEEKDAYS[name] if name in _GERMAN_WEEKDAYS else _WEEKDAYS.index(m[2].capitalize())
        if _LOOKS_AHEAD.search(text[max(0, m.start() - 40):m.start()]) or _FOR_THE_DAYS.match(text, m.end()) and _FOR_BEFORE.search(text, 0, m.start()):
            add(m, day_ref and _weekday_from(weekday, day_ref), "the next such day: the sentence looks ahead")
        elif _LAST_WEEKDAY.search(text[max(0, m.start() - 6):m.start()]):
            # "last Friday" on a Friday is a week back: the last such day before the article's date.
            add(m, day_ref and _weekday_before(weekday, day_ref, strictly=True), "the last such day before the article's date")
        else:
            add(m, day_ref and _weekday_before(weekday, day_ref), "the last such day on or before the article's date")
    for m in _WEEKDAY_SPAN.finditer(text) if has_weekday else ():
        # "on Tuesday and Wednesday", "from Monday to Wednesday", "opened on Wednesday and closed yesterday": the
        # last day is the last such day on or before the article's date, the first the last such day before it.
        last = m[2].lower()
        end = day_ref and (_relative_word(last, day_ref) if last in ("yesterday", "today") else
                           _weekday_before(_WEEKDAYS.index(m[2].capitalize()), day_ref))
        start = end and _weekday_before(_WEEKDAYS.index(m[1].capitalize()), end, strictly=True)
        if start is not None:  # (no date to count from: the single weekdays are read as ever)
            found += _day_span(text, m, start, end)
    for m in (*_WEEKDAY_JOIN_SPAN.finditer(text), *(_WEEKDAY_SUFFIXED_SPAN.finditer(text) if "y-" in text else ())) if has_weekday and day_ref else ():
        # "ko Monday ngea ko Tuesday" (Yapese, on Monday and on Tuesday): English weekdays joined by a short word of a
        # language the table lacks, a day or two apart, as `_FOREIGN_AND_SPAN` reads them.
        first, last = _WEEKDAYS.index(m[1]), _WEEKDAYS.index(m[2])
        if 1 <= (last - first) % 7 <= 2:
            end = _weekday_before(last, day_ref)
            found += _day_span(text, m, _weekday_before(first, end, strictly=True), end)
    foreign_days = list(_FOREIGN_WEEKDAY.finditer(text))
    for m in _FOREIGN_SPAN.finditer(text) if day_ref and (len(foreign_days) >= 2 or (has_weekday and " bis " in text)) else ():
        # "von Montag bis Mittwoch", "van dinsdag tot en met donderdag", "du lundi au jeudi", "de lunes a jueves"
        first, last = (_GERMAN_WEEKDAYS.get(w.lower(), _FOREIGN_WEEKDAYS.get(w, _FOREIGN_WEEKDAYS.get(w.lower()))) for w in (m[1], m[2]))
        end = _weekday_before(last, day_ref)
        found += _day_span(text, m, _weekday_before(first, end, strictly=True), end)
    for m in _UNTIL_SPAN.finditer(text) if day_ref and len(foreign_days) >= 2 and ("hadi" in text or "mpaka" in text) else ():
        first, last = _EAST_AFRICAN_DAYS[m[1]], _EAST_AFRICAN_DAYS[m[2]]
        if 1 <= (last - first) % 7 <= 6:
            end = _weekday_before(last, day_ref)
            found += _day_span(text, m, _weekday_before(first, end, strictly=True), end)
    for m in _FOREIGN_AND_SPAN.finditer(text) if day_ref and (len(foreign_days) >= 2 or " und " in text
                                                              or (foreign_days and _OPENING_WEEKDAY.match(text))) else ():
        # "dijous i divendres", "martes y miércoles", "Montag und Dienstag": two days running, or a day apart, one happening.
        first, last = (_FOREIGN_WEEKDAYS.get(w, _OPENING_WEEKDAYS.get(w, _GERMAN_WEEKDAYS.get(w.lower()))) for w in (m[1], m[2]))
        if first is None or last is None or not 1 <= (last - first) % 7 <= 2:
            continue
        end = _weekday_before(last, day_ref)
        found += _day_span(text, m, _weekday_before(first, end, strictly=True), end)
    for m in _BRACKETED_DAYS_SPAN.finditer(text) if day_ref and len(foreign_days) >= 2 else ():
        # "terça-feira (20) koêku quarta-feira (21)": each weekday with its day of the month in brackets, as Brazilian papers
        # write it, joined by a word of any language (Terena "and"): the figures say the days run, and which.
        first, last = (_FOREIGN_WEEKDAYS.get(w, _OPENING_WEEKDAYS.get(w)) for w in (m[1], m[3]))
        if first is None or last is None or not 1 <= int(m[4]) - int(m[2]) <= 2 or (last - first) % 7 != int(m[4]) - int(m[2]):
            continue
        end = _weekday_before(last, day_ref)
        if end.day == int(m[4]):
            found += _day_span(text, m, _weekday_before(first, end, strictly=True), end)
    for m in _INDIC_SPAN.finditer(text) if day_ref and (len(foreign_days) >= 2 or "ದಿಂದ" in text) and not text.isascii() else ():
        # "సోమవారం నుంచి గురువారం వరకు" (from Monday until Thursday), "सोमवार से गुरुवार तक": the first day on or before the
        # article's date, the last the days after it (a stay that may go on past the article's day).
        first, last = _FOREIGN_WEEKDAYS[m[1]], _FOREIGN_WEEKDAYS[m[2]]
        start = _weekday_before(first, day_ref)
        end = _to_date(start) + _dt.timedelta(days=(last - first) % 7)
        found += _day_span(text, m, start, PartialDate(end.year, end.month, end.day))
    for m in foreign_days:
        add(m, day_ref and _weekday_before(_FOREIGN_WEEKDAYS[m[1]], day_ref), "the last such day on or before the article's date")
    for m in _CYRILLIC_WEEKDAY.finditer(text) if day_ref and not text.isascii() and not foreign_days else ():
        # "Ӧткӧн субботада" (Teleut, last Saturday), "Четвергык": a Russian weekday's stem with a case ending of a language
        # no table holds glued on.
        if m[0] not in _FOREIGN_WEEKDAYS and m[0].lower() not in _FOREIGN_WEEKDAYS:
            add(m, _weekday_before(_CYRILLIC_WEEKDAY_STEMS[m[1].lower()], day_ref), "the last such day on or before the article's date")
    for m in _HE_WEEKDAY.finditer(text) if day_ref and "יום" in text else ():
        # "ביום שלישי" (on Tuesday), "ביום שני ושלישי השבוע" (on Monday and Tuesday this week): Hebrew counts its days,
        # and the count alone is also "second", "third": only after "day".
        last = _weekday_before(_HE_DAYS.index(m[2] or m[1]), day_ref)
        if m[2] and 1 <= (_HE_DAYS.index(m[2]) - _HE_DAYS.index(m[1])) % 7 <= 2:
            found += _day_span(text, m, _weekday_before(_HE_DAYS.index(m[1]), last, strictly=True), last)
        elif not m[2]:
            add(m, last, "the last such day on or before the article's date")
    for m in _OPENING_WEEKDAY.finditer(text) if day_ref else ():
        add(m, _weekday_before(_OPENING_WEEKDAYS[m[1]], day_ref), "the last such day on or before the article's date")
    if day_ref and (caps := _CAPS_OPENING.match(text)) and caps[1].isupper() and (day := _FOREIGN_WEEKDAYS.get(caps[1].capitalize(), _FOREIGN_WEEKDAYS.get(caps[1].lower()))) is not None:
        # "JUMANNE Mongo wa Mono-ko …": the day in capitals where a dateline would stand, opening the story
        add(caps, _weekday_before(day, day_ref), "the last such day on or before the article's date")
    for m in _NORDIC_PAST.finditer(text) if "da" in text else ():
        if m[2] and day_ref and 1 <= (_NORDIC[m[2]] - _NORDIC[m[1]]) % 7 <= 2:
            end = _weekday_before(_NORDIC[m[2]], day_ref, strictly=True)
            found += _day_span(text, m, _weekday_before(_NORDIC[m[1]], end, strictly=True), end)
        else:
            add(m, day_ref and _weekday_before(_NORDIC[m[1]], day_ref, strictly=True), "the last such day before the article's date")
    for m in _JA_WEEKDAY.finditer(text) if non_ascii else ():
        if m[1]:
            continue
        weekday = "月火水木金土日".index(m[2])
        add(m, day_ref and _weekday_before(weekday, day_ref), "the last such day on or before the article's date")
    for m in _RELATIVE.finditer(text) if has_word else ():
        word = m[1].lower()
        if word.startswith("this ") and word.endswith(("morning", "afternoon", "evening")):
            word = "today"  # ("this morning": the article's own day)
        add(m, ref and _relative_word(word, ref), "counted from the article's date", needs_day=word in ("yesterday", "today", "tonight"))
    for m in _FOREIGN_YESTERDAY.finditer(text):
        add(m, ref and _relative_word("yesterday", ref), "counted from the article's date")
    for m in _FOREIGN_TODAY.finditer(text) if non_ascii or _TODAY_HINT.search(low) else ():
        add(m, ref and _relative_word("today", ref), "counted from the article's date", needs_day=True)
    for m in _BEFORE_YESTERDAY.finditer(text) if non_ascii or _BEFORE_YESTERDAY_HINT.search(low) else ():
        add(m, ref and _relative_word("the day before yesterday", ref), "counted from the article's date")
    for m in _JA_RELATIVE.finditer(text) if non_ascii else ():
        word = {"昨日": "yesterday", "今日": "today", "本日": "today", "先月": "last month", "今月": "this month",
                "昨年": "last year", "去年": "last year", "今年": "this year"}[m[1]]
        add(m, ref and _relative_word(word, ref), "counted from the article's date", needs_day=word in ("yesterday", "today"))
    return found


_VI_DAY_MONTH = _KEPT.compile(
    r"(?<!\w)(?:(?:[Tt]ừ|[Tt]rong)\s+(?:(?:các\s+)?ngày\s+)?(?P<first>\d{1,2})(?:/(?P<first_month>\d{1,2}))?\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?"
    r"|(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Hh]ôm|[Đđ]ến|[Tt]ới|[Tt]ừ)\s+)(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![/\d])")


def _day_span(text: str, m: re.Match, start: PartialDate, end: PartialDate) -> list[_Found]:
    """Two named days read as one happening from the first to the last; none for a plan ("will meet on Monday
    and Tuesday"), whose single weekdays are read as ever."""
    if _LOOKS_AHEAD.search(text[max(0, m.start() - 40):m.start()]):
        return []
    return [_Found(m.start(), m.end(), start, f"{m[0]!r} read as {start.human()} to {end.human()} (counted back from the article's date)", until=end)]


# Two weekdays joined as a span, the second maybe "yesterday" or "today", with at most a past verb between.
_WEEKDAY_SPAN = _KEPT.compile(
    r"\b(?:from\s+|between\s+|over\s+|on\s+)?(" + "|".join(_WEEKDAYS) + r")\s*(?:–|—|-|\s(?:to|until|till|through|thru|and))\s+"
    r"(?:[a-z]+ed\s+(?:up\s+)?)?(?:on\s+)?(" + "|".join(_WEEKDAYS) + r"|yesterday|today)\b"
)
_WEEKDAY_JOIN_SPAN = _KEPT.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\s+(?!(?:and|to|nor|until|till|through|thru)\b)" + _NOT_OR + r"[^\W\d_](?:[^\W\d_]|['’ʼ](?!\s+[A-Z])){0,4}['’ʼ]?"
                                r"(?:\s+[^\W\d_]{1,3})?\s+(" + "|".join(_WEEKDAYS) + r")\b")
# (Or each with a case ending hyphened on and no word between, the second maybe with "and" hyphened on too: "Wednesday-mi
# Thursday-mi-llu", Yup'ik, on Wednesday and Thursday.)
_WEEKDAY_SUFFIXED_SPAN = _KEPT.compile(r"\b(" + "|".join(_WEEKDAYS) + r")(?:-[^\W\d_]{1,4}){1,2}\s+(" + "|".join(_WEEKDAYS) + r")(?:-[^\W\d_]{1,4}){1,2}(?![\w-])")
# Words that put a weekday after the article's date, when no clause break stands between.
# "rehearsing for Thursday's celebrations", "ahead of Friday's vote": the day's own event, still to come
_FOR_THE_DAYS = _KEPT.compile(r"['’]s\b")
_FOR_BEFORE = _KEPT.compile(r"\b(?:for|ahead\s+of|before|until|till)\s+$")
_LOOKS_AHEAD = _KEPT.compile(r"\b(?:will|shall|is due to|are due to|is expected to|are expected to|plans? to|is set to|are set to|scheduled)\b[^,.;:!?]*$")


def _weekday_from(weekday: int, ref: PartialDate) -> PartialDate:
    day = _to_date(ref)
    day += _dt.timedelta(days=(weekday - day.weekday()) % 7)
    return PartialDate(day.year, day.month, day.day)


def _weekday_before(weekday: int, ref: PartialDate, strictly: bool = False) -> PartialDate:
    day = _to_date(ref)
    day -= _dt.timedelta(days=(day.weekday() - weekday) % 7 or (7 if strictly else 0))
    return PartialDate(day.year, day.month, day.day)


def _relative_word(word: str, ref: PartialDate) -> PartialDate | None:
    if word in ("yesterday", "today", "tonight", "the day before yesterday"):
        if ref.day is None:
            return None
        day = _to_date(ref) - _dt.timedelta(days={"yesterday": 1, "the day before yesterday": 2}.get(word, 0))
        return PartialDate(day.year, day.month, day.day)
    if word.endswith("year"):
        return PartialDate(ref.year - 1 if word.startswith("last") else ref.year)
    if ref.month is None:
        return None
    year, month = _shift_month(ref.year, ref.month, -1 if word.startswith("last") else 0)
    return PartialDate(year, month)


# Whether the page being read writes its dates in figures month first ("09/29/2026"): set for one page by
# `writes_month_first`, read by the patterns; day first unless the page itself shows otherwise.
MONTH_FIRST: ContextVar[bool] = ContextVar("MONTH_FIRST", default=False)
_SLASHED_DATE = _KEPT.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4})(?![\d/])")


def writes_month_first(text: str) -> bool:
    """Whether a page's dates in figures can only be read month first: one of them has a second number
    above 12 ("09/29/2026") and none a first ("29/09/2026")."""
    if "/" not in text:
        return False
    pairs = [(int(a), int(b)) for a, b in _SLASHED_DATE.findall(text)]
    return any(b > 12 for a, b in pairs) and not any(a > 12 for a, b in pairs)


def _first_wins(found: list[_Found]) -> list[_Found]:
    """Keep, at each place, the longest reading; drop readings inside another."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def date_mentions(text: str, reference: PartialDate | None = None, line: int = 1) -> list[DateMention]:
    """Every date written in one line of prose, in order, resolved against `reference`."""
    found, scan = _reading(text.translate(_DIGITS), lambda scan: _first_wins(_spans(scan, reference) + _absolute(scan) + _coarse(scan)
                                                                             + _relative(scan, reference)))
    if "-day" in scan and (days := _N_DAYS.search(scan)):
        found = [_ended(scan, f, days) for f in found]
    if len(found) >= 2 and _UNTIL_WORD.search(scan):
        found = _until_spans(scan, found)
    if len(found) >= 2:
        found = [f for k, f in enumerate(found) if not _weekday_of_next(scan, f, found[k + 1:k + 2])]
    return [DateMention(f.date, line, f.start + 1, text[f.start:f.end], f.note, f.until) for f in found]


def _weekday_of_next(text: str, f: _Found, after: list[_Found]) -> bool:
    """Whether a weekday read alone is the weekday of the date written to the day right after it, a comma between:
    "Senyo, 19 Okitoba 2026", "Kamis, 19 Oktober 2026" (that date is the day meant, not the weekday counted back)."""
    if not after or f.until is not None or not (nxt := after[0]).date or nxt.date.day is None or not _DIGIT.search(text, nxt.start, nxt.end):
        return False
    return bool(_WEEKDAY_COMMA.fullmatch(text, f.end, nxt.start)) and _weekday_named(text[f.start:f.end]) is not None


_WEEKDAY_COMMA = _KEPT.compile(r"[,،፣]?\s+")


# "a two-day meeting that ended on Wednesday", "on Tuesday ended a two-day visit": a happening of so many days
# that ended on a day the paragraph gives.
_N_DAYS = _KEPT.compile(r"\b(two|three|four|five|six|seven|[2-7])-day\b", re.IGNORECASE)
_ENDED_BEFORE = _KEPT.compile(r"\b(?:ended|closed|concluded|wrapped up|finished)\b[^.;:!?]{0,50}$")
# (or after it: "… sailed out on Thursday morning, ending a four-day port call")
_ENDED_AFTER = _KEPT.compile(r"\s+(?:ended|closed|concluded|wrapped up|finished)\b"
                          r"|[^.;:!?]{0,30}?\s(?:ending|completing|concluding|wrapping up)\s+(?:a|an|its|their|the)\b")


def _ended(text: str, f: _Found, days: re.Match) -> _Found:
    if f.date is None or f.date.day is None or f.until is not None:
        return f
    if not (_ENDED_BEFORE.search(text[max(0, f.start - 60):f.start]) or _ENDED_AFTER.match(text, f.end)):
        return f
    n = _STAY_COUNTS.get(days[1].lower()) or int(days[1])
    start = _to_date(f.date) - _dt.timedelta(days=n - 1)
    first = PartialDate(start.year, start.month, start.day)
    return _Found(f.start, f.end, first, f"{text[f.start:f.end]!r} read as the last of {n} days: {first.human()} to {f.date.human()}", until=f.date)


# "until Friday", "fino a venerdì", "sehingga Jumaat": the word before the last day of a stay.
# (Galician "ata o": "permanecerá ata o sábado 17")
# (Arabic "ending" with the time of day and the weekday: "في زيارة تستمر ثلاثة أيام تنتهي مساء الجمعة 13 نوفمبر")
_UNTIL_WORD = _KEPT.compile(r"(?:\b(?:until|till|through|bis|hasta|fino|até|ata|tot|til|sehingga|hingga|sampai)\b|jusqu|حتى|تنتهي|ينتهي)", re.IGNORECASE)
_UNTIL_BEFORE = _KEPT.compile(r"(?:\b(?:until|till|through|bis(?:\s+(?:zum|einschließlich))?|hasta(?:\s+el)?|fino\s+al?|até(?:\s+(?:à|ao))?|ata(?:\s+o)?|"
                           r"tot(?:\s+en\s+met)?|(?:fram\s+|frem\s+)?til+|sehingga|hingga|sampai)|jusqu['’]\s?(?:à|au)|حتى"
                           r"|(?<!\w)و?[تي]نتهي(?:\s+(?:مساء|صباح|ظهر|يوم))?(?:\s+(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد))?)\s+(?:(?:le|el|il|the|hari|يوم)\s+)?$",
                           re.IGNORECASE)
_SENTENCE_BREAK = _KEPT.compile(r"[.!?;]\s")
_LONGEST_STAY = 14  # days


def _weekday_named(text: str) -> int | None:
    """The weekday a word names, in any language of the weekday tables."""
    for form in (text, text.lower(), text.capitalize()):
        if form in _FOREIGN_WEEKDAYS:
            return _FOREIGN_WEEKDAYS[form]
        if form.lower() in _GERMAN_WEEKDAYS:
            return _GERMAN_WEEKDAYS[form.lower()]
        if form.capitalize() in _WEEKDAYS:
            return _WEEKDAYS.index(form.capitalize())
    return None


def _until_spans(text: str, found: list[_Found]) -> list[_Found]:
    """A day, then "until" and a later day in the same sentence ("came in this morning for a call that lasts until
    Friday", "ieri … fino a venerdì"): one stay from the first day to the second, a weekday read as the first such
    day after the first. A day after "until" with no day before it is left as it was read."""
    out = list(found)
    for k, last in enumerate(found):
        if k == 0 or last.date is None or last.date.day is None or last.until is not None:
            continue
        if not _UNTIL_BEFORE.search(text[max(0, last.start - 30):last.start]):
            continue
        first = found[k - 1]
        if (first.date is None or first.date.day is None or first.until is not None or out[k - 1] is None
                or _SENTENCE_BREAK.search(text, first.end, last.start)):
            continue
        weekday = _weekday_named(text[last.start:last.end])
        if weekday is not None:
            end = _weekday_from(weekday, PartialDate(*_next_day(first.date)))
        else:
            end = last.date
        if not 0 < (end.first_day() - first.date.first_day()).days <= _LONGEST_STAY:
            continue
        note = f"{text[first.start:last.end]!r} read as {first.date.human()} to {end.human()} (from the day it began until the day named after it)"
        out[k - 1] = _Found(first.start, first.end, first.date, note, until=end)
        out[k] = None
    return [f for f in out if f is not None]


def _next_day(date: PartialDate) -> tuple[int, int, int]:
    day = _to_date(date) + _dt.timedelta(days=1)
    return day.year, day.month, day.day


def full_dates(text: str) -> list[tuple[int, int, PartialDate, str | None]]:
    """Dates written to the day in one line: (start, end, date, note)."""
    found, _ = _reading(text.translate(_DIGITS), lambda scan: _first_wins(_absolute(scan)))
    return [(f.start, f.end, f.date, f.note) for f in found]


_MAY_SPAN = _KEPT.compile(r"(?:day|tag|dag)\b.*\b\w*(?:day|tag|dag)\b|\d\.?\s*(?:[–-]|to|until|through|till|bis|al|au|a)\s*\d|\d\.?\s+(?:and|et|e|y|und|i|og|och|en|ja|és|și|ва|va|û|an(?:\s+den)?|व|आणि|और|আৰু|এবং)\s+\d|\d\.?\s+[^\W\d_]+\.?,?\s+(?:[–-]|to|until|through|till|bis|al|au|a|do|до|tot|hasta|fino)\s|\d,?\s+(?:[–-]|to|until|through|till|bis)\s",
                       re.IGNORECASE)


# A stay's length in days, in the languages whose pages told one so: "four-day", "চার দিনের", "चार दिन", "నాలుగు రోజుల", "நான்கு நாள்",
# "cuatro días", "quatre jours", "viertägig", "quattro giorni" (Italian, Ligurian), "دو دیہاڑیاں" (Urdu's and Pothwari's).
# (Portuguese's too: "uma escala de três dias".)
_STAY_COUNTS = {w: n for n, words in {2: ("two", "দুই", "দো", "दो", "दू", "ರಡ್ಡ್", "రెండు", "இரண்டு", "dos", "deux", "zwei", "dois", "duas", "due", "دو"),
                                     3: ("three", "তিন", "तीन", "ಮೂಜಿ", "మూడు", "மூன்று", "tres", "trois", "drei", "três", "tre", "تین"),
                                     4: ("four", "চার", "चार", "నాలుగు", "நான்கு", "cuatro", "quatre", "vier", "quatro", "quattro", "چار"),
                                     5: ("five", "পাঁচ", "पांच", "पाँच", "ఐదు", "ஐந்து", "cinco", "cinq", "fünf", "cinque"),
                                     6: ("six", "ছয়", "छह", "ఆరు", "ஆறு", "seis", "sechs", "sei"),
                                     7: ("seven", "সাত", "सात", "ఏడు", "ஏழு", "siete", "sept", "sieben", "sete", "sette")}.items() for w in words}
_STAY_LENGTH = _KEPT.compile(r"(?<!\w)(" + "|".join(sorted(_STAY_COUNTS, key=len, reverse=True)) + r"|[2-7])"
                          r"(?:-day\b|\s+(?:দিনের|দিন|दिन|दिवसीय|ದಿನ|దిన|రోజుల|நாள்|días|dias|jours|giorni|دن|دناں|دیہاڑیاں|دیہاڑے|روزہ)|tägig)", re.IGNORECASE)  # ("दू दिवसीय", two-day: Maithili, Hindi)


def _stay_length(text: str) -> int:
    """The length in days of the stay a paragraph tells ("a four-day port call"), or 0."""
    m = _STAY_LENGTH.search(text) if ("day" in text or "দিন" in text or "दिन" in text or "दिवसीय" in text or "ದಿನ" in text or "రోజుల" in text or "நாள்" in text
                                      or "días" in text or "dias" in text or "jours" in text or "giorni" in text or "tägig" in text
                                      or "دیہاڑ" in text or " دن" in text or "روزہ" in text) else None
    return (_STAY_COUNTS.get(m[1].lower()) or int(m[1])) if m else 0


# (or Albanian's "deri", until, with a figure's day after it: "deri të shtunën, më 18 korrik")
_UNTIL_DAY = _KEPT.compile(r"\b(?:is|are|stays?|remains?|in port|here|there)\s+(?:\w+\s+){0,3}?(?:until|through)\s+|\bderi\s+")


def _dated_in_brackets(mention: DateMention, text: str) -> bool:
    """Whether a weekday's mention has its own date in brackets right after it ("বুধবার (১১ নভেম্বর)"): that date is the day meant."""
    return bool(_BRACKETED_DATE_AFTER.match(text, mention.col - 1 + len(mention.text)))


_BRACKETED_DATE_AFTER = _KEPT.compile(r"\s*[(（]\s*\d")


def _span_around(mention: DateMention, rest: list[DateMention], after, reference: PartialDate | None, own: str = "", later=()) -> DateMention:
    """The day the lead gives, or the span of days the next paragraphs give that holds it: "completed a course
    on Thursday" / "The course, which ran from Monday to Thursday, …" is Monday to Thursday."""
    # A day counted from a weekday alone ("W sobotę i niedzielę można je zwiedzać") may lie ahead of the article's date as
    # well as behind it: read the week after too, for a span written in figures to hold.
    named = not _DIGIT.search(mention.text) and any(_weekday_named(w) is not None for w in re.findall(r"[^\W\d_]+", mention.text))
    if mention.date.day is None or (mention.end is not None and not named):
        return mention
    first, last = mention.date.first_day(), (mention.end or mention.date).first_day()
    shifts = [_dt.timedelta(0), _dt.timedelta(days=7)] if named else [_dt.timedelta(0)]
    # "a four-day visit … arrived today (7 November)" / "… leaves on Tuesday (10 November)": a stay told by its length, its
    # last day written in figures in the lead or the next paragraphs.
    length = _stay_length(own) if mention.end is None and own else 0
    if length:
        last_day = first + _dt.timedelta(days=length - 1)
        # (The last day may be told anywhere after the lead: "Actualização: o Samidare deixou o cais … de quinta-feira".)
        for other in [*rest, *(m for number, text in (later or after) for m in date_mentions(text, reference, number))]:
            # (or named by its weekday alone: "deixou o cais às 15h00 de quinta-feira", the last of "uma escala de três dias";
            # "will tie up on Friday for a four-day visit" / "until Monday morning", the days ahead of a visit announced)
            if other.date is not None and other.end is None and other.date.day is not None and other.date.first_day() == last_day:
                note = f"event {mention.date.iso()} to {other.date.iso()}: a stay of {length} days, from {mention.text!r} to {other.text!r}"
                return DateMention(mention.date, mention.line, mention.col, mention.text, note, other.date)
            # (or the lead gives the last day and another its first: "a two-day seminar closed on Friday … opened on Thursday";
            # in the next paragraph when the lead is a standfirst: "left on Tuesday after three days in port" / "… came in last Sunday")
            if (other.date is not None and other.end is None and other.date.day is not None
                    and (other.line == mention.line or (after and other.line == after[0][0] and not _dated_in_brackets(other, after[0][1])))
                    and other.date.first_day() == first - _dt.timedelta(days=length - 1)):
                note = f"event {other.date.iso()} to {mention.date.iso()}: a stay of {length} days, from {other.text!r} to {mention.text!r}"
                return DateMention(other.date, mention.line, mention.col, mention.text, note, mention.date)
    # "tied up Friday, October 9, and pulled out Monday morning, October 12": the sentence's only two days, each
    # written with its figure, a week at most apart and neither after the article's day: the first and last of a stay.
    if mention.end is None and own:
        # (the break looked for after the first date's own text: "11.11. jah … 12.11." closes each day with a full stop)
        same = [mention, *(m for m in rest if m.line == mention.line and not _SENTENCE_BREAK.search(own, mention.col - 1 + len(mention.text), m.col - 1))]
        days = sorted({m.date.first_day() for m in same if m.date is not None and m.date.day is not None})
        if (len(days) == 2 and days[0] == first and 1 <= (days[1] - first).days <= 7 and all(m.date is not None and m.end is None for m in same)
                and all(any(m.date.first_day() == day and _DIGIT.search(m.text) for m in same) for day in days)
                and not _ahead(PartialDate(days[1].year, days[1].month, days[1].day), reference)):
            other = next(m for m in same if m.date.first_day() == days[1])
            note = f"event {mention.date.iso()} to {other.date.iso()}: the sentence's two days, {mention.text!r} and {other.text!r}"
            return DateMention(mention.date, mention.line, mention.col, mention.text, note, other.date)
    # "tied up at the base on Monday (Aug. 17)" / "… is in port until Thursday (Aug. 20)": the stay the next paragraph
    # gives, to a day written in figures a week at most after the lead's.
    for number, text in [(mention.line, own[mention.col:]), *after] if mention.end is None else ():
        for m in _UNTIL_DAY.finditer(text) if "until" in text or "through" in text or "deri" in text else ():
            # ("until Thursday (Aug. 20)": the day in figures, not the weekday before it, read back from the article's date)
            until = next((other for other in date_mentions(text[m.end():], reference, number) if other.col <= 30 and _DIGIT.search(other.text)), None)
            if (until is not None and until.date is not None and until.end is None and until.date.day is not None
                    and 1 <= (until.date.first_day() - first).days <= 7):
                note = f"event {mention.date.iso()} to {until.date.iso()}: {mention.text!r}, then {m[0] + until.text!r}"
                return DateMention(mention.date, mention.line, mention.col, mention.text, note, until.date)
    # (Only a paragraph that may hold a span is read again: two weekdays, or figures joined by a dash or a word.)
    after = [(number, text) for number, text in after if _MAY_SPAN.search(text) or len(_FOREIGN_WEEKDAY.findall(text)) >= 2]
    for other in [*rest, *(m for number, text in after for m in date_mentions(text, reference, number))]:
        if (other.end is not None and other.date is not None and other.date.day is not None and other.end.day is not None
                and other.date != other.end and (other.date, other.end) != (mention.date, mention.end)
                # (a stay's span, not a season's: "an open house on Saturday" inside "RIMPAC, which runs from June 25 to
                # Aug. 1" is that Saturday)
                and (other.end.first_day() - other.date.first_day()).days <= _LONGEST_STAY
                and any(other.date.first_day() <= first + shift and last + shift <= other.end.first_day() for shift in shifts)):
            note = f"event {other.date.iso()} to {other.end.iso()}: the span {other.text!r} holds the day {mention.text!r} the lead gives"
            return DateMention(other.date, other.line, other.col, other.text, note, other.end)
    # "Másnap, szombaton délután …", "Le lendemain, …": a later paragraph that opens on "the next day" goes on with the
    # happening the lead dates, one day longer (a day it names there must be that next day).
    nxt = first + _dt.timedelta(days=1)
    for number, text in later if mention.end is None and reference is not None else ():
        opener = _NEXT_DAY.match(text)
        if opener is None:
            continue
        named_days = [m.date.first_day() for m in date_mentions(text[:opener.end() + 40], reference, number) if m.date is not None and m.date.day]
        if all(day == nxt for day in named_days) and not _ahead(PartialDate(nxt.year, nxt.month, nxt.day), reference):
            end = PartialDate(nxt.year, nxt.month, nxt.day)
            note = f"event {mention.date.iso()} to {end.iso()}: {mention.text!r}, then {opener[0]!r} (the next day) in a later paragraph"
            return DateMention(mention.date, mention.line, mention.col, mention.text, note, end)
        break  # (the first such paragraph only)
    return mention


# A paragraph's opening "the next day", in the languages the corpus met and their neighbours.
_NEXT_DAY = _KEPT.compile(
    r"(?:The\s+(?:next|following)\s+day|Next\s+day|A\s+day\s+later|The\s+day\s+after|Am\s+(?:nächsten|folgenden)\s+Tag|Am\s+Tag\s+darauf|Tags\s+darauf"
    r"|Le\s+lendemain|Al\s+día\s+siguiente|Un\s+día\s+después|No\s+dia\s+seguinte|Um\s+dia\s+depois|Il\s+giorno\s+(?:dopo|seguente)|All?['’]indomani"
    r"|L['’]endemà|De\s+volgende\s+dag|Een\s+dag\s+later|De\s+dag\s+erna|Másnap(?:ján)?|A\s+doua\s+zi|Następnego\s+dnia|Nazajutrz|Druhý\s+den|Nazítří"
    r"|Na\s+druhý\s+deň|Dagen\s+(?:därpå|efter|etter)|Seuraavana\s+päivänä|Sutradan|Naslednji\s+dan|На\s+следующий\s+день|Наступного\s+дня"
    r"|Ertesi\s+gün|Keesokan\s+harinya|Siku\s+iliyofuata|Την\s+επόμενη\s+(?:μέρα|ημέρα)|Kitą\s+dieną|Järgmisel\s+päeval)(?![\w-])"
)


def find_event_date(lines, reference: PartialDate | None) -> tuple[DateMention | None, tuple[DateMention, ...]]:
    """The first date the prose gives, and the mentions skipped because they could not be placed.

    `lines` is an iterable of (line number, text).
    """
    skipped = []
    first = None
    lines = list(lines)
    for at, (number, text) in enumerate(lines):
        mentions = date_mentions(text, reference, number)
        for k, mention in enumerate(mentions):
            if mention.date is None:
                if first is None:
                    skipped.append(mention)
                continue
            if first is None:
                if mention.end is None and _later_month(mention.date, reference):
                    continue  # "They are to start in July", in a May article: a plan, not what happened (a span of months stays)
                if not is_background(mention.date, reference) and not _stale(mention.date, reference):
                    if _ahead(mention.date, reference):
                        # "rehearsing for Thursday's celebrations when the ambassador came yesterday": a day still
                        # ahead beside one just past in the same paragraph; the one past is what happened.
                        past = next((m for m in mentions[k + 1:] if m.date is not None and m.end is None and is_recent(m.date, reference)), None)
                        if past is not None:
                            note = f"event date {past.date.iso()} preferred to {mention.text!r}, still ahead of the article's date"
                            return DateMention(past.date, past.line, past.col, past.text, note, past.end), tuple(skipped)
                    if mention.date.day is None and mention.end is None:  # (a span, "from June to August", is the happening)
                        # "Officers who joined in July have helped, the chief said on Thursday": a month
                        # in the paragraph's clauses is background to the day it reports.
                        day = next((m for m in mentions[k + 1:] if m.date is not None and is_recent(m.date, reference)), None)
                        if day is not None:
                            note = f"event date {day.date.iso()} preferred to the coarser {mention.text!r} in the same paragraph"
                            return DateMention(day.date, day.line, day.col, day.text, note, day.end), tuple(skipped)
                    return _span_around(mention, mentions[k + 1:], lines[at + 1:at + 3], reference, text, lines[at + 1:]), tuple(skipped)
                if lasting(text, mention):
                    continue  # "has contributed since 2022": the start of what still goes on, never the news
                first = mention  # background ("agreed in July 2024"): the news may come further down
            elif is_recent(mention.date, reference) or (_this_or_last_month(mention.date, reference) and not lasting(text, mention)
                                                         and not _SINCE_OPENS.match(mention.text)):
                # ("The bombs of February 1942 …" then "a seminar last month": the month just before is the news.)
                note = f"event date {mention.date.iso()} preferred to the earlier background date {first.text!r}"
                preferred = DateMention(mention.date, mention.line, mention.col, mention.text, note, mention.end)
                # (and read as the lead's own would be, its span too: "in October 20 akipan October 22 chan", from … until)
                return _span_around(preferred, mentions[k + 1:], lines[at + 1:at + 3], reference, text, lines[at + 1:]), tuple(skipped)
    return first, tuple(skipped)


def lasting(text: str, mention: DateMention) -> bool:
    """Whether the date opens a state that still goes on: "since 2022", "seit 2019"."""
    return _SINCE.search(text, 0, max(0, mention.col - 1)) is not None


_SINCE_OPENS = _KEPT.compile(r"(?:since|seit|depuis|desde)\b", re.IGNORECASE)  # ("since July": a mention that opens on it)
_SINCE = _KEPT.compile(r"\b(?:[Ss]ince|[Ss]eit|[Dd]epuis|[Dd]esde)\s+(?:(?:the|early|late|mid-?)\s+)?$")
_BACKGROUND_DAYS = 365  # a date this long before the article is background, unless nothing recent is given
_RECENT_DAYS = 31


def _stale(date: PartialDate, reference: PartialDate | None) -> bool:
    """A date more than a month before the article's day ("Le 29 mai" in a November interview): the story's
    first date, but a day of the weeks just before, further down, is likelier its news."""
    return reference is not None and reference.day is not None and (reference.first_day() - date.first_day()).days > _RECENT_DAYS


def _ahead(date: PartialDate, reference: PartialDate | None) -> bool:
    """A day after the article's own day."""
    return reference is not None and reference.day is not None and date.day is not None and date.first_day() > reference.first_day()


def _later_month(date: PartialDate, reference: PartialDate | None) -> bool:
    """A month without its day after the article's own month."""
    return (reference is not None and reference.month is not None and date.month is not None and date.day is None
            and (date.year, date.month) > (reference.year, reference.month))


def _this_or_last_month(date: PartialDate, reference: PartialDate | None) -> bool:
    """A month without its day, the article's own or the one before it."""
    if reference is None or reference.month is None or date.month is None or date.day is not None:
        return False
    return 0 <= (reference.year * 12 + reference.month) - (date.year * 12 + date.month) <= 1


def is_background(date: PartialDate, reference: PartialDate | None) -> bool:
    return reference is not None and (reference.first_day() - date.first_day()).days > _BACKGROUND_DAYS


def is_recent(date: PartialDate, reference: PartialDate | None) -> bool:
    """A date to the day, within a month before the article's date: the news it reports."""
    return date.day is not None and 0 <= (reference.first_day() - date.first_day()).days <= _RECENT_DAYS


# (Breton's hour sign, "7e30", among them)
_TIME = _KEPT.compile(r"\b\d{1,2}\s+h\s+\d{2}\b|\b(?:[01]?\d|2[0-3])e[0-5]\d\b|\b\d{1,2}h\d{2}min\b|\b\d{1,2}:\s\d{2}\b|\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|[ap]\.\sm\.|n\.\s?[uthg]\.|uhr|uur|hrs\.?|hs\.?|h(?![^\W\d_]))?(?![\d])|\d{1,2}\s*時\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?", re.IGNORECASE)
_ZONE = _KEPT.compile(r"\b(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|\b(?:JST|KST|UTC|GMT|CET|CEST|MEZ|MESZ|EET|EEST|MSK|BST|IST|EST|EDT|CST|CDT|PST|PDT|ET|PT|Z|HST|HDT|AKST|AKDT|MST|MDT|AST|ADT|NST|NDT|"
                   r"AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SAST|WAT|EAT|CAT|PKT|ICT|PHT|SGT|HKT|WET|WEST)\b|[+-]\d{2}:?\d{2}\b")
_LABEL = _KEPT.compile(
    r"\b(?:first\s+)?(?:published|updated|issued|released|last\s+updated|posted|modified|last\s+modified|created|date|dated|"
    r"on|at|as\s+of|\d+\s*min(?:ute)?s?\s+(?:to\s+)?read|stand|veröffentlicht|aktualisiert|am|um|aired|broadcast|"
    # the same labels in French, Spanish ("a las 10:48", at ten forty-eight), Italian, Portuguese and Dutch
    r"publié|publiée|modifié|modifiée|modificado|modificada|modificato|geändert|mis\s+à\s+jour|le|à|às|publicado|actualizado|el|de|a\s+las|las|pubblicato|aggiornato|il|alle|atualizado|em|gepubliceerd|bijgewerkt|op|om|aktualizacja|opublikowano|"
    # and in the other languages of the month table, with their short weekdays ("ma 5 okt 2026")
    r"gewijzigd|geplaatst|laatst|aangepast|publicerad|publicerat|uppdaterad|uppdaterat|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|"
    r"zuletzt|inilathala|la|klo\.?|kl\.?|v|в|u|у|gada|ore|sist|viimati|avaldatud|uuendatud|muudetud|publikováno|aktualizováno|publikované|aktualizované|objavljeno|ažurirano|paskelbta|atnaujinta|közzétéve|frissítve|publicat|actualizat|"
    r"yayınlanma|yayınlandı|güncelleme|güncellendi|tarihi|опубліковано|оновлено|опубликовано|обновлено|δημοσίευση|ενημέρωση|"
    # the year's abbreviation after it in the Cyrillic languages ("13 ноември 2026 г., 19:42", "2026 р.")
    r"г|р|"
    # and the hour's ("24.09.2026, 08:15 ч.", Bulgarian)
    r"ч|"
    # Polish "hour" before the time ("3 lipca 2026, godz. 14:20"), Slovak and Czech "at" ("11. nov 2026 o 6:00")
    r"godz\.?|o|"
    # and Slovene's "at" and "updated" ("14. 10. 2026 ob 6.30 | posodobljeno 14. 10. 2026 ob 11.05")
    r"ob|posodobljeno|"
    # Welsh "published" and "updated" ("Cyhoeddwyd: 10.08.2026, 07:15 | Diweddarwyd: 11.08.2026, 09:40")
    r"cyhoeddwyd|diweddarwyd|"
    # Kannada "published" and "revised" ("ಪ್ರಕಟಿತ: 23 ಅಕ್ಟೋಬರ್ 2026, 06:10 IST | ಪರಿಷ್ಕೃತ: …")
    r"ಪ್ರಕಟಿತ|ಪರಿಷ್ಕೃತ|ಪ್ರಕಟಿಸಲಾಗಿದೆ|ಪರಿಷ್ಕರಿಸಲಾಗಿದೆ|"
    # Telugu "publication" and "last update", and the short weekdays a Telugu portal sets before the date
    # ("ప్రచురణ: ఆది, నవంబర్ 22 2026 6:05 AM | చివరి అప్‌డేట్: సోమ, …")
    r"ప్రచురణ|చివరి\s+అప్‌డేట్|చివరి\s+అప్డేట్|ఆది|సోమ|మంగళ|బుధ|గురు|శుక్ర|శని|"
    # Basque and Breton "published" and "updated" ("Argitaratua: 2026/10/16 06:30 · Eguneratua: …", "Embannet : … · Hizivaet : …")
    r"argitaratua|eguneratua|embannet|hizivaet|"
    # Yoruba "it was published", "it was corrected" and the times of day ("A gbé e jáde: Ọjọ́ Ẹtì, 16 Ọ̀wàrà 2026, 8:05 òwúrọ̀"),
    # Igbo "published" and its times of day, Scottish Gaelic "published", "updated", Friulian, Asturian and Cebuano labels
    r"a\s+gbé\s+e\s+jáde|gbé\s+e\s+jáde|a\s+ṣàtúnṣe|ṣàtúnṣe|òwúrọ̀|ọ̀sán|alẹ́|ìrọ̀lẹ́|ebipụtara|emelitere|ụtụtụ|ehihie|mgbede|abalị|"
    r"air\s+fhoillseachadh|air\s+ùrachadh|publicât|inzornât|espublizáu|anováu|gipatik|"
    # Javanese "published", "updated" and the days of the five-day market week after the weekday ("Dipacak: Kemis Pon, 12 November
    # 2026 | 15.20 WIB"); Occitan's article and "at" ("Publicat lo 14/11/2026 a 8 h 40")
    r"dipacak|dianyari|legi|pahing|pon|wage|kliwon|lo|a|"
    # Tibetan "time of posting", "revised" and "o'clock" ("སྤེལ་དུས། ཕྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༠ ཚེས་ ༢༢ ཆུ་ཚོད་ ༡༨:༣༠")
    r"སྤེལ་དུས|བསྐྱར་བཅོས|ཆུ་ཚོད|"
    # (and "date of printing", published, and the weekdays: "པར་སྐྲུན་ཚེས། སྤྱི་ལོ་༢༠༢༦ ཟླ་༩ ཚེས་༢༤ གཟའ་ཕུར་བུ།", Ladakhi)
    r"པར་སྐྲུན་ཚེས|པར་སྐྲུན|གཟའ་ཉི་མ|གཟའ་ཟླ་བ|གཟའ་མིག་དམར|གཟའ་ལྷག་པ|གཟའ་ཕུར་བུ|གཟའ་པ་སངས|གཟའ་སྤེན་པ|"
    # (and Dzongkha "printed", i.e. published, and "brought up to date": "དཔར་བསྐྲུན། … | དུས་མཐུན། … ཆུ་ཚོད་ ༡༠:༢༠")
    r"དཔར་བསྐྲུན|དུས་མཐུན|"
    # Shona, Sundanese, Ilocano, Lingala and Romansh labels and Upper Sorbian's "o'clock" ("09.11.2026, 05:30 hodź.")
    r"yaburitswa|yagadziridzwa|dianyarkeun|naipablaak|naipabaro|ebimisami|ebongisami|publitgà|hodź|"
    # Guarani, Tongan (and its times of day), Xitsonga, Tshivenda and Yiddish labels, Yiddish "a.m." and "p.m."
    r"oñemoherakuã|oñembopyahu|pulusi|fakafoʻou|pongipongi|hoʻatā|efiafi|ku\s+humesiwile|ku\s+pfuxetiwile|ḽo\s+gandiswa|"
    r"ארויסגעגעבן|דערהיינטיקט|פארמיטאג|נאכמיטאג|"
    r"ma|di|wo|do|vr|za|zo|må|ti|on|to|fr|lø|sø|lö|sö|po|út|st|čt|pá|so|ne|"
    # Indonesian and Malay weekdays and times of day ("Rabu, 9 September 2026 | 7:05 pagi")
    r"senin|selasa|rabu|kamis|jumat|sabtu|isnin|khamis|jumaat|ahad|pagi|petang|malam|siang|sore|wib|wita|myt|"
    # Swahili's hour and times of day ("saa 12:30 asubuhi": Swahili counts the hours from dawn)
    r"saa|asubuhi|mchana|jioni|usiku|"
    # Burmese times of day ("နံနက် ၉:၁၅", morning), and "posted" and "last edited" ("တင်ချိန် – ၂၂ အောက်တိုဘာ ၂၀၂၆")
    r"နံနက်|မနက်|နေ့လယ်|မွန်းလွဲ|ညနေ|ညနေပိုင်း|တင်ချိန်|နောက်ဆုံးပြင်ဆင်ချိန်|ပြင်ဆင်ချိန်|"
    # the times of day in the languages of India and Sri Lanka ("ਸਵੇਰੇ 05:40", "পুৱা ৬:০০ বজাত", at six in the morning), and
    # Malay's ("9:40 PG", "Diterbitkan pada …")
    r"ਸਵੇਰੇ|ਦੁਪਹਿਰ|ਸ਼ਾਮ|ਰਾਤ|सुबह|दोपहर|शाम|रात|सकाळी|दुपारी|संध्याकाळी|পুৱা|দুপৰীয়া|আবেলি|গধূলি|নিশা|বজাত|বজে|সকাল|দুপুর|বিকেল|সন্ধ্যা|রাত|"
    r"காலை|மதியம்|மாலை|இரவு|രാവിലെ|ഉച്ചയ്ക്ക്|വൈകിട്ട്|രാത്രി|ఉదయం|మధ్యాహ్నం|సాయంత్రం|రాత్రి|ಬೆಳಿಗ್ಗೆ|ಮಧ್ಯಾಹ್ನ|ಸಂಜೆ|ರಾತ್ರಿ|સવારે|બપોરે|સાંજે|રાત્રે|"
    r"pg|ptg|diterbitkan|disiarkan|pada|dikemas|kini|"
    # Maltese "published", "updated" and the "of" between the day and the month ("16 ta' Ottubru 2026")
    r"ippubblikat|aġġornat|ta|"
    # Venetian "published", "updated" and "at the" ("Publicà el 24 otobre 2026 a le 7.40   ·   Ajornà el 25 otobre 2026 …"),
    # Neapolitan "published" ("Pubblecato ’o 6 ’e nuvembre 2026 – 08:47": the article "’o" is "o" once the apostrophe goes)
    r"publicà|ajornà|le|pubblecato|"
    # isiXhosa "published", "updated" and "at" before the time ("Ipapashwe: 22 Eyedwarha 2026 ngo-06:30"), Twi "it was put up" and
    # the times of day ("Wɔde too dwa: Wukuada, Obubuo 11, 2026 — 7:15 anɔpa"), Kapampangan and Waray "posted" ("Mipost:", "Gin-post:"),
    # Esperanto "published" and "updated", Tatar "updated", Rusyn "published" and "updated", Erzya "published" and "corrected"
    r"ipapashwe|ihlaziywe|ngo|wɔde\s+too\s+dwa|anɔpa|awia|anwummerɛ|anadwo|mipost|gin-post|gin-update|publikigita|ĝisdatigita|яңартылды|"
    r"публіковане|актуалізоване|путозь|витнезь|"
    # (Altai "updated", its Cyrillic "ј": "Јаҥыртылган: 20.10.2026, 09:12"; Samogitian and Ligurian "updated"; Interlingua's labels)
    r"јаҥыртылган|atnaujėnta|agiornou|publicate|actualisate|"
    # (Garhwali "published", "morning" and "o'clock": "प्रकासित: १८ अक्टूबर २०२६, सुबेर ८:१० बजि")
    r"प्रकासित|सुबेर|बजि|"
    # (Valdôtain "published", "put to day": "Publià lo demars 3 de novembre 2026 a 7.50 · Betà a dzor lo demécro 4 de novembre a 10.05")
    r"publià|betà\s+a\s+dzor|publichè|agiurnè|publiè|ech|"
    # (Walloon "published" and "put to day", with the article: "Pobliyî li 16/11/2026 a 6:50 · Mètou a djoû li 17/11/2026 a 10:20";
    # Gallo "appeared" and "put to day": "Paru le 09/11/2026 a 18 h 20 · Mins a jou le 10/11/2026 a 08 h 05")
    r"pobliyî|mètou\s+a\s+djoû|li|paru|mins\s+a\s+jou|"
    # (Chhattisgarhi "published", "morning", "midday": "परकासित: 09.10.2026, बिहनिया 06:45 | अपडेट: 09.10.2026, मंझनिया 01:20")
    r"परकासित|बिहनिया|मंझनिया|"
    # (Marwari "printed" and "morning": "छप्यो: मंगळवार, 27 अक्टूबर 2026, दिनूगै 8:10")
    r"छप्यो|दिनूगै|"
    # (Plautdietsch "o'clock": "Maondag, 9.11.2026 – 07:15 Ua")
    r"ua|"
    # (Võro "put out" and "mended": "Vällä pant: 6. märtekuu 2026, kell 9.14 · Parandõt: 7. märtekuu 2026, kell 10.05")
    r"vällä\s+pant|parandõt|"
    # (Romagnol "published", "updated", "the" and "at the hour": "Publichê e' 16 d'utòbar 2026 a l'ôr 7.45 | Agiurnê e' 17 …"; Aromanian's)
    r"publichê|agiurnê|e['’]|l['’]ôr|publicatã|"
    # (Mizo "day of issue", "corrected"; Khasi "it was put out", "the day of": "La pynmih: Ka sngi Thohdieng, 13 Naiwieng 2026 · 6:45 PM")
    r"chhuah\s+ni|siamṭhat|la\s+pynmih|ka\s+sngi|"
    # (Shan "made new": "ဝၼ်းၽၢတ်း 12 လိူၼ်ၼူဝ်ႇဝႅမ်ႇပႃႇ 2026 · ပိၼ်ႇမႂ်ႇ 13/11/2026 09:40")
    r"ပိၼ်ႇမႂ်ႇ|"
    # (Kabyle "it came out" and "it was renewed": "Yeffeɣ-d: 10 Wambeṛ 2026, 08:15 | Yettwaleqqem: 11 Wambeṛ 2026, 17:02")
    r"yeffeɣ-d|yettwaleqqem|"
    # (Tashelhit in Tifinagh, "it was published": "ⵉⵜⵜⵓⵥⵕⴰⴳ: ⴰⴽⵡⴰⵙ 22 ⴽⵜⵓⴱⵕ 2026 - 10:05")
    r"ⵉⵜⵜⵓⵥⵕⴰⴳ|"
    # (Niuean "put out", "renewed", "morning", "afternoon"; Cook Islands Māori "in the morning", "in the afternoon")
    r"tuku\s+atu|fakafou|pogipogi|afiafi|i\s+te\s+popongi|i\s+te\s+ahiahi|ʻi\s+te|"
    # (Sicilian and Sardinian labels: "Pubblicatu marti 13 d'uttùviru 2026, 07:45 · Aggiurnatu ê 11:20", "Publicadu: … – Agiornadu: …")
    r"pubblicatu|aggiurnatu|ê|publicadu|agiornadu|"
    # (Kven "published" and "o'clock": "Julkastu 12.11.2026 kello 18.40 · Päivitetty 13.11.2026 kello 09.05")
    r"julkastu|kello|"
    # (Dargwa "news out", "made new" and "of the year": "Хабар дураибси: 2026 дусла 26 октябрь, 18:40 · Таза дарибси: 27 октябрь, 09:12")
    r"хабар\s+дураибси|таза\s+дарибси|дусла|"
    # (Tokelauan "in the morning", "in the evening"; Norfuk "put out", "updated"; Pennsylvania Dutch "given out", "renewed",
    # "morning"; Michif's article: "Tuku atu: Aho Tofi 15/10/2026, 7:30 i te afiafi", "Putaut … · Apdiet …", "Rausgewwe: …")
    r"i\s+te\s+taeao|i\s+te\s+afiafi|putaut|apdiet|rausgewwe|gennert|meiyets|"
    # (a pencil for "edited": "📅 26.10.2026, 09:40   ✎ 26.10.2026, 17:05")
    r"✎|✏️?|"
    # (Brahui "it was published", and Urdu's Saturday in a stamp, "ہفتہ" (also "week", so read in stamps only);
    # Pothwari "o'clock": "چھپی: ہفتہ ۷ نومبر ۲۰۲۶، ۱۰:۳۵ وجے")
    r"شائع\s+مس|ہفتہ|وجے|"
    # (Luri "last" and "update": "آخری وه‌روزرسانی: چارشمه ۶ آبان ۱۴۰۵ - ۱۶:۱۵"; Hawrami "spread" and "renewed": "بڵاو کریا: … | نوێ کریاوە: …")
    r"آخری|وه‌روزرسانی|بڵاو\s+کریا|نوێ\s+کریاوە|"
    # (S'gaw Karen "put out" and "mended again": "ထုးထီၣ် ၂၀/၁၀/၂၀၂၆, ၀၉:၁၅ · ဘိုဘၣ်က့ၤ ၂၁/၁၀/၂၀၂၆, ၁၄:၄၀")
    r"ထုးထီၣ်|ဘိုဘၣ်က့ၤ|"
    # (Hindko "printed", "update", "morning", "midday": "چھپی: جمعرات 22 اکتوبر 2026، سویرے 9:40 · اپ ڈیٹ: 22 اکتوبر 2026، دوپہر 1:15")
    r"چھپی|اپ\s+ڈیٹ|سویرے|دوپہر|"
    # (Syriac "publication" and "renewal": "ܦܘܪܣܡܐ: ܫܒܬܐ، 14 ܬܫܪܝܢ ܐܚܪܝܐ 2026 – 09:20 | ܚܘܕܬܐ: 15/11/2026 – 17:45")
    r"ܦܘܪܣܡܐ|ܚܘܕܬܐ|"
    # Uyghur "time of publication" ("ئېلان قىلىنغان ۋاقتى: 2026-يىلى 10-نويابىر، سەيشەنبە، 14:20")
    r"ئېلان\s+قىلىنغان\s+ۋاقتى|ئېلان\s+قىلىنغان|"
    # Northern Sami "published", "updated" and "o'clock" ("Almmuhuvvon 12.11.2026 dii. 08.20"), Cornish "published", Minangkabau
    # "published" and "updated" ("Tabik: Kamih, …", "Dipabarui: …"), Balinese "published", Bhojpuri's times of day and "o'clock"
    r"almmuhuvvon|ođasmahttojuvvon|dii|dyllys|dy|tabik|dipabarui|kawedar|सबेरे|दुपहरिया|साँझ|रात|बजे|"
    # Ewe "it was put out" and "morning" ("Woɖee ɖe go Fiɖa, 23 Kele 2026, ŋdi 06:40"), Afaan Oromoo "published" and "renewed",
    # Hiligaynon "published", Manipuri "published" and "update done" ("থাদোকখিবা: …", "অপদেত তৌখিবা: …")
    r"woɖee\s+ɖe\s+go|ŋdi|maxxanfame|haaromfame|ginpublikar|থাদোকখিবা|অপদেত\s+তৌখিবা|"
    # Karelian "published", "updated"; Avar "renewed"; Pulaar "published", "updated" ("Yaltinaama Aset 14/11/2026 — 09:40")
    r"julgaistu|uvvistettu|цӀи\s+гьабуна|yaltinaama|hesɗitinaama|"
    # Santali "printed" and "update" ("ᱪᱷᱟᱯᱟ : ᱧᱩᱦᱩᱢ, ᱗ ᱱᱚᱵᱷᱮᱢᱵᱚᱨ ᱒᱐᱒᱖, ᱑᱐:᱑᱕"), Tulu "published"
    r"ᱪᱷᱟᱯᱟ|ᱟᱯᱰᱮᱴ|ಪ್ರಕಟ|"
    # Latgalian "published", "updated"; Limburgish "updated" and "o'clock" ("Biegewèrk 10 november 2026, 09.12 oer"); Italian's
    # "last" ("Ultima modifica: 11:48"); Saraiki "published", "updated" and "night"; Hmong "published", "changed", "morning"
    # (Kashmiri "published", "updated", and Friday with its vowel mark: "شایع: جُمعہ، ۱۳ نومبر ۲۰۲۶")
    r"شایع|تازٕ\s+کاری|جُمعہ|"
    # ("last" before "updated" in more languages: "Última actualización: 13 noviembre, 2026 8:15 a. m.", "Dernière mise à jour : …",
    # "Ultimo aggiornamento: …", "Letzte Aktualisierung: …", "Ostatnia aktualizacja: …", "Senast uppdaterad …")
    r"última|último|ultimo|dernière|derniere|mise\s+à\s+jour|letzte|zuletzt|ostatnia|senast|senaste|sidst|sist|laatst|viimeksi|"
    r"publicāts|atjaunynuots|biegewèrk|oer|ultima|شائع\s+تھئی|تازہ\s+کیتی\s+ڳئی|رات|سویل|tshaj\s+tawm|hloov\s+kho|sawv\s+ntxov|"
    # Hausa "published" and the times of day ("An wallafa: Alhamis, 15 ga Oktoba, 2026 | 11:20 na safe"); Azerbaijani "updated"
    r"an\s+wallafa|wallafa|na\s+safe|na\s+rana|na\s+yamma|na\s+dare|ga|yenilənib|"
    # "Last update on:", Dutch "Laatste update:", Luxembourgish "published" and "o'clock" ("Publizéiert: 11.11.2026 um 06:45 Auer"),
    # Sri Lankan Tamil's "a.m." and "p.m." before the time ("மு.ப. 07:40")
    r"last\s+update(?:d)?(?:\s+on)?|laatste\s+update|publizéiert|auer|foilsithe|nuashonraithe|stovnað|மு\.ப\.?|பி\.ப\.?|"
    # Somali "published" and "changed" ("La daabacay: …   ·   Wax laga beddelay: …")
    r"la\s+daabacay|daabacay|wax\s+laga\s+beddelay|laga\s+beddelay|"
    # Afrikaans "published", "updated"
    r"gepubliseer|bygewerk|opgedateer|"
    # Hindi's and Marathi's "published" and "updated" ("प्रकाशित : ७ नोव्हेंबर २०२६ | अद्ययावत : …"); Odia's, and its times of day
    # ("ପ୍ରକାଶିତ: ୧୩ ସେପ୍ଟେମ୍ବର ୨୦୨୬, ସକାଳ ୬:୪୫", in the morning)
    r"प्रकाशित|अद्ययावत|अपडेटेड|ପ୍ରକାଶିତ|ଅପଡେଟ|ସକାଳ|ଦିନ|ଅପରାହ୍ନ|ସନ୍ଧ୍ୟା|ରାତି|"
    # Sinhala's "a.m." and "p.m." before the time ("2026 සැප්තැම්බර් 16, බදාදා පෙ.ව. 6.45")
    r"පෙ\.ව\.?|ප\.ව\.?|පෙරවරු|පස්වරු|"
    # Thai's "published", "last updated" (either word) and the "o'clock" after a time ("10:32 น.")
    r"เผยแพร่|ปรับปรุงล่าสุด|ปรับปรุง|อัปเดตล่าสุด|อัปเดต|น|"
    # Arabic's "published on", "last update" and the hour's "a.m."/"p.m." ("10:25 ص"), Persian's "date" (its own yeh), Urdu's "published"; Faroese, Tajik and Lao labels
    r"نشر|نُشر|بتاريخ|تاريخ|تاریخ|في|آخر|تحديث|ص|م|פורסם|פורסמה|انتشار|شائع|شدہ|dagført|навсозӣ|ອັບເດດ|ເຜີຍແຜ່|"
    # Tigrinya "a.m." and "p.m." after the time ("10:20 ቅ.ቐ.")
    r"ቅ\.ቐ\.?|ድ\.ቐ\.?|"
    # Sindhi "published", "last update", "morning" and "evening" ("شايع ٿيل: 13 آڪٽوبر 2026ع، صبح 09:40   |   آخري تازه ڪاري: …")
    r"شايع\s+ٿيل|آخري\s+تازه\s+ڪاري|تازه\s+ڪاري|صبح|شام|"
    # Pashto "published" and "updated" ("خپور شوی: … | تازه شوی: …")
    r"خپور\s+شوی|خپره\s+شوې|تازه\s+شوی|تازه\s+شوې|"
    + "|".join(_WEEKDAYS) + r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)(?!\w)|"
    r"公開|更新|配信|掲載|最終更新|日時|投稿|[（(][月火水木金土日][）)]|"
    # Chinese: "published at", "updated at" ("發佈時間：2026/11/19 07:30　更新時間：…")
    r"發佈時間|發布時間|发布时间|更新時間|更新时间|最後更新|最后更新|發佈|發布|发布|時間|时间|"
    r"송고|입력|수정|기사입력|최종수정|등록",  # Korean: filed, entered, revised, registered
    re.IGNORECASE,
)
UPDATED = _UPDATED = re.compile(r"updat|modif|aktualisier|aktualizac|mise?\s+à\s+jour|actualiz|actualis|actualitz|aggiorna|(?<![\w])agg(?=\.\s|\.?$)|atualiz|bijgewerkt|gewijzigd|aangepast|uppdater|opdater|"
                                r"oppdater|päivitet|aktualizov|ažurir|ажурир|atnaujin|frissít|güncel|оновл|обновл|обновен|ενημέρ|ενημερ|更新|수정|uppfær|aktualiséiert|განახლ|កែប្រែ|ปรับปรุง|อัปเดต|ອັບເດດ|навсозӣ|dagført|تحديث|nohavaozina|cusboonaysii|laga\s+beddelay|இற்றைப்படுத்த|абноўл|nuashonr|আপডেট|হালনাগাদ|اپ ڈیٹ|اپڈیٹ|အပ်ဒိတ်|uuend|muudet|"
                                # (and in the languages of India and Sri Lanka, some with a zero-width non-joiner inside; Malay's, Indonesian's)
                                r"ਅੱਪਡੇਟ|ਅਪਡੇਟ|अपडेट|अद्यतन|अद्ययावत|અપડેટ|புதுப்பி|அப்டேட்|അപ്ഡേറ്റ്|അപ്‌ഡേറ്റ്|అప్‌డేట్|అప్డేట్|నవీకర|ಅಪ್‌ಡೇಟ್|ಅಪ್ಡೇಟ್|ನವೀಕರ|ଅପଡେଟ|යාවත්කාලීන|"
                                r"dikemas\s*kini|dikemaskini|diperbarui|dipabarui|ođasmahtt|haaromfame|অপদেত|ᱟᱯᱰᱮᱴ|تازٕ\s+کاری|atjaunyn|biegewèrk|تازہ\s+کیتی|hloov\s+kho|uvvistet|цӀи\s+гьабуна|hesɗitin|aġġorn|ajornà|hlaziy|ĝisdatig|яңарт|актуаліз|витнез|bygewerk|opgedateer|ပြင်ဆင်|posodoblj|diweddar|ಪರಿಷ್ಕೃತ|yeniləni|ಪರಿಷ್ಕರಿಸ|eguneratu|hiziva|ṣàtúnṣe|emelitere|ùrachadh|inzornât|anováu|dianyari|བསྐྱར་བཅོས|gadziridzw|dianyarkeun|naipabaro|ebongisami|oñembopyahu|fakafoʻou|pfuxetiwile|דערהיינטיקט|"
                                # (Hebrew, Persian)
                                r"עודכן|עדכון|به‌روز|بروز|به روز|تازه\s+شو[یې]|تازه\s+ڪاري|تازه‌?\s?شده|"
                                # (Bulgarian and Russian "edited")
                                r"редактиран|редактирова|отредактир|"
                                # (Tibetan "revised", Dzongkha "brought up to date", Altai, Samogitian and Ligurian "updated")
                                r"བསྐྱར་བཅོས|དུས་མཐུན|јаҥырт|atnaujėn|agiorn|betà\s+a\s+dzor|ဘိုဘၣ်က့ၤ|اپ\s+ڈیٹ|agiurn|ܚܘܕܬܐ|mètou\s+a\s+djoû|mins\s+a\s+jou|وه‌روز|نوێ\s+کریاوە|parandõt|agiurnê|siamṭhat|ပိၼ်ႇမႂ်ႇ|yettwaleqqem|fakafou|aggiurn|agiornad|таза\s+дарибси|apdiet|gennert|✎|✏", re.IGNORECASE)
_LEFTOVER = _KEPT.compile(r"[\s|·•・,.:;()\[\]/–—\-：（）៖ءع၊@،།་’｜]+")  # (a full stop too: "10. 11. 2026. 07:05"; Urdu's "2026ء", the year of the era;
# "Oktober 16, 2026 @ 7:15am", the sign for "at"; Arabic's comma after a weekday, "الخميس، 12 نوفمبر 2026"; Sindhi's "2026ع")


# Every plain word a stamp line can hold, lower-cased: month names (each word of one: "Lub Kaum Hli"), "of", and
# what the time, zone and label patterns remove. Taken from the patterns
# themselves so they stay in step; the forms their optional parts spell
# ("minutes", "last updated") are added by hand. Extra words only cost speed.
_LABEL_WORDS = (
    {piece for m in MONTH_NUMBER for piece in m.lower().split()}
    | {piece for m in MONTH_NUMBER if "'" in m or "’" in m or ":" in m for piece in re.findall(r"\w+", m.lower()) if len(piece) >= 2}  # ("rujulajuj ik'", "Kentenhkó:wa"; not Breton's "c" of "C'hwevrer")
    | {"of", "viz", "di", "dal", "first", "last", "as", "min", "mins", "minute", "minutes", "read"}
    | {w.lower() for w in re.findall(r"[A-Za-z]+", _TIME.pattern + _ZONE.pattern + _LABEL.pattern)}
)
# A time ("10:00 am", "9.30 Uhr") can take its suffix off the front of the word after it.
_STAMP_WORDS = frozenset(
    _LABEL_WORDS | {s + w for s in ("am", "pm", "a", "p", "m", "uhr", "uur", "h") for w in _LABEL_WORDS | {""}}
    # (and the weekdays of the weekday table: "Mercredi 7 Octobre 2026, 09:40" is asked of the patterns)
    # (of any script whose letters are whole to `\w`: "ᏧᎾᎩᎶᏍᏗ, ᏄᏓᏕᏆ 13, 2026", not one whose vowel signs would split the name)
    | {piece for names in _FOREIGN_WEEKDAY_NAMES.values() for n in names if all(c.isalpha() or c in " -'’ʼ" for c in n)
       for piece in re.findall(r"\w+", n.lower())}
    # (and the pieces of a hyphened one, "sexta-feira", as the words of a line are found)
    | {piece for n in _FOREIGN_WEEKDAY_NAMES["pt"] for piece in re.findall(r"\w+", n.lower())}
    | set(_GERMAN_WEEKDAYS)  # (German's, kept in a table of their own: "Samstag, 28. November 2026" is no place and a date)
    | {day[:2] for day in _GERMAN_WEEKDAYS}  # (and cut short, as stamps write them: "Aktualisiert: Sa., 14.11.2026")
    | {piece for n in _STAMP_WEEKDAYS for piece in re.findall(r"\w+", n.lower())}
    | {"tue", "thur", "thurs"}  # (English weekdays cut short as the label pattern allows: "Updated Tue., Sept. 22, 2026")
)
_WORD = _KEPT.compile(r"\w+")
# (A hyphened word is asked of the patterns whole: "Na-update", a Filipino update label.)
_PROSE_WORD = _KEPT.compile(r"\w+(?:-\w+)*")
# Kana and kanji, and those of them a stamp line can hold ("2026年5月29日 15時20分 公開").
_KANJI = _KEPT.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_STAMP_KANJI = frozenset(
    _KANJI.findall("".join(p.pattern for p in (_JA_YMD, _JA_ERA_YMD, _TIME, _ZONE, _LABEL, _LEFTOVER)))
) | {"・"}  # (the katakana middle dot sets two stamps apart: "… 8:30（公開）   ・   10月27日 11:02（更新）")


def _has_prose(line: str) -> bool:
    """Whether the line has a plain word that no date, time, zone or label removes.

    Such a line is no stamp line, and most lines are prose: this spares them
    the date patterns. Words of ASCII letters decide, and kana or kanji
    outside the patterns; any other word (with digits or accents) leaves the
    question to the patterns.
    """
    for match in _PROSE_WORD.finditer(line):  # the first word usually decides
        word = match.group()
        if word.isascii() and word.isalpha() and word.lower() not in _STAMP_WORDS and not _UPDATED.search(word):
            return True
    return not line.isascii() and any(c not in _STAMP_KANJI for c in _KANJI.findall(line))


def month_stamp(text: str) -> PartialDate | None:
    """A piece of a line that is a month and year and nothing else ("June 2026"): its month."""
    match = _MY.fullmatch(text.strip()) or _MY.fullmatch(known_months(text.strip()))
    return PartialDate(int(match[2]), MONTH_NUMBER[match[1].rstrip(".")]) if match else None


def ends_on_weekday(text: str) -> bool:
    """Whether the text's last words are a weekday's name, of the weekday table or English ("Yandĩkirwo Njumamosi,")."""
    text = text.rstrip(" ,")
    m = _ANY_WEEKDAY.search(text, max(0, len(text) - 40))
    return (m is not None and m.end() == len(text)) or text.rsplit(" ", 1)[-1].capitalize() in _WEEKDAYS


def is_stamp_word(text: str) -> bool:
    """Whether every word of the text is one a stamp line holds (a month, a weekday, a label)."""
    return all(w.lower() in _STAMP_WORDS for w in _WORD.findall(text))


# A weekday right after a publication or update label, in the languages that write one there:
# "Publicado: jueves, 8 de octubre de 2026", "Publicat: sâmbătă, 30 mai 2026", "Publié le jeudi 8 octobre".
# (Only there: a bare weekday and date on top of a page, "Domingo 31 de mayo de 2026", is the date bar's.)
_LABELLED_WEEKDAY = _KEPT.compile(
    r"(?P<label>\b(?:publicado|publicada|actualizado|actualizada|atualizado|publicat|actualizat|pubblicato|aggiornato|publié|mis à jour)"
    r"\s*[:：]?\s*(?:(?:el|le|il|em|o)\s+)?)(?P<day>" + "|".join(
        n for lang in ("es", "pt", "it", "fr") for n in _FOREIGN_WEEKDAY_NAMES[lang])
    + r"|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|sîmbătă|duminică)\b",
    re.IGNORECASE,
)


_ANY_WEEKDAY = _KEPT.compile(r"(?<!\w)(?:" + "|".join(sorted(sorted({n for names in (*_FOREIGN_WEEKDAY_NAMES.values(), _STAMP_WEEKDAYS) for n in names}), key=len, reverse=True))
                          + r")(?!\w)", re.IGNORECASE)
# A weekday cut to its first two or three letters and a full stop, as stamps write it: "Sa., 14.11.2026", "Fr. 13.11.2026".
# (A short word and its stop, then looked up: not an alternation of every weekday's cut, compiled at import.)
_SHORT_WORD_STOP = _KEPT.compile(r"(?<!\w)([^\W\d_]{2,3})\.")
_WEEKDAY_CUTS = frozenset(n[:k].lower() for n in (*_WEEKDAYS, *_GERMAN_WEEKDAYS, *_FOREIGN_WEEKDAYS) for k in (2, 3) if n[:k].isalpha())


def _without_weekdays(piece: str) -> str:
    """The piece of a stamp line without the weekdays in it, whole or cut short."""
    return _SHORT_WORD_STOP.sub(lambda m: "" if m[1].lower() in _WEEKDAY_CUTS else m[0], _ANY_WEEKDAY.sub("", piece))


_SHORT_YEAR = _KEPT.compile(r"(?<![\d./·-])(\d{1,2})([./·-])(\d{1,2})\2(\d{2})(?![\d./·-])")
# A line that opens on such a date and its time: "02/12/26 06:00", "06.07.26, 18:40", "25-09-26, 06:00".
# (or with middle dots, and a bar before the time: "26·09·26 | 07:00")
_SHORT_THEN_TIME = _KEPT.compile(r"\s*\d{1,2}([./·-])\d{1,2}\1\d{2}(?:,?\s+|\s+\|\s+)\d{1,2}[:.h]\d{2}(?!\d)")
_OPENS_LABELLED = _KEPT.compile(
    r"^\s*(?:first\s+)?(?:published|updated|posted|last\s+updated|veröffentlicht|aktualisiert|publiziert|publicado|actualizado|publié|"
    r"mis\s+à\s+jour|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|julkaistu|päivitetty|opublikowano|"
    r"aktualizacja|publikováno|aktualizováno|פורסם|עודכן)(?!\w)", re.IGNORECASE)


_UPDATE_AFTER = _KEPT.compile(r"^\s*(?:\d{1,2}[:：]\d{2}\s*)?(?:更新|수정)")


def stamp_dates(line: str) -> list[tuple[str, PartialDate, str | None]] | None:
    """Read a line that is nothing but publication/update stamps; None for any other line.

    Returns (kind, date, note) with kind "published" or "updated", in line order.
    """
    if not line.isascii():
        line = line.translate(_DIGITS)  # (the figures of any script read as ASCII, times too: Newar "सुथ ११:०५")
    whole = line
    if ("(" in line or "（" in line) and _BRACKETED_AFTER_FIGURE.search(line):
        # "نشر: ۱۸ سنبله ۱۴۰۵ (۹ سپتامبر ۲۰۲۶)": the same day in another calendar, in brackets after the date, is not
        # a stamp of its own (blanked: the dates keep their places)
        line = _BRACKETED_AFTER_FIGURE.sub(lambda m: " " * len(m[0]) if _only_a_date(m[1]) or _HIJRI_DAY.fullmatch(m[1].strip())
                                        or _HIJRI_UNMARKED.fullmatch(m[1].strip()) else m[0], line)
    if "ዓ.ም" in line or "E.C." in line:
        # "06.11.2026   ·   ጥቅምት 27 ቀን 2019 ዓ.ም.": the same day in the Ethiopian calendar (its era, "ዓ.ም."), set apart from the
        # stamp by a mark, is not a stamp of its own (blanked: the dates keep their places). (But "ማክሰኞ፣ ኅዳር 15 ቀን 2019 ዓ.ም
        # (November 24, 2026) ከጠዋቱ 4:20" is the Ethiopian date with its Gregorian twin in brackets, the bracket blanked; and an
        # Ethiopian date alone is the stamp's own.)
        twin = _ethiopian_twin(line)
        if twin != line and (found := _stamps(twin)) is not None:
            return found
        beside = _ETHIOPIAN_BESIDE.sub(lambda m: " " * len(m[0]), line)
        if beside != line and (full_dates(beside) or _stamps(line) is None):
            line = beside
    if ("·" in line or "|" in line) and (beside := _HIJRI_BESIDE.sub(lambda m: " " * len(m[0]), line)) != line and full_dates(beside):
        # "Lamis 24 septembre 2026, 11:40   ·   ١١ ربيع الآخر ١٤٤٨ هـ": the same day in the Hijri calendar, set apart by a mark,
        # is not a stamp of its own (blanked: the dates keep their places)
        line = beside
    found = _stamps(line)
    if found is None and (other := known_months(line)) != line:
        found = _stamps(other)
    if found is None and _NAMED_MONTH_DATE.search(line):
        # "Gipatik: Agosto 21, 2026 – 3:40 PM": in a stamp, a month whose title case is also a name (kept out of the table in
        # that case, "Agosto 14, 2026 Ltd" in a sentence) read where it stands with its day and year
        found = stamp_dates(_NAMED_MONTH_DATE.sub(lambda m: _STAND_INS[MONTH_NUMBER[m[0].lower()] - 1].ljust(len(m[0])), line))
    if found is None and (counted := _COUNTED_DATE.sub(_counted_date, line)) != line:
        # "Ya nga tili: amos 17, ngon 6, mbu 2026 · 8h15": in a stamp only, the day, the month and the year each after a
        # short word of its own ("day 17, month 6, year 2026"), read as the figures they give (the dates keep their places)
        found = [(kind, date, None) for kind, date, _ in stamp_dates(counted) or []] or None  # (no figures to read either way)
    if (found is None and (lead := _LEAD_WEEKDAY.match(line)) and _CLOCK_TIME.search(line) and (dates := full_dates(line[lead.end():]))
            and dates[0][0] == 0):
        # "Ąba Izáptą, October 23, 2026 · 9:05 a.m. MDT | Updated …": a weekday of a language the table lacks, two words
        # and a comma, before the date and its time, an update after; read without it (blanked: the dates keep their places).
        found = _stamps(" " * lead.end() + line[lead.end():])
        if found and len(found) < 2:
            found = None  # (one stamp after one word and a comma is the place it was filed in: "Sevilla, 30 de mayo de 2026 - 08:12")
    if found is None and ("፦" in line or "፡" in line) and (glossed := _ETHIOPIC_GLOSS.sub(lambda m: " " * len(m[0]), line)) != line:
        # "ተሻሽሏል፦ Updated: 6 November 2026, 14:05 EAT": a label in the Ge'ez script, its colon, then the same label in a language
        # the table holds (blanked: the dates keep their places)
        found = stamp_dates(glossed)
    if found is None and "/" in line and (glossed := _GLOSSED_LABEL.sub("", line)) != line:
        # "Wikhikasu / Published: Oct. 9, 2026 · Piluwi-wikhikasu / Updated: …": each label in a language the table lacks, then
        # in one it holds, a slash between.
        found = stamp_dates(glossed)
    if found is None and ("|" in whole or "·" in whole) and len(whole) <= 200:
        found = _pieces_read_alone(whole, _BAR_GAP)
        if found is None and "|" in whole and "·" in whole:
            # "ኅዳር 1 ቀን 2019 ዓ.ም. (10.11.2026) · 3:15 ሰዓት   |   ተሻሽሏል፦ ኅዳር 2 ቀን 2019 ዓ.ም. (11.11.2026)": the bar parts the
            # stamps, the dot a stamp's date from its time.
            found = _pieces_read_alone(whole, _BAR_ONLY)
    return found


_BAR_ONLY = _KEPT.compile(r"\s+\|\s+")
_COUNTED_DATE = _KEPT.compile(rf"(?<![\w{MARKS}])[^\W\d_][\w{MARKS}'’]{{1,7}}\s+(3[01]|[12]\d|0?[1-9]),\s+[^\W\d_][\w{MARKS}'’]{{1,7}}\s+(1[0-2]|0?[1-9]),"
                           rf"\s+[^\W\d_][\w{MARKS}'’]{{1,7}}\s+((?:19|20)\d\d)(?!\d)")


def _counted_date(m: re.Match) -> str:
    """The date a counted day, month and year give, in figures day first, as long as the page's words."""
    return f"{int(m[1]):02d}.{int(m[2]):02d}.{m[3]}".rjust(len(m[0]))



def _pieces_read_alone(whole: str, gap: re.Pattern) -> list[tuple[str, PartialDate, str | None]] | None:
    """A row of two or three pieces, each a stamp of its own read alone; None unless every piece is one stamp."""
    found = None
    if 2 <= len(pieces := [p for p in gap.split(whole.strip()) if p.strip()]) <= 3:
        # "ታተመ፦ ረቡዕ፣ ኅዳር 2 ቀን 2019 ዓ.ም. (Nov 11, 2026) ከጠዋቱ 2:40 | Updated 12 Nov 2026, 10:05 EAT": each piece a stamp of its
        # own, read alone (a label of one language, then one of another); a later day after the first is its update.
        read = [stamp_dates(p) or lone_stamp(p) for p in pieces]
        if all(r and len(r) == 1 for r in read):
            first = read[0][0]
            # (the same day again with no time of its own, in another script or calendar, is no update: "Posted: 18/11/2026
            # 18:40 MMT · ၁၈ နိုဝင်ဘာ ၂၀၂၆")
            found = [first] + [("updated" if kind == "updated" or date.first_day() >= first[1].first_day() else kind, date, note)
                               for (kind, date, note), piece in zip((r[0] for r in read[1:]), pieces[1:])
                               if not (date == first[1] and kind != "updated" and not _CLOCK_TIME.search(piece))]
    return found


# (or the day of the Hijri calendar, its year marked: "Isnin, 23 November 2026 (12 Jamadilakhir 1448H), 10:05 pagi")
_HIJRI_DAY = _KEPT.compile(r"\d{1,2}\s+[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s+1[34]\d\d\s?(?:H|AH|A\.H\.|هـ)\.?")
# (Beside the stamp, a piece of its own, or in brackets, the era's mark may be left out: "Ahad, 15.11.2026 · 07:45   |   4 Jumadil
# Akhir 1448", "Sabtu, Nobyembre 21, 2026 (10 Jumada al-Akhirah 1448) · 8:15 n.u.": a year of the fifteenth Hijri century.)
_HIJRI_UNMARKED = _KEPT.compile(r"\d{1,2}\s+[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s+14\d\d")
_HIJRI_BESIDE = _KEPT.compile(r"\s+[·|/]\s+(?:" + _HIJRI_DAY.pattern + "|" + _HIJRI_UNMARKED.pattern + r")(?=\s*$|\s+[·|]\s)")
# (after a figure, or after a time's half of the day: "8:15 AM (1 Jumadil Akhir 1448 H)")
_BRACKETED_AFTER_FIGURE = _KEPT.compile(r"(?:(?<=\d)|(?<=\d[AaPp][Mm])|(?<=\d\s[AaPp][Mm]))\s*[(（]([^()（）]{5,40})[)）]")
# (The piece opens on its weekday or month in the Ge'ez script, or in brackets; or it is written in Latin letters with the era's
# initials, "Hidaare 5, 2019 E.C. · 14/11/2026": not "Kïc: 22 October 2026, 08:15 EAT (ጥቅምት 12 ቀን 2019 ዓ.ም.)", whose stamp stays.)
_ETHIOPIAN_TWIN = _KEPT.compile(r"([\u1200-\u137f][^·|()]{2,40}ዓ\.ም\.?)\s*\(([^()]{5,40})\)")


def _ethiopian_twin(line: str) -> str:
    """The line with the Gregorian twin in brackets after an Ethiopian date blanked (the dates keep their places)."""
    return _ETHIOPIAN_TWIN.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])) if _only_a_date(m[2]) else m[0], line)


_ETHIOPIAN_BESIDE = _KEPT.compile(r"(?:(?<=\s)[·|]\s+)?(?:\(?[\u1200-\u137f][^·|()]{2,40}ዓ\.ም\.?\)?|(?<![^\s·|])[A-Z][a-z']{2,12}\s+\d{1,2},?\s+\d{4}\s+E\.\s?C\.)"
                                  r"(?:\s+[·|](?=\s))?")


def _only_a_date(text: str) -> bool:
    """Whether the text is one date written to the day and nothing else."""
    dates = full_dates(text)
    return len(dates) == 1 and dates[0][2].day is not None and not text[:dates[0][0]].strip() and not text[dates[0][1]:].strip()


_LEAD_WEEKDAY = _KEPT.compile(rf"^[^\W\d_][\w{MARKS}'’ʼ-]{{1,14}}\s[^\W\d_][\w{MARKS}'’ʼ-]{{1,14}},\s+")
_ETHIOPIC_GLOSS = _KEPT.compile(r"(?:(?<=^)|(?<=[·|]\s)|(?<=\s\s))[\u1200-\u137f]{2,20}\s*[፦፡]\s*(?=[A-Za-z][\w'’ -]{1,24}[:：]\s*\S)")
_GLOSSED_LABEL = _KEPT.compile(r"(?:(?<=^)|(?<=[·|]\s)|(?<=\s\s))[^\W\d_][\w'’-]{2,25}\s*/\s*(?=(?:published|updated|posted|publié|mis à jour|publicado|actualizado)\b)",
                            re.IGNORECASE)



def _stamps(line: str) -> list[tuple[str, PartialDate, str | None]] | None:
    found = _stamp_dates(line)
    if found is None and (":" in line or "：" in line or (("·" in line or "|" in line) and _H_TIME.search(line))) and len(line) <= 160:
        # (A row with no colon at all, its times French-style: "Papa'ihia i te 2/11/2026 – 9h40 · Hakahou i te 3/11/2026 – 16h05".)
        found = _labelled_stamps(line)
    if found is None and ("−" in line or "–" in line or "—" in line or " - " in line) and len(line) <= 160 and (dashed := _DASH_AFTER_LABEL.sub(r"\1: ", line)) != line:
        # "ထုတ်ဝေ − ဗုဒ္ဓဟူးနေ့၊ ၉ စက်တင်ဘာ ၂၀၂၆၊ နံနက် ၁၀:၁၅   ·   ပြင်ဆင် − ညနေ ၄:၄၀": each label of the row set off from its
        # stamp by a spaced dash, minus sign or hyphen, not a colon (published, updated: in the evening at 4:40)
        found = _labelled_stamps(dashed)
    if found is None and line.endswith(")") and (why := _UPDATE_REASON.search(line)):
        # "Јаҥыртылган: 20.10.2026, 09:12 (the professor's name corrected)": an update with what it changed in brackets
        bare = stamp_dates(line[:why.start()])
        found = bare if bare and bare[-1][0] == "updated" else None
    if found is None and ("·" in line or "|" in line or "•" in line or "—" in line or "–" in line) and (tail := _WORD_TIME_PIECE.search(line)) and (first := stamp_dates(line[:tail.start()])) and len(first) == 1:
        # "Ijumaa, 23 Oktoba 2026   08:40   ·   Etolikino 17:05": a stamp, then a piece of one word of a language the label
        # table lacks and a later time: the same day's update at that time.
        times = _CLOCK_TIME.findall(line[:tail.start()])
        if times and clock_minutes(tail["time"]) > clock_minutes(times[-1]):
            found = first + [("updated", first[0][1], None)]
    if (found is None and ("·" in line or "|" in line or "   " in line) and (tail := _TIME_PIECE.search(line)) and not _CLOCK_TIME.search(line, 0, tail.start())
            and not full_dates(tail[0])):
        # "Published 21 October 2026  ·  ጥቅምት 11 ቀን 2019 ዓ.ም.  ·  ከጠዋቱ 3:40 ሰዓት (9:40 EAT)": the stamp's time in a piece of its own
        # after it, in words of a language the tables lack (Ethiopia's clock, "in the morning 3:40 o'clock", and the same
        # hour by the day's clock in brackets).
        found = _stamp_dates(line[:tail.start()])
    if found and len(found) >= 2 and found[0][0] == "published":
        found = [_month_first_update(stamp, found[0][1]) for stamp in found]
    return found


_TIME_PIECE = _KEPT.compile(rf"(?:\s+[|·•]|\s\s)\s+(?:[^\W\d_][\w{MARKS}'’-]{{0,14}}\s+){{0,2}}(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s+[^\W\d_][\w{MARKS}'’-]{{0,14}}){{0,2}}"
                         r"(?:\s*\([^()]{3,20}\))?\s*$")


# (or after a dash, the time zone after it: "Kamis, 3 Desember 2026 · 10:42 WIT   —   Diperbarui 14:05 WIT")
_WORD_TIME_PIECE = _KEPT.compile(rf"(?:\s+[|·•—–])+\s+[^\W\d_][\w{MARKS}'’-]{{2,24}}\s+(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d)(?:\s+[A-Z]{{2,5}})?\s*$")
_CLOCK_TIME = _KEPT.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.])")


def clock_minutes(clock: str) -> int:
    """Minutes past midnight of a clock time, "14:40" or "9.15"."""
    hours, minutes = re.split(r"[:.]", clock)
    return int(hours) * 60 + int(minutes)


_H_TIME = _KEPT.compile(r"\d\s?[hH]\s?\d\d")  # ("9h40", "6 h 30")
_UPDATE_REASON = _KEPT.compile(r"(?<=\d)\s*\([^()\d]{3,120}\)$")


_READ_DAY_FIRST = _KEPT.compile(r"^'(\d{1,2})/(\d{1,2})/(\d{4})' read day first")


def _month_first_update(stamp: tuple[str, PartialDate, str | None], published: PartialDate) -> tuple[str, PartialDate, str | None]:
    """An update slashed both ways ("10/07/2026") that, read day first, falls before the publication it updates is read
    month first, when that falls on or after it ("Lub Kaum Hli 6, 2026 · Hloov kho: 10/07/2026": 7 October)."""
    kind, date, note = stamp
    if kind != "updated" or not note or published.day is None or date.first_day() >= published.first_day():
        return stamp
    written = _READ_DAY_FIRST.match(note)
    other = _day(int(written[3]), int(written[1]), int(written[2])) if written else None
    if other is None or other.first_day() < published.first_day():
        return stamp
    return kind, other, f"'{written[1]}/{written[2]}/{written[3]}' read month first as {other.human()}: read day first, the update would come before the publication"


# A row of stamps, each a label of a word or two and a colon before its date, whatever the label's language:
# "Kyateekeddwako: 13/11/2026 | 08:15   ·   Kyakyusiddwamu: 14/11/2026 | 10:02", "Ebimisami: 23/10/2026 na 07:40".
# (The row's pieces are split only before a label: a bar may set a stamp's time apart too.)
# (A label of three words too: Talysh "Tozə kardə bıə:", it was made new; of five, one-letter words among them: Igala "Ọjọ́ ki a
# kọ ñwu:", the day it was written.)
# (A word may open on an apostrophe or a turned one, a letter of its own in some: Lugbara "Sizu 'bo:", it was written, Mangarevan
# "I ‘akaou ia:", it was made new; the first may be one
# letter: Sepedi "E phatlaladitšwe:", it was published.)
_ROW_LABEL = r"[^\W\d_][\w" + MARKS + r"'’-]{0,24}(?:\s['’‘]?[^\W\d_][\w" + MARKS + r"'’-]{0,24}){0,4}"
# (Ethiopic writing may set its wordspace "፡" for the colon: "የታተመው፡ ኅዳር 5 ቀን 2019 ዓ.ም. (14.11.2026) 09:20", published; or its
# preface colon "፦": "ታተመ፦ ጥቅምት 14 ቀን 2019 ዓ.ም. ከጠዋቱ 3:15 · ተሻሽሏል፦ ጥቅምት 15 ቀን 2019 ዓ.ም. ከቀኑ 10:40", published, updated.)
_STAMP_GAP = _KEPT.compile(r"(?:\s+[|·•]\s+|\s{3,})(?=" + _ROW_LABEL + r"\s*[:：፡፦])")
_STAMP_LABEL = _KEPT.compile(r"^\s*(?P<label>" + _ROW_LABEL + r")\s*[:：፡፦]\s*(?P<rest>\S.{5,60})$")
_DASH_AFTER_LABEL = _KEPT.compile(r"(?:(?<=^)|(?<=\s\s)|(?<=[·|•]\s))(\s*" + _ROW_LABEL + r")\s+[−–—-]\s+(?=\S)")
_SHORT_WORD = _KEPT.compile(r"^[^\W\d_]{1,4}\.?$")
_TIME_LABEL = _KEPT.compile(r"^\s*(?P<label>" + _ROW_LABEL + r")\s*[:：]\s*(?P<rest>\d{1,2}[:.]\d{2})\s*$")
# (its half of the day after it, "Miyapakabago: 2:40 PM", or the Philippines' "n.u.", "n.h.": in the morning, afternoon)
_BARE_TIME = _KEPT.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[AaPp]\.?\s?[Mm]\.?|n\.\s?[uthg]\.))?\s*$")
# (or the time with one word for the time of day before it: Newar "ह्यूगु: सुथ ११:०५", updated: morning 11:05)
_WORDED_TIME = _KEPT.compile(r"^\s*[^\W\d_][\w" + MARKS + r"]{1,11}\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\s*$")
_SHORT_WORD_LEFT = _KEPT.compile(r"^(?:[^\W\d_]{1,6})?$")
_WORD_BEFORE_TIME = _KEPT.compile(r"^[\s,·|–—-]*(?:(?:[^\W\d_][" + MARKS + r"]*){1,8}\s*)?$")  # ("saawa 3:40", hour 3:40: a word for the hour, or none)
_BAR_GAP = _KEPT.compile(r"(?:\s+[|·•])+\s+")
_BARE_LEAD = _KEPT.compile(r"^\s*(?P<label>" + _ROW_LABEL + r")(?:\s+[^\W\d_][\w" + MARKS + r"'’ʼ-]{1,14},)?\s+$")
_WORD_LABEL = _KEPT.compile(r"^\s*(?P<label>" + _ROW_LABEL + r")\s+(?P<rest>\S.{5,80})$")
_WORD_AFTER_TIME = _KEPT.compile(r"\s*(?:[^\W\d_][\w" + MARKS + r"'’ʼ]{1,11})?[\s·|•]*$")
# (a word of a language the weekday table lacks, then its comma: Temne "Ʌ-Sibiti, 10 Oktoba 2026 · 09:40 | Ʌpdet: …")
_WORD_THEN_COMMA = _KEPT.compile(rf"^\s*[^\W\d_][\w{MARKS}'’ʼ-]{{1,14}},\s+(?=\d)")
_DAY_WORD_BEFORE = _KEPT.compile(r"^[^\W\d_][\w" + MARKS + r"'’-]{1,14}[,.၊،]?\s+$")  # (or Burmese script's comma, "ဗုဒ္ဓဟူးနေ့၊ ၉ …")


# The words before a lone stamp's date, in a language the label tables lack: a label of a word or three with or without
# its colon, and a word before the date with its comma (its weekday): "Sɛgɛ daare: Alaraba, 11 Novɛmba 2026 · 08:14",
# "Wasonekua ku 23/10/2026 – 08h30", "Asibiti, 7 Nuwamba 2026 · 09:15".
_LONE_LEAD = _KEPT.compile(rf"^\s*(?:(?P<label>{_ROW_LABEL})\s*[:：፦፡]\s+(?:[^\W\d_][\w{MARKS}'’ʼ-]{{1,14}}[,፣]?\s+)?|"
                        rf"(?:(?P<bare>(?=[^\W\d_])(?-i:[^\W\d_a-z])[\w{MARKS}'’ʼ-]{{0,24}}(?:\s[^\W\d_][\w{MARKS}'’ʼ-]{{0,24}})?"
                        rf"(?:\s(?-i:[^\W\d_A-Z])[\w{MARKS}'’ʼ-]{{0,3}})?)\s+)?"
                        rf"(?:[^\W\d_][\w{MARKS}'’ʼ-]{{1,14}}[,፣]\s*)?)$")  # (with no colon, a label of two words at most, in its capital,
# and a short word after them in lower case: Duala "Ba tilabɛ o 14 Novɛmba 2026, 07h30", they wrote it on)
# (After a label's colon the weekday may stand with no comma: "Ĩrutĩtwe: Wagatano 13.11.2026, 06:45", published: Friday; and
# the weekday's comma may be Amharic's: "ማክሰኞ፣ ኅዳር 15 ቀን 2019 ዓ.ም ከጠዋቱ 4:20".)


def lone_stamp(line: str) -> list[tuple[str, PartialDate, str | None]] | None:
    """A line that is one stamp and nothing else: a few words (a label, a weekday), its date to the day and its time, as
    pages of any language set the stamp on its own line under the byline. (The time is needed: "Vote 12.10.2026" is a
    dated link.) Asked by the layout of the lines over the story only, which says whether it is the publication's."""
    if len(line) > 90:
        return None
    if "ዓ.ም" in line:
        line = _ethiopian_twin(line)  # ("ማክሰኞ፣ ኅዳር 15 ቀን 2019 ዓ.ም (November 24, 2026) ከጠዋቱ 4:20": one day, in two calendars)
    dates = full_dates(line)
    if len(dates) != 1 or not (lead := _LONE_LEAD.match(line[:dates[0][0]])) or not dates[0][2].day:
        return None
    _, end, date, note = dates[0]
    time = _TIME.search(line, end)
    if not time or not _WORD_BEFORE_TIME.match(_leftover([line[end:time.start()]])) or not _WORD_AFTER_TIME.fullmatch(line, time.end()):
        return None
    return [("updated" if lead["label"] and _UPDATED.search(lead["label"]) else "published", date, note)]


def _bare_label(piece: str) -> dict[str, str] | re.Match | None:
    """A stamp with no colon after its label: the words before its one date are its label (and its weekday, with a comma:
    "Ke publish ko Thursday, October 15, 2026 – 8:20 AM", "Ke update ko October 16, 2026 – 2:05 PM"); else the label's
    shape, a word or five before the rest."""
    dates = full_dates(piece)
    lead = _BARE_LEAD.match(piece[:dates[0][0]]) if len(dates) == 1 and dates[0][0] else None
    return {"label": lead["label"], "rest": piece[dates[0][0]:]} if lead else _WORD_LABEL.match(piece)


def _labelled_stamps(line: str) -> list[tuple[str, PartialDate, str | None]] | None:
    """A row of two or three stamps, each a label of a word or two (in a language the label table lacks), a colon and
    a date in figures or with a known month, a time after it; the first the publication's, those after it updates.
    (The label's meaning is not known: a date that comes later is the update's, as pages set them.)"""
    if "·" in line or "|" in line:
        line = _COUNT_PIECE.sub("", line)  # ("… · Көрүү: 1 284": the views counted beside the stamps)
    pieces = [p for p in _STAMP_GAP.split(line.strip()) if p and p.strip()]
    bare = False
    if len(pieces) < 2 and ("|" in line or "·" in line):
        # (or labels with no colon, the stamps set apart by bars or dots: "Yafulumizibwa Olwokuna 5 Noovemba 2026, saawa 3:40
        # edh'okumakya | Yakyusibwa Olwokutaano 6 Noovemba 2026, …", "Хӑншәм 22.10.2026, 10:40 · Йиԓпа вэрәм 22.10.2026, 16:05 · 👁 418")
        pieces = [p for p in _BAR_GAP.split(_COUNT_AT_END.sub("", line).strip()) if p and p.strip()]
        bare = True
    if not 2 <= len(pieces) <= 3:
        return None  # (one label and its date alone, "Përditësuar: 21 Tetor 2026", is left to what the page sets around it)
    out = []
    for k, piece in enumerate(pieces):
        m = (_bare_label(piece) if bare else _STAMP_LABEL.match(piece)) or (_TIME_LABEL.match(piece) if k and not bare else None)
        if m is None and k == 0 and (piece[:1].isdigit() or (not bare and (((w := _ANY_WEEKDAY.match(piece.strip())) and piece.strip()[w.end():w.end() + 1] in ",")
                                                                       or _WORD_THEN_COMMA.match(piece)))):
            # (the first stamp may stand with no label, the update's labelled after it: "2026 оной октябриин 30, 11:20 |
            # Шэнэлэгдэбэ: 2026 оной октябриин 31, 09:05"; or with its weekday first: "Alizumma, Novɛmba 6, 2026 | 09:12 · Bɛ malgi li: …")
            m = {"label": "", "rest": piece.strip()}
        if m is None:
            return None
        rest = m["rest"].replace("|", " ")
        if out and (_BARE_TIME.match(rest) or _WORDED_TIME.match(rest)):
            # "Басылды: 13.11.2026, 10:15   |   Янъартылды: 16:40": a later label with its time alone, the same day's update
            out.append(("updated", out[0][1], None))
            continue
        dates = full_dates(rest)
        if len(dates) != 1 or (dates[0][0] and not _DAY_WORD_BEFORE.match(rest[:dates[0][0]])
                               and not _SHORT_WORD_LEFT.match(_ANY_WEEKDAY.sub("", rest[:dates[0][0]]).strip(" ,"))):
            # (a word before the date may be its weekday: "Wakti: Kamis 08/10/2026, 14:20"; or a weekday of the table
            # of two words or more: "Ákʼeʼelchí: Dįʼjįʼ Ndaalnish, Níłchʼitsʼósí 12, 2026", with a short word for "day" after
            # it: Mooré "Lamusa, rasem 15 Oktoobr kiuugu 2026")
            return None
        _, end, date, note = dates[0]
        left = _leftover([rest[end:]]).strip()
        time = _TIME.search(rest, end)
        if bare and not time and not (out and len(m["label"].split()) <= 3 and not left and date.first_day() >= out[0][1].first_day()):
            # (labels with no colon: each stamp with its time, not a row of dated links, "Vote 12.10.2026 · Fair 14.10.2026"; a later
            # stamp of a short label may go without its time, after one with it: "Put up Monday 2 November 2026, 7:15 pm · Fix up
            # Tuesday 3 November 2026")
            return None
        if left and not (_SHORT_WORD.match(left) and time) and not (time and _WORD_AFTER_TIME.match(rest, time.end())
                                                                     and _WORD_BEFORE_TIME.match(_leftover([rest[end:time.start()]]))):
            # ("23/10/2026 na 07:40": a short word for "at" before the time is the stamp's; so is one word for the time
            # of day after it: "24 Dwe mar Apar 2026, 9:15 okinyi", "9 de noviembre de 2026, 2:15 huadxí")
            return None
        updated = bool(_UPDATED.search(m["label"])) or (bool(out) and date.first_day() >= out[0][1].first_day())
        out.append(("updated" if updated else "published", date, note))
    return out


def _stamp_dates(line: str) -> list[tuple[str, PartialDate, str | None]] | None:
    if "📅" in line or "🗓" in line:
        line = line.replace("📅", " ").replace("🗓", " ")  # (a calendar for the label: "📅 26.10.2026, 09:40   ✎ 27.10.2026, 17:05")
    # (The label's letters after its first, in the case it is written in: most lines hold none.)
    if ("ublica" in line or "bblica" in line or "tualiz" in line or "ggiorn" in line or "ublié" in line or "à jour" in line) and _LABELLED_WEEKDAY.search(line):
        line = _LABELLED_WEEKDAY.sub(lambda m: m["label"] + " " * len(m["day"]), line)  # (blanked: the dates keep their places)
    if "(" in line or "（" in line:
        # "13:20 (بتوقيت القدس)", "09:40 (Lisbon time)": the zone in words, in brackets after the time.
        # (Not a stamp's label in brackets after its time: "8:30（公開） ・ 10月27日 11:02（更新）", published, updated.)
        line = _ZONE_IN_WORDS.sub(lambda m: m[0] if _UPDATED.search(m[0]) else m[1] + " " * (len(m[0]) - len(m[1])), line)
    if "मिनट" in line:
        line = _READING_DEVANAGARI.sub(lambda m: " " * len(m[0]), line)  # ("… · बांचण में 4 मिनट", four minutes to read)
    if ("min" in line or "Min" in line) and _READING_PIECE.search(line):
        # "05.11.2026, 06:00 Uhr | Lesezeit: 4 Min.": the reading time set apart beside the stamp, under a label of any language.
        line = _READING_PIECE.sub(lambda m: " " * len(m[0]), line)
    if (":" in line or "：" in line) and ("|" in line or "·" in line or "•" in line or "  " in line) and _COUNT_PIECE.search(line):
        # "… | Прочетена: 1 284 пъти", "· Χρόνος ανάγνωσης: 3 λεπτά": a count set apart beside the stamp under a label of
        # any language (times read, minutes to read, comments): the line is still the stamp.
        line = _COUNT_PIECE.sub(lambda m: " " * len(m[0]), line)
    if ("|" in line or "·" in line) and _COUNT_AT_END.search(line):
        # "… | อัปเดตล่าสุด 15 ต.ค. 2569 13:10 น. | เข้าชม 1,284 ครั้ง": a count in words with no colon, set apart at the
        # row's end ("viewed 1,284 times"), or under a pictograph ("· 👁 1 874").
        line = _COUNT_AT_END.sub(lambda m: " " * len(m[0]), line)
    if _has_prose(line):
        # (Most lines: prose. Only a line with figures and an "ago" word is asked again without it.)
        if not _AGO_WORDS.search(line):
            return None
        line = _AGO.sub(lambda m: " " * len(m[0]), line)  # (blanked, not cut: the dates keep their places)
        if _has_prose(line):
            return None
    written = {}  # (the two-figure years made whole, as the page wrote them: notes quote the page)
    if ("." in line or "/" in line or "-" in line or "·" in line) and (_OPENS_LABELLED.match(line) or _SHORT_THEN_TIME.match(line)) and _SHORT_YEAR.search(line):
        # "Veröffentlicht am 06.07.26 um 18:40 Uhr", "02/12/26 06:00": a stamp's year in two figures, after
        # its label or before its time (this century).
        def whole(m: re.Match) -> str:
            mark = "." if m[2] == "·" else m[2]
            made = f"{m[1]}{mark}{m[3]}{mark}20{m[4]}"
            written[made] = m[0]
            return made
        line = _SHORT_YEAR.sub(whole, line)
    if "/" in line and _US_ZONE.search(line):
        # "Published: 8/4/2026 5:48 PM CDT": beside a zone of the United States, figures run month, day, year.
        def day_first(m: re.Match) -> str:
            made = f"{m[2]}.{m[1]}.{m[3]}"  # (as long as what the page wrote: the dates keep their places)
            written[made] = m[0]
            return made
        line = _US_NUMERIC.sub(day_first, line)
    dates = full_dates(line)
    if not dates:
        return None
    rest, last, out = [], 0, []
    for start, end, date, note in dates:
        before = line[last:start]
        rest.append(before)
        if note and written:
            for made, page in written.items():
                note = note.replace(made, page)
                if "/" in page and made.count(".") == 2:
                    note = note.replace("read day first", "read month first (a zone of the United States beside it)")
        out.append(("updated" if _UPDATED.search(before) else "published", date, note))
        last = end
    rest.append(line[last:])
    for k in range(1, len(out)) if "更新" in line or "수정" in line else ():
        if out[k][0] == "published" and _UPDATE_AFTER.match(rest[k + 1]):
            out[k] = ("updated", out[k][1], out[k][2])  # "2026年10月25日 05:00（2026年10月25日 11:20 更新）": the label after the date
    if len(out) == 1 and "." in rest[-1] and (bare := _BARE_DAY_MONTH.search(rest[-1])) and _UPDATED.search(rest[-1][:bare.start()]):
        # "21. Oktober 2026, 18.42 Uhr · Update: 22.10., 07.15 Uhr": the update's day and month without its year (the full
        # stop after the month tells it from a time), in the year of the stamp before it.
        first = out[0][1]
        date = _day(first.year, int(bare[2]), int(bare[1])) if 1 <= int(bare[2]) <= 12 else None
        if date is not None and date.first_day() >= first.first_day():
            out.append(("updated", date, f"{bare[0]!r} read with the year of the stamp before it, {first.year}"))
            rest[-1] = rest[-1][:bare.start()] + rest[-1][bare.end():]
    leftover = _leftover(rest)
    if leftover and not line.isascii():
        # "… | അപ്ഡേറ്റ് ചെയ്തത്: 2026 നവംബർ 4": a label of a few words in a script the label table lacks, its colon right
        # before a date, is the date's label. (Words in Latin letters were asked of the table already.)
        # (Between two dates only: a line's first label is its frame's, read with what it says by `_framed_stamp`.)
        leftover = _leftover(rest[:1] + [_LABEL_BEFORE_DATE.sub("", piece) if not piece.isascii() else piece for piece in rest[1:-1]] + rest[-1:])
        if (not leftover and len(out) == 2 and out[1][0] == out[0][0] == "published" and _LABEL_BEFORE_DATE.search(rest[1])
                and not _leftover(rest[:1]) and out[1][1].first_day() >= out[0][1].first_day()):
            # "2026 оной октябриин 30, 11:20 | Шэнэлэгдэбэ: 2026 оной октябриин 31, 09:05": the first stamp bare, a label
            # before the second, a day as late or later: the update's
            out[1] = ("updated", out[1][1], out[1][2])
    if leftover and _TIME.search(line) and not _leftover([_without_weekdays(piece) for piece in rest]):
        # "Giovedì 12 Novembre 2026, 06:30": a weekday, in any language of the weekday table, before
        # the date of a stamp that gives its time (a date bar on top of the page gives none).
        leftover = ""
    if not leftover and len(out) == 1 and (label := _UPDATED.search(rest[-1])) and _TIME.search(rest[-1], label.end()):
        # "… 06:30 aggiornato alle 09:14", "…, updated at 9:14": updated the same day, at that time.
        out.append(("updated", out[0][1], None))
    elif (not leftover and len(out) == 1 and out[0][0] == "updated" and (label := _PUBLISHED_WORD.search(rest[-1]))
          and _TIME.search(rest[-1], label.end())):
        # "Updated November 12 2026 - 4:58pm, first published 11:30am": first published the same day, at that time.
        out.insert(0, ("published", out[0][1], None))
    if leftover and _MONTH_NAME.search(leftover):
        # "Posted: May 29, 2026 6:04 PM EDT | Last Updated: May 30": a second stamp without its year
        # takes the year of the stamp before it (the next one when its day comes earlier in the year).
        for k in range(len(rest) - 1, 0, -1):
            m = _MONTH_DAY.search(rest[k]) or _DAY_MONTH.search(rest[k])
            if m is None:
                continue
            month, day = (m[1], m[2]) if m.re is _MONTH_DAY else (m[2], m[1])
            before = out[k - 1][1]
            date = _day(before.year, MONTH_NUMBER[month.rstrip(".")], int(day))
            if date is not None and date.first_day() < before.first_day():
                date = _day(before.year + 1, MONTH_NUMBER[month.rstrip(".")], int(day))
            if date is None:
                return None
            kind = "updated" if _UPDATED.search(rest[k][:m.start()]) else "published"
            out.insert(k, (kind, date, f"{m[0]!r} read with the year of the stamp before it, {before.year}"))
            rest[k] = rest[k][:m.start()] + rest[k][m.end():]
        leftover = _leftover(rest)
        if leftover and _TIME.search(line) and not _leftover([_without_weekdays(piece) for piece in rest]):
            leftover = ""  # (a weekday before each, as above: "Publià lo demars 3 de novembre 2026 a 7.50 · Betà a dzor lo demécro 4 de novembre a 10.05")
    if leftover and ("月" in leftover or "월" in leftover or _AINU_MONTH in leftover):
        # "2026年12月8日 18:32（12月9日 9:10更新）": the second day without its year, its label after it,
        # is the update's, in the year of the stamp before it.
        for k in range(len(rest) - 1, 0, -1):
            m = _JA_MONTH_DAY.search(rest[k])
            if m is None:
                continue
            before = out[k - 1][1]
            date = _day(before.year, int(m[1]), int(m[2]))
            if date is not None and date.first_day() < before.first_day():
                date = _day(before.year + 1, int(m[1]), int(m[2]))
            if date is None:
                return None
            out.insert(k, ("updated" if _UPDATED.search(rest[k]) else "published", date, f"{m[0]!r} read with the year of the stamp before it, {before.year}"))
            rest[k] = rest[k][:m.start()] + rest[k][m.end():]
        leftover = _leftover(rest)
    return out if not leftover else None


_PUBLISHED_WORD = _KEPT.compile(r"publi|veröffentl|gepubl|opublik|objav|yayınla", re.IGNORECASE)
_BARE_DAY_MONTH = _KEPT.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?=,|\s|$)")
_READING_DEVANAGARI = _KEPT.compile(r"(?:(?<=[|·•])|(?<=\s\s))\s*[^\d|·•:]{2,30}?\s\d{1,2}\s*मिनट\s*$")
_READING_PIECE = _KEPT.compile(r"(?:(?<=[|·•])|(?<=\s\s))\s*(?:[^\W\d_]{2,20}\s+){0,2}[^\W\d_]{3,20}\s*[:：]\s*\d{1,3}\s*(?:min|Min|MIN)[^\W\d_]*\.?(?!\w)")
# (and the article's number before or after the stamp, "کد خبر: ۵۳۰۹۱۲ | تاریخ انتشار: …": five figures or more, never a year;
# four figures that are no year of this century or the last, "Харагдаһан: 1284", seen)
_COUNT_PIECE = _KEPT.compile(r"(?:(?<=[|·•])|(?<=\s\s)|^)\s*(?:[^\W\d_]{2,20}\s+){0,2}[^\W\d_]{3,20}\s*[:：]\s*(?:\d{1,3}(?:[ ,.\u00a0]\d{3})*|\d{5,9}|(?!19|20)\d{4})"
                          r"(?:\s*[^\W\d_]{1,12}\.?)?\s*(?=$|[|·•]|\s\s)")
_COUNT_AT_END = _KEPT.compile(rf"(?<=[|·])\s*(?:[^\W\d_](?:[^\W\d_]|[{MARKS}]){{1,19}}\s+(?:\d{{1,3}}(?:[ ,.\u00a0]\d{{3}})+|\d{{1,5}})\s+[^\W\d_](?:[^\W\d_]|[{MARKS}]){{0,11}}"
                           # (or a pictograph before it: "· 👁 1 874")
                           r"|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*(?:\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d{1,5}))\s*$")
_US_ZONE = _KEPT.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|HDT|ET|CT|PT)\b")
_US_NUMERIC = _KEPT.compile(r"(?<![\d/])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/(\d{4})(?![\d/])")
_ZONE_IN_WORDS = _KEPT.compile(r"(\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|h|uhr))?)\s*[(（][^()（）\d]{2,30}[)）]", re.IGNORECASE)


_LABEL_BEFORE_DATE = _KEPT.compile(rf"(?:^|(?<=\s))(?:[^\W\d_A-Za-z][\w{MARKS}]*\s+){{0,2}}[^\W\d_A-Za-z][\w{MARKS}]*\s*[:：]\s*$")


def _leftover(pieces: list[str]) -> str:
    """What the pieces of a line around its dates hold besides times, zones, labels and marks."""
    return _LEFTOVER.sub("", _UPDATE_WORD.sub("", _LABEL.sub("", _ZONE.sub("", _TIME.sub("", " ".join(pieces))))))


# A word that says "updated" in any of its forms ("Actualizada", "zuletzt aktualisiert", "Na-update"): a label.
_UPDATE_WORD = _KEPT.compile(rf"[\w{MARKS}-]*(?:" + _UPDATED.pattern + rf")[\w{MARKS}-]*", re.IGNORECASE)


# "3 hours ago" beside a stamp's date, in the languages of the month table: says nothing the date does not.
# (A label before it, "Updated 3 hours ago", stays: it makes the next date the update's.)
_AGO = _KEPT.compile(
    r"(?:\b(?:há|hace|il y a|vor|for|för)\s+\d{1,3}\s+(?:minutos?|minuten|minutter|minuter|minutes?|horas?|heures?|stunden?|timer|timmar|"
    r"días?|dias?|jours?|tagen?|dager|dage|dagar)\b(?:\s+(?:siden|sedan|aktualisiert)\b)?"
    r"|\b\d{1,3}\s+(?:minutes?|hours?|days?|minuti|minuten|minut[y]?|ore|uur|godzin[y]?|giorni|dagen|dni|dakika|saat|gün)\s+"
    r"(?:ago|fa|geleden|temu|önce)\b)",
    re.IGNORECASE,
)
# (What every match of _AGO holds: a figure and a unit.)
_AGO_WORDS = _KEPT.compile(r"\d\s+(?:min|hou|hor|heu|stu|tim|dag|dí|dia|jou|tag|ore|uur|god|gio|dni|dak|saa|gün|day)", re.IGNORECASE)


_DATETIME_DATE = _KEPT.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_datetime_attribute(value: str) -> PartialDate | None:
    """The date of an HTML `<time datetime>` value, as written (no time-zone shift)."""
    match = _DATETIME_DATE.match(value)
    if not match:
        return None
    try:
        return PartialDate(*(int(g) for g in match.groups() if g))
    except ValueError:
        return None


_KEPT.save()  # (last: every kept pattern above is compiled by now)
