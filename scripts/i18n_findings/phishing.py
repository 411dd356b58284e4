"""French and Dutch for the phishing checks (links, hidden text, attachments, sender domain) and the gateway stamps."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    # auth_checks.py: DMARC permerror/temperror
    "The sender's domain has a broken anti-forgery policy (DMARC {result})": (
        "Le domaine de l'expéditeur a une politique anti-usurpation défectueuse (DMARC {result})",
        "Het domein van de afzender heeft een defect antivervalsingsbeleid (DMARC {result})",
    ),
    "Your mail server tried to read the DMARC policy of {domain} and could not: the published record is malformed or could not be fetched. It is not a verdict on this message, so the server could not tell whether the From address is forged.": (
        "Votre serveur de messagerie a voulu lire la politique DMARC de {domain} sans y parvenir : l'enregistrement publié est mal formé ou n'a pas pu être obtenu. Ce n'est pas un verdict sur ce message : le serveur n'a pas pu dire si l'adresse d'expéditeur est falsifiée.",
        "Uw mailserver probeerde het DMARC-beleid van {domain} te lezen en kon dat niet: het gepubliceerde record is misvormd of kon niet worden opgehaald. Het is geen oordeel over dit bericht, dus de server kon niet zeggen of het afzenderadres vervalst is.",
    ),
    "many genuine domains publish a faulty record; when SPF or DKIM passed, the sender did authenticate.": (
        "beaucoup de domaines authentiques publient un enregistrement erroné ; si SPF ou DKIM a réussi, l'expéditeur s'est bien authentifié.",
        "veel echte domeinen publiceren een foutief record; als SPF of DKIM slaagde, heeft de afzender zich wel geauthenticeerd.",
    ),
    # gateway_verdicts.py
    "mail from a blocked sender": ("courrier d'un expéditeur bloqué", "mail van een geblokkeerde afzender"),
    "spam (marked by a rule of your organisation)": (
        "spam (marqué par une règle de votre organisation)",
        "spam (gemarkeerd door een regel van uw organisatie)",
    ),
    "junk (it was put in your Junk folder)": (
        "indésirable (placé dans votre dossier Courrier indésirable)",
        "ongewenst (in uw map Ongewenste e-mail geplaatst)",
    ),
    # hidden_content.py
    "The message contains text you cannot see": (
        "Le message contient du texte que vous ne pouvez pas voir",
        "Het bericht bevat tekst die u niet kunt zien",
    ),
    "Part of the text is written so that it is not shown (a font size of zero, or an element that is not displayed). You do not see it, but spam and phishing filters read it: this is a way to make a malicious message look harmless to them.": (
        "Une partie du texte est écrite de façon à ne pas être affichée (taille de police nulle, ou élément masqué). Vous ne la voyez pas, mais les filtres anti-spam et anti-hameçonnage la lisent : c'est une façon de faire passer un message malveillant pour inoffensif à leurs yeux.",
        "Een deel van de tekst is zo geschreven dat het niet getoond wordt (lettergrootte nul, of een verborgen element). U ziet het niet, maar spam- en phishingfilters lezen het: zo laat men een kwaadaardig bericht er voor hen onschuldig uitzien.",
    ),
    "mailing programs hide a preview line or a plain-text copy of the message this way.": (
        "les logiciels d'envoi cachent ainsi une ligne d'aperçu ou une copie en texte brut du message.",
        "mailprogramma's verbergen zo een voorbeeldregel of een platte-tekstkopie van het bericht.",
    ),
    "The message is only a picture, with almost no text": (
        "Le message n'est qu'une image, presque sans texte",
        "Het bericht is alleen een afbeelding, met bijna geen tekst",
    ),
    "The whole message is one or more images and has almost no text. Filters cannot read words in a picture, which is why spam and phishing are sent this way.": (
        "Tout le message est fait d'une ou plusieurs images et n'a presque pas de texte. Les filtres ne peuvent pas lire les mots d'une image : c'est pourquoi le spam et l'hameçonnage sont envoyés ainsi.",
        "Het hele bericht bestaat uit een of meer afbeeldingen en bevat bijna geen tekst. Filters kunnen geen woorden in een afbeelding lezen; daarom worden spam en phishing zo verstuurd.",
    ),
    "some invitations, greeting cards and advertisements are designed as a single image.": (
        "certaines invitations, cartes de vœux et publicités sont conçues comme une seule image.",
        "sommige uitnodigingen, wenskaarten en advertenties zijn als één afbeelding ontworpen.",
    ),
    # identity_checks.py: the same From line twice
    "The From line is written twice": ("La ligne From est écrite deux fois", "De From-regel staat er twee keer"),
    "The same sender line appears twice. Mail programs show it once, so you see the real claim.": (
        "La même ligne d'expéditeur apparaît deux fois. Les logiciels de messagerie l'affichent une fois : vous voyez donc bien ce qui est affirmé.",
        "Dezelfde afzenderregel staat er twee keer. Mailprogramma's tonen ze één keer, dus u ziet wel wat er beweerd wordt.",
    ),
    "a mail script that adds the From line twice; nothing is hidden by it.": (
        "un script d'envoi qui ajoute deux fois la ligne From ; rien n'est caché ainsi.",
        "een mailscript dat de From-regel twee keer toevoegt; er wordt niets mee verborgen.",
    ),
    # phishing_checks.py
    "The sender's address has no valid internet domain ({domain})": (
        "L'adresse de l'expéditeur n'a pas de domaine internet valide ({domain})",
        "Het adres van de afzender heeft geen geldig internetdomein ({domain})",
    ),
    "The part of the sender's address after the @ is not a name that can exist on the internet: it has no known ending such as .com or .be, or contains characters a domain cannot have. No real mail service sends from such an address, so it was written by hand or by a spam tool.": (
        "La partie de l'adresse de l'expéditeur après le @ n'est pas un nom qui peut exister sur internet : elle n'a pas de terminaison connue comme .com ou .be, ou contient des caractères qu'un domaine ne peut pas avoir. Aucun vrai service de messagerie n'envoie depuis une telle adresse : elle a été écrite à la main ou par un outil de spam.",
        "Het deel van het afzenderadres na de @ is geen naam die op internet kan bestaan: het heeft geen bekende uitgang zoals .com of .be, of bevat tekens die een domein niet kan hebben. Geen echte maildienst verstuurt vanaf zo'n adres; het werd met de hand of door een spamprogramma geschreven.",
    ),
    "test messages and internal company systems use made-up names such as .local or .test.": (
        "les messages de test et les systèmes internes d'entreprise utilisent des noms inventés comme .local ou .test.",
        "testberichten en interne bedrijfssystemen gebruiken verzonnen namen zoals .local of .test.",
    ),
    "The message claims to come from {brand}, but nothing confirms it": (
        "Le message prétend venir de {brand}, mais rien ne le confirme",
        "Het bericht beweert van {brand} te komen, maar niets bevestigt dat",
    ),
    "The sender's address is at {domain}, a domain of {brand}. Most such organisations sign their mail and publish the servers allowed to send for them, but this message carries no signature of {domain} and no passing check, so nothing shows that {brand} sent it. Anyone can type any sender address.": (
        "L'adresse de l'expéditeur est sur {domain}, un domaine de {brand}. La plupart de ces organisations signent leurs messages et publient les serveurs autorisés à envoyer pour elles, mais ce message ne porte aucune signature de {domain} ni aucune vérification réussie : rien ne montre que {brand} l'a envoyé. N'importe qui peut taper n'importe quelle adresse d'expéditeur.",
        "Het afzenderadres staat op {domain}, een domein van {brand}. De meeste van zulke organisaties ondertekenen hun berichten en publiceren welke servers voor hen mogen versturen, maar dit bericht draagt geen handtekening van {domain} en geen geslaagde controle: niets toont aan dat {brand} het verstuurde. Iedereen kan om het even welk afzenderadres typen.",
    ),
    "some organisations, parcel services among them, send genuine mail without a signature; a saved copy or draft never went through the organisation's servers.": (
        "certaines organisations, dont des services de colis, envoient des messages authentiques sans signature ; une copie enregistrée ou un brouillon n'est jamais passé par les serveurs de l'organisation.",
        "sommige organisaties, waaronder pakjesdiensten, versturen echte berichten zonder handtekening; een bewaarde kopie of een concept ging nooit via de servers van de organisatie.",
    ),
    "The subject contains your own e-mail address": (
        "L'objet contient votre propre adresse e-mail",
        "Het onderwerp bevat uw eigen e-mailadres",
    ),
    "The message greets you with your e-mail address instead of your name": (
        "Le message vous salue avec votre adresse e-mail au lieu de votre nom",
        "Het bericht begroet u met uw e-mailadres in plaats van uw naam",
    ),
    "The message greets you or names the subject with your e-mail address instead of your name. Mass phishing does this because it only knows your address; people and companies that know you use your name.": (
        "Le message vous salue ou formule l'objet avec votre adresse e-mail au lieu de votre nom. L'hameçonnage de masse fait cela parce qu'il ne connaît que votre adresse ; les personnes et les entreprises qui vous connaissent utilisent votre nom.",
        "Het bericht begroet u of noemt het onderwerp met uw e-mailadres in plaats van uw naam. Massale phishing doet dat omdat ze alleen uw adres kent; mensen en bedrijven die u kennen, gebruiken uw naam.",
    ),
    "automatic account messages sometimes quote the address they were sent to.": (
        "des messages automatiques de compte citent parfois l'adresse à laquelle ils sont envoyés.",
        "automatische accountberichten vermelden soms het adres waarnaar ze gestuurd zijn.",
    ),
    # phishing_links.py
    "A link shows one web address but leads to another": (
        "Un lien affiche une adresse web mais mène à une autre",
        "Een link toont het ene webadres maar leidt naar een ander",
    ),
    "A link shows {shown} but leads to {target}": (
        "Un lien affiche {shown} mais mène à {target}",
        "Een link toont {shown} maar leidt naar {target}",
    ),
    "The text of a link shows a web address, but clicking it would take you to a different site. Phishing mail shows the real company's address and links to the attacker's page.": (
        "Le texte d'un lien affiche une adresse web, mais cliquer dessus vous mènerait vers un autre site. Les e-mails d'hameçonnage affichent l'adresse de la vraie entreprise et renvoient vers la page de l'attaquant.",
        "De tekst van een link toont een webadres, maar erop klikken brengt u naar een andere site. Phishingmails tonen het adres van het echte bedrijf en linken naar de pagina van de aanvaller.",
    ),
    "newsletters count clicks through their mailing service's own address, and companies link between their own sites under different names.": (
        "les lettres d'information comptent les clics via l'adresse de leur service d'envoi, et les entreprises relient leurs propres sites sous des noms différents.",
        "nieuwsbrieven tellen klikken via het adres van hun verzenddienst, en bedrijven linken tussen hun eigen sites onder verschillende namen.",
    ),
    "A link goes through a link shortener": (
        "Un lien passe par un raccourcisseur de liens",
        "Een link gaat via een linkverkorter",
    ),
    "A shortened link hides where it really leads until you click it, so neither you nor a filter can check the destination beforehand.": (
        "Un lien raccourci cache sa vraie destination jusqu'au clic : ni vous ni un filtre ne pouvez la vérifier à l'avance.",
        "Een verkorte link verbergt waar hij echt heen gaat tot u klikt, dus u noch een filter kan de bestemming vooraf controleren.",
    ),
    "social networks and marketing mail shorten links to count clicks.": (
        "les réseaux sociaux et les e-mails marketing raccourcissent les liens pour compter les clics.",
        "sociale netwerken en marketingmails verkorten links om klikken te tellen.",
    ),
    "A link borrows a well-known site's address to send you elsewhere": (
        "Un lien emprunte l'adresse d'un site connu pour vous envoyer ailleurs",
        "Een link leent het adres van een bekende site om u elders heen te sturen",
    ),
    "The link starts at a large, trusted site but only passes you on to another one written inside the address. Attackers use such redirects so that the link looks safe to people and filters.": (
        "Le lien commence sur un grand site de confiance mais ne fait que vous renvoyer vers un autre, écrit dans l'adresse. Les attaquants utilisent ces redirections pour que le lien paraisse sûr aux personnes et aux filtres.",
        "De link begint bij een grote, vertrouwde site maar stuurt u alleen door naar een andere die in het adres staat. Aanvallers gebruiken zulke doorverwijzingen zodat de link er veilig uitziet voor mensen en filters.",
    ),
    "search results and copied links from documents often look like this.": (
        "les résultats de recherche et les liens copiés depuis des documents ressemblent souvent à cela.",
        "zoekresultaten en uit documenten gekopieerde links zien er vaak zo uit.",
    ),
    "A link leads to a page on free web hosting": (
        "Un lien mène à une page sur un hébergement web gratuit",
        "Een link leidt naar een pagina op gratis webhosting",
    ),
    "A link leads to a page on free web hosting ({host})": (
        "Un lien mène à une page sur un hébergement web gratuit ({host})",
        "Een link leidt naar een pagina op gratis webhosting ({host})",
    ),
    "The link leads to a page on a service where anyone can publish a web page in minutes, without proving who they are (cloud storage, app hosting, site builders). Fake sign-in pages are often put there because the service's name looks respectable.": (
        "Le lien mène à une page sur un service où n'importe qui peut publier une page web en quelques minutes, sans prouver son identité (stockage en ligne, hébergement d'applications, créateurs de sites). Les fausses pages de connexion y sont souvent placées parce que le nom du service paraît respectable.",
        "De link leidt naar een pagina op een dienst waar iedereen in enkele minuten een webpagina kan publiceren zonder te bewijzen wie hij is (cloudopslag, apphosting, sitebouwers). Valse aanmeldpagina's worden daar vaak gezet omdat de naam van de dienst betrouwbaar oogt.",
    ),
    "small organisations host documents and sites on these services too.": (
        "de petites organisations hébergent aussi des documents et des sites sur ces services.",
        "kleine organisaties hosten ook documenten en sites op deze diensten.",
    ),
    "A link points to a bare numeric internet address": (
        "Un lien pointe vers une simple adresse internet numérique",
        "Een link wijst naar een kaal numeriek internetadres",
    ),
    "The link points to a numeric address instead of a named site. Genuine companies link to their names; a bare address hides who runs the server.": (
        "Le lien pointe vers une adresse numérique au lieu d'un site nommé. Les vraies entreprises renvoient vers leur nom ; une adresse nue cache qui gère le serveur.",
        "De link wijst naar een numeriek adres in plaats van een site met een naam. Echte bedrijven linken naar hun naam; een kaal adres verbergt wie de server beheert.",
    ),
    "home devices and test servers are sometimes reached this way.": (
        "des appareils domestiques et des serveurs de test sont parfois joints ainsi.",
        "thuisapparaten en testservers worden soms zo bereikt.",
    ),
    "A link leads to an internationalised address that may imitate another": (
        "Un lien mène à une adresse internationalisée qui peut en imiter une autre",
        "Een link leidt naar een geïnternationaliseerd adres dat een ander kan nabootsen",
    ),
    "A link leads to {unicode}, an address that may imitate another": (
        "Un lien mène à {unicode}, une adresse qui peut en imiter une autre",
        "Een link leidt naar {unicode}, een adres dat een ander kan nabootsen",
    ),
    "The link's site name is written with non-Latin or accented letters (shown to the computer as 'xn--…'). Such names can look exactly like a well-known site while being another one.": (
        "Le nom du site du lien est écrit avec des lettres non latines ou accentuées (vues par l'ordinateur comme « xn--… »). De tels noms peuvent ressembler exactement à un site connu tout en étant un autre.",
        "De sitenaam van de link is geschreven met niet-Latijnse of letters met accenten (voor de computer 'xn--…'). Zulke namen kunnen er precies uitzien als een bekende site en toch een andere zijn.",
    ),
    "sites in languages with accented or non-Latin letters use such names legitimately.": (
        "les sites dans des langues à lettres accentuées ou non latines utilisent légitimement de tels noms.",
        "sites in talen met letters met accenten of niet-Latijnse letters gebruiken zulke namen rechtmatig.",
    ),
    "The only way to respond is to write to a free-mail address ({address})": (
        "La seule façon de répondre est d'écrire à une adresse e-mail gratuite ({address})",
        "De enige manier om te reageren is schrijven naar een gratis e-mailadres ({address})",
    ),
    "The message has no web links; its call to action is to write to a personal free-mail address that is not the sender's. Advance-fee and gift-card scams work this way, because a reply address cannot be checked by a link filter.": (
        "Le message n'a aucun lien web ; il vous demande d'écrire à une adresse e-mail gratuite personnelle qui n'est pas celle de l'expéditeur. Les arnaques à l'avance de frais et aux cartes cadeaux fonctionnent ainsi, car un filtre de liens ne peut pas vérifier une adresse de réponse.",
        "Het bericht heeft geen weblinks; het vraagt u te schrijven naar een persoonlijk gratis e-mailadres dat niet dat van de afzender is. Voorschotfraude en cadeaukaartoplichting werken zo, omdat een linkfilter een antwoordadres niet kan controleren.",
    ),
    "small associations and private people do use free-mail addresses.": (
        "les petites associations et les particuliers utilisent bel et bien des adresses e-mail gratuites.",
        "kleine verenigingen en particulieren gebruiken wel degelijk gratis e-mailadressen.",
    ),
    # risky_attachments.py
    "Web page attached ({name})": ("Page web en pièce jointe ({name})", "Webpagina als bijlage ({name})"),
    "Web page attached that builds a file on your computer ({name})": (
        "Page web en pièce jointe qui fabrique un fichier sur votre ordinateur ({name})",
        "Webpagina als bijlage die een bestand op uw computer aanmaakt ({name})",
    ),
    "An attached web page (.html, .svg) opens in your browser, outside the protection of your mail program. Phishing pages are sent this way to show a fake sign-in form without a link a filter could check.": (
        "Une page web jointe (.html, .svg) s'ouvre dans votre navigateur, hors de la protection de votre logiciel de messagerie. Les pages d'hameçonnage sont envoyées ainsi pour afficher un faux formulaire de connexion sans lien qu'un filtre pourrait vérifier.",
        "Een bijgevoegde webpagina (.html, .svg) opent in uw browser, buiten de bescherming van uw mailprogramma. Phishingpagina's worden zo verstuurd om een vals aanmeldformulier te tonen zonder link die een filter kan controleren.",
    ),
    "This one contains code that assembles a download inside the browser (HTML smuggling).": (
        "Celle-ci contient du code qui assemble un téléchargement dans le navigateur (contrebande HTML).",
        "Deze bevat code die in de browser een download samenstelt (HTML-smokkel).",
    ),
    "some services send receipts or reports as web pages.": (
        "certains services envoient des reçus ou des rapports sous forme de pages web.",
        "sommige diensten versturen ontvangstbewijzen of rapporten als webpagina's.",
    ),
    "Archive attached that holds a program ({name})": (
        "Archive en pièce jointe contenant un programme ({name})",
        "Archief als bijlage dat een programma bevat ({name})",
    ),
    "The archive contains {inside}: a program or script packed so that mail filters do not see it. Opening the file inside runs it.": (
        "L'archive contient {inside} : un programme ou un script emballé pour que les filtres de messagerie ne le voient pas. Ouvrir le fichier qu'elle contient l'exécute.",
        "Het archief bevat {inside}: een programma of script dat zo verpakt is dat mailfilters het niet zien. Het bestand erin openen voert het uit.",
    ),
    "developers sometimes exchange tools this way; confirm with the sender by another channel.": (
        "des développeurs s'échangent parfois des outils ainsi ; vérifiez auprès de l'expéditeur par un autre moyen.",
        "ontwikkelaars wisselen soms zo hulpmiddelen uit; controleer het bij de afzender via een ander kanaal.",
    ),
    "Disk image attached ({name})": ("Image disque en pièce jointe ({name})", "Schijfkopie als bijlage ({name})"),
    "Opening a disk image (.iso, .img, .vhd) on Windows mounts it like a USB stick, and the programs inside it run without the usual warnings about files from the internet. Attackers use them to deliver malware past mail filters.": (
        "Ouvrir une image disque (.iso, .img, .vhd) sous Windows la monte comme une clé USB, et les programmes qu'elle contient s'exécutent sans les avertissements habituels sur les fichiers venus d'internet. Les attaquants s'en servent pour faire passer des logiciels malveillants à travers les filtres.",
        "Een schijfkopie (.iso, .img, .vhd) openen in Windows koppelt ze aan als een USB-stick, en de programma's erin draaien zonder de gewone waarschuwingen voor bestanden van internet. Aanvallers gebruiken ze om malware langs mailfilters te krijgen.",
    ),
    "software vendors rarely send installation images by mail.": (
        "les éditeurs de logiciels envoient rarement des images d'installation par e-mail.",
        "softwareleveranciers versturen zelden installatiekopieën per mail.",
    ),
    "Windows shortcut attached ({name})": (
        "Raccourci Windows en pièce jointe ({name})",
        "Windows-snelkoppeling als bijlage ({name})",
    ),
    "A shortcut file runs a command or opens an address when clicked; it looks like an ordinary document but can start a program.": (
        "Un fichier raccourci exécute une commande ou ouvre une adresse quand on clique dessus ; il ressemble à un document ordinaire mais peut lancer un programme.",
        "Een snelkoppeling voert een opdracht uit of opent een adres wanneer u erop klikt; ze lijkt een gewoon document maar kan een programma starten.",
    ),
    "almost none: people do not mail shortcuts to each other.": (
        "presque aucune : on ne s'envoie pas de raccourcis par e-mail.",
        "bijna geen: mensen mailen elkaar geen snelkoppelingen.",
    ),
    "OneNote file attached ({name})": (
        "Fichier OneNote en pièce jointe ({name})",
        "OneNote-bestand als bijlage ({name})",
    ),
    'OneNote files can hide a program behind a fake "click to view" button; they were widely used to deliver malware.': (
        "Les fichiers OneNote peuvent cacher un programme derrière un faux bouton « cliquer pour afficher » ; ils ont été très utilisés pour diffuser des logiciels malveillants.",
        "OneNote-bestanden kunnen een programma verbergen achter een valse knop 'klik om te bekijken'; ze werden veel gebruikt om malware te verspreiden.",
    ),
    "colleagues do share notebooks, usually through a link rather than a file.": (
        "des collègues partagent des blocs-notes, mais en général par un lien plutôt qu'un fichier.",
        "collega's delen wel notitieblokken, meestal via een link in plaats van een bestand.",
    ),
    "Office document with macros attached ({name})": (
        "Document Office avec macros en pièce jointe ({name})",
        "Office-document met macro's als bijlage ({name})",
    ),
    'This document type can carry macros: small programs that run if you press "Enable content". Macros are a common way to install malware.': (
        "Ce type de document peut contenir des macros : de petits programmes qui s'exécutent si vous cliquez sur « Activer le contenu ». Les macros sont un moyen courant d'installer des logiciels malveillants.",
        "Dit documenttype kan macro's bevatten: kleine programma's die draaien als u op 'Inhoud inschakelen' drukt. Macro's zijn een gebruikelijke manier om malware te installeren.",
    ),
    "some companies use macro spreadsheets for forms and reports.": (
        "certaines entreprises utilisent des tableurs à macros pour des formulaires et des rapports.",
        "sommige bedrijven gebruiken rekenbladen met macro's voor formulieren en rapporten.",
    ),
    "Program attached ({name})": ("Programme en pièce jointe ({name})", "Programma als bijlage ({name})"),
    "This attachment is a program or script: opening it runs it, with your rights on this computer.": (
        "Cette pièce jointe est un programme ou un script : l'ouvrir l'exécute, avec vos droits sur cet ordinateur.",
        "Deze bijlage is een programma of script: openen voert het uit, met uw rechten op deze computer.",
    ),
    "almost none by e-mail; genuine software comes from the vendor's site.": (
        "presque aucune par e-mail ; les vrais logiciels viennent du site de l'éditeur.",
        "bijna geen per mail; echte software komt van de site van de leverancier.",
    ),
    # beacon_text.py: where a token sits, in words
    "in the part of the address after the question mark": (
        "dans la partie de l'adresse après le point d'interrogation",
        "in het deel van het adres na het vraagteken",
    ),
    "in the part of the address after the # sign": (
        "dans la partie de l'adresse après le signe #",
        "in het deel van het adres na het #-teken",
    ),
    "in the address itself": ("dans l'adresse elle-même", "in het adres zelf"),
    "A link leads to {host}, which borrows the name {brand}": (
        "Un lien mène à {host}, qui emprunte le nom de {brand}",
        "Een link leidt naar {host}, dat de naam {brand} leent",
    ),
    "The link leads to {host}, a site whose name contains {brand} ({how}) but which is not one of its domains ({domains}). Phishing pages are put on such names so that a glance at the address sees the real company.": (
        "Le lien mène à {host}, un site dont le nom contient {brand} ({how}) mais qui n'est pas l'un de ses domaines ({domains}). Les pages d'hameçonnage sont placées sous de tels noms pour qu'un coup d'œil à l'adresse y voie la vraie entreprise.",
        "De link leidt naar {host}, een site waarvan de naam {brand} bevat ({how}) maar die niet een van haar domeinen is ({domains}). Phishingpagina's staan onder zulke namen, zodat wie snel naar het adres kijkt het echte bedrijf ziet.",
    ),
    "The message itself claims to come from {brand}.": (
        "Le message lui-même prétend venir de {brand}.",
        "Het bericht zelf beweert van {brand} te komen.",
    ),
    "resellers, fan sites and partners sometimes carry a brand's name in their own site name.": (
        "des revendeurs, des sites de fans et des partenaires portent parfois le nom d'une marque dans le nom de leur propre site.",
        "wederverkopers, fansites en partners dragen soms de naam van een merk in de naam van hun eigen site.",
    ),
}
