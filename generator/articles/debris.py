"""Page furniture a scraper saves along with the story, recognised line by line.

Each test looks at one whole line: a word that is debris on its own line
("Advertising") is ordinary text inside a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.articles.keptpatterns import KeptPatterns

# The module's patterns, compiled once and kept beside its bytecode (`keptpatterns`; saved at the module's end).
_KEPT = KeptPatterns(__file__)

_CJK = _KEPT.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# (and the full stops of Khmer, Myanmar, Tibetan, Devanagari, Armenian, Ethiopic and Arabic's question mark)
_SENTENCE_END = tuple(".!?。！？」』\"”’។៕။།।॥։።؟۔᱾᱿᙮")  # (۔: Urdu's full stop; ᱾, ᱿: Ol Chiki's, Santali; ᙮: Canadian syllabics')
# Scripts that set no space between words (Thai, Lao, Tibetan, Myanmar, Khmer): some three letters a word.
UNSPACED = _KEPT.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")

# A temperature ("14°", "19-24°C", "7 °C") and what sets a bar's pieces apart (a mark, a wide gap).
_DEGREES = _KEPT.compile(r"\d\s?°\s?[CF]?")
# A time of day or a temperature's unit closing a line, its full stop no sentence's: "… · Sunrise 9:52 a.m.   Sunset 7:03 p.m.",
# "टीकापुर ३३° से." (Celsius cut short in Nepali).
_UNIT_AT_END = _KEPT.compile(r"(?:\d\s?[ap]\.\s?m|°\s?[^\W\d_][^\s\d.]{0,3})\.$", re.IGNORECASE)


def ends_on_unit(text: str) -> bool:
    """Whether the line's last full stop is a time's "p.m." or a temperature unit's, not a sentence's."""
    return text.endswith(".") and bool(_UNIT_AT_END.search(text))
_BAR_GAP = _KEPT.compile(r"\s[·|•●｜]\s|\s{3,}|\u3000")
_QUOTED_OUTLET = _KEPT.compile(r"^[«“„\"][^«»“”„\"]{2,40}[»”“\"]$")
_CTRL_ENTER = _KEPT.compile(r"\bctrl\s*\+\s*enter\b", re.IGNORECASE)
_MARKED_GAP = _KEPT.compile(r"\s[·|•●｜]\s")
# The vowel signs and viramas that a word holds and a pattern's "\w" does not (Devanagari to Sinhala, Thai, Burmese,
# Lao, Khmer, Arabic's, Thaana's), beside the letters of those blocks: "প্রকাশ", "புதுப்பிக்கப்பட்டது" are one word each.
MARKS = "\u0300-\u036f\u064b-\u065f\u0670\u07a6-\u07b0\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u102b-\u109f\u17b4-\u17d3\u200c\u200d"
# "Photo" in more languages, for a caption's credit label ("Ljósmynd: NATO", "ფოტო: …", "រូបថត៖ …").
_MORE_PHOTO_WORDS = (
    r"ljósmynd|mynd|myndir|sary|акс|وێنە|ພາບ|ފޮޓޯ|ስእሊ|fotografie|снимка|слика|фотографија|nuotrauka|attēls|fotoğraf|عکس|צילום|तस्वीर|फोटो|ছবি|ඡායාරූපය|"
    r"படம்|ፎቶ|ภาพ|ဓာတ်ပုံ|រូបថត|ფოტო|լուսանկար|сурет|сүрөт|зураг|sawir|ifoto|hoto|larawan|gambar|φωτ\.|φωτογραφία|φωτό|ritratt|ఫోటో|ఫొటో|చిత్రం|ਫੋਟੋ|ਤਸਵੀਰ|ಚಿತ್ರ|ಫೋಟೋ|picha|гэрэл зургийг|гэрэл зураг"
)

# "Advertisement" on a line of its own, in the languages of the month table. (Greek in capitals drops its accent: "ΔΙΑΦΗΜΙΣΗ".)
_ADVERT_WORDS = (
    r"advertising|advertisement|anzeige|werbung|sponsored(?: content)?|広告|"
    # (and the thanks over the sponsors' adverts, in the page's own word for thanks: "Kutâputush to our sponsors", Mohegan)
    r"(?:[^\W\d_][\w'’-]*(?:\s[\w'’-]+)?\s+)?to our sponsors|(?:a word from )?our sponsors?|"
    r"annonce|annons|reklame|reklam|publicité|pubblicità|publicità|publicidad|advertentie|"
    r"reklama|publicitate|mainos|hirdetés|oglas|reklāma|reklaam|реклама|оглас|διαφήμιση|διαφημιση|إعلان|광고|广告|廣告|iklan|quảng cáo|"
    r"reklamë|tangazo|تبلیغات|գովազդ|рэклама|piblisite|publizitatea|patalastas|publicidade|anuncio|anúncio|annuncio|"
    r"auglýsing|lýsing|reklamm|annonse|dokambarotra|dokam-barotra|ریکلام|ໂຄສະນາ|publicitat|hysbyseb|fógra|жарнама|сурталчилгаа|إشهار|اعلان|פרסומת|विज्ञापन|जाहिरात|ਇਸ਼ਤਿਹਾਰ|જાહેરાત|ಜಾಹೀರಾತು|ಜಾಹೀರಾತ್|ప్రకటన|oglasno sporočilo|বিজ্ঞাপন|"
    r"දැන්වීම|விளம்பரம்|ማስታወቂያ|โฆษณา|ကြော်ငြာ|ពាណិជ្ជកម្ម|ការផ្សាយពាណិជ្ជកម្ម|რეკლამა|xayaysiis|kwamamaza|talla|advertensie|ཁྱབ་བསྒྲགས|اشتہار|réclame|ܡܘܕܥܢܘܬܐ|publicitë|बिग्यापन|آگهی|reklām|reclamã|akakiteanga|tala fakatau|advataisment|inserat|inzerát|inzerce|"
    r"(?-i:PUB)"  # (French's and Portuguese's short "pub", in capitals only: "The Pub" is a heading)
)
_ADVERT_LABEL = _KEPT.compile(r"^[\W_]*(?:" + _ADVERT_WORDS + r")[\W_]*$", re.IGNORECASE)
_ALONE = _KEPT.compile(
    r"^(?:" + _ADVERT_WORDS + r"|pr|ad|"
    r"copy link|print(?: this(?: page| article)?)?|e-?mail|(?:(?:video )?player )?loading(?: (?:video|player))?\s*(?:\.*|…)|…|back to top|"
    # a player's button to hear the article read, in the languages of the month table: "▶ Ascolta l'articolo"
    r"(?:▶\s*)?(?:ascolta|escuchar|écouter|anhören|ouvir|ouça|lyssna på|lyt til|hør|kuuntele|luister naar|posłuchaj|poslechněte si|vypočujte si)"
    r" (?:l'articolo|el artículo|la noticia|l'article|den artikel|o artigo|a notícia|artikeln|artiklen|artikkelen|artikkeli|het artikel|artykułu|článek|článok)|"
    r"accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences)|"
    r"comments?(?: \(\d+\))?|\d+ comments?|(?:log|sign) in to comment|leave a (?:comment|reply)|"
    r"(?:show|add|view) (?:all )?comments?|subscribe|sign up|log ?in|follow us(?: on .{1,30})?|"
    r"listen(?: to this article)?|(?:last )?updated .{1,20} ago|\d+ (?:minutes?|hours?|days?) ago|"
    r"reading time\s*[:：]?.{0,20}|(?:estimated\s+)?\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s*min(?:ute)?s?(?:\s+read)?|"
    # a player's length ("Duration 2:14"), a sharing label, a paywall's lines over the rest of the story
    r"(?:duration|length|runtime)\s*[:：]?\s*\d{1,2}(?::\d{2}){1,2}|social sharing|"
    r"continue reading with an? (?:subscription|account)|already (?:a subscriber|have an account)\??(?:\s+(?:log|sign) in)?|"
    r"view (?:this )?(?:e-?mail|newsletter|message|issue)?\s*(?:in (?:your|a|the) (?:web )?browser|online|as a web ?page)(?:\s*\[\d+\])?|skip to (?:main )?(?:content|navigation)|skip navigation|zum inhalt springen|"
    # the same link in the languages of the month table ("Aller au contenu principal", "Fara beint í efni")
    r"(?:aller|passer|sauter) (?:au|directement au) contenu(?: principal)?|(?:ir|saltar|pasar) al contenido(?: principal)?|(?:ir|saltar|pular) para o conteúdo(?: principal)?|vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|"
    r"(?:direkt )?zum (?:haupt)?inhalt(?: springen| sprangen| wechseln)?|(?:ga|spring) (?:direct )?naar (?:de )?(?:hoofd)?inhoud|hoppa till (?:huvud)?innehållet|hopp til (?:hoved)?innhold(?:et)?|hopp til (?:hovud)?innhald(?:et)?|spring til (?:hoved)?indhold(?:et)?|"
    r"léim chuig an (?:bpríomhábhar|ábhar)|siirry (?:suoraan )?(?:sisältöön|pääsisältöön)|fara beint í efni(?:ð)?|fara í efni|loyp til innihald|przejdź do (?:głównej )?treści|přejít (?:k|na) (?:hlavnímu )?obsah(?:u)?|prejsť na (?:hlavný )?obsah|ugrás a (?:fő)?tartalomhoz|"
    r"sari la conținut(?:ul principal)?|preskoči na (?:glavni )?sadržaj|preskoči na vsebino|прескочи на садржај|прескокни до содржината|перейти к (?:основному )?(?:содержимому|содержанию)|перейти до (?:основного )?(?:вмісту|змісту)|"
    r"içeriğe (?:geç|atla)|ana içeriğe (?:geç|atla)|μετάβαση στο (?:κύριο )?περιεχόμενο|pereiti prie turinio|pāriet uz saturu|liigu sisu juurde|"
    r"kalo te përmbajtja|преминете към съдържанието|към съдържанието|langsung ke konten|ke konten utama|lompat ke konten|"
    r"chuyển đến nội dung|ข้ามไปยังเนื้อหา|تخطى إلى المحتوى|انتقل إلى المحتوى|پرش به محتوا|דלג לתוכן|"
    # (Amharic and Tigrinya in the Ge'ez script, Swahili, Hindi: "ወደ ዋናው ይዘት ይለፉ", "Ruka hadi maudhui")
    r"ወደ ዋና(?:ው)? ይዘት (?:ይለፉ|ዝለል|ይሂዱ|ሂድ)|ናብ (?:ቀንዲ|ዋና) ትሕዝቶ (?:ሕለፍ|ኺድ)|ruka (?:hadi|kwenye|kwa) (?:maudhui|yaliyomo)(?: (?:kuu|makuu))?|(?:मुख्य )?(?:सामग्री|विषयवस्तु) पर जाएं|(?:मुख्य )?(?:सामग्री|विषयवस्तु) पर जाएँ|"
    r"本文へ(?:移動|スキップ)?|コンテンツへ(?:移動|スキップ)|본문 바로가기|跳(?:到|至|转到)(?:主要)?内容|跳(?:到|至)(?:主要)?內容|"
    r"open in (?:the )?app|get the app|download (?:the|our) app|continue reading(?: the (?:main )?(?:story|article)| below)?|"
    r"(?:listen|play|hear)(?: to)?(?: (?:this|the))? (?:article|story)(?:\s+\d{1,2}(?::\d{2})?(?:\s*min(?:ute)?s?\.?)?)?|\d+\s*min(?:ute)?s? listen|"
    r"press play to listen(?: to (?:this|the) (?:article|story))?|voiced by artificial intelligence|"
    # a player's error in place of its video ("We apologize, but this video has failed to load.", "Video unavailable")
    r"(?:(?:we(?:'re| are)? sorry|we apologi[sz]e|sorry),? (?:but )?)?(?:this|the) video (?:has )?failed to load\.?|video unavailable|this video is (?:unavailable|no longer available)\.?|"
    r"your browser does not support (?:the )?(?:video|audio)(?: (?:tag|element|player))?\.?|"
    r"(?:about )?(?:the )?authors?(?: of (?:the|this) (?:article|story|post))?|written by|"  # a label over the author's name
    # a video player's and a gallery's controls
    r"(?:▶\s*)?play|(?:show|hide) transcript|transcript|autoplay(?:\s*[:：]?\s*(?:on|off))?|up next|"
    r"tap (?:the )?(?:image|photo|picture) to (?:enlarge|zoom)|click (?:here )?to (?:enlarge|share(?: on social media)?)|"
    # a reading time in the languages of the month table
    r"correo(?: electrónico)?|courriel|correio(?: eletrônico)?|نسخه چاپی|(?:search|buscar|rechercher|pesquisar|suchen|cerca|szukaj|hledat|keresés)(?:\s+(?:en|in|on|sur|auf|em|no|na)\s+.{1,40})?|"
    r"see (?:less|more)|show (?:less|more)|read less|topics|link másolása|oferecer artigo|saber más|weitere informationen|"
    r"powered by trinity audio|"
    r"drucken|imprimir|stampa|imprimer|afdrukken|artikel anhören|sobre el autor|sobre a autora|sobre o autor|à propos de l'auteur|"
    r"(?:temps de lecture|lesezeit|lesetid|lästid|læsetid|tiempo de lectura|tempo di lettura|leestijd|tempo de leitura|czas czytania|"
    r"doba čtení|čas čítania|čas branja|lasīšanas laiks|час чытання|lukuaika|okuma süresi|timp de citire|skaitymo laikas|olvasási idő|vrijeme čitanja|време читања|"
    r"время чтения|час читання|χρόνος ανάγνωσης|ħin tal-qari)\s*[:：]?\s*\d{1,2}\s*(?:min|мин|хв|λεπ|dk|perc|['’′])\.?\w*|"
    r"article réservé aux abonnés|réservé aux abonnés|nur für abonnenten|cet article vous est offert|"
    r"report (?:a|an) (?:typo|error|mistake|correction)|save(?: (?:article|story|for later))?|saved|bookmark|speichern|merken|guardar|salvar|"
    r"sauvegarder|enregistrer|tallenna|spara|lagre|ouvir|escuchar|écouter|ascolta|anhören|kuuntele|lyssna|"
    r"je m'abonne|s'abonner|jetzt abonnieren|subscribe now|suscribirme|assinar|abbonati ora|abonneer nu|"
    r"abone ol|subskrybuj|zasubskrybuj|abonează-te|prenumerera|tilaa|abonner|подписаться|підписатися|εγγραφείτε|"
    r"copier le lien|copiar (?:el )?(?:enlace|link)|link kopieren|link kopiëren|\+?\s*follow|a[+−-]|audio|publicidade|abonnée?|commenter|kommentieren|comentar|"
    r"copia (?:il )?link|abspielen|reproducir|riproduci|"
    r"(?:a[+−-]?\s*){2,3}|\[\d{1,3}\]|"  # text-size controls "A A A", a note marker
    r"(?:page|seite|p\.)\s*\d{1,4}(?:\s*(?:of|von|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|(?:\d{1,4}[.)]\s+)?(?:https?://|mailto:|www\.)\S+)$",
    re.IGNORECASE,
)
_STARTS = _KEPT.compile(
    r"^(?:share(?:\s+(?:this|on|via|the|article|story|page|post)\b|\s*[:：]|$)|"
    # "Share" in the languages of the month table, as a label or alone
    r"(?:compartilhe|compartilhar|compartir|comparte|partager|partagez|teilen|condividi|deel|delen|del artikkelen|dela|del|"
    # (and "share the article" in words: "Artikel teilen", "Partager l'article", "Compartir noticia")
    r"(?:artikel|beitrag|seite|nachricht) teilen|diesen (?:artikel|beitrag) teilen|artikel delen|dela artikeln|"
    r"partager (?:l['’]article|cet article)|compartir (?:artículo|noticia|esta noticia)|condividi (?:l['’]articolo|questo articolo)|"
    r"udostępnij|sdílet|zdieľať|podijeli|jaa|paylaş|поділитися|поделиться|κοινοποίηση|"
    r"deli|delite|сподели|podijelite|ndaj|shpërndaj|dalīties|kopīgot|կիսվել|падзяліцца|shiriki|اشتراک‌گذاری|مشاركة|شارك|"
    r"partilhar|compartí|compartilhar|compartir nota|partekatu|pataje|ibahagi|compartir|"
    # (Urdu's and Kashmiri's "share", "do share")
    r"شیئر\s+کریں|شیئر\s+کٔرِو)(?:\s*[:：]|$)|"
    r"(?:tags?|topics?|related topics|keywords|filed under|categor(?:y|ies)|タグ|キーワード|"
    # the same label in the languages of the month table ("Etiquetas: Japón, OTAN")
    r"etiquetas|etiquettes|mots[- ]clés|schlagw(?:örter|orte)|stichw(?:örter|orte)|argomenti|parole chiave|trefwoorden|onderwerpen|taggar|nyckelord|"
    r"emneord|stikkord|tagit|asiasanat|tagi|słowa kluczowe|štítky|kľúčové slová|címkék|etichete|cuvinte cheie|etiketler|anahtar kelimeler|"
    r"теги|тэги|ключевые слова|теґи|мітки|ετικέτες|الوسوم|وسوم|كلمات مفتاحية|برچسب‌?ها|태그|标签|標籤|efnisorð|oznake|ознаке|етикети|"
    r"žymės|birkas|sildid|etiketat|теглар|тегтер|tegi|etiketak|etiquetes|etikett|lebel|thẻ|แท็ก|ស្លាក|ტეგები|թեգեր|ትኩረት|"
    # (Dzongkha "tags", its shad for the colon: "ཐོ་རྟགས། ཇ་པཱན · ནེ་ཊོ")
    r"ཐོ་རྟགས)\s*[:：៖།]|"
    r"(?:photo|photograph|image|picture|foto|photo credit|credit|写真|画像|фото|світлина|bild|kuva|zdjęcie|fot\.|fotografía|fotografia|"
    r"imagen|imagem|immagine|afbeelding|fotó|φωτογραφία|صورة|"
    # (and their plurals: "Fotos: Redacción Ampiyacu", "Photos: …", "Imágenes: …")
    r"photos|fotos|photographs|fotografías|fotografias|imágenes|imagens|immagini|bilder|zdjęcia|фотографии|"
    # the same label in more languages ("Ljósmynd: NATO", "ფოტო: …", "រូបថត៖ …")
    + _MORE_PHOTO_WORDS + r")\s*[:：៖፦]|"
    r"(?:photo(?:graph)?s?|illustrations?|images?|pictures?)\s+by\s+\S[^.!?]{0,60}$|"
    r"\((?:photo|image|picture)s?\s*[:：]|\([^()]{0,40}\b(?:photo|pool photo|file photo)\b[^()]{0,60}\)$|"
    r"(?:edited|translated|produced|compiled|illustrated|reviewed|fact-checked|graphics)\s+by\s*[:：]|"
    # the outlet's note under the story, from one of its desks ("A note from the Language Department: spelling follows …")
    r"(?:an?\s+)?note\s+from\s+(?:the\s+|our\s+)?[^\W\d_][^:.!?]{1,40}:\s|"
    r"newsletter\s*[:：]|subscribe (?:to|now|for)\b|sign up (?:for|to)\b|by (?:signing up|subscribing|clicking)\b|"
    r"follow (?:topic|us|author)\s*[:：]|gift (?:this )?article$|join (?:our |the )?.{0,40}\b(?:whatsapp|telegram) channel\b|"
    r"get (?:breaking )?news alerts\b|"
    # a paywall's offer set in the story: "Offre spéciale : l'accès illimité … pour 1 € le premier mois"
    r"(?:special offer|offre spéciale|oferta especial|offerta speciale|sonderangebot|aanbieding|oferta)\s*[:：]|"
    # a call to subscribe in the languages of the month table: "Abonnez-vous : 1 € le premier mois"
    r"(?:abonnez-vous|abonnieren sie|jetzt abonnieren|suscríbete|suscribite|assine(?: já)?|abbonati|abbonarsi|abonneer(?: nu)?|"
    r"prenumerera|abonner nå|tilaa nyt|zasubskrybuj|předplaťte si|abonează-te)\b|"
    r"(?:watch|video|up next|now playing)\s*[:：|]\s*\S|"  # a player's label over the video: "Watch: Officers arrive …"
    r"[\d.,\s]+(?:views?|reads?|shares?)$|(?:views?|閲覧数?)\s*[:：]?\s*[\d.,]+$|"
    r"\d+\s*min(?:ute)?s?\s+read$|\d+\s*min(?:utos?)?\.?\s+de\s+leitura$)",  # (Portuguese: "4 min de leitura")
    re.IGNORECASE,
)
# A picture's credit, the photographer's name and the outlet or agency: "(Kenji Moroha / Capitol Crossing News)"
# (a name of two words or more: "(NATO / EU)" closing a line of the story is no credit).
_PICTURE_CREDIT = _KEPT.compile(r"\((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*(?:\s*/\s*(?:[A-Z][\w.'’&-]*\s*){1,5}){1,3}\)$")
# The same credit as a label: "(File Photo)", "(Photo by Sho Ikeda)", "(Illustration: Mika Sato)".
_PICTURE_LABEL = _KEPT.compile(r"\((?:(?:file\s+|pool\s+)?(?:photo|photograph|image|picture|illustration|foto)s?(?:\s+by\s[^()]{2,40}|\s*[:：][^()]{2,40})?"
                            r"|(?:supplied|handout|courtesy|file)(?:\s*[:：]|\s+of|\s+photo)?[^()]{0,40}|[^()]{2,40}\s(?:file(?:\s+photo)?|photo|pool photo|foto)|(?:source|credit|fonte|fuente|quelle)\s*:[^()]{2,40}"
                            # "(Archives)", "(أرشيف)": a picture from the outlet's files
                            r"|(?:" + _MORE_PHOTO_WORDS + r")\s*[:：៖፦][^()]{2,40}"
                            r"|archives?|archivo|arquivo|archiv|archivio|archief|arkiv|arkisto|arşiv|архив|архів|أرشيف|آرشیو|ארכיון)\)$", re.IGNORECASE)
# The note that the writer took the pictures: "Фото автора", "Photo by the author", "Foto del autor".
AUTHORS_PHOTO = (r"(?:фото|foto|photo|fotó|zdjęcie|снимка|світлина)\s+(?:автора|авторки|редакции|редакції|(?:by\s+)?the author|del autor|do autor|"
                 r"da autora|de l'auteur|dell'autore|des autors|der autorin|autora|autorki|autorů|na autora|на автора)")
# A caption's sentence closing on its picture's credit label: "… in Wiesbaden. Image: Supplied".
# A caption's sentence, then its photographer's name "for" the outlet to the line's end ("… Clay Kaserne. Ilse Krämer for The Meridian Review").
_NAME_FOR_OUTLET = _KEPT.compile(r"[.!?]\s+[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}\s+for\s+(?:The\s+)?[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,4}$")
_CREDIT_TAIL = _KEPT.compile(r"(?:[.!?]\s+(?:[–—-]\s+)?|।\s+-?|\s[–—]\s)(?:(?:photo|photograph|image|picture|foto|bild|illustration|credit|kuva|фото|zdjęcie|fot\.|imagen|imagem|immagine|fotografía|fotografia|ảnh)s?(?:\s*:\s*[^!?:]{2,80}|\s[—–]\s*[^!?:]{2,60}(?<!\.))"
                          # (a dash may stand for the colon: "… гъачӀо. Фото — NAME, «outlet»")
                          # (the outlet's one word may stand before the label: "… ನೌಕೆ – ಕಿರಣ ಚಿತ್ರ: NAME", Kirana picture)
                          r"|(?:[^\W\d_][^\s\d]{0,19}\s)?(?:" + _MORE_PHOTO_WORDS + r")\s*[:៖/|]\s*[^!?:]{2,80}"
                          # "… í Hljómahöll. Vitinn/NAME": the outlet and its photographer joined by a slash
                          r"|[A-ZÀ-Þ][\w'’-]+/[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3}$"
                          # "… í Þýskalandi. Ljósmynd/NATO": the label and the holder joined by a slash (the outlet's initials may
                          # stand before it: "… of Dalwangan. KH Photo / Pedro Saway")
                          r"|(?:[^\W\d_]{2,6}\s)?(?:photo|foto|bild|kuva|fotó)\s*/\s*[^!?:/]{2,60}"
                          # "… pagi tadi. — Foto BERNAMA", "… at the quay. Photo Kari Nygaard": the label, no colon, and a name
                          # in capitals or in title case to the line's end
                          # (the outlet's initials and a slash may stand before the name: "- Foto WM/Shahrul Nizam Abd Aziz")
                          r"|(?:photo|foto|bild|kuva|fotó|gambar)\s+(?-i:(?:[A-Z][A-Z&.-]{1,12}\s?/\s?)?(?:[A-Z][A-Z&'’.-]{1,30}(?:\s+[A-Z][A-Z&'’.-]+){0,3}|[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’.-]+){1,4}))"
                          # (or the outlet, a slash and the photographer to the line's end: "… Photo L'Écho / Aurélie Vatel")
                          r"|(?:photo|foto|bild|kuva|fotó)\s+(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}\s/\s[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})$"
                          # (Mongolian: "… Гэрэл зургийг Г.Отгонбаяр", photographed by, an initial and a name)
                          r"|гэрэл\s+зургийг\s+[А-ЯӨҮЁ]\.\s?[А-ЯӨҮЁ][а-яөүё-]+$"
                          r"|(?:photo|picture|image)s?\s+(?:by|courtesy\s+of)\s+[^.!?:]{2,60}|[^.!?:]{2,40}\s+(?:file\s+)?photos?"
                          # "… on Monday. TSNA photo Oct. 5, 2026": the credit with the picture's date
                          r"(?:\s+[^\W\d_]{3,9}\.?\s+\d{1,2},\s+\d{4})?"
                          # "… de la base naval. / D. B.": the photographer's initials or agency after a slash
                          r"|/\s+[^\W\d_][^\W\d_. ]*\.?(?:\s+[^\W\d_][^\W\d_. ]*\.?){0,3}"
                          # "… à Evere. © Belga / Archives": the picture's copyright after the caption's sentence
                          r"|©\s*[^.!?©]{2,50}"
                          # "… during a break in the meeting. [NATO]", "… before boarding their flight. Supplied"
                          r"|\[[^\[\]]{2,30}\]|(?:supplied|handout|file photo|courtesy photo)"
                          # "… в классе родного языка. Фото автора", "… de la escuela. Foto del autor": the writer took the picture;
                          # "… в клубе. Фото из архива редакции": from the outlet's files or open sources
                          r"|" + AUTHORS_PHOTO +
                          r"|(?:фото|foto)\s+(?:из|з|с|from|z|ze|aus|de|da|dal)\s+[^.!?:]{3,50}"
                          # "… el miércoles 25 de noviembre. Cortesía / Embajada de Japón en Panamá": courtesy of, and who
                          r"|(?:cortesía|courtesy|cortesia)\s*/\s*[^!?:/]{2,60}"
                          # (Adyghe: "… изал шъхьаӀэ. Сурэтыр Хъот Асхьад тырихыгъ", the picture NAME took)
                          r"|сурэтыр\s+[^.!?:]{2,40}\s+тырихыгъ"
                          # "… od ponad siedemdziesięciu lat. Fot. PAP/Name (archiwum)", "… darbo stalo. Aisto Jurgaičio nuotr.":
                          # the photo's abbreviated label before the name, or after it (Lithuanian), the outlet in its quotes and a
                          # slash before the name (Samogitian: "… Vīsbadens. „Telšiu žėniu“ / Tuoma Kalvaitė nuotr.")
                          r"|(?:fot|phot|nuotr|snímek|sn)\.\s+[^\W\d_][^!?:]{2,60}|(?:[„“\"«][^„“”\"«»]{2,40}[“”\"»]\s*/\s*)?(?:[^\W\d_][\w'’-]+\s+){1,3}nuotr\.)$", re.IGNORECASE)
# The same, with a label of any language: a caption's sentence closing on one or two words and a colon,
# then a short name in capitals: "… on Tuesday. Source: Estonian Defence Forces", "… във Варна. Снимка: ВМС",
# "… a Ludovika Főépületben – Fotó: Tóth Gergely / Dunapart", "… Mării Negre / Foto: Litoral Azi" (see `_credit_after_label`).
# (The full stops of other scripts too, "।", "။", "۔", the label's word with its vowel signs, which are no word
# characters to a pattern; and a dash for the colon after one: "… ဟောပြောနေစဉ်။ ဓာတ်ပုံ - ရွှေမန်း".)
_LABELLED_CREDIT = _KEPT.compile(r"(?:[.!?)]\s+(?:(?:[–—]|--?)\s+)?|\s[–—/|]\s|(?<=[^\x00-\u02ff])\s-\s|[।॥။۔](?=\s))\s*(?P<label>[^\W\d_](?:(?![\d_.])[\w" + MARKS + r"]){1,14}\.?(?: [^\W\d_]{2,12}){0,2}|(?<=[^\x00-\u02ff]\s)[^\W\d_][^\s\d.:!?,;/।॥။۔]{1,14})"
                              # (the name may open on initials: "| படம்: ம. பிரபு"; a hyphen sets the credit apart after a word in
                              # another script: "… بالإسكندرية - تصوير: NAME")
                              # (or the copyright sign for the colon: "… Ofis, Isangel. Foto © Yasur Taems / Samson Iaukin")
                              r"(?:\s?:|\s©|(?<=[^\x00-\u02ff][^\x00-\u02ff])\s[-–—]\s)\s*(?P<name>(?:[^\W\d_]{1,2}\.\s?){0,2}[^.!?:।॥။۔]{2,60})$")
_NAME_PARTICLES = frozenset("of the and de del della di da do dos das van von der den du la le y e i и a".split())


# (In a script without capitals a dash or a minus sign may stand for the colon: "(ඡායාරූප - සුනිල් කරුණාතිලක)", "(ဓာတ်ပုံ − NAME / outlet)"; after a Chinese full stop no
# space comes before the bracket: "…演講。（相片：府城台語報 黃志明 翕）"; Dzongkha's shad is the colon: "(པར། NAME / outlet)".)
_BRACKET_LABELLED = _KEPT.compile(r"(?:\s|(?<=[。．]))[(（]\s*[^\W\d_][^\s:：()（）]{1,14}(?:\s[^\W\d_][^\s:：()（）]{1,14})?(?:\s*[:：]|(?<=[^\x00-\u02ff])\s[-–—−]\s|།)"
                               r"\s*(?P<name>[^():：.!?（）]{2,40})[)）]$")
# The same credit with "by" for the colon: ". Picha na Said Khamis" (Swahili), ". Foto von Anna Meier".
_CREDIT_BY = _KEPT.compile(r"[.!?)]\s+(?P<label>[^\W\d_][^\W\d_]{2,14})\s+(?:by|von|par|por|de|di|da|door|av|af|na|nga|od|oleh|от|від)\s+"
                        r"(?P<name>[^.!?:]{2,60})$")


def caption_with_credit(line: str) -> bool:
    """A caption's sentence closing on its picture's labelled credit: "… ed Miyerkoles. — Ladawan: St. Mary's School Sagada"."""
    return (": " in line or ". " in line or " - " in line) and words(line) <= 40 and _credit_after_label(line)


def _credit_after_label(line: str) -> bool:
    """Whether the line is a caption's sentence (four words or more) closing on a labelled credit: the
    label in capitals, then at most six words, each a name's (a capital, an uncased script, a slash or
    "of", "de", "von" …)."""
    match = _LABELLED_CREDIT.search(line) or _CREDIT_BY.search(line)
    if match is None or in_lower_case(match["label"][0]) or not match["label"][0].isalpha() or words(line[:match.start()]) < 4:
        return False
    if "|" in line[match.start():match.start("label")] and (any(map(str.isdigit, line)) or line.count("|") > 1):
        return False  # "12 June 2026 09:10 | Source: … | Author: Siri Holm": a stamp row's pieces after bars, not a picture's credit
    if match["name"].lstrip()[:1] in "„“\"«‘'" and words(match["name"]) >= 4:
        return False  # "… — ელჩი: „ჩვენი ოფიცრები …“": a speaker's words in quotes after the label, not a credit
    names = [w for w in re.split(r"[\s/&,]+", match["name"].strip(" '\"“”‘’«»")) if w]
    if " " in match["label"].strip() and 0 < len(names) <= 4 and not in_lower_case(names[0][0]):
        return True  # a label of two words or three ("Зургийн эх сурвалж:"), then an office's name in its own case
    person, slash, outlet = match["name"].rpartition("/")
    quoted = bool(_QUOTED_OUTLET.match(outlet.strip()))  # ("Шикил: NAME / «Шагьдагъдин ван»": the outlet's name in its quotes, in any case)
    if slash and (who := person.split()) and (by := outlet.split()) and len(by) <= 5 and (quoted or (
            not in_lower_case(by[0][0]) and not in_lower_case(by[-1][0])
            and all(not in_lower_case(w[0]) for w in [w for w in by if len(w) > 3]))) and all(not in_lower_case(w[0]) for w in who):
        # "Fotö: Didier Yakoma-Sabé / Lê tî Ködörö": the outlet's name after the slash may hold its language's small words
        return 0 < len(names) <= 6
    return 0 < len(names) <= 6 and all(not in_lower_case(w[0]) or w in _NAME_PARTICLES for w in names)


_COOKIES = _KEPT.compile(r"\bcookies?\b|\bcookien\b|\b(?:evästee|evästeit|informasjonskapsl|infokaps|çerez|sütik|kolačić|piškot|küpsis|slapuk|sīkdat|"
                      r"куки|колачињ|колачић|кукі|քուքի|fianá)", re.IGNORECASE)  # (Irish "fianáin", cookies)
_COOKIE_BANNER = _KEPT.compile(
    r"\b(?:we use|this (?:web)?site uses|uses? cookies|accept|consent|cookie (?:policy|settings|preferences)|"
    r"verwenden|nutzen|akzeptieren|zustimm\w*|einstellungen|nous utilisons|accepter|folosim|utilizăm|usamos|utilizamos|"
    r"utilizziamo|usiamo|gebruiken|gebruikt|utilise|utilisent|utiliza|usa|verwendet|nutzt|använder|bruker|bruger|używa|používá|używamy|používáme|kullanıyoruz|käytämme|aceptar|accetta|"
    r"használunk|kasutame|naudojame|izmantojam|koristimo|uporabljamo|koristi|përdor|përdorim|користи|користиме|"
    r"использует|используем|використовує|використовуємо|выкарыстоўвае|օգտագործում|istifadə edir|benotzen|notar|nota|nýtir|úsáideann|glac)\b",
    re.IGNORECASE,
)
# A call to subscribe set in the story ("Thanks for reading X! Subscribe for free …").
_CALL_TO_SUBSCRIBE = _KEPT.compile(r"(?:^|[.!?]\s+)(?:Subscribe|Sign up|Upgrade to paid|Become a (?:paid )?(?:member|subscriber)|Become an? [^.!?]{0,40} (?:supporter|member)|Support (?:independent |our |quality )?journalism"
                                # and to install the outlet's app: "Download the Tidewater 7 app for breaking news alerts."
                                r"|(?:Download|Get|Install) (?:the|our) (?:free )?[^.!?]{0,40}\bapp(?= for| to| and|[.!]?$)"
                                # and in Catalan and Spanish: "Fes-te'n subscriptor des de 5 € al mes.", "Hazte suscriptor …"
                                r"|Fes-te['’]n subscriptor|Fes-te subscriptor|Hazte suscriptor|Suscríbete desde)")
# Who else worked on the piece, by the byline or under the story: its editor, translator, checker (a word or a few may say
# what they worked on: "Hul'q'umi'num' text checked by Elder NAME"), then a name, no sentence.
_HELPER_CREDIT = _KEPT.compile(r"^(?!(?:the|a|an|he|she|it|they|we|i|this|that|his|her|their|our)\s)(?:(?!(?:was|were|is|are|been|being|has|had|have)\s)[^\W\d_][\w'’ʼ-]*\s+){0,3}(?:translated|translation|checked|edited|reviewed|proofread|proof-read|fact-checked|"
                            r"copy-edited|copyedited|sub-edited|subedited|interpreted)(?:\s+by\s+|\s*:\s*)(?-i:[A-ZÀ-Þ][\w'’ʼ.-]+(?:\s+[A-ZÀ-Þ][\w'’ʼ.-]*){1,5})$", re.IGNORECASE)
# The outlet thanking its reader, its thanks in any language, and what it says of itself after: "Thanks for reading! …",
# "Huy chexw a for reading. Temíxw Times is free …" (not a sentence of the story: no person or pronoun opens it).
# (Then nothing, or a word of what the outlet asks or offers: free, subscribe, support, share, members, newsletter.)
# (Or the thanks names the outlet, in capitals: "Miigwech for reading Wiikwedong Dbaajmowinan. Nishnaabemwin stories run …")
_THANKS_FOR_READING = _KEPT.compile(r"^(?!(?:he|she|they|we|i|it|you|the)\s)(?:[^\W\d_][\w'’ʼ7-]*\s+){1,3}for reading"
                                 r"(?:(?:\s+[^.!?\s]+){0,3}[.!](?:\s*$|.*\b(?:free|subscri\w*|support\w*|share|members?|newsletter|donat\w*)\b)"
                                 r"|(?:\s+(?-i:[A-ZÀ-Þ])[^.!?\s]*){1,3}[.!])", re.IGNORECASE)
# The note that the story is told in another language elsewhere on the page: "an English summary is linked at the bottom of this
# page", "A French translation is available below."
_OTHER_VERSION_NOTE = _KEPT.compile(r"\b(?:an?|the)\s+(?-i:[A-Z][a-zà-ÿ]+)\s+(?:summary|translation|version)\s+(?:of\s+(?:this|the)\s+(?:story|article)\s+)?"
                                 r"(?:is|can\s+be)\s+(?:linked|available|found|given|printed)?\s*(?:below|above|at\s+the\s+(?:bottom|end|foot)|on\s+page|here)",
                                 re.IGNORECASE)
# (Or that the piece is told in its language, its version in another told elsewhere: "Esta nota fue escrita en wao terero. Escuche
# la versión en español en Radio …", "This story was written in Cree; the English version airs on …".)
_WRITTEN_IN = _KEPT.compile(r"^(?:this|esta|este|cette|cet)\s+(?:story|article|note|piece|report|nota|noticia|artículo|matéria|reportagem)\s+"
                         r"(?:was\s+|is\s+|fue\s+|se\s+|foi\s+|é\s+|est\s+|a\s+été\s+)?(?:written|published|told|escrita|escrito|publica|"
                         r"publicada|publicado|écrite?|publiée?)\s+(?:in|en|em)\s+(?=[^\W\d_])", re.IGNORECASE)
_OTHER_VERSION = _KEPT.compile(r"\b(?:versi[oó]n|versão|translation|traducci[oó]n|tradução|traduction)\s+(?:en|in|em|into|al|ao)\s+(?=[^\W\d_])"
                            r"|\b(?:the|an?)\s+(?-i:[A-Z][a-z]+)\s+(?:version|translation)\b|\bversion\s+(?:française|anglaise|espagnole)\b", re.IGNORECASE)
# The outlet's note on who pays for it: "Iluulux̂ Ungiikangin is made possible by our readers and by a language grant …",
# "Ce journal reçoit l'appui du Fonds des médias communautaires autochtones." (its readers, or itself as a paper or site).
_FUNDED_BY = _KEPT.compile(r"\b(?:is|are)\s+made\s+possible\s+by\s+(?:our|its)\s+readers\b|^(?:this|ce|cette|notre|our)\s+(?:journal|newspaper|paper|"
                        r"site|website|publication|newsletter|news\s+site|reporting|journalism|coverage|média|magazine)\s+(?:reçoit|receives|"
                        r"is\s+(?:made\s+possible|supported|funded)|bénéficie|est\s+(?:soutenu|financé))\b", re.IGNORECASE)
_DISCLAIMER = _KEPT.compile(r"not responsible for the content of external (?:sites|websites|links|pages)", re.IGNORECASE)
# The outlet's note on the piece itself, under the story: where it appeared first, whose views it
# gives, who the writer is, that it is a partner's release or shut to comments; in the languages of
# the month table. ("The writer is …" and "The views expressed …" open such notes; a story's own
# sentence does not speak of "this article".)
_NOTE_ON_PIECE = _KEPT.compile(
    # "This article appears in the September print edition …", "A version of this story first ran in …",
    # "This press release was issued by …", "This article was automatically translated from German."
    r"^(?:(?:a|an earlier|an edited|a shorter|the original) version of )?this (?:article|story|column|op-ed|opinion piece|piece|"
    r"commentary|essay|interview|press release|post)\b[^.!?]{0,30}?\b(?:(?:first|originally|also|previously) )?(?:appeared|appears|ran|"
    r"was (?:(?:first|originally|previously|also|automatically|machine) )?(?:published|printed|issued|produced|written|updated|amended|"
    r"corrected|translated|edited|supplied|provided|sponsored|paid for|republished|reproduced)|has been (?:updated|amended|corrected|"
    r"translated|edited|republished)|is (?:republished|reproduced|sponsored|part of|a (?:paid|sponsored|partner)))\b"
    r"|^(?:una versión de este artículo|une version de cet article|eine (?:frühere |gekürzte )?version dieses (?:artikels|beitrags)|"
    r"una versione di questo articolo|uma versão deste artigo|een versie van dit artikel)\b"
    r"|^(?:dieser|diese[rs]?) (?:artikel|beitrag|gastbeitrag|kommentar|text) (?:erschien|ist (?:zuerst |erstmals |auch )?erschienen|"
    r"wurde (?:automatisch |maschinell )?(?:übersetzt|aktualisiert|korrigiert))\b"
    r"|^(?:cet article|cette tribune|cette chronique|ce reportage) (?:a (?:d'abord |initialement )?été (?:publiée?|traduite?|mise? à jour|produite?|rédigée?|réalisée?|financée?|écrite?)|est (?:paru|parue)|a paru)\b"
    r"|^(?:este artículo|esta columna) (?:fue (?:publicad[oa]|traducid[oa])|se publicó|apareció|ha sido (?:publicad[oa]|actualizad[oa]))\b"
    r"|^questo articolo (?:è (?:stato )?(?:pubblicato|apparso|tradotto|aggiornato)|è uscito)\b|^este artigo (?:foi (?:publicado|traduzido|atualizado))\b"
    r"|^dit artikel (?:verscheen|is (?:eerder |ook )?verschenen|werd vertaald)\b|^(?:denne artikkelen|denne artikel|artikeln) (?:ble|blev|publicerades)\b"
    r"|^(?:ten |niniejszy )?artykuł (?:ukazał się|został (?:opublikowany|przetłumaczony))\b"
    # (Russian and Ukrainian: "Русский перевод статьи читайте в печатном выпуске № 42", "Эта статья впервые опубликована в …")
    r"|^(?:русский |украинский |український |російський )?(?:перевод|переклад) (?:статьи|этой статьи|материала|статті|цієї статті)\b"
    r"|^(?:эта |данная )?статья (?:(?:была |впервые )*(?:опубликована|вышла|переведена))\b|^(?:ця )?стаття (?:(?:була |вперше )*(?:опублікована|вийшла|перекладена))\b"
    # whose view an unsigned piece gives: "This editorial represents the view of The Ashanti Herald."
    r"|^this (?:editorial|leader|leading article|opinion)\s+(?:represents|reflects|expresses|is)\s+(?:the\s+)?(?:view|views|opinion|position)\b"
    # and the label sentence that says what the piece is: "This is an editorial.", "Detta är en ledare.", "Dette er en leder."
    r"|^(?:this is an? (?:editorial|leader|opinion piece|column)|(?:detta|det här) är en (?:ledare|ledarartikel|krönika)|dette er en (?:leder|lederartikkel|lederartikel|kommentar)|"
    r"tämä on (?:pääkirjoitus|kolumni)|dies ist ein (?:leitartikel|kommentar)|ceci est un éditorial|este es un editorial)\s*[.!]"
    # who pays for the reporting: "Jane Doe's reporting is funded by the Government of Canada through …"
    r"|^[^.!?]{0,60}?\b(?:reporting|coverage|journalism|position|beat)\s+(?:is|was|are|were)\s+(?:(?:partly|partially|generously|made possible and)\s+)?"
    r"(?:funded|supported|underwritten|made possible|paid for)\s+(?:in part\s+)?(?:by|through)\b"
    # whose views the piece gives, and who its writer is
    r"|^(?:the )?(?:views?|opinions?)(?: and opinions)? expressed\b|^(?:die )?(?:meinungen?|ansichten) (?:des|der) (?:autors?|autorin|gastautors?)\b"
    r"|^les (?:opinions|propos|points de vue) exprimé(?:e)?s\b|"
    r"^las opiniones expresadas\b|^le opinioni espresse\b|^as opiniões expressas\b|^de (?:meningen|standpunten) (?:in|die in) dit\b|^opinie wyrażone\b"
    r"|^the (?:writer|author|columnist)s? (?:is|are|was|were|teaches|works|lives|heads|served)\b|^l'auteure? est\b|^(?:el|la) autora? es\b|^(?:o|a) autora? é\b"
    # a disclaimer, an audio version's note
    r"|^disclaimer\s*[:：]|^(?:die )?audioversion dieses artikels\b|^(?:the )?audio (?:version )?of this (?:article|story) (?:was|is)\b"
    # that comments are moderated or shut
    r"|^comments (?:will be|are) (?:moderated|reviewed)\b"
    r"|^(?:comments|commenting) (?:are|is|have been|has been) (?:closed|disabled|turned off)\b|^kommentarsfunktionen är (?:avstängd|stängd)\b"
    r"|^(?:die )?kommentarfunktion (?:ist|wurde) (?:deaktiviert|geschlossen)\b|^les commentaires sont (?:fermés|désactivés)\b|^los comentarios están cerrados\b",
    re.IGNORECASE,
)
# A paywall's badge or line over the rest of the story: "Premium", "Reminder, this is a Premium article …".
_PAYWALL = _KEPT.compile(
    r"\b(?:(?:premium|subscriber[- ]only|subscribers[- ]only|exclusive) (?:article|content|story)|requires? an? (?:subscription|paid subscription)|"
    r"(?:only|exclusively) (?:for|available to) (?:subscribers|members)|riservato agli abbonati|exclusivo para (?:assinantes|suscriptores)|"
    r"contenido exclusivo para suscriptores|réservé aux abonnés|exklusiv für abonnenten|plus-artikel|tylko dla (?:subskrybentów|prenumeratorów))\b"
    r"|有料(?:会員)?記事|会員限定(?:記事)?",
    re.IGNORECASE,
)
# An outlet's channel on a messaging app: "Receba as notícias … no seu celular: entre no nosso canal do WhatsApp."
_CHANNEL = _KEPT.compile(r"\b(?:whatsapp|telegram)[- ]?(?:channel|kanal)\b|(?<!\w)(?:channel|canal|chaîne|kanal|kanału|canale|saluran|kênh|канал|канала|каналі)(?: [^\W\d_]{1,4})? (?:(?:do|de|on|en|auf|su|na|в|във|у) )?(?:whatsapp|telegram|viber)\b",
                      re.IGNORECASE)  # (Malay "saluran", Vietnamese "kênh", the Cyrillic languages' "канал": channel)
# "… n'engagent que leur auteur": the views are the writer's alone.
_NOT_BINDING = _KEPT.compile(r"n'engagent? que (?:leurs?|son|ses) auteurs?", re.IGNORECASE)


def _may_paywall(low: str, line: str) -> bool:
    # A piece of each _PAYWALL phrase (most lines hold none: the case-blind search is spared them).
    return ("premium" in low or "ubscri" in low or "xclusiv" in low or "requires" in low or "abbonat" in low or "assinant" in low
            or "uscript" in low or "abonn" in low or "plus-" in low or "prenumer" in low or "ubskry" in low or "only" in low
            or "有料" in line or "会員" in line)


# A newsletter's offer: "Get the Morning Brief in your inbox before 7am."
_INBOX = _KEPT.compile(r"\b(?:in|to|into) your inbox\b|\b(?:news|updates|stories) delivered (?:daily|weekly|to you)\b|\bfrom our [^.!?]{0,40}newsletter\b|"
                    r"^by (?:submitting|subscribing|signing up),? you (?:agree|consent)\b|\bdans votre boîte (?:mail|de réception)\b|\bin (?:ihr|dein) postfach\b"
                    r"|\ben tu (?:bandeja de entrada|correo)\b|\bnella tua (?:casella|inbox)\b|\bno seu e-?mail\b", re.IGNORECASE)
# A picture's credit on its own line: "© Belga / Archives", "© Nuno Pires / DA" (no year: no site's notice).
_PICTURE_COPYRIGHT = _KEPT.compile(r"^(?:(?:photo|foto|bild|image|kuva|фото)\s+)?©\s*[^\d/©]{2,40}\s?/\s?[^\d/©]{1,30}$", re.IGNORECASE)
# After a caption's sentence, three words or more in brackets ending on a name: "(Kuha mula sa Senate PRIB)",
# "(foto cortesía de la Embajada)"; a bare agency "(Reuters)" is a wire's sign-off, not this.
_BRACKET_CREDIT = _KEPT.compile(r"[.!?]\s+\((?=[^()]*\s[^()]*\s)[^()]{5,60}\s[A-ZÀ-ÞА-Я][\w.-]*\)$")
_WIRE_PHOTO = _KEPT.compile(r"\bin (?:this|a) (?:undated |file )?(?:photo|picture|image|handout photo)\b[^()]{0,80}\([^()]{2,30}\)$", re.IGNORECASE)
_CAPS_CREDIT = _KEPT.compile(r"(?:^|[.!?]\s+)[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{3,40}\s\((?:[A-ZÀ-Þ][A-ZÀ-Þ&.'’ -]{1,30})\)$")
# The same label in capitals, set off by space alone: "ÚLTIMA HORA   El Congreso convalida …".
_CAPS_TICKER = _KEPT.compile(r"^(?:ÚLTIMA HORA|BREAKING NEWS|BREAKING|EILMELDUNG|JUST NU|DERNIÈRE MINUTE|ULTIM'ORA|ÚLTIMAS NOTÍCIAS|PILNE|"
                          r"SON DAKİKA|СРОЧНО|ТЕРМІНОВО|ȘTIRILE ZILEI|ULTIMA ORĂ|LIVE|ሰበር ዜና)\s+\S")  # (Amharic "breaking news")
# Where a person stands in the picture, a caption's word: "Ambassador Daisuke Okabe (left) and …", "Minister X, center, is
# shown …", "(au centre)", "(izq.)", "(links)". No paragraph of a story says where its people stand.
_SENTENCE_BREAK = _KEPT.compile(r"[.!?]\s+[A-Z]")
_IN_THE_PICTURE = _KEPT.compile(r"\((?:far |second |third )?(?:left|right|centre|center|from left|from right|L|R|au centre|à gauche|à droite|"
                             r"izq\.?|der\.?|izquierda|derecha|centro|links|rechts|Mitte|esq\.?|dir\.?|a sinistra|a destra|al centro)\)"
                             r"|[A-Z][\w'’-]+, (?:left|center|centre|right), ")
# A Japanese caption: "…記念撮影に応じる自衛官ら＝6日、ドイツ西部、佐伯綾撮影", "（佐伯綾撮影）".
_JA_CAPTION = _KEPT.compile(r"＝[^。]{0,60}(?:撮影|提供)[)）]?$")
# A Chinese caption: its sentence, then who took the picture in brackets, "…合影。（記者林怡君攝）", "（本報記者攝）".
_KO_CREDIT = _KEPT.compile(r"(?:^|[.다]\s*)(?:[/(\[]\s*(?:사진|사진제공|자료사진|그래픽)\s*[=:：]\s*[^()\[\]=]{1,30}[)\]]?|/\s*[^/()\[\]=.]{1,30}\s제공)$")
# (Or the label before the name: "＝撮影・岡村遼", "（写真・佐伯綾）".)
_JA_CREDIT_AFTER = _KEPT.compile(r"[＝（(](?:撮影|写真)・[^。、，,（）()＝]{1,12}[)）]?$")
_ZH_CAPTION = _KEPT.compile(r"[。！？」]\s*[（(][^（）()。]{0,24}(?:攝|摄|撮影|提供|翻攝|翻摄)[)）]$")
# A ticker's label over a line of other news: "BREAKING: …", "JUST NU: …", "EILMELDUNG: …".
_TICKER = _KEPT.compile(r"^(?:breaking(?: news)?|just nu|eilmeldung|última hora|ultim'ora|ultima ora|pilne|срочно|терміново|son dakika|"
                     r"developing|dernière minute|alerte info|știrile zilei|ultima oră|pe scurt|en bref|kurz gemeldet|in breve|en breve|"
                     r"news in brief|in brief|trending|em alta|en directo|ao vivo|aktuell|último minuto|ultimo minuto|"
                     # (Tibetan "news flash" and Dzongkha "latest news", each closing on its shad)
                     r"གསར་འགྱུར་མྱུར་བརྡ|ད་ལྟོའི་གསར་འགྱུར|"
                     # ("breaking" as the languages of India spell the English word: Hindi and Marathi, Bengali and Assamese,
                     # Telugu, Kannada, Tamil, Malayalam, Gujarati, Punjabi)
                     r"ब्रेकिंग(?: न्यूज़| न्यूज)?|ব্রেকিং(?: নিউজ)?|బ్రేకింగ్(?: న్యూస్)?|ಬ್ರೇಕಿಂಗ್(?: ನ್ಯೂಸ್)?|பிரேக்கிங்(?: நியூஸ்)?|ബ്രേക്കിങ്|ബ്രേക്കിംഗ്|બ્રેકિંગ|ਬ੍ਰੇਕਿੰਗ)"
                     r"\s*[:：|›»།]\s*\S", re.IGNORECASE)  # ("ÚLTIMO MINUTO › …")
_SOCIAL = {
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "e-mail",
    "email", "mail", "copy", "link", "print", "flipboard", "threads", "bluesky", "line", "messenger",
    "share", "tweet", "viber", "vk", "xing", "mastodon",
}
_SHARE_TOKEN = _KEPT.compile(r"[^\s|·•/,:]+")
_CHROME = {
    "home", "search", "subscribe", "log", "login", "logout", "sign", "in", "out", "up", "register",
    "menu", "account", "my", "newsletter", "e-paper", "epaper", "shop", "donate", "contact", "about",
    "us", "english", "deutsch", "日本語", "ログイン", "検索", "メニュー", "会員登録",
}
_CONNECTIVES = {"in", "out", "up", "my", "us", "about", "english", "deutsch"}
_NAV_SPLIT = _KEPT.compile(r"\s+[|›»>/·•＞／]\s+|\s*[|›»＞｜]\s*")
_NAV_SEPARATORS = "|›»>/·•＞／｜"  # one of these is in every _NAV_SPLIT
_LIST_MARKER = (  # (matched without accents: see _LIST_MARKER_PLAIN)
    r"^(?:read also|also read|read more|read next|(?:read|lee|leia|lisez|lies)(?=\s*:\s*[A-Z][^\d:]*\s\S+\s\S+)|"
    # the story in another language, its headline after the label: "Versión en castellano: Diplomático japonés explicó …",
    # "Read in English: …", "Leia em português: …"
    r"(?:version|versao|(?:read|leer|leia|lire|lesen)(?: (?:this|the) (?:story|article))?) (?:en|in|em|auf) [a-z]{4,12}(?=\s*:\s*[A-Z]\S*(?:\s+\S+){2,})|see also|up next|watch next|more videos|related(?: articles| stories| news| posts| content| coverage)?|related(?: \w+)? links|"
    r"more (?:from|on|in|about) [^.!?]{1,40}|more stories|most (?:read|popular|viewed|shared)|"
    r"recommended(?: for you| articles)?|you may also like|you might also like|like this|trending(?: now)?|"
    r"latest (?:news|stories)|top stories|editor'?s picks|must read|don'?t miss|mehr zum thema|auch interessant|"
    # "Trending Stories", "Popular Videos", "More Headlines": a word or two over a list of other pieces
    r"(?:trending|popular|latest|top|more|recommended|suggested|featured|other|related|must-read)(?:\s+\w+)?\s+"
    r"(?:stories|articles|posts|news|reads|videos|headlines)|"
    # "Read also" and "Related" in the languages of the month table
    r"lesen sie (?:auch|mehr)|das könnte sie auch interessieren|(?:à )?lire aussi|voir aussi|sur le même sujet|"
    r"lee (?:también|más)|te puede interesar|noticias relacionadas|leia (?:também|mais)|veja também|saiba mais|llegeix també|llegiu també|"
    r"leggi anche|potrebbe interessarti|lees (?:ook|meer)|les (?:også|mer)|læs (?:også|mere)|läs (?:också|mer)|"
    r"le tamén|lea tamén|czytaj (?:też|także|więcej)|zobacz (?:też|także)|przeczytaj (?:też|także)|lue myös|loe ka|čtěte (?:také|též)|"
    r"přečtěte si (?:také|též)|čítajte aj|pročitajte (?:i|još)|skaitykite (?:taip pat|daugiau)|olvassa el ezt is|"
    r"citește și|citiți și|bunu da okuyun|ilginizi çekebilir|читайте (?:також|также)|διαβάστε (?:επίσης|ακόμη)|"
    r"le puede interesar|te puede interesar también|também pode gostar|vous aimerez aussi|à lire également|potrebbe interessarti anche|"
    r"อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|ព័ត៌មានទាក់ទង|"
    r"ອ່ານຕື່ມ|ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ|ຂ່າວທີ່ກ່ຽວຂ້ອງ|ຂ່າວຍອດນິຍົມ|ข่าวยอดนิยม|"  # (and "related news" alone, and "popular news", Lao and Thai)
    # (Dzongkha "read this too", "related news" and "most read", each ending on its shad)
    r"tatau\s+katoa|riid\s+orlso|ritim\s+tu|ritim\s+moa|འདི་ཡང་ལྷག|འབྲེལ་ཡོད་གསར་འགྱུར|ལྷག་མི་མང་ཤོས|འདི་ཡང་ཀློག་རོགས|ཆེས་མང་བས་ཀློག་པ|بخوێنەرەوە|хонед инчунин|vakio koa|les eisini|ኣንብቡ['’]ውን|ተጨማሪ ያንብቡ|ይህንንም ያንብቡ|ተዛማጅ ዜናዎች|"
    r"les òg|sjá einnig|lestu einnig|liest och|nota relacionada|lexo (?:edhe|gjithashtu)|preberite (?:še|tudi)|lasiet arī|"
    r"ასევე წაიკითხეთ|წაიკითხეთ ასევე|akhri (?:sidoo kale|kale)|អានបន្ថែម|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|إقرأ أيضا|بیشتر بخوانید|بخوانید|یہ بھی پڑھیں|مزید پڑھیں|ဆက်စပ်ဖတ်ရှုရန်|"
    r"կարդացեք նաև|soma (?:pia|zaidi)|basahin din|irakurri ere|li tou|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|এটাও পড়ুন|আরও পড়ুন|"
    r"прочитајте (?:још|и)|прочитај(?:те)? исто така|чытайце таксама|oxuyun|окуйте ошондой эле|мөн оқыңыз|"
    # and "Most read"
    r"siste nytt|siste nyheter|senaste nytt|seneste nyt|nýjast|mest lese|mest lesne|mais lidas|(?:lo )?más leíd[oa]s?|les plus lus|(?:le )?più lette|meistgelesen|meest gelezen|mest leste?|mest lästa?|mest læste|"
    r"najczęściej czytane|najchętniej czytane|nejčtenější|luetuimmat|en çok okunanlar|самое читаемое|найпопулярніше|τα πιο δημοφιλή|"
    r"berita (?:berkaitan|terkait)|artikel terkait|baca juga|paling popular|"
    # Croatian, Serbian, Bosnian and Slovene, Romanian, Bulgarian, Turkish, Vietnamese, Korean
    r"povezano|povezane vijesti|povezani članci|najčitanije|najčitanije vijesti|najbolj brano|sorodni članki|"
    r"articole similare|articole asemănătoare|cele mai citite|най-четени|свързани новини|още по темата|"
    r"ilgili haberler|çok okunanlar|tin cùng chuyên mục|tin liên quan|đọc nhiều|많이 본 뉴스|"
    # Hebrew, Tamil, Sinhala ("read also", "more on the subject", "most read")
    r"קראו גם|כתבות נוספות|עוד בנושא|הנקראים ביותר|இதையும் படிக்க|இதையும் படிங்க|மேலும் படிக்க|මෙයත් කියවන්න|වැඩිපුර කියවූ|"
    r"関連記事|関連ニュース|あわせて読みたい|おすすめ記事?|人気記事|アクセスランキング|延伸閱讀|延伸阅读|相關新聞|相关新闻|관련기사|관련 기사|함께 볼만한 뉴스)"
    r"\s*(?:[:：|–—፦፡།]\s*(?P<item>.*))?$"  # ("Also Read | India and Japan agree …", "ဆက်စပ်ဖတ်ရှုရန် – …": the item on the label's line)
)
_NUMBERED = _KEPT.compile(r"^\d{1,2}[.)]\s+\S")
# What opens the readers' comments under a story: "4 thoughts on “…”", "Comments (12)", "Leave a Reply".
_COMMENTS = _KEPT.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:on|to)\b.*)?|(?:reader\s+|show\s+)?comments?(?:\s*\(\d+\))?"
    r"|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion(?:\s*\(\d+\))?|what do you think\?"
    r"|have your say"
    # the word for comments, with their count, in the other languages the reader reads ("Reacties (3)", "Kommentit (2)")
    # (Russian's word with any ending, as the languages of Russia borrow it: Evenki "Комментарийл (2)")
    r"|\d*\s*(?:kommentare?|commentaires?|commintaires?|lus tawm tswv yim|quemantairos|reacties|comentarios|comentários|commenti|kommentit|kommentarer|komentarze|komentáře|комментари[\w]{0,3}"
    r"|komentáre|hozzászólások|yorumlar|σχόλια|комментарии|коментарі|sylwadau|maoni|faallooyin|komento|mga komento|komentar"
    r"|komentari|comentarii|коментари|ý kiến bạn đọc|댓글)(?:\s*\(\d+\))?)$",
    re.IGNORECASE,
)


def opens_comments(line: str) -> bool:
    """Whether the line heads the readers' comments: under the story, everything from it on is theirs."""
    return len(line) <= 160 and bool(_COMMENTS.match(_LEADING_MARKS.sub("", line).strip(" .:："))) and not line.endswith(".")
