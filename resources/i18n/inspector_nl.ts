<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Declared type</source>
        <translation>Opgegeven type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Real type</source>
        <translation>Werkelijk type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="85" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="87" />
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="88" />
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="90" />
        <source>Save a copy (Ctrl+S). It is never opened or run, and no file is replaced.</source>
        <translation>Een kopie opslaan (Ctrl+S). Ze wordt nooit geopend of uitgevoerd en er wordt geen bestand vervangen.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="92" />
        <source>Open as message in a new tab</source>
        <translation>Als bericht openen in een nieuw tabblad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="93" />
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="94" />
        <source>Attachments are never opened here. Scan a saved copy before opening it anywhere.</source>
        <translation>Bijlagen worden hier nooit geopend. Laat een opgeslagen kopie scannen voor u ze ergens opent.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="95" />
        <source>This message has no attachments.</source>
        <translation>Dit bericht heeft geen bijlagen.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="108" />
        <source>(no name) part {part}</source>
        <translation>(geen naam) deel {part}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="111" />
        <source>Part {part}</source>
        <translation>Deel {part}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="114" />
        <source>really a .{ext} file</source>
        <translation>eigenlijk een .{ext}-bestand</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="117" />
        <source>The name hides its real extension (double extension or reversed text).</source>
        <translation>De naam verbergt de echte extensie (dubbele extensie of omgekeerde tekst).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="119" />
        <source>Shown inside the message (inline)</source>
        <translation>Getoond in het bericht (inline)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="125" />
        <source>The content does not match the declared type.</source>
        <translation>De inhoud komt niet overeen met het opgegeven type.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="158" />
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="171" />
        <source>Could not save: {error}</source>
        <translation>Opslaan mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="175" />
        <source>A file called {wanted} already exists; saved as {name} instead.</source>
        <translation>Er bestaat al een bestand {wanted}; opgeslagen als {name}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/attachments_panel.py" line="177" />
        <source>Saved as {name}. It has not been opened.</source>
        <translation>Opgeslagen als {name}. Het werd niet geopend.</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="168" />
        <source>Rendered</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="168" />
        <source>The message as it looks, with remote content blocked (Ctrl+1)</source>
        <translation>Het bericht zoals het eruitziet, externe inhoud geblokkeerd (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="169" />
        <source>Plain text</source>
        <translation>Platte tekst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="169" />
        <source>The plain-text part of the message (Ctrl+2)</source>
        <translation>Het platte-tekstdeel van het bericht (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="170" />
        <location filename="../../inspector/gui/body_view.py" line="178" />
        <source>HTML source</source>
        <translation>HTML-bron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="170" />
        <source>The HTML as the sender wrote it, not rendered (Ctrl+3)</source>
        <translation>De HTML zoals de afzender hem schreef, niet weergegeven (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="176" />
        <source>Message body (safe view)</source>
        <translation>Berichttekst (veilige weergave)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="180" />
        <source>Text only: the safe HTML view is not installed</source>
        <translation>Alleen tekst: de veilige HTML-weergave is niet geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="219" />
        <source>(this message has no text)</source>
        <translation>(dit bericht heeft geen tekst)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="225" />
        <source>(this message has no HTML part)</source>
        <translation>(dit bericht heeft geen HTML-deel)</translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <location filename="../../inspector/gui/drop.py" line="42" />
        <source>Not an email message, not opened: {names}</source>
        <translation>Geen e-mailbericht, niet geopend: {names}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="49" />
        <source>Outlook did not hand over these items; drag them one at a time: {names}</source>
        <translation>Outlook heeft deze items niet doorgegeven; sleep ze een voor een: {names}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="168" />
        <source>The clipboard is empty.</source>
        <translation>Het klembord is leeg.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="259" />
        <source>Drop to inspect safely</source>
        <translation>Loslaten om veilig te bekijken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="263" />
        <source>this item</source>
        <translation>dit item</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="264" />
        <source>Not an email message: {names}</source>
        <translation>Geen e-mailbericht: {names}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="82" />
        <source>Drop a suspect email here</source>
        <translation>Sleep een verdachte e-mail hierheen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="85" />
        <source>A .eml or .msg file, a mailbox or a folder, a message dragged straight from your mail program, or its source pasted with Ctrl+V. Nothing in it is loaded from the internet, so the sender cannot tell you looked.</source>
        <translation>Een .eml- of .msg-bestand, een mailbox of een map, een bericht dat u rechtstreeks uit uw mailprogramma sleept, of de bron ervan geplakt met Ctrl+V. Er wordt niets van het internet geladen, dus de afzender kan niet weten dat u het bekeek.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="90" />
        <source>Open a message…</source>
        <translation>Een bericht openen…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="91" />
        <source>Open a message file (Ctrl+O)</source>
        <translation>Een berichtbestand openen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="92" />
        <location filename="../../inspector/gui/empty_state.py" line="93" />
        <source>Try a sample message</source>
        <translation>Een voorbeeldbericht proberen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="94" />
        <source>Recently opened</source>
        <translation>Recent geopend</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="95" />
        <source>Drop zone</source>
        <translation>Sleepzone</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="20" />
        <source>HTML report (*.html)</source>
        <translation>HTML-rapport (*.html)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="21" />
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="22" />
        <source>Evidence bundle (*.zip)</source>
        <translation>Bewijspakket (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="23" />
        <source>Indicators, defanged (*.txt)</source>
        <translation>Indicatoren, onschadelijk gemaakt (*.txt)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="24" />
        <source>STIX 2.1 bundle (*.json)</source>
        <translation>STIX 2.1-bundel (*.json)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="25" />
        <source>MISP event (*.json)</source>
        <translation>MISP-gebeurtenis (*.json)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="108" />
        <location filename="../../inspector/gui/export_menu.py" line="124" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="129" />
        <source>Hide the recipient (address and name become [recipient])</source>
        <translation>De ontvanger verbergen (adres en naam worden [recipient])</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="107" />
        <source>Could not save {name}: {reason}</source>
        <translation>Kon {name} niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="116" />
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="118" />
        <location filename="../../inspector/gui/find_bar.py" line="119" />
        <source>Find in the message</source>
        <translation>Zoeken in het bericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="120" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige overeenkomst (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="121" />
        <source>Previous match</source>
        <translation>Vorige overeenkomst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="122" />
        <source>Next match (Enter)</source>
        <translation>Volgende overeenkomst (Enter)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="123" />
        <source>Next match</source>
        <translation>Volgende overeenkomst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="124" />
        <source>Close the find bar (Esc)</source>
        <translation>De zoekbalk sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="125" />
        <source>Close the find bar</source>
        <translation>De zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="170" />
        <source>No matches</source>
        <translation>Geen overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="172" />
        <source>{total} matches</source>
        <translation>{total} overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/find_bar.py" line="174" />
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="147" />
        <source>Finding code</source>
        <translation>Code van de bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="166" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="167" />
        <source>Copy exactly as written in the message</source>
        <translation>Exact kopiëren zoals in het bericht geschreven</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="168" />
        <source>Copy {label}</source>
        <translation>Kopiëren: {label}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="107" />
        <source>Sho&amp;w:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>All findings</source>
        <translation>Alle bevindingen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>Low and above</source>
        <translation>Laag en hoger</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>Medium and above</source>
        <translation>Middel en hoger</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="112" />
        <source>High only</source>
        <translation>Alleen hoog</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="116" />
        <source>Severity filter</source>
        <translation>Filter op ernst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="117" />
        <location filename="../../inspector/gui/findings_panel.py" line="122" />
        <source>Copy finding</source>
        <translation>Bevinding kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="118" />
        <source>Copy the selected finding as text (Ctrl+C)</source>
        <translation>De geselecteerde bevinding als tekst kopiëren (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="119" />
        <source>Copy IOCs</source>
        <translation>IOC's kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="120" />
        <source>Copy every URL, domain, IP and address, defanged (Ctrl+Shift+C)</source>
        <translation>Elke URL, elk domein, IP en adres onschadelijk gemaakt kopiëren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="121" />
        <source>Copy IOCs without defanging</source>
        <translation>IOC's kopiëren zonder ze onschadelijk te maken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="123" />
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="124" />
        <source>Finding details</source>
        <translation>Details van de bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="133" />
        <source>Attacks: could run code or steal your password</source>
        <translation>Aanvallen: kunnen een programma starten of uw wachtwoord stelen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="134" />
        <source>Tracking when you open it</source>
        <translation>Volgen wanneer u het opent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="135" />
        <source>Tracked links</source>
        <translation>Links die u volgen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="136" />
        <source>Read receipts</source>
        <translation>Leesbevestigingen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="137" />
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="138" />
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="139" />
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="140" />
        <source>Message structure</source>
        <translation>Berichtstructuur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="141" />
        <source>Technical notes (normal on most mail)</source>
        <translation>Technische opmerkingen (normaal bij de meeste e-mails)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="184" />
        <source>No findings: nothing in this message tracks you or hides its sender.</source>
        <translation>Geen bevindingen: niets in dit bericht volgt u of verbergt de afzender.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="187" />
        <source>Select a finding to see what it means and the evidence.</source>
        <translation>Selecteer een bevinding om te zien wat ze betekent en het bewijs.</translation>
    </message>
</context>
<context>
    <name>HeadersPanel</name>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="74" />
        <source>Search headers (Ctrl+F)</source>
        <translation>Kopregels doorzoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="75" />
        <source>Search headers</source>
        <translation>Kopregels doorzoeken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="76" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="76" />
        <source>Decoded value</source>
        <translation>Gedecodeerde waarde</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="76" />
        <source>As sent</source>
        <translation>Zoals verzonden</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="77" />
        <source>Headers</source>
        <translation>Kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="78" />
        <source>Selected header</source>
        <translation>Geselecteerde kopregel</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/headers_panel.py" line="79" />
        <source>Received chain</source>
        <translation>Received-keten</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../inspector/gui/help_view.py" line="71" />
        <source>Email Inspector Help</source>
        <translation>Hulp bij Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help_view.py" line="72" />
        <source>How to read a verdict</source>
        <translation>Hoe lees ik een oordeel?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/help_view.py" line="72" />
        <source>What should I do?</source>
        <translation>Wat moet ik doen?</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="36" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="38" />
        <source>This link leads to:</source>
        <translation>Deze link leidt naar:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="40" />
        <source>It was not opened. Links in suspect messages often carry a code that tells the sender who clicked.</source>
        <translation>Hij werd niet geopend. Links in verdachte berichten bevatten vaak een code die de afzender vertelt wie klikte.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="45" />
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="46" />
        <source>Copy defanged</source>
        <translation>Onschadelijk kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="49" />
        <source>Open in browser…</source>
        <translation>Openen in de browser…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="57" />
        <source>This is an email address, not a web page. It cannot be opened from here: a mail program would start a message the sender prepared (some even attach files). Copy the address if you need it.</source>
        <translation>Dit is een e-mailadres, geen webpagina. Het kan hier niet geopend worden: een e-mailprogramma zou een bericht beginnen dat de afzender heeft voorbereid (sommige voegen zelfs bestanden toe). Kopieer het adres als u het nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="62" />
        <source>Only web links (http and https) can be opened from here. Your computer would hand this one to another program, which could open a file share, send your Windows password hash or run a tool. Copy it if you need it.</source>
        <translation>Alleen weblinks (http en https) kunnen hier geopend worden. Uw computer zou deze link aan een ander programma doorgeven, dat een gedeelde map kan openen, de hash van uw Windows-wachtwoord kan versturen of een hulpprogramma kan starten. Kopieer hem als u hem nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="83" />
        <source>Open in your browser?</source>
        <translation>Openen in uw browser?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/link_dialog.py" line="87" />
        <source>Your browser will contact this site. The sender can then learn that you clicked, when, and your IP address. Open it only if you trust the message.</source>
        <translation>Uw browser zal deze site contacteren. De afzender kan dan te weten komen dat u klikte, wanneer, en uw IP-adres. Open hem alleen als u het bericht vertrouwt.</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="155" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="156" />
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="157" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="158" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="159" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="160" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="162" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="163" />
        <source>Open a &amp;Folder or Maildir…</source>
        <translation>Een &amp;map of Maildir openen…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="164" />
        <source>Open the &amp;Sample Message</source>
        <translation>&amp;Voorbeeldbericht openen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="165" />
        <source>&amp;Close Tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="167" />
        <source>Clear the List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="168" />
        <source>Copy &amp;IOCs (Defanged)</source>
        <translation>&amp;IOC's kopiëren (onschadelijk)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="174" />
        <source>&amp;Next Finding</source>
        <translation>&amp;Volgende bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="175" />
        <source>&amp;Previous Finding</source>
        <translation>V&amp;orige bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="176" />
        <source>Next Ta&amp;b</source>
        <translation>Volgend t&amp;abblad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="177" />
        <source>Pre&amp;vious Tab</source>
        <translation>Vorig tabb&amp;lad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="178" />
        <source>How to &amp;Read a Verdict</source>
        <translation>Hoe &amp;lees ik een oordeel?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="179" />
        <source>&amp;What Should I Do?</source>
        <translation>&amp;Wat moet ik doen?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="196" />
        <source>Show &amp;Message</source>
        <translation>&amp;Bericht tonen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="197" />
        <source>Show &amp;Headers</source>
        <translation>&amp;Kopregels tonen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="198" />
        <source>Show &amp;Attachments</source>
        <translation>B&amp;ijlagen tonen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="199" />
        <source>Show Message S&amp;ource</source>
        <translation>Berichtb&amp;ron tonen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="219" />
        <source>Messages and mailboxes (*.eml *.msg *.mbox *.mbx mbox);;Mailboxes (*.mbox *.mbx mbox);;All files (*)</source>
        <translation>Berichten en mailboxen (*.eml *.msg *.mbox *.mbx mbox);;Mailboxen (*.mbox *.mbx mbox);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="229" />
        <source>Open a folder of messages or a Maildir</source>
        <translation>Een map met berichten of een Maildir openen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="180" />
        <source>&amp;About Email Inspector</source>
        <translation>&amp;Over Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>Copy IOCs (P&amp;lain)</source>
        <translation>IOC's kopiëren (&amp;ongewijzigd)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="170" />
        <source>&amp;Paste Message</source>
        <translation>Bericht &amp;plakken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="171" />
        <source>&amp;Find in Message…</source>
        <translation>&amp;Zoeken in het bericht…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="172" />
        <source>Find in &amp;Headers</source>
        <translation>Zoeken in &amp;kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="173" />
        <source>&amp;Settings…</source>
        <translation>Instellin&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="181" />
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="182" />
        <source>&amp;System Language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="183" />
        <source>Report as &amp;HTML…</source>
        <translation>Rapport als &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="184" />
        <source>Report as &amp;PDF…</source>
        <translation>Rapport als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="185" />
        <source>&amp;Evidence Bundle (zip)…</source>
        <translation>&amp;Bewijspakket (zip)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="186" />
        <source>&amp;Indicators (defanged text)…</source>
        <translation>&amp;Indicatoren (onschadelijke tekst)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="187" />
        <source>Indicators as &amp;STIX 2.1…</source>
        <translation>Indicatoren als &amp;STIX 2.1…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="188" />
        <source>Indicators as &amp;MISP Event…</source>
        <translation>Indicatoren als &amp;MISP-gebeurtenis…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="191" />
        <source>&amp;Rendered</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="191" />
        <source>Plain &amp;Text</source>
        <translation>Platte &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="191" />
        <source>HTML &amp;Source</source>
        <translation>&amp;HTML-bron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="207" />
        <location filename="../../inspector/gui/main_window.py" line="221" />
        <source>Open messages</source>
        <translation>Berichten openen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="235" />
        <source>Sample message</source>
        <translation>Voorbeeldbericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="255" />
        <source>Already open: {name}</source>
        <translation>Al geopend: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="374" />
        <source>full</source>
        <translation>volledig</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="374" />
        <source>The message is shown by a locked-down browser engine</source>
        <translation>Het bericht wordt getoond door een afgeschermde browsermotor</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="376" />
        <source>light</source>
        <translation>eenvoudig</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="377" />
        <source>The message is shown by Qt's simple text view: some layouts look plainer</source>
        <translation>Het bericht wordt getoond in de eenvoudige tekstweergave van Qt: sommige opmaak ziet er soberder uit</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="380" />
        <source>text only</source>
        <translation>alleen tekst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="380" />
        <source>Only the message's text is shown</source>
        <translation>Alleen de tekst van het bericht wordt getoond</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="381" />
        <source>Safe view: {engine}</source>
        <translation>Veilige weergave: {engine}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="418" />
        <source>URLs</source>
        <translation>URL's</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="419" />
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="420" />
        <source>IP addresses</source>
        <translation>IP-adressen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="421" />
        <source>Email addresses</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="429" />
        <source>Copied {n} indicators</source>
        <translation>{n} indicatoren gekopieerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="473" />
        <source>About Email Inspector</source>
        <translation>Over Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="474" />
        <source>Email Inspector {version}
Open suspect emails safely: nothing they contain is fetched.</source>
        <translation>Email Inspector {version}
Open verdachte e-mails veilig: niets uit hun inhoud wordt opgehaald.</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="180" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="181" />
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="182" />
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="183" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="184" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="185" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="186" />
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="210" />
        <source>{id} ({size} messages)</source>
        <translation>{id} ({size} berichten)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="212" />
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="214" />
        <source>Not analysed</source>
        <translation>Niet geanalyseerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="246" />
        <source>Shares with the other messages of {id}: {shared}</source>
        <translation>Deelt met de andere berichten van {id}: {shared}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="259" />
        <source>Clean</source>
        <translation>Niets verdachts</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="260" />
        <location filename="../../inspector/gui/message_list_model.py" line="273" />
        <source>Tracked</source>
        <translation>Gevolgd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="261" />
        <source>Targeted</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="262" />
        <source>Caution</source>
        <translation>Voorzichtig</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="263" />
        <source>Suspicious</source>
        <translation>Verdacht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="264" />
        <source>Dangerous</source>
        <translation>Gevaarlijk</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="268" />
        <source>None found</source>
        <translation>Geen gevonden</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="272" />
        <source>Not tracked</source>
        <translation>Niet gevolgd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list_model.py" line="274" />
        <source>Tracked personally</source>
        <translation>Persoonlijk gevolgd</translation>
    </message>
</context>
<context>
    <name>MessageListTab</name>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="176" />
        <source>%v of %m analysed</source>
        <translation>%v van %m geanalyseerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="192" />
        <source>{n} not analysed</source>
        <translation>{n} niet geanalyseerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="195" />
        <source>{n} campaigns</source>
        <translation>{n} campagnes</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="198" />
        <source>{n} messages</source>
        <translation>{n} berichten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="200" />
        <source>{shown} of {n} messages shown</source>
        <translation>{shown} van {n} berichten getoond</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="207" />
        <source>There are no messages here: no .eml, .msg, mbox or Maildir messages in this folder.</source>
        <translation>Er zijn hier geen berichten: geen .eml-, .msg-, mbox- of Maildir-berichten in deze map.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="209" />
        <source>This folder or file does not exist (any more).</source>
        <translation>Deze map of dit bestand bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="210" />
        <source>The list could not be completed; the messages shown can still be opened.</source>
        <translation>De lijst kon niet worden voltooid; de getoonde berichten kunnen nog worden geopend.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="250" />
        <source>Filter by sender, subject, date or campaign</source>
        <translation>Filteren op afzender, onderwerp, datum of campagne</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="251" />
        <source>Filter the messages</source>
        <translation>De berichten filteren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="253" />
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="254" />
        <source>Dangerous</source>
        <translation>Gevaarlijk</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="255" />
        <source>Suspicious or worse</source>
        <translation>Verdacht of erger</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="256" />
        <source>Caution or worse</source>
        <translation>Voorzichtig of erger</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="257" />
        <source>Tracked</source>
        <translation>Gevolgd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="258" />
        <source>Clean</source>
        <translation>Niets verdachts</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="259" />
        <source>Not analysed</source>
        <translation>Niet geanalyseerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="263" />
        <source>Show messages with this verdict</source>
        <translation>Berichten met dit oordeel tonen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="264" />
        <source>Messages in {name}</source>
        <translation>Berichten in {name}</translation>
    </message>
</context>
<context>
    <name>MessageTab</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="81" />
        <source>Pasted message</source>
        <translation>Geplakt bericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="138" />
        <source>message in part {part}</source>
        <translation>bericht in deel {part}</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../inspector/gui/drop.py" line="171" />
        <source>The clipboard holds nothing that could be a message.</source>
        <translation>Het klembord bevat niets dat een bericht kan zijn.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/paste.py" line="17" />
        <source>This text is not an email message: paste a whole message or its headers (“Show original” or “View source” in the mail program).</source>
        <translation>Deze tekst is geen e-mailbericht: plak een volledig bericht of de kopregels ervan (‘Origineel weergeven’ of ‘Bron weergeven’ in het e-mailprogramma).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/paste.py" line="36" />
        <source>There is no text to open.</source>
        <translation>Er is geen tekst om te openen.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/paste.py" line="38" />
        <source>The text is larger than the 100 MB limit.</source>
        <translation>De tekst is groter dan de limiet van 100 MB.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../inspector/gui/print_report.py" line="40" />
        <source>Print the report</source>
        <translation>Het rapport afdrukken</translation>
    </message>
</context>
<context>
    <name>RawPanel</name>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="74" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="75" />
        <source>MIME structure</source>
        <translation>MIME-structuur</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="76" />
        <source>Message source</source>
        <translation>Berichtbron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/raw_panel.py" line="82" />
        <source>[… source cut at {size} for display; the analysis read all of it]</source>
        <translation>[… bron ingekort tot {size} voor de weergave; de analyse las alles]</translation>
    </message>
</context>
<context>
    <name>ReceivedTimeline</name>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="77" />
        <source>Received chain</source>
        <translation>Received-keten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="105" />
        <source>No Received headers</source>
        <translation>Geen Received-kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="126" />
        <source>(unknown host)</source>
        <translation>(onbekende host)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="135" />
        <source>→ {by}</source>
        <translation>→ {by}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="151" />
        <source>below: the recipient's own servers</source>
        <translation>hieronder: de eigen servers van de ontvanger</translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="91" />
        <source>Shown name</source>
        <translation>Getoonde naam</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="91" />
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="60" />
        <location filename="../../inspector/gui/sender_card.py" line="89" />
        <location filename="../../inspector/gui/sender_card.py" line="92" />
        <source>Real address</source>
        <translation>Werkelijk adres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="62" />
        <location filename="../../inspector/gui/sender_card.py" line="205" />
        <source>⚠ looks like {domain}</source>
        <translation>⚠ lijkt op {domain}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="77" />
        <source> (server {server})</source>
        <translation> (server {server})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="79" />
        <source>Sent through {real} for {claimed}</source>
        <translation>Verstuurd via {real} voor {claimed}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="80" />
        <source>Claims to be {claimed} — really sent by {real}</source>
        <translation>Doet zich voor als {claimed} — in werkelijkheid verstuurd door {real}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="87" />
        <source> (the one mail programs show)</source>
        <translation> (die uw mailprogramma toont)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="88" />
        <source>From line {n}</source>
        <translation>From-regel {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="89" />
        <location filename="../../inspector/gui/sender_card.py" line="92" />
        <location filename="../../inspector/gui/sender_card.py" line="179" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="94" />
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="96" />
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="100" />
        <source>Replies go to</source>
        <translation>Antwoorden naar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="102" />
        <source>Bounces go to</source>
        <translation>Onbestelbaar naar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="106" />
        <source> at {time}</source>
        <translation> op {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="107" />
        <source>Sent from</source>
        <translation>Verzonden vanaf</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="113" />
        <source> and {n} more</source>
        <translation> en nog {n}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="124" />
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="140" />
        <source>not the sender's domain</source>
        <translation>niet het domein van de afzender</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="168" />
        <source>SPF: was the server that delivered it allowed to send mail for the domain it named?</source>
        <translation>SPF: mocht de server die het afleverde mail versturen voor het domein dat hij opgaf?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="170" />
        <source>DKIM: a digital signature by a domain. A valid one proves that domain sent the message and that it was not changed since.</source>
        <translation>DKIM: een digitale handtekening van een domein. Is ze geldig, dan heeft dat domein het bericht verstuurd en werd het sindsdien niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="174" />
        <source>DMARC: does the sender's domain shown in From agree with SPF or DKIM? The domain's owner says what to do when it does not.</source>
        <translation>DMARC: klopt het domein van de afzender in From met SPF of DKIM? De eigenaar van het domein bepaalt wat er moet gebeuren als dat niet zo is.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="181" />
        <source>Not checked: this proves nothing either way.</source>
        <translation>Niet gecontroleerd: dit bewijst niets, in de ene noch de andere richting.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="183" />
        <source>Written by the sender's side, not by your mail server: it proves nothing.</source>
        <translation>Geschreven aan de kant van de afzender, niet door uw mailserver: dit bewijst niets.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="185" />
        <source>Nobody could tell whether your mail server wrote this result: it proves little.</source>
        <translation>Niet te zeggen of uw mailserver dit resultaat schreef: het bewijst weinig.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="187" />
        <source>Your mail server checked it and it failed.</source>
        <translation>Uw mailserver heeft het gecontroleerd: mislukt.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="189" />
        <source>Your mail server checked it: it passed for the sender's own domain ({domain}).</source>
        <translation>Uw mailserver heeft het gecontroleerd: in orde voor het eigen domein van de afzender ({domain}).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="193" />
        <source>It passed, but for {domain}, not for the sender's domain {sender}.</source>
        <translation>In orde, maar voor {domain}, niet voor het domein van de afzender, {sender}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="197" />
        <source>Result: {result}.</source>
        <translation>Resultaat: {result}.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="68" />
        <source>Sender: {name} &lt;{address}&gt;</source>
        <translation>Afzender: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="136" />
        <source>claimed by sender</source>
        <translation>volgens de afzender zelf</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="138" />
        <source>not verified</source>
        <translation>niet geverifieerd</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="84" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="85" />
        <source>Your organisation's mail &amp;domains:</source>
        <translation>&amp;Maildomeinen van uw organisatie:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="87" />
        <source>For example parliament.example, comma-separated. Look-alikes of these are flagged.</source>
        <translation>Bijvoorbeeld parlement.example, gescheiden door komma's. Namaakdomeinen hiervan worden gemeld.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="89" />
        <source>Your mail &amp;servers (authserv-ids):</source>
        <translation>Uw mail&amp;servers (authserv-id's):</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="92" />
        <source>The names your own mail servers write in Authentication-Results, e.g. mx.parliament.example. Empty: found from the Received lines.</source>
        <translation>De namen die uw eigen mailservers in Authentication-Results schrijven, bv. mx.parlement.example. Leeg: afgeleid uit de Received-regels.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="96" />
        <source>&amp;Remember senders, to warn when someone writes for the first time</source>
        <translation>Afzenders &amp;onthouden, om te waarschuwen als iemand u voor het eerst schrijft</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="97" />
        <source>Only addresses and counts are kept, on this computer; no message text.</source>
        <translation>Alleen adressen en aantallen worden bewaard, op deze computer; geen berichttekst.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="98" />
        <source>History &amp;folder:</source>
        <translation>Map voor de &amp;geschiedenis:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="100" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="101" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="102" />
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="105" />
        <source>What you set here wins over the environment variables ({variables}); an empty field keeps their value. The command line has the same settings as options (email-inspector scan --help).</source>
        <translation>Wat u hier instelt, gaat voor op de omgevingsvariabelen ({variables}); een leeg veld behoudt hun waarde. De opdrachtregel heeft dezelfde instellingen als opties (email-inspector scan --help).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="109" />
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="109" />
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="111" />
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="117" />
        <source>from {variable}: {value}</source>
        <translation>uit {variable}: {value}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="119" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/settings_dialog.py" line="139" />
        <source>Sender history folder</source>
        <translation>Map voor de afzendersgeschiedenis</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="81" />
        <source>Nothing suspicious found</source>
        <translation>Niets verdachts gevonden</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="82" />
        <source>Nothing suspicious found, but opening it is recorded</source>
        <translation>Niets verdachts gevonden, maar het openen wordt geregistreerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="83" />
        <source>This message would tell its sender that you read it</source>
        <translation>Dit bericht laat de afzender weten dat u het gelezen hebt</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="84" />
        <source>Be careful with this message</source>
        <translation>Wees voorzichtig met dit bericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="85" />
        <source>This message looks suspicious</source>
        <translation>Dit bericht ziet er verdacht uit</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="86" />
        <source>This message is dangerous</source>
        <translation>Dit bericht is gevaarlijk</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="94" />
        <source>Not tracked: opening it tells the sender nothing</source>
        <translation>Niet gevolgd: de afzender merkt niets als u het opent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="95" />
        <source>Tracked: opening it would tell the sender that you read it</source>
        <translation>Gevolgd: als u het opent, weet de afzender dat u het gelezen hebt</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="97" />
        <source>Tracked personally: opening it would tell the sender that you read it, and who you are</source>
        <translation>Persoonlijk gevolgd: als u het opent, weet de afzender dat u het gelezen hebt, en wie u bent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="124" />
        <source>What to do now:</source>
        <translation>Wat doet u nu best?</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="127" />
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="127" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="128" />
        <source>Verdict: {headline}</source>
        <translation>Oordeel: {headline}</translation>
    </message>
</context>
<context>
    <name>WebEngineView</name>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="256" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="260" />
        <source>Copy link address</source>
        <translation>Linkadres kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="261" />
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>_BusyPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="166" />
        <source>Analysing {name}…</source>
        <translation>{name} wordt geanalyseerd…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="167" />
        <source>Analysing</source>
        <translation>Bezig met analyseren</translation>
    </message>
</context>
<context>
    <name>_Content</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="264" />
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="270" />
        <source>&amp;Message</source>
        <translation>Ber&amp;icht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="271" />
        <source>Hea&amp;ders</source>
        <translation>&amp;Kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="273" />
        <source>Sour&amp;ce</source>
        <translation>B&amp;ron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="272" />
        <source>&amp;Attachments ({n})</source>
        <translation>Bij&amp;lagen ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="277" />
        <source>Message details</source>
        <translation>Berichtdetails</translation>
    </message>
</context>
<context>
    <name>_ErrorPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="198" />
        <source>{name} could not be opened</source>
        <translation>{name} kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="206" />
        <source>There is no such file.</source>
        <translation>Dit bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="207" />
        <source>This is a folder or a device, not a file.</source>
        <translation>Dit is een map of apparaat, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="208" />
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>Het bestand kon niet worden gelezen (rechten of een schijfprobleem).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="209" />
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="210" />
        <source>The file is larger than the 100 MB limit.</source>
        <translation>Het bestand is groter dan de limiet van 100 MB.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="211" />
        <source>This is not an email message (.eml or Outlook .msg).</source>
        <translation>Dit is geen e-mailbericht (.eml of Outlook .msg).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="212" />
        <source>This Outlook file is too damaged to read.</source>
        <translation>Dit Outlook-bestand is te beschadigd om te lezen.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="213" />
        <source>The message is nested too deeply to read.</source>
        <translation>Het bericht is te diep genest om te lezen.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../inspector/gui/app.py" line="43" />
        <source>Something went wrong inside Email Inspector.</source>
        <translation>Er ging iets mis in Email Inspector.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/app.py" line="45" />
        <source>The window stays open; the message you were looking at is unchanged.</source>
        <translation>Het venster blijft open; het bericht dat u bekeek is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>font_check</name>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="82" />
        <source>Chinese, Japanese or Korean</source>
        <translation>Chinees, Japans of Koreaans</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="83" />
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="84" />
        <source>other scripts or symbols</source>
        <translation>andere schriften of symbolen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="90" />
        <source>Some text ({missing}) shows as boxes: no installed font has it. Install the fonts: {fix}</source>
        <translation>Een deel van de tekst ({missing}) verschijnt als vierkantjes: geen enkel geïnstalleerd lettertype bevat die tekens. Installeer de lettertypen: {fix}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="95" />
        <source>Some text ({missing}) shows as boxes: no installed font has it. Open Font Book and download the fonts for that language.</source>
        <translation>Een deel van de tekst ({missing}) verschijnt als vierkantjes: geen enkel geïnstalleerd lettertype bevat die tekens. Open Lettertypecatalogus en download de lettertypen voor die taal.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/font_check.py" line="100" />
        <source>Some text ({missing}) shows as boxes: no installed font has it. Add the language in Settings › Time &amp; language › Language &amp; region: Windows then installs its fonts.</source>
        <translation>Een deel van de tekst ({missing}) verschijnt als vierkantjes: geen enkel geïnstalleerd lettertype bevat die tekens. Voeg de taal toe via Instellingen › Tijd en taal › Taal en regio: Windows installeert dan de lettertypen.</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="218" />
        <source>Not analysed</source>
        <translation>Niet geanalyseerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_list.py" line="218" />
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
</context>
</TS>