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
    "&Save as…": ("&Enregistrer sous…", "Op&slaan als…"),
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
    "Rendered": ("Affiché", "Weergave"),
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
    "Drop to inspect safely": ("Déposez pour examiner en toute sécurité", "Loslaten om veilig te onderzoeken"),
    "this item": ("cet élément", "dit item"),
    "Not an email message: {names}": ("Pas un e-mail : {names}", "Geen e-mailbericht: {names}"),
    "Drop a suspect email here": ("Déposez ici un e-mail suspect", "Sleep een verdachte e-mail hierheen"),
    "A .eml or .msg file, or a message dragged straight from your mail program. Nothing in it is loaded from the internet, so the sender cannot tell you looked.": (
        "Un fichier .eml ou .msg, ou un message glissé depuis votre messagerie. Rien n'est chargé depuis internet : "
        "l'expéditeur ne peut pas savoir que vous l'avez regardé.",
        "Een .eml- of .msg-bestand, of een bericht dat u rechtstreeks uit uw mailprogramma sleept. Er wordt niets van "
        "internet geladen, dus de afzender kan niet weten dat u het bekeek.",
    ),
    "Open a message…": ("Ouvrir un message…", "Een bericht openen…"),
    "Open a message file (Ctrl+O)": ("Ouvrir un fichier de message (Ctrl+O)", "Een berichtbestand openen (Ctrl+O)"),
    "Try a sample message": ("Essayer un message d'exemple", "Een voorbeeldbericht proberen"),
    "Recently opened": ("Ouverts récemment", "Recent geopend"),
    "Drop zone": ("Zone de dépôt", "Neerzetzone"),
    "&Show:": ("&Afficher :", "&Tonen:"),
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
    "Tracking": ("Pistage", "Tracking"),
    "Tracking when you open it": ("Pistage à l'ouverture", "Volgen bij het openen"),
    "Not tracked: opening it tells the sender nothing": (
        "Pas de pistage : l'ouvrir n'apprend rien à l'expéditeur",
        "Niet gevolgd: openen vertelt de afzender niets",
    ),
    "Tracked: opening it would tell the sender that you read it": (
        "Pisté : l'ouvrir dirait à l'expéditeur que vous l'avez lu",
        "Gevolgd: openen zou de afzender vertellen dat u het las",
    ),
    "Tracked personally: opening it would tell the sender that you read it, and who you are": (
        "Pisté personnellement : l'ouvrir dirait à l'expéditeur que vous l'avez lu, et qui vous êtes",
        "Persoonlijk gevolgd: openen zou de afzender vertellen dat u het las, en wie u bent",
    ),
    "Tracked links": ("Liens pistés", "Gevolgde links"),
    "Read receipts": ("Accusés de lecture", "Leesbevestigingen"),
    "Sender": ("Expéditeur", "Afzender"),
    "Content": ("Contenu", "Inhoud"),
    "Message structure": ("Structure du message", "Berichtstructuur"),
    "No findings: nothing in this message tracks you or hides its sender.": (
        "Aucun constat : rien dans ce message ne vous piste ni ne cache son expéditeur.",
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
    "&View": ("&Affichage", "Beel&d"),
    "&Language": ("&Langue", "&Taal"),
    "&Help": ("&Aide", "&Help"),
    "&Open…": ("&Ouvrir…", "&Openen…"),
    "Open the &Sample Message": ("Ouvrir le message d'&exemple", "&Voorbeeldbericht openen"),
    "&Close Tab": ("&Fermer l'onglet", "Tabblad &sluiten"),
    "&Quit": ("&Quitter", "&Afsluiten"),
    "Clear the List": ("Vider la liste", "Lijst wissen"),
    "Copy &IOCs (Defanged)": ("Copier les &IOC (neutralisés)", "&IOC's kopiëren (onschadelijk)"),
    "Copy IOCs (&Plain)": ("Copier les IOC (&bruts)", "IOC's kopiëren (&ongewijzigd)"),
    "&Find in Headers": ("&Rechercher dans les en-têtes", "&Zoeken in kopregels"),
    "&Next Finding": ("Constat &suivant", "&Volgende bevinding"),
    "P&revious Finding": ("Constat &précédent", "Vo&rige bevinding"),
    "Next &Tab": ("Onglet s&uivant", "Volgend &tabblad"),
    "Previous T&ab": ("Onglet pr&écédent", "Vorig t&abblad"),
    "&About Email Inspector": ("À &propos d'Email Inspector", "&Over Email Inspector"),
    "&System Language": ("Langue du &système", "&Systeemtaal"),
    "&Rendered": ("&Affiché", "&Weergave"),
    "Plain &Text": ("&Texte brut", "Platte &tekst"),
    "HTML &Source": ("&Source HTML", "HTML-&bron"),
    "&Message": ("&Message", "&Bericht"),
    "&Headers": ("&En-têtes", "&Kopregels"),
    "&Attachments": ("&Pièces jointes", "B&ijlagen"),
    "Message &Source": ("&Source du message", "Bericht&bron"),
    "Show {page}": ("Afficher {page}", "{page} tonen"),
    "Open messages": ("Ouvrir des messages", "Berichten openen"),
    "Email messages (*.eml *.msg);;All files (*)": (
        "Messages e-mail (*.eml *.msg);;Tous les fichiers (*)",
        "E-mailberichten (*.eml *.msg);;Alle bestanden (*)",
    ),
    "Sample message": ("Message d'exemple", "Voorbeeldbericht"),
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
    "Replies go to": ("Les réponses vont à", "Antwoorden gaan naar"),
    "Bounces go to": ("Les retours vont à", "Onbestelbare mail gaat naar"),
    " at {time}": (" le {time}", " op {time}"),
    "Sent from": ("Envoyé depuis", "Verzonden vanaf"),
    "Sender: {name} <{address}>": ("Expéditeur : {name} <{address}>", "Afzender: {name} <{address}>"),
    "claimed by sender": ("affirmé par l'expéditeur", "bewering van de afzender"),
    "not verified": ("non vérifié", "niet geverifieerd"),
    "Nothing suspicious found": ("Rien de suspect", "Niets verdachts gevonden"),
    "Be careful with this message": ("Prudence avec ce message", "Wees voorzichtig met dit bericht"),
    "Nothing suspicious found, but opening it is recorded": (
        "Rien de suspect, mais son ouverture est enregistrée",
        "Niets verdachts gevonden, maar het openen wordt geregistreerd",
    ),
    "This message would tell its sender that you read it": (
        "Ce message dirait à son expéditeur que vous l'avez lu",
        "Dit bericht zou de afzender vertellen dat u het las",
    ),
    "Attacks: could run code or steal your password": (
        "Attaques : pourraient lancer un programme ou voler votre mot de passe",
        "Aanvallen: kunnen een programma starten of uw wachtwoord stelen",
    ),
    "What to do now:": ("Que faire maintenant :", "Wat nu te doen:"),
    "This message looks suspicious": ("Ce message semble suspect", "Dit bericht ziet er verdacht uit"),
    "This message is dangerous": ("Ce message est dangereux", "Dit bericht is gevaarlijk"),
    "Subject: {subject}": ("Objet : {subject}", "Onderwerp: {subject}"),
    "Verdict: {headline}": ("Verdict : {headline}", "Oordeel: {headline}"),
    "Analysing {name}…": ("Analyse de {name}…", "{name} wordt geanalyseerd…"),
    "Analysing": ("Analyse en cours", "Bezig met analyseren"),
    "Saved {path}": ("Enregistré : {path}", "Opgeslagen: {path}"),
    "&Attachments ({n})": ("&Pièces jointes ({n})", "B&ijlagen ({n})"),
    "&Source": ("&Source", "B&ron"),
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
    # Safe view context menu (inspector/gui/webengine_view.py)
    "Copy": ("Copier", "Kopiëren"),
    "Copy link address": ("Copier l'adresse du lien", "Linkadres kopiëren"),
    "Select all": ("Tout sélectionner", "Alles selecteren"),
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