_COPYRIGHT = _KEPT.compile(r"^(?:copyrights?\s*(?:©|\(c\))?|©|\(c\)|版权所有|版權所有|저작권자\s*(?:©|\(c\))?)\s*(?P<rest>.*)$", re.IGNORECASE)
_RIGHTS = _KEPT.compile(r"\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|riproduzione riservata|todos los derechos reservados"
                     r"|todos os direitos reservados|alle rechten voorbehouden|hak cipta terpelihara|(?:seluruh\s+)?hak cipta dilindungi(?: undang-undang)?"
                     r"|sva prava zadržana|sva prava pridržana|wszelkie prawa zastrzeżone|všechna práva vyhrazena|minden jog fenntartva"
                     r"|tüm hakları saklıdır|toate drepturile rezervate|alle rettigheder forbeholdes|alla rättigheter förbehållna"
                     r"|kaikki oikeudet pidätetään|все права защищены|усі права захищен[іо])\b\.?|무단\s?전재.*$"
                     r"|(?:(?:掲載の?)?(?:記事|写真|画像|本サイト)[^。]{0,12}の)?無断(?:転載|複製)(?:を)?禁(?:じます|止)(?:します)?。?|جميع الحقوق محفوظة"
                     # Persian ("all rights … of this site belong to X"), Sorani Kurdish, Khmer, Amharic and Nepali
                     r"|(?:تمامی|کلیه) حقوق[^.]{0,40}?(?:متعلق به|محفوظ است|برای)|(?<=\S)\s+محفوظ(?=\s+است)|(?<=\S)\s+است(?=\s*\.|$)|هەموو مافەکان پارێزراون(?:\s+بۆ)?"
                     r"|រក្សាសិទ្ធិគ្រប់យ៉ាង(?:ដោយ)?|መብቱ በሕግ የተጠበቀ ነው።?|ዓ\.ም\.?|सर्वाधिकार सुरक्षित\s*[।.]?|\s+प्रा\.\s?लि\.?"
                     # Thai ("copyright reserved"), and the company after the outlet's name ("บริษัท NAME จำกัด", NAME Ltd); Zhuang; Dzongkha
                     # ("all rights kept": "© ༢༠༢༦ NAME། དབང་ཆ་ཡོངས་རྫོགས་ཉར་ཚགས་འབད་ཡོད།", the name ending on its shad)
                     r"|དབང་ཆ་ཡོངས་རྫོགས་ཉར་ཚགས་འབད་ཡོད།?|banjgenz\s+soj\s+miz|สงวนลิขสิทธิ์|ສະຫງວນລິຂະສິດ|ኩሉ መሰል ብሕጊ ዝተሓለወ እዩ።?|(?<=\S)\s+บริษัท\s.{2,60}?จำกัด(?:\s*\(มหาชน\))?", re.IGNORECASE)
