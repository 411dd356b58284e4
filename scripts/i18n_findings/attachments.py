"""French and Dutch for attachment attacks: macros, embedded objects, encryption, share paths, DDE (issues 20, 21)."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    # attach_common
    "Its name ({name}) does not say what it is; it was recognised by its content. Files are renamed this way to slip past filters that judge them by their name.": (
        "Son nom ({name}) ne dit pas ce qu'il est ; il a été reconnu à son contenu. Les fichiers sont renommés ainsi pour passer les filtres qui les jugent sur leur nom.",
        "De naam ({name}) zegt niet wat het is; het werd herkend aan de inhoud. Bestanden worden zo hernoemd om langs filters te glippen die op de naam oordelen.",
    ),
    "On Windows, fetching from a file share also sends your login name and password hash.": (
        "Sous Windows, aller chercher un fichier sur un partage réseau envoie aussi votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.",
        "Onder Windows stuurt het ophalen van een netwerkshare ook uw aanmeldnaam en de hash van uw wachtwoord mee.",
    ),
    # attach_odf
    "The attached document {name} refers to {what} at {where}. Its office program fetches it when the document is opened, telling that server the document was opened, from where and by which program.": (
        "Le document joint {name} fait référence à {what} sur {where}. Le logiciel de bureautique le récupère à l'ouverture du document, ce qui indique à ce serveur que le document a été ouvert, d'où et avec quel logiciel.",
        "Het bijgevoegde document {name} verwijst naar {what} op {where}. Het kantoorprogramma haalt die op wanneer het document geopend wordt, en vertelt die server zo dat het document geopend werd, van waar en met welk programma.",
    ),
    # attach_pdf
    "PDF attachment {name} points to a network share": (
        "La pièce jointe PDF {name} renvoie à un partage réseau",
        "PDF-bijlage {name} verwijst naar een netwerkshare",
    ),
    "The attached PDF {name} refers to a file on the network share {host}. A PDF reader that follows it, when the PDF is opened or a link or button is used, connects to that server and on Windows sends your login name and a hash of your password.": (
        "Le PDF joint {name} fait référence à un fichier sur le partage réseau {host}. Un lecteur PDF qui le suit, à l'ouverture du PDF ou lors d'un clic sur un lien ou un bouton, se connecte à ce serveur et, sous Windows, envoie votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.",
        "De bijgevoegde PDF {name} verwijst naar een bestand op de netwerkshare {host}. Een PDF-lezer die die verwijzing volgt, bij het openen van de PDF of bij een klik op een link of knop, maakt verbinding met die server en stuurt onder Windows uw aanmeldnaam en een hash van uw wachtwoord mee.",
    ),
    # attach_threats: macros
    'The attached document {name} contains macros: programs that run inside Word, Excel or PowerPoint. They run when you press "Enable content", and some documents are made to run them as soon as they open. Macros are one of the most common ways to install malware.': (
        "Le document joint {name} contient des macros : des programmes qui s'exécutent dans Word, Excel ou PowerPoint. Elles s'exécutent quand vous cliquez sur « Activer le contenu », et certains documents sont conçus pour les lancer dès leur ouverture. Les macros sont l'un des moyens les plus courants d'installer des logiciels malveillants.",
        "Het bijgevoegde document {name} bevat macro's: programma's die in Word, Excel of PowerPoint draaien. Ze starten wanneer u op 'Inhoud inschakelen' drukt, en sommige documenten zijn gemaakt om ze meteen bij het openen te starten. Macro's zijn een van de meest gebruikte manieren om malware te installeren.",
    ),
    "Attachment {name} contains macros": (
        "La pièce jointe {name} contient des macros",
        "Bijlage {name} bevat macro's",
    ),
    "They are set to run by themselves ({names}).": (
        "Elles sont prévues pour se lancer d'elles-mêmes ({names}).",
        "Ze zijn ingesteld om vanzelf te starten ({names}).",
    ),
    "They use {calls}, which start programs or fetch files.": (
        "Elles utilisent {calls}, qui lancent des programmes ou téléchargent des fichiers.",
        "Ze gebruiken {calls}, waarmee programma's gestart of bestanden opgehaald worden.",
    ),
    "some companies use macro spreadsheets for forms and reports; ask the sender by another channel.": (
        "certaines entreprises utilisent des tableurs à macros pour des formulaires et des rapports ; demandez confirmation à l'expéditeur par un autre moyen.",
        "sommige bedrijven gebruiken rekenbladen met macro's voor formulieren en rapporten; vraag het de afzender via een ander kanaal.",
    ),
    # attach_threats: embedded objects
    "The attached document {name} contains an embedded object of type {kind}. Embedded objects can hold a program or script that runs when double-clicked, and some kinds (Equation Editor, OLE2Link, ActiveX controls, packaged files) have been used to run code as soon as the document opens.": (
        "Le document joint {name} contient un objet incorporé de type {kind}. Les objets incorporés peuvent contenir un programme ou un script qui s'exécute sur un double-clic, et certains types (éditeur d'équations, OLE2Link, contrôles ActiveX, fichiers empaquetés) ont servi à exécuter du code dès l'ouverture du document.",
        "Het bijgevoegde document {name} bevat een ingesloten object van het type {kind}. Ingesloten objecten kunnen een programma of script bevatten dat start bij een dubbelklik, en sommige soorten (vergelijkingseditor, OLE2Link, ActiveX-besturingselementen, verpakte bestanden) werden gebruikt om code uit te voeren zodra het document opent.",
    ),
    "unknown": ("inconnu", "onbekend"),
    "It holds a file called {file}.": (
        "Il contient un fichier nommé {file}.",
        "Het bevat een bestand met de naam {file}.",
    ),
    "It is fetched from {where} when the document opens.": (
        "Il est récupéré sur {where} à l'ouverture du document.",
        "Het wordt opgehaald van {where} wanneer het document opent.",
    ),
    "It is set to update itself when the document opens, without a click.": (
        "Il est prévu pour se mettre à jour à l'ouverture du document, sans clic.",
        "Het is ingesteld om zichzelf bij te werken wanneer het document opent, zonder klik.",
    ),
    "documents sometimes embed a spreadsheet, chart or drawing this way.": (
        "des documents incorporent parfois ainsi une feuille de calcul, un graphique ou un dessin.",
        "documenten sluiten soms op deze manier een rekenblad, grafiek of tekening in.",
    ),
    "Attachment {name} contains an embedded object ({kind})": (
        "La pièce jointe {name} contient un objet incorporé ({kind})",
        "Bijlage {name} bevat een ingesloten object ({kind})",
    ),
    "Attachment {name} contains an embedded object": (
        "La pièce jointe {name} contient un objet incorporé",
        "Bijlage {name} bevat een ingesloten object",
    ),
    # attach_threats: encryption
    "The attached file {name} is protected by a password, so neither this program nor a mail filter could look inside it. Attackers send malware this way, with the password in the message, to get it past filters.": (
        "Le fichier joint {name} est protégé par un mot de passe : ni ce programme ni un filtre de messagerie n'ont pu regarder à l'intérieur. Des attaquants envoient des logiciels malveillants de cette façon, avec le mot de passe dans le message, pour passer les filtres.",
        "Het bijgevoegde bestand {name} is met een wachtwoord beveiligd, dus noch dit programma noch een mailfilter kon erin kijken. Aanvallers versturen malware op die manier, met het wachtwoord in het bericht, om langs filters te raken.",
    ),
    "Attachment {name} is encrypted and could not be checked": (
        "La pièce jointe {name} est chiffrée et n'a pas pu être vérifiée",
        "Bijlage {name} is versleuteld en kon niet gecontroleerd worden",
    ),
    "banks, accountants and personnel departments protect confidential documents this way; if you did not expect it, ask the sender by another channel before opening it.": (
        "les banques, les comptables et les services du personnel protègent ainsi des documents confidentiels ; si vous ne l'attendiez pas, demandez confirmation à l'expéditeur par un autre moyen avant de l'ouvrir.",
        "banken, boekhouders en personeelsdiensten beveiligen vertrouwelijke documenten op deze manier; als u het niet verwachtte, vraag het de afzender via een ander kanaal voor u het opent.",
    ),
    "The message text mentions a password: {hint}": (
        "Le texte du message mentionne un mot de passe : {hint}",
        "De tekst van het bericht vermeldt een wachtwoord: {hint}",
    ),
    # issue 21: shortcuts, PDF actions, XML prologs
    "Shortcut attached ({name})": ("Raccourci en pièce jointe ({name})", "Snelkoppeling als bijlage ({name})"),
    "This one points to {where}.": ("Celui-ci pointe vers {where}.", "Deze verwijst naar {where}."),
    "The attached PDF {name} contains {actions} actions. PDF readers can use these to open web addresses, other files or programs when the PDF is opened or a button is pressed.": (
        "Le PDF joint {name} contient des actions {actions}. Les lecteurs PDF peuvent s'en servir pour ouvrir des adresses web, d'autres fichiers ou des programmes à l'ouverture du PDF ou quand on appuie sur un bouton.",
        "De bijgevoegde PDF {name} bevat {actions}-acties. PDF-lezers kunnen die gebruiken om webadressen, andere bestanden of programma's te openen wanneer de PDF geopend wordt of op een knop gedrukt wordt.",
    ),
    "Some are set to run when the document or one of its pages opens.": (
        "Certaines sont prévues pour s'exécuter à l'ouverture du document ou de l'une de ses pages.",
        "Sommige zijn ingesteld om te starten wanneer het document of een van de pagina's opent.",
    ),
    "Some are hidden in compressed parts of the file: {actions}.": (
        "Certaines sont cachées dans des parties compressées du fichier : {actions}.",
        "Sommige zitten verborgen in gecomprimeerde delen van het bestand: {actions}.",
    ),
    "Shortcut {name} points to a network share": (
        "Le raccourci {name} pointe vers un partage réseau",
        "Snelkoppeling {name} verwijst naar een netwerkshare",
    ),
    "Shortcut {name} loads remote content": (
        "Le raccourci {name} charge du contenu distant",
        "Snelkoppeling {name} laadt externe inhoud",
    ),
    "The attached shortcut {name} names {where} in its {field}. Windows connects there when it shows the file's icon or the folder holding it, without a click, and on a file share sends your login name and a hash of your password.": (
        "Le raccourci joint {name} désigne {where} dans son champ {field}. Windows s'y connecte dès qu'il affiche l'icône du fichier ou le dossier qui le contient, sans clic, et sur un partage réseau envoie votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.",
        "De bijgevoegde snelkoppeling {name} noemt {where} in haar veld {field}. Windows maakt daar verbinding mee zodra het het pictogram van het bestand of de map waarin het staat toont, zonder klik, en stuurt bij een netwerkshare uw aanmeldnaam en een hash van uw wachtwoord mee.",
    ),
    "The attached shortcut {name} opens {where} when it is opened; on Windows, opening a file share sends your login name and a hash of your password.": (
        "Le raccourci joint {name} ouvre {where} quand on l'ouvre ; sous Windows, ouvrir un partage réseau envoie votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.",
        "De bijgevoegde snelkoppeling {name} opent {where} wanneer ze geopend wordt; onder Windows stuurt het openen van een netwerkshare uw aanmeldnaam en een hash van uw wachtwoord mee.",
    ),
    "a style sheet": ("une feuille de style", "een stijlblad"),
    "a document type definition (DTD)": ("une définition de type de document (DTD)", "een documenttypedefinitie (DTD)"),
    "an external entity": ("une entité externe", "een externe entiteit"),
    "The attached XML file {name} names {what} at {where}. A browser or office program that opens the file fetches it, telling that server the file was opened and from where.": (
        "Le fichier XML joint {name} désigne {what} sur {where}. Un navigateur ou un logiciel de bureautique qui ouvre le fichier le récupère, ce qui indique à ce serveur que le fichier a été ouvert, et d'où.",
        "Het bijgevoegde XML-bestand {name} noemt {what} op {where}. Een browser of kantoorprogramma dat het bestand opent, haalt die op en vertelt die server zo dat het bestand geopend werd, en van waar.",
    ),
    "The attached PDF {name} is encrypted but opens without a password: the encryption only restricts printing or copying, as banks and utilities often do. This program could not look inside it.": (
        "Le PDF joint {name} est chiffré mais s'ouvre sans mot de passe : le chiffrement ne fait que limiter l'impression ou la copie, comme le font souvent les banques et les fournisseurs d'énergie. Ce programme n'a pas pu regarder à l'intérieur.",
        "De bijgevoegde PDF {name} is versleuteld maar opent zonder wachtwoord: de versleuteling beperkt alleen afdrukken of kopiëren, zoals banken en energieleveranciers vaak doen. Dit programma kon er niet in kijken.",
    ),
}
