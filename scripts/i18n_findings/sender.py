"""French and Dutch for the sender analysis: who really sent the message, its authentication and route."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    # sender_context.py: facts that make a mismatch an impersonation
    "the sender uses a free-mail address": (
        "l'expéditeur utilise une adresse e-mail gratuite",
        "de afzender gebruikt een gratis e-mailadres",
    ),
    "the sender uses a throw-away address": (
        "l'expéditeur utilise une adresse jetable",
        "de afzender gebruikt een wegwerpadres",
    ),
    "the sender's domain imitates another one": (
        "le domaine de l'expéditeur en imite un autre",
        "het domein van de afzender bootst een ander domein na",
    ),
    "the sender's name contains hidden characters": (
        "le nom de l'expéditeur contient des caractères cachés",
        "de naam van de afzender bevat verborgen tekens",
    ),
    "your mail server found that the sender's domain did not authorise this message (DMARC fail)": (
        "votre serveur de messagerie a constaté que le domaine de l'expéditeur n'a pas autorisé ce message (échec DMARC)",
        "uw mailserver stelde vast dat het domein van de afzender dit bericht niet heeft toegestaan (DMARC fail)",
    ),
    "the display name claims to be {brand}": (
        "le nom affiché prétend être {brand}",
        "de weergavenaam beweert {brand} te zijn",
    ),
    "this sender has not written to you before": (
        "cet expéditeur ne vous a encore jamais écrit",
        "deze afzender heeft u nog nooit eerder geschreven",
    ),
    # auth_checks.py: SPF, DKIM, DMARC, forged results, ARC
    "The sending server was not authorised (SPF {result})": (
        "Le serveur d'envoi n'était pas autorisé (SPF {result})",
        "De verzendende server was niet gemachtigd (SPF {result})",
    ),
    "Your mail server found that the server which delivered this is not listed by {domain} as allowed to send its mail. Note that SPF checks the hidden bounce address, not the From you see.": (
        "Votre serveur de messagerie a constaté que le serveur qui a remis ce message ne figure pas parmi ceux que {domain} autorise à envoyer ses e-mails. Notez que SPF vérifie l'adresse de retour cachée, pas l'expéditeur (From) que vous voyez.",
        "Uw mailserver stelde vast dat de server die dit bericht afleverde niet door {domain} is opgegeven als server die zijn mail mag versturen. Let op: SPF controleert het verborgen retouradres, niet de afzender (From) die u ziet.",
    ),
    "the sender domain": ("le domaine de l'expéditeur", "het domein van de afzender"),
    "forwarding and mailing lists break these checks for genuine mail; 'softfail' is common on legitimate mail.": (
        "le transfert et les listes de diffusion font échouer ces vérifications pour des e-mails authentiques ; un « softfail » est courant sur des e-mails légitimes.",
        "doorsturen en mailinglijsten doen deze controles mislukken bij echte mail; 'softfail' komt vaak voor bij legitieme mail.",
    ),
    "A digital signature on the message is broken": (
        "Une signature numérique du message n'est plus valable",
        "Een digitale handtekening op het bericht is ongeldig",
    ),
    "Your mail server found a DKIM signature that no longer matches: the message was changed after signing, or the signature is fake ({domains}).": (
        "Votre serveur de messagerie a trouvé une signature DKIM qui ne correspond plus : le message a été modifié après la signature, ou la signature est fausse ({domains}).",
        "Uw mailserver vond een DKIM-handtekening die niet meer klopt: het bericht werd na het ondertekenen gewijzigd, of de handtekening is vals ({domains}).",
    ),
    "Another signature did verify.": (
        "Une autre signature a bien été vérifiée.",
        "Een andere handtekening was wel geldig.",
    ),
    "forwarding and mailing lists break these checks for genuine mail, and one of several signatures failing is common.": (
        "le transfert et les listes de diffusion font échouer ces vérifications pour des e-mails authentiques, et il est courant qu'une signature sur plusieurs échoue.",
        "doorsturen en mailinglijsten doen deze controles mislukken bij echte mail, en het komt vaak voor dat één van meerdere handtekeningen faalt.",
    ),
    "The sender's domain did not authorise this message (DMARC fail)": (
        "Le domaine de l'expéditeur n'a pas autorisé ce message (échec DMARC)",
        "Het domein van de afzender heeft dit bericht niet toegestaan (DMARC fail)",
    ),
    "Your mail server checked the From domain {domain} and found that the message was neither sent by a server it allows nor signed by it. This is how forged sender addresses are caught.": (
        "Votre serveur de messagerie a vérifié le domaine d'expédition {domain} et constaté que le message n'a été ni envoyé par un serveur qu'il autorise, ni signé par lui. C'est ainsi que l'on détecte les adresses d'expéditeur falsifiées.",
        "Uw mailserver controleerde het afzenderdomein {domain} en stelde vast dat het bericht niet verstuurd werd door een server die het toestaat, en ook niet door het domein ondertekend werd. Zo worden vervalste afzenderadressen ontdekt.",
    ),
    "mailing lists and forwarding can cause it, delivery reports (bounces) often fail it, and some domains publish their policy wrongly.": (
        "les listes de diffusion et le transfert peuvent en être la cause, les avis de non-remise échouent souvent à ce contrôle, et certains domaines publient mal leur politique.",
        "mailinglijsten en doorsturen kunnen het veroorzaken, onbestelbaarheidsberichten (bounces) zakken er vaak voor, en sommige domeinen publiceren hun beleid verkeerd.",
    ),
    "Microsoft 365 could not confirm the sender (compauth fail)": (
        "Microsoft 365 n'a pas pu confirmer l'expéditeur (échec compauth)",
        "Microsoft 365 kon de afzender niet bevestigen (compauth fail)",
    ),
    "Microsoft's composite check failed (reason {reason}): the From domain neither authorised the sending server nor signed the message.": (
        "La vérification combinée de Microsoft a échoué (raison {reason}) : le domaine d'expédition n'a ni autorisé le serveur d'envoi, ni signé le message.",
        "De gecombineerde controle van Microsoft is mislukt (reden {reason}): het afzenderdomein heeft de verzendende server niet gemachtigd en het bericht ook niet ondertekend.",
    ),
    "domains without SPF/DKIM/DMARC records fail this check although they are genuine (reason 001).": (
        "les domaines sans enregistrements SPF/DKIM/DMARC échouent à ce contrôle bien qu'ils soient authentiques (raison 001).",
        "domeinen zonder SPF/DKIM/DMARC-records zakken voor deze controle, ook al zijn ze echt (reden 001).",
    ),
    "it is written in the name of your mail server ({server}) but sits under the line your server added when the message came in, among the lines the message arrived with": (
        "il porte le nom de votre serveur de messagerie ({server}) mais se trouve sous la ligne que votre serveur a ajoutée à l'arrivée du message, parmi les lignes arrivées avec le message",
        "het draagt de naam van uw mailserver ({server}) maar staat onder de regel die uw server toevoegde toen het bericht binnenkwam, tussen de regels waarmee het bericht aankwam",
    ),
    "written in the name of {server}, it reports a valid signature of {domains}, but the message carries no signature of {domains}": (
        "au nom de {server}, il fait état d'une signature valide de {domains}, mais le message ne porte aucune signature de {domains}",
        "op naam van {server} meldt het een geldige handtekening van {domains}, maar het bericht draagt geen handtekening van {domains}",
    ),
    "a copy whose signature lines were removed afterwards (a redacted sample).": (
        "une copie dont les lignes de signature ont été retirées après coup (un échantillon caviardé).",
        "een kopie waaruit de handtekeningregels achteraf werden verwijderd (een geanonimiseerd voorbeeld).",
    ),
    "it claims {method}=pass where your server found {result}": (
        "il affirme {method}=pass alors que votre serveur a trouvé {result}",
        "het beweert {method}=pass terwijl uw server {result} vond",
    ),
    "A fake authentication stamp": (
        "Un faux cachet d'authentification",
        "Een valse authenticatiestempel",
    ),
    "The message carries an authentication result that your own mail server did not write: {reasons}. Anyone can write such a line to make a message look checked.": (
        "Le message porte un résultat d'authentification que votre propre serveur de messagerie n'a pas écrit : {reasons}. N'importe qui peut ajouter une telle ligne pour donner l'impression qu'un message a été vérifié.",
        "Het bericht bevat een authenticatieresultaat dat uw eigen mailserver niet heeft geschreven: {reasons}. Iedereen kan zo'n regel toevoegen om een bericht gecontroleerd te laten lijken.",
    ),
    "a mailing list or forwarding service may add its own result, which can differ from yours.": (
        "une liste de diffusion ou un service de transfert peut ajouter son propre résultat, qui peut différer du vôtre.",
        "een mailinglijst of doorstuurdienst kan een eigen resultaat toevoegen, dat kan verschillen van het uwe.",
    ),
    "Signed, but by another domain": (
        "Signé, mais par un autre domaine",
        "Ondertekend, maar door een ander domein",
    ),
    "The message carries a valid-looking signature from {signers}, which is not the sender's domain {domain}. A signature proves only who signed, not who the From line names.": (
        "Le message porte une signature apparemment valide de {signers}, qui n'est pas le domaine de l'expéditeur {domain}. Une signature prouve seulement qui a signé, pas qui la ligne From désigne.",
        "Het bericht draagt een geldig ogende handtekening van {signers}, wat niet het domein van de afzender {domain} is. Een handtekening bewijst alleen wie ondertekende, niet wie de From-regel noemt.",
    ),
    "newsletter and mailing services often sign with their own domain for their customers.": (
        "les services de newsletters et d'envoi d'e-mails signent souvent avec leur propre domaine pour leurs clients.",
        "nieuwsbrief- en maildiensten ondertekenen vaak met hun eigen domein voor hun klanten.",
    ),
    "The text changed after it was signed": (
        "Le texte a été modifié après sa signature",
        "De tekst is gewijzigd nadat hij ondertekend werd",
    ),
    "The fingerprint of the message text in the DKIM signature no longer matches the text.": (
        "L'empreinte du texte du message enregistrée dans la signature DKIM ne correspond plus au texte.",
        "De vingerafdruk van de berichttekst in de DKIM-handtekening klopt niet meer met de tekst.",
    ),
    "Your mail server verified the signature on arrival, so the change happened afterwards (Microsoft 365 and archiving re-encode messages).": (
        "Votre serveur de messagerie a vérifié la signature à l'arrivée ; la modification a donc eu lieu ensuite (Microsoft 365 et l'archivage réencodent les messages).",
        "Uw mailserver heeft de handtekening bij aankomst gecontroleerd, dus de wijziging gebeurde daarna (Microsoft 365 en archivering coderen berichten opnieuw).",
    ),
    "Your mail server also found the signature broken.": (
        "Votre serveur de messagerie a lui aussi trouvé la signature non valable.",
        "Ook uw mailserver vond de handtekening ongeldig.",
    ),
    "No verdict from your mail server is available to compare.": (
        "Aucun verdict de votre serveur de messagerie n'est disponible pour comparer.",
        "Er is geen oordeel van uw mailserver beschikbaar om mee te vergelijken.",
    ),
    "mail servers, virus scanners, disclaimers and mailing lists change messages on the way.": (
        "les serveurs de messagerie, les antivirus, les mentions légales ajoutées et les listes de diffusion modifient les messages en chemin.",
        "mailservers, virusscanners, disclaimers en mailinglijsten wijzigen berichten onderweg.",
    ),
    "A {header} line was added after signing": (
        "Une ligne {header} a été ajoutée après la signature",
        "Er werd na het ondertekenen een {header}-regel toegevoegd",
    ),
    "The signature by {domain} covers {signed} {header} line(s) but the message has {count}; the extra one was added by someone else and is what you may be shown.": (
        "La signature de {domain} couvre {signed} ligne(s) {header}, mais le message en compte {count} ; la ligne en trop a été ajoutée par quelqu'un d'autre et c'est peut-être celle qui vous est montrée.",
        "De handtekening van {domain} dekt {signed} {header}-regel(s), maar het bericht heeft er {count}; de extra regel werd door iemand anders toegevoegd en is mogelijk die welke u te zien krijgt.",
    ),
    "mailing lists add lines, but rarely a second one of these.": (
        "les listes de diffusion ajoutent des lignes, mais rarement une deuxième de ce type.",
        "mailinglijsten voegen regels toe, maar zelden een tweede van deze soort.",
    ),
    "Only the start of the text is signed": (
        "Seul le début du texte est signé",
        "Alleen het begin van de tekst is ondertekend",
    ),
    "The signature covers the first {signed} bytes of the text; {extra} more bytes follow that anyone could have appended.": (
        "La signature couvre les {signed} premiers octets du texte ; {extra} octets supplémentaires suivent, que n'importe qui a pu ajouter.",
        "De handtekening dekt de eerste {signed} bytes van de tekst; daarna volgen nog {extra} bytes die iedereen kan hebben toegevoegd.",
    ),
    "old mailing-list setups signed this way so lists could add footers.": (
        "d'anciennes configurations de listes de diffusion signaient ainsi pour que les listes puissent ajouter un pied de page.",
        "oudere mailinglijstopstellingen ondertekenden zo, zodat lijsten een voettekst konden toevoegen.",
    ),
    "The signature's dates do not fit the delivery time": (
        "Les dates de la signature ne correspondent pas au moment de la livraison",
        "De datums van de handtekening passen niet bij het tijdstip van aflevering",
    ),
    "The signature says it was made after the message arrived, or had expired when it arrived.": (
        "La signature indique avoir été créée après l'arrivée du message, ou elle avait expiré à son arrivée.",
        "De handtekening zegt dat ze gemaakt werd nadat het bericht aankwam, of ze was al verlopen toen het aankwam.",
    ),
    "wrong clocks on the sending server.": (
        "une horloge mal réglée sur le serveur d'envoi.",
        "een verkeerd ingestelde klok op de verzendende server.",
    ),
    "Signed with an outdated method": (
        "Signé avec une méthode dépassée",
        "Ondertekend met een verouderde methode",
    ),
    "The signature uses SHA-1, which is no longer considered safe against forgery.": (
        "La signature utilise SHA-1, qui n'est plus considéré comme sûr contre la falsification.",
        "De handtekening gebruikt SHA-1, dat niet langer als veilig tegen vervalsing geldt.",
    ),
    "old mail servers still sign this way.": (
        "d'anciens serveurs de messagerie signent encore ainsi.",
        "oude mailservers ondertekenen nog steeds zo.",
    ),
    "The signature did not verify online": (
        "La signature n'a pas été validée en ligne",
        "De handtekening bleek online niet geldig",
    ),
    "The signature could not be checked online": (
        "La signature n'a pas pu être vérifiée en ligne",
        "De handtekening kon online niet gecontroleerd worden",
    ),
    "Checking the signature of {domain} against its published key gave: {result}.": (
        "La vérification de la signature de {domain} avec sa clé publiée a donné : {result}.",
        "De controle van de handtekening van {domain} met de gepubliceerde sleutel gaf: {result}.",
    ),
    "the key may have been replaced since the message was sent, or the message changed in storage.": (
        "la clé a peut-être été remplacée depuis l'envoi du message, ou le message a été modifié lors de son stockage.",
        "de sleutel kan vervangen zijn sinds het bericht verstuurd werd, of het bericht is gewijzigd tijdens de opslag.",
    ),
    "The forwarding record is broken": (
        "Le relevé de transfert n'est plus valable",
        "Het doorstuurverslag is ongeldig",
    ),
    "Accepted on a forwarder's word": (
        "Accepté sur la parole d'un intermédiaire de transfert",
        "Aanvaard op het woord van een doorstuurder",
    ),
    "ARC records what earlier servers saw when mail is forwarded. Here the record is marked as broken.": (
        "ARC consigne ce que les serveurs précédents ont constaté lorsqu'un e-mail est transféré. Ici, ce relevé est marqué comme non valable.",
        "ARC legt vast wat eerdere servers zagen wanneer mail wordt doorgestuurd. Hier is dat verslag als ongeldig gemarkeerd.",
    ),
    "ARC records what earlier servers saw when mail is forwarded. Here the first forwarder saw an authentication failure, and your server accepted the message because of that forwarder's record.": (
        "ARC consigne ce que les serveurs précédents ont constaté lorsqu'un e-mail est transféré. Ici, le premier intermédiaire a constaté un échec d'authentification, et votre serveur a accepté le message sur la foi du relevé de cet intermédiaire.",
        "ARC legt vast wat eerdere servers zagen wanneer mail wordt doorgestuurd. Hier zag de eerste doorstuurder een mislukte authenticatie, en uw server aanvaardde het bericht op basis van het verslag van die doorstuurder.",
    ),
    "forwarding services and mailing lists use ARC legitimately.": (
        "les services de transfert et les listes de diffusion utilisent ARC de manière légitime.",
        "doorstuurdiensten en mailinglijsten gebruiken ARC op een legitieme manier.",
    ),
    # gateway_verdicts.py: the recipient's own filter
    "phishing": ("hameçonnage", "phishing"),
    "high-confidence phishing": ("hameçonnage avéré", "phishing met hoge zekerheid"),
    "malware": ("logiciel malveillant", "malware"),
    "spoofing": ("usurpation d'expéditeur", "spoofing"),
    "impersonation of a person": ("usurpation de l'identité d'une personne", "nabootsing van een persoon"),
    "impersonation of a domain": ("usurpation d'un domaine", "nabootsing van een domein"),
    "impersonation (mailbox intelligence)": (
        "usurpation d'identité (mailbox intelligence)",
        "nabootsing (mailbox intelligence)",
    ),
    "high-confidence spam": ("spam avéré", "spam met hoge zekerheid"),
    "spam": ("spam", "spam"),
    "bulk mail": ("envoi en masse", "bulkmail"),
    "outbound spam": ("spam sortant", "uitgaande spam"),
    "domain impersonation": ("usurpation de domaine", "nabootsing van een domein"),
    "user impersonation": ("usurpation d'utilisateur", "nabootsing van een gebruiker"),
    "first contact": ("premier contact", "eerste contact"),
    "Your mail service flagged this as {label}": (
        "Votre service de messagerie a classé ce message comme {label}",
        "Uw maildienst heeft dit gemarkeerd als {label}",
    ),
    "Your mail server's spam filter marked this as spam": (
        "Le filtre antispam de votre serveur de messagerie a classé ce message comme spam",
        "De spamfilter van uw mailserver heeft dit als spam gemarkeerd",
    ),
    "The filter of your own mail service looked at this message on arrival and recorded this verdict in its headers. It had information this tool lacks, such as the sender's reputation.": (
        "Le filtre de votre propre service de messagerie a examiné ce message à son arrivée et a inscrit ce verdict dans ses en-têtes. Il disposait d'informations que cet outil n'a pas, comme la réputation de l'expéditeur.",
        "De filter van uw eigen maildienst heeft dit bericht bij aankomst bekeken en dit oordeel in de kopregels genoteerd. Hij had informatie waarover deze tool niet beschikt, zoals de reputatie van de afzender.",
    ),
    "filters make mistakes, and messages moved out of the junk folder keep the stamp.": (
        "les filtres se trompent, et les messages sortis du dossier des indésirables gardent ce cachet.",
        "filters vergissen zich, en berichten die uit de map ongewenste mail werden gehaald, behouden de stempel.",
    ),
    # identity_checks.py, recipient_checks.py: From, Sender, Reply-To, Return-Path, recipients
    "The message has more than one From line": (
        "Le message a plus d'une ligne From",
        "Het bericht heeft meer dan één From-regel",
    ),
    "Mail programs show only one of them, while signature checks may look at another, so the sender you see may not be the one that was checked. Legitimate mail never does this.": (
        "Les programmes de messagerie n'en affichent qu'une, alors que les vérifications de signature peuvent en examiner une autre : l'expéditeur que vous voyez n'est donc peut-être pas celui qui a été vérifié. Un e-mail légitime ne fait jamais cela.",
        "Mailprogramma's tonen er maar één, terwijl handtekeningcontroles naar een andere kunnen kijken, dus de afzender die u ziet is misschien niet degene die gecontroleerd werd. Legitieme mail doet dit nooit.",
    ),
    "none known; a badly broken mail script at most.": (
        "aucune connue ; tout au plus un script d'envoi gravement défectueux.",
        "geen bekend; hoogstens een zwaar defect mailscript.",
    ),
    "The From line names several senders": (
        "La ligne From indique plusieurs expéditeurs",
        "De From-regel noemt meerdere afzenders",
    ),
    "Your mail program may show only the first name, so you cannot tell who actually sent it.": (
        "Votre programme de messagerie n'affiche peut-être que le premier nom : vous ne pouvez donc pas savoir qui l'a réellement envoyé.",
        "Uw mailprogramma toont misschien alleen de eerste naam, zodat u niet kunt zien wie het echt verstuurde.",
    ),
    "the standard allows several authors when a Sender line says who sent it; it is very rare.": (
        "la norme autorise plusieurs auteurs lorsqu'une ligne Sender indique qui l'a envoyé ; c'est très rare.",
        "de standaard staat meerdere auteurs toe als een Sender-regel zegt wie het verstuurde; dat is zeer zeldzaam.",
    ),
    "The message has no From line": (
        "Le message n'a pas de ligne From",
        "Het bericht heeft geen From-regel",
    ),
    "Without a From line you cannot tell who claims to have sent it.": (
        "Sans ligne From, vous ne pouvez pas savoir qui prétend l'avoir envoyé.",
        "Zonder From-regel kunt u niet zien wie beweert het verstuurd te hebben.",
    ),
    "drafts, notes and some automated reports have none.": (
        "les brouillons, les notes et certains rapports automatiques n'en ont pas.",
        "concepten, notities en sommige automatische rapporten hebben er geen.",
    ),
    "The From line is not written the standard way": (
        "La ligne From n'est pas écrite selon la norme",
        "De From-regel is niet volgens de standaard geschreven",
    ),
    "Badly formed sender lines are read differently by different programs; spammers use this to show one sender and deliver as another.": (
        "Les lignes d'expéditeur mal formées sont lues différemment selon les programmes ; les spammeurs s'en servent pour afficher un expéditeur et envoyer au nom d'un autre.",
        "Verkeerd opgestelde afzenderregels worden door verschillende programma's anders gelezen; spammers gebruiken dat om de ene afzender te tonen en als een andere te versturen.",
    ),
    "old or home-made mail scripts and some bulk mailers write sloppy From lines.": (
        "des scripts d'envoi anciens ou faits maison et certains outils d'envoi en masse écrivent des lignes From négligées.",
        "oude of zelfgemaakte mailscripts en sommige bulkmailers schrijven slordige From-regels.",
    ),
    "Sent on behalf of someone else": (
        "Envoyé au nom de quelqu'un d'autre",
        "Verstuurd namens iemand anders",
    ),
    "The message says it is from {author} but was sent by {sender}, another organisation.": (
        "Le message dit venir de {author} mais a été envoyé par {sender}, une autre organisation.",
        "Het bericht zegt van {author} te komen, maar werd verstuurd door {sender}, een andere organisatie.",
    ),
    "mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others every day — and this message carries mailing-list markers.": (
        "les listes de diffusion, les boîtes partagées, les secrétariats et les services de newsletters envoient chaque jour au nom d'autres personnes — et ce message porte des marques de liste de diffusion.",
        "mailinglijsten, gedeelde mailboxen, secretariaten en nieuwsbriefdiensten versturen elke dag namens anderen — en dit bericht draagt kenmerken van een mailinglijst.",
    ),
    "mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others every day.": (
        "les listes de diffusion, les boîtes partagées, les secrétariats et les services de newsletters envoient chaque jour au nom d'autres personnes.",
        "mailinglijsten, gedeelde mailboxen, secretariaten en nieuwsbriefdiensten versturen elke dag namens anderen.",
    ),
    "The reply address cannot be read": (
        "L'adresse de réponse est illisible",
        "Het antwoordadres kan niet gelezen worden",
    ),
    "Your answer would go to an address that does not parse, or to one your mail program reads differently from others.": (
        "Votre réponse irait à une adresse impossible à interpréter, ou que votre programme de messagerie lit autrement que d'autres.",
        "Uw antwoord zou naar een adres gaan dat niet te ontleden is, of dat uw mailprogramma anders leest dan andere programma's.",
    ),
    "old mail programs sometimes write empty or broken Reply-To lines.": (
        "d'anciens programmes de messagerie écrivent parfois des lignes Reply-To vides ou défectueuses.",
        "oude mailprogramma's schrijven soms lege of defecte Reply-To-regels.",
    ),
    "Replies would go to an address in your own organisation": (
        "Les réponses iraient à une adresse de votre propre organisation",
        "Antwoorden zouden naar een adres in uw eigen organisatie gaan",
    ),
    "An outsider writing with a reply address inside your organisation is a known trick to make an answer look internal or to reach a colleague.": (
        "Un correspondant externe qui indique une adresse de réponse au sein de votre organisation : c'est une ruse connue pour faire paraître une réponse interne ou pour atteindre un collègue.",
        "Een buitenstaander die schrijft met een antwoordadres binnen uw organisatie is een bekende truc om een antwoord intern te laten lijken of om een collega te bereiken.",
    ),
    "helpdesk and ticket systems sometimes do this on purpose.": (
        "les services d'assistance et les systèmes de tickets le font parfois délibérément.",
        "helpdesks en ticketsystemen doen dit soms bewust.",
    ),
    "the reply address is a free-mail or throw-away address": (
        "l'adresse de réponse est une adresse e-mail gratuite ou jetable",
        "het antwoordadres is een gratis e-mailadres of een wegwerpadres",
    ),
    "the reply goes to a different free-mail address": (
        "la réponse va à une autre adresse e-mail gratuite",
        "het antwoord gaat naar een ander gratis e-mailadres",
    ),
    "From, Reply-To and the bounce address belong to three different organisations": (
        "From, Reply-To et l'adresse de retour appartiennent à trois organisations différentes",
        "From, Reply-To en het retouradres horen bij drie verschillende organisaties",
    ),
    "Replies would go to someone else": (
        "Les réponses iraient à quelqu'un d'autre",
        "Antwoorden zouden naar iemand anders gaan",
    ),
    "The message is from {author}, but pressing Reply would send your answer to {reply_to}.": (
        "Le message vient de {author}, mais en cliquant sur Répondre, votre réponse partirait vers {reply_to}.",
        "Het bericht komt van {author}, maar als u op Beantwoorden klikt, gaat uw antwoord naar {reply_to}.",
    ),
    "This matters more here: {reasons}.": (
        "C'est plus important ici : {reasons}.",
        "Dat weegt hier zwaarder: {reasons}.",
    ),
    "newsletters, web contact forms, support desks and mailing lists often set a different reply address.": (
        "les newsletters, les formulaires de contact, les services d'assistance et les listes de diffusion indiquent souvent une autre adresse de réponse.",
        "nieuwsbrieven, contactformulieren op websites, supportdiensten en mailinglijsten stellen vaak een ander antwoordadres in.",
    ),
    "The reply address wears the sender's name": (
        "L'adresse de réponse porte le nom de l'expéditeur",
        "Het antwoordadres draagt de naam van de afzender",
    ),
    "The reply address uses exactly the sender's display name but another address, so the answer looks as if it goes to the same person.": (
        "L'adresse de réponse utilise exactement le nom affiché de l'expéditeur, mais une autre adresse : la réponse semble donc aller à la même personne.",
        "Het antwoordadres gebruikt precies de weergavenaam van de afzender maar een ander adres, zodat het lijkt alsof het antwoord naar dezelfde persoon gaat.",
    ),
    'booking and scheduling services relay replies this way ("John via Calendly").': (
        "les services de réservation et de prise de rendez-vous relaient ainsi les réponses (« Jean via Calendly »).",
        "boekings- en planningsdiensten sturen antwoorden zo door ('Jan via Calendly').",
    ),
    "The message hides its return address": (
        "Le message cache son adresse de retour",
        "Het bericht verbergt zijn retouradres",
    ),
    "It was sent with an empty bounce address, which is meant only for automatic delivery reports. Ordinary mail sent this way cannot be traced back and its failures go nowhere.": (
        "Il a été envoyé avec une adresse de retour vide, réservée aux avis de remise automatiques. Un e-mail ordinaire envoyé ainsi ne peut pas être retracé et ses échecs de remise ne sont signalés à personne.",
        "Het werd verstuurd met een leeg retouradres, dat alleen bedoeld is voor automatische afleveringsrapporten. Gewone mail die zo verstuurd wordt, is niet te herleiden en meldingen over mislukte aflevering gaan nergens heen.",
    ),
    "some auto-replies and read receipts use it legitimately.": (
        "certaines réponses automatiques et certains accusés de lecture l'utilisent légitimement.",
        "sommige automatische antwoorden en leesbevestigingen gebruiken het legitiem.",
    ),
    "Bounces go to another organisation": (
        "Les avis de non-remise vont à une autre organisation",
        "Onbestelbaarheidsberichten gaan naar een andere organisatie",
    ),
    "Undeliverable-mail reports go to {domain}, not to the sender's domain {sender_domain}.": (
        "Les avis de non-remise sont envoyés à {domain}, et non au domaine de l'expéditeur {sender_domain}.",
        "Meldingen van onbestelbare mail gaan naar {domain}, niet naar het domein van de afzender {sender_domain}.",
    ),
    "this is normal for newsletters and mail sent through a mailing service, which handle bounces for their customers; on its own it means little.": (
        "c'est normal pour les newsletters et les e-mails envoyés par un service d'envoi, qui gère les retours pour ses clients ; à lui seul, cela ne signifie pas grand-chose.",
        "dit is normaal voor nieuwsbrieven en mail die via een maildienst verstuurd wordt, die de bounces voor zijn klanten afhandelt; op zich betekent het weinig.",
    ),
    "The account that sent it belongs to someone else": (
        "Le compte qui l'a envoyé appartient à quelqu'un d'autre",
        "Het account dat het verstuurde, is van iemand anders",
    ),
    "The mail server noted that the account {account} sent this message, not {author}. A hacked mailbox or web-hosting account is often used this way.": (
        "Le serveur de messagerie a noté que c'est le compte {account} qui a envoyé ce message, et non {author}. Une boîte e-mail ou un compte d'hébergement web piraté est souvent utilisé ainsi.",
        "De mailserver noteerde dat het account {account} dit bericht verstuurde, niet {author}. Een gehackte mailbox of webhostingaccount wordt vaak zo gebruikt.",
    ),
    "shared web hosting and web forms send for many domains through one account.": (
        "les hébergements web mutualisés et les formulaires web envoient pour de nombreux domaines via un seul compte.",
        "gedeelde webhosting en webformulieren versturen voor veel domeinen via één account.",
    ),
    "A read receipt would go to a third party": (
        "Un accusé de lecture irait à un tiers",
        "Een leesbevestiging zou naar een derde gaan",
    ),
    "If you accept the read-receipt request, {address} learns that and when you read it; that address is neither the sender nor the bounce address.": (
        "Si vous acceptez la demande d'accusé de lecture, {address} apprend que vous l'avez lu et quand ; cette adresse n'est ni l'expéditeur ni l'adresse de retour.",
        "Als u de vraag om een leesbevestiging aanvaardt, komt {address} te weten dat en wanneer u het las; dat adres is noch de afzender, noch het retouradres.",
    ),
    "some mailing services collect receipts for their customers.": (
        "certains services d'envoi collectent les accusés pour leurs clients.",
        "sommige maildiensten verzamelen bevestigingen voor hun klanten.",
    ),
    "You were not openly addressed": (
        "Vous n'étiez pas un destinataire visible",
        "U werd niet zichtbaar geadresseerd",
    ),
    "Your address is not among the visible recipients: the message was sent as a blind copy, often to many people at once.": (
        "Votre adresse ne figure pas parmi les destinataires visibles : le message a été envoyé en copie cachée, souvent à de nombreuses personnes à la fois.",
        "Uw adres staat niet bij de zichtbare ontvangers: het bericht werd als blinde kopie verstuurd, vaak naar veel mensen tegelijk.",
    ),
    "The sender uses a free-mail address.": (
        "L'expéditeur utilise une adresse e-mail gratuite.",
        "De afzender gebruikt een gratis e-mailadres.",
    ),
    "newsletters, press releases and invitations are often sent as blind copies.": (
        "les newsletters, communiqués de presse et invitations sont souvent envoyés en copie cachée.",
        "nieuwsbrieven, persberichten en uitnodigingen worden vaak als blinde kopie verstuurd.",
    ),
    "Sent openly to {count} people": (
        "Envoyé ouvertement à {count} personnes",
        "Zichtbaar verstuurd naar {count} mensen",
    ),
    "A long visible list of recipients shows this went out as a campaign, not a personal message.": (
        "Une longue liste de destinataires visibles montre qu'il s'agit d'une campagne et non d'un message personnel.",
        "Een lange zichtbare lijst van ontvangers toont dat dit als campagne werd verstuurd, niet als persoonlijk bericht.",
    ),
    "committee and project mailings legitimately list everyone.": (
        "les envois d'un comité ou d'un projet mentionnent légitimement tout le monde.",
        "mailings van commissies en projecten vermelden terecht iedereen.",
    ),
    "The message claims to come from you": (
        "Le message prétend venir de vous",
        "Het bericht beweert van u te komen",
    ),
    'It shows your own address as the sender although it arrived from outside — a trick of extortion and "your mailbox is full" scams.': (
        "Il affiche votre propre adresse comme expéditeur alors qu'il vient de l'extérieur — une ruse des chantages et des arnaques du type « votre boîte e-mail est pleine ».",
        "Het toont uw eigen adres als afzender, hoewel het van buitenaf kwam — een truc van afpersing en oplichting van het type 'uw mailbox is vol'.",
    ),
    "notes to self and some forwarding setups look like this.": (
        "les notes à soi-même et certaines configurations de transfert ressemblent à cela.",
        "notities aan uzelf en sommige doorstuurinstellingen zien er zo uit.",
    ),
    "The sender uses your name": (
        "L'expéditeur utilise votre nom",
        "De afzender gebruikt uw naam",
    ),
    "The sender's display name is your own name or address, so the message looks as if you sent it.": (
        "Le nom affiché de l'expéditeur est votre propre nom ou votre adresse : le message semble donc venir de vous.",
        "De weergavenaam van de afzender is uw eigen naam of adres, zodat het lijkt alsof u het bericht zelf verstuurde.",
    ),
    "people writing to another address of their own, or a colleague sending on your behalf.": (
        "une personne qui écrit à une autre de ses propres adresses, ou un collègue qui envoie en votre nom.",
        "iemand die naar een ander eigen adres schrijft, of een collega die namens u verstuurt.",
    ),
    "The sender's address contains your organisation's name": (
        "L'adresse de l'expéditeur contient le nom de votre organisation",
        "Het adres van de afzender bevat de naam van uw organisatie",
    ),
    "The address {address} contains '{name}' but does not belong to {domain}; impostors name their mailbox after the target to look internal.": (
        "L'adresse {address} contient « {name} » mais n'appartient pas à {domain} ; les imposteurs nomment leur boîte d'après leur cible pour paraître internes.",
        "Het adres {address} bevat '{name}' maar hoort niet bij {domain}; oplichters noemen hun mailbox naar hun doelwit om intern te lijken.",
    ),
    "suppliers sometimes create one mailbox per client.": (
        "les fournisseurs créent parfois une boîte par client.",
        "leveranciers maken soms één mailbox per klant aan.",
    ),
    "Looks like a reply, but answers nothing": (
        "Ressemble à une réponse, mais ne répond à rien",
        "Lijkt een antwoord, maar beantwoordt niets",
    ),
    "The subject starts like a reply or forward, but the message carries none of the markers a real reply has. Pretending to continue a conversation makes a first contact feel familiar.": (
        "L'objet commence comme une réponse ou un transfert, mais le message ne porte aucune des marques d'une vraie réponse. Faire semblant de poursuivre une conversation donne à un premier contact un air familier.",
        "Het onderwerp begint als een antwoord of doorgestuurd bericht, maar het bericht heeft geen van de kenmerken van een echt antwoord. Doen alsof een gesprek wordt voortgezet, laat een eerste contact vertrouwd aanvoelen.",
    ),
    "some mail programs drop these markers, and forwarded mail often has none.": (
        "certains programmes de messagerie suppriment ces marques, et les e-mails transférés n'en ont souvent pas.",
        "sommige mailprogramma's laten deze kenmerken weg, en doorgestuurde mail heeft ze vaak niet.",
    ),
    "your local sender history": (
        "votre historique local des expéditeurs",
        "uw lokale afzendergeschiedenis",
    ),
    "your mail service's first-contact note (SFTY 9.25)": (
        "la mention « premier contact » de votre service de messagerie (SFTY 9.25)",
        "de melding 'eerste contact' van uw maildienst (SFTY 9.25)",
    ),
    "First message from this sender": (
        "Premier message de cet expéditeur",
        "Eerste bericht van deze afzender",
    ),
    "According to {source}, {address} has not written to you before. Impostors are, by definition, new senders; combined with a claimed organisation this deserves a second look.": (
        "Selon {source}, {address} ne vous a encore jamais écrit. Les imposteurs sont par définition de nouveaux expéditeurs ; combiné à une organisation revendiquée, cela mérite un second regard.",
        "Volgens {source} heeft {address} u nog nooit eerder geschreven. Oplichters zijn per definitie nieuwe afzenders; samen met een organisatie die men beweert te zijn, verdient dit een tweede blik.",
    ),
    "every genuine correspondent writes a first time; on its own this is context only.": (
        "tout correspondant authentique écrit une première fois ; à lui seul, ce n'est qu'un élément de contexte.",
        "elke echte correspondent schrijft een eerste keer; op zich is dit alleen context.",
    ),
    # lookalike.py: how a domain resembles another
    "same name under another ending": (
        "même nom avec une autre extension",
        "dezelfde naam met een andere extensie",
    ),
    "the name and its ending joined into one name": (
        "le nom et son extension réunis en un seul nom",
        "de naam en zijn extensie samengevoegd tot één naam",
    ),
    "look-alike characters": ("caractères qui se ressemblent", "gelijkende tekens"),
    "look-alike letter combination": (
        "combinaison de lettres trompeuse",
        "gelijkende lettercombinatie",
    ),
    "one letter different": ("une lettre de différence", "één letter verschil"),
    "the name with a word added": ("le nom avec un mot ajouté", "de naam met een extra woord"),
    "the name used as a subdomain of another domain": (
        "le nom utilisé comme sous-domaine d'un autre domaine",
        "de naam gebruikt als subdomein van een ander domein",
    ),
    "the real domain followed by a hyphen or dot into another domain": (
        "le vrai domaine suivi d'un tiret ou d'un point qui mène à un autre domaine",
        "het echte domein gevolgd door een koppelteken of punt dat naar een ander domein leidt",
    ),
    "the name glued to other letters in another domain": (
        "le nom collé à d'autres lettres dans un autre domaine",
        "de naam vastgeplakt aan andere letters in een ander domein",
    ),
    # name_checks.py, lookalike_checks.py: display names, brands, look-alikes, attachment names
    "The sender's name shows a different email address": (
        "Le nom de l'expéditeur affiche une autre adresse e-mail",
        "De naam van de afzender toont een ander e-mailadres",
    ),
    "The name reads '{name}', so many mail programs show {shown} as the sender, but the message really comes from {address}.": (
        "Le nom est « {name} » : beaucoup de programmes de messagerie affichent donc {shown} comme expéditeur, alors que le message vient en réalité de {address}.",
        "De naam luidt '{name}', dus veel mailprogramma's tonen {shown} als afzender, maar het bericht komt in werkelijkheid van {address}.",
    ),
    "The address shown is in your own organisation.": (
        "L'adresse affichée appartient à votre propre organisation.",
        "Het getoonde adres hoort bij uw eigen organisatie.",
    ),
    'a mailing list rewriting the sender as "name via list"': (
        "une liste de diffusion qui réécrit l'expéditeur en « nom via liste »",
        "een mailinglijst die de afzender herschrijft als 'naam via lijst'",
    ),
    "almost none; a few booking or calendar services put the customer's address in the name.": (
        "presque aucune ; quelques services de réservation ou d'agenda mettent l'adresse du client dans le nom.",
        "bijna geen; enkele boekings- of agendadiensten zetten het adres van de klant in de naam.",
    ),
    "The sender's name is a web address": (
        "Le nom de l'expéditeur est une adresse web",
        "De naam van de afzender is een webadres",
    ),
    "The name '{name}' shows a website ({shown}) that is not the sender's domain {domain}.": (
        "Le nom « {name} » affiche un site web ({shown}) qui n'est pas le domaine de l'expéditeur {domain}.",
        "De naam '{name}' toont een website ({shown}) die niet het domein van de afzender {domain} is.",
    ),
    "shops and services sometimes use their web address as their name.": (
        "des boutiques et des services utilisent parfois leur adresse web comme nom.",
        "winkels en diensten gebruiken soms hun webadres als naam.",
    ),
    "a comment in brackets": ("un commentaire entre parenthèses", "een opmerking tussen haakjes"),
    "encoded text that only mail programs decode": (
        "du texte encodé que seuls les programmes de messagerie décodent",
        "gecodeerde tekst die alleen mailprogramma's decoderen",
    ),
    "An address is smuggled into the sender's name": (
        "Une adresse est glissée en douce dans le nom de l'expéditeur",
        "Er is een adres in de naam van de afzender gesmokkeld",
    ),
    "The From line uses {how} to show an address that is not the real sender, hiding it from simple filters.": (
        "La ligne From utilise {how} pour afficher une adresse qui n'est pas le véritable expéditeur, en la cachant aux filtres simples.",
        "De From-regel gebruikt {how} om een adres te tonen dat niet de echte afzender is, verborgen voor eenvoudige filters.",
    ),
    "none known for this combination.": (
        "aucune connue pour cette combinaison.",
        "geen bekend voor deze combinatie.",
    ),
    "An organisation's name is hidden in encoded text": (
        "Le nom d'une organisation est caché dans du texte encodé",
        "De naam van een organisatie zit verborgen in gecodeerde tekst",
    ),
    "The sender's name '{name}' is plain text written in an encoded form, which keeps the name of the organisation it claims to be away from simple filters.": (
        "Le nom de l'expéditeur « {name} » est du texte ordinaire écrit sous forme encodée, ce qui cache aux filtres simples le nom de l'organisation qu'il prétend être.",
        "De naam van de afzender '{name}' is gewone tekst in gecodeerde vorm, waardoor eenvoudige filters de naam van de organisatie die hij beweert te zijn niet zien.",
    ),
    "some newsletter tools encode every name.": (
        "certains outils de newsletters encodent tous les noms.",
        "sommige nieuwsbrieftools coderen elke naam.",
    ),
    "your own organisation ({name})": (
        "votre propre organisation ({name})",
        "uw eigen organisatie ({name})",
    ),
    "{who} (a news outlet)": ("{who} (un média)", "{who} (een nieuwsmedium)"),
    "{who} (a government body)": ("{who} (une administration publique)", "{who} (een overheidsinstantie)"),
    "{who} (a parliament)": ("{who} (un parlement)", "{who} (een parlement)"),
    "{who} (an institution)": ("{who} (une institution)", "{who} (een instelling)"),
    "The sender's name claims to be {who}": (
        "Le nom de l'expéditeur prétend être {who}",
        "De naam van de afzender beweert {who} te zijn",
    ),
    "The name '{name}' names {who}, but the address {address} is not one of its domains ({domains}).": (
        "Le nom « {name} » désigne {who}, mais l'adresse {address} n'appartient à aucun de ses domaines ({domains}).",
        "De naam '{name}' noemt {who}, maar het adres {address} hoort niet bij een van diens domeinen ({domains}).",
    ),
    "The name '{name}' names {who}, but the address {address} is not one of its domains.": (
        "Le nom « {name} » désigne {who}, mais l'adresse {address} n'appartient à aucun de ses domaines.",
        "De naam '{name}' noemt {who}, maar het adres {address} hoort niet bij een van diens domeinen.",
    ),
    "In addition, {reasons}.": ("De plus, {reasons}.", "Bovendien: {reasons}."),
    "The sender's domain did pass authentication, which proves only who owns that domain.": (
        "Le domaine de l'expéditeur a bien passé l'authentification, ce qui prouve seulement à qui appartient ce domaine.",
        "Het domein van de afzender doorstond de authenticatie wel, maar dat bewijst alleen wie eigenaar van dat domein is.",
    ),
    "journalists and staff sometimes write from a personal address, and newsletters or agencies mention the organisations they write about.": (
        "des journalistes et des membres du personnel écrivent parfois depuis une adresse personnelle, et les newsletters ou agences citent les organisations dont elles parlent.",
        "journalisten en medewerkers schrijven soms vanaf een persoonlijk adres, en nieuwsbrieven of agentschappen vermelden de organisaties waarover ze schrijven.",
    ),
    "Hidden characters reverse part of an attachment name": (
        "Des caractères cachés inversent une partie du nom d'une pièce jointe",
        "Verborgen tekens keren een deel van de naam van een bijlage om",
    ),
    "Hidden characters are inside an attachment name": (
        "Des caractères cachés se trouvent dans le nom d'une pièce jointe",
        "Er zitten verborgen tekens in de naam van een bijlage",
    ),
    "Hidden characters reverse part of the {header}": (
        "Des caractères cachés inversent une partie du champ {header}",
        "Verborgen tekens keren een deel van het veld {header} om",
    ),
    "Hidden characters are inside the {header}": (
        "Des caractères cachés se trouvent dans le champ {header}",
        "Er zitten verborgen tekens in het veld {header}",
    ),
    "Invisible or direction-changing characters make text look different from what it is: a name that slips past filters, or 'invoice_fdp.exe' that displays as 'invoice_exe.pdf'.": (
        "Des caractères invisibles ou qui changent le sens d'écriture font paraître un texte différent de ce qu'il est : un nom qui échappe aux filtres, ou « invoice_fdp.exe » qui s'affiche comme « invoice_exe.pdf ».",
        "Onzichtbare of richtingveranderende tekens laten tekst er anders uitzien dan hij is: een naam die door filters glipt, of 'invoice_fdp.exe' dat verschijnt als 'invoice_exe.pdf'.",
    ),
    "right-to-left languages use direction marks, and emoji use joiners (both are already ignored here).": (
        "les langues qui s'écrivent de droite à gauche utilisent des marques de direction, et les emoji des caractères de liaison (les deux sont déjà ignorés ici).",
        "talen die van rechts naar links geschreven worden gebruiken richtingstekens, en emoji gebruiken verbindingstekens (beide worden hier al genegeerd).",
    ),
    "Look-alike letters from another alphabet": (
        "Des lettres trompeuses d'un autre alphabet",
        "Gelijkende letters uit een ander alfabet",
    ),
    "Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin letters), a way to imitate a name while escaping filters; read as Latin it says '{brand}'.": (
        "Certains mots du nom ou de l'adresse de l'expéditeur mélangent des alphabets (par exemple un « е » cyrillique parmi des lettres latines), une manière d'imiter un nom en échappant aux filtres ; lu en lettres latines, on lit « {brand} ».",
        "Sommige woorden in de naam of het adres van de afzender mengen alfabetten (bijvoorbeeld een Cyrillische 'е' tussen Latijnse letters), een manier om een naam na te bootsen en aan filters te ontsnappen; in Latijnse letters gelezen staat er '{brand}'.",
    ),
    "Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin letters), a way to imitate a name while escaping filters.": (
        "Certains mots du nom ou de l'adresse de l'expéditeur mélangent des alphabets (par exemple un « е » cyrillique parmi des lettres latines), une manière d'imiter un nom en échappant aux filtres.",
        "Sommige woorden in de naam of het adres van de afzender mengen alfabetten (bijvoorbeeld een Cyrillische 'е' tussen Latijnse letters), een manier om een naam na te bootsen en aan filters te ontsnappen.",
    ),
    "people with names in two scripts, and Japanese or Chinese names mixed with English, are not flagged.": (
        "les personnes dont le nom s'écrit dans deux écritures, ainsi que les noms japonais ou chinois mêlés d'anglais, ne sont pas signalés.",
        "mensen met namen in twee schriften, en Japanse of Chinese namen gemengd met Engels, worden niet gemeld.",
    ),
    "your organisation": ("votre organisation", "uw organisatie"),
    "the organisation you received this at": (
        "l'organisation où vous avez reçu ce message",
        "de organisatie waar u dit ontving",
    ),
    "an address in this message": ("une adresse de ce message", "een adres in dit bericht"),
    "a link in this message": ("un lien de ce message", "een link in dit bericht"),
    "The sender's domain imitates another": (
        "Le domaine de l'expéditeur en imite un autre",
        "Het domein van de afzender bootst een ander na",
    ),
    "The domain {domain} is displayed as '{shown}', which looks like {imitated}. International characters can make a fake domain look identical to a real one.": (
        "Le domaine {domain} s'affiche comme « {shown} », ce qui ressemble à {imitated}. Les caractères internationaux peuvent rendre un faux domaine identique en apparence à un vrai.",
        "Het domein {domain} wordt weergegeven als '{shown}', wat op {imitated} lijkt. Internationale tekens kunnen een vals domein er precies als een echt laten uitzien.",
    ),
    "The domain {domain} is displayed as '{shown}', mixing alphabets. International characters can make a fake domain look identical to a real one.": (
        "Le domaine {domain} s'affiche comme « {shown} », en mélangeant des alphabets. Les caractères internationaux peuvent rendre un faux domaine identique en apparence à un vrai.",
        "Het domein {domain} wordt weergegeven als '{shown}', met gemengde alfabetten. Internationale tekens kunnen een vals domein er precies als een echt laten uitzien.",
    ),
    "genuine domains with accented or non-Latin letters exist (müller.de); they are flagged only when they resemble a Latin domain.": (
        "il existe des domaines authentiques avec des lettres accentuées ou non latines (müller.de) ; ils ne sont signalés que s'ils ressemblent à un domaine en lettres latines.",
        "er bestaan echte domeinen met letters met accenten of niet-Latijnse letters (müller.de); ze worden alleen gemeld als ze op een Latijns domein lijken.",
    ),
    "The sender domain is a near copy of {domain}": (
        "Le domaine de l'expéditeur est une quasi-copie de {domain}",
        "Het domein van de afzender is een bijna-kopie van {domain}",
    ),
    "The reply domain is a near copy of {domain}": (
        "Le domaine de réponse est une quasi-copie de {domain}",
        "Het antwoorddomein is een bijna-kopie van {domain}",
    ),
    "{domain} resembles {target} ({known_as}): {how}. Attackers register such domains so a quick glance sees the real one.": (
        "{domain} ressemble à {target} ({known_as}) : {how}. Les attaquants enregistrent de tels domaines pour qu'un coup d'œil rapide y voie le vrai.",
        "{domain} lijkt op {target} ({known_as}): {how}. Aanvallers registreren zulke domeinen zodat men bij een snelle blik het echte domein meent te zien.",
    ),
    "a company can own several similar domains; check the exact spelling against one you know.": (
        "une entreprise peut posséder plusieurs domaines semblables ; comparez l'orthographe exacte avec un domaine que vous connaissez.",
        "een bedrijf kan meerdere gelijkaardige domeinen bezitten; vergelijk de exacte spelling met een domein dat u kent.",
    ),
    "An attachment hides its real type": (
        "Une pièce jointe cache son vrai type",
        "Een bijlage verbergt haar echte type",
    ),
    "'{filename}' looks like a .{shown} file but is really a .{real} file, which can run a program when opened. Windows hides the last extension by default.": (
        "« {filename} » ressemble à un fichier .{shown} mais est en réalité un fichier .{real}, qui peut lancer un programme à l'ouverture. Windows masque la dernière extension par défaut.",
        "'{filename}' lijkt een .{shown}-bestand, maar is in werkelijkheid een .{real}-bestand, dat bij het openen een programma kan starten. Windows verbergt de laatste extensie standaard.",
    ),
    "almost none for this combination; do not open it.": (
        "presque aucune pour cette combinaison ; ne l'ouvrez pas.",
        "bijna geen voor deze combinatie; open het niet.",
    ),
    "Sent from a throw-away address": (
        "Envoyé depuis une adresse jetable",
        "Verstuurd vanaf een wegwerpadres",
    ),
    "The sender or reply address is at a service that hands out temporary mailboxes, so it leads to nobody who can be held to account.": (
        "L'adresse de l'expéditeur ou de réponse appartient à un service qui distribue des boîtes e-mail temporaires : elle ne mène à personne qui puisse en répondre.",
        "Het afzender- of antwoordadres hoort bij een dienst die tijdelijke mailboxen uitdeelt, dus het leidt naar niemand die aansprakelijk kan worden gesteld.",
    ),
    "privacy-minded people use such services to sign up for things; rarely to write to you.": (
        "les personnes soucieuses de leur vie privée utilisent ces services pour s'inscrire quelque part ; rarement pour vous écrire.",
        "privacybewuste mensen gebruiken zulke diensten om zich ergens voor in te schrijven; zelden om u te schrijven.",
    ),
    "Sent from a free-mail address": (
        "Envoyé depuis une adresse e-mail gratuite",
        "Verstuurd vanaf een gratis e-mailadres",
    ),
    "{domain} gives addresses to anyone, so the address says nothing about who is behind it.": (
        "{domain} donne des adresses à n'importe qui : l'adresse ne dit donc rien de la personne qui se cache derrière.",
        "{domain} geeft adressen aan iedereen, dus het adres zegt niets over wie erachter zit.",
    ),
    "many journalists, MPs' staff and private people genuinely use free-mail; this is context only.": (
        "beaucoup de journalistes, de collaborateurs de parlementaires et de particuliers utilisent réellement une adresse e-mail gratuite ; ce n'est qu'un élément de contexte.",
        "veel journalisten, medewerkers van parlementsleden en particulieren gebruiken echt een gratis e-mailadres; dit is alleen context.",
    ),
    # route_checks.py: Received hops, dates, Message-ID, mail program
    "{n} days": ("{n} jours", "{n} dagen"),
    "{n} hours": ("{n} heures", "{n} uur"),
    "{n} minutes": ("{n} minutes", "{n} minuten"),
    "Unusually many delivery records ({count})": (
        "Nombre inhabituel de traces de livraison ({count})",
        "Ongewoon veel afleveringssporen ({count})",
    ),
    "The message carries {count} records of servers it passed through; only the newest {analysed} were analysed. Huge counts are used to hide the real route or to crash analysis tools.": (
        "Le message porte {count} traces des serveurs par lesquels il est passé ; seules les {analysed} plus récentes ont été analysées. Des nombres énormes servent à cacher le vrai trajet ou à faire planter les outils d'analyse.",
        "Het bericht bevat {count} sporen van servers waarlangs het kwam; alleen de nieuwste {analysed} werden geanalyseerd. Enorme aantallen worden gebruikt om de echte route te verbergen of analysetools te laten crashen.",
    ),
    "a mail loop between misconfigured servers.": (
        "une boucle d'e-mails entre des serveurs mal configurés.",
        "een maillus tussen slecht ingestelde servers.",
    ),
    "Some delivery records could not be read": (
        "Certaines traces de livraison sont illisibles",
        "Sommige afleveringssporen konden niet gelezen worden",
    ),
    "One or more records of the servers it passed through are damaged or in an unknown format; the rest of the route was still analysed.": (
        "Une ou plusieurs traces des serveurs par lesquels il est passé sont endommagées ou dans un format inconnu ; le reste du trajet a tout de même été analysé.",
        "Een of meer sporen van de servers waarlangs het kwam zijn beschadigd of in een onbekend formaat; de rest van de route werd toch geanalyseerd.",
    ),
    "many mail servers write their own formats.": (
        "beaucoup de serveurs de messagerie écrivent leurs propres formats.",
        "veel mailservers schrijven hun eigen formaten.",
    ),
    "The delivery times recorded on the way do not add up": (
        "Les heures de livraison notées en chemin ne concordent pas",
        "De onderweg genoteerde aflevertijden kloppen niet",
    ),
    "One of the servers that passed the message on says it received it {duration} before the previous server sent it. Invented delivery records often get times wrong.": (
        "L'un des serveurs qui ont transmis le message dit l'avoir reçu {duration} avant que le serveur précédent ne l'envoie. Les traces de livraison inventées se trompent souvent d'heure.",
        "Een van de servers die het bericht doorgaven, zegt het {duration} te hebben ontvangen voordat de vorige server het verstuurde. Verzonnen afleveringssporen hebben vaak de tijden verkeerd.",
    ),
    "This part of the route was written by the sending side.": (
        "Cette partie du trajet a été écrite par le côté expéditeur.",
        "Dit deel van de route werd door de verzendende kant geschreven.",
    ),
    "a server with a wrong clock, or a wrong time zone.": (
        "un serveur dont l'horloge ou le fuseau horaire est mal réglé.",
        "een server met een verkeerde klok of een verkeerde tijdzone.",
    ),
    "A server on the way gives an address that cannot be real": (
        "Un serveur sur le trajet donne une adresse qui ne peut pas être réelle",
        "Een server onderweg geeft een adres dat niet echt kan zijn",
    ),
    "One of the servers this message passed through says it came from {host} at {ip}, a private or reserved address that a public mail provider would never send from across the internet.": (
        "L'un des serveurs par lesquels ce message est passé dit qu'il venait de {host} à l'adresse {ip}, une adresse privée ou réservée depuis laquelle un fournisseur de messagerie public n'enverrait jamais rien sur internet.",
        "Een van de servers waarlangs dit bericht kwam, zegt dat het van {host} op {ip} kwam, een privé- of gereserveerd adres van waaruit een openbare mailprovider nooit via het internet zou versturen.",
    ),
    "One of the servers this message passed through says it came from {host} at {ip}, an address that is reserved and never used on the internet.": (
        "L'un des serveurs par lesquels ce message est passé dit qu'il venait de {host} à l'adresse {ip}, une adresse réservée qui n'est jamais utilisée sur internet.",
        "Een van de servers waarlangs dit bericht kwam, zegt dat het van {host} op {ip} kwam, een gereserveerd adres dat nooit op het internet gebruikt wordt.",
    ),
    "internal relays of an organisation use private addresses; anonymised test messages use reserved ones.": (
        "les relais internes d'une organisation utilisent des adresses privées ; les messages de test anonymisés utilisent des adresses réservées.",
        "interne relais van een organisatie gebruiken privé-adressen; geanonimiseerde testberichten gebruiken gereserveerde adressen.",
    ),
    "it introduced itself with a different IP address": (
        "il s'est présenté avec une autre adresse IP",
        "hij stelde zich voor met een ander IP-adres",
    ),
    "it introduced itself as 'localhost'": (
        "il s'est présenté comme « localhost »",
        "hij stelde zich voor als 'localhost'",
    ),
    "it introduced itself with a bare name ('{name}')": (
        "il s'est présenté avec un nom incomplet (« {name} »)",
        "hij stelde zich voor met een kale naam ('{name}')",
    ),
    "The delivering server introduced itself oddly": (
        "Le serveur qui a livré le message s'est présenté de façon étrange",
        "De afleverende server stelde zich vreemd voor",
    ),
    "The server that handed the message to your side ({ip}): {problem}. Proper mail servers give their full name.": (
        "Le serveur qui a remis le message à votre côté ({ip}) : {problem}. Les vrais serveurs de messagerie donnent leur nom complet.",
        "De server die het bericht aan uw kant afleverde ({ip}): {problem}. Degelijke mailservers geven hun volledige naam.",
    ),
    "home-made servers and some mail programs that send directly.": (
        "les serveurs faits maison et certains programmes de messagerie qui envoient directement.",
        "zelfgemaakte servers en sommige mailprogramma's die rechtstreeks versturen.",
    ),
    "The delivering server has no name": (
        "Le serveur qui a livré le message n'a pas de nom",
        "De afleverende server heeft geen naam",
    ),
    "Your server could not find a name for {address}; established mail services always have one.": (
        "Votre serveur n'a pas trouvé de nom pour {address} ; les services de messagerie établis en ont toujours un.",
        "Uw server kon geen naam vinden voor {address}; gevestigde maildiensten hebben er altijd een.",
    ),
    "the delivering address": ("l'adresse de livraison", "het afleverende adres"),
    "small legitimate servers are often set up without one.": (
        "les petits serveurs légitimes sont souvent configurés sans nom.",
        "kleine legitieme servers worden vaak zonder naam ingesteld.",
    ),
    "Delivered straight from a computer": (
        "Livré directement depuis un ordinateur",
        "Rechtstreeks vanaf een computer afgeleverd",
    ),
    "The message went from the sender's computer directly to your mail server, skipping the sender's own mail provider; spam software sends this way.": (
        "Le message est allé directement de l'ordinateur de l'expéditeur à votre serveur de messagerie, sans passer par le fournisseur de messagerie de l'expéditeur ; les logiciels de spam envoient ainsi.",
        "Het bericht ging rechtstreeks van de computer van de afzender naar uw mailserver, zonder langs de eigen mailprovider van de afzender te gaan; spamsoftware verstuurt zo.",
    ),
    "small organisations running their own mail server.": (
        "les petites organisations qui gèrent leur propre serveur de messagerie.",
        "kleine organisaties met een eigen mailserver.",
    ),
    "The message has no date": (
        "Le message n'a pas de date",
        "Het bericht heeft geen datum",
    ),
    "Every mail program writes a Date line; a missing one points to home-made sending software.": (
        "Tout programme de messagerie écrit une ligne Date ; son absence indique un logiciel d'envoi fait maison.",
        "Elk mailprogramma schrijft een Date-regel; als die ontbreekt, wijst dat op zelfgemaakte verzendsoftware.",
    ),
    "drafts and some automated systems.": (
        "les brouillons et certains systèmes automatiques.",
        "concepten en sommige automatische systemen.",
    ),
    "The message date is not valid": (
        "La date du message n'est pas valide",
        "De datum van het bericht is niet geldig",
    ),
    "The Date line '{date}' cannot be read or is absurd.": (
        "La ligne Date « {date} » est illisible ou absurde.",
        "De Date-regel '{date}' kan niet gelezen worden of is absurd.",
    ),
    "badly configured mail programs.": (
        "des programmes de messagerie mal configurés.",
        "slecht ingestelde mailprogramma's.",
    ),
    "Dated in the future": ("Daté dans le futur", "Gedateerd in de toekomst"),
    "The message claims to be written {duration} after the servers handled it.": (
        "Le message prétend avoir été écrit {duration} après son passage par les serveurs.",
        "Het bericht beweert {duration} later geschreven te zijn dan de servers het verwerkten.",
    ),
    "a computer with a wrong clock or time zone.": (
        "un ordinateur dont l'horloge ou le fuseau horaire est mal réglé.",
        "een computer met een verkeerde klok of tijdzone.",
    ),
    "Dated long before it was delivered": (
        "Daté bien avant sa livraison",
        "Gedateerd lang voor de aflevering",
    ),
    "The message is dated {duration} before any server handled it.": (
        "La date du message précède de {duration} son passage par le premier serveur.",
        "Het bericht is gedateerd {duration} voordat een server het verwerkte.",
    ),
    "re-sent or long-queued mail, digests, and test messages re-used years later.": (
        "des e-mails renvoyés ou restés longtemps en file d'attente, des résumés groupés, et des messages de test réutilisés des années plus tard.",
        "opnieuw verstuurde of lang in de wachtrij gebleven mail, samenvattingen, en testberichten die jaren later hergebruikt worden.",
    ),
    "The message has no Message-ID": (
        "Le message n'a pas de Message-ID",
        "Het bericht heeft geen Message-ID",
    ),
    "Mail programs give every message a unique identifier; bulk-sending scripts often skip it.": (
        "Les programmes de messagerie donnent à chaque message un identifiant unique ; les scripts d'envoi en masse l'omettent souvent.",
        "Mailprogramma's geven elk bericht een unieke identificatie; scripts voor massaverzending slaan die vaak over.",
    ),
    "test messages and some old programs.": (
        "les messages de test et certains anciens programmes.",
        "testberichten en sommige oude programma's.",
    ),
    "The Message-ID is malformed": (
        "Le Message-ID est mal formé",
        "De Message-ID is misvormd",
    ),
    "The identifier '{message_id}' is not written the standard way.": (
        "L'identifiant « {message_id} » n'est pas écrit selon la norme.",
        "De identificatie '{message_id}' is niet volgens de standaard geschreven.",
    ),
    "some relays and old programs write sloppy identifiers.": (
        "certains relais et anciens programmes écrivent des identifiants négligés.",
        "sommige relais en oude programma's schrijven slordige identificaties.",
    ),
    "The message identifier names another domain": (
        "L'identifiant du message mentionne un autre domaine",
        "De identificatie van het bericht noemt een ander domein",
    ),
    "The Message-ID was made at {domain}, not at the sender's domain {sender_domain}.": (
        "Le Message-ID a été créé chez {domain}, et non au domaine de l'expéditeur {sender_domain}.",
        "De Message-ID werd aangemaakt bij {domain}, niet bij het domein van de afzender {sender_domain}.",
    ),
    "this is the case for almost half of all genuine mail (mailing services, company mail servers).": (
        "c'est le cas de près de la moitié des e-mails authentiques (services d'envoi, serveurs de messagerie d'entreprise).",
        "dat is zo bij bijna de helft van alle echte mail (maildiensten, mailservers van bedrijven).",
    ),
    "Sent by a script or bulk-mail program": (
        "Envoyé par un script ou un programme d'envoi en masse",
        "Verstuurd door een script of bulkmailprogramma",
    ),
    "The sending software is '{mailer}', typical of web scripts and bulk-mail tools rather than a person's mail program.": (
        "Le logiciel d'envoi est « {mailer} », typique des scripts web et des outils d'envoi en masse plutôt que du programme de messagerie d'une personne.",
        "De verzendsoftware is '{mailer}', typisch voor webscripts en bulkmailtools in plaats van het mailprogramma van een persoon.",
    ),
    "web shops, forms and newsletters use the same tools.": (
        "les boutiques en ligne, les formulaires et les newsletters utilisent les mêmes outils.",
        "webwinkels, formulieren en nieuwsbrieven gebruiken dezelfde tools.",
    ),
    "Claims to be Outlook, but does not look like it": (
        "Prétend être Outlook, mais n'en a pas l'air",
        "Beweert Outlook te zijn, maar ziet er niet zo uit",
    ),
    "The message says Microsoft Outlook wrote it, but lacks a line Outlook always adds (Thread-Index).": (
        "Le message dit avoir été écrit par Microsoft Outlook, mais il lui manque une ligne qu'Outlook ajoute toujours (Thread-Index).",
        "Het bericht zegt dat Microsoft Outlook het schreef, maar mist een regel die Outlook altijd toevoegt (Thread-Index).",
    ),
    "some gateways strip that line.": (
        "certaines passerelles suppriment cette ligne.",
        "sommige gateways verwijderen die regel.",
    ),
    "Claims to be from {domain}, but never passed through it": (
        "Prétend venir de {domain}, mais n'y est jamais passé",
        "Beweert van {domain} te komen, maar is er nooit langs geweest",
    ),
    "Mail from a {domain} address always passes through {provider}'s servers and carries its marks. This message has none, so the address was probably typed in by someone else.": (
        "Un e-mail envoyé depuis une adresse {domain} passe toujours par les serveurs de {provider} et en porte les marques. Ce message n'en a aucune : l'adresse a donc probablement été saisie par quelqu'un d'autre.",
        "Mail van een {domain}-adres gaat altijd via de servers van {provider} en draagt er de sporen van. Dit bericht heeft er geen, dus het adres werd waarschijnlijk door iemand anders ingetypt.",
    ),
    "a {provider} user sending through another provider's server ('send mail as'), or a forwarded copy.": (
        "un utilisateur de {provider} qui envoie via le serveur d'un autre fournisseur (« envoyer en tant que »), ou une copie transférée.",
        "een gebruiker van {provider} die via de server van een andere provider verstuurt ('mail verzenden als'), of een doorgestuurde kopie.",
    ),
}