_COPYRIGHT_MARK = _KEPT.compile(r"^(?:copyrights?\s*)?(?:©|\(c\))?\s*", re.IGNORECASE)
_RUN_OF_SPACE = _KEPT.compile(r"\s+")
# (13xx, 14xx: Solar Hijri years; 25xx: Thai, of the Buddhist era; "2026ع", Sindhi's year of the era; "2019 ዓ.ም.",
# "2019 E.C.": Ethiopia's, with its era's initials)
_YEARS = _KEPT.compile(r"(?<!\w)(?:19|20|13|14|25)\d{2}(?:\s*[-–]\s*(?:19|20|13|14|25)?\d{2,4})?[ءع]?(?!\w)(?:\s*(?:ዓ\.\s?ም\.?|E\.\s?C\.))?")


def decimal_digits(*blocks: tuple[int, int]) -> dict[int, str]:
    """A `str.translate` table reading the decimal digits of every script in the blocks (Unicode's Nd) as ASCII ones."""
    return {c: str(unicodedata.digit(chr(c))) for start, end in blocks for c in range(start, end) if unicodedata.category(chr(c)) == "Nd"}


# Figures of any script read as ASCII ones (Arabic-Indic, Persian, Devanagari, Khmer …).
_FIGURES = decimal_digits((0x0660, 0x2000))
_WIRE_END = _KEPT.compile(r"^(?:#{3}|-30-|—30—|\(?end\)?|ends|■|\*{3}|enditem(?:/\w{1,8})?)$", re.IGNORECASE)
_DASH_SIGNOFF = _KEPT.compile(r"^(?:(?:[—–]|--)\s*(?P<name>[^\s—–-][^—–]{0,48})|[(（](?P<tag>[^()（）]{1,24})[)）])$")
_CREDIT_NOTE = _KEPT.compile(
    r"^\((?:additional\s+)?(?:reporting|writing|editing|edited|compiled|compiling|translated|translation|"
    r"research|written|produced|graphics?)\s+by\b.*\)?$|^\(.*\b(?:reporting|editing) by\b.*\)$"
    r"|^\((?:with\s+)?(?:inputs?|input|information|additional reporting|reporting)\s+from\b[^()]{1,60}\)$"
    # "Con información de Sudpress.", "Com informações da Agência Brasil.", "Mit Material von dpa."
    r"|^(?:con información de|com informações d[aeo]s?|mit material von|avec (?:l'afp|agences|reuters)|with information from)\s[^.!?]{1,60}\.?$"
    # "Agency writer Jane Doe in Brussels contributed to this report.": the wire's credit under its story
    r"|^[^.!?]{3,120}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$"
    r"|^-{1,2}\s*with assistance from\b.{2,120}$",  # "--With assistance from Erik Solberg."
    re.IGNORECASE,
)


