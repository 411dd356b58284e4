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
        <translation>&amp;Enregistrer sous…</translation>
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
        <location filename="../../inspector/gui/body_view.py" line="156" />
        <source>Rendered</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="156" />
        <source>The message as it looks, with remote content blocked (Ctrl+1)</source>
        <translation>Le message tel qu'il apparaît, contenu distant bloqué (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="157" />
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="157" />
        <source>The plain-text part of the message (Ctrl+2)</source>
        <translation>La partie texte brut du message (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="158" />
        <location filename="../../inspector/gui/body_view.py" line="165" />
        <source>HTML source</source>
        <translation>Source HTML</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="158" />
        <source>The HTML as the sender wrote it, not rendered (Ctrl+3)</source>
        <translation>Le HTML tel que l'expéditeur l'a écrit, sans l'afficher (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="164" />
        <source>Message body (safe view)</source>
        <translation>Corps du message (vue sûre)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="167" />
        <source>Text only: the safe HTML view is not installed</source>
        <translation>Texte seul : la vue HTML sûre n'est pas installée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="204" />
        <source>(this message has no text)</source>
        <translation>(ce message n'a pas de texte)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="210" />
        <source>(this message has no HTML part)</source>
        <translation>(ce message n'a pas de partie HTML)</translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <location filename="../../inspector/gui/drop.py" line="191" />
        <source>Drop to inspect safely</source>
        <translation>Déposez pour examiner en toute sécurité</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="193" />
        <source>this item</source>
        <translation>cet élément</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="194" />
        <source>Not an email message: {names}</source>
        <translation>Pas un e-mail : {names}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="80" />
        <source>Drop a suspect email here</source>
        <translation>Déposez ici un e-mail suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="83" />
        <source>A .eml or .msg file, or a message dragged straight from your mail program. Nothing in it is loaded from the internet, so the sender cannot tell you looked.</source>
        <translation>Un fichier .eml ou .msg, ou un message glissé depuis votre messagerie. Rien n'est chargé depuis internet : l'expéditeur ne peut pas savoir que vous l'avez regardé.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="87" />
        <source>Open a message…</source>
        <translation>Ouvrir un message…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="88" />
        <source>Open a message file (Ctrl+O)</source>
        <translation>Ouvrir un fichier de message (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="89" />
        <location filename="../../inspector/gui/empty_state.py" line="90" />
        <source>Try a sample message</source>
        <translation>Essayer un message d'exemple</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="91" />
        <source>Recently opened</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="92" />
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
        <location filename="../../inspector/gui/export_menu.py" line="89" />
        <location filename="../../inspector/gui/export_menu.py" line="102" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="101" />
        <source>Could not save {name}: {reason}</source>
        <translation>Impossible d'enregistrer {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="110" />
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="88" />
        <source>Finding code</source>
        <translation>Code du constat</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="107" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="108" />
        <source>Copy exactly as written in the message</source>
        <translation>Copier exactement tel qu'écrit dans le message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="109" />
        <source>Copy {label}</source>
        <translation>Copier : {label}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="107" />
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
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
        <translation>Pistage à l'ouverture</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="135" />
        <source>Tracked links</source>
        <translation>Liens pistés</translation>
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
        <location filename="../../inspector/gui/findings_panel.py" line="181" />
        <source>No findings: nothing in this message tracks you or hides its sender.</source>
        <translation>Aucun constat : rien dans ce message ne vous piste ni ne cache son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="184" />
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
        <location filename="../../inspector/gui/main_window.py" line="136" />
        <source>Email Inspector</source>
        <translation>Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="137" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="138" />
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="139" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="141" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="142" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="143" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="145" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="146" />
        <source>Open the &amp;Sample Message</source>
        <translation>Ouvrir le message d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="147" />
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l'onglet</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="149" />
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="150" />
        <source>Copy &amp;IOCs (Defanged)</source>
        <translation>Copier les &amp;IOC (neutralisés)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="151" />
        <source>Copy IOCs (&amp;Plain)</source>
        <translation>Copier les IOC (&amp;bruts)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="152" />
        <source>&amp;Find in Headers</source>
        <translation>&amp;Rechercher dans les en-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="153" />
        <source>&amp;Next Finding</source>
        <translation>Constat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="154" />
        <source>P&amp;revious Finding</source>
        <translation>Constat &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="155" />
        <source>Next &amp;Tab</source>
        <translation>Onglet s&amp;uivant</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="156" />
        <source>Previous T&amp;ab</source>
        <translation>Onglet pr&amp;écédent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="157" />
        <source>&amp;About Email Inspector</source>
        <translation>À &amp;propos d'Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="158" />
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="159" />
        <source>Report as &amp;HTML…</source>
        <translation>Rapport en &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="160" />
        <source>Report as &amp;PDF…</source>
        <translation>Rapport en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="161" />
        <source>&amp;Evidence Bundle (zip)…</source>
        <translation>&amp;Dossier de preuves (zip)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="162" />
        <source>&amp;Indicators (defanged text)…</source>
        <translation>&amp;Indicateurs (texte désamorcé)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="163" />
        <source>Indicators as &amp;STIX 2.1…</source>
        <translation>Indicateurs en &amp;STIX 2.1…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>&amp;Rendered</source>
        <translation>&amp;Affiché</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>Plain &amp;Text</source>
        <translation>&amp;Texte brut</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>HTML &amp;Source</source>
        <translation>&amp;Source HTML</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>&amp;Attachments</source>
        <translation>&amp;Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>Message &amp;Source</source>
        <translation>&amp;Source du message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="171" />
        <source>Show {page}</source>
        <translation>Afficher {page}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="176" />
        <location filename="../../inspector/gui/main_window.py" line="188" />
        <source>Open messages</source>
        <translation>Ouvrir des messages</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="188" />
        <source>Email messages (*.eml *.msg);;All files (*)</source>
        <translation>Messages e-mail (*.eml *.msg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="195" />
        <source>Sample message</source>
        <translation>Message d'exemple</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="249" />
        <source>Not an email message, not opened: {names}</source>
        <translation>Pas un e-mail, non ouvert : {names}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="288" />
        <source>Safe view: {engine}</source>
        <translation>Vue sûre : {engine}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="319" />
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="320" />
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="321" />
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="322" />
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="328" />
        <source>Copied {n} indicators</source>
        <translation>{n} indicateurs copiés</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="352" />
        <source>About Email Inspector</source>
        <translation>À propos d'Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="353" />
        <source>Email Inspector {version}
Open suspect emails safely: nothing they contain is fetched.</source>
        <translation>Email Inspector {version}
Ouvrez les e-mails suspects en toute sécurité : rien de leur contenu n'est téléchargé.</translation>
    </message>
</context>
<context>
    <name>MessageTab</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="115" />
        <source>message in part {part}</source>
        <translation>message de la partie {part}</translation>
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
        <location filename="../../inspector/gui/received_timeline.py" line="76" />
        <source>Received chain</source>
        <translation>Chaîne Received</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="104" />
        <source>No Received headers</source>
        <translation>Aucun en-tête Received</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="125" />
        <source>(unknown host)</source>
        <translation>(hôte inconnu)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="134" />
        <source>→ {by}</source>
        <translation>→ {by}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="148" />
        <source>below: the recipient's own servers</source>
        <translation>en dessous : les serveurs du destinataire</translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="149" />
        <source>Shown name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="149" />
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="150" />
        <source>Real address</source>
        <translation>Adresse réelle</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="150" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="155" />
        <source>Replies go to</source>
        <translation>Les réponses vont à</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="157" />
        <source>Bounces go to</source>
        <translation>Les retours vont à</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="161" />
        <source> at {time}</source>
        <translation> le {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="162" />
        <source>Sent from</source>
        <translation>Envoyé depuis</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="174" />
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="179" />
        <source>Sender: {name} &lt;{address}&gt;</source>
        <translation>Expéditeur : {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="188" />
        <source>claimed by sender</source>
        <translation>affirmé par l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="190" />
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="80" />
        <source>Nothing suspicious found</source>
        <translation>Rien de suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="81" />
        <source>Nothing suspicious found, but opening it is recorded</source>
        <translation>Rien de suspect, mais son ouverture est enregistrée</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="82" />
        <source>This message would tell its sender that you read it</source>
        <translation>Ce message dirait à son expéditeur que vous l'avez lu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="83" />
        <source>Be careful with this message</source>
        <translation>Prudence avec ce message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="84" />
        <source>This message looks suspicious</source>
        <translation>Ce message semble suspect</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="85" />
        <source>This message is dangerous</source>
        <translation>Ce message est dangereux</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="93" />
        <source>Not tracked: opening it tells the sender nothing</source>
        <translation>Pas de pistage : l'ouvrir n'apprend rien à l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="94" />
        <source>Tracked: opening it would tell the sender that you read it</source>
        <translation>Pisté : l'ouvrir dirait à l'expéditeur que vous l'avez lu</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="96" />
        <source>Tracked personally: opening it would tell the sender that you read it, and who you are</source>
        <translation>Pisté personnellement : l'ouvrir dirait à l'expéditeur que vous l'avez lu, et qui vous êtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="123" />
        <source>What to do now:</source>
        <translation>Que faire maintenant :</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="126" />
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="126" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="127" />
        <source>Verdict: {headline}</source>
        <translation>Verdict : {headline}</translation>
    </message>
</context>
<context>
    <name>WebEngineView</name>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="250" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="254" />
        <source>Copy link address</source>
        <translation>Copier l'adresse du lien</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="255" />
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>_BusyPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="143" />
        <source>Analysing {name}…</source>
        <translation>Analyse de {name}…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="144" />
        <source>Analysing</source>
        <translation>Analyse en cours</translation>
    </message>
</context>
<context>
    <name>_Content</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="237" />
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="243" />
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="244" />
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="245" />
        <source>&amp;Attachments ({n})</source>
        <translation>&amp;Pièces jointes ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="246" />
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="250" />
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
</context>
<context>
    <name>_ErrorPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="175" />
        <source>{name} could not be opened</source>
        <translation>Impossible d'ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="183" />
        <source>There is no such file.</source>
        <translation>Ce fichier n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="184" />
        <source>This is a folder or a device, not a file.</source>
        <translation>C'est un dossier ou un périphérique, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="185" />
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>Le fichier n'a pas pu être lu (droits d'accès ou problème de disque).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="186" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="187" />
        <source>The file is larger than the 100 MB limit.</source>
        <translation>Le fichier dépasse la limite de 100 Mo.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="188" />
        <source>This is not an email message (.eml or Outlook .msg).</source>
        <translation>Ce n'est pas un e-mail (.eml ou .msg Outlook).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="189" />
        <source>This Outlook file is too damaged to read.</source>
        <translation>Ce fichier Outlook est trop endommagé pour être lu.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="190" />
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
</TS>