"""French and Dutch for the tracking side: beacons, tracked links, read receipts, attachments, content, parsing."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    # Beacon names: one, and several (beacon_text.CODES)
    "Tracking pixel": ("Pixel espion", "Volgpixel"),
    "Tracking pixels": ("Pixels espions", "Volgpixels"),
    "Remote image": ("Image distante", "Externe afbeelding"),
    "Remote images": ("Images distantes", "Externe afbeeldingen"),
    "Remote style sheet": ("Feuille de style distante", "Extern stijlblad"),
    "Remote style sheets": ("Feuilles de style distantes", "Externe stijlbladen"),
    "Remote font": ("Police distante", "Extern lettertype"),
    "Remote fonts": ("Polices distantes", "Externe lettertypes"),
    "Embedded web page": ("Page web intégrée", "Ingesloten webpagina"),
    "Embedded web pages": ("Pages web intégrées", "Ingesloten webpagina's"),
    "Remote audio or video": ("Audio ou vidéo distante", "Externe audio of video"),
    "Remote audio or video files": ("Fichiers audio ou vidéo distants", "Externe audio- of videobestanden"),
    "Remote plug-in content": ("Contenu de plug-in distant", "Externe plug-in-inhoud"),
    "Remote plug-in contents": ("Contenus de plug-in distants", "Externe plug-in-inhoud"),
    "Prefetched resource": ("Ressource préchargée", "Vooraf geladen bron"),
    "Prefetched resources": ("Ressources préchargées", "Vooraf geladen bronnen"),
    "DNS prefetch": ("Résolution DNS anticipée", "DNS-prefetch"),
    "DNS prefetches": ("Résolutions DNS anticipées", "DNS-prefetches"),
    "Automatic redirect": ("Redirection automatique", "Automatische doorverwijzing"),
    "Automatic redirects": ("Redirections automatiques", "Automatische doorverwijzingen"),
    "Windows file-share reference": (
        "Référence à un partage de fichiers Windows",
        "Verwijzing naar een Windows-netwerkshare",
    ),
    "Windows file-share references": (
        "Références à des partages de fichiers Windows",
        "Verwijzingen naar Windows-netwerkshares",
    ),
    # Beacon titles
    "{title} from {host}": ("{title} provenant de {host}", "{title} van {host}"),
    "{titles} from {host} ({count} addresses)": (
        "{titles} provenant de {host} ({count} adresses)",
        "{titles} van {host} ({count} adressen)",
    ),
    "Tracking pixel ({vendor})": ("Pixel espion ({vendor})", "Volgpixel ({vendor})"),
    "{title} that knows your address": ("{title}, qui connaît votre adresse", "{title}, met uw adres erin"),
    "{title} that knows your name": ("{title}, qui connaît votre nom", "{title}, met uw naam erin"),
    "Tracked link via {via}": ("Lien suivi via {via}", "Gevolgde link via {via}"),
    "Tracked links via {via} ({count} links)": (
        "Liens suivis via {via} ({count} liens)",
        "Gevolgde links via {via} ({count} links)",
    ),
    "Personalised link via {via}": ("Lien personnalisé via {via}", "Gepersonaliseerde link via {via}"),
    "Personalised links via {via} ({count} links)": (
        "Liens personnalisés via {via} ({count} liens)",
        "Gepersonaliseerde links via {via} ({count} links)",
    ),
    "Link with click notification via {via}": (
        "Lien avec notification de clic via {via}",
        "Link met klikmelding via {via}",
    ),
    "Links with click notification via {via} ({count} links)": (
        "Liens avec notification de clic via {via} ({count} liens)",
        "Links met klikmelding via {via} ({count} links)",
    ),
    # What each beacon is (completes "This message contains {what}.")
    "This message contains {what}.": ("Ce message contient {what}.", "Dit bericht bevat {what}."),
    "an image made to be invisible (tiny, hidden, or a known open-tracking address). Its only job is to be downloaded when you open the message, which tells the sender that you did": (
        "une image conçue pour être invisible (minuscule, masquée, ou à une adresse connue de suivi d'ouverture). Son seul rôle est d'être téléchargée quand vous ouvrez le message, ce qui apprend à l'expéditeur que vous l'avez ouvert",
        "een afbeelding die onzichtbaar moet blijven (piepklein, verborgen, of op een bekend adres om openingen te volgen). Ze dient alleen om gedownload te worden wanneer u het bericht opent, zodat de afzender weet dat u dat deed",
    ),
    "a picture stored on a server, downloaded when the message is shown. Ordinary in newsletters, but every download is recorded by that server": (
        "une image stockée sur un serveur, téléchargée à l'affichage du message. C'est courant dans les newsletters, mais chaque téléchargement est enregistré par ce serveur",
        "een afbeelding die op een server staat en gedownload wordt wanneer het bericht getoond wordt. Gewoon in nieuwsbrieven, maar elke download wordt door die server geregistreerd",
    ),
    "a style sheet loaded from a server when the message is shown (Outlook and Apple Mail load these)": (
        "une feuille de style chargée depuis un serveur à l'affichage du message (Outlook et Apple Mail les chargent)",
        "een stijlblad dat van een server geladen wordt wanneer het bericht getoond wordt (Outlook en Apple Mail laden die)",
    ),
    "a font downloaded from a server when the message is shown": (
        "une police de caractères téléchargée depuis un serveur à l'affichage du message",
        "een lettertype dat van een server gedownload wordt wanneer het bericht getoond wordt",
    ),
    "a web page embedded inside the message; it loads from a server and can load more things itself": (
        "une page web intégrée dans le message ; elle se charge depuis un serveur et peut elle-même charger d'autres éléments",
        "een webpagina die in het bericht is ingesloten; ze wordt van een server geladen en kan zelf nog meer laden",
    ),
    "sound or video loaded from a server when the message is shown": (
        "du son ou de la vidéo chargés depuis un serveur à l'affichage du message",
        "geluid of video die van een server geladen wordt wanneer het bericht getoond wordt",
    ),
    "an object, embed or applet loaded from a server: old plug-in content that has no place in an email": (
        "un élément object, embed ou applet chargé depuis un serveur : un ancien contenu de plug-in qui n'a rien à faire dans un e-mail",
        "een object-, embed- of applet-element dat van een server geladen wordt: oude plug-in-inhoud die in een e-mail niet thuishoort",
    ),
    "a hint asking the mail program to fetch something from a server in advance": (
        "une indication demandant au logiciel de messagerie de récupérer à l'avance quelque chose sur un serveur",
        "een hint die het e-mailprogramma vraagt om vooraf iets van een server op te halen",
    ),
    "a hint asking the mail program to look up a server name in advance. Only a name lookup leaves your computer, but it still reveals that the message was opened, through your network's name server": (
        "une indication demandant au logiciel de messagerie de rechercher à l'avance le nom d'un serveur. Seule une recherche de nom quitte votre ordinateur, mais elle révèle quand même, par le serveur de noms de votre réseau, que le message a été ouvert",
        "een hint die het e-mailprogramma vraagt om vooraf een servernaam op te zoeken. Alleen een naamopzoeking verlaat uw computer, maar via de naamserver van uw netwerk verraadt die toch dat het bericht geopend werd",
    ),
    "an instruction to load another address automatically after the message is shown": (
        "une instruction qui charge automatiquement une autre adresse après l'affichage du message",
        "een instructie om na het tonen van het bericht automatisch een ander adres te laden",
    ),
    "a reference to a file on a Windows network share. On Windows, Outlook and Explorer connect to that server and hand over your Windows login name and a hash of your password (NTLM) without any click; this is how CVE-2023-23397 was exploited": (
        "une référence à un fichier sur un partage réseau Windows. Sous Windows, Outlook et l'Explorateur se connectent à ce serveur et lui transmettent votre nom de connexion Windows et une empreinte (hash) de votre mot de passe (NTLM), sans aucun clic ; c'est ainsi que la faille CVE-2023-23397 a été exploitée",
        "een verwijzing naar een bestand op een Windows-netwerkshare. Onder Windows maken Outlook en Verkenner verbinding met die server en geven ze uw Windows-aanmeldnaam en een hash van uw wachtwoord (NTLM) door, zonder dat u klikt; zo werd CVE-2023-23397 misbruikt",
    ),
    "a link that goes through a click-tracking service before reaching its destination, so the sender learns when you click it": (
        "un lien qui passe par un service de suivi des clics avant d'atteindre sa destination ; l'expéditeur apprend ainsi quand vous cliquez dessus",
        "een link die langs een dienst voor klikregistratie loopt voordat hij zijn bestemming bereikt, zodat de afzender te weten komt wanneer u erop klikt",
    ),
    "a link carrying a code that identifies you, so a click tells the sender it was you": (
        "un lien portant un code qui vous identifie ; un clic indique donc à l'expéditeur que c'était vous",
        "een link met een code die u identificeert, zodat een klik de afzender vertelt dat u het was",
    ),
    "a link with a 'ping' address that browsers notify when the link is clicked": (
        "un lien avec une adresse « ping » que les navigateurs préviennent quand on clique sur le lien",
        "een link met een 'ping'-adres dat browsers verwittigen wanneer op de link geklikt wordt",
    ),
    # Explanation sentences
    "It was recognised by: {signals}.": (
        "Cet élément a été reconnu à ces indices : {signals}.",
        "Dit element werd herkend aan: {signals}.",
    ),
    "The service behind it is {vendor}.": (
        "Le service derrière cet élément est {vendor}.",
        "De dienst erachter is {vendor}.",
    ),
    "It sits in the attachment {name}, and fires when that file is opened.": (
        "Cet élément se trouve dans la pièce jointe {name} et se déclenche quand ce fichier est ouvert.",
        "Het zit in de bijlage {name} en treedt in werking wanneer dat bestand geopend wordt.",
    ),
    "Nothing is loaded unless you click.": (
        "Rien n'est chargé tant que vous ne cliquez pas.",
        "Er wordt niets geladen tenzij u klikt.",
    ),
    "Most mail programs load it as soon as remote content is allowed.": (
        "La plupart des logiciels de messagerie chargent cet élément dès que le contenu distant est autorisé.",
        "De meeste e-mailprogramma's laden het zodra externe inhoud toegestaan is.",
    ),
    "It only loads when your mail program uses dark mode, so it also reveals that setting.": (
        "Cet élément ne se charge que si votre logiciel de messagerie est en mode sombre ; il révèle donc aussi ce réglage.",
        "Het wordt alleen geladen wanneer uw e-mailprogramma de donkere modus gebruikt, dus het verraadt ook die instelling.",
    ),
    "It only loads in light mode, so it also reveals your colour setting.": (
        "Cet élément ne se charge qu'en mode clair ; il révèle donc aussi votre réglage de couleurs.",
        "Het wordt alleen in de lichte modus geladen, dus het verraadt ook uw kleurinstelling.",
    ),
    "It only loads when the message is printed, so it tells the sender you printed it.": (
        "Cet élément ne se charge que lorsque le message est imprimé ; il indique donc à l'expéditeur que vous l'avez imprimé.",
        "Het wordt alleen geladen wanneer het bericht afgedrukt wordt, dus het vertelt de afzender dat u het afdrukte.",
    ),
    "It only loads in a forwarded or quoted copy, so it tells the sender the message was forwarded.": (
        "Cet élément ne se charge que dans une copie transférée ou citée ; il indique donc à l'expéditeur que le message a été transféré.",
        "Het wordt alleen geladen in een doorgestuurde of geciteerde kopie, dus het vertelt de afzender dat het bericht doorgestuurd werd.",
    ),
    "It only loads on some screen sizes, so it reveals what kind of device you read on.": (
        "Cet élément ne se charge que sur certaines tailles d'écran ; il révèle donc le type d'appareil sur lequel vous lisez.",
        "Het wordt alleen op bepaalde schermgroottes geladen, dus het verraadt op wat voor toestel u leest.",
    ),
    "It only loads in some mail programs, so it reveals which one you use.": (
        "Cet élément ne se charge que dans certains logiciels de messagerie ; il révèle donc celui que vous utilisez.",
        "Het wordt alleen in bepaalde e-mailprogramma's geladen, dus het verraadt welk programma u gebruikt.",
    ),
    # Loads that only another reading of the HTML builds (beacon_text.READING_TEXT)
    "Only a browser with JavaScript on builds it: such a browser reads the message's noscript element as plain text, so the markup after it takes another shape. Mail programs and the safe view do not load it.": (
        "Seul un navigateur où JavaScript est activé le construit : un tel navigateur lit l'élément noscript du message comme du texte brut, si bien que le balisage qui suit prend une autre forme. Les logiciels de messagerie et l'affichage sécurisé ne le chargent pas.",
        "Alleen een browser met JavaScript aan bouwt het op: zo'n browser leest het noscript-element van het bericht als gewone tekst, waardoor de opmaak erna een andere vorm krijgt. E-mailprogramma's en de veilige weergave laden het niet.",
    ),
    "Only browsers built on Chromium 135 or later build it: they keep pictures and markup inside the options of a drop-down list, which other programs and the safe view drop.": (
        "Seuls les navigateurs basés sur Chromium 135 ou plus récent le construisent : ils conservent les images et le balisage à l'intérieur des options d'une liste déroulante, que les autres programmes et l'affichage sécurisé écartent.",
        "Alleen browsers op basis van Chromium 135 of later bouwen het op: zij behouden afbeeldingen en opmaak in de opties van een keuzelijst, die andere programma's en de veilige weergave weglaten.",
    ),
    "Only browsers built on Chromium 135 or later with JavaScript on build it: they read the noscript element as plain text and keep the markup inside drop-down options. Mail programs and the safe view do not load it.": (
        "Seuls les navigateurs basés sur Chromium 135 ou plus récent, avec JavaScript activé, le construisent : ils lisent l'élément noscript comme du texte brut et conservent le balisage à l'intérieur des options de listes déroulantes. Les logiciels de messagerie et l'affichage sécurisé ne le chargent pas.",
        "Alleen browsers op basis van Chromium 135 of later met JavaScript aan bouwen het op: zij lezen het noscript-element als gewone tekst en behouden de opmaak in de opties van keuzelijsten. E-mailprogramma's en de veilige weergave laden het niet.",
    ),
    # What a load or click reveals
    "Loading it would reveal {items}.": (
        "Son chargement révélerait {items}.",
        "Het laden ervan zou dit prijsgeven: {items}.",
    ),
    "Clicking it would reveal {items}.": (
        "Cliquer dessus révélerait {items}.",
        "Erop klikken zou dit prijsgeven: {items}.",
    ),
    "Opening it would reveal {items}.": (
        "Ouvrir ce fichier révélerait {items}.",
        "Het openen van dat bestand zou dit prijsgeven: {items}.",
    ),
    "{items} and {last}": ("{items} et {last}", "{items} en {last}"),
    "when you opened the message": ("quand vous avez ouvert le message", "wanneer u het bericht opende"),
    "your IP address, and from it your approximate location and your organisation or provider": (
        "votre adresse IP, et à partir d'elle votre localisation approximative et votre organisation ou fournisseur d'accès",
        "uw IP-adres, en daaruit uw geschatte locatie en uw organisatie of provider",
    ),
    "your mail program and device": ("votre logiciel de messagerie et votre appareil", "uw e-mailprogramma en toestel"),
    "who you are": ("qui vous êtes", "wie u bent"),
    "your network's name server (often your organisation or provider)": (
        "le serveur de noms de votre réseau (souvent votre organisation ou fournisseur d'accès)",
        "de naamserver van uw netwerk (vaak uw organisatie of provider)",
    ),
    "your Windows user name and a crackable hash of your password": (
        "votre nom d'utilisateur Windows et une empreinte (hash) de votre mot de passe qui peut être cassée",
        "uw Windows-gebruikersnaam en een kraakbare hash van uw wachtwoord",
    ),
    "when you clicked": ("quand vous avez cliqué", "wanneer u klikte"),
    "that you read the message": ("que vous avez lu le message", "dat u het bericht las"),
    # A code in the address that identifies the recipient
    "The address contains your e-mail address ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.": (
        "L'adresse web contient votre adresse e-mail ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.",
        "Het webadres bevat uw e-mailadres ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.",
    ),
    "The address contains your e-mail local part ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.": (
        "L'adresse web contient la partie de votre adresse e-mail avant le @ ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.",
        "Het webadres bevat het deel van uw e-mailadres vóór de @ ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.",
    ),
    "The address contains your e-mail domain ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.": (
        "L'adresse web contient le domaine de votre adresse e-mail ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.",
        "Het webadres bevat het domein van uw e-mailadres ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.",
    ),
    "It carries {what} ({value}, {where}), which lets the sender tie the request to you personally.": (
        "Son adresse contient {what} ({value}, {where}), ce qui permet à l'expéditeur de relier la requête à vous personnellement.",
        "Het adres bevat {what} ({value}, {where}), waarmee de afzender het verzoek aan u persoonlijk kan koppelen.",
    ),
    "It carries a long unique-looking code ({value}, {where}), probably an ID for you as a recipient, which would let the sender tell that it was you.": (
        "Son adresse contient un long code d'apparence unique ({value}, {where}), probablement un identifiant qui vous est propre en tant que destinataire, ce qui permettrait à l'expéditeur de savoir que c'était vous.",
        "Het adres bevat een lange, uniek ogende code ({value}, {where}), waarschijnlijk een ID voor u als ontvanger, waarmee de afzender zou kunnen zien dat u het was.",
    ),
    "The address contains your name ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.": (
        "L'adresse web contient votre nom ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.",
        "Het webadres bevat uw naam ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.",
    ),
    "a Campaign Monitor subscriber id": ("un identifiant d'abonné Campaign Monitor", "een Campaign Monitor-abonnee-ID"),
    "The List-Unsubscribe header holds a link to {host} made for you. It is used only if you unsubscribe, but it shows that the sender's list knows exactly who you are.": (
        "L'en-tête List-Unsubscribe contient un lien vers {host} fait pour vous. Il ne sert que si vous vous désabonnez, mais il montre que la liste de l'expéditeur sait exactement qui vous êtes.",
        "De header List-Unsubscribe bevat een link naar {host} die voor u gemaakt is. Hij dient alleen als u zich uitschrijft, maar toont dat de lijst van de afzender precies weet wie u bent.",
    ),
    "Personalised unsubscribe link via {host}": (
        "Lien de désabonnement personnalisé via {host}",
        "Gepersonaliseerde uitschrijflink via {host}",
    ),
    "in the name of the server": ("dans le nom du serveur", "in de naam van de server"),
    "split between the address and the part after the question mark": (
        "réparti entre l'adresse et la partie après le point d'interrogation",
        "verdeeld over het adres en het deel na het vraagteken",
    ),
    "a Mailchimp subscriber id": ("un identifiant d'abonné Mailchimp", "een Mailchimp-abonnee-ID"),
    "a Klaviyo profile id": ("un identifiant de profil Klaviyo", "een Klaviyo-profiel-ID"),
    "a Marketo per-lead token": ("un jeton Marketo propre à chaque contact", "een Marketo-token per contact"),
    "a HubSpot contact token": ("un jeton de contact HubSpot", "een HubSpot-contacttoken"),
    "a Vero user id": ("un identifiant d'utilisateur Vero", "een Vero-gebruikers-ID"),
    "a recipient id": ("un identifiant de destinataire", "een ontvanger-ID"),
    "a recipient id (GoPhish style)": (
        "un identifiant de destinataire (à la manière de GoPhish)",
        "een ontvanger-ID (zoals bij GoPhish)",
    ),
    "a subscriber id": ("un identifiant d'abonné", "een abonnee-ID"),
    "a contact id": ("un identifiant de contact", "een contact-ID"),
    "a user id": ("un identifiant d'utilisateur", "een gebruikers-ID"),
    "a member id": ("un identifiant de membre", "een lid-ID"),
    "an e-mail address": ("une adresse e-mail", "een e-mailadres"),
    "an identifier ({label})": ("un identifiant ({label})", "een identificatiecode ({label})"),
    # How the address is encoded: "plain", "sha256(lower)", "base64(address)"
    "plain": ("en clair", "leesbaar"),
    "url-encoded": ("encodée pour URL", "URL-gecodeerd"),
    "lower": ("minuscules", "kleine letters"),
    "upper": ("majuscules", "hoofdletters"),
    "as written": ("telle qu'écrite", "zoals geschreven"),
    "address": ("adresse", "adres"),
    "local part": ("partie avant le @", "deel vóór de @"),
    "{hash}({of})": ("{hash}({of})", "{hash}({of})"),
    # Why an image looks like a tracking pixel (listed after "recognised by:")
    "known open-tracking address of {vendor}": (
        "adresse connue de suivi d'ouverture de {vendor}",
        "bekend adres van {vendor} om openingen te volgen",
    ),
    "declared size {width}×{height} px": (
        "taille déclarée {width}×{height} px",
        "opgegeven grootte {width}×{height} px",
    ),
    "tracking word {word} in the address": ("mot de suivi {word} dans l'adresse", "volgwoord {word} in het adres"),
    "last image of the message": ("dernière image du message", "laatste afbeelding van het bericht"),
    "the image": ("l'image", "de afbeelding"),
    "its container <{tag}>": ("son conteneur <{tag}>", "de container <{tag}> eromheen"),
    "{who} has the hidden attribute": ("{who} a l'attribut hidden", "{who} heeft het attribuut hidden"),
    "{who} is display:none": ("{who} est en display:none", "{who} staat op display:none"),
    "{who} is visibility:hidden": ("{who} est en visibility:hidden", "{who} staat op visibility:hidden"),
    "{who} has opacity 0": ("{who} a une opacité nulle (opacity 0)", "{who} heeft opaciteit 0"),
    "{who} is hidden from Outlook (mso-hide:all)": (
        "Outlook a pour consigne de ne pas afficher {who} (mso-hide:all)",
        "{who} wordt voor Outlook verborgen (mso-hide:all)",
    ),
    "{who} has {prop}:0": ("{who} a {prop}:0", "{who} heeft {prop}:0"),
    "{who} is moved off-screen ({prop}:{value})": (
        "on a déplacé {who} hors de l'écran ({prop}:{value})",
        "{who} staat buiten beeld ({prop}:{value})",
    ),
    # Read receipts
    "The sender asks for a read receipt": (
        "L'expéditeur demande un accusé de lecture",
        "De afzender vraagt een leesbevestiging",
    ),
    "The sender asks for a read receipt to a different address": (
        "L'expéditeur demande un accusé de lecture à une autre adresse",
        "De afzender vraagt een leesbevestiging naar een ander adres",
    ),
    "The header {header} asks your mail program to confirm that you read the message. Many programs ask you first; answering (even 'deny' in some) confirms your address is read.": (
        "L'en-tête {header} demande à votre logiciel de messagerie de confirmer que vous avez lu le message. Beaucoup de logiciels vous posent d'abord la question ; répondre (même « refuser » dans certains) confirme que votre adresse est lue.",
        "De header {header} vraagt uw e-mailprogramma te bevestigen dat u het bericht gelezen hebt. Veel programma's vragen het u eerst; antwoorden (in sommige zelfs 'weigeren') bevestigt dat uw adres gelezen wordt.",
    ),
    "The header {header} asks your mail program to confirm that you read the message, to {target}, which is not the sender's address. Many programs ask you first; answering (even 'deny' in some) confirms your address is read.": (
        "L'en-tête {header} demande à votre logiciel de messagerie de confirmer que vous avez lu le message, à {target}, qui n'est pas l'adresse de l'expéditeur. Beaucoup de logiciels vous posent d'abord la question ; répondre (même « refuser » dans certains) confirme que votre adresse est lue.",
        "De header {header} vraagt uw e-mailprogramma om aan {target} te bevestigen dat u het bericht gelezen hebt; dat is niet het adres van de afzender. Veel programma's vragen het u eerst; antwoorden (in sommige zelfs 'weigeren') bevestigt dat uw adres gelezen wordt.",
    ),
    # Attachments and Outlook items that load something
    "part {part}": ("partie {part}", "deel {part}"),
    "Outlook reminder sound points to a network share": (
        "Le son de rappel Outlook pointe vers un partage réseau",
        "Het Outlook-herinneringsgeluid verwijst naar een netwerkshare",
    ),
    "This Outlook item sets its reminder sound to a file on a remote server. When the reminder fires, Outlook on Windows connects to that server and sends your Windows login name and a hash of your password (NTLM), with no click at all. This is the CVE-2023-23397 attack.": (
        "Cet élément Outlook utilise comme son de rappel un fichier situé sur un serveur distant. Quand le rappel se déclenche, Outlook sous Windows se connecte à ce serveur et envoie votre nom de connexion Windows et une empreinte (hash) de votre mot de passe (NTLM), sans le moindre clic. C'est l'attaque CVE-2023-23397.",
        "Dit Outlook-item gebruikt als herinneringsgeluid een bestand op een externe server. Wanneer de herinnering afgaat, maakt Outlook onder Windows verbinding met die server en stuurt het uw Windows-aanmeldnaam en een hash van uw wachtwoord (NTLM) door, zonder dat u ook maar klikt. Dit is de CVE-2023-23397-aanval.",
    ),
    "Attachment {name} was only partly checked for remote references": (
        "La pièce jointe {name} n'a été vérifiée qu'en partie pour les références distantes",
        "Bijlage {name} werd maar gedeeltelijk op externe verwijzingen gecontroleerd",
    ),
    "This attachment is too large (or inflates to too much) to scan in full for content it would load from the internet when opened. Part of it was skipped, so it may hold references this report does not list.": (
        "Cette pièce jointe est trop volumineuse (ou se décompresse en trop de données) pour être entièrement examinée à la recherche de contenu qu'elle chargerait depuis internet à l'ouverture. Une partie a été ignorée ; elle peut donc contenir des références que ce rapport ne mentionne pas.",
        "Deze bijlage is te groot (of pakt uit tot te veel gegevens) om volledig te doorzoeken op inhoud die ze bij het openen van het internet zou laden. Een deel werd overgeslagen, dus ze kan verwijzingen bevatten die dit rapport niet vermeldt.",
    ),
    "Attachment {name} loads a remote template": (
        "La pièce jointe {name} charge un modèle distant",
        "Bijlage {name} laadt een externe sjabloon",
    ),
    "Attachment {name} loads remote content": (
        "La pièce jointe {name} charge du contenu distant",
        "Bijlage {name} laadt externe inhoud",
    ),
    "an external resource ({kind})": ("une ressource externe ({kind})", "een externe bron ({kind})"),
    "an external resource": ("une ressource externe", "een externe bron"),
    "a remote template (a known way to load macros into a harmless-looking document)": (
        "un modèle distant (un moyen connu de charger des macros dans un document d'apparence inoffensive)",
        "een externe sjabloon (een bekende manier om macro's in een onschuldig ogend document te laden)",
    ),
    "The attached document {name} refers to {what} at {where}. Office fetches it when the document is opened, telling that server the document was opened, from where and by which program.": (
        "Le document joint {name} fait référence à {what} sur {where}. Office récupère cet élément à l'ouverture du document, ce qui indique à ce serveur que le document a été ouvert, d'où et avec quel logiciel.",
        "Het bijgevoegde document {name} verwijst naar {what} op {where}. Office haalt die op wanneer het document geopend wordt, en vertelt die server zo dat het document geopend werd, van waar en met welk programma.",
    ),
    "The attached document {name} refers to {what} at {where}. Office fetches it when the document is opened, telling that server the document was opened, from where and by which program, and on Windows a file-share address also leaks your login hash.": (
        "Le document joint {name} fait référence à {what} sur {where}. Office récupère cet élément à l'ouverture du document, ce qui indique à ce serveur que le document a été ouvert, d'où et avec quel logiciel ; sous Windows, une adresse de partage de fichiers divulgue en plus l'empreinte (hash) de votre mot de passe.",
        "Het bijgevoegde document {name} verwijst naar {what} op {where}. Office haalt die op wanneer het document geopend wordt, en vertelt die server zo dat het document geopend werd, van waar en met welk programma; onder Windows lekt een netwerkshare-adres bovendien de hash van uw aanmeldgegevens.",
    ),
    "Attachment {name} has a {field} field": (
        "La pièce jointe {name} contient un champ {field}",
        "Bijlage {name} bevat een {field}-veld",
    ),
    "The attached document {name} contains a {field} field, which can start programs on the computer when the document is updated.": (
        "Le document joint {name} contient un champ {field}, qui peut lancer des programmes sur l'ordinateur lorsque le document est mis à jour.",
        "Het bijgevoegde document {name} bevat een {field}-veld, dat programma's op de computer kan starten wanneer het document bijgewerkt wordt.",
    ),
    "The attached document {name} contains a {field} field that fetches content from {where} when the document is opened.": (
        "Le document joint {name} contient un champ {field} qui récupère du contenu sur {where} à l'ouverture du document.",
        "Het bijgevoegde document {name} bevat een {field}-veld dat inhoud ophaalt van {where} wanneer het document geopend wordt.",
    ),
    "The attached RTF document {name} names a template at {host}. Word fetches it when the document is opened; remote templates are a known way to slip macros into a harmless-looking file.": (
        "Le document RTF joint {name} désigne un modèle sur {host}. Word le récupère à l'ouverture du document ; les modèles distants sont un moyen connu de glisser des macros dans un fichier d'apparence inoffensive.",
        "Het bijgevoegde RTF-document {name} noemt een sjabloon op {host}. Word haalt die op wanneer het document geopend wordt; externe sjablonen zijn een bekende manier om macro's in een onschuldig ogend bestand binnen te smokkelen.",
    ),
    "PDF attachment {name} has actions that reach outside the file": (
        "La pièce jointe PDF {name} contient des actions qui sortent du fichier",
        "PDF-bijlage {name} bevat acties die buiten het bestand reiken",
    ),
    "Calendar invitation {name} points to a network share": (
        "L'invitation d'agenda {name} pointe vers un partage réseau",
        "Agenda-uitnodiging {name} verwijst naar een netwerkshare",
    ),
    "Calendar invitation {name} points to a remote file": (
        "L'invitation d'agenda {name} pointe vers un fichier distant",
        "Agenda-uitnodiging {name} verwijst naar een extern bestand",
    ),
    "The calendar item {name} has a {prop} pointing to {host}. Some calendar programs fetch attachments or show linked pages when the invitation is opened.": (
        "L'élément d'agenda {name} contient un {prop} qui pointe vers {host}. Certains logiciels d'agenda récupèrent les pièces jointes ou affichent les pages liées à l'ouverture de l'invitation.",
        "Het agenda-item {name} bevat een {prop} die naar {host} verwijst. Sommige agendaprogramma's halen bijlagen op of tonen gelinkte pagina's wanneer de uitnodiging geopend wordt.",
    ),
    # Forms and scripts
    "Form that sends what you type to {host}": (
        "Formulaire qui envoie ce que vous tapez à {host}",
        "Formulier dat wat u typt naar {host} stuurt",
    ),
    "Form that sends what you type to {host} (asks for a password)": (
        "Formulaire qui envoie ce que vous tapez à {host} (demande un mot de passe)",
        "Formulier dat wat u typt naar {host} stuurt (vraagt een wachtwoord)",
    ),
    "This message contains a form. Submitting it sends what you type into it to {host}.": (
        "Ce message contient un formulaire. L'envoyer transmet ce que vous y tapez à {host}.",
        "Dit bericht bevat een formulier. Wie het verzendt, stuurt wat erin getypt is naar {host}.",
    ),
    "This message contains a form. Submitting it sends what you type into it to {host}, including a password.": (
        "Ce message contient un formulaire. L'envoyer transmet ce que vous y tapez à {host}, y compris un mot de passe.",
        "Dit bericht bevat een formulier. Wie het verzendt, stuurt wat erin getypt is naar {host}, ook een wachtwoord.",
    ),
    "Nothing is sent unless you press its button, and the safe view disables it. Genuine services do not ask you to type sign-in details into an email: use their website instead.": (
        "Rien n'est envoyé tant que vous n'appuyez pas sur son bouton, et la vue sûre le désactive. Les services authentiques ne vous demandent pas de taper vos identifiants dans un e-mail : passez plutôt par leur site web.",
        "Er wordt niets verstuurd tenzij u op de knop drukt, en de veilige weergave schakelt het uit. Echte diensten vragen u nooit om aanmeldgegevens in een e-mail te typen: ga liever naar hun website.",
    ),
    "Script in the message": ("Script dans le message", "Script in het bericht"),
    "Script in the message loaded from {hosts}": (
        "Script dans le message, chargé depuis {hosts}",
        "Script in het bericht, geladen van {hosts}",
    ),
    "This message contains 1 script.": ("Ce message contient 1 script.", "Dit bericht bevat 1 script."),
    "This message contains {count} scripts.": (
        "Ce message contient {count} scripts.",
        "Dit bericht bevat {count} scripts.",
    ),
    "This message contains 1 script loaded from {hosts}.": (
        "Ce message contient 1 script chargé depuis {hosts}.",
        "Dit bericht bevat 1 script, geladen van {hosts}.",
    ),
    "This message contains {count} scripts loaded from {hosts}.": (
        "Ce message contient {count} scripts chargés depuis {hosts}.",
        "Dit bericht bevat {count} scripts, geladen van {hosts}.",
    ),
    "Mail programs do not run scripts, so it cannot do anything here, and the safe view removes it. But ordinary mail has no reason to carry one: it is often left over from a phishing page copied into the message.": (
        "Les logiciels de messagerie n'exécutent pas les scripts : il ne peut donc rien faire ici, et la vue sûre le supprime. Mais un e-mail ordinaire n'a aucune raison d'en contenir : c'est souvent un reste d'une page d'hameçonnage copiée dans le message.",
        "E-mailprogramma's voeren geen scripts uit, dus hier kan het niets doen, en de veilige weergave verwijdert het. Maar gewone e-mail heeft geen reden om er een te bevatten: vaak is het een overblijfsel van een phishingpagina die in het bericht gekopieerd werd.",
    ),
    # What the parser had to work around
    "Text in part {part} was decoded with a fallback character set": (
        "Le texte de la partie {part} a été décodé avec un jeu de caractères de secours",
        "Tekst in deel {part} werd gedecodeerd met een reservetekenset",
    ),
    "The message declares its text encoding wrongly or not at all, so some characters may show incorrectly. Badly labelled encodings are common in bulk and spam mail.": (
        "Le message déclare mal son encodage de texte, ou pas du tout ; certains caractères peuvent donc s'afficher incorrectement. Les encodages mal étiquetés sont fréquents dans les envois de masse et le spam.",
        "Het bericht geeft zijn tekstcodering verkeerd of helemaal niet op, dus sommige tekens kunnen verkeerd getoond worden. Slecht aangeduide coderingen komen vaak voor in massamail en spam.",
    ),
    "Part {part} could not be read": ("La partie {part} n'a pas pu être lue", "Deel {part} kon niet gelezen worden"),
    "Part of this message could not be decoded or was skipped because it is built in an abnormal way. Its content was not analysed; be careful with it.": (
        "Une partie de ce message n'a pas pu être décodée ou a été ignorée parce qu'elle est construite de façon anormale. Son contenu n'a pas été analysé ; soyez prudent avec elle.",
        "Een deel van dit bericht kon niet gedecodeerd worden of werd overgeslagen omdat het op een abnormale manier is opgebouwd. De inhoud ervan werd niet geanalyseerd; wees er voorzichtig mee.",
    ),
    "Part {part} was only partly analysed": (
        "La partie {part} n'a été analysée qu'en partie",
        "Deel {part} werd maar gedeeltelijk geanalyseerd",
    ),
    "Part of this message is far larger than real mail needs, a common way to exhaust or slip past filters. Only its beginning was analysed (and shown); the rest was skipped. Be careful with it.": (
        "Une partie de ce message est bien plus volumineuse qu'un vrai e-mail ne l'exige, un moyen courant d'épuiser les filtres ou de passer entre leurs mailles. Seul son début a été analysé (et affiché) ; le reste a été ignoré. Soyez prudent avec elle.",
        "Een deel van dit bericht is veel groter dan echte e-mail nodig heeft, een gekende manier om filters uit te putten of erlangs te glippen. Alleen het begin ervan werd geanalyseerd (en getoond); de rest werd overgeslagen. Wees er voorzichtig mee.",
    ),
    "Malformed message structure in part {part}": (
        "Structure de message mal formée dans la partie {part}",
        "Misvormde berichtstructuur in deel {part}",
    ),
    "The message does not follow the email format rules here. Mail programs may show it differently from one another, which senders of spam and phishing sometimes use to slip content past filters. The analysis read it as well as it could.": (
        "Le message ne respecte pas ici les règles du format e-mail. Les logiciels de messagerie peuvent l'afficher chacun à leur manière, ce dont les expéditeurs de spam et d'hameçonnage profitent parfois pour faire passer du contenu entre les mailles des filtres. L'analyse l'a lu du mieux qu'elle a pu.",
        "Het bericht volgt hier de regels van het e-mailformaat niet. E-mailprogramma's kunnen het elk anders tonen, wat afzenders van spam en phishing soms gebruiken om inhoud langs filters te smokkelen. De analyse heeft het zo goed mogelijk gelezen.",
    ),
    # The safe view found something the beacon scan did not
    "The safe view and the beacon list disagree about one reference": (
        "La vue sûre et la liste des traceurs divergent sur une référence",
        "De veilige weergave en de lijst met volgelementen zijn het oneens over één verwijzing",
    ),
    "The safe view removed a reference that the tracking analysis did not report (or found one still there after cleaning). It was not loaded, but the findings list may be missing it. This is a bug in Email Inspector; please report it.": (
        "La vue sûre a supprimé une référence que l'analyse des traceurs n'a pas signalée (ou en a trouvé une encore présente après le nettoyage). Elle n'a pas été chargée, mais il se peut qu'elle manque dans la liste des constats. C'est un bogue d'Email Inspector ; merci de le signaler.",
        "De veilige weergave verwijderde een verwijzing die de analyse van volgelementen niet meldde (of vond er na het opschonen nog een). Ze werd niet geladen, maar ze kan ontbreken in de lijst met bevindingen. Dit is een fout in Email Inspector; meld ze alstublieft.",
    ),
    # message/external-body parts (analysis/mime_refs.py)
    "Part {part} is a message/external-body part: instead of its content it names {url} (access type {access}). An image in the message body points at this part (cid:), so a mail program that follows external bodies fetches it as soon as the message is shown, telling {host} that you opened it. The safe view does not follow it.": (
        "La partie {part} est de type message/external-body : au lieu de son contenu, elle désigne {url} (type d'accès {access}). Une image du corps du message pointe vers cette partie (cid:) : un logiciel de messagerie qui suit les corps externes la récupère dès l'affichage du message, ce qui indique à {host} que vous l'avez ouvert. La vue sûre ne la suit pas.",
        "Deel {part} is een message/external-body-deel: in plaats van de inhoud noemt het {url} (toegangstype {access}). Een afbeelding in de berichttekst verwijst naar dit deel (cid:), dus een e-mailprogramma dat externe inhoud volgt, haalt het op zodra het bericht wordt getoond en laat {host} weten dat u het hebt geopend. De veilige weergave volgt het niet.",
    ),
    "Part {part} is a message/external-body part: instead of its content it names {url} (access type {access}). A mail program that shows the part, or offers to get it, contacts {host}. The safe view does not follow it.": (
        "La partie {part} est de type message/external-body : au lieu de son contenu, elle désigne {url} (type d'accès {access}). Un logiciel de messagerie qui affiche cette partie, ou propose de la récupérer, contacte {host}. La vue sûre ne la suit pas.",
        "Deel {part} is een message/external-body-deel: in plaats van de inhoud noemt het {url} (toegangstype {access}). Een e-mailprogramma dat dit deel toont of aanbiedt het op te halen, maakt verbinding met {host}. De veilige weergave volgt het niet.",
    ),
    "A part of the message is fetched from {host}": (
        "Une partie du message est récupérée depuis {host}",
        "Een deel van het bericht wordt opgehaald van {host}",
    ),
    # <svg><script href> (beacon_text.CODES["REMOTE_SCRIPT"])
    "Script loaded by an SVG drawing": ("Script chargé par un dessin SVG", "Script geladen door een SVG-tekening"),
    "Scripts loaded by SVG drawings": ("Scripts chargés par des dessins SVG", "Scripts geladen door SVG-tekeningen"),
    "a script that an SVG drawing in the message loads from a server (`<svg><script href>`): a mail program that shows the message in a web engine may fetch it when the drawing is shown": (
        "un script qu'un dessin SVG du message charge depuis un serveur (`<svg><script href>`) : un logiciel de messagerie qui affiche le message dans un moteur web peut le récupérer à l'affichage du dessin",
        "een script dat een SVG-tekening in het bericht van een server laadt (`<svg><script href>`): een e-mailprogramma dat het bericht in een webengine toont, kan het ophalen wanneer de tekening wordt getoond",
    ),
    # evidence of a tracked load: how the sending service was recognised
    "URL matches {rule} ({source})": (
        "l'adresse correspond à {rule} ({source})",
        "het adres komt overeen met {rule} ({source})",
    ),
    "sending service recognised from {source}": (
        "service d'envoi reconnu d'après {source}",
        "verzenddienst herkend aan {source}",
    ),
}