def in_lower_case(letter: str) -> bool:
    """Whether a letter is a small letter of a script that writes capitals. (Georgian's letters are small
    letters to Unicode, whose capitals, Mtavruli, no news page sets: Georgian names start with them.)"""
    return letter.islower() and not "\u10d0" <= letter <= "\u10ff"


# (The line tests below are asked of the same lines many times over by the layout's passes and the line
# model's features: each answer is kept for the lines of the last pages read.)
@lru_cache(maxsize=8192)
def words(text: str) -> int:
    """A word count that works for Japanese too (about two characters a word), and for Thai or Khmer."""
    if text.isascii():  # no kana or kanji to count: the common line, counted in one pass
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if not cjk:  # curly quotes, dashes, accents
        unspaced = UNSPACED.findall(text)
        if not unspaced:
            return len(text.split())
        letters = sum(map(str.isalpha, unspaced))  # (not the vowel signs set on them)
        return len(UNSPACED.sub(" ", text).split()) + (letters + 2) // 3
    return len(_CJK.sub(" ", text).split()) + (cjk + 1) // 2


_NOTE_MARK = _KEPT.compile(r"(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]+|\*)+$")  # footnote calls after a sentence's end: "not.[1]"


_NOTE_END = frozenset("]*¹²³⁰⁴⁵⁶⁷⁸⁹")


@lru_cache(maxsize=8192)
def is_sentence(text: str) -> bool:
    text = text.rstrip()
    if text[-1:] in "」』":
        # 「…」 closes a sentence only round one: a line of kanji or kana ending on a quotation with no full stop
        # in it is a headline ("知事「国に丁寧な説明求める」"); prose holds its "。".
        return any(mark in text for mark in "。！？")
    if text[-1:] in "‘“":
        # Urdu's and Kashmiri's quotes turn the other way, ’’…‘‘, and German's close on “, „…“: a sentence ends inside them
        # ("… اَہم؟‘‘", "… oba daut es so.“")
        return text.rstrip("‘“")[-1:] in _SENTENCE_END
    if text[-1:] in "»›":
        # «…» closes a sentence when a full stop or a mark stands inside it ("… аъзо на.»", in French with a space before the
        # guillemet: "… zau tədin. »"); a headline's quote has none
        return text.rstrip("»›").rstrip(" \u00a0\u202f")[-1:] in _SENTENCE_END
    if text[-1:] not in _NOTE_END:  # no footnote call to take off: most lines, read without a search
        return text.endswith(_SENTENCE_END)
    return _NOTE_MARK.sub("", text).endswith(_SENTENCE_END)


# Pictographs and marks set before a widget's label: "🔊 Listen to this article", "▶ Play".
_LEADING_MARKS = _KEPT.compile(r"^[^\w\s\"'“‘(\[{#@©]+\s*")


_EMAIL_ALONE = _KEPT.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def is_email(line: str) -> bool:
    """An e-mail address alone on its line: the reporter's under a wire story, a writer's under a column."""
    return "@" in line and bool(_EMAIL_ALONE.match(line.strip()))


# A counter: one word, a colon and a number, in any language ("Преглеждания: 1 284", "Views: 3,120").
# Or a word and a number in brackets, a button's count ("Skomentuj (34)", "Kommentarer (12)").
# ("Views: 1,204", "Affichages : 1318", "عدد القراءات: 356", "Comments (3)": a word or two and a count)
_COUNTER = _KEPT.compile(r"[^\W\d_]{3,20}(?:\s[^\W\d_]{2,20})?(?:\s?[:：]\s*\d{1,3}(?:[\s.,\u00a0\u202f]?\d{3})*|\s?\(\d{1,3}(?:[.,]\d{3})*\))")


# A view counter: a number, then "times" in the languages of the month table ("Se ha leído 2 310 veces").
_TIMES_READ = _KEPT.compile(r"(?<![\w.,])\d{1,3}(?:[\s.,\u00a0\u202f]\d{3})*\s+(?:times|veces|vezes|fois|volte|mal|keer|gånger|gange|ganger|razy|krát|kertaa|kez|раз|разів|пъти)\.?$",
                         re.IGNORECASE)


# An advert's copy: a brand or an offer, then a colon or a dash and the pitch ("Banco Lenca: tu préstamo …",
# "Isle of Man Bank – Mortgages for first-time buyers. …").
_ADVERT_HEAD = _KEPT.compile(r"^(?P<head>[^:：–—─]{2,60}?)\s?(?:[:：]|\s[–—─-])\s+\S")  # (─, a box-drawing line, as a dash: "阿雪擔仔麵 ─ …")


def is_advert_label(line: str) -> bool:
    """ "Advertisement", "PUBLICITÉ", "- إعلان -" on a line of its own; or with the advertiser's legal disclosure after
    it, its registration number among it ("Реклама. ООО «…», ИНН 1655123456. erid: …")."""
    text = line.strip()
    if _ADVERT_LABEL.match(text):
        return True
    if " / " in text and words(text) <= 4 and any(_ADVERT_LABEL.match(half) for half in text.split(" / ")):
        return True  # ("Advetaesmen / Publicité": the label in two languages, one the table holds)
    head = _ADVERT_DISCLOSED.match(text) if words(text) <= 20 else None
    return head is not None and bool(_ADVERT_LABEL.match(head.group(1)))


_ADVERT_DISCLOSED = _KEPT.compile(r"^([^\W\d_]+)[.:]\s+(?=.*\d{6,}).+$")


def is_advert_copy(line: str, labelled: bool = False) -> bool:
    """A short line that reads as an advert's copy: a name of a few words, a colon or a dash, the offer.
    Under a label that says it is an advert, any short line with a number to call or a price: "The offer – NAME, call 041 …"."""
    # (Longer with a telephone number to call: "NAME — the offer. Address. ਕਾਲ ਕਰੋ: 98140-XXXXX")
    if labelled and words(line) <= 30 and (_PHONE.search(line) or _PRICE.search(line)):
        return True
    if labelled and words(line) <= 30 and len(parts := _DASHED.split(line)) == 2 and (min(words(parts[0]), words(parts[1])) <= 8 or not is_sentence(line)):
        return True  # (the offer, a dash, the advertiser: "Galettes-saocisses chaodes tous les vendrdis … – Cheû Nanon e Piérre, depés 1988."; or the advertiser and its address first)
    head = _ADVERT_HEAD.match(line) if words(line) <= 25 or (words(line) <= 30 and _PHONE.search(line)) else None
    return head is not None and 1 <= words(head.group("head")) <= 6


_DASHED = _KEPT.compile(r"\s[–—]\s")
_PHONE = _KEPT.compile(r"(?<!\d)(?:\+\d{1,3}[\s-]?)?\d{3,5}[\s-][\dX]{4,}(?![\dX])")
_PRICE = _KEPT.compile(r"\d\s?[€$£₦¥₱₹]|[€$£₦¥₱₹]\s?\d")
SENTENCE_GAP = _KEPT.compile(r"[.!?]\s+\S")  # one sentence's end before another's start: a paragraph, no note


def same_advert_shape(copy: str, line: str) -> bool:
    """Whether the line right under an advert's copy is another advert of the same make: a name of a few words, the same
    mark (a colon or a dash), then the offer."""
    first, second = _ADVERT_HEAD.match(copy), _ADVERT_HEAD.match(line)
    return (first is not None and second is not None and is_advert_copy(line, labelled=True) and 1 <= words(second["head"]) <= 6
            and copy[first.end("head"):first.end() - 1].strip() == line[second.end("head"):second.end() - 1].strip())


def is_advert_in_capitals(label: str, copy: str) -> bool:
    """A label of one to three words in capitals or framed by dashes, in a language the label table lacks ("ÌPOLÓWÓ", "MGBASA
    OZI", "— Anunsio —"), right over an advert's copy that offers something: a number to call, a price, or two short
    sentences ("NAME – the offer. More of it.")."""
    text = label.strip()
    framed = text[:1] in "-–—" and text[-1:] in "-–—"
    if framed:
        text = text.strip("-–— ")  # (or framed by dashes, in any case: "— Anunsio —")
    if not (1 <= words(text) <= 3 and len(text) >= 4 and (text.isupper() or framed) and not any(c.isdigit() or c in ".,:;!?" for c in text)):
        return False
    return is_advert_copy(copy) and bool(_PHONE.search(copy) or _PRICE.search(copy) or (
        copy.rstrip().endswith(".") and SENTENCE_GAP.search(copy)))


_POINTED_LABEL = _KEPT.compile(r"^([^\W\d_][^▸►:：]{0,30}?)\s*[▸►]\s+(?=\S)")
_TICKER_MARK = _KEPT.compile(r"\s\+{2,}\s|\s[◆◇▸►▶■]\s")


def _labelled_row(line: str) -> bool:
    """A label in capitals (or in a script without them), a colon, then two short pieces or more set apart by
    marks or wide gaps: "শিরোনাম:  A  ●  B"."""
    if ":" not in line and "：" not in line and (pointed := _POINTED_LABEL.match(line)):
        line = f"{pointed[1]}: {line[pointed.end():]}"  # ("YAMARAM ▸ A   ·   B": a pointer for the ticker label's colon)
    label, _, rest = line.replace("：", ":", 1).partition(":")  # (a full-width colon: "即時：A　·　B")
    if ":" not in line and not _MARKED_GAP.search(rest):
        return False  # (not a headline, "日駐港總領事：派員赴北約烏克蘭指揮部　只做後勤協調不涉戰鬥", a speaker and two phrases set apart by a space)
    if (not label.strip() or words(label) > 4 or any(c.isdigit() for c in label)
            or not (label.isupper() or (any(c.isalpha() for c in label) and not any(c.isupper() or c.islower() for c in label))
                    # (or any label, when a ticker's own mark sets the pieces apart: "Son xəbərlər: A   +++   B", latest news)
                    or _TICKER_MARK.search(rest))):
        return False
    pieces = [piece for piece in _BAR_GAP.split(rest) if any(c.isalnum() for c in piece)]
    if "：" in rest and not label.isupper():
        return False  # (a row of labelled credits, "撰文：NAME　｜　責任編輯：NAME", not a ticker's headlines)
    if not label.isupper() and any(words(piece) < 2 or _YEAR_OR_TIME.search(piece) for piece in pieces):
        return False  # (a label without capitals over a date and its time is a stamp's: "شائع شدہ: 2 جون 2026ء | 06:00")
    return len(pieces) >= 2 and all(words(piece) <= 15 for piece in pieces)


# "… Salasa (10/11/2026).*/KALAWARTA PRIANGAN/ENDANG SUTISNA": a star, then the outlet and the photographer in capitals
# between slashes, glued to the caption's full stop (as Indonesian regional papers set it).
_GLUED_CREDIT = _KEPT.compile(r"[.)]\s?\*/[A-ZÀ-Þ][A-ZÀ-Þ .'-]{1,40}/[A-ZÀ-Þ][A-ZÀ-Þ .'-]{1,40}$")
_YEAR_OR_TIME = _KEPT.compile(r"(?<!\d)(?:\d{4}|\d{1,2}[:.]\s?\d{2})(?!\d)")


def _with_buttons(line: str) -> bool:
    """A sentence, then two buttons or more set apart on its line ("… · Accept · More")."""
    pieces = [piece for piece in _BAR_GAP.split(line) if piece.strip()]
    return len(pieces) >= 3 and words(pieces[0]) >= 5 and all(words(piece) <= 3 and not is_sentence(piece) for piece in pieces[1:])


def _notice_with_buttons(line: str) -> bool:
    """One full sentence (or one and a question: "… na âcookie. Mo yeda?"), then two buttons or more of a word or two, set
    apart on its line, no figures among them (a consent notice in a language no table knows: "… the site.   Accept   Refuse";
    or ends on a danda: "आ साइट कुकीज़ काम में लेवै, … रैवै।   ठीक है   बेसी जाणकारी")."""
    pieces = [piece for piece in _BAR_GAP.split(line) if piece.strip()]
    return (len(pieces) >= 3 and words(pieces[0]) >= 6 and pieces[0].rstrip()[-1:] in ".!?।۔。" and is_sentence(pieces[0])
            and len(_SENTENCE_BREAK.findall(pieces[0])) <= 1
            and all(words(piece) <= 2 and not any(c.isdigit() for c in piece) and not is_sentence(piece) for piece in pieces[1:]))


# A caption's label opening the line: "File image: the entrance …", "Archive photo: …". (Not a correction's, "Correction: …":
# a page's own note on its story, which some editors keep and some cut.)
# (and a caption naming the people in a picture from the left, "L-R: NAME, …", as Nigerian and Ghanaian papers set it)
_NOTE_LABEL = _KEPT.compile(r"(?:file (?:image|photo|picture|pic)|archive (?:image|photo)|(?-i:L-R|R-L|L–R)|from left)\s*:\s+\S", re.IGNORECASE)
_LAND_ACKNOWLEDGEMENT = _KEPT.compile(r"^(?:We|[A-Z][\w&' ]{2,40}) (?:respectfully |gratefully )?acknowledges? (?:with (?:respect|gratitude) )?that\b"
                                   r"[^.]{0,160}\b(?:traditional|unceded|ancestral|treaty)\b[^.]{0,80}\bterritor(?:y|ies)\b")
_JA_PAYWALL = _KEPT.compile(r"続きを(?:お読みいただけます|読むには|お読みください)|有料会員(?:限定|になると)")


def _count_row(line: str) -> bool:
    """A row of counts under the byline, whatever their words' language: "1.248 vizualizări · Timp de citire: 4 min",
    "3 214 прочитания | 2 коментара": a figure and its word, or a label, a colon and a figure, piece by piece."""
    pieces = [p for p in _COUNT_GAP.split(line.strip()) if p]
    return len(pieces) >= 2 and all(_COUNT.fullmatch(p) for p in pieces)


_COUNT_GAP = _KEPT.compile(r"\s*[|·•]\s*")
_COUNT = _KEPT.compile(r"\d{1,3}(?:[ .,\u00a0]\d{3})*\s+[^\W\d_]+\.?|[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[:：]\s*\d{1,4}\s*[^\W\d_]{0,8}\.?")


_PROSE_MARK = _KEPT.compile(r"[,.;!?，。、•।။۔؟؛،។᙮]")


def _repeated_buttons(line: str) -> bool:
    """A row of buttons that share their label, whatever its language: "페이스북(으)로 기사보내기 트위터(으)로 기사보내기
    카카오톡(으)로 기사보내기" (a word three times), "본문 글씨 키우기 본문 글씨 줄이기" (two words twice), and no mark of prose."""
    if len(line) > 240 or _PROSE_MARK.search(line):  # (most lines: prose, a mark in it)
        return False
    tokens = line.split()
    if not 5 <= len(tokens) <= 20:
        return False
    counts: dict[str, int] = {}
    for token in tokens:
        # (Not a short word of Latin letters: "de", "la", "to" come three times in a headline. Two syllables of Hangul or
        # two kanji are a word.)
        if len(token) >= (3 if token.isascii() else 2) and not token.isdigit():
            counts[token] = counts.get(token, 0) + 1
    if any(n >= 3 and len(token) >= 4 for token, n in counts.items()):
        return True
    pairs = [(a, b) for a, b in zip(tokens, tokens[1:]) if counts.get(a, 0) >= 2 and counts.get(b, 0) >= 2]
    return len(tokens) <= 8 and len(pairs) != len(set(pairs))


# A paragraph that sums the story up in another language, under a label naming it.
# (`SUMMARY_LABEL` alone on its line labels the paragraph under it: "ENGLISH SUMMARY".)
SUMMARY_LABEL = (r"(?:(?:short |brief )?summary in english|english summary|in english|en français|en francais|résumé en français|auf deutsch|"
                 r"zusammenfassung auf deutsch|en español|resumen en español|em português|in het nederlands|po polsku|på svenska|på norsk|"
                 r"på dansk|suomeksi|(?:краткое содержание |кратко |коротко )?по-русски|(?:коротко )?українською)")
_SUMMARY_IN = _KEPT.compile(rf"^{SUMMARY_LABEL}\s*:\s+\S", re.IGNORECASE)


@lru_cache(maxsize=8192)
def is_line_debris(line: str) -> bool:
    """A share bar, ad label, tags line, counter, credit, cookie banner or comment widget."""
    if _ALONE.match(line.strip(" .:：།")) or _STARTS.match(line):
        return True
    if line[-1:].isalnum() and words(line) <= 20 and _ADVERT_DISCLOSED.match(line) and is_advert_label(line):
        return True  # "Реклама. ООО «…», ИНН 1655123456. erid: …": an advert's label with its legal disclosure
    if line[:1] in "-–—" and line[-1:] in "-–—" and words(line) <= 3 and is_advert_label(line):
        return True  # "- Advertisement -", "- إعلان -": the label between two dashes, no list's item
    if " / " in line and words(line) <= 4 and is_advert_label(line):
        return True  # "Advetaesmen / Publicité": the label in two languages
    if (line[-1:].isdigit() or line[-1:] == ")") and _COUNTER.fullmatch(line.strip()):
        return True
    if words(line) <= 6 and _TIMES_READ.search(line):
        return True  # "Se ha leído 2 310 veces", "Read 1,204 times": a page's view counter
    if _repeated_buttons(line):
        return True
    if ":" in line[:16] and (words(line) <= 40 or line.startswith(("L-R", "R-L", "L–R"))) and _NOTE_LABEL.match(line):
        return True  # "File image: the entrance …": a caption
    if ":" in line[:24] and _SUMMARY_IN.match(line):
        return True  # "In English: Japan's consul general …", "Кратко по-русски: …": the story summed up in another language
    if "erritor" in line and _LAND_ACKNOWLEDGEMENT.match(line):
        return True  # "We acknowledge with respect that we work and live on the traditional territories of …": the outlet's own
    if "続き" in line and _JA_PAYWALL.search(line):
        return True  # "有料会員になると続きをお読みいただけます。": the rest is for paying members
    if line[:1].isdigit() and ("·" in line or "|" in line or "•" in line) and _count_row(line):
        return True
    if line and unicodedata.category(line[0])[0] == "S" and (bare := _LEADING_MARKS.sub("", line)) != line and bare and _ALONE.match(bare.strip(" .:：།")):
        return True
    # Most lines hold neither phrase: a plain substring test spares them the
    # case-blind searches. The substrings avoid "i" and "s", which case-blind
    # matching also finds as "ı" and "ſ".
    if (": " in line or "hoto" in line or "mage" in line or "icture" in line or "/" in line or "©" in line or "៖" in line or " | " in line or line[-1:] in "]d"
            or "зургийг" in line or "тырихыгъ" in line or "ortes" in line
            or "ot. " in line or "oto " in line or "ото " in line or "nímek. " in line or line.endswith("otr.")) and words(line) <= 40 and _CREDIT_TAIL.search(line):
        return True  # "Commander Reid at the headquarters. Image: Supplied", "… Fráncfort. Foto: Gentileza Ministerio"
    if " for " in line and words(line) <= 40 and _NAME_FOR_OUTLET.search(line):
        return True  # "… in the planning room at Clay Kaserne. Ilse Krämer for The Meridian Review": the photographer, for the outlet
    if caption_with_credit(line):
        return True  # "… on Tuesday. Source: Estonian Defence Forces", "… във Варна. Снимка: ВМС"
    if line[-1:].isupper() and words(line) <= 40 and _CAPS_NAME_END.search(line):
        return True  # a caption, then its photographer's name in capitals: "… after the signing. DUARTE ABREU"
    if line.endswith(")") and ((words(line) <= 40 and "/" in line and _PICTURE_CREDIT.search(line))
                               # (a caption in a script written without spaces may run longer by the count: "… (ภาพ: NAME)")
                               or (words(line) <= (40 if line.isascii() else 60) and _PICTURE_LABEL.search(line))):
        return True  # a caption ending in its picture's credit: "… in April. (Kenji Moroha / Capitol Crossing News)", "(File Photo)"
    if line[:1] == "(" and 0 < (close := line.find(")")) <= 60 and words(line) <= 40 and _PICTURE_LABEL.fullmatch(line, 0, close + 1):
        return True  # or opening on it: "(Foto: Ampiyacu Tóoja) Capitán Hiroshi Tanabe, al centro, con apus …"
    low = line.lower()
    if ("ubscri" in low or "ign up" in low or "ecome a" in low or "pgrade" in low or "upport" in low or " app" in low) and words(line) <= 30 and _CALL_TO_SUBSCRIBE.search(line):
        return True
    if "by " in low or ":" in line:
        if words(line) <= 12 and _HELPER_CREDIT.match(line):
            return True  # "Edited by Sam Roe", "Hul'q'umi'num' text checked by Elder NAME": who else worked on the piece
    if ("possible by" in low or "journal" in low or "site" in low or "paper" in low or "reçoit" in low or "support" in low
            or "funded" in low or "bénéficie" in low) and words(line) <= 40 and _FUNDED_BY.search(line):
        return True  # the outlet's note on who pays for it
    if ("vers" in low or "transl" in low or "tradu" in low) and words(line) <= 40 and _WRITTEN_IN.match(line) and _OTHER_VERSION.search(line):
        return True  # "Esta nota fue escrita en wao terero. Escuche la versión en español en Radio …": where the other language is
    if ("summary" in low or "translation" in low or "version" in low) and words(line) <= 25 and _OTHER_VERSION_NOTE.search(line):
        return True  # "Thâkîwâ ê-ikitonîci; an English summary is linked at the bottom of this page.": where the other language is
    if " for reading" in low and words(line) <= 30 and _THANKS_FOR_READING.match(line):
        return True  # "Huy chexw a for reading. Temíxw Times is free for all members of the Nation.": the outlet's sign-off
    if "xtern" in low and _DISCLAIMER.search(line):
        return True
    if (_NOTE_ON_PIECE.match(line.lstrip("*_ ")) or _TICKER.match(line) or _CAPS_TICKER.match(line)
            or ("engag" in low and _NOT_BINDING.search(line))) and words(line) <= 45:
        return True
    if ((_may_paywall(low, line) and _PAYWALL.search(line)) or (("inbox" in low or "boîte" in low or "postfach" in low or "bandeja" in low
                                                          or "casella" in low or "mail" in low or "deliver" in low or "newsletter" in low
                                                          or "by submitting" in low) and _INBOX.search(line))) and words(line) <= 30:
        return True
    if "ctrl" in low and "enter" in low and words(line) <= 25 and _CTRL_ENTER.search(line):
        return True  # "Hatanı körseñiz, onı belgilep Ctrl+Enter basıñız.": report a typo, in any language (the keys are the same)
    if "google news" in low and words(line) <= 10:
        return True  # "Google News પર તાપી તરંગને ફોલો કરો", "Follow us on Google News": the outlet's channel there
    if ("hatsapp" in low or "elegram" in low) and words(line) <= 30 and _CHANNEL.search(line):
        return True
    if "©" in line[:8] and _PICTURE_COPYRIGHT.match(line) or labelled_picture_credit(line):
        return True
    if line.endswith((")", "）")) and words(line) <= 40 and (m := _BRACKET_LABELLED.search(line)) and words(line[:m.start()]) >= 4 \
            and (words(m["name"]) <= 4 or (len(m["name"]) <= 16 and _CJK.search(m["name"])) or (" / " in m["name"] and words(m["name"]) <= 7)) \
            and not in_lower_case(m["name"].strip()[0]):  # (the photographer and the outlet: "(Асахьа: NAME / «Аҟәа Иахьа»)")
        return True  # "… في العقبة أمس (تصوير: سامر النجار)": a caption's sentence, its photographer under a label in brackets
    if line.endswith(")") and words(line) <= 30 and _BRACKET_CREDIT.search(line):
        return True  # "… noong Lunes. (Kuha mula sa Senate PRIB)": a caption's sentence, then its picture's source in brackets
    if line.endswith(")") and words(line) <= 45 and _WIRE_PHOTO.search(line):
        return True  # "… in this photo released by NATO on July 6, 2026. (Hanbit)": an agency's caption
    if line.endswith(")") and words(line) <= 45 and _CAPS_CREDIT.search(line):
        return True  # "HIROSHI NAKADA (IBERPRESS)": the photographer and the agency under a picture (or after its caption)
    if line.endswith(("撮影", "提供", "撮影）", "提供）", "攝）", "摄）", "攝)", "摄)")) and (_JA_CAPTION.search(line) or _ZH_CAPTION.search(line)):
        return True
    if ("사진" in line or "제공" in line) and _KO_CREDIT.search(line):
        return True  # "… 발표를 듣고 있다. /사진=김도윤 기자", "(사진=연합뉴스)", "… 토론하고 있다. /제주포럼 사무국 제공": a Korean caption's credit
    if ("撮影・" in line or "写真・" in line) and _JA_CREDIT_AFTER.search(line):
        return True  # "…語りかける中原2佐（2日、…中学校）＝撮影・岡村遼": the label before the photographer's name
    if ("(" in line or ", " in line) and words(line) <= 35 and _IN_THE_PICTURE.search(line) and len(_SENTENCE_BREAK.findall(line)) <= 1:
        return True  # a caption: who stands where in the picture
    if (line[:1] == "*" and line[1:2].isalpha() or line[:1] == "※") and words(line) <= 40:
        return True  # "*Retired colonel, former defence attaché …", "※6月1日、…を修正しました。": a note, its star before it
    if ("cook" in low or "väste" in low or "kaps" in low or "çerez" in low or "süti" in low or "kolač" in low or "piškot" in low
            or "küpsis" in low or "slapuk" in low or "sīkdat" in low or "куки" in low or "кукі" in low or "колач" in low
            or "քուքի" in low) and _COOKIES.search(line) and (_COOKIE_BANNER.search(line) or _with_buttons(line)) and words(line) <= 45:
        return True  # (a notice of cookies in any language, when its buttons follow it on the line: "… ma cookie … · Ndavomera · Dziwani zambiri")
    if "*/" in line and words(line) <= 60 and _GLUED_CREDIT.search(line):
        return True  # a caption, its picture's credit glued to its end
    if ("   " in line or " · " in line or " | " in line) and words(line) <= 45 and _notice_with_buttons(line):
        return True  # "Toupinoù a implijomp … al lec'hienn.   Asantiñ   Nac'hañ   Gouzout hiroc'h": a notice whose word for cookies
        # no table holds, told by its shape: one sentence, then two buttons or more of a word or two
    if (":" in line or "：" in line or "▸" in line or "►" in line) and _labelled_row(line):
        return True  # "LAJMET E FUNDIT: A   •   B   •   C": a ticker's label in capitals over headlines set apart on one line
    if "°" in line and words(line) <= 30 and (not is_sentence(line) or ends_on_unit(line)) and _DEGREES.search(line) and (
            len(_DEGREES.findall(line)) > 1 or _BAR_GAP.search(line)):
        return True  # a weather bar: "Erbil 14° · Sulaymaniyah 11° | 100 $ = 143,250 IQD", "澳門 19-24°C 多雲" beside the date
    if ("ใช้คุกกี้" in line or "ប្រើខូគី" in line) and words(line) <= 60:
        return True  # "This site uses cookies" in Thai and Khmer, which set no spaces for a pattern's word edges
    # A share bar: every token a share button's word. The first token usually settles it.
    tokens = 0
    for token in _SHARE_TOKEN.finditer(low):
        if token.group() not in _SOCIAL:
            return False
        tokens += 1
    return tokens > 0


