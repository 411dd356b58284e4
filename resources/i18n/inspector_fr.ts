<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Declared type</source>
        <translation>Type déclaré</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Real type</source>
        <translation>Type réel</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="87" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="88" />
        <source>&amp;Save as…</source>
        <translation>Enregist&amp;rer sous…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="90" />
        <source>Save a copy (Ctrl+S). It is never opened or run, and no file is replaced.</source>
        <translation>Enregistrer une copie (Ctrl+S). Elle n'est jamais ouverte ni exécutée, et aucun fichier n'est remplacé.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="92" />
        <source>Open as message in a new tab</source>
        <translation>Ouvrir comme message dans un nouvel onglet</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="93" />
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="94" />
        <source>Attachments are never opened here. Scan a saved copy before opening it anywhere.</source>
        <translation>Les pièces jointes ne sont jamais ouvertes ici. Faites analyser une copie enregistrée avant de l'ouvrir ailleurs.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="95" />
        <source>This message has no attachments.</source>
        <translation>Ce message n'a pas de pièce jointe.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="108" />
        <source>(no name) part {part}</source>
        <translation>(sans nom) partie {part}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="111" />
        <source>Part {part}</source>
        <translation>Partie {part}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="114" />
        <source>really a .{ext} file</source>
        <translation>en réalité un fichier .{ext}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="117" />
        <source>The name hides its real extension (double extension or reversed text).</source>
        <translation>Le nom cache sa véritable extension (double extension ou texte inversé).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="119" />
        <source>Shown inside the message (inline)</source>
        <translation>Affichée dans le message (inline)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="125" />
        <source>The content does not match the declared type.</source>
        <translation>Le contenu ne correspond pas au type déclaré.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="158" />
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="171" />
        <source>Could not save: {error}</source>
        <translation>Enregistrement impossible : {error}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="175" />
        <source>A file called {wanted} already exists; saved as {name} instead.</source>
        <translation>Un fichier {wanted} existe déjà ; enregistré sous {name}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="177" />
        <source>Saved as {name}. It has not been opened.</source>
        <translation>Enregistré sous {name}. Il n'a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="168" />
        <source>Rendered</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="168" />
        <source>The message as it looks, with remote content blocked (Ctrl+1)</source>
        <translation>Le message tel qu'il apparaît, contenu distant bloqué (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="169" />
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="169" />
        <source>The plain-text part of the message (Ctrl+2)</source>
        <translation>La partie texte brut du message (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="170" />
        <location filename="../../inspector/gui/body_view.py" line="178" />
        <source>HTML source</source>
        <translation>Source HTML</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="170" />
        <source>The HTML as the sender wrote it, not rendered (Ctrl+3)</source>
        <translation>Le HTML tel que l'expéditeur l'a écrit, sans l'afficher (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="176" />
        <source>Message body (safe view)</source>
        <translation>Corps du message (vue sûre)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="180" />
        <source>Text only: the safe HTML view is not installed</source>
        <translation>Texte seul : la vue HTML sûre n'est pas installée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="219" />
        <source>(this message has no text)</source>
        <translation>(ce message n'a pas de texte)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="225" />
        <source>(this message has no HTML part)</source>
        <translation>(ce message n'a pas de partie HTML)</translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <location filename="../../inspector/gui/drop.py" line="42" />
        <source>Not an email message, not opened: {names}</source>
        <translation>Pas un e-mail, non ouvert : {names}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="49" />
        <source>Outlook did not hand over these items; drag them one at a time: {names}</source>
        <translation>Outlook n'a pas transmis ces éléments ; glissez-les un par un : {names}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="168" />
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="259" />
        <source>Drop to inspect safely</source>
        <translation>Déposez pour examiner en toute sécurité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="263" />
        <source>this item</source>
        <translation>cet élément</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="264" />
        <source>Not an email message: {names}</source>
        <translation>Pas un e-mail : {names}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="82" />
        <source>Drop a suspect email here</source>
        <translation>Déposez ici un e-mail suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="85" />
        <source>A .eml or .msg file, a mailbox or a folder, a message dragged straight from your mail program, or its source pasted with Ctrl+V. Nothing in it is loaded from the internet, so the sender cannot tell you looked.</source>
        <translation>Un fichier .eml ou .msg, une boîte aux lettres ou un dossier, un message glissé depuis votre messagerie, ou sa source collée avec Ctrl+V. Rien n'est chargé depuis internet : l'expéditeur ne peut pas savoir que vous l'avez regardé.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="90" />
        <source>Open a message…</source>
        <translation>Ouvrir un message…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="91" />
        <source>Open a message file (Ctrl+O)</source>
        <translation>Ouvrir un fichier de message (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="92" />
        <location filename="../../inspector/gui/empty_state.py" line="93" />
        <source>Try a sample message</source>
        <translation>Essayer un message d'exemple</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="94" />
        <source>Recently opened</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="95" />
        <source>Drop zone</source>
        <translation>Zone de dépôt</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="20" />
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="21" />
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="22" />
        <source>Evidence bundle (*.zip)</source>
        <translation>Dossier de preuves (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="23" />
        <source>Indicators, defanged (*.txt)</source>
        <translation>Indicateurs, désamorcés (*.txt)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="24" />
        <source>STIX 2.1 bundle (*.json)</source>
        <translation>Paquet STIX 2.1 (*.json)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="25" />
        <source>MISP event (*.json)</source>
        <translation>Événement MISP (*.json)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="108" />
        <location filename="../../inspector/gui/export_menu.py" line="124" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="129" />
        <source>Hide the recipient (address and name become [recipient])</source>
        <translation>Masquer le destinataire (son adresse et son nom deviennent [recipient])</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="107" />
        <source>Could not save {name}: {reason}</source>
        <translation>Impossible d'enregistrer {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="116" />
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="118" />
        <location filename="../../inspector/gui/find_bar.py" line="119" />
        <source>Find in the message</source>
        <translation>Rechercher dans le message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="120" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="121" />
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="122" />
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="123" />
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="124" />
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="125" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="170" />
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="172" />
        <source>{total} matches</source>
        <translation>{total} occurrences</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="174" />
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="147" />
        <source>Finding code</source>
        <translation>Code du constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="166" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="167" />
        <source>Copy exactly as written in the message</source>
        <translation>Copier exactement tel qu'écrit dans le message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="168" />
        <source>Copy {label}</source>
        <translation>Copier : {label}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="107" />
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>Low and above</source>
        <translation>Faible et plus</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>Medium and above</source>
        <translation>Moyen et plus</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>High only</source>
        <translation>Élevé seulement</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="116" />
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="117" />
        <location filename="../../inspector/gui/findings_panel.py" line="122" />
        <source>Copy finding</source>
        <translation>Copier le constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="118" />
        <source>Copy the selected finding as text (Ctrl+C)</source>
        <translation>Copier le constat sélectionné en texte (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="119" />
        <source>Copy IOCs</source>
        <translation>Copier les IOC</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="120" />
        <source>Copy every URL, domain, IP and address, defanged (Ctrl+Shift+C)</source>
        <translation>Copier chaque URL, domaine, IP et adresse, neutralisés (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="121" />
        <source>Copy IOCs without defanging</source>
        <translation>Copier les IOC sans les neutraliser</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="123" />
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="124" />
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="133" />
        <source>Attacks: could run code or steal your password</source>
        <translation>Attaques : pourraient lancer un programme ou voler votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="134" />
        <source>Tracking when you open it</source>
        <translation>Suivi de l'ouverture</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="135" />
        <source>Tracked links</source>
        <translation>Liens traçants</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="136" />
        <source>Read receipts</source>
        <translation>Accusés de lecture</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="137" />
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="138" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="139" />
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="140" />
        <source>Message structure</source>
        <translation>Structure du message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="141" />
        <source>Technical notes (normal on most mail)</source>
        <translation>Remarques techniques (courantes sur la plupart des e-mails)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="184" />
        <source>No findings: nothing in this message tracks you or hides its sender.</source>
        <translation>Aucun constat : rien dans ce message ne vous suit ni ne cache son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="187" />
        <source>Select a finding to see what it means and the evidence.</source>
        <translation>Sélectionnez un constat pour voir ce qu'il signifie et les preuves.</translation>
    </message>
</context>
<context>
    <name>HeadersPanel</name>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="74" />
        <source>Search headers (Ctrl+F)</source>
        <translation>Rechercher dans les en-têtes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="75" />
        <source>Search headers</source>
        <translation>Rechercher dans les en-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="76" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="76" />
        <source>Decoded value</source>
        <translation>Valeur décodée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="76" />
        <source>As sent</source>
        <translation>Tel qu'envoyé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="77" />
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="78" />
        <source>Selected header</source>
        <translation>En-tête sélectionné</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="79" />
        <source>Received chain</source>
        <translation>Chaîne Received</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../inspector/gui/help_view.py" line="71" />
        <source>Email Inspector Help</source>
        <translation>Aide d'Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help_view.py" line="72" />
        <source>How to read a verdict</source>
        <translation>Comment lire un verdict</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help_view.py" line="72" />
        <source>What should I do?</source>
        <translation>Que dois-je faire ?</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="36" />
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="38" />
        <source>This link leads to:</source>
        <translation>Ce lien mène à :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="40" />
        <source>It was not opened. Links in suspect messages often carry a code that tells the sender who clicked.</source>
        <translation>Il n'a pas été ouvert. Les liens des messages suspects contiennent souvent un code qui indique à l'expéditeur qui a cliqué.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="45" />
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="46" />
        <source>Copy defanged</source>
        <translation>Copier neutralisé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="49" />
        <source>Open in browser…</source>
        <translation>Ouvrir dans le navigateur…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="57" />
        <source>This is an email address, not a web page. It cannot be opened from here: a mail program would start a message the sender prepared (some even attach files). Copy the address if you need it.</source>
        <translation>C'est une adresse e-mail, pas une page web. Elle ne peut pas être ouverte d'ici : un programme de messagerie commencerait un message préparé par l'expéditeur (certains y joignent même des fichiers). Copiez l'adresse si vous en avez besoin.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="62" />
        <source>Only web links (http and https) can be opened from here. Your computer would hand this one to another program, which could open a file share, send your Windows password hash or run a tool. Copy it if you need it.</source>
        <translation>Seuls les liens web (http et https) peuvent être ouverts d'ici. Votre ordinateur confierait celui-ci à un autre programme, qui pourrait ouvrir un partage de fichiers, envoyer l'empreinte de votre mot de passe Windows ou lancer un outil. Copiez-le si vous en avez besoin.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="83" />
        <source>Open in your browser?</source>
        <translation>Ouvrir dans votre navigateur ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="87" />
        <source>Your browser will contact this site. The sender can then learn that you clicked, when, and your IP address. Open it only if you trust the message.</source>
        <translation>Votre navigateur contactera ce site. L'expéditeur pourra alors savoir que vous avez cliqué, quand, et votre adresse IP. Ne l'ouvrez que si vous faites confiance au message.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="315" />
        <source>Email Inspector</source>
        <translation>Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="154" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="155" />
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="156" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="157" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="158" />
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="159" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="160" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="162" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="163" />
        <source>Open a &amp;Folder or Maildir…</source>
        <translation>Ouvrir un &amp;dossier ou un Maildir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="164" />
        <source>Open the &amp;Sample Message</source>
        <translation>Ouvrir le message d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="165" />
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l'onglet</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="167" />
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="168" />
        <source>Copy &amp;IOCs (Defanged)</source>
        <translation>Copier les &amp;IOC (neutralisés)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="174" />
        <source>&amp;Next Finding</source>
        <translation>Constat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="175" />
        <source>&amp;Previous Finding</source>
        <translation>Constat &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="176" />
        <source>Next Ta&amp;b</source>
        <translation>O&amp;nglet suivant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="177" />
        <source>Pre&amp;vious Tab</source>
        <translation>Onglet pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="178" />
        <source>How to &amp;Read a Verdict</source>
        <translation>Comment &amp;lire un verdict</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="179" />
        <source>&amp;What Should I Do?</source>
        <translation>&amp;Que dois-je faire ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="196" />
        <source>Show &amp;Message</source>
        <translation>Afficher le &amp;message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="197" />
        <source>Show &amp;Headers</source>
        <translation>Afficher les &amp;en-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="198" />
        <source>Show &amp;Attachments</source>
        <translation>Afficher les pièces &amp;jointes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="199" />
        <source>Show Message S&amp;ource</source>
        <translation>Afficher la s&amp;ource du message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="219" />
        <source>Messages and mailboxes (*.eml *.msg *.mbox *.mbx mbox);;Mailboxes (*.mbox *.mbx mbox);;All files (*)</source>
        <translation>Messages et boîtes aux lettres (*.eml *.msg *.mbox *.mbx mbox);;Boîtes aux lettres (*.mbox *.mbx mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="229" />
        <source>Open a folder of messages or a Maildir</source>
        <translation>Ouvrir un dossier de messages ou un Maildir</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="180" />
        <source>&amp;About Email Inspector</source>
        <translation>À &amp;propos d'Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>Copy IOCs (P&amp;lain)</source>
        <translation>Copier les IOC (&amp;bruts)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="170" />
        <source>&amp;Paste Message</source>
        <translation>&amp;Coller un message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="171" />
        <source>&amp;Find in Message…</source>
        <translation>&amp;Rechercher dans le message…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="172" />
        <source>Find in &amp;Headers</source>
        <translation>Rechercher dans les &amp;en-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="173" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="181" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="182" />
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="183" />
        <source>Report as &amp;HTML…</source>
        <translation>Rapport en &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="184" />
        <source>Report as &amp;PDF…</source>
        <translation>Rapport en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="185" />
        <source>&amp;Evidence Bundle (zip)…</source>
        <translation>&amp;Dossier de preuves (zip)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="186" />
        <source>&amp;Indicators (defanged text)…</source>
        <translation>&amp;Indicateurs (texte désamorcé)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="187" />
        <source>Indicators as &amp;STIX 2.1…</source>
        <translation>Indicateurs en &amp;STIX 2.1…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="188" />
        <source>Indicators as &amp;MISP Event…</source>
        <translation>Indicateurs en événement &amp;MISP…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="191" />
        <source>&amp;Rendered</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="191" />
        <source>Plain &amp;Text</source>
        <translation>&amp;Texte brut</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="191" />
        <source>HTML &amp;Source</source>
        <translation>Source &amp;HTML</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="207" />
        <location filename="../../inspector/gui/main_window.py" line="221" />
        <source>Open messages</source>
        <translation>Ouvrir des messages</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="235" />
        <source>Sample message</source>
        <translation>Message d'exemple</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="255" />
        <source>Already open: {name}</source>
        <translation>Déjà ouvert : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="374" />
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="374" />
        <source>The message is shown by a locked-down browser engine</source>
        <translation>Le message est affiché par un moteur de navigateur verrouillé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="376" />
        <source>light</source>
        <translation>allégée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="377" />
        <source>The message is shown by Qt's simple text view: some layouts look plainer</source>
        <translation>Le message est affiché par la vue de texte simple de Qt : certaines mises en page sont plus sobres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="380" />
        <source>text only</source>
        <translation>texte seul</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="380" />
        <source>Only the message's text is shown</source>
        <translation>Seul le texte du message est affiché</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="381" />
        <source>Safe view: {engine}</source>
        <translation>Vue sûre : {engine}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="418" />
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="419" />
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="420" />
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="421" />
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="429" />
        <source>Copied {n} indicators</source>
        <translation>{n} indicateurs copiés</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="473" />
        <source>About Email Inspector</source>
        <translation>À propos d'Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="474" />
        <source>Email Inspector {version}
Open suspect emails safely: nothing they contain is fetched.</source>
        <translation>Email Inspector {version}
Ouvrez les e-mails suspects en toute sécurité : rien de leur contenu n'est téléchargé.</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="180" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="181" />
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="182" />
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="183" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="184" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="185" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="186" />
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="210" />
        <source>{id} ({size} messages)</source>
        <translation>{id} ({size} messages)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="212" />
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="214" />
        <source>Not analysed</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="246" />
        <source>Shares with the other messages of {id}: {shared}</source>
        <translation>Partage avec les autres messages de {id} : {shared}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="259" />
        <source>Clean</source>
        <translation>Rien de suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="260" />
        <location filename="../../inspector/gui/message_list_model.py" line="273" />
        <source>Tracked</source>
        <translation>Pisté</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="261" />
        <source>Targeted</source>
        <translation>Ciblé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="262" />
        <source>Caution</source>
        <translation>Prudence</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="263" />
        <source>Suspicious</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="264" />
        <source>Dangerous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="268" />
        <source>None found</source>
        <translation>Aucune détectée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="272" />
        <source>Not tracked</source>
        <translation>Non pisté</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="274" />
        <source>Tracked personally</source>
        <translation>Pisté personnellement</translation>
    </message>
</context>
<context>
    <name>MessageListTab</name>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="176" />
        <source>%v of %m analysed</source>
        <translation>%v sur %m analysés</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="192" />
        <source>{n} not analysed</source>
        <translation>{n} non analysés</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="195" />
        <source>{n} campaigns</source>
        <translation>{n} campagnes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="198" />
        <source>{n} messages</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="200" />
        <source>{shown} of {n} messages shown</source>
        <translation>{shown} messages affichés sur {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="207" />
        <source>There are no messages here: no .eml, .msg, mbox or Maildir messages in this folder.</source>
        <translation>Il n'y a pas de messages ici : aucun message .eml, .msg, mbox ou Maildir dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="209" />
        <source>This folder or file does not exist (any more).</source>
        <translation>Ce dossier ou fichier n'existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="210" />
        <source>The list could not be completed; the messages shown can still be opened.</source>
        <translation>La liste n'a pas pu être complétée ; les messages affichés peuvent encore être ouverts.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="250" />
        <source>Filter by sender, subject, date or campaign</source>
        <translation>Filtrer par expéditeur, objet, date ou campagne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="251" />
        <source>Filter the messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="253" />
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="254" />
        <source>Dangerous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="255" />
        <source>Suspicious or worse</source>
        <translation>Suspect ou pire</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="256" />
        <source>Caution or worse</source>
        <translation>Prudence ou pire</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="257" />
        <source>Tracked</source>
        <translation>Pisté</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="258" />
        <source>Clean</source>
        <translation>Rien de suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="259" />
        <source>Not analysed</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="263" />
        <source>Show messages with this verdict</source>
        <translation>Afficher les messages ayant ce verdict</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="264" />
        <source>Messages in {name}</source>
        <translation>Messages de {name}</translation>
    </message>
</context>
<context>
    <name>MessageTab</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="81" />
        <source>Pasted message</source>
        <translation>Message collé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="138" />
        <source>message in part {part}</source>
        <translation>message de la partie {part}</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../inspector/gui/drop.py" line="171" />
        <source>The clipboard holds nothing that could be a message.</source>
        <translation>Le presse-papiers ne contient rien qui puisse être un message.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/paste.py" line="17" />
        <source>This text is not an email message: paste a whole message or its headers (“Show original” or “View source” in the mail program).</source>
        <translation>Ce texte n'est pas un e-mail : collez un message entier ou ses en-têtes (« Afficher l'original » ou « Afficher la source » dans le programme de messagerie).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/paste.py" line="36" />
        <source>There is no text to open.</source>
        <translation>Il n'y a pas de texte à ouvrir.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/paste.py" line="38" />
        <source>The text is larger than the 100 MB limit.</source>
        <translation>Le texte dépasse la limite de 100 Mo.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../inspector/gui/print_report.py" line="40" />
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
</context>
<context>
    <name>RawPanel</name>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="75" />
        <source>MIME structure</source>
        <translation>Structure MIME</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="76" />
        <source>Message source</source>
        <translation>Source du message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="82" />
        <source>[… source cut at {size} for display; the analysis read all of it]</source>
        <translation>[… source coupée à {size} pour l'affichage ; l'analyse l'a lue entièrement]</translation>
    </message>
</context>
<context>
    <name>ReceivedTimeline</name>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="77" />
        <source>Received chain</source>
        <translation>Chaîne Received</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="105" />
        <source>No Received headers</source>
        <translation>Aucun en-tête Received</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="126" />
        <source>(unknown host)</source>
        <translation>(hôte inconnu)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="135" />
        <source>→ {by}</source>
        <translation>→ {by}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="151" />
        <source>below: the recipient's own servers</source>
        <translation>en dessous : les serveurs du destinataire</translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="91" />
        <source>Shown name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="91" />
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="60" />
        <location filename="../../inspector/gui/sender_card.py" line="89" />
        <location filename="../../inspector/gui/sender_card.py" line="92" />
        <source>Real address</source>
        <translation>Adresse réelle</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="62" />
        <location filename="../../inspector/gui/sender_card.py" line="205" />
        <source>⚠ looks like {domain}</source>
        <translation>⚠ imite {domain}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="77" />
        <source> (server {server})</source>
        <translation> (serveur {server})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="79" />
        <source>Sent through {real} for {claimed}</source>
        <translation>Envoyé via {real} pour {claimed}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="80" />
        <source>Claims to be {claimed} — really sent by {real}</source>
        <translation>Se présente comme {claimed} — envoyé en réalité par {real}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="87" />
        <source> (the one mail programs show)</source>
        <translation> (celle qu'affiche votre messagerie)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="88" />
        <source>From line {n}</source>
        <translation>Ligne From {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="89" />
        <location filename="../../inspector/gui/sender_card.py" line="92" />
        <location filename="../../inspector/gui/sender_card.py" line="179" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="94" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="96" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="100" />
        <source>Replies go to</source>
        <translation>Réponses à</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="102" />
        <source>Bounces go to</source>
        <translation>Non-remises à</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="106" />
        <source> at {time}</source>
        <translation> le {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="107" />
        <source>Sent from</source>
        <translation>Envoyé depuis</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="113" />
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="124" />
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="140" />
        <source>not the sender's domain</source>
        <translation>pas le domaine de l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="168" />
        <source>SPF: was the server that delivered it allowed to send mail for the domain it named?</source>
        <translation>SPF : le serveur qui l'a remis avait-il le droit d'envoyer du courrier pour le domaine annoncé ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="170" />
        <source>DKIM: a digital signature by a domain. A valid one proves that domain sent the message and that it was not changed since.</source>
        <translation>DKIM : une signature numérique d'un domaine. Si elle est valable, ce domaine a bien envoyé le message et celui-ci n'a pas été modifié depuis.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="174" />
        <source>DMARC: does the sender's domain shown in From agree with SPF or DKIM? The domain's owner says what to do when it does not.</source>
        <translation>DMARC : le domaine de l'expéditeur affiché (From) correspond-il à SPF ou à DKIM ? Le propriétaire du domaine indique que faire sinon.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="181" />
        <source>Not checked: this proves nothing either way.</source>
        <translation>Non vérifié : cela ne prouve rien, ni dans un sens ni dans l'autre.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="183" />
        <source>Written by the sender's side, not by your mail server: it proves nothing.</source>
        <translation>Écrit du côté de l'expéditeur, pas par votre serveur de messagerie : cela ne prouve rien.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="185" />
        <source>Nobody could tell whether your mail server wrote this result: it proves little.</source>
        <translation>Impossible de savoir si ce résultat vient de votre serveur de messagerie : il ne prouve pas grand-chose.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="187" />
        <source>Your mail server checked it and it failed.</source>
        <translation>Votre serveur de messagerie l'a vérifié : échec.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="189" />
        <source>Your mail server checked it: it passed for the sender's own domain ({domain}).</source>
        <translation>Votre serveur de messagerie l'a vérifié : c'est en ordre pour le domaine de l'expéditeur ({domain}).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="193" />
        <source>It passed, but for {domain}, not for the sender's domain {sender}.</source>
        <translation>C'est en ordre, mais pour {domain}, pas pour le domaine de l'expéditeur, {sender}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="197" />
        <source>Result: {result}.</source>
        <translation>Résultat : {result}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="68" />
        <source>Sender: {name} &lt;{address}&gt;</source>
        <translation>Expéditeur : {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="136" />
        <source>claimed by sender</source>
        <translation>selon l'expéditeur lui-même</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="138" />
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="84" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="85" />
        <source>Your organisation's mail &amp;domains:</source>
        <translation>&amp;Domaines de messagerie de votre organisation :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="87" />
        <source>For example parliament.example, comma-separated. Look-alikes of these are flagged.</source>
        <translation>Par exemple parlement.example, séparés par des virgules. Les imitations de ces domaines sont signalées.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="89" />
        <source>Your mail &amp;servers (authserv-ids):</source>
        <translation>Vos &amp;serveurs de messagerie (authserv-id) :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="92" />
        <source>The names your own mail servers write in Authentication-Results, e.g. mx.parliament.example. Empty: found from the Received lines.</source>
        <translation>Les noms que vos propres serveurs écrivent dans Authentication-Results, par ex. mx.parlement.example. Vide : déduits des lignes Received.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="96" />
        <source>&amp;Remember senders, to warn when someone writes for the first time</source>
        <translation>&amp;Retenir les expéditeurs, pour avertir quand quelqu'un vous écrit pour la première fois</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="97" />
        <source>Only addresses and counts are kept, on this computer; no message text.</source>
        <translation>Seuls les adresses et le nombre de messages sont conservés, sur cet ordinateur ; aucun texte de message.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="98" />
        <source>History &amp;folder:</source>
        <translation>Dossier de l'&amp;historique :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="100" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="101" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="102" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="105" />
        <source>What you set here wins over the environment variables ({variables}); an empty field keeps their value. The command line has the same settings as options (email-inspector scan --help).</source>
        <translation>Ce que vous réglez ici l'emporte sur les variables d'environnement ({variables}) ; un champ vide garde leur valeur. La ligne de commande offre les mêmes réglages en options (email-inspector scan --help).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="109" />
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="109" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="111" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="117" />
        <source>from {variable}: {value}</source>
        <translation>de {variable} : {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="119" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="139" />
        <source>Sender history folder</source>
        <translation>Dossier de l'historique des expéditeurs</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="81" />
        <source>Nothing suspicious found</source>
        <translation>Rien de suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="82" />
        <source>Nothing suspicious found, but opening it is recorded</source>
        <translation>Rien de suspect, mais son ouverture est enregistrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="83" />
        <source>This message would tell its sender that you read it</source>
        <translation>Ce message signalerait à son expéditeur que vous l'avez lu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="84" />
        <source>Be careful with this message</source>
        <translation>Soyez prudent avec ce message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="85" />
        <source>This message looks suspicious</source>
        <translation>Ce message semble suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="86" />
        <source>This message is dangerous</source>
        <translation>Ce message est dangereux</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="94" />
        <source>Not tracked: opening it tells the sender nothing</source>
        <translation>Pas de suivi : l'ouvrir n'apprend rien à l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="95" />
        <source>Tracked: opening it would tell the sender that you read it</source>
        <translation>Suivi : si vous l'ouvrez, l'expéditeur saura que vous l'avez lu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="97" />
        <source>Tracked personally: opening it would tell the sender that you read it, and who you are</source>
        <translation>Suivi nominatif : si vous l'ouvrez, l'expéditeur saura que vous l'avez lu, et qui vous êtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="124" />
        <source>What to do now:</source>
        <translation>Que faire maintenant ?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="127" />
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="127" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="128" />
        <source>Verdict: {headline}</source>
        <translation>Verdict : {headline}</translation>
    </message>
</context>
<context>
    <name>WebEngineView</name>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="256" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="260" />
        <source>Copy link address</source>
        <translation>Copier l'adresse du lien</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="261" />
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>_BusyPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="166" />
        <source>Analysing {name}…</source>
        <translation>Analyse de {name}…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="167" />
        <source>Analysing</source>
        <translation>Analyse en cours</translation>
    </message>
</context>
<context>
    <name>_Content</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="264" />
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="270" />
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="271" />
        <source>Hea&amp;ders</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="273" />
        <source>Sour&amp;ce</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="272" />
        <source>&amp;Attachments ({n})</source>
        <translation>&amp;Pièces jointes ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="277" />
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
</context>
<context>
    <name>_ErrorPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="198" />
        <source>{name} could not be opened</source>
        <translation>Impossible d'ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="206" />
        <source>There is no such file.</source>
        <translation>Ce fichier n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="207" />
        <source>This is a folder or a device, not a file.</source>
        <translation>C'est un dossier ou un périphérique, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="208" />
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>Le fichier n'a pas pu être lu (droits d'accès ou problème de disque).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="209" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="210" />
        <source>The file is larger than the 100 MB limit.</source>
        <translation>Le fichier dépasse la limite de 100 Mo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="211" />
        <source>This is not an email message (.eml or Outlook .msg).</source>
        <translation>Ce n'est pas un e-mail (.eml ou .msg Outlook).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="212" />
        <source>This Outlook file is too damaged to read.</source>
        <translation>Ce fichier Outlook est trop endommagé pour être lu.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="213" />
        <source>The message is nested too deeply to read.</source>
        <translation>Le message est imbriqué trop profondément pour être lu.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../inspector/gui/app.py" line="43" />
        <source>Something went wrong inside Email Inspector.</source>
        <translation>Un problème est survenu dans Email Inspector.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/app.py" line="45" />
        <source>The window stays open; the message you were looking at is unchanged.</source>
        <translation>La fenêtre reste ouverte ; le message que vous regardiez n'est pas modifié.</translation>
    </message>
</context>
<context>
    <name>font_check</name>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="82" />
        <source>Chinese, Japanese or Korean</source>
        <translation>chinois, japonais ou coréen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="83" />
        <source>emoji</source>
        <translation>émojis</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="84" />
        <source>other scripts or symbols</source>
        <translation>d'autres écritures ou symboles</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="90" />
        <source>Some text ({missing}) shows as boxes: no installed font has it. Install the fonts: {fix}</source>
        <translation>Une partie du texte ({missing}) s'affiche en carrés : aucune police installée ne la contient. Installez les polices : {fix}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="95" />
        <source>Some text ({missing}) shows as boxes: no installed font has it. Open Font Book and download the fonts for that language.</source>
        <translation>Une partie du texte ({missing}) s'affiche en carrés : aucune police installée ne la contient. Ouvrez Livre des polices et téléchargez les polices de cette langue.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="100" />
        <source>Some text ({missing}) shows as boxes: no installed font has it. Add the language in Settings › Time &amp; language › Language &amp; region: Windows then installs its fonts.</source>
        <translation>Une partie du texte ({missing}) s'affiche en carrés : aucune police installée ne la contient. Ajoutez la langue dans Paramètres › Heure et langue › Langue et région : Windows installera ses polices.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="218" />
        <source>Not analysed</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="218" />
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
</context>
</TS>