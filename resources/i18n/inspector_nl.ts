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
        <location filename="../../inspector/gui/body_view.py" line="156" />
        <source>Rendered</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="156" />
        <source>The message as it looks, with remote content blocked (Ctrl+1)</source>
        <translation>Het bericht zoals het eruitziet, externe inhoud geblokkeerd (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="157" />
        <source>Plain text</source>
        <translation>Platte tekst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="157" />
        <source>The plain-text part of the message (Ctrl+2)</source>
        <translation>Het platte-tekstdeel van het bericht (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="158" />
        <location filename="../../inspector/gui/body_view.py" line="165" />
        <source>HTML source</source>
        <translation>HTML-bron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="158" />
        <source>The HTML as the sender wrote it, not rendered (Ctrl+3)</source>
        <translation>De HTML zoals de afzender hem schreef, niet weergegeven (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="164" />
        <source>Message body (safe view)</source>
        <translation>Berichttekst (veilige weergave)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="167" />
        <source>Text only: the safe HTML view is not installed</source>
        <translation>Alleen tekst: de veilige HTML-weergave is niet geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="204" />
        <source>(this message has no text)</source>
        <translation>(dit bericht heeft geen tekst)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/body_view.py" line="210" />
        <source>(this message has no HTML part)</source>
        <translation>(dit bericht heeft geen HTML-deel)</translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <location filename="../../inspector/gui/drop.py" line="191" />
        <source>Drop to inspect safely</source>
        <translation>Loslaten om veilig te onderzoeken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="193" />
        <source>this item</source>
        <translation>dit item</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/drop.py" line="194" />
        <source>Not an email message: {names}</source>
        <translation>Geen e-mailbericht: {names}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="80" />
        <source>Drop a suspect email here</source>
        <translation>Sleep een verdachte e-mail hierheen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="83" />
        <source>A .eml or .msg file, or a message dragged straight from your mail program. Nothing in it is loaded from the internet, so the sender cannot tell you looked.</source>
        <translation>Een .eml- of .msg-bestand, of een bericht dat u rechtstreeks uit uw mailprogramma sleept. Er wordt niets van internet geladen, dus de afzender kan niet weten dat u het bekeek.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="87" />
        <source>Open a message…</source>
        <translation>Een bericht openen…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="88" />
        <source>Open a message file (Ctrl+O)</source>
        <translation>Een berichtbestand openen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="89" />
        <location filename="../../inspector/gui/empty_state.py" line="90" />
        <source>Try a sample message</source>
        <translation>Een voorbeeldbericht proberen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="91" />
        <source>Recently opened</source>
        <translation>Recent geopend</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/empty_state.py" line="92" />
        <source>Drop zone</source>
        <translation>Neerzetzone</translation>
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
        <location filename="../../inspector/gui/export_menu.py" line="89" />
        <location filename="../../inspector/gui/export_menu.py" line="102" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="101" />
        <source>Could not save {name}: {reason}</source>
        <translation>Kon {name} niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/export_menu.py" line="110" />
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="88" />
        <source>Finding code</source>
        <translation>Code van de bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="107" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="108" />
        <source>Copy exactly as written in the message</source>
        <translation>Exact kopiëren zoals in het bericht geschreven</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/finding_detail.py" line="109" />
        <source>Copy {label}</source>
        <translation>Kopiëren: {label}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="107" />
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
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
        <translation>Volgen bij het openen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="135" />
        <source>Tracked links</source>
        <translation>Gevolgde links</translation>
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
        <location filename="../../inspector/gui/findings_panel.py" line="181" />
        <source>No findings: nothing in this message tracks you or hides its sender.</source>
        <translation>Geen bevindingen: niets in dit bericht volgt u of verbergt de afzender.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/findings_panel.py" line="184" />
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
        <location filename="../../inspector/gui/main_window.py" line="136" />
        <source>Email Inspector</source>
        <translation>Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="137" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="138" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="139" />
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="141" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="142" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="143" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="145" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="146" />
        <source>Open the &amp;Sample Message</source>
        <translation>&amp;Voorbeeldbericht openen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="147" />
        <source>&amp;Close Tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="149" />
        <source>Clear the List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="150" />
        <source>Copy &amp;IOCs (Defanged)</source>
        <translation>&amp;IOC's kopiëren (onschadelijk)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="151" />
        <source>Copy IOCs (&amp;Plain)</source>
        <translation>IOC's kopiëren (&amp;ongewijzigd)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="152" />
        <source>&amp;Find in Headers</source>
        <translation>&amp;Zoeken in kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="153" />
        <source>&amp;Next Finding</source>
        <translation>&amp;Volgende bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="154" />
        <source>P&amp;revious Finding</source>
        <translation>Vo&amp;rige bevinding</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="155" />
        <source>Next &amp;Tab</source>
        <translation>Volgend &amp;tabblad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="156" />
        <source>Previous T&amp;ab</source>
        <translation>Vorig t&amp;abblad</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="157" />
        <source>&amp;About Email Inspector</source>
        <translation>&amp;Over Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="158" />
        <source>&amp;System Language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="159" />
        <source>Report as &amp;HTML…</source>
        <translation>Rapport als &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="160" />
        <source>Report as &amp;PDF…</source>
        <translation>Rapport als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="161" />
        <source>&amp;Evidence Bundle (zip)…</source>
        <translation>&amp;Bewijspakket (zip)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="162" />
        <source>&amp;Indicators (defanged text)…</source>
        <translation>&amp;Indicatoren (onschadelijke tekst)…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="163" />
        <source>Indicators as &amp;STIX 2.1…</source>
        <translation>Indicatoren als &amp;STIX 2.1…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>&amp;Rendered</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>Plain &amp;Text</source>
        <translation>Platte &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="166" />
        <source>HTML &amp;Source</source>
        <translation>HTML-&amp;bron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>&amp;Headers</source>
        <translation>&amp;Kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>&amp;Attachments</source>
        <translation>B&amp;ijlagen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="169" />
        <source>Message &amp;Source</source>
        <translation>Bericht&amp;bron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="171" />
        <source>Show {page}</source>
        <translation>{page} tonen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="176" />
        <location filename="../../inspector/gui/main_window.py" line="188" />
        <source>Open messages</source>
        <translation>Berichten openen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="188" />
        <source>Email messages (*.eml *.msg);;All files (*)</source>
        <translation>E-mailberichten (*.eml *.msg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="195" />
        <source>Sample message</source>
        <translation>Voorbeeldbericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="249" />
        <source>Not an email message, not opened: {names}</source>
        <translation>Geen e-mailbericht, niet geopend: {names}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="288" />
        <source>Safe view: {engine}</source>
        <translation>Veilige weergave: {engine}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="319" />
        <source>URLs</source>
        <translation>URL's</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="320" />
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="321" />
        <source>IP addresses</source>
        <translation>IP-adressen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="322" />
        <source>Email addresses</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="328" />
        <source>Copied {n} indicators</source>
        <translation>{n} indicatoren gekopieerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="352" />
        <source>About Email Inspector</source>
        <translation>Over Email Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/main_window.py" line="353" />
        <source>Email Inspector {version}
Open suspect emails safely: nothing they contain is fetched.</source>
        <translation>Email Inspector {version}
Open verdachte e-mails veilig: niets uit hun inhoud wordt opgehaald.</translation>
    </message>
</context>
<context>
    <name>MessageTab</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="115" />
        <source>message in part {part}</source>
        <translation>bericht in deel {part}</translation>
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
        <location filename="../../inspector/gui/received_timeline.py" line="76" />
        <source>Received chain</source>
        <translation>Received-keten</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="104" />
        <source>No Received headers</source>
        <translation>Geen Received-kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="125" />
        <source>(unknown host)</source>
        <translation>(onbekende host)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="134" />
        <source>→ {by}</source>
        <translation>→ {by}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/received_timeline.py" line="148" />
        <source>below: the recipient's own servers</source>
        <translation>hieronder: de eigen servers van de ontvanger</translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="149" />
        <source>Shown name</source>
        <translation>Getoonde naam</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="149" />
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="150" />
        <source>Real address</source>
        <translation>Werkelijk adres</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="150" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="155" />
        <source>Replies go to</source>
        <translation>Antwoorden gaan naar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="157" />
        <source>Bounces go to</source>
        <translation>Onbestelbare mail gaat naar</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="161" />
        <source> at {time}</source>
        <translation> op {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="162" />
        <source>Sent from</source>
        <translation>Verzonden vanaf</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="174" />
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="179" />
        <source>Sender: {name} &lt;{address}&gt;</source>
        <translation>Afzender: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="188" />
        <source>claimed by sender</source>
        <translation>bewering van de afzender</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/sender_card.py" line="190" />
        <source>not verified</source>
        <translation>niet geverifieerd</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="80" />
        <source>Nothing suspicious found</source>
        <translation>Niets verdachts gevonden</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="81" />
        <source>Nothing suspicious found, but opening it is recorded</source>
        <translation>Niets verdachts gevonden, maar het openen wordt geregistreerd</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="82" />
        <source>This message would tell its sender that you read it</source>
        <translation>Dit bericht zou de afzender vertellen dat u het las</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="83" />
        <source>Be careful with this message</source>
        <translation>Wees voorzichtig met dit bericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="84" />
        <source>This message looks suspicious</source>
        <translation>Dit bericht ziet er verdacht uit</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="85" />
        <source>This message is dangerous</source>
        <translation>Dit bericht is gevaarlijk</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="93" />
        <source>Not tracked: opening it tells the sender nothing</source>
        <translation>Niet gevolgd: openen vertelt de afzender niets</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="94" />
        <source>Tracked: opening it would tell the sender that you read it</source>
        <translation>Gevolgd: openen zou de afzender vertellen dat u het las</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="96" />
        <source>Tracked personally: opening it would tell the sender that you read it, and who you are</source>
        <translation>Persoonlijk gevolgd: openen zou de afzender vertellen dat u het las, en wie u bent</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="123" />
        <source>What to do now:</source>
        <translation>Wat nu te doen:</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="126" />
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="126" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/verdict_banner.py" line="127" />
        <source>Verdict: {headline}</source>
        <translation>Oordeel: {headline}</translation>
    </message>
</context>
<context>
    <name>WebEngineView</name>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="250" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="254" />
        <source>Copy link address</source>
        <translation>Linkadres kopiëren</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/webengine_view.py" line="255" />
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>_BusyPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="143" />
        <source>Analysing {name}…</source>
        <translation>{name} wordt geanalyseerd…</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="144" />
        <source>Analysing</source>
        <translation>Bezig met analyseren</translation>
    </message>
</context>
<context>
    <name>_Content</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="237" />
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="243" />
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="244" />
        <source>&amp;Headers</source>
        <translation>&amp;Kopregels</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="245" />
        <source>&amp;Attachments ({n})</source>
        <translation>B&amp;ijlagen ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="246" />
        <source>&amp;Source</source>
        <translation>B&amp;ron</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="250" />
        <source>Message details</source>
        <translation>Berichtdetails</translation>
    </message>
</context>
<context>
    <name>_ErrorPage</name>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="175" />
        <source>{name} could not be opened</source>
        <translation>{name} kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="183" />
        <source>There is no such file.</source>
        <translation>Dit bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="184" />
        <source>This is a folder or a device, not a file.</source>
        <translation>Dit is een map of apparaat, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="185" />
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>Het bestand kon niet worden gelezen (rechten of een schijfprobleem).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="186" />
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="187" />
        <source>The file is larger than the 100 MB limit.</source>
        <translation>Het bestand is groter dan de limiet van 100 MB.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="188" />
        <source>This is not an email message (.eml or Outlook .msg).</source>
        <translation>Dit is geen e-mailbericht (.eml of Outlook .msg).</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="189" />
        <source>This Outlook file is too damaged to read.</source>
        <translation>Dit Outlook-bestand is te beschadigd om te lezen.</translation>
    </message>
    <message>
        <location filename="../../inspector/gui/message_tab.py" line="190" />
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
</TS>