# A link or button that ends in an arrow: "Next page »", "Continue reading on X ↗", "Refresh ↻".
# And a row of both, "← Previous post    Next post →".
_ARROWED = _KEPT.compile(r"^[^.!?]{1,60}\s[»›→↗↻⟶⇢]$|^[«‹←]\s[^.!?]{1,60}$|^[«‹←]\s[^.!?]{1,70}\s[»›→]$")


def is_navigation(line: str) -> bool:
    """A menu, breadcrumb or account bar: short pieces between separators, or chrome words only."""
    if line[-1:] in "»›→↗↻⟶⇢" or line[:1] in "«‹←":
        if _ARROWED.match(line) and words(line) <= (16 if line[:1] in "«‹←" and line[-1:] in "»›→" else 8):
            return True
    first = line.split(None, 1)
    if first and first[0].lower() in _CHROME:  # else no need to split the whole line
        tokens = line.lower().split()
        if all(t in _CHROME for t in tokens) and not (len(tokens) == 1 and tokens[0] in _CONNECTIVES):
            return True
    # (Tibetan closes every phrase with its shad, a menu's items too: "ཤོག་ངོས་དང་པོ། › རྒྱལ་སྤྱི། › …" is no sentence.)
    if not any(sep in line for sep in _NAV_SEPARATORS):
        return False  # what most lines are: no menu can follow
    if is_sentence(line) and line.rstrip()[-1:] != "།":
        # (A menu's last item may ask, "… · Video · Nuuni Oonee?" (who are we?): four items or more, none over three words.)
        parts = [p for p in _NAV_SPLIT.split(line) if p.strip()]
        return line.rstrip()[-1:] in "?？" and len(parts) >= 4 and all(words(p) <= 3 for p in parts)
    if "«" in line:
        line = _GUILLEMETS.sub("Q", line)  # (a title in its quotes holds no breadcrumb's "»": "• «Японско-русский словарь»;")
    parts = [p for p in _NAV_SPLIT.split(line) if p.strip()]
    breadcrumb = any(sep in line for sep in "›»＞")
    if len(parts) == 2 and all(2 <= words(p) <= 6 and p.split()[-1].casefold() in _LANGUAGE_NAMES for p in parts):
        return True  # "Read in English | Lire en français", "Read this story in English | …": the story's other languages
    if 2 <= len(parts) <= 3 and all(words(p) <= 6 for p in parts) and any(
            _READ_IN.match(p.strip()) and p.strip().rstrip(" →›»>").split()[-1].casefold() in _LANGUAGE_NAMES for p in parts):
        return True  # "Tsúūt'ínà gūnáhà ìsts'ì · Read this story in English →": a link to it in another language beside its own
    # (An item's translation in brackets is no word of the item: "Тил ле јаҥ (Язык и традиции)", language and tradition.)
    return (len(parts) >= 3 or (breadcrumb and len(parts) >= 2)) and all(words(_GLOSS.sub("", p) if "(" in p else p) <= 4 for p in parts)


_GLOSS = _KEPT.compile(r"\s*\([^()]{1,40}\)")


# The names of languages, each in itself, that a page's links to its versions end on.
_LANGUAGE_NAMES = {"english", "français", "francais", "deutsch", "español", "espanol", "português", "portugues", "italiano",
                   "nederlands", "русский", "українська", "polski", "svenska", "norsk", "dansk", "suomi", "türkçe", "العربية",
                   "中文", "日本語", "한국어", "bahasa", "kiswahili", "hindi", "हिन्दी", "हिंदी"}


_READ_IN = _KEPT.compile(r"^(?:read|lire|leer|lesen|ler|leggi|lees|läs|les|читать|читайте)\b", re.IGNORECASE)
_GUILLEMETS = _KEPT.compile(r"«[^«»]{1,80}»")


class _Unaccent(dict):
    """A `str.translate` table that drops a letter's accents, filled as letters come: one letter for one."""

    def __missing__(self, code: int) -> str:
        letter = chr(code)
        bare = "".join(d for d in unicodedata.normalize("NFD", letter) if not unicodedata.combining(d))[:1] or letter
        self[code] = bare
        return bare


_UNACCENT = _Unaccent()


def _unaccented(text: str) -> str:
    """The text without its accents, letter for letter (so places in it are places in the text): capitals
    drop them ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "διαβάστε επίσης", "A LIRE AUSSI")."""
    return text.translate(_UNACCENT)


_LIST_MARKER_PLAIN = _KEPT.compile(_unaccented(_LIST_MARKER), re.IGNORECASE)  # (matched against text without accents)


# "Read also" set straight before the linked headline, no mark between them (the headline opens on a capital).
_READ_ALSO_GLUED = _KEPT.compile(r"^(?i:à lire aussi|lire aussi|lisez aussi|read also|also read|leia também|lee también|leggi anche|lesen sie auch)"
                              r"\s+(?P<item>[A-ZÀ-Þ«“\"]\S*(?:\s+\S+){2,})$")


def list_marker(line: str) -> tuple[bool, str | None]:
    """Whether the line opens a list of other articles ("Read also"), and any item on it."""
    text = _unwrapped_label(line.strip())
    plain = text if text.isascii() else _unaccented(text)
    match = _LIST_MARKER_PLAIN.match(plain)
    item = text[match.start("item"):] if match and match.group("item") is not None else None
    if match is None and (glued := _READ_ALSO_GLUED.match(text)) and words(text) <= 24:
        return True, glued["item"]  # "À lire aussi Aide à l'Ukraine : …": the label, no colon, the linked headline
    if match is None and text[:2].isupper() and not text.isupper():
        # The label's words are those in capitals that open the line; the item starts at the next word.
        pieces = plain.split()
        n = next(k for k, w in enumerate(pieces) if not w.isupper())
        for k in range(min(n, 4), 0, -1):
            label = _LIST_MARKER_PLAIN.fullmatch(" ".join(pieces[:k]))
            if label is not None and label.group("item") is None:
                match, item = label, text[re.match(r"(?:\S+\s+){%d}" % k, text).end():]
                break
    # (The label is short; an item on its line is a headline: "Also Read | India and Japan agree to …".)
    one_item = item is not None and not any(mark in item for mark in (" · ", " | ", " • "))  # (not a row of them: "Trending: A · B · C")
    if not match or words(line) > (24 if one_item else 14):
        return False, None
    return True, (item or None)


def _unwrapped_label(text: str) -> str:
    """A label set off by marks written as "Label: item": "(Also read: …)", "▶ Related: …", "〔延伸閱讀〕…"."""
    if text and text[0] in _ARROWS:
        text = text[1:].lstrip()
    if len(text) > 2 and text[0] + text[-1] in ("()", "[]"):
        text = text[1:-1].strip()
    boxed = _BOXED_LABEL.match(text) or _POINTED_AT.match(text)
    return f"{boxed.group('label').strip()}: {boxed.group('item')}" if boxed else text


_ARROWS = "▶►▸»→➤"
# (or a pointer for the colon: "Read also ► Ngondo 2026: …")
_POINTED_AT = _KEPT.compile(r"^(?P<label>[^\W\d][^:：\d▶►▸»→➤]{1,30}?)\s+[▶►▸→➤]\s+(?P<item>\S.*)$")
_BOXED_LABEL = _KEPT.compile(r"^[〔【\[［](?P<label>[^〔〕【】\[\]［］]{2,24})[〕】\]］]\s*(?P<item>\S.*)$")


BULLET = _KEPT.compile(r"^[•·▪●◦‣∙*-]\s+(.*)$")  # a list item under its mark


def is_list_item(line: str) -> bool:
    """A line that can belong to a "Read also" or "Most read" list: a headline, not prose."""
    return bool(_NUMBERED.match(line)) or not is_sentence(line) or words(line) <= 16


def picture_credit(line: str) -> bool:
    """A line that is only a picture's credit under its label: "Foto: Kazuo Hirano/Agência X", "Photo : HNA Agency",
    "Photos by Ola Berg" (or a © after a label, as `labelled_picture_credit`)."""
    return labelled_picture_credit(line) or (words(line) <= 12 and _PHOTO_CREDIT.match(line) is not None)


_PHOTO_CREDIT = _KEPT.compile(r"^(?:photo|photograph|image|picture|foto|bild|illustration|kuva|фото|zdjęcie|fot\.|imagen|imagem|immagine|fotografía|fotografia|ảnh)s?"
                           r"(?:\s*[:：]|\s+(?:by|von|de|di|par|por))\s*[^\W\d_][^:!?]{1,80}$", re.IGNORECASE)


def labelled_picture_credit(line: str) -> bool:
    """A label of a word to three before a ©, then a name: "Źródło zdjęć: © PolskaTeraz | Name", "Foto: © 2026 Name"."""
    at = line.find("©")
    if at < 2 or words(line) > 12 or _COPYRIGHT.match(line):
        return False
    label = line[:at].rstrip()
    return label.endswith((":", "：")) and words(label) <= 3


