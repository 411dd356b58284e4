"""Fill the French and Dutch .ts files from the tables below, then compile them with lrelease.

Run after `pyside6-lupdate` has added new source strings (see resources/i18n/README.md):
    .venv/bin/python scripts/i18n_fill.py
A source string missing from a table is left unfinished and reported, so nothing is lost silently.
"""

# ruff: noqa: E501 - the table keys are the exact English source strings, some longer than a line

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"

# source text -> (French, Dutch). Dutch follows Belgian usage where it differs ("e-mail", "u").
T: dict[str, tuple[str, str]] = {
    "Name": ("Nom", "Naam"),
    "Declared type": ("Type déclaré", "Opgegeven type"),
    "Real type": ("Type réel", "Werkelijk type"),
    "Size": ("Taille", "Grootte"),
    "SHA-256": ("SHA-256", "SHA-256"),
    "Attachments": ("Pièces jointes", "Bijlagen"),
    "&Save as…": ("Enregist&rer sous…", "Op&slaan als…"),
    "Save a copy (Ctrl+S). It is never opened or run, and no file is replaced.": (
        "Enregistrer une copie (Ctrl+S). Elle n'est jamais ouverte ni exécutée, et aucun fichier n'est remplacé.",
        "Een kopie opslaan (Ctrl+S). Ze wordt nooit geopend of uitgevoerd en er wordt geen bestand vervangen.",
    ),
    "Open as message in a new tab": (
        "Ouvrir comme message dans un nouvel onglet",
        "Als bericht openen in een nieuw tabblad",
    ),
    "Copy SHA-256": ("Copier le SHA-256", "SHA-256 kopiëren"),
    "Attachments are never opened here. Scan a saved copy before opening it anywhere.": (
        "Les pièces jointes ne sont jamais ouvertes ici. Faites analyser une copie enregistrée avant de l'ouvrir ailleurs.",
        "Bijlagen worden hier nooit geopend. Laat een opgeslagen kopie scannen voor u ze ergens opent.",
    ),
    "This message has no attachments.": ("Ce message n'a pas de pièce jointe.", "Dit bericht heeft geen bijlagen."),
    "(no name) part {part}": ("(sans nom) partie {part}", "(geen naam) deel {part}"),
    "Part {part}": ("Partie {part}", "Deel {part}"),
    "The name hides its real extension (double extension or reversed text).": (
        "Le nom cache sa véritable extension (double extension ou texte inversé).",
        "De naam verbergt de echte extensie (dubbele extensie of omgekeerde tekst).",
    ),
    "Shown inside the message (inline)": ("Affichée dans le message (inline)", "Getoond in het bericht (inline)"),
    "The content does not match the declared type.": (
        "Le contenu ne correspond pas au type déclaré.",
        "De inhoud komt niet overeen met het opgegeven type.",
    ),
    "Save attachment": ("Enregistrer la pièce jointe", "Bijlage opslaan"),
    "Could not save: {error}": ("Enregistrement impossible : {error}", "Opslaan mislukt: {error}"),
    "A file called {wanted} already exists; saved as {name} instead.": (
        "Un fichier {wanted} existe déjà ; enregistré sous {name}.",
        "Er bestaat al een bestand {wanted}; opgeslagen als {name}.",
    ),
    "Saved as {name}. It has not been opened.": (
        "Enregistré sous {name}. Il n'a pas été ouvert.",
        "Opgeslagen als {name}. Het werd niet geopend.",
    ),
    "Rendered": ("Aperçu", "Weergave"),
    "The message as it looks, with remote content blocked (Ctrl+1)": (
        "Le message tel qu'il apparaît, contenu distant bloqué (Ctrl+1)",
        "Het bericht zoals het eruitziet, externe inhoud geblokkeerd (Ctrl+1)",
    ),
    "Plain text": ("Texte brut", "Platte tekst"),
    "The plain-text part of the message (Ctrl+2)": (
        "La partie texte brut du message (Ctrl+2)",
        "Het platte-tekstdeel van het bericht (Ctrl+2)",
    ),
    "HTML source": ("Source HTML", "HTML-bron"),
    "The HTML as the sender wrote it, not rendered (Ctrl+3)": (
        "Le HTML tel que l'expéditeur l'a écrit, sans l'afficher (Ctrl+3)",
        "De HTML zoals de afzender hem schreef, niet weergegeven (Ctrl+3)",
    ),
    "Message body (safe view)": ("Corps du message (vue sûre)", "Berichttekst (veilige weergave)"),
    "Text only: the safe HTML view is not installed": (
        "Texte seul : la vue HTML sûre n'est pas installée",
        "Alleen tekst: de veilige HTML-weergave is niet geïnstalleerd",
    ),
    "(this message has no text)": ("(ce message n'a pas de texte)", "(dit bericht heeft geen tekst)"),
    "(this message has no HTML part)": ("(ce message n'a pas de partie HTML)", "(dit bericht heeft geen HTML-deel)"),
    "Drop to inspect safely": ("Déposez pour examiner en toute sécurité", "Loslaten om veilig te bekijken"),
    "this item": ("cet élément", "dit item"),
    "Not an email message: {names}": ("Pas un e-mail : {names}", "Geen e-mailbericht: {names}"),
    "Drop a suspect email here": ("Déposez ici un e-mail suspect", "Sleep een verdachte e-mail hierheen"),
    "A .eml or .msg file, a mailbox or a folder, a message dragged straight from your mail program, or its source pasted with Ctrl+V. Nothing in it is loaded from the internet, so the sender cannot tell you looked.": (
        "Un fichier .eml ou .msg, une boîte aux lettres ou un dossier, un message glissé depuis votre messagerie, "
        "ou sa source collée avec Ctrl+V. Rien n'est chargé depuis internet : "
        "l'expéditeur ne peut pas savoir que vous l'avez regardé.",
        "Een .eml- of .msg-bestand, een mailbox of een map, een bericht dat u rechtstreeks uit uw mailprogramma "
        "sleept, of de bron ervan geplakt met Ctrl+V. Er wordt niets van het internet geladen, dus de afzender "
        "kan niet weten dat u het bekeek.",
    ),
    "Open a message…": ("Ouvrir un message…", "Een bericht openen…"),
    "Open a message file (Ctrl+O)": ("Ouvrir un fichier de message (Ctrl+O)", "Een berichtbestand openen (Ctrl+O)"),
    "Try a sample message": ("Essayer un message d'exemple", "Een voorbeeldbericht proberen"),
    "Recently opened": ("Ouverts récemment", "Recent geopend"),
    "Drop zone": ("Zone de dépôt", "Sleepzone"),
    "Sho&w:": ("Affi&cher :", "T&onen:"),
    "All findings": ("Tous les constats", "Alle bevindingen"),
    "Low and above": ("Faible et plus", "Laag en hoger"),
    "Medium and above": ("Moyen et plus", "Middel en hoger"),
    "High only": ("Élevé seulement", "Alleen hoog"),
    "Severity filter": ("Filtre de gravité", "Filter op ernst"),
    "Copy finding": ("Copier le constat", "Bevinding kopiëren"),
    "Finding code": ("Code du constat", "Code van de bevinding"),
    "Copy exactly as written in the message": (
        "Copier exactement tel qu'écrit dans le message",
        "Exact kopiëren zoals in het bericht geschreven",
    ),
    "Copy {label}": ("Copier : {label}", "Kopiëren: {label}"),
    "Copy the selected finding as text (Ctrl+C)": (
        "Copier le constat sélectionné en texte (Ctrl+C)",
        "De geselecteerde bevinding als tekst kopiëren (Ctrl+C)",
    ),
    "Copy IOCs": ("Copier les IOC", "IOC's kopiëren"),
    "Copy every URL, domain, IP and address, defanged (Ctrl+Shift+C)": (
        "Copier chaque URL, domaine, IP et adresse, neutralisés (Ctrl+Maj+C)",
        "Elke URL, elk domein, IP en adres onschadelijk gemaakt kopiëren (Ctrl+Shift+C)",
    ),
    "Copy IOCs without defanging": (
        "Copier les IOC sans les neutraliser",
        "IOC's kopiëren zonder ze onschadelijk te maken",
    ),
    "Findings": ("Constats", "Bevindingen"),
    "Finding details": ("Détails du constat", "Details van de bevinding"),
    "Tracking": ("Suivi", "Tracking"),
    "Tracking when you open it": ("Suivi de l'ouverture", "Volgen wanneer u het opent"),
    "Not tracked: opening it tells the sender nothing": (
        "Pas de suivi : l'ouvrir n'apprend rien à l'expéditeur",
        "Niet gevolgd: de afzender merkt niets als u het opent",
    ),
    "Tracked: opening it would tell the sender that you read it": (
        "Suivi : si vous l'ouvrez, l'expéditeur saura que vous l'avez lu",
        "Gevolgd: als u het opent, weet de afzender dat u het gelezen hebt",
    ),
    "Tracked personally: opening it would tell the sender that you read it, and who you are": (
        "Suivi nominatif : si vous l'ouvrez, l'expéditeur saura que vous l'avez lu, et qui vous êtes",
        "Persoonlijk gevolgd: als u het opent, weet de afzender dat u het gelezen hebt, en wie u bent",
    ),
    "Tracked links": ("Liens traçants", "Links die u volgen"),
    "Read receipts": ("Accusés de lecture", "Leesbevestigingen"),
    "Sender": ("Expéditeur", "Afzender"),
    "Content": ("Contenu", "Inhoud"),
    "Message structure": ("Structure du message", "Berichtstructuur"),
    "No findings: nothing in this message tracks you or hides its sender.": (
        "Aucun constat : rien dans ce message ne vous suit ni ne cache son expéditeur.",
        "Geen bevindingen: niets in dit bericht volgt u of verbergt de afzender.",
    ),
    "Select a finding to see what it means and the evidence.": (
        "Sélectionnez un constat pour voir ce qu'il signifie et les preuves.",
        "Selecteer een bevinding om te zien wat ze betekent en het bewijs.",
    ),
    "Search headers (Ctrl+F)": ("Rechercher dans les en-têtes (Ctrl+F)", "Kopregels doorzoeken (Ctrl+F)"),
    "Search headers": ("Rechercher dans les en-têtes", "Kopregels doorzoeken"),
    "Decoded value": ("Valeur décodée", "Gedecodeerde waarde"),
    "As sent": ("Tel qu'envoyé", "Zoals verzonden"),
    "Headers": ("En-têtes", "Kopregels"),
    "Selected header": ("En-tête sélectionné", "Geselecteerde kopregel"),
    "Received chain": ("Chaîne Received", "Received-keten"),
    "As sent:": ("Tel qu'envoyé :", "Zoals verzonden:"),
    "Email Inspector": ("Email Inspector", "Email Inspector"),
    "&File": ("&Fichier", "&Bestand"),
    "Open &Recent": ("Ouverts &récemment", "&Recent geopend"),
    "&Edit": ("É&dition", "Be&werken"),
    "&View": ("Affic&hage", "Beel&d"),
    "&Language": ("&Langue", "&Taal"),
    "&Help": ("&Aide", "&Help"),
    "&Open…": ("&Ouvrir…", "&Openen…"),
    "Open the &Sample Message": ("Ouvrir le message d'&exemple", "&Voorbeeldbericht openen"),
    "&Close Tab": ("&Fermer l'onglet", "Tabblad &sluiten"),
    "&Quit": ("&Quitter", "&Afsluiten"),
    "Clear the List": ("Vider la liste", "Lijst wissen"),
    "Copy &IOCs (Defanged)": ("Copier les &IOC (neutralisés)", "&IOC's kopiëren (onschadelijk)"),
    "Copy IOCs (P&lain)": ("Copier les IOC (&bruts)", "IOC's kopiëren (&ongewijzigd)"),
    "&Next Finding": ("Constat &suivant", "&Volgende bevinding"),
    "&Previous Finding": ("Constat &précédent", "V&orige bevinding"),
    "Next Ta&b": ("O&nglet suivant", "Volgend t&abblad"),
    "Pre&vious Tab": ("Onglet pré&cédent", "Vorig tabb&lad"),
    "&Print…": ("&Imprimer…", "Af&drukken…"),
    "Print the report": ("Imprimer le rapport", "Het rapport afdrukken"),
    "How to &Read a Verdict": ("Comment &lire un verdict", "Hoe &lees ik een oordeel?"),
    "&What Should I Do?": ("&Que dois-je faire ?", "&Wat moet ik doen?"),
    "Email Inspector Help": ("Aide d'Email Inspector", "Hulp bij Email Inspector"),
    "How to read a verdict": ("Comment lire un verdict", "Hoe lees ik een oordeel?"),
    "What should I do?": ("Que dois-je faire ?", "Wat moet ik doen?"),
    "full": ("complète", "volledig"),
    "light": ("allégée", "eenvoudig"),
    "text only": ("texte seul", "alleen tekst"),
    "The message is shown by a locked-down browser engine": (
        "Le message est affiché par un moteur de navigateur verrouillé",
        "Het bericht wordt getoond door een afgeschermde browsermotor",
    ),
    "The message is shown by Qt's simple text view: some layouts look plainer": (
        "Le message est affiché par la vue de texte simple de Qt : certaines mises en page sont plus sobres",
        "Het bericht wordt getoond in de eenvoudige tekstweergave van Qt: sommige opmaak ziet er soberder uit",
    ),
    "Only the message's text is shown": (
        "Seul le texte du message est affiché",
        "Alleen de tekst van het bericht wordt getoond",
    ),
    "&About Email Inspector": ("À &propos d'Email Inspector", "&Over Email Inspector"),
    "&System Language": ("Langue du &système", "&Systeemtaal"),
    "&Rendered": ("&Aperçu", "&Weergave"),
    "Plain &Text": ("&Texte brut", "Platte &tekst"),
    "HTML &Source": ("Source &HTML", "&HTML-bron"),
    "&Message": ("&Message", "Ber&icht"),
    "Hea&ders": ("&En-têtes", "&Kopregels"),
    "Show &Message": ("Afficher le &message", "&Bericht tonen"),
    "Show &Headers": ("Afficher les &en-têtes", "&Kopregels tonen"),
    "Show &Attachments": ("Afficher les pièces &jointes", "B&ijlagen tonen"),
    "Show Message S&ource": ("Afficher la s&ource du message", "Berichtb&ron tonen"),
    "Open messages": ("Ouvrir des messages", "Berichten openen"),
    "Email messages (*.eml *.msg);;All files (*)": (
        "Messages e-mail (*.eml *.msg);;Tous les fichiers (*)",
        "E-mailberichten (*.eml *.msg);;Alle bestanden (*)",
    ),
    "Sample message": ("Message d'exemple", "Voorbeeldbericht"),
    # The message list (gui/message_list.py, message_list_model.py) and opening folders and mailboxes
    "Open a &Folder or Maildir…": ("Ouvrir un &dossier ou un Maildir…", "Een &map of Maildir openen…"),
    "Open a folder of messages or a Maildir": (
        "Ouvrir un dossier de messages ou un Maildir",
        "Een map met berichten of een Maildir openen",
    ),
    "Messages and mailboxes (*.eml *.msg *.mbox *.mbx mbox);;Mailboxes (*.mbox *.mbx mbox);;All files (*)": (
        "Messages et boîtes aux lettres (*.eml *.msg *.mbox *.mbx mbox);;Boîtes aux lettres (*.mbox *.mbx mbox);;Tous les fichiers (*)",
        "Berichten en mailboxen (*.eml *.msg *.mbox *.mbx mbox);;Mailboxen (*.mbox *.mbx mbox);;Alle bestanden (*)",
    ),
    "%v of %m analysed": ("%v sur %m analysés", "%v van %m geanalyseerd"),
    "All messages": ("Tous les messages", "Alle berichten"),
    "Campaign": ("Campagne", "Campagne"),
    "Verdict": ("Verdict", "Oordeel"),
    "Threat": ("Menace", "Dreiging"),
    "Date": ("Date", "Datum"),
    "From": ("De", "Van"),
    "Subject": ("Objet", "Onderwerp"),
    "Clean": ("Rien de suspect", "Niets verdachts"),
    "Tracked": ("Pisté", "Gevolgd"),
    "Targeted": ("Ciblé", "Gericht"),
    "Caution": ("Prudence", "Voorzichtig"),
    "Suspicious": ("Suspect", "Verdacht"),
    "Dangerous": ("Dangereux", "Gevaarlijk"),
    "None found": ("Aucune détectée", "Geen gevonden"),
    "Not tracked": ("Non pisté", "Niet gevolgd"),
    "Tracked personally": ("Pisté personnellement", "Persoonlijk gevolgd"),
    "Not analysed": ("Non analysé", "Niet geanalyseerd"),
    "Waiting…": ("En attente…", "Wachten…"),
    "Suspicious or worse": ("Suspect ou pire", "Verdacht of erger"),
    "Caution or worse": ("Prudence ou pire", "Voorzichtig of erger"),
    "Filter by sender, subject, date or campaign": (
        "Filtrer par expéditeur, objet, date ou campagne",
        "Filteren op afzender, onderwerp, datum of campagne",
    ),
    "Filter the messages": ("Filtrer les messages", "De berichten filteren"),
    "Messages in {name}": ("Messages de {name}", "Berichten in {name}"),
    "Shares with the other messages of {id}: {shared}": (
        "Partage avec les autres messages de {id} : {shared}",
        "Deelt met de andere berichten van {id}: {shared}",
    ),
    "Show messages with this verdict": ("Afficher les messages ayant ce verdict", "Berichten met dit oordeel tonen"),
    "The list could not be completed; the messages shown can still be opened.": (
        "La liste n'a pas pu être complétée ; les messages affichés peuvent encore être ouverts.",
        "De lijst kon niet worden voltooid; de getoonde berichten kunnen nog worden geopend.",
    ),
    "This folder or file does not exist (any more).": (
        "Ce dossier ou fichier n'existe pas (ou plus).",
        "Deze map of dit bestand bestaat niet (meer).",
    ),
    "There are no messages here: no .eml, .msg, mbox or Maildir messages in this folder.": (
        "Il n'y a pas de messages ici : aucun message .eml, .msg, mbox ou Maildir dans ce dossier.",
        "Er zijn hier geen berichten: geen .eml-, .msg-, mbox- of Maildir-berichten in deze map.",
    ),
    "{id} ({size} messages)": ("{id} ({size} messages)", "{id} ({size} berichten)"),
    "{n} campaigns": ("{n} campagnes", "{n} campagnes"),
    "{n} messages": ("{n} messages", "{n} berichten"),
    "{n} not analysed": ("{n} non analysés", "{n} niet geanalyseerd"),
    "{shown} of {n} messages shown": ("{shown} messages affichés sur {n}", "{shown} van {n} berichten getoond"),
    "Not an email message, not opened: {names}": (
        "Pas un e-mail, non ouvert : {names}",
        "Geen e-mailbericht, niet geopend: {names}",
    ),
    "Safe view: {engine}": ("Vue sûre : {engine}", "Veilige weergave: {engine}"),
    "URLs": ("URL", "URL's"),
    "Domains": ("Domaines", "Domeinen"),
    "IP addresses": ("Adresses IP", "IP-adressen"),
    "Email addresses": ("Adresses e-mail", "E-mailadressen"),
    "Copied {n} indicators": ("{n} indicateurs copiés", "{n} indicatoren gekopieerd"),
    "About Email Inspector": ("À propos d'Email Inspector", "Over Email Inspector"),
    "Email Inspector {version}\nOpen suspect emails safely: nothing they contain is fetched.": (
        "Email Inspector {version}\nOuvrez les e-mails suspects en toute sécurité : rien de leur contenu n'est téléchargé.",
        "Email Inspector {version}\nOpen verdachte e-mails veilig: niets uit hun inhoud wordt opgehaald.",
    ),
    "message in part {part}": ("message de la partie {part}", "bericht in deel {part}"),
    "Part": ("Partie", "Deel"),
    "Type": ("Type", "Type"),
    "MIME structure": ("Structure MIME", "MIME-structuur"),
    "Message source": ("Source du message", "Berichtbron"),
    "[… source cut at {size} for display; the analysis read all of it]": (
        "[… source coupée à {size} pour l'affichage ; l'analyse l'a lue entièrement]",
        "[… bron ingekort tot {size} voor de weergave; de analyse las alles]",
    ),
    "No Received headers": ("Aucun en-tête Received", "Geen Received-kopregels"),
    "(unknown host)": ("(hôte inconnu)", "(onbekende host)"),
    "→ {by}": ("→ {by}", "→ {by}"),
    "below: the recipient's own servers": (
        "en dessous : les serveurs du destinataire",
        "hieronder: de eigen servers van de ontvanger",
    ),
    "Shown name": ("Nom affiché", "Getoonde naam"),
    "(no name)": ("(sans nom)", "(geen naam)"),
    "Real address": ("Adresse réelle", "Werkelijk adres"),
    "(none)": ("(aucun)", "(geen)"),
    "Replies go to": ("Réponses à", "Antwoorden naar"),
    "Bounces go to": ("Non-remises à", "Onbestelbaar naar"),
    " at {time}": (" le {time}", " op {time}"),
    "Sent from": ("Envoyé depuis", "Verzonden vanaf"),
    "Sender: {name} <{address}>": ("Expéditeur : {name} <{address}>", "Afzender: {name} <{address}>"),
    "claimed by sender": ("selon l'expéditeur lui-même", "volgens de afzender zelf"),
    "not verified": ("non vérifié", "niet geverifieerd"),
    "Nothing suspicious found": ("Rien de suspect", "Niets verdachts gevonden"),
    "Be careful with this message": ("Soyez prudent avec ce message", "Wees voorzichtig met dit bericht"),
    "Nothing suspicious found, but opening it is recorded": (
        "Rien de suspect, mais son ouverture est enregistrée",
        "Niets verdachts gevonden, maar het openen wordt geregistreerd",
    ),
    "This message would tell its sender that you read it": (
        "Ce message signalerait à son expéditeur que vous l'avez lu",
        "Dit bericht laat de afzender weten dat u het gelezen hebt",
    ),
    "Attacks: could run code or steal your password": (
        "Attaques : pourraient lancer un programme ou voler votre mot de passe",
        "Aanvallen: kunnen een programma starten of uw wachtwoord stelen",
    ),
    "What to do now:": ("Que faire maintenant ?", "Wat doet u nu best?"),
    "This message looks suspicious": ("Ce message semble suspect", "Dit bericht ziet er verdacht uit"),
    "This message is dangerous": ("Ce message est dangereux", "Dit bericht is gevaarlijk"),
    "Subject: {subject}": ("Objet : {subject}", "Onderwerp: {subject}"),
    "Verdict: {headline}": ("Verdict : {headline}", "Oordeel: {headline}"),
    "Analysing {name}…": ("Analyse de {name}…", "{name} wordt geanalyseerd…"),
    "Analysing": ("Analyse en cours", "Bezig met analyseren"),
    "Saved {path}": ("Enregistré : {path}", "Opgeslagen: {path}"),
    "&Attachments ({n})": ("&Pièces jointes ({n})", "Bij&lagen ({n})"),
    "Sour&ce": ("&Source", "B&ron"),
    "Chinese, Japanese or Korean": ("chinois, japonais ou coréen", "Chinees, Japans of Koreaans"),
    "emoji": ("émojis", "emoji"),
    "other scripts or symbols": ("d'autres écritures ou symboles", "andere schriften of symbolen"),
    "Some text ({missing}) shows as boxes: no installed font has it. Install the fonts: {fix}": (
        "Une partie du texte ({missing}) s'affiche en carrés : aucune police installée ne la contient. Installez les polices : {fix}",
        "Een deel van de tekst ({missing}) verschijnt als vierkantjes: geen enkel geïnstalleerd lettertype bevat die tekens. Installeer de lettertypen: {fix}",
    ),
    "Some text ({missing}) shows as boxes: no installed font has it. Open Font Book and download the fonts for that language.": (
        "Une partie du texte ({missing}) s'affiche en carrés : aucune police installée ne la contient. Ouvrez Livre des polices et téléchargez les polices de cette langue.",
        "Een deel van de tekst ({missing}) verschijnt als vierkantjes: geen enkel geïnstalleerd lettertype bevat die tekens. Open Lettertypecatalogus en download de lettertypen voor die taal.",
    ),
    "Some text ({missing}) shows as boxes: no installed font has it. Add the language in Settings › Time & language › Language & region: Windows then installs its fonts.": (
        "Une partie du texte ({missing}) s'affiche en carrés : aucune police installée ne la contient. Ajoutez la langue dans Paramètres › Heure et langue › Langue et région : Windows installera ses polices.",
        "Een deel van de tekst ({missing}) verschijnt als vierkantjes: geen enkel geïnstalleerd lettertype bevat die tekens. Voeg de taal toe via Instellingen › Tijd en taal › Taal en regio: Windows installeert dan de lettertypen.",
    ),
    "Message details": ("Détails du message", "Berichtdetails"),
    "{name} could not be opened": ("Impossible d'ouvrir {name}", "{name} kon niet worden geopend"),
    "There is no such file.": ("Ce fichier n'existe pas.", "Dit bestand bestaat niet."),
    "This is a folder or a device, not a file.": (
        "C'est un dossier ou un périphérique, pas un fichier.",
        "Dit is een map of apparaat, geen bestand.",
    ),
    "The file could not be read (permissions or a disk problem).": (
        "Le fichier n'a pas pu être lu (droits d'accès ou problème de disque).",
        "Het bestand kon niet worden gelezen (rechten of een schijfprobleem).",
    ),
    "The file is empty.": ("Le fichier est vide.", "Het bestand is leeg."),
    "The file is larger than the 100 MB limit.": (
        "Le fichier dépasse la limite de 100 Mo.",
        "Het bestand is groter dan de limiet van 100 MB.",
    ),
    "This is not an email message (.eml or Outlook .msg).": (
        "Ce n'est pas un e-mail (.eml ou .msg Outlook).",
        "Dit is geen e-mailbericht (.eml of Outlook .msg).",
    ),
    "This Outlook file is too damaged to read.": (
        "Ce fichier Outlook est trop endommagé pour être lu.",
        "Dit Outlook-bestand is te beschadigd om te lezen.",
    ),
    "The message is nested too deeply to read.": (
        "Le message est imbriqué trop profondément pour être lu.",
        "Het bericht is te diep genest om te lezen.",
    ),
    "Something went wrong inside Email Inspector.": (
        "Un problème est survenu dans Email Inspector.",
        "Er ging iets mis in Email Inspector.",
    ),
    "The window stays open; the message you were looking at is unchanged.": (
        "La fenêtre reste ouverte ; le message que vous regardiez n'est pas modifié.",
        "Het venster blijft open; het bericht dat u bekeek is niet gewijzigd.",
    ),
    "really a .{ext} file": ("en réalité un fichier .{ext}", "eigenlijk een .{ext}-bestand"),
    "Link": ("Lien", "Link"),
    "This link leads to:": ("Ce lien mène à :", "Deze link leidt naar:"),
    "It was not opened. Links in suspect messages often carry a code that tells the sender who clicked.": (
        "Il n'a pas été ouvert. Les liens des messages suspects contiennent souvent un code qui indique à "
        "l'expéditeur qui a cliqué.",
        "Hij werd niet geopend. Links in verdachte berichten bevatten vaak een code die de afzender vertelt wie klikte.",
    ),
    "Copy link": ("Copier le lien", "Link kopiëren"),
    "Copy defanged": ("Copier neutralisé", "Onschadelijk kopiëren"),
    "Open in browser…": ("Ouvrir dans le navigateur…", "Openen in de browser…"),
    "Open in your browser?": ("Ouvrir dans votre navigateur ?", "Openen in uw browser?"),
    "Your browser will contact this site. The sender can then learn that you clicked, when, and your IP address. Open it only if you trust the message.": (
        "Votre navigateur contactera ce site. L'expéditeur pourra alors savoir que vous avez cliqué, quand, et "
        "votre adresse IP. Ne l'ouvrez que si vous faites confiance au message.",
        "Uw browser zal deze site contacteren. De afzender kan dan te weten komen dat u klikte, wanneer, en uw "
        "IP-adres. Open hem alleen als u het bericht vertrouwt.",
    ),
    "This is an email address, not a web page. It cannot be opened from here: a mail program would start a message the sender prepared (some even attach files). Copy the address if you need it.": (
        "C'est une adresse e-mail, pas une page web. Elle ne peut pas être ouverte d'ici : un programme de "
        "messagerie commencerait un message préparé par l'expéditeur (certains y joignent même des fichiers). "
        "Copiez l'adresse si vous en avez besoin.",
        "Dit is een e-mailadres, geen webpagina. Het kan hier niet geopend worden: een e-mailprogramma zou een "
        "bericht beginnen dat de afzender heeft voorbereid (sommige voegen zelfs bestanden toe). Kopieer het adres "
        "als u het nodig hebt.",
    ),
    "Only web links (http and https) can be opened from here. Your computer would hand this one to another program, which could open a file share, send your Windows password hash or run a tool. Copy it if you need it.": (
        "Seuls les liens web (http et https) peuvent être ouverts d'ici. Votre ordinateur confierait celui-ci à un "
        "autre programme, qui pourrait ouvrir un partage de fichiers, envoyer l'empreinte de votre mot de passe "
        "Windows ou lancer un outil. Copiez-le si vous en avez besoin.",
        "Alleen weblinks (http en https) kunnen hier geopend worden. Uw computer zou deze link aan een ander "
        "programma doorgeven, dat een gedeelde map kan openen, de hash van uw Windows-wachtwoord kan versturen of "
        "een hulpprogramma kan starten. Kopieer hem als u hem nodig hebt.",
    ),
    "Authentication": ("Authentification", "Authenticatie"),
    # File › Export (inspector/gui/export_menu.py, main_window.py)
    "HTML report (*.html)": ("Rapport HTML (*.html)", "HTML-rapport (*.html)"),
    "PDF report (*.pdf)": ("Rapport PDF (*.pdf)", "PDF-rapport (*.pdf)"),
    "Evidence bundle (*.zip)": ("Dossier de preuves (*.zip)", "Bewijspakket (*.zip)"),
    "Indicators, defanged (*.txt)": ("Indicateurs, désamorcés (*.txt)", "Indicatoren, onschadelijk gemaakt (*.txt)"),
    "STIX 2.1 bundle (*.json)": ("Paquet STIX 2.1 (*.json)", "STIX 2.1-bundel (*.json)"),
    "MISP event (*.json)": ("Événement MISP (*.json)", "MISP-gebeurtenis (*.json)"),
    "Hide the recipient (address and name become [recipient])": (
        "Masquer le destinataire (son adresse et son nom deviennent [recipient])",
        "De ontvanger verbergen (adres en naam worden [recipient])",
    ),
    "Export": ("Exporter", "Exporteren"),
    "Could not save {name}: {reason}": (
        "Impossible d'enregistrer {name} : {reason}",
        "Kon {name} niet opslaan: {reason}",
    ),
    "Saved {name}": ("{name} enregistré", "{name} opgeslagen"),
    "&Export": ("E&xporter", "E&xporteren"),
    "Report as &HTML…": ("Rapport en &HTML…", "Rapport als &HTML…"),
    "Report as &PDF…": ("Rapport en &PDF…", "Rapport als &PDF…"),
    "&Evidence Bundle (zip)…": ("&Dossier de preuves (zip)…", "&Bewijspakket (zip)…"),
    "&Indicators (defanged text)…": ("&Indicateurs (texte désamorcé)…", "&Indicatoren (onschadelijke tekst)…"),
    "Indicators as &STIX 2.1…": ("Indicateurs en &STIX 2.1…", "Indicatoren als &STIX 2.1…"),
    "Indicators as &MISP Event…": ("Indicateurs en événement &MISP…", "Indicatoren als &MISP-gebeurtenis…"),
    # Safe view context menu (inspector/gui/webengine_view.py)
    "Copy": ("Copier", "Kopiëren"),
    # Many messages at once, paste, find (issue 23: main_window.py, message_tab.py, paste.py, drop.py, find_bar.py)
    "&Paste Message": ("&Coller un message", "Bericht &plakken"),
    "&Find in Message…": ("&Rechercher dans le message…", "&Zoeken in het bericht…"),
    "Find in &Headers": ("Rechercher dans les &en-têtes", "Zoeken in &kopregels"),
    "Already open: {name}": ("Déjà ouvert : {name}", "Al geopend: {name}"),
    "Pasted message": ("Message collé", "Geplakt bericht"),
    "There is no text to open.": ("Il n'y a pas de texte à ouvrir.", "Er is geen tekst om te openen."),
    "The text is larger than the 100 MB limit.": (
        "Le texte dépasse la limite de 100 Mo.",
        "De tekst is groter dan de limiet van 100 MB.",
    ),
    "This text is not an email message: paste a whole message or its headers (“Show original” or “View source” in the mail program).": (
        "Ce texte n'est pas un e-mail : collez un message entier ou ses en-têtes (« Afficher l'original » ou « Afficher la source » dans le programme de messagerie).",
        "Deze tekst is geen e-mailbericht: plak een volledig bericht of de kopregels ervan (‘Origineel weergeven’ of ‘Bron weergeven’ in het e-mailprogramma).",
    ),
    "The clipboard is empty.": ("Le presse-papiers est vide.", "Het klembord is leeg."),
    "The clipboard holds nothing that could be a message.": (
        "Le presse-papiers ne contient rien qui puisse être un message.",
        "Het klembord bevat niets dat een bericht kan zijn.",
    ),
    "Outlook did not hand over these items; drag them one at a time: {names}": (
        "Outlook n'a pas transmis ces éléments ; glissez-les un par un : {names}",
        "Outlook heeft deze items niet doorgegeven; sleep ze een voor een: {names}",
    ),
    "Find in the message": ("Rechercher dans le message", "Zoeken in het bericht"),
    "Previous match (Shift+Enter)": ("Occurrence précédente (Maj+Entrée)", "Vorige overeenkomst (Shift+Enter)"),
    "Previous match": ("Occurrence précédente", "Vorige overeenkomst"),
    "Next match (Enter)": ("Occurrence suivante (Entrée)", "Volgende overeenkomst (Enter)"),
    "Next match": ("Occurrence suivante", "Volgende overeenkomst"),
    "Close the find bar (Esc)": ("Fermer la barre de recherche (Échap)", "De zoekbalk sluiten (Esc)"),
    "Close the find bar": ("Fermer la barre de recherche", "De zoekbalk sluiten"),
    "No matches": ("Aucune occurrence", "Geen overeenkomsten"),
    "{total} matches": ("{total} occurrences", "{total} overeenkomsten"),
    "{current} of {total}": ("{current} sur {total}", "{current} van {total}"),
    "Copy link address": ("Copier l'adresse du lien", "Linkadres kopiëren"),
    "Select all": ("Tout sélectionner", "Alles selecteren"),
    # Sender card, findings notes, Settings (issue 25: inspector/gui/sender_card.py, settings_dialog.py)
    "⚠ looks like {domain}": ("⚠ imite {domain}", "⚠ lijkt op {domain}"),
    " (server {server})": (" (serveur {server})", " (server {server})"),
    "Sent through {real} for {claimed}": ("Envoyé via {real} pour {claimed}", "Verstuurd via {real} voor {claimed}"),
    "Claims to be {claimed} — really sent by {real}": (
        "Se présente comme {claimed} — envoyé en réalité par {real}",
        "Doet zich voor als {claimed} — in werkelijkheid verstuurd door {real}",
    ),
    " (the one mail programs show)": (" (celle qu'affiche votre messagerie)", " (die uw mailprogramma toont)"),
    "From line {n}": ("Ligne From {n}", "From-regel {n}"),
    "To": ("À", "Aan"),
    "Cc": ("Cc", "Cc"),
    " and {n} more": (" et {n} autres", " en nog {n}"),
    "not the sender's domain": ("pas le domaine de l'expéditeur", "niet het domein van de afzender"),
    "SPF: was the server that delivered it allowed to send mail for the domain it named?": (
        "SPF : le serveur qui l'a remis avait-il le droit d'envoyer du courrier pour le domaine annoncé ?",
        "SPF: mocht de server die het afleverde mail versturen voor het domein dat hij opgaf?",
    ),
    "DKIM: a digital signature by a domain. A valid one proves that domain sent the message and that it was not changed since.": (
        "DKIM : une signature numérique d'un domaine. Si elle est valable, ce domaine a bien envoyé le message et "
        "celui-ci n'a pas été modifié depuis.",
        "DKIM: een digitale handtekening van een domein. Is ze geldig, dan heeft dat domein het bericht verstuurd en "
        "werd het sindsdien niet gewijzigd.",
    ),
    "DMARC: does the sender's domain shown in From agree with SPF or DKIM? The domain's owner says what to do when it does not.": (
        "DMARC : le domaine de l'expéditeur affiché (From) correspond-il à SPF ou à DKIM ? Le propriétaire du domaine "
        "indique que faire sinon.",
        "DMARC: klopt het domein van de afzender in From met SPF of DKIM? De eigenaar van het domein bepaalt wat er "
        "moet gebeuren als dat niet zo is.",
    ),
    "Not checked: this proves nothing either way.": (
        "Non vérifié : cela ne prouve rien, ni dans un sens ni dans l'autre.",
        "Niet gecontroleerd: dit bewijst niets, in de ene noch de andere richting.",
    ),
    "Written by the sender's side, not by your mail server: it proves nothing.": (
        "Écrit du côté de l'expéditeur, pas par votre serveur de messagerie : cela ne prouve rien.",
        "Geschreven aan de kant van de afzender, niet door uw mailserver: dit bewijst niets.",
    ),
    "Nobody could tell whether your mail server wrote this result: it proves little.": (
        "Impossible de savoir si ce résultat vient de votre serveur de messagerie : il ne prouve pas grand-chose.",
        "Niet te zeggen of uw mailserver dit resultaat schreef: het bewijst weinig.",
    ),
    "Your mail server checked it and it failed.": (
        "Votre serveur de messagerie l'a vérifié : échec.",
        "Uw mailserver heeft het gecontroleerd: mislukt.",
    ),
    "Your mail server checked it: it passed for the sender's own domain ({domain}).": (
        "Votre serveur de messagerie l'a vérifié : c'est en ordre pour le domaine de l'expéditeur ({domain}).",
        "Uw mailserver heeft het gecontroleerd: in orde voor het eigen domein van de afzender ({domain}).",
    ),
    "It passed, but for {domain}, not for the sender's domain {sender}.": (
        "C'est en ordre, mais pour {domain}, pas pour le domaine de l'expéditeur, {sender}.",
        "In orde, maar voor {domain}, niet voor het domein van de afzender, {sender}.",
    ),
    "Result: {result}.": ("Résultat : {result}.", "Resultaat: {result}."),
    "Technical notes (normal on most mail)": (
        "Remarques techniques (courantes sur la plupart des e-mails)",
        "Technische opmerkingen (normaal bij de meeste e-mails)",
    ),
    "&Settings…": ("&Paramètres…", "Instellin&gen…"),
    "Settings": ("Paramètres", "Instellingen"),
    "Your organisation's mail &domains:": (
        "&Domaines de messagerie de votre organisation :",
        "&Maildomeinen van uw organisatie:",
    ),
    "For example parliament.example, comma-separated. Look-alikes of these are flagged.": (
        "Par exemple parlement.example, séparés par des virgules. Les imitations de ces domaines sont signalées.",
        "Bijvoorbeeld parlement.example, gescheiden door komma's. Namaakdomeinen hiervan worden gemeld.",
    ),
    "Your mail &servers (authserv-ids):": (
        "Vos &serveurs de messagerie (authserv-id) :",
        "Uw mail&servers (authserv-id's):",
    ),
    "The names your own mail servers write in Authentication-Results, e.g. mx.parliament.example. Empty: found from the Received lines.": (
        "Les noms que vos propres serveurs écrivent dans Authentication-Results, par ex. mx.parlement.example. "
        "Vide : déduits des lignes Received.",
        "De namen die uw eigen mailservers in Authentication-Results schrijven, bv. mx.parlement.example. "
        "Leeg: afgeleid uit de Received-regels.",
    ),
    "&Remember senders, to warn when someone writes for the first time": (
        "&Retenir les expéditeurs, pour avertir quand quelqu'un vous écrit pour la première fois",
        "Afzenders &onthouden, om te waarschuwen als iemand u voor het eerst schrijft",
    ),
    "Only addresses and counts are kept, on this computer; no message text.": (
        "Seuls les adresses et le nombre de messages sont conservés, sur cet ordinateur ; aucun texte de message.",
        "Alleen adressen en aantallen worden bewaard, op deze computer; geen berichttekst.",
    ),
    "History &folder:": ("Dossier de l'&historique :", "Map voor de &geschiedenis:"),
    "&Browse…": ("&Parcourir…", "&Bladeren…"),
    "&Theme:": ("&Thème :", "&Thema:"),
    "&Language:": ("&Langue :", "T&aal:"),
    "What you set here wins over the environment variables ({variables}); an empty field keeps their value. The command line has the same settings as options (email-inspector scan --help).": (
        "Ce que vous réglez ici l'emporte sur les variables d'environnement ({variables}) ; un champ vide garde leur "
        "valeur. La ligne de commande offre les mêmes réglages en options (email-inspector scan --help).",
        "Wat u hier instelt, gaat voor op de omgevingsvariabelen ({variables}); een leeg veld behoudt hun waarde. "
        "De opdrachtregel heeft dezelfde instellingen als opties (email-inspector scan --help).",
    ),
    "As the system": ("Comme le système", "Zoals het systeem"),
    "Light": ("Clair", "Licht"),
    "Dark": ("Sombre", "Donker"),
    "System language": ("Langue du système", "Systeemtaal"),
    "from {variable}: {value}": ("de {variable} : {value}", "uit {variable}: {value}"),
    "none": ("aucun", "geen"),
    "Sender history folder": ("Dossier de l'historique des expéditeurs", "Map voor de afzendersgeschiedenis"),
}


def fill(ts: Path, column: int) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in T:
            translation.text = T[source][column]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    status = 0
    for column, code in enumerate(("fr", "nl")):
        ts = I18N / f"inspector_{code}.ts"
        for source in fill(ts, column):
            print(f"{code}: no translation for {source!r}", file=sys.stderr)
            status = 1
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