def copyright_holder(line: str) -> str | None:
    """The holder named in a copyright line ('' when none is named); None for other lines.

    A footer may set the © among other pieces ("Outlet · Tagline · © 2026",
    "© 2026 Outlet · Powered by X"): the holder is named in the © piece, else
    it is the first piece, where a footer puts the outlet's name.
    """
    text = line.strip()
    if "©" not in text and not _COPYRIGHT.match(text) and not _may_reserve_rights(text):
        return None  # most lines: no mark, no "Copyright", no rights reserved
    if _CREDIT.match(text) or ("©" in text[:8] and _PICTURE_COPYRIGHT.match(text)):
        return ""  # "Powered by phpBB® …": the platform's notice; "© Ministry / Sgt. Name": a picture's credit, not the site's
    if labelled_picture_credit(text):
        return None  # "Źródło zdjęć: © Name", "Foto: © 2026 Name": a picture's credit, not the site's notice
    if "©" in text and (said := text[:text.index("©")].rstrip()).endswith(".") and words(said) >= 3 and not _YEAR_IN_NOTICE.search(text, text.index("©")):
        return ""  # "… aux Almadies. © Kaddu Info – Ousmane Fall": a caption's sentence, then the picture's credit (no year: no notice)
    pieces = [p for p in _FOOTER_SPLIT.split(text) if p.strip()]
    if len(pieces) > 1 and ("©" in text or _COPYRIGHT.match(text)) and words(text) <= 24:
        marked = next((p for p in pieces if "©" in p or _COPYRIGHT.match(p.strip())), None)
        holder = copyright_holder(marked) if marked else None
        if holder:
            return holder
        others = [p.strip() for p in pieces if p is not marked and not _CREDIT.match(p.strip())]
        return _clean_holder(others[0]) if others else ""
    match = _COPYRIGHT.match(text)
    # (The notice may end on its rights: "… is part of Tropic Coast Media. © 2026 The Record. All rights reserved.")
    noted = _NOTICE_AFTER.search(_RIGHTS.sub("", text).rstrip(" .")) if not match and words(text) <= 40 else None
    if noted and noted.group("holder").casefold() in text[:noted.start()].casefold():
        # "The Derwent Star is published by Derwent Star Media Pty Ltd, Hobart. © 2026 The Derwent Star": a sentence
        # about the outlet, then its notice naming it again.
        return _clean_holder(noted.group("holder"))
    if match:
        rest = match.group("rest")
    elif "©" in text and words(text) <= 12:
        said = text[:text.index("©")].rstrip()
        if said.endswith((".", ":")) and words(said) >= 3:
            return ""  # "Officers at a ceremony in Tokyo. © Belga-foto": a caption's picture credit, no site's holder
        rest = text
        if said and words(said) <= 3 and _clean_holder(text[text.index("©"):]):
            rest = text[text.index("©"):]  # "Hak Cipta © 2026 Outlet.": the word for copyright before the mark, the holder after it
    elif _may_reserve_rights(line) and words(line) <= 20 and _RIGHTS.search(line):
        rest = line
    else:
        return None
    holder = _clean_holder(rest)
    # A holder is a name. "Copyright: Any copying of this page … is forbidden" is a notice that names none.
    # (A name and its place, "Amasyu ga Rungwe Media, Tukuyu, Mkoa wa Mbeya", is kept whole: the publisher is
    # read from it only where the page's masthead names its first piece.)
    if "," in holder and words(holder) > 6 and not _NAME_AND_PLACE.match(holder):
        return ""
    return "" if words(holder) > 12 else holder


# (A name, then up to three places each opening on a capital: "Outlet Media, Town, Mkoa wa Region", "Outlet, Adamstown,
# Pitcairn Island, South Pacific".)
_NAME_AND_PLACE = _KEPT.compile(r"^[^\W\d_][^,]*(?:,\s*[^\W\d_a-z][^,]*){1,3}$")


_FOOTER_SPLIT = _KEPT.compile(r"\s+[·|•—–]\s+|\s+-\s+")
_YEAR_IN_NOTICE = _KEPT.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "X is published by Y …" (and as French, Spanish, Portuguese, Italian and German say it): X is the outlet.
_PUBLISHED_BY = _KEPT.compile(r"\s+(?:is|are)\s+(?:published|produced|owned|operated|printed)\s+by\b.*$|\s+est\s+(?:publié|édité)e?\s+par\b.*$"
                           r"|\s+(?:es|é)\s+(?:publicad[oa]|editad[oa])\s+por\b.*$|\s+è\s+(?:pubblicat[oa]|edit[oa])\s+da\b.*$"
                           r"|\s+wird\s+(?:herausgegeben|verlegt)\s+von\b.*$", re.IGNORECASE)
_NOTICE_AFTER = _KEPT.compile(r"[.!]\s+©\s*\d{4}\s+(?P<holder>[^.©]{2,60}?)\.?$")
# (after a dash, and with the outlet after a slash: "… on Saturday. - TESSA LEBLANC / THE MERCURY"; or glued to the stop:
# "… on July 6.PAUL DESROSIERS/THE LAURENTIAN TIMES")
_CAPS_NAME_END = _KEPT.compile(r"\w[.!?](?:\s+|(?=[A-ZÀ-ÖØ-Þ]{2}))(?:[-–—]\s+)?(?:(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}|[A-ZÀ-ÖØ-Þ]\.)\s+){1,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}"
                            r"(?:\s*/\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+\s+){0,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+)?$")
_CREDIT = _KEPT.compile(r"^(?:powered by|built with|made with|hosted by|theme by|design by)\b", re.IGNORECASE)


_ADDRESS = _KEPT.compile(r",\s*\d.*$")
_DOUBLE_STOP = _KEPT.compile(r"\.\s*\.\s")


def _without_town_and_state(rest: str) -> str:
    """A holder without the town and state (or country) written after it, two pieces of one to three words each in
    capitals, before the notice's first full stop: "Harbour Media, Portland, Maine. All rights reserved"."""
    first, stop, after = rest.partition(". ")
    pieces = first.rstrip(".").split(", ")
    if len(pieces) >= 3 and all(1 <= len(p.split()) <= 3 and all(w[:1].isupper() and w[:1].isalpha() for w in p.split()) for p in pieces[-2:]):
        return ", ".join(pieces[:-2]) + (". " + after if stop else "")
    return rest
_PLACE_AND_POSTCODE = _KEPT.compile(r",\s*[^,\d]{2,40}(?:,\s*[^,\d]{2,40})*\s+\d{4,6}$")
_QUOTED_NAME = _KEPT.compile(r"^[«“„\"](?P<name>[^«»“”„\"]+)[»”“\"]$")  # ("„Baltijos žinios“": „ opens, “ closes)
_QUOTED_KIND = _KEPT.compile(r"^[«“„\"](?P<name>[^«»“”„\"]{2,60})[»”“\"]\s+(?P<kind>[^\W\d_]{3,20})$")
_INNER_QUOTED = _KEPT.compile(r"[«“„](?P<name>[^«»“”„\"]{2,60})[»”“]")
_ACRONYM = _KEPT.compile(r"^[A-Z][A-Z0-9&]+$")


_FULL_STOPS = str.maketrans({"։": ".", "۔": ".", "।": ".", "။": ".", "།": ".", "᙮": ".", "።": "."})  # (and the Ethiopic "።")


def _clean_holder(rest: str) -> str:
    if "版權所有" in rest[2:] or "版权所有" in rest[2:]:
        rest = re.split("版權所有|版权所有", rest)[0]  # "濠鏡新聞 版權所有 © 2026 Hou Keng News": the name before the mark
    # (The rights notice ends a sentence: what follows it is another, "… All Rights Reserved.　本網站所刊載之內容，未經同意不得轉載".)
    rest = _DOUBLE_STOP.sub(". ", _RIGHTS.sub(". ", rest)).strip(" .")  # ("Outlet. All rights reserved. Town …": one stop between)
    rest = _COPYRIGHT_MARK.sub("", rest.strip()).replace("©", " ")
    rest = _YEARS.sub("", rest.translate(_FIGURES))
    rest = _RUN_OF_SPACE.sub(" ", rest).strip(" .,;:|-–—።।۔။།·•").strip()
    if rest[:1] == "/":
        rest = rest[1:].strip()  # ("© 2019 ዓ.ም. / 2026 Chew Bahir Post.": the year in two calendars, a slash between)
    rest = _ADDRESS.sub("", rest)  # "Outlet Ltd, 4 Quay Street, Dublin": the holder, not its address
    rest = _PLACE_AND_POSTCODE.sub("", rest)  # "Dar Ailen Nyuus, Burnt Pine, Norfolk Island 2899": nor its town and postcode
    rest = _without_town_and_state(rest)  # "Uqaluktuat Media, Utqiaġvik, Alaska. A nonprofit newsroom.": nor its town and state
    rest = _LEGAL_PREFIX.sub("", rest)  # "PT Nusantara Times": Indonesia's form comes first
    # "Siqiniq News is published by Siqiniq Media Inc.": the outlet is the one published, not its publisher.
    rest = _PUBLISHED_BY.sub("", rest)
    # "Horyzont Sp. z o.o.", "Melanesian Star Ltd, Port Vila, Vanuatu": the outlet is the name before its form.
    formed = _LEGAL_CUT.search(rest)
    named = rest[:formed.start()].strip(" ,") if formed and words(rest[:formed.start()]) >= 1 else None
    rest = named or rest
    # "Outlet. Registered charity 123": the holder is the first sentence (not "St. Louis …", one word
    # before the stop, unless that word is an acronym: "RTG. The RTG is not responsible …")
    # (Armenian's, Urdu's, Bengali's and Burmese's full stops as well: "روزنامہ راوی، لاہور۔ جملہ حقوق محفوظ ہیں۔")
    first, stop, after = rest.translate(_FULL_STOPS).replace(" . ", ". ").partition(". ")
    # (one word of four letters or more is an outlet's name too, "Mwangaza. Haki zote zimehifadhiwa"; "St." is none)
    # (a name in its quotes stands alone before the stop, whatever follows: "«Прастора». Цытаванне — …")
    holder = first.strip(" .,;–—") if stop and (words(first) >= 2 or _ACRONYM.match(first) or len(first.strip()) >= 4) and (
        words(after) >= 2 or (after.strip() and _QUOTED_NAME.fullmatch(first.strip(" ."))) or (words(first) >= 2 and after.strip())) else rest
    if (kind := _QUOTED_KIND.match(holder)) and in_lower_case(kind["kind"][0]):
        holder = kind["name"]  # "«Шагьдагъдин ван» газет": the name in its quotes, then the kind of outlet (newspaper)
    holder = _QUOTED_NAME.sub(r"\g<name>", holder)  # «Суспільний Ефір»: the name in its quotes (its years' comma gone: "© «Ӟардон», 2011–2026.")
    if words(holder) >= 4 and len(quoted := _INNER_QUOTED.findall(holder)) == 1 and words(quoted[0]) <= 5:
        return quoted[0].strip()  # "کلیه حقوق … این پایگاه متعلق به «صدای هرمز»": a sentence, the outlet in its quotes
    if named and holder == named:
        return _KIN.sub("", holder)
    # The outlet, not the company that owns it: "Vestkysten Dagblad AS" is Vestkysten Dagblad, and
    # "Albion Daily Limited or its affiliated companies" is Albion Daily.
    outlet = _LEGAL_FORM.sub("", _KIN.sub("", holder))
    # (and without a mark the footer set after it: "© 2026 Outlet · สงวนลิขสิทธิ์ · address", its rights reserved in Thai)
    return (outlet if words(outlet) >= 1 and outlet != holder else holder).rstrip(" ·•|")


# The company's kin named after it: "… or its affiliated companies", "… and its licensors".
_KIN = _KEPT.compile(r"\s+(?:or|and|&)\s+(?:its|their)\s+(?:affiliate[ds]?|affiliated\s+companies|subsidiaries|licensors|suppliers)$"
                  r"|,?\s+(?:(?:is|are)\s+)?(?:a\s+)?(?:division|subsidiary|unit|part|member)\s+of\s+.{2,60}$", re.IGNORECASE)
# The legal forms of the world's companies, as mastheads and copyright lines write them after
# the name (each ends in a letter; a closing dot is matched after it).
_FORMS = (
    r"Sdn\.?\s*Bhd|Bhd|Pte\.?\s+Ltd|Pte|Pty\.?\s+Ltd|Pty|Pvt\.?\s+Ltd|Pvt|Private\s+Limited|Public\s+Company|Co\.?,?\s*Ltd|"
    r"Kft|Zrt|Nyrt|ehf|hf|d\.o\.o|d\.d|s\.\s?r\.\s?o|a\.s|"
    # the same in Cyrillic and Greek letters: Serbian, Bulgarian, Greek companies
    r"д\.о\.о|а\.д|ЕООД|ООД|АД|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|S\.A\.S|S\.L\.?U?|SL|S\.C|S\.A\.C|S\.A\.(?:\s*de\s*C\.V)?|S\.?\s?A|SpA|S\.p\.A|S\.r\.l|SRL|"
    r"SARL|SAS|SE|Ltda|DAC|Tbk|JSC|OOO|EOOD|SIA|UAB|OÜ|[Ss]p\.\s*z\s*o\.\s?o|L\.?P|LLP|Ltd|Limited|plc|PLC|Inc|inc|LLC|L\.L\.C|"
    r"Corp|Corporation|Company|Co|GmbH(?:\s*&\s*Co\.?(?:\s*KG)?)?|AG|KG|AS|ASA|AB|A/S|ApS|Oy|Oyj|ry|r\.y|rf|r\.f|e\.V|B\.?\s?V|N\.?\s?V|K\.K"
)
# A form at the end of the name: "Vestkysten Dagblad AS" is Vestkysten Dagblad.
_LEGAL_FORM = _KEPT.compile(r",?\s+(?:" + _FORMS + r")\b\.?$")
# A form and what follows a comma after it (a place), or its registration number: "Melanesian Star Ltd, Port
# Vila, Vanuatu", "Warta Semenanjung Sdn Bhd (123456-X)", "Denník Zemplín, s. r. o. Všetky práva vyhradené".
_LEGAL_CUT = _KEPT.compile(r",?\s+\(?(?:" + _FORMS + r")\b\.?\)?(?:\s+(?:Ltd|Limited)\.?)?(?:\s*\([\w-]{3,20}\))?(?:,.*|(?<=\.)\s.*)?$")
# Forms written before the name: Indonesia's "PT", Ukraine's and Russia's joint-stock and limited companies,
# Lithuania's and Latvia's ("UAB „Baltijos žinios“").
# (Estonia's "AS" and "OÜ" come first too, "AS Tartu Teataja"; after a name "AS" is Norway's, kept by `_LEGAL_FORM`.)
_LEGAL_PREFIX = _KEPT.compile(r"^(?:(?:PT|CV|АТ|ПрАТ|ПАТ|ТОВ|ТзОВ|АО|ПАО|ОАО|ЗАО|ООО|UAB|SIA)\s+(?=\S)|(?:AS|OÜ)\s+(?=[A-ZÀ-ÞĀ-Ž]\S*\s+\S))")


def _may_reserve_rights(line: str) -> bool:
    # A piece of each _RIGHTS phrase, free of "i" and "s" (case-blind matching
    # also takes "ı" and "ſ" for them), found without a case-blind search.
    low = line.lower()
    return ("rved" in low or "vorbeh" in low or "rvés" in low or "rvat" in low or "rvad" in low or "voorbeh" in low or "無断転載" in line
            or "hak cipta" in low or "prava" in low or "prawa" in low or "práva" in low or "jog fennt" in low or "hakları" in low
            or "drepturile" in low or "rettigheder" in low or "rättigheter" in low or "oikeudet" in low or "права" in low
            or "الحقوق" in line or "حقوق" in line or "مافەکان" in line or "រក្សាសិទ្ធិ" in line or "መብቱ" in line or "सर्वाधिकार" in line or "สงวนลิขสิทธิ์" in line or "ສະຫງວນລິຂະສິດ" in line or "ዝተሓለወ" in line)


def sign_off(line: str) -> tuple[bool, str | None]:
    """A wire end marker ("— Kyodo", "###", "(Reporting by …)") and the agency it names, if any."""
    text = line.strip()
    if _WIRE_END.match(text) or _CREDIT_NOTE.match(text):
        return True, None
    match = _DASH_SIGNOFF.match(text)
    name = match and (match.group("name") or match.group("tag"))
    # A bracketed tag alone on its line is an agency, "(NHK)", not a remark, "(updated with details)".
    if match and match.group("tag") and not all(t[0].isupper() or _CJK.match(t) for t in name.split()):
        return False, None
    if name and words(name) <= (5 if match.group("name") else 3) and not is_sentence(name):
        return True, name.strip()
    return False, None


_KEPT.save()  # (last: every kept pattern above is compiled by now)
