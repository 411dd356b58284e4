<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="73" />
      <source>Part of the analysis could not run</source>
      <translation>Een deel van de analyse kon niet worden uitgevoerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="74" />
      <source>One of the checks stopped on something unexpected in this message, so the report may be incomplete. The other checks ran normally.</source>
      <translation>Een van de controles stopte bij iets onverwachts in dit bericht, dus het rapport kan onvolledig zijn. De andere controles liepen normaal.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="360" />
      <source>same name under another ending</source>
      <translation>dezelfde naam met een andere extensie</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="362" />
      <source>look-alike characters</source>
      <translation>gelijkende tekens</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="364" />
      <source>look-alike letter combination</source>
      <translation>gelijkende lettercombinatie</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="367" />
      <source>one letter different</source>
      <translation>één letter verschil</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="369" />
      <source>the name and its ending joined into one name</source>
      <translation>de naam en zijn extensie samengevoegd tot één naam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="487" />
      <source>the real domain followed by a hyphen or dot into another domain</source>
      <translation>het echte domein gevolgd door een koppelteken of punt dat naar een ander domein leidt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="491" />
      <source>the name with a word added</source>
      <translation>de naam met een extra woord</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="495" />
      <source>the name used as a subdomain of another domain</source>
      <translation>de naam gebruikt als subdomein van een ander domein</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="497" />
      <source>the name glued to other letters in another domain</source>
      <translation>de naam vastgeplakt aan andere letters in een ander domein</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/mime_refs.py" line="96" />
      <source>Part {part} is a message/external-body part: instead of its content it names {url} (access type {access}). An image in the message body points at this part (cid:), so a mail program that follows external bodies fetches it as soon as the message is shown, telling {host} that you opened it. The safe view does not follow it.</source>
      <translation>Deel {part} is een message/external-body-deel: in plaats van de inhoud noemt het {url} (toegangstype {access}). Een afbeelding in de berichttekst verwijst naar dit deel (cid:), dus een e-mailprogramma dat externe inhoud volgt, haalt het op zodra het bericht wordt getoond en laat {host} weten dat u het hebt geopend. De veilige weergave volgt het niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/mime_refs.py" line="107" />
      <source>Part {part} is a message/external-body part: instead of its content it names {url} (access type {access}). A mail program that shows the part, or offers to get it, contacts {host}. The safe view does not follow it.</source>
      <translation>Deel {part} is een message/external-body-deel: in plaats van de inhoud noemt het {url} (toegangstype {access}). Een e-mailprogramma dat dit deel toont of aanbiedt het op te halen, maakt verbinding met {host}. De veilige weergave volgt het niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/mime_refs.py" line="120" />
      <source>A part of the message is fetched from {host}</source>
      <translation>Een deel van het bericht wordt opgehaald van {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="152" />
      <source>One of the recipient's own domains.</source>
      <translation>Een van de eigen domeinen van de ontvanger.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="156" />
      <source>A real domain of {brand}, which this message imitates.</source>
      <translation>Een echt domein van {brand}, dat dit bericht nabootst.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="158" />
      <source>A standard's reference (a namespace or schema), not a sender's server.</source>
      <translation>Een verwijzing naar een standaard (een naamruimte of schema), geen server van de afzender.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="160" />
      <source>A service anyone can use: blocking it would block everyone, not this attacker.</source>
      <translation>Een dienst die iedereen kan gebruiken: hem blokkeren zou iedereen blokkeren, niet deze aanvaller.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="163" />
      <source>A real domain of {brand}: that organisation's own site, not the attacker's.</source>
      <translation>Een echt domein van {brand}: de eigen site van die organisatie, niet die van de aanvaller.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="200" />
      <source>A link or resource of a message judged suspicious or dangerous: where it leads is the lure.</source>
      <translation>Een link of bron van een bericht dat verdacht of gevaarlijk werd bevonden: waar die naartoe leidt, is het lokaas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="206" />
      <source>Part of a message not judged suspicious: listed for reference, not to block.</source>
      <translation>Onderdeel van een bericht dat niet verdacht werd bevonden: vermeld ter informatie, niet om te blokkeren.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="216" />
      <source>The address of the reader of this message.</source>
      <translation>Het adres van de lezer van dit bericht.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="245" />
      <source>A server that sent this message, before it reached the recipient's side.</source>
      <translation>Een server die dit bericht heeft verstuurd, voordat het de kant van de ontvanger bereikte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="145" />
      <source>Flagged by the analysis: {title}</source>
      <translation>Gemeld door de analyse: {title}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="191" />
      <source>The destination written inside a redirecting link of this message.</source>
      <translation>De bestemming die in een doorverwijzende link van dit bericht staat.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="228" />
      <source>The sender's address of a message judged suspicious or dangerous.</source>
      <translation>Het adres van de afzender van een bericht dat verdacht of gevaarlijk werd bevonden.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="237" />
      <source>The mail program's project page, named in X-Mailer.</source>
      <translation>De projectpagina van het mailprogramma, vermeld in X-Mailer.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="250" />
      <source>Received header, hop {hop}</source>
      <translation>Received-header, stap {hop}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="260" />
      <source>A server of the recipient's side that relayed this message.</source>
      <translation>Een server aan de kant van de ontvanger die dit bericht heeft doorgegeven.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="62" />
      <source>named by the finding</source>
      <translation>vermeld in de vaststelling</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="266" />
      <source>Received header: where the message entered the recipient's side</source>
      <translation>Received-header: waar het bericht de kant van de ontvanger binnenkwam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="294" />
      <source>An attachment of a message judged suspicious or dangerous, or flagged itself.</source>
      <translation>Een bijlage van een bericht dat verdacht of gevaarlijk werd bevonden, of die zelf werd gemeld.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="213" />
      <source>The {header} address of a message judged suspicious or dangerous.</source>
      <translation>Het {header}-adres van een bericht dat verdacht of gevaarlijk werd bevonden.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="292" />
      <source>part {part}</source>
      <translation>deel {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="184" />
      <source>plain-text body, part {part}</source>
      <translation>tekstinhoud zonder opmaak, deel {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="89" />
      <source>Malformed message structure in part {part}</source>
      <translation>Misvormde berichtstructuur in deel {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="90" />
      <source>The message does not follow the email format rules here. Mail programs may show it differently from one another, which senders of spam and phishing sometimes use to slip content past filters. The analysis read it as well as it could.</source>
      <translation>Het bericht volgt hier de regels van het e-mailformaat niet. E-mailprogramma's kunnen het elk anders tonen, wat afzenders van spam en phishing soms gebruiken om inhoud langs filters te smokkelen. De analyse heeft het zo goed mogelijk gelezen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="50" />
      <source>Text in part {part} was decoded with a fallback character set</source>
      <translation>Tekst in deel {part} werd gedecodeerd met een reservetekenset</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="51" />
      <source>The message declares its text encoding wrongly or not at all, so some characters may show incorrectly. Badly labelled encodings are common in bulk and spam mail.</source>
      <translation>Het bericht geeft zijn tekstcodering verkeerd of helemaal niet op, dus sommige tekens kunnen verkeerd getoond worden. Slecht aangeduide coderingen komen vaak voor in massamail en spam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="63" />
      <source>Part {part} could not be read</source>
      <translation>Deel {part} kon niet gelezen worden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="64" />
      <source>Part of this message could not be decoded or was skipped because it is built in an abnormal way. Its content was not analysed; be careful with it.</source>
      <translation>Een deel van dit bericht kon niet gedecodeerd worden of werd overgeslagen omdat het op een abnormale manier is opgebouwd. De inhoud ervan werd niet geanalyseerd; wees er voorzichtig mee.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="76" />
      <source>Part {part} was only partly analysed</source>
      <translation>Deel {part} werd maar gedeeltelijk geanalyseerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="77" />
      <source>Part of this message is far larger than real mail needs, a common way to exhaust or slip past filters. Only its beginning was analysed (and shown); the rest was skipped. Be careful with it.</source>
      <translation>Een deel van dit bericht is veel groter dan echte e-mail nodig heeft, een gekende manier om filters uit te putten of erlangs te glippen. Alleen het begin ervan werd geanalyseerd (en getoond); de rest werd overgeslagen. Wees er voorzichtig mee.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/repeats.py" line="75" />
      <source>(and {count} more on this host)</source>
      <translation>(en nog {count} op deze server)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="41" />
      <source>The sending server was not authorised (SPF {result})</source>
      <translation>De verzendende server was niet gemachtigd (SPF {result})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="42" />
      <source>Your mail server found that the server which delivered this is not listed by {domain} as allowed to send its mail. Note that SPF checks the hidden bounce address, not the From you see.</source>
      <translation>Uw mailserver stelde vast dat de server die dit bericht afleverde niet door {domain} is opgegeven als server die zijn mail mag versturen. Let op: SPF controleert het verborgen retouradres, niet de afzender (From) die u ziet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="47" />
      <source>forwarding and mailing lists break these checks for genuine mail; 'softfail' is common on legitimate mail.</source>
      <translation>doorsturen en mailinglijsten doen deze controles mislukken bij echte mail; 'softfail' komt vaak voor bij legitieme mail.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="68" />
      <source>A digital signature on the message is broken</source>
      <translation>Een digitale handtekening op het bericht is ongeldig</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="75" />
      <source>forwarding and mailing lists break these checks for genuine mail, and one of several signatures failing is common.</source>
      <translation>doorsturen en mailinglijsten doen deze controles mislukken bij echte mail, en het komt vaak voor dat één van meerdere handtekeningen faalt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="94" />
      <source>The sender's domain did not authorise this message (DMARC fail)</source>
      <translation>Het domein van de afzender heeft dit bericht niet toegestaan (DMARC fail)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="95" />
      <source>Your mail server checked the From domain {domain} and found that the message was neither sent by a server it allows nor signed by it. This is how forged sender addresses are caught.</source>
      <translation>Uw mailserver controleerde het afzenderdomein {domain} en stelde vast dat het bericht niet verstuurd werd door een server die het toestaat, en ook niet door het domein ondertekend werd. Zo worden vervalste afzenderadressen ontdekt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="100" />
      <source>mailing lists and forwarding can cause it, delivery reports (bounces) often fail it, and some domains publish their policy wrongly.</source>
      <translation>mailinglijsten en doorsturen kunnen het veroorzaken, onbestelbaarheidsberichten (bounces) zakken er vaak voor, en sommige domeinen publiceren hun beleid verkeerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="181" />
      <source>written in the name of {server}, it reports a valid signature of {domains}, but the message carries no signature of {domains}</source>
      <translation>op naam van {server} meldt het een geldige handtekening van {domains}, maar het bericht draagt geen handtekening van {domains}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="190" />
      <source>it is written in the name of your mail server ({server}) but sits under the line your server added when the message came in, among the lines the message arrived with</source>
      <translation>het draagt de naam van uw mailserver ({server}) maar staat onder de regel die uw server toevoegde toen het bericht binnenkwam, tussen de regels waarmee het bericht aankwam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="213" />
      <source>A fake authentication stamp</source>
      <translation>Een valse authenticatiestempel</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="214" />
      <source>The message carries an authentication result that your own mail server did not write: {reasons}. Anyone can write such a line to make a message look checked.</source>
      <translation>Het bericht bevat een authenticatieresultaat dat uw eigen mailserver niet heeft geschreven: {reasons}. Iedereen kan zo'n regel toevoegen om een bericht gecontroleerd te laten lijken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="254" />
      <source>Signed, but by another domain</source>
      <translation>Ondertekend, maar door een ander domein</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="255" />
      <source>The message carries a valid-looking signature from {signers}, which is not the sender's domain {domain}. A signature proves only who signed, not who the From line names.</source>
      <translation>Het bericht draagt een geldig ogende handtekening van {signers}, wat niet het domein van de afzender {domain} is. Een handtekening bewijst alleen wie ondertekende, niet wie de From-regel noemt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="261" />
      <source>newsletter and mailing services often sign with their own domain for their customers.</source>
      <translation>nieuwsbrief- en maildiensten ondertekenen vaak met hun eigen domein voor hun klanten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="275" />
      <source>Your mail server verified the signature on arrival, so the change happened afterwards (Microsoft 365 and archiving re-encode messages).</source>
      <translation>Uw mailserver heeft de handtekening bij aankomst gecontroleerd, dus de wijziging gebeurde daarna (Microsoft 365 en archivering coderen berichten opnieuw).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="287" />
      <source>The text changed after it was signed</source>
      <translation>De tekst is gewijzigd nadat hij ondertekend werd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="289" />
      <source>mail servers, virus scanners, disclaimers and mailing lists change messages on the way.</source>
      <translation>mailservers, virusscanners, disclaimers en mailinglijsten wijzigen berichten onderweg.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="336" />
      <source>Only the start of the text is signed</source>
      <translation>Alleen het begin van de tekst is ondertekend</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="337" />
      <source>The signature covers the first {signed} bytes of the text; {extra} more bytes follow that anyone could have appended.</source>
      <translation>De handtekening dekt de eerste {signed} bytes van de tekst; daarna volgen nog {extra} bytes die iedereen kan hebben toegevoegd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="343" />
      <source>old mailing-list setups signed this way so lists could add footers.</source>
      <translation>oudere mailinglijstopstellingen ondertekenden zo, zodat lijsten een voettekst konden toevoegen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="356" />
      <source>The signature's dates do not fit the delivery time</source>
      <translation>De datums van de handtekening passen niet bij het tijdstip van aflevering</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="357" />
      <source>The signature says it was made after the message arrived, or had expired when it arrived.</source>
      <translation>De handtekening zegt dat ze gemaakt werd nadat het bericht aankwam, of ze was al verlopen toen het aankwam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="358" />
      <source>wrong clocks on the sending server.</source>
      <translation>een verkeerd ingestelde klok op de verzendende server.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="374" />
      <source>Signed with an outdated method</source>
      <translation>Ondertekend met een verouderde methode</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="375" />
      <source>The signature uses SHA-1, which is no longer considered safe against forgery.</source>
      <translation>De handtekening gebruikt SHA-1, dat niet langer als veilig tegen vervalsing geldt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="376" />
      <source>old mail servers still sign this way.</source>
      <translation>oude mailservers ondertekenen nog steeds zo.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="387" />
      <source>Checking the signature of {domain} against its published key gave: {result}.</source>
      <translation>De controle van de handtekening van {domain} met de gepubliceerde sleutel gaf: {result}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="392" />
      <source>the key may have been replaced since the message was sent, or the message changed in storage.</source>
      <translation>de sleutel kan vervangen zijn sinds het bericht verstuurd werd, of het bericht is gewijzigd tijdens de opslag.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="418" />
      <source>forwarding services and mailing lists use ARC legitimately.</source>
      <translation>doorstuurdiensten en mailinglijsten gebruiken ARC op een legitieme manier.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="69" />
      <source>Your mail server found a DKIM signature that no longer matches: the message was changed after signing, or the signature is fake ({domains}).</source>
      <translation>Uw mailserver vond een DKIM-handtekening die niet meer klopt: het bericht werd na het ondertekenen gewijzigd, of de handtekening is vals ({domains}).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="112" />
      <source>Microsoft 365 could not confirm the sender (compauth fail)</source>
      <translation>Microsoft 365 kon de afzender niet bevestigen (compauth fail)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="113" />
      <source>Microsoft's composite check failed (reason {reason}): the From domain neither authorised the sending server nor signed the message.</source>
      <translation>De gecombineerde controle van Microsoft is mislukt (reden {reason}): het afzenderdomein heeft de verzendende server niet gemachtigd en het bericht ook niet ondertekend.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="118" />
      <source>domains without SPF/DKIM/DMARC records fail this check although they are genuine (reason 001).</source>
      <translation>domeinen zonder SPF/DKIM/DMARC-records zakken voor deze controle, ook al zijn ze echt (reden 001).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="200" />
      <source>it claims {method}=pass where your server found {result}</source>
      <translation>het beweert {method}=pass terwijl uw server {result} vond</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="219" />
      <source>a copy whose signature lines were removed afterwards (a redacted sample).</source>
      <translation>een kopie waaruit de handtekeningregels achteraf werden verwijderd (een geanonimiseerd voorbeeld).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="221" />
      <source>a mailing list or forwarding service may add its own result, which can differ from yours.</source>
      <translation>een mailinglijst of doorstuurdienst kan een eigen resultaat toevoegen, dat kan verschillen van het uwe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="281" />
      <source>Your mail server also found the signature broken.</source>
      <translation>Ook uw mailserver vond de handtekening ongeldig.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="283" />
      <source>No verdict from your mail server is available to compare.</source>
      <translation>Er is geen oordeel van uw mailserver beschikbaar om mee te vergelijken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="316" />
      <source>A {header} line was added after signing</source>
      <translation>Er werd na het ondertekenen een {header}-regel toegevoegd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="317" />
      <source>The signature by {domain} covers {signed} {header} line(s) but the message has {count}; the extra one was added by someone else and is what you may be shown.</source>
      <translation>De handtekening van {domain} dekt {signed} {header}-regel(s), maar het bericht heeft er {count}; de extra regel werd door iemand anders toegevoegd en is mogelijk die welke u te zien krijgt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="325" />
      <source>mailing lists add lines, but rarely a second one of these.</source>
      <translation>mailinglijsten voegen regels toe, maar zelden een tweede van deze soort.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="384" />
      <source>The signature did not verify online</source>
      <translation>De handtekening bleek online niet geldig</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="386" />
      <source>The signature could not be checked online</source>
      <translation>De handtekening kon online niet gecontroleerd worden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="411" />
      <source>The forwarding record is broken</source>
      <translation>Het doorstuurverslag is ongeldig</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="411" />
      <source>Accepted on a forwarder's word</source>
      <translation>Aanvaard op het woord van een doorstuurder</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="412" />
      <source>ARC records what earlier servers saw when mail is forwarded. Here the record is marked as broken.</source>
      <translation>ARC legt vast wat eerdere servers zagen wanneer mail wordt doorgestuurd. Hier is dat verslag als ongeldig gemarkeerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="414" />
      <source>ARC records what earlier servers saw when mail is forwarded. Here the first forwarder saw an authentication failure, and your server accepted the message because of that forwarder's record.</source>
      <translation>ARC legt vast wat eerdere servers zagen wanneer mail wordt doorgestuurd. Hier zag de eerste doorstuurder een mislukte authenticatie, en uw server aanvaardde het bericht op basis van het verslag van die doorstuurder.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="129" />
      <source>The sender's domain has a broken anti-forgery policy (DMARC {result})</source>
      <translation>Het domein van de afzender heeft een defect antivervalsingsbeleid (DMARC {result})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="130" />
      <source>Your mail server tried to read the DMARC policy of {domain} and could not: the published record is malformed or could not be fetched. It is not a verdict on this message, so the server could not tell whether the From address is forged.</source>
      <translation>Uw mailserver probeerde het DMARC-beleid van {domain} te lezen en kon dat niet: het gepubliceerde record is misvormd of kon niet worden opgehaald. Het is geen oordeel over dit bericht, dus de server kon niet zeggen of het afzenderadres vervalst is.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="136" />
      <source>many genuine domains publish a faulty record; when SPF or DKIM passed, the sender did authenticate.</source>
      <translation>veel echte domeinen publiceren een foutief record; als SPF of DKIM slaagde, heeft de afzender zich wel geauthenticeerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="288" />
      <source>The fingerprint of the message text in the DKIM signature no longer matches the text.</source>
      <translation>De vingerafdruk van de berichttekst in de DKIM-handtekening klopt niet meer met de tekst.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="45" />
      <source>the sender domain</source>
      <translation>het domein van de afzender</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="74" />
      <source>Another signature did verify.</source>
      <translation>Een andere handtekening was wel geldig.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="40" />
      <source>spam</source>
      <translation>spam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="41" />
      <source>mail from a blocked sender</source>
      <translation>mail van een geblokkeerde afzender</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="43" />
      <source>spam (marked by a rule of your organisation)</source>
      <translation>spam (gemarkeerd door een regel van uw organisatie)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="45" />
      <source>domain impersonation</source>
      <translation>nabootsing van een domein</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="45" />
      <source>user impersonation</source>
      <translation>nabootsing van een gebruiker</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="45" />
      <source>first contact</source>
      <translation>eerste contact</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="23" />
      <source>phishing</source>
      <translation>phishing</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="24" />
      <source>high-confidence phishing</source>
      <translation>phishing met hoge zekerheid</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="26" />
      <source>malware</source>
      <translation>malware</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="28" />
      <source>spoofing</source>
      <translation>spoofing</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="29" />
      <source>impersonation of a person</source>
      <translation>nabootsing van een persoon</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="30" />
      <source>impersonation of a domain</source>
      <translation>nabootsing van een domein</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="31" />
      <source>impersonation (mailbox intelligence)</source>
      <translation>nabootsing (mailbox intelligence)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="32" />
      <source>high-confidence spam</source>
      <translation>spam met hoge zekerheid</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="34" />
      <source>bulk mail</source>
      <translation>bulkmail</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="35" />
      <source>outbound spam</source>
      <translation>uitgaande spam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="181" />
      <source>The filter of your own mail service looked at this message on arrival and recorded this verdict in its headers. It had information this tool lacks, such as the sender's reputation.</source>
      <translation>De filter van uw eigen maildienst heeft dit bericht bij aankomst bekeken en dit oordeel in de kopregels genoteerd. Hij had informatie waarover deze tool niet beschikt, zoals de reputatie van de afzender.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="185" />
      <source>filters make mistakes, and messages moved out of the junk folder keep the stamp.</source>
      <translation>filters vergissen zich, en berichten die uit de map ongewenste mail werden gehaald, behouden de stempel.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="145" />
      <source>junk (it was put in your Junk folder)</source>
      <translation>ongewenst (in uw map Ongewenste e-mail geplaatst)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="103" />
      <source>Your mail service flagged this as {label}</source>
      <translation>Uw maildienst heeft dit gemarkeerd als {label}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="108" />
      <source>Your mail server's spam filter marked this as spam</source>
      <translation>De spamfilter van uw mailserver heeft dit als spam gemarkeerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="196" />
      <source>From, Reply-To and the bounce address belong to three different organisations</source>
      <translation>From, Reply-To en het retouradres horen bij drie verschillende organisaties</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="204" />
      <source>Replies would go to someone else</source>
      <translation>Antwoorden zouden naar iemand anders gaan</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="211" />
      <source>newsletters, web contact forms, support desks and mailing lists often set a different reply address.</source>
      <translation>nieuwsbrieven, contactformulieren op websites, supportdiensten en mailinglijsten stellen vaak een ander antwoordadres in.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="260" />
      <source>Bounces go to another organisation</source>
      <translation>Onbestelbaarheidsberichten gaan naar een andere organisatie</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="261" />
      <source>Undeliverable-mail reports go to {domain}, not to the sender's domain {sender_domain}.</source>
      <translation>Meldingen van onbestelbare mail gaan naar {domain}, niet naar het domein van de afzender {sender_domain}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="266" />
      <source>this is normal for newsletters and mail sent through a mailing service, which handle bounces for their customers; on its own it means little.</source>
      <translation>dit is normaal voor nieuwsbrieven en mail die via een maildienst verstuurd wordt, die de bounces voor zijn klanten afhandelt; op zich betekent het weinig.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="35" />
      <source>The From line is written twice</source>
      <translation>De From-regel staat er twee keer</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="36" />
      <source>The same sender line appears twice. Mail programs show it once, so you see the real claim.</source>
      <translation>Dezelfde afzenderregel staat er twee keer. Mailprogramma's tonen ze één keer, dus u ziet wel wat er beweerd wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="37" />
      <source>a mail script that adds the From line twice; nothing is hidden by it.</source>
      <translation>een mailscript dat de From-regel twee keer toevoegt; er wordt niets mee verborgen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="69" />
      <source>The message has no From line</source>
      <translation>Het bericht heeft geen From-regel</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="70" />
      <source>Without a From line you cannot tell who claims to have sent it.</source>
      <translation>Zonder From-regel kunt u niet zien wie beweert het verstuurd te hebben.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="71" />
      <source>drafts, notes and some automated reports have none.</source>
      <translation>concepten, notities en sommige automatische rapporten hebben er geen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="82" />
      <source>The From line is not written the standard way</source>
      <translation>De From-regel is niet volgens de standaard geschreven</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="83" />
      <source>Badly formed sender lines are read differently by different programs; spammers use this to show one sender and deliver as another.</source>
      <translation>Verkeerd opgestelde afzenderregels worden door verschillende programma's anders gelezen; spammers gebruiken dat om de ene afzender te tonen en als een andere te versturen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="87" />
      <source>old or home-made mail scripts and some bulk mailers write sloppy From lines.</source>
      <translation>oude of zelfgemaakte mailscripts en sommige bulkmailers schrijven slordige From-regels.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="105" />
      <source>Sent on behalf of someone else</source>
      <translation>Verstuurd namens iemand anders</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="106" />
      <source>The message says it is from {author} but was sent by {sender}, another organisation.</source>
      <translation>Het bericht zegt van {author} te komen, maar werd verstuurd door {sender}, een andere organisatie.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="165" />
      <source>Replies would go to an address in your own organisation</source>
      <translation>Antwoorden zouden naar een adres in uw eigen organisatie gaan</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="166" />
      <source>An outsider writing with a reply address inside your organisation is a known trick to make an answer look internal or to reach a colleague.</source>
      <translation>Een buitenstaander die schrijft met een antwoordadres binnen uw organisatie is een bekende truc om een antwoord intern te laten lijken of om een collega te bereiken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="170" />
      <source>helpdesk and ticket systems sometimes do this on purpose.</source>
      <translation>helpdesks en ticketsystemen doen dit soms bewust.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="186" />
      <source>the reply address is a free-mail or throw-away address</source>
      <translation>het antwoordadres is een gratis e-mailadres of een wegwerpadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="205" />
      <source>The message is from {author}, but pressing Reply would send your answer to {reply_to}.</source>
      <translation>Het bericht komt van {author}, maar als u op Beantwoorden klikt, gaat uw antwoord naar {reply_to}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="220" />
      <source>The reply address wears the sender's name</source>
      <translation>Het antwoordadres draagt de naam van de afzender</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="221" />
      <source>The reply address uses exactly the sender's display name but another address, so the answer looks as if it goes to the same person.</source>
      <translation>Het antwoordadres gebruikt precies de weergavenaam van de afzender maar een ander adres, zodat het lijkt alsof het antwoord naar dezelfde persoon gaat.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="225" />
      <source>booking and scheduling services relay replies this way ("John via Calendly").</source>
      <translation>boekings- en planningsdiensten sturen antwoorden zo door ('Jan via Calendly').</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="45" />
      <source>The message has more than one From line</source>
      <translation>Het bericht heeft meer dan één From-regel</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="46" />
      <source>Mail programs show only one of them, while signature checks may look at another, so the sender you see may not be the one that was checked. Legitimate mail never does this.</source>
      <translation>Mailprogramma's tonen er maar één, terwijl handtekeningcontroles naar een andere kunnen kijken, dus de afzender die u ziet is misschien niet degene die gecontroleerd werd. Legitieme mail doet dit nooit.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="50" />
      <source>none known; a badly broken mail script at most.</source>
      <translation>geen bekend; hoogstens een zwaar defect mailscript.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="111" />
      <source>mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others every day — and this message carries mailing-list markers.</source>
      <translation>mailinglijsten, gedeelde mailboxen, secretariaten en nieuwsbriefdiensten versturen elke dag namens anderen — en dit bericht draagt kenmerken van een mailinglijst.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="116" />
      <source>mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others every day.</source>
      <translation>mailinglijsten, gedeelde mailboxen, secretariaten en nieuwsbriefdiensten versturen elke dag namens anderen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="132" />
      <source>The reply address cannot be read</source>
      <translation>Het antwoordadres kan niet gelezen worden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="133" />
      <source>Your answer would go to an address that does not parse, or to one your mail program reads differently from others.</source>
      <translation>Uw antwoord zou naar een adres gaan dat niet te ontleden is, of dat uw mailprogramma anders leest dan andere programma's.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="137" />
      <source>old mail programs sometimes write empty or broken Reply-To lines.</source>
      <translation>oude mailprogramma's schrijven soms lege of defecte Reply-To-regels.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="188" />
      <source>the reply goes to a different free-mail address</source>
      <translation>het antwoord gaat naar een ander gratis e-mailadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="243" />
      <source>The message hides its return address</source>
      <translation>Het bericht verbergt zijn retouradres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="244" />
      <source>It was sent with an empty bounce address, which is meant only for automatic delivery reports. Ordinary mail sent this way cannot be traced back and its failures go nowhere.</source>
      <translation>Het werd verstuurd met een leeg retouradres, dat alleen bedoeld is voor automatische afleveringsrapporten. Gewone mail die zo verstuurd wordt, is niet te herleiden en meldingen over mislukte aflevering gaan nergens heen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="248" />
      <source>some auto-replies and read receipts use it legitimately.</source>
      <translation>sommige automatische antwoorden en leesbevestigingen gebruiken het legitiem.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="59" />
      <source>The From line names several senders</source>
      <translation>De From-regel noemt meerdere afzenders</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="60" />
      <source>Your mail program may show only the first name, so you cannot tell who actually sent it.</source>
      <translation>Uw mailprogramma toont misschien alleen de eerste naam, zodat u niet kunt zien wie het echt verstuurde.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="61" />
      <source>the standard allows several authors when a Sender line says who sent it; it is very rare.</source>
      <translation>de standaard staat meerdere auteurs toe als een Sender-regel zegt wie het verstuurde; dat is zeer zeldzaam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="210" />
      <source>This matters more here: {reasons}.</source>
      <translation>Dat weegt hier zwaarder: {reasons}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="292" />
      <source>The account that sent it belongs to someone else</source>
      <translation>Het account dat het verstuurde, is van iemand anders</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="293" />
      <source>The mail server noted that the account {account} sent this message, not {author}. A hacked mailbox or web-hosting account is often used this way.</source>
      <translation>De mailserver noteerde dat het account {account} dit bericht verstuurde, niet {author}. Een gehackte mailbox of webhostingaccount wordt vaak zo gebruikt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="299" />
      <source>shared web hosting and web forms send for many domains through one account.</source>
      <translation>gedeelde webhosting en webformulieren versturen voor veel domeinen via één account.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="315" />
      <source>A read receipt would go to a third party</source>
      <translation>Een leesbevestiging zou naar een derde gaan</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="316" />
      <source>If you accept the read-receipt request, {address} learns that and when you read it; that address is neither the sender nor the bounce address.</source>
      <translation>Als u de vraag om een leesbevestiging aanvaardt, komt {address} te weten dat en wanneer u het las; dat adres is noch de afzender, noch het retouradres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="321" />
      <source>some mailing services collect receipts for their customers.</source>
      <translation>sommige maildiensten verzamelen bevestigingen voor hun klanten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="36" />
      <source>Hidden characters are inside the {header}</source>
      <translation>Er zitten verborgen tekens in het veld {header}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="103" />
      <source>your organisation</source>
      <translation>uw organisatie</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="103" />
      <source>the organisation you received this at</source>
      <translation>de organisatie waar u dit ontving</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="35" />
      <source>Hidden characters reverse part of the {header}</source>
      <translation>Verborgen tekens keren een deel van het veld {header} om</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="30" />
      <source>Hidden characters reverse part of an attachment name</source>
      <translation>Verborgen tekens keren een deel van de naam van een bijlage om</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="32" />
      <source>Hidden characters are inside an attachment name</source>
      <translation>Er zitten verborgen tekens in de naam van een bijlage</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="176" />
      <source>The sender's domain imitates another</source>
      <translation>Het domein van de afzender bootst een ander na</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="191" />
      <source>genuine domains with accented or non-Latin letters exist (müller.de); they are flagged only when they resemble a Latin domain.</source>
      <translation>er bestaan echte domeinen met letters met accenten of niet-Latijnse letters (müller.de); ze worden alleen gemeld als ze op een Latijns domein lijken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="61" />
      <source>Invisible or direction-changing characters make text look different from what it is: a name that slips past filters, or 'invoice_fdp.exe' that displays as 'invoice_exe.pdf'.</source>
      <translation>Onzichtbare of richtingveranderende tekens laten tekst er anders uitzien dan hij is: een naam die door filters glipt, of 'invoice_fdp.exe' dat verschijnt als 'invoice_exe.pdf'.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="65" />
      <source>right-to-left languages use direction marks, and emoji use joiners (both are already ignored here).</source>
      <translation>talen die van rechts naar links geschreven worden gebruiken richtingstekens, en emoji gebruiken verbindingstekens (beide worden hier al genegeerd).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="84" />
      <source>Look-alike letters from another alphabet</source>
      <translation>Gelijkende letters uit een ander alfabet</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="95" />
      <source>people with names in two scripts, and Japanese or Chinese names mixed with English, are not flagged.</source>
      <translation>mensen met namen in twee schriften, en Japanse of Chinese namen gemengd met Engels, worden niet gemeld.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="148" />
      <source>an address in this message</source>
      <translation>een adres in dit bericht</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="177" />
      <source>The domain {domain} is displayed as '{shown}', which looks like {imitated}. International characters can make a fake domain look identical to a real one.</source>
      <translation>Het domein {domain} wordt weergegeven als '{shown}', wat op {imitated} lijkt. Internationale tekens kunnen een vals domein er precies als een echt laten uitzien.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="185" />
      <source>The domain {domain} is displayed as '{shown}', mixing alphabets. International characters can make a fake domain look identical to a real one.</source>
      <translation>Het domein {domain} wordt weergegeven als '{shown}', met gemengde alfabetten. Internationale tekens kunnen een vals domein er precies als een echt laten uitzien.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="233" />
      <source>{domain} resembles {target} ({known_as}): {how}. Attackers register such domains so a quick glance sees the real one.</source>
      <translation>{domain} lijkt op {target} ({known_as}): {how}. Aanvallers registreren zulke domeinen zodat men bij een snelle blik het echte domein meent te zien.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="241" />
      <source>a company can own several similar domains; check the exact spelling against one you know.</source>
      <translation>een bedrijf kan meerdere gelijkaardige domeinen bezitten; vergelijk de exacte spelling met een domein dat u kent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="85" />
      <source>Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin letters), a way to imitate a name while escaping filters; read as Latin it says '{brand}'.</source>
      <translation>Sommige woorden in de naam of het adres van de afzender mengen alfabetten (bijvoorbeeld een Cyrillische 'е' tussen Latijnse letters), een manier om een naam na te bootsen en aan filters te ontsnappen; in Latijnse letters gelezen staat er '{brand}'.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="91" />
      <source>Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin letters), a way to imitate a name while escaping filters.</source>
      <translation>Sommige woorden in de naam of het adres van de afzender mengen alfabetten (bijvoorbeeld een Cyrillische 'е' tussen Latijnse letters), een manier om een naam na te bootsen en aan filters te ontsnappen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="153" />
      <source>a link in this message</source>
      <translation>een link in dit bericht</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="230" />
      <source>The sender domain is a near copy of {domain}</source>
      <translation>Het domein van de afzender is een bijna-kopie van {domain}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="232" />
      <source>The reply domain is a near copy of {domain}</source>
      <translation>Het antwoorddomein is een bijna-kopie van {domain}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="171" />
      <source>The name '{name}' names {who}, but the address {address} is not one of its domains ({domains}).</source>
      <translation>De naam '{name}' noemt {who}, maar het adres {address} hoort niet bij een van diens domeinen ({domains}).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="179" />
      <source>The name '{name}' names {who}, but the address {address} is not one of its domains.</source>
      <translation>De naam '{name}' noemt {who}, maar het adres {address} hoort niet bij een van diens domeinen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="193" />
      <source>The sender's name claims to be {who}</source>
      <translation>De naam van de afzender beweert {who} te zijn</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="195" />
      <source>journalists and staff sometimes write from a personal address, and newsletters or agencies mention the organisations they write about.</source>
      <translation>journalisten en medewerkers schrijven soms vanaf een persoonlijk adres, en nieuwsbrieven of agentschappen vermelden de organisaties waarover ze schrijven.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="208" />
      <source>{who} (a news outlet)</source>
      <translation>{who} (een nieuwsmedium)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="210" />
      <source>{who} (a government body)</source>
      <translation>{who} (een overheidsinstantie)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="212" />
      <source>{who} (a parliament)</source>
      <translation>{who} (een parlement)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="214" />
      <source>{who} (an institution)</source>
      <translation>{who} (een instelling)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="98" />
      <source>a comment in brackets</source>
      <translation>een opmerking tussen haakjes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="98" />
      <source>encoded text that only mail programs decode</source>
      <translation>gecodeerde tekst die alleen mailprogramma's decoderen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="187" />
      <source>In addition, {reasons}.</source>
      <translation>Bovendien: {reasons}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="189" />
      <source>The sender's domain did pass authentication, which proves only who owns that domain.</source>
      <translation>Het domein van de afzender doorstond de authenticatie wel, maar dat bewijst alleen wie eigenaar van dat domein is.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="52" />
      <source>The sender's name shows a different email address</source>
      <translation>De naam van de afzender toont een ander e-mailadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="102" />
      <source>An address is smuggled into the sender's name</source>
      <translation>Er is een adres in de naam van de afzender gesmokkeld</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="103" />
      <source>The From line uses {how} to show an address that is not the real sender, hiding it from simple filters.</source>
      <translation>De From-regel gebruikt {how} om een adres te tonen dat niet de echte afzender is, verborgen voor eenvoudige filters.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="108" />
      <source>none known for this combination.</source>
      <translation>geen bekend voor deze combinatie.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="260" />
      <source>Sent from a throw-away address</source>
      <translation>Verstuurd vanaf een wegwerpadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="261" />
      <source>The sender or reply address is at a service that hands out temporary mailboxes, so it leads to nobody who can be held to account.</source>
      <translation>Het afzender- of antwoordadres hoort bij een dienst die tijdelijke mailboxen uitdeelt, dus het leidt naar niemand die aansprakelijk kan worden gesteld.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="265" />
      <source>privacy-minded people use such services to sign up for things; rarely to write to you.</source>
      <translation>privacybewuste mensen gebruiken zulke diensten om zich ergens voor in te schrijven; zelden om u te schrijven.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="53" />
      <source>The name reads '{name}', so many mail programs show {shown} as the sender, but the message really comes from {address}.</source>
      <translation>De naam luidt '{name}', dus veel mailprogramma's tonen {shown} als afzender, maar het bericht komt in werkelijkheid van {address}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="61" />
      <source>a mailing list rewriting the sender as "name via list"</source>
      <translation>een mailinglijst die de afzender herschrijft als 'naam via lijst'</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="63" />
      <source>almost none; a few booking or calendar services put the customer's address in the name.</source>
      <translation>bijna geen; enkele boekings- of agendadiensten zetten het adres van de klant in de naam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="77" />
      <source>The sender's name is a web address</source>
      <translation>De naam van de afzender is een webadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="78" />
      <source>The name '{name}' shows a website ({shown}) that is not the sender's domain {domain}.</source>
      <translation>De naam '{name}' toont een website ({shown}) die niet het domein van de afzender {domain} is.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="84" />
      <source>shops and services sometimes use their web address as their name.</source>
      <translation>winkels en diensten gebruiken soms hun webadres als naam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="116" />
      <source>An organisation's name is hidden in encoded text</source>
      <translation>De naam van een organisatie zit verborgen in gecodeerde tekst</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="117" />
      <source>The sender's name '{name}' is plain text written in an encoded form, which keeps the name of the organisation it claims to be away from simple filters.</source>
      <translation>De naam van de afzender '{name}' is gewone tekst in gecodeerde vorm, waardoor eenvoudige filters de naam van de organisatie die hij beweert te zijn niet zien.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="122" />
      <source>some newsletter tools encode every name.</source>
      <translation>sommige nieuwsbrieftools coderen elke naam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="142" />
      <source>your own organisation ({name})</source>
      <translation>uw eigen organisatie ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="229" />
      <source>An attachment hides its real type</source>
      <translation>Een bijlage verbergt haar echte type</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="230" />
      <source>'{filename}' looks like a .{shown} file but is really a .{real} file, which can run a program when opened. Windows hides the last extension by default.</source>
      <translation>'{filename}' lijkt een .{shown}-bestand, maar is in werkelijkheid een .{real}-bestand, dat bij het openen een programma kan starten. Windows verbergt de laatste extensie standaard.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="237" />
      <source>almost none for this combination; do not open it.</source>
      <translation>bijna geen voor deze combinatie; open het niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="273" />
      <source>Sent from a free-mail address</source>
      <translation>Verstuurd vanaf een gratis e-mailadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="274" />
      <source>{domain} gives addresses to anyone, so the address says nothing about who is behind it.</source>
      <translation>{domain} geeft adressen aan iedereen, dus het adres zegt niets over wie erachter zit.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="278" />
      <source>many journalists, MPs' staff and private people genuinely use free-mail; this is context only.</source>
      <translation>veel journalisten, medewerkers van parlementsleden en particulieren gebruiken echt een gratis e-mailadres; dit is alleen context.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="60" />
      <source>The address shown is in your own organisation.</source>
      <translation>Het getoonde adres hoort bij uw eigen organisatie.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="134" />
      <source>your local sender history</source>
      <translation>uw lokale afzendergeschiedenis</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="134" />
      <source>your mail service's first-contact note (SFTY 9.25)</source>
      <translation>de melding 'eerste contact' van uw maildienst (SFTY 9.25)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="118" />
      <source>Looks like a reply, but answers nothing</source>
      <translation>Lijkt een antwoord, maar beantwoordt niets</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="119" />
      <source>The subject starts like a reply or forward, but the message carries none of the markers a real reply has. Pretending to continue a conversation makes a first contact feel familiar.</source>
      <translation>Het onderwerp begint als een antwoord of doorgestuurd bericht, maar het bericht heeft geen van de kenmerken van een echt antwoord. Doen alsof een gesprek wordt voortgezet, laat een eerste contact vertrouwd aanvoelen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="123" />
      <source>some mail programs drop these markers, and forwarded mail often has none.</source>
      <translation>sommige mailprogramma's laten deze kenmerken weg, en doorgestuurde mail heeft ze vaak niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="140" />
      <source>First message from this sender</source>
      <translation>Eerste bericht van deze afzender</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="141" />
      <source>According to {source}, {address} has not written to you before. Impostors are, by definition, new senders; combined with a claimed organisation this deserves a second look.</source>
      <translation>Volgens {source} heeft {address} u nog nooit eerder geschreven. Oplichters zijn per definitie nieuwe afzenders; samen met een organisatie die men beweert te zijn, verdient dit een tweede blik.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="147" />
      <source>every genuine correspondent writes a first time; on its own this is context only.</source>
      <translation>elke echte correspondent schrijft een eerste keer; op zich is dit alleen context.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="30" />
      <source>You were not openly addressed</source>
      <translation>U werd niet zichtbaar geadresseerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="36" />
      <source>newsletters, press releases and invitations are often sent as blind copies.</source>
      <translation>nieuwsbrieven, persberichten en uitnodigingen worden vaak als blinde kopie verstuurd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="44" />
      <source>Sent openly to {count} people</source>
      <translation>Zichtbaar verstuurd naar {count} mensen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="45" />
      <source>A long visible list of recipients shows this went out as a campaign, not a personal message.</source>
      <translation>Een lange zichtbare lijst van ontvangers toont dat dit als campagne werd verstuurd, niet als persoonlijk bericht.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="46" />
      <source>committee and project mailings legitimately list everyone.</source>
      <translation>mailings van commissies en projecten vermelden terecht iedereen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="66" />
      <source>The message claims to come from you</source>
      <translation>Het bericht beweert van u te komen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="67" />
      <source>It shows your own address as the sender although it arrived from outside — a trick of extortion and "your mailbox is full" scams.</source>
      <translation>Het toont uw eigen adres als afzender, hoewel het van buitenaf kwam — een truc van afpersing en oplichting van het type 'uw mailbox is vol'.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="71" />
      <source>notes to self and some forwarding setups look like this.</source>
      <translation>notities aan uzelf en sommige doorstuurinstellingen zien er zo uit.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="81" />
      <source>The sender uses your name</source>
      <translation>De afzender gebruikt uw naam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="82" />
      <source>The sender's display name is your own name or address, so the message looks as if you sent it.</source>
      <translation>De weergavenaam van de afzender is uw eigen naam of adres, zodat het lijkt alsof u het bericht zelf verstuurde.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="83" />
      <source>people writing to another address of their own, or a colleague sending on your behalf.</source>
      <translation>iemand die naar een ander eigen adres schrijft, of een collega die namens u verstuurt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="31" />
      <source>Your address is not among the visible recipients: the message was sent as a blind copy, often to many people at once.</source>
      <translation>Uw adres staat niet bij de zichtbare ontvangers: het bericht werd als blinde kopie verstuurd, vaak naar veel mensen tegelijk.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="95" />
      <source>The sender's address contains your organisation's name</source>
      <translation>Het adres van de afzender bevat de naam van uw organisatie</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="96" />
      <source>The address {address} contains '{name}' but does not belong to {domain}; impostors name their mailbox after the target to look internal.</source>
      <translation>Het adres {address} bevat '{name}' maar hoort niet bij {domain}; oplichters noemen hun mailbox naar hun doelwit om intern te lijken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="103" />
      <source>suppliers sometimes create one mailbox per client.</source>
      <translation>leveranciers maken soms één mailbox per klant aan.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="35" />
      <source>The sender uses a free-mail address.</source>
      <translation>De afzender gebruikt een gratis e-mailadres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="114" />
      <source>{n} minutes</source>
      <translation>{n} minuten</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="111" />
      <source>{n} days</source>
      <translation>{n} dagen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="113" />
      <source>{n} hours</source>
      <translation>{n} uur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="196" />
      <source>it introduced itself with a different IP address</source>
      <translation>hij stelde zich voor met een ander IP-adres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="54" />
      <source>Unusually many delivery records ({count})</source>
      <translation>Ongewoon veel afleveringssporen ({count})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="55" />
      <source>The message carries {count} records of servers it passed through; only the newest {analysed} were analysed. Huge counts are used to hide the real route or to crash analysis tools.</source>
      <translation>Het bericht bevat {count} sporen van servers waarlangs het kwam; alleen de nieuwste {analysed} werden geanalyseerd. Enorme aantallen worden gebruikt om de echte route te verbergen of analysetools te laten crashen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="62" />
      <source>a mail loop between misconfigured servers.</source>
      <translation>een maillus tussen slecht ingestelde servers.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="71" />
      <source>Some delivery records could not be read</source>
      <translation>Sommige afleveringssporen konden niet gelezen worden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="72" />
      <source>One or more records of the servers it passed through are damaged or in an unknown format; the rest of the route was still analysed.</source>
      <translation>Een of meer sporen van de servers waarlangs het kwam zijn beschadigd of in een onbekend formaat; de rest van de route werd toch geanalyseerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="77" />
      <source>many mail servers write their own formats.</source>
      <translation>veel mailservers schrijven hun eigen formaten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="198" />
      <source>it introduced itself as 'localhost'</source>
      <translation>hij stelde zich voor als 'localhost'</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="205" />
      <source>The delivering server introduced itself oddly</source>
      <translation>De afleverende server stelde zich vreemd voor</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="206" />
      <source>The server that handed the message to your side ({ip}): {problem}. Proper mail servers give their full name.</source>
      <translation>De server die het bericht aan uw kant afleverde ({ip}): {problem}. Degelijke mailservers geven hun volledige naam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="212" />
      <source>home-made servers and some mail programs that send directly.</source>
      <translation>zelfgemaakte servers en sommige mailprogramma's die rechtstreeks versturen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="223" />
      <source>The delivering server has no name</source>
      <translation>De afleverende server heeft geen naam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="224" />
      <source>Your server could not find a name for {address}; established mail services always have one.</source>
      <translation>Uw server kon geen naam vinden voor {address}; gevestigde maildiensten hebben er altijd een.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="228" />
      <source>small legitimate servers are often set up without one.</source>
      <translation>kleine legitieme servers worden vaak zonder naam ingesteld.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="239" />
      <source>Delivered straight from a computer</source>
      <translation>Rechtstreeks vanaf een computer afgeleverd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="240" />
      <source>The message went from the sender's computer directly to your mail server, skipping the sender's own mail provider; spam software sends this way.</source>
      <translation>Het bericht ging rechtstreeks van de computer van de afzender naar uw mailserver, zonder langs de eigen mailprovider van de afzender te gaan; spamsoftware verstuurt zo.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="244" />
      <source>small organisations running their own mail server.</source>
      <translation>kleine organisaties met een eigen mailserver.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="256" />
      <source>The message has no date</source>
      <translation>Het bericht heeft geen datum</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="257" />
      <source>Every mail program writes a Date line; a missing one points to home-made sending software.</source>
      <translation>Elk mailprogramma schrijft een Date-regel; als die ontbreekt, wijst dat op zelfgemaakte verzendsoftware.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="258" />
      <source>drafts and some automated systems.</source>
      <translation>concepten en sommige automatische systemen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="268" />
      <source>The message date is not valid</source>
      <translation>De datum van het bericht is niet geldig</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="269" />
      <source>The Date line '{date}' cannot be read or is absurd.</source>
      <translation>De Date-regel '{date}' kan niet gelezen worden of is absurd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="270" />
      <source>badly configured mail programs.</source>
      <translation>slecht ingestelde mailprogramma's.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="283" />
      <source>Dated in the future</source>
      <translation>Gedateerd in de toekomst</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="284" />
      <source>The message claims to be written {duration} after the servers handled it.</source>
      <translation>Het bericht beweert {duration} later geschreven te zijn dan de servers het verwerkten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="285" />
      <source>a computer with a wrong clock or time zone.</source>
      <translation>een computer met een verkeerde klok of tijdzone.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="312" />
      <source>The message has no Message-ID</source>
      <translation>Het bericht heeft geen Message-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="313" />
      <source>Mail programs give every message a unique identifier; bulk-sending scripts often skip it.</source>
      <translation>Mailprogramma's geven elk bericht een unieke identificatie; scripts voor massaverzending slaan die vaak over.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="314" />
      <source>test messages and some old programs.</source>
      <translation>testberichten en sommige oude programma's.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="323" />
      <source>The Message-ID is malformed</source>
      <translation>De Message-ID is misvormd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="324" />
      <source>The identifier '{message_id}' is not written the standard way.</source>
      <translation>De identificatie '{message_id}' is niet volgens de standaard geschreven.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="325" />
      <source>some relays and old programs write sloppy identifiers.</source>
      <translation>sommige relais en oude programma's schrijven slordige identificaties.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="336" />
      <source>The message identifier names another domain</source>
      <translation>De identificatie van het bericht noemt een ander domein</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="337" />
      <source>The Message-ID was made at {domain}, not at the sender's domain {sender_domain}.</source>
      <translation>De Message-ID werd aangemaakt bij {domain}, niet bij het domein van de afzender {sender_domain}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="342" />
      <source>this is the case for almost half of all genuine mail (mailing services, company mail servers).</source>
      <translation>dat is zo bij bijna de helft van alle echte mail (maildiensten, mailservers van bedrijven).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="355" />
      <source>Sent by a script or bulk-mail program</source>
      <translation>Verstuurd door een script of bulkmailprogramma</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="356" />
      <source>The sending software is '{mailer}', typical of web scripts and bulk-mail tools rather than a person's mail program.</source>
      <translation>De verzendsoftware is '{mailer}', typisch voor webscripts en bulkmailtools in plaats van het mailprogramma van een persoon.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="361" />
      <source>web shops, forms and newsletters use the same tools.</source>
      <translation>webwinkels, formulieren en nieuwsbrieven gebruiken dezelfde tools.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="369" />
      <source>Claims to be Outlook, but does not look like it</source>
      <translation>Beweert Outlook te zijn, maar ziet er niet zo uit</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="370" />
      <source>The message says Microsoft Outlook wrote it, but lacks a line Outlook always adds (Thread-Index).</source>
      <translation>Het bericht zegt dat Microsoft Outlook het schreef, maar mist een regel die Outlook altijd toevoegt (Thread-Index).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="371" />
      <source>some gateways strip that line.</source>
      <translation>sommige gateways verwijderen die regel.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="390" />
      <source>Claims to be from {domain}, but never passed through it</source>
      <translation>Beweert van {domain} te komen, maar is er nooit langs geweest</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="391" />
      <source>Mail from a {domain} address always passes through {provider}'s servers and carries its marks. This message has none, so the address was probably typed in by someone else.</source>
      <translation>Mail van een {domain}-adres gaat altijd via de servers van {provider} en draagt er de sporen van. Dit bericht heeft er geen, dus het adres werd waarschijnlijk door iemand anders ingetypt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="397" />
      <source>a {provider} user sending through another provider's server ('send mail as'), or a forwarded copy.</source>
      <translation>een gebruiker van {provider} die via de server van een andere provider verstuurt ('mail verzenden als'), of een doorgestuurde kopie.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="88" />
      <source>The delivery times recorded on the way do not add up</source>
      <translation>De onderweg genoteerde aflevertijden kloppen niet</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="95" />
      <source>a server with a wrong clock, or a wrong time zone.</source>
      <translation>een server met een verkeerde klok of een verkeerde tijdzone.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="169" />
      <source>A server on the way gives an address that cannot be real</source>
      <translation>Een server onderweg geeft een adres dat niet echt kan zijn</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="183" />
      <source>internal relays of an organisation use private addresses; anonymised test messages use reserved ones.</source>
      <translation>interne relais van een organisatie gebruiken privé-adressen; geanonimiseerde testberichten gebruiken gereserveerde adressen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="200" />
      <source>it introduced itself with a bare name ('{name}')</source>
      <translation>hij stelde zich voor met een kale naam ('{name}')</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="293" />
      <source>Dated long before it was delivered</source>
      <translation>Gedateerd lang voor de aflevering</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="294" />
      <source>The message is dated {duration} before any server handled it.</source>
      <translation>Het bericht is gedateerd {duration} voordat een server het verwerkte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="295" />
      <source>re-sent or long-queued mail, digests, and test messages re-used years later.</source>
      <translation>opnieuw verstuurde of lang in de wachtrij gebleven mail, samenvattingen, en testberichten die jaren later hergebruikt worden.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="89" />
      <source>One of the servers that passed the message on says it received it {duration} before the previous server sent it. Invented delivery records often get times wrong.</source>
      <translation>Een van de servers die het bericht doorgaven, zegt het {duration} te hebben ontvangen voordat de vorige server het verstuurde. Verzonnen afleveringssporen hebben vaak de tijden verkeerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="170" />
      <source>One of the servers this message passed through says it came from {host} at {ip}, a private or reserved address that a public mail provider would never send from across the internet.</source>
      <translation>Een van de servers waarlangs dit bericht kwam, zegt dat het van {host} op {ip} kwam, een privé- of gereserveerd adres van waaruit een openbare mailprovider nooit via het internet zou versturen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="177" />
      <source>One of the servers this message passed through says it came from {host} at {ip}, an address that is reserved and never used on the internet.</source>
      <translation>Een van de servers waarlangs dit bericht kwam, zegt dat het van {host} op {ip} kwam, een gereserveerd adres dat nooit op het internet gebruikt wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="226" />
      <source>the delivering address</source>
      <translation>het afleverende adres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="94" />
      <source>This part of the route was written by the sending side.</source>
      <translation>Dit deel van de route werd door de verzendende kant geschreven.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="30" />
      <source>Innocent explanations:</source>
      <translation>Onschuldige verklaringen:</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="126" />
      <source>the sender uses a free-mail address</source>
      <translation>de afzender gebruikt een gratis e-mailadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="128" />
      <source>the sender uses a throw-away address</source>
      <translation>de afzender gebruikt een wegwerpadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="130" />
      <source>the sender's domain imitates another one</source>
      <translation>het domein van de afzender bootst een ander domein na</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="132" />
      <source>the sender's name contains hidden characters</source>
      <translation>de naam van de afzender bevat verborgen tekens</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="134" />
      <source>your mail server found that the sender's domain did not authorise this message (DMARC fail)</source>
      <translation>uw mailserver stelde vast dat het domein van de afzender dit bericht niet heeft toegestaan (DMARC fail)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="138" />
      <source>the display name claims to be {brand}</source>
      <translation>de weergavenaam beweert {brand} te zijn</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="140" />
      <source>this sender has not written to you before</source>
      <translation>deze afzender heeft u nog nooit eerder geschreven</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="89" />
      <source>Its name ({name}) does not say what it is; it was recognised by its content. Files are renamed this way to slip past filters that judge them by their name.</source>
      <translation>De naam ({name}) zegt niet wat het is; het werd herkend aan de inhoud. Bestanden worden zo hernoemd om langs filters te glippen die op de naam oordelen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="128" />
      <source>On Windows, fetching from a file share also sends your login name and password hash.</source>
      <translation>Onder Windows stuurt het ophalen van een netwerkshare ook uw aanmeldnaam en de hash van uw wachtwoord mee.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="53" />
      <source>Attachment {name} was only partly checked for remote references</source>
      <translation>Bijlage {name} werd maar gedeeltelijk op externe verwijzingen gecontroleerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="54" />
      <source>This attachment is too large (or inflates to too much) to scan in full for content it would load from the internet when opened. Part of it was skipped, so it may hold references this report does not list.</source>
      <translation>Deze bijlage is te groot (of pakt uit tot te veel gegevens) om volledig te doorzoeken op inhoud die ze bij het openen van het internet zou laden. Een deel werd overgeslagen, dus ze kan verwijzingen bevatten die dit rapport niet vermeldt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_fields.py" line="168" />
      <source>Attachment {name} has a {field} field</source>
      <translation>Bijlage {name} bevat een {field}-veld</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_fields.py" line="169" />
      <source>The attached document {name} contains a {field} field, which can start programs on the computer when the document is updated.</source>
      <translation>Het bijgevoegde document {name} bevat een {field}-veld, dat programma's op de computer kan starten wanneer het document bijgewerkt wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_fields.py" line="200" />
      <source>The attached document {name} contains a {field} field that fetches content from {where} when the document is opened.</source>
      <translation>Het bijgevoegde document {name} bevat een {field}-veld dat inhoud ophaalt van {where} wanneer het document geopend wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ics.py" line="38" />
      <source>The calendar item {name} has a {prop} pointing to {host}. Some calendar programs fetch attachments or show linked pages when the invitation is opened.</source>
      <translation>Het agenda-item {name} bevat een {prop} die naar {host} verwijst. Sommige agendaprogramma's halen bijlagen op of tonen gelinkte pagina's wanneer de uitnodiging geopend wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ics.py" line="35" />
      <source>Calendar invitation {name} points to a network share</source>
      <translation>Agenda-uitnodiging {name} verwijst naar een netwerkshare</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ics.py" line="37" />
      <source>Calendar invitation {name} points to a remote file</source>
      <translation>Agenda-uitnodiging {name} verwijst naar een extern bestand</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="103" />
      <source>a remote template (a known way to load macros into a harmless-looking document)</source>
      <translation>een externe sjabloon (een bekende manier om macro's in een onschuldig ogend document te laden)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="105" />
      <source>an external resource ({kind})</source>
      <translation>een externe bron ({kind})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="111" />
      <source>Attachment {name} loads a remote template</source>
      <translation>Bijlage {name} laadt een externe sjabloon</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="113" />
      <source>Attachment {name} loads remote content</source>
      <translation>Bijlage {name} laadt externe inhoud</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="114" />
      <source>The attached document {name} refers to {what} at {where}. Its office program fetches it when the document is opened, telling that server the document was opened, from where and by which program.</source>
      <translation>Het bijgevoegde document {name} verwijst naar {what} op {where}. Het kantoorprogramma haalt die op wanneer het document geopend wordt, en vertelt die server zo dat het document geopend werd, van waar en met welk programma.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ooxml.py" line="198" />
      <source>an external resource</source>
      <translation>een externe bron</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ooxml.py" line="208" />
      <source>The attached document {name} refers to {what} at {where}. Office fetches it when the document is opened, telling that server the document was opened, from where and by which program, and on Windows a file-share address also leaks your login hash.</source>
      <translation>Het bijgevoegde document {name} verwijst naar {what} op {where}. Office haalt die op wanneer het document geopend wordt, en vertelt die server zo dat het document geopend werd, van waar en met welk programma; onder Windows lekt een netwerkshare-adres bovendien de hash van uw aanmeldgegevens.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ooxml.py" line="215" />
      <source>The attached document {name} refers to {what} at {where}. Office fetches it when the document is opened, telling that server the document was opened, from where and by which program.</source>
      <translation>Het bijgevoegde document {name} verwijst naar {what} op {where}. Office haalt die op wanneer het document geopend wordt, en vertelt die server zo dat het document geopend werd, van waar en met welk programma.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="83" />
      <source>The attached PDF {name} contains {actions} actions. PDF readers can use these to open web addresses, other files or programs when the PDF is opened or a button is pressed.</source>
      <translation>De bijgevoegde PDF {name} bevat {actions}-acties. PDF-lezers kunnen die gebruiken om webadressen, andere bestanden of programma's te openen wanneer de PDF geopend wordt of op een knop gedrukt wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="91" />
      <source>Some are set to run when the document or one of its pages opens.</source>
      <translation>Sommige zijn ingesteld om te starten wanneer het document of een van de pagina's opent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="94" />
      <source>Some are hidden in compressed parts of the file: {actions}.</source>
      <translation>Sommige zitten verborgen in gecomprimeerde delen van het bestand: {actions}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="99" />
      <source>PDF attachment {name} has actions that reach outside the file</source>
      <translation>PDF-bijlage {name} bevat acties die buiten het bestand reiken</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="135" />
      <source>PDF attachment {name} points to a network share</source>
      <translation>PDF-bijlage {name} verwijst naar een netwerkshare</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="136" />
      <source>The attached PDF {name} refers to a file on the network share {host}. A PDF reader that follows it, when the PDF is opened or a link or button is used, connects to that server and on Windows sends your login name and a hash of your password.</source>
      <translation>De bijgevoegde PDF {name} verwijst naar een bestand op de netwerkshare {host}. Een PDF-lezer die die verwijzing volgt, bij het openen van de PDF of bij een klik op een link of knop, maakt verbinding met die server en stuurt onder Windows uw aanmeldnaam en een hash van uw wachtwoord mee.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_rtf.py" line="49" />
      <source>The attached RTF document {name} names a template at {host}. Word fetches it when the document is opened; remote templates are a known way to slip macros into a harmless-looking file.</source>
      <translation>Het bijgevoegde RTF-document {name} noemt een sjabloon op {host}. Word haalt die op wanneer het document geopend wordt; externe sjablonen zijn een bekende manier om macro's in een onschuldig ogend bestand binnen te smokkelen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="30" />
      <source>Shortcut {name} points to a network share</source>
      <translation>Snelkoppeling {name} verwijst naar een netwerkshare</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="32" />
      <source>Shortcut {name} loads remote content</source>
      <translation>Snelkoppeling {name} laadt externe inhoud</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="33" />
      <source>The attached shortcut {name} names {where} in its {field}. Windows connects there when it shows the file's icon or the folder holding it, without a click, and on a file share sends your login name and a hash of your password.</source>
      <translation>De bijgevoegde snelkoppeling {name} noemt {where} in haar veld {field}. Windows maakt daar verbinding mee zodra het het pictogram van het bestand of de map waarin het staat toont, zonder klik, en stuurt bij een netwerkshare uw aanmeldnaam en een hash van uw wachtwoord mee.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="42" />
      <source>The attached shortcut {name} opens {where} when it is opened; on Windows, opening a file share sends your login name and a hash of your password.</source>
      <translation>De bijgevoegde snelkoppeling {name} opent {where} wanneer ze geopend wordt; onder Windows stuurt het openen van een netwerkshare uw aanmeldnaam en een hash van uw wachtwoord mee.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="56" />
      <source>The attached document {name} contains macros: programs that run inside Word, Excel or PowerPoint. They run when you press "Enable content", and some documents are made to run them as soon as they open. Macros are one of the most common ways to install malware.</source>
      <translation>Het bijgevoegde document {name} bevat macro's: programma's die in Word, Excel of PowerPoint draaien. Ze starten wanneer u op 'Inhoud inschakelen' drukt, en sommige documenten zijn gemaakt om ze meteen bij het openen te starten. Macro's zijn een van de meest gebruikte manieren om malware te installeren.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="80" />
      <source>Attachment {name} contains macros</source>
      <translation>Bijlage {name} bevat macro's</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="94" />
      <source>The attached document {name} contains an embedded object of type {kind}. Embedded objects can hold a program or script that runs when double-clicked, and some kinds (Equation Editor, OLE2Link, ActiveX controls, packaged files) have been used to run code as soon as the document opens.</source>
      <translation>Het bijgevoegde document {name} bevat een ingesloten object van het type {kind}. Ingesloten objecten kunnen een programma of script bevatten dat start bij een dubbelklik, en sommige soorten (vergelijkingseditor, OLE2Link, ActiveX-besturingselementen, verpakte bestanden) werden gebruikt om code uit te voeren zodra het document opent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="135" />
      <source>The attached PDF {name} is encrypted but opens without a password: the encryption only restricts printing or copying, as banks and utilities often do. This program could not look inside it.</source>
      <translation>De bijgevoegde PDF {name} is versleuteld maar opent zonder wachtwoord: de versleuteling beperkt alleen afdrukken of kopiëren, zoals banken en energieleveranciers vaak doen. Dit programma kon er niet in kijken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="141" />
      <source>The attached file {name} is protected by a password, so neither this program nor a mail filter could look inside it. Attackers send malware this way, with the password in the message, to get it past filters.</source>
      <translation>Het bijgevoegde bestand {name} is met een wachtwoord beveiligd, dus noch dit programma noch een mailfilter kon erin kijken. Aanvallers versturen malware op die manier, met het wachtwoord in het bericht, om langs filters te raken.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="162" />
      <source>Attachment {name} is encrypted and could not be checked</source>
      <translation>Bijlage {name} is versleuteld en kon niet gecontroleerd worden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="64" />
      <source>They are set to run by themselves ({names}).</source>
      <translation>Ze zijn ingesteld om vanzelf te starten ({names}).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="66" />
      <source>They use {calls}, which start programs or fetch files.</source>
      <translation>Ze gebruiken {calls}, waarmee programma's gestart of bestanden opgehaald worden.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="71" />
      <source>some companies use macro spreadsheets for forms and reports; ask the sender by another channel.</source>
      <translation>sommige bedrijven gebruiken rekenbladen met macro's voor formulieren en rapporten; vraag het de afzender via een ander kanaal.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="103" />
      <source>It holds a file called {file}.</source>
      <translation>Het bevat een bestand met de naam {file}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="105" />
      <source>It is fetched from {where} when the document opens.</source>
      <translation>Het wordt opgehaald van {where} wanneer het document opent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="107" />
      <source>It is set to update itself when the document opens, without a click.</source>
      <translation>Het is ingesteld om zichzelf bij te werken wanneer het document opent, zonder klik.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="110" />
      <source>documents sometimes embed a spreadsheet, chart or drawing this way.</source>
      <translation>documenten sluiten soms op deze manier een rekenblad, grafiek of tekening in.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="119" />
      <source>Attachment {name} contains an embedded object ({kind})</source>
      <translation>Bijlage {name} bevat een ingesloten object ({kind})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="121" />
      <source>Attachment {name} contains an embedded object</source>
      <translation>Bijlage {name} bevat een ingesloten object</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="152" />
      <source>banks, accountants and personnel departments protect confidential documents this way; if you did not expect it, ask the sender by another channel before opening it.</source>
      <translation>banken, boekhouders en personeelsdiensten beveiligen vertrouwelijke documenten op deze manier; als u het niet verwachtte, vraag het de afzender via een ander kanaal voor u het opent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="99" />
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="52" />
      <source>an external entity</source>
      <translation>een externe entiteit</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="51" />
      <source>a style sheet</source>
      <translation>een stijlblad</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="51" />
      <source>a document type definition (DTD)</source>
      <translation>een documenttypedefinitie (DTD)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="59" />
      <source>The attached XML file {name} names {what} at {where}. A browser or office program that opens the file fetches it, telling that server the file was opened and from where.</source>
      <translation>Het bijgevoegde XML-bestand {name} noemt {what} op {where}. Een browser of kantoorprogramma dat het bestand opent, haalt die op en vertelt die server zo dat het bestand geopend werd, en van waar.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="120" />
      <source>The header {header} asks your mail program to confirm that you read the message. Many programs ask you first; answering (even 'deny' in some) confirms your address is read.</source>
      <translation>De header {header} vraagt uw e-mailprogramma te bevestigen dat u het bericht gelezen hebt. Veel programma's vragen het u eerst; antwoorden (in sommige zelfs 'weigeren') bevestigt dat uw adres gelezen wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="113" />
      <source>The header {header} asks your mail program to confirm that you read the message, to {target}, which is not the sender's address. Many programs ask you first; answering (even 'deny' in some) confirms your address is read.</source>
      <translation>De header {header} vraagt uw e-mailprogramma om aan {target} te bevestigen dat u het bericht gelezen hebt; dat is niet het adres van de afzender. Veel programma's vragen het u eerst; antwoorden (in sommige zelfs 'weigeren') bevestigt dat uw adres gelezen wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="139" />
      <source>Outlook reminder sound points to a network share</source>
      <translation>Het Outlook-herinneringsgeluid verwijst naar een netwerkshare</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="140" />
      <source>This Outlook item sets its reminder sound to a file on a remote server. When the reminder fires, Outlook on Windows connects to that server and sends your Windows login name and a hash of your password (NTLM), with no click at all. This is the CVE-2023-23397 attack.</source>
      <translation>Dit Outlook-item gebruikt als herinneringsgeluid een bestand op een externe server. Wanneer de herinnering afgaat, maakt Outlook onder Windows verbinding met die server en stuurt het uw Windows-aanmeldnaam en een hash van uw wachtwoord (NTLM) door, zonder dat u ook maar klikt. Dit is de CVE-2023-23397-aanval.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="98" />
      <source>The sender asks for a read receipt to a different address</source>
      <translation>De afzender vraagt een leesbevestiging naar een ander adres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="100" />
      <source>The sender asks for a read receipt</source>
      <translation>De afzender vraagt een leesbevestiging</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="155" />
      <source>It only loads when your mail program uses dark mode, so it also reveals that setting.</source>
      <translation>Het wordt alleen geladen wanneer uw e-mailprogramma de donkere modus gebruikt, dus het verraadt ook die instelling.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="156" />
      <source>It only loads in light mode, so it also reveals your colour setting.</source>
      <translation>Het wordt alleen in de lichte modus geladen, dus het verraadt ook uw kleurinstelling.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="157" />
      <source>It only loads when the message is printed, so it tells the sender you printed it.</source>
      <translation>Het wordt alleen geladen wanneer het bericht afgedrukt wordt, dus het vertelt de afzender dat u het afdrukte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="158" />
      <source>It only loads in a forwarded or quoted copy, so it tells the sender the message was forwarded.</source>
      <translation>Het wordt alleen geladen in een doorgestuurde of geciteerde kopie, dus het vertelt de afzender dat het bericht doorgestuurd werd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="159" />
      <source>It only loads on some screen sizes, so it reveals what kind of device you read on.</source>
      <translation>Het wordt alleen op bepaalde schermgroottes geladen, dus het verraadt op wat voor toestel u leest.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="160" />
      <source>It only loads in some mail programs, so it reveals which one you use.</source>
      <translation>Het wordt alleen in bepaalde e-mailprogramma's geladen, dus het verraadt welk programma u gebruikt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="164" />
      <source>Only a browser with JavaScript on builds it: such a browser reads the message's noscript element as plain text, so the markup after it takes another shape. Mail programs and the safe view do not load it.</source>
      <translation>Alleen een browser met JavaScript aan bouwt het op: zo'n browser leest het noscript-element van het bericht als gewone tekst, waardoor de opmaak erna een andere vorm krijgt. E-mailprogramma's en de veilige weergave laden het niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="168" />
      <source>Only browsers built on Chromium 135 or later build it: they keep pictures and markup inside the options of a drop-down list, which other programs and the safe view drop.</source>
      <translation>Alleen browsers op basis van Chromium 135 of later bouwen het op: zij behouden afbeeldingen en opmaak in de opties van een keuzelijst, die andere programma's en de veilige weergave weglaten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="172" />
      <source>Only browsers built on Chromium 135 or later with JavaScript on build it: they read the noscript element as plain text and keep the markup inside drop-down options. Mail programs and the safe view do not load it.</source>
      <translation>Alleen browsers op basis van Chromium 135 of later met JavaScript aan bouwen het op: zij lezen het noscript-element als gewone tekst en behouden de opmaak in de opties van keuzelijsten. E-mailprogramma's en de veilige weergave laden het niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="178" />
      <source>when you opened the message</source>
      <translation>wanneer u het bericht opende</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="179" />
      <source>your IP address, and from it your approximate location and your organisation or provider</source>
      <translation>uw IP-adres, en daaruit uw geschatte locatie en uw organisatie of provider</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="180" />
      <source>your mail program and device</source>
      <translation>uw e-mailprogramma en toestel</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="181" />
      <source>who you are</source>
      <translation>wie u bent</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="182" />
      <source>your network's name server (often your organisation or provider)</source>
      <translation>de naamserver van uw netwerk (vaak uw organisatie of provider)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="183" />
      <source>your Windows user name and a crackable hash of your password</source>
      <translation>uw Windows-gebruikersnaam en een kraakbare hash van uw wachtwoord</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="184" />
      <source>when you clicked</source>
      <translation>wanneer u klikte</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="185" />
      <source>that you read the message</source>
      <translation>dat u het bericht las</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="189" />
      <source>a Mailchimp subscriber id</source>
      <translation>een Mailchimp-abonnee-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="190" />
      <source>a Klaviyo profile id</source>
      <translation>een Klaviyo-profiel-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="191" />
      <source>a Marketo per-lead token</source>
      <translation>een Marketo-token per contact</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="192" />
      <source>a HubSpot contact token</source>
      <translation>een HubSpot-contacttoken</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="193" />
      <source>a Vero user id</source>
      <translation>een Vero-gebruikers-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="194" />
      <source>a recipient id</source>
      <translation>een ontvanger-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="195" />
      <source>a Campaign Monitor subscriber id</source>
      <translation>een Campaign Monitor-abonnee-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="196" />
      <source>a recipient id (GoPhish style)</source>
      <translation>een ontvanger-ID (zoals bij GoPhish)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="197" />
      <source>a subscriber id</source>
      <translation>een abonnee-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="198" />
      <source>a contact id</source>
      <translation>een contact-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="199" />
      <source>a user id</source>
      <translation>een gebruikers-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="200" />
      <source>a member id</source>
      <translation>een lid-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="201" />
      <source>an e-mail address</source>
      <translation>een e-mailadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="205" />
      <source>plain</source>
      <translation>leesbaar</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="206" />
      <source>url-encoded</source>
      <translation>URL-gecodeerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="207" />
      <source>lower</source>
      <translation>kleine letters</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="208" />
      <source>upper</source>
      <translation>hoofdletters</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="209" />
      <source>as written</source>
      <translation>zoals geschreven</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="210" />
      <source>address</source>
      <translation>adres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="211" />
      <source>local part</source>
      <translation>deel vóór de @</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="237" />
      <source>{titles} from {host} ({count} addresses)</source>
      <translation>{titles} van {host} ({count} adressen)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="282" />
      <source>It carries a long unique-looking code ({value}, {where}), probably an ID for you as a recipient, which would let the sender tell that it was you.</source>
      <translation>Het adres bevat een lange, uniek ogende code ({value}, {where}), waarschijnlijk een ID voor u als ontvanger, waarmee de afzender zou kunnen zien dat u het was.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="307" />
      <source>in the address itself</source>
      <translation>in het adres zelf</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="346" />
      <source>Loading it would reveal {items}.</source>
      <translation>Het laden ervan zou dit prijsgeven: {items}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="24" />
      <source>Tracking pixel</source>
      <translation>Volgpixel</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="25" />
      <source>Tracking pixels</source>
      <translation>Volgpixels</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="26" />
      <source>an image made to be invisible (tiny, hidden, or a known open-tracking address). Its only job is to be downloaded when you open the message, which tells the sender that you did</source>
      <translation>een afbeelding die onzichtbaar moet blijven (piepklein, verborgen, of op een bekend adres om openingen te volgen). Ze dient alleen om gedownload te worden wanneer u het bericht opent, zodat de afzender weet dat u dat deed</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="33" />
      <source>Remote image</source>
      <translation>Externe afbeelding</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="34" />
      <source>Remote images</source>
      <translation>Externe afbeeldingen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="35" />
      <source>a picture stored on a server, downloaded when the message is shown. Ordinary in newsletters, but every download is recorded by that server</source>
      <translation>een afbeelding die op een server staat en gedownload wordt wanneer het bericht getoond wordt. Gewoon in nieuwsbrieven, maar elke download wordt door die server geregistreerd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="42" />
      <source>Remote style sheet</source>
      <translation>Extern stijlblad</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="43" />
      <source>Remote style sheets</source>
      <translation>Externe stijlbladen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="44" />
      <source>a style sheet loaded from a server when the message is shown (Outlook and Apple Mail load these)</source>
      <translation>een stijlblad dat van een server geladen wordt wanneer het bericht getoond wordt (Outlook en Apple Mail laden die)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="48" />
      <source>Remote font</source>
      <translation>Extern lettertype</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="49" />
      <source>Remote fonts</source>
      <translation>Externe lettertypes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="50" />
      <source>a font downloaded from a server when the message is shown</source>
      <translation>een lettertype dat van een server gedownload wordt wanneer het bericht getoond wordt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="54" />
      <source>Embedded web page</source>
      <translation>Ingesloten webpagina</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="55" />
      <source>Embedded web pages</source>
      <translation>Ingesloten webpagina's</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="56" />
      <source>a web page embedded inside the message; it loads from a server and can load more things itself</source>
      <translation>een webpagina die in het bericht is ingesloten; ze wordt van een server geladen en kan zelf nog meer laden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="60" />
      <source>Remote audio or video</source>
      <translation>Externe audio of video</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="61" />
      <source>Remote audio or video files</source>
      <translation>Externe audio- of videobestanden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="62" />
      <source>sound or video loaded from a server when the message is shown</source>
      <translation>geluid of video die van een server geladen wordt wanneer het bericht getoond wordt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="66" />
      <source>Remote plug-in content</source>
      <translation>Externe plug-in-inhoud</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="67" />
      <source>Remote plug-in contents</source>
      <translation>Externe plug-in-inhoud</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="68" />
      <source>an object, embed or applet loaded from a server: old plug-in content that has no place in an email</source>
      <translation>een object-, embed- of applet-element dat van een server geladen wordt: oude plug-in-inhoud die in een e-mail niet thuishoort</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="72" />
      <source>Script loaded by an SVG drawing</source>
      <translation>Script geladen door een SVG-tekening</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="73" />
      <source>Scripts loaded by SVG drawings</source>
      <translation>Scripts geladen door SVG-tekeningen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="74" />
      <source>a script that an SVG drawing in the message loads from a server (`&lt;svg&gt;&lt;script href&gt;`): a mail program that shows the message in a web engine may fetch it when the drawing is shown</source>
      <translation>een script dat een SVG-tekening in het bericht van een server laadt (`&lt;svg&gt;&lt;script href&gt;`): een e-mailprogramma dat het bericht in een webengine toont, kan het ophalen wanneer de tekening wordt getoond</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="81" />
      <source>Prefetched resource</source>
      <translation>Vooraf geladen bron</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="82" />
      <source>Prefetched resources</source>
      <translation>Vooraf geladen bronnen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="83" />
      <source>a hint asking the mail program to fetch something from a server in advance</source>
      <translation>een hint die het e-mailprogramma vraagt om vooraf iets van een server op te halen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="87" />
      <source>DNS prefetch</source>
      <translation>DNS-prefetch</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="88" />
      <source>DNS prefetches</source>
      <translation>DNS-prefetches</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="89" />
      <source>a hint asking the mail program to look up a server name in advance. Only a name lookup leaves your computer, but it still reveals that the message was opened, through your network's name server</source>
      <translation>een hint die het e-mailprogramma vraagt om vooraf een servernaam op te zoeken. Alleen een naamopzoeking verlaat uw computer, maar via de naamserver van uw netwerk verraadt die toch dat het bericht geopend werd</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="96" />
      <source>Automatic redirect</source>
      <translation>Automatische doorverwijzing</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="97" />
      <source>Automatic redirects</source>
      <translation>Automatische doorverwijzingen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="98" />
      <source>an instruction to load another address automatically after the message is shown</source>
      <translation>een instructie om na het tonen van het bericht automatisch een ander adres te laden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="102" />
      <source>Windows file-share reference</source>
      <translation>Verwijzing naar een Windows-netwerkshare</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="103" />
      <source>Windows file-share references</source>
      <translation>Verwijzingen naar Windows-netwerkshares</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="104" />
      <source>a reference to a file on a Windows network share. On Windows, Outlook and Explorer connect to that server and hand over your Windows login name and a hash of your password (NTLM) without any click; this is how CVE-2023-23397 was exploited</source>
      <translation>een verwijzing naar een bestand op een Windows-netwerkshare. Onder Windows maken Outlook en Verkenner verbinding met die server en geven ze uw Windows-aanmeldnaam en een hash van uw wachtwoord (NTLM) door, zonder dat u klikt; zo werd CVE-2023-23397 misbruikt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="127" />
      <source>a link that goes through a click-tracking service before reaching its destination, so the sender learns when you click it</source>
      <translation>een link die langs een dienst voor klikregistratie loopt voordat hij zijn bestemming bereikt, zodat de afzender te weten komt wanneer u erop klikt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="136" />
      <source>a link carrying a code that identifies you, so a click tells the sender it was you</source>
      <translation>een link met een code die u identificeert, zodat een klik de afzender vertelt dat u het was</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="142" />
      <source>a link with a 'ping' address that browsers notify when the link is clicked</source>
      <translation>een link met een 'ping'-adres dat browsers verwittigen wanneer op de link geklikt wordt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="236" />
      <source>{title} from {host}</source>
      <translation>{title} van {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="261" />
      <source>The address contains your e-mail address ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>Het webadres bevat uw e-mailadres ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="267" />
      <source>The address contains your name ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>Het webadres bevat uw naam ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="276" />
      <source>It carries {what} ({value}, {where}), which lets the sender tie the request to you personally.</source>
      <translation>Het adres bevat {what} ({value}, {where}), waarmee de afzender het verzoek aan u persoonlijk kan koppelen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="300" />
      <source>in the part of the address after the question mark</source>
      <translation>in het deel van het adres na het vraagteken</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="302" />
      <source>in the part of the address after the # sign</source>
      <translation>in het deel van het adres na het #-teken</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="304" />
      <source>in the name of the server</source>
      <translation>in de naam van de server</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="306" />
      <source>split between the address and the part after the question mark</source>
      <translation>verdeeld over het adres en het deel na het vraagteken</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="316" />
      <source>{hash}({of})</source>
      <translation>{hash}({of})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="341" />
      <source>{items} and {last}</source>
      <translation>{items} en {last}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="343" />
      <source>Clicking it would reveal {items}.</source>
      <translation>Erop klikken zou dit prijsgeven: {items}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="345" />
      <source>Opening it would reveal {items}.</source>
      <translation>Het openen van dat bestand zou dit prijsgeven: {items}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="125" />
      <source>Tracked link via {via}</source>
      <translation>Gevolgde link via {via}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="126" />
      <source>Tracked links via {via} ({count} links)</source>
      <translation>Gevolgde links via {via} ({count} links)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="134" />
      <source>Personalised link via {via}</source>
      <translation>Gepersonaliseerde link via {via}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="135" />
      <source>Personalised links via {via} ({count} links)</source>
      <translation>Gepersonaliseerde links via {via} ({count} links)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="140" />
      <source>Link with click notification via {via}</source>
      <translation>Link met klikmelding via {via}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="141" />
      <source>Links with click notification via {via} ({count} links)</source>
      <translation>Links met klikmelding via {via} ({count} links)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="250" />
      <source>The address contains your e-mail local part ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>Het webadres bevat het deel van uw e-mailadres vóór de @ ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="256" />
      <source>The address contains your e-mail domain ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>Het webadres bevat het domein van uw e-mailadres ({identity}, {encoding}, {where}), dus wie het verzoek ontvangt, weet precies wie u bent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="278" />
      <source>an identifier ({label})</source>
      <translation>een identificatiecode ({label})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="204" />
      <source>URL matches {rule} ({source})</source>
      <translation>het adres komt overeen met {rule} ({source})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="307" />
      <source>{title} that knows your address</source>
      <translation>{title}, met uw adres erin</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="309" />
      <source>{title} that knows your name</source>
      <translation>{title}, met uw naam erin</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="315" />
      <source>This message contains {what}.</source>
      <translation>Dit bericht bevat {what}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="228" />
      <source>known open-tracking address of {vendor}</source>
      <translation>bekend adres van {vendor} om openingen te volgen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="246" />
      <source>tracking word {word} in the address</source>
      <translation>volgwoord {word} in het adres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="248" />
      <source>last image of the message</source>
      <translation>laatste afbeelding van het bericht</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="296" />
      <source>Tracking pixel ({vendor})</source>
      <translation>Volgpixel ({vendor})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="317" />
      <source>It was recognised by: {signals}.</source>
      <translation>Dit element werd herkend aan: {signals}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="319" />
      <source>The service behind it is {vendor}.</source>
      <translation>De dienst erachter is {vendor}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="327" />
      <source>It sits in the attachment {name}, and fires when that file is opened.</source>
      <translation>Het zit in de bijlage {name} en treedt in werking wanneer dat bestand geopend wordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="207" />
      <source>sending service recognised from {source}</source>
      <translation>verzenddienst herkend aan {source}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="231" />
      <source>declared size {width}×{height} px</source>
      <translation>opgegeven grootte {width}×{height} px</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="330" />
      <source>Nothing is loaded unless you click.</source>
      <translation>Er wordt niets geladen tenzij u klikt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="332" />
      <source>Most mail programs load it as soon as remote content is allowed.</source>
      <translation>De meeste e-mailprogramma's laden het zodra externe inhoud toegestaan is.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="103" />
      <source>the image</source>
      <translation>de afbeelding</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="103" />
      <source>its container &lt;{tag}&gt;</source>
      <translation>de container &lt;{tag}&gt; eromheen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="105" />
      <source>{who} has the hidden attribute</source>
      <translation>{who} heeft het attribuut hidden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="107" />
      <source>{who} is display:none</source>
      <translation>{who} staat op display:none</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="109" />
      <source>{who} is visibility:hidden</source>
      <translation>{who} staat op visibility:hidden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="111" />
      <source>{who} has opacity 0</source>
      <translation>{who} heeft opaciteit 0</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="113" />
      <source>{who} is hidden from Outlook (mso-hide:all)</source>
      <translation>{who} wordt voor Outlook verborgen (mso-hide:all)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="116" />
      <source>{who} has {prop}:0</source>
      <translation>{who} heeft {prop}:0</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="122" />
      <source>{who} is moved off-screen ({prop}:{value})</source>
      <translation>{who} staat buiten beeld ({prop}:{value})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/text_refs.py" line="67" />
      <source>The message text mentions a password: {hint}</source>
      <translation>De tekst van het bericht vermeldt een wachtwoord: {hint}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/unsubscribe.py" line="43" />
      <source>The List-Unsubscribe header holds a link to {host} made for you. It is used only if you unsubscribe, but it shows that the sender's list knows exactly who you are.</source>
      <translation>De header List-Unsubscribe bevat een link naar {host} die voor u gemaakt is. Hij dient alleen als u zich uitschrijft, maar toont dat de lijst van de afzender precies weet wie u bent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/unsubscribe.py" line="52" />
      <source>Personalised unsubscribe link via {host}</source>
      <translation>Gepersonaliseerde uitschrijflink via {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="107" />
      <source>The link leads to {host}, a site whose name contains {brand} ({how}) but which is not one of its domains ({domains}). Phishing pages are put on such names so that a glance at the address sees the real company.</source>
      <translation>De link leidt naar {host}, een site waarvan de naam {brand} bevat ({how}) maar die niet een van haar domeinen is ({domains}). Phishingpagina's staan onder zulke namen, zodat wie snel naar het adres kijkt het echte bedrijf ziet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="122" />
      <source>resellers, fan sites and partners sometimes carry a brand's name in their own site name.</source>
      <translation>wederverkopers, fansites en partners dragen soms de naam van een merk in de naam van hun eigen site.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="117" />
      <source>The message itself claims to come from {brand}.</source>
      <translation>Het bericht zelf beweert van {brand} te komen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="128" />
      <source>A link leads to {host}, which borrows the name {brand}</source>
      <translation>Een link leidt naar {host}, dat de naam {brand} leent</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="150" />
      <source>Mail programs do not run scripts, so it cannot do anything here, and the safe view removes it. But ordinary mail has no reason to carry one: it is often left over from a phishing page copied into the message.</source>
      <translation>E-mailprogramma's voeren geen scripts uit, dus hier kan het niets doen, en de veilige weergave verwijdert het. Maar gewone e-mail heeft geen reden om er een te bevatten: vaak is het een overblijfsel van een phishingpagina die in het bericht gekopieerd werd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="106" />
      <source>Nothing is sent unless you press its button, and the safe view disables it. Genuine services do not ask you to type sign-in details into an email: use their website instead.</source>
      <translation>Er wordt niets verstuurd tenzij u op de knop drukt, en de veilige weergave schakelt het uit. Echte diensten vragen u nooit om aanmeldgegevens in een e-mail te typen: ga liever naar hun website.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="163" />
      <source>This message contains 1 script.</source>
      <translation>Dit bericht bevat 1 script.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="101" />
      <source>This message contains a form. Submitting it sends what you type into it to {host}, including a password.</source>
      <translation>Dit bericht bevat een formulier. Wie het verzendt, stuurt wat erin getypt is naar {host}, ook een wachtwoord.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="104" />
      <source>This message contains a form. Submitting it sends what you type into it to {host}.</source>
      <translation>Dit bericht bevat een formulier. Wie het verzendt, stuurt wat erin getypt is naar {host}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="158" />
      <source>This message contains {count} scripts loaded from {hosts}.</source>
      <translation>Dit bericht bevat {count} scripts, geladen van {hosts}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="160" />
      <source>This message contains 1 script loaded from {hosts}.</source>
      <translation>Dit bericht bevat 1 script, geladen van {hosts}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="162" />
      <source>This message contains {count} scripts.</source>
      <translation>Dit bericht bevat {count} scripts.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="77" />
      <source>Form that sends what you type to {host} (asks for a password)</source>
      <translation>Formulier dat wat u typt naar {host} stuurt (vraagt een wachtwoord)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="79" />
      <source>Form that sends what you type to {host}</source>
      <translation>Formulier dat wat u typt naar {host} stuurt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="130" />
      <source>Script in the message loaded from {hosts}</source>
      <translation>Script in het bericht, geladen van {hosts}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="132" />
      <source>Script in the message</source>
      <translation>Script in het bericht</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="122" />
      <source>The message contains text you cannot see</source>
      <translation>Het bericht bevat tekst die u niet kunt zien</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="162" />
      <source>The message is only a picture, with almost no text</source>
      <translation>Het bericht is alleen een afbeelding, met bijna geen tekst</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="131" />
      <source>mailing programs hide a preview line or a plain-text copy of the message this way.</source>
      <translation>mailprogramma's verbergen zo een voorbeeldregel of een platte-tekstkopie van het bericht.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="170" />
      <source>some invitations, greeting cards and advertisements are designed as a single image.</source>
      <translation>sommige uitnodigingen, wenskaarten en advertenties zijn als één afbeelding ontworpen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="123" />
      <source>Part of the text is written so that it is not shown (a font size of zero, or an element that is not displayed). You do not see it, but spam and phishing filters read it: this is a way to make a malicious message look harmless to them.</source>
      <translation>Een deel van de tekst is zo geschreven dat het niet getoond wordt (lettergrootte nul, of een verborgen element). U ziet het niet, maar spam- en phishingfilters lezen het: zo laat men een kwaadaardig bericht er voor hen onschuldig uitzien.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="163" />
      <source>The whole message is one or more images and has almost no text. Filters cannot read words in a picture, which is why spam and phishing are sent this way.</source>
      <translation>Het hele bericht bestaat uit een of meer afbeeldingen en bevat bijna geen tekst. Filters kunnen geen woorden in een afbeelding lezen; daarom worden spam en phishing zo verstuurd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="164" />
      <source>The sender's address has no valid internet domain ({domain})</source>
      <translation>Het adres van de afzender heeft geen geldig internetdomein ({domain})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="207" />
      <source>The message claims to come from {brand}, but nothing confirms it</source>
      <translation>Het bericht beweert van {brand} te komen, maar niets bevestigt dat</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="173" />
      <source>test messages and internal company systems use made-up names such as .local or .test.</source>
      <translation>testberichten en interne bedrijfssystemen gebruiken verzonnen namen zoals .local of .test.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="219" />
      <source>some organisations, parcel services among them, send genuine mail without a signature; a saved copy or draft never went through the organisation's servers.</source>
      <translation>sommige organisaties, waaronder pakjesdiensten, versturen echte berichten zonder handtekening; een bewaarde kopie of een concept ging nooit via de servers van de organisatie.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="264" />
      <source>The subject contains your own e-mail address</source>
      <translation>Het onderwerp bevat uw eigen e-mailadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="266" />
      <source>The message greets you with your e-mail address instead of your name</source>
      <translation>Het bericht begroet u met uw e-mailadres in plaats van uw naam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="275" />
      <source>automatic account messages sometimes quote the address they were sent to.</source>
      <translation>automatische accountberichten vermelden soms het adres waarnaar ze gestuurd zijn.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="165" />
      <source>The part of the sender's address after the @ is not a name that can exist on the internet: it has no known ending such as .com or .be, or contains characters a domain cannot have. No real mail service sends from such an address, so it was written by hand or by a spam tool.</source>
      <translation>Het deel van het afzenderadres na de @ is geen naam die op internet kan bestaan: het heeft geen bekende uitgang zoals .com of .be, of bevat tekens die een domein niet kan hebben. Geen echte maildienst verstuurt vanaf zo'n adres; het werd met de hand of door een spamprogramma geschreven.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="208" />
      <source>The sender's address is at {domain}, a domain of {brand}. Most such organisations sign their mail and publish the servers allowed to send for them, but this message carries no signature of {domain} and no passing check, so nothing shows that {brand} sent it. Anyone can type any sender address.</source>
      <translation>Het afzenderadres staat op {domain}, een domein van {brand}. De meeste van zulke organisaties ondertekenen hun berichten en publiceren welke servers voor hen mogen versturen, maar dit bericht draagt geen handtekening van {domain} en geen geslaagde controle: niets toont aan dat {brand} het verstuurde. Iedereen kan om het even welk afzenderadres typen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="267" />
      <source>The message greets you or names the subject with your e-mail address instead of your name. Mass phishing does this because it only knows your address; people and companies that know you use your name.</source>
      <translation>Het bericht begroet u of noemt het onderwerp met uw e-mailadres in plaats van uw naam. Massale phishing doet dat omdat ze alleen uw adres kent; mensen en bedrijven die u kennen, gebruiken uw naam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="277" />
      <source>A link shows one web address but leads to another</source>
      <translation>Een link toont het ene webadres maar leidt naar een ander</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="278" />
      <source>The text of a link shows a web address, but clicking it would take you to a different site. Phishing mail shows the real company's address and links to the attacker's page.</source>
      <translation>De tekst van een link toont een webadres, maar erop klikken brengt u naar een andere site. Phishingmails tonen het adres van het echte bedrijf en linken naar de pagina van de aanvaller.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="282" />
      <source>newsletters count clicks through their mailing service's own address, and companies link between their own sites under different names.</source>
      <translation>nieuwsbrieven tellen klikken via het adres van hun verzenddienst, en bedrijven linken tussen hun eigen sites onder verschillende namen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="289" />
      <source>A link goes through a link shortener</source>
      <translation>Een link gaat via een linkverkorter</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="290" />
      <source>A shortened link hides where it really leads until you click it, so neither you nor a filter can check the destination beforehand.</source>
      <translation>Een verkorte link verbergt waar hij echt heen gaat tot u klikt, dus u noch een filter kan de bestemming vooraf controleren.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="294" />
      <source>social networks and marketing mail shorten links to count clicks.</source>
      <translation>sociale netwerken en marketingmails verkorten links om klikken te tellen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="298" />
      <source>A link borrows a well-known site's address to send you elsewhere</source>
      <translation>Een link leent het adres van een bekende site om u elders heen te sturen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="299" />
      <source>The link starts at a large, trusted site but only passes you on to another one written inside the address. Attackers use such redirects so that the link looks safe to people and filters.</source>
      <translation>De link begint bij een grote, vertrouwde site maar stuurt u alleen door naar een andere die in het adres staat. Aanvallers gebruiken zulke doorverwijzingen zodat de link er veilig uitziet voor mensen en filters.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="303" />
      <source>search results and copied links from documents often look like this.</source>
      <translation>zoekresultaten en uit documenten gekopieerde links zien er vaak zo uit.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="307" />
      <source>A link leads to a page on free web hosting</source>
      <translation>Een link leidt naar een pagina op gratis webhosting</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="308" />
      <source>The link leads to a page on a service where anyone can publish a web page in minutes, without proving who they are (cloud storage, app hosting, site builders). Fake sign-in pages are often put there because the service's name looks respectable.</source>
      <translation>De link leidt naar een pagina op een dienst waar iedereen in enkele minuten een webpagina kan publiceren zonder te bewijzen wie hij is (cloudopslag, apphosting, sitebouwers). Valse aanmeldpagina's worden daar vaak gezet omdat de naam van de dienst betrouwbaar oogt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="313" />
      <source>small organisations host documents and sites on these services too.</source>
      <translation>kleine organisaties hosten ook documenten en sites op deze diensten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="317" />
      <source>A link points to a bare numeric internet address</source>
      <translation>Een link wijst naar een kaal numeriek internetadres</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="318" />
      <source>The link points to a numeric address instead of a named site. Genuine companies link to their names; a bare address hides who runs the server.</source>
      <translation>De link wijst naar een numeriek adres in plaats van een site met een naam. Echte bedrijven linken naar hun naam; een kaal adres verbergt wie de server beheert.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="322" />
      <source>home devices and test servers are sometimes reached this way.</source>
      <translation>thuisapparaten en testservers worden soms zo bereikt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="326" />
      <source>A link leads to an internationalised address that may imitate another</source>
      <translation>Een link leidt naar een geïnternationaliseerd adres dat een ander kan nabootsen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="327" />
      <source>The link's site name is written with non-Latin or accented letters (shown to the computer as 'xn--…'). Such names can look exactly like a well-known site while being another one.</source>
      <translation>De sitenaam van de link is geschreven met niet-Latijnse of letters met accenten (voor de computer 'xn--…'). Zulke namen kunnen er precies uitzien als een bekende site en toch een andere zijn.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="331" />
      <source>sites in languages with accented or non-Latin letters use such names legitimately.</source>
      <translation>sites in talen met letters met accenten of niet-Latijnse letters gebruiken zulke namen rechtmatig.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="340" />
      <source>A link shows {shown} but leads to {target}</source>
      <translation>Een link toont {shown} maar leidt naar {target}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="258" />
      <source>The only way to respond is to write to a free-mail address ({address})</source>
      <translation>De enige manier om te reageren is schrijven naar een gratis e-mailadres ({address})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="342" />
      <source>A link leads to a page on free web hosting ({host})</source>
      <translation>Een link leidt naar een pagina op gratis webhosting ({host})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="267" />
      <source>small associations and private people do use free-mail addresses.</source>
      <translation>kleine verenigingen en particulieren gebruiken wel degelijk gratis e-mailadressen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="344" />
      <source>A link leads to {unicode}, an address that may imitate another</source>
      <translation>Een link leidt naar {unicode}, een adres dat een ander kan nabootsen</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="259" />
      <source>The message has no web links; its call to action is to write to a personal free-mail address that is not the sender's. Advance-fee and gift-card scams work this way, because a reply address cannot be checked by a link filter.</source>
      <translation>Het bericht heeft geen weblinks; het vraagt u te schrijven naar een persoonlijk gratis e-mailadres dat niet dat van de afzender is. Voorschotfraude en cadeaukaartoplichting werken zo, omdat een linkfilter een antwoordadres niet kan controleren.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="134" />
      <source>A shortcut file runs a command or opens an address when clicked; it looks like an ordinary document but can start a program.</source>
      <translation>Een snelkoppeling voert een opdracht uit of opent een adres wanneer u erop klikt; ze lijkt een gewoon document maar kan een programma starten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="164" />
      <source>An attached web page (.html, .svg) opens in your browser, outside the protection of your mail program. Phishing pages are sent this way to show a fake sign-in form without a link a filter could check.</source>
      <translation>Een bijgevoegde webpagina (.html, .svg) opent in uw browser, buiten de bescherming van uw mailprogramma. Phishingpagina's worden zo verstuurd om een vals aanmeldformulier te tonen zonder link die een filter kan controleren.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="141" />
      <source>Shortcut attached ({name})</source>
      <translation>Snelkoppeling als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="143" />
      <source>Windows shortcut attached ({name})</source>
      <translation>Windows-snelkoppeling als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="146" />
      <source>almost none: people do not mail shortcuts to each other.</source>
      <translation>bijna geen: mensen mailen elkaar geen snelkoppelingen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="160" />
      <source>Web page attached that builds a file on your computer ({name})</source>
      <translation>Webpagina als bijlage die een bestand op uw computer aanmaakt ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="163" />
      <source>Web page attached ({name})</source>
      <translation>Webpagina als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="172" />
      <source>some services send receipts or reports as web pages.</source>
      <translation>sommige diensten versturen ontvangstbewijzen of rapporten als webpagina's.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="188" />
      <source>Archive attached that holds a program ({name})</source>
      <translation>Archief als bijlage dat een programma bevat ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="188" />
      <source>The archive contains {inside}: a program or script packed so that mail filters do not see it. Opening the file inside runs it.</source>
      <translation>Het archief bevat {inside}: een programma of script dat zo verpakt is dat mailfilters het niet zien. Het bestand erin openen voert het uit.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="191" />
      <source>developers sometimes exchange tools this way; confirm with the sender by another channel.</source>
      <translation>ontwikkelaars wisselen soms zo hulpmiddelen uit; controleer het bij de afzender via een ander kanaal.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="106" />
      <source>Disk image attached ({name})</source>
      <translation>Schijfkopie als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="106" />
      <source>Opening a disk image (.iso, .img, .vhd) on Windows mounts it like a USB stick, and the programs inside it run without the usual warnings about files from the internet. Attackers use them to deliver malware past mail filters.</source>
      <translation>Een schijfkopie (.iso, .img, .vhd) openen in Windows koppelt ze aan als een USB-stick, en de programma's erin draaien zonder de gewone waarschuwingen voor bestanden van internet. Aanvallers gebruiken ze om malware langs mailfilters te krijgen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="109" />
      <source>software vendors rarely send installation images by mail.</source>
      <translation>softwareleveranciers versturen zelden installatiekopieën per mail.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="114" />
      <source>OneNote file attached ({name})</source>
      <translation>OneNote-bestand als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="114" />
      <source>OneNote files can hide a program behind a fake "click to view" button; they were widely used to deliver malware.</source>
      <translation>OneNote-bestanden kunnen een programma verbergen achter een valse knop 'klik om te bekijken'; ze werden veel gebruikt om malware te verspreiden.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="116" />
      <source>colleagues do share notebooks, usually through a link rather than a file.</source>
      <translation>collega's delen wel notitieblokken, meestal via een link in plaats van een bestand.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="119" />
      <source>Office document with macros attached ({name})</source>
      <translation>Office-document met macro's als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="119" />
      <source>This document type can carry macros: small programs that run if you press "Enable content". Macros are a common way to install malware.</source>
      <translation>Dit documenttype kan macro's bevatten: kleine programma's die draaien als u op 'Inhoud inschakelen' drukt. Macro's zijn een gebruikelijke manier om malware te installeren.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="122" />
      <source>some companies use macro spreadsheets for forms and reports.</source>
      <translation>sommige bedrijven gebruiken rekenbladen met macro's voor formulieren en rapporten.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="124" />
      <source>Program attached ({name})</source>
      <translation>Programma als bijlage ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="124" />
      <source>This attachment is a program or script: opening it runs it, with your rights on this computer.</source>
      <translation>Deze bijlage is een programma of script: openen voert het uit, met uw rechten op deze computer.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="126" />
      <source>almost none by e-mail; genuine software comes from the vendor's site.</source>
      <translation>bijna geen per mail; echte software komt van de site van de leverancier.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="139" />
      <source>This one points to {where}.</source>
      <translation>Deze verwijst naar {where}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="170" />
      <source>This one contains code that assembles a download inside the browser (HTML smuggling).</source>
      <translation>Deze bevat code die in de browser een download samenstelt (HTML-smokkel).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="199" />
      <source>On its own this is common in genuine mail, so it does not change the verdict.</source>
      <translation>Op zich komt dit vaak voor in echte e-mail; het verandert het oordeel niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="107" />
      <source>{threat} It also carries a tracker that would tell this impostor that it was you who opened it.</source>
      <translation>{threat} Het bevat ook een volgelement dat deze oplichter laat weten dat u het bent die het opende.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="205" />
      <source>Nothing suggests that the sender is not who they claim to be.</source>
      <translation>Niets wijst erop dat de afzender niet is wie hij beweert te zijn.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="208" />
      <source>Several small signs together: {first}.</source>
      <translation>Meerdere kleine tekens samen: {first}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="210" />
      <source>This message is damaged or unusual in form; it was analysed as far as possible.</source>
      <translation>Dit bericht is beschadigd of ongewoon van vorm; het werd zo ver mogelijk geanalyseerd.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="117" />
      <source>It is built to tell its sender that you, personally, opened it, and something about the sender or the message is not as it seems.</source>
      <translation>Het is gemaakt om de afzender te laten weten dat u, persoonlijk, het opende, en iets aan de afzender of het bericht is niet wat het lijkt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="17" />
      <source>Nothing in this message would tell the sender that you opened it.</source>
      <translation>Niets in dit bericht laat de afzender weten dat u het geopend hebt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="19" />
      <source>This message is built to tell its sender that you, personally, opened it ({hosts}). Newsletters do this through mailing services; this one uses its own server.</source>
      <translation>Dit bericht is gemaakt om de afzender te laten weten dat u, persoonlijk, het opende ({hosts}). Nieuwsbrieven doen dat via verzenddiensten; dit bericht gebruikt een eigen server.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="45" />
      <source>This message contains {count} tracking elements ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat {count} volgelementen ({hosts}) die de afzender laten weten wanneer en van waar u het geopend hebt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="48" />
      <source>This message contains {count} tracking elements that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat {count} volgelementen die de afzender laten weten wanneer en van waar u het geopend hebt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="60" />
      <source>If you already opened it in your usual mail program with images shown, the sender has learnt when you read it, from where, and that it was you.</source>
      <translation>Als u het al opende in uw gewone e-mailprogramma met afbeeldingen zichtbaar, weet de afzender wanneer u het las, van waar, en dat u het was.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="90" />
      <source>Nothing to do. As always, be wary of any message that asks for a password or a payment.</source>
      <translation>Niets te doen. Wees zoals altijd op uw hoede voor elk bericht dat om een wachtwoord of een betaling vraagt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="24" />
      <source>, and that it was you.</source>
      <translation>, en dat u het was.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="38" />
      <source>This message contains a tracking element ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat een volgelement ({hosts}) dat de afzender laat weten wanneer en van waar u het geopend hebt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="41" />
      <source>This message contains a tracking element that would tell the sender when you opened it and from where</source>
      <translation>Dit bericht bevat een volgelement dat de afzender laat weten wanneer en van waar u het geopend hebt</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="63" />
      <source>If you already opened it in your usual mail program with images shown, the sender has learnt when you read it and from where.</source>
      <translation>Als u het al opende in uw gewone e-mailprogramma met afbeeldingen zichtbaar, weet de afzender wanneer en van waar u het las.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="66" />
      <source>If you already clicked a link or typed a password, tell your security contact now and change that password.</source>
      <translation>Als u al op een link klikte of een wachtwoord invulde, verwittig dan meteen uw veiligheidscontactpersoon en wijzig dat wachtwoord.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="70" />
      <source>Do not click its links, open its attachments or reply to it.</source>
      <translation>Klik niet op de links, open de bijlagen niet en antwoord niet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="71" />
      <source>Forward it as an attachment to your security contact: the evidence bundle (File › Export) holds the original message and this report.</source>
      <translation>Stuur het als bijlage door naar uw veiligheidscontactpersoon: het bewijspakket (Bestand › Exporteren) bevat het originele bericht en dit verslag.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="79" />
      <source>Be careful: do not click its links or open its attachments unless you know the sender.</source>
      <translation>Wees voorzichtig: klik niet op de links en open de bijlagen niet, tenzij u de afzender kent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="80" />
      <source>If in doubt, forward it as an attachment to your security contact before you answer.</source>
      <translation>Bij twijfel: stuur het als bijlage door naar uw veiligheidscontactpersoon voordat u antwoordt.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="85" />
      <source>Nothing here suggests an attack. This view blocks the tracking; your usual mail program may not unless it blocks remote images.</source>
      <translation>Niets wijst hier op een aanval. Deze weergave blokkeert het volgen; uw gewone e-mailprogramma misschien niet, tenzij het externe afbeeldingen blokkeert.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="27" />
      <source>The mailing service {vendors} records the opening for the sender.</source>
      <translation>De verzenddienst {vendors} registreert het openen voor de afzender.</translation>
    </message>
    <message>
      <location filename="../../inspector/parsing/decode.py" line="105" />
      <source>unknown charset {charset}</source>
      <translation>onbekende tekenset {charset}</translation>
    </message>
    <message>
      <location filename="../../inspector/parsing/decode.py" line="116" />
      <source>bytes are not valid {charset}</source>
      <translation>bytes zijn geen geldige {charset}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/document.py" line="160" />
      <source>The safe view and the beacon list disagree about one reference</source>
      <translation>De veilige weergave en de lijst met volgelementen zijn het oneens over één verwijzing</translation>
    </message>
    <message>
      <location filename="../../inspector/render/document.py" line="161" />
      <source>The safe view removed a reference that the tracking analysis did not report (or found one still there after cleaning). It was not loaded, but the findings list may be missing it. This is a bug in Email Inspector; please report it.</source>
      <translation>De veilige weergave verwijderde een verwijzing die de analyse van volgelementen niet meldde (of vond er na het opschonen nog een). Ze werd niet geladen, maar ze kan ontbreken in de lijst met bevindingen. Dit is een fout in Email Inspector; meld ze alstublieft.</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="16" />
      <source>remote image blocked</source>
      <translation>externe afbeelding geblokkeerd</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="17" />
      <source>image not shown</source>
      <translation>afbeelding niet getoond</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="18" />
      <source>tracking pixel</source>
      <translation>volgpixel</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="101" />
      <source>{label} → {host}</source>
      <translation>{label} → {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="106" />
      <source>{kind} not loaded · {host}</source>
      <translation>{kind} – niet geladen · {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="106" />
      <source>{kind} not loaded</source>
      <translation>{kind} – niet geladen</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="68" />
      <source>{label} · {host}</source>
      <translation>{label} · {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="102" />
      <source>knows your address</source>
      <translation>kent uw adres</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="43" />
      <source>embedded page</source>
      <translation>ingesloten pagina</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="43" />
      <source>embedded object</source>
      <translation>ingesloten object</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="47" />
      <source>frames</source>
      <translation>frames</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="50" />
      <source>Java applet</source>
      <translation>Java-applet</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="53" />
      <source>video</source>
      <translation>video</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="54" />
      <source>audio</source>
      <translation>audio</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="30" />
      <source>Clean</source>
      <translation>Veilig</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="31" />
      <source>Tracked</source>
      <translation>Gevolgd</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="32" />
      <source>Targeted</source>
      <translation>Gericht</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="33" />
      <source>Caution</source>
      <translation>Voorzichtig</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="34" />
      <source>Suspicious</source>
      <translation>Verdacht</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="35" />
      <source>Dangerous</source>
      <translation>Gevaarlijk</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="151" />
      <source>when you opened it</source>
      <translation>wanneer u het opende</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="153" />
      <source>your IP address and so your rough location</source>
      <translation>uw IP-adres en dus uw ruwe locatie</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="154" />
      <source>your mail program</source>
      <translation>uw mailprogramma</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="155" />
      <source>your network's name server</source>
      <translation>de naamserver van uw netwerk</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="156" />
      <source>your Windows user name and password hash</source>
      <translation>uw Windows-gebruikersnaam en de hash van uw wachtwoord</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="157" />
      <source>that you read it</source>
      <translation>dat u het las</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="190" />
      <source>What opening it would have revealed, and to whom</source>
      <translation>Wat openen ervan zou hebben onthuld, en aan wie</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="83" />
      <source>and {count} more findings on the next pages</source>
      <translation>en nog {count} bevindingen op de volgende pagina's</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="198" />
      <source>The message as the safe view shows it (remote content blocked)</source>
      <translation>Het bericht zoals de veilige weergave het toont (externe inhoud geblokkeerd)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="73" />
      <source>Is it who it claims to be?</source>
      <translation>Is het wie het beweert te zijn?</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="73" />
      <source>Are you being tracked?</source>
      <translation>Wordt u gevolgd?</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="103" />
      <source>It says it comes from “{name}” &lt;{address}&gt;.</source>
      <translation>Het zegt te komen van ‘{name}’ &lt;{address}&gt;.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="108" />
      <source>Replies would go to {addresses}.</source>
      <translation>Antwoorden zouden naar {addresses} gaan.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="111" />
      <source>Bounces go to {address}.</source>
      <translation>Onbestelbaarheidsberichten gaan naar {address}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="115" />
      <source>It was handed to your side by {server} ({ip}), received by {by}.</source>
      <translation>Het werd aan uw kant afgeleverd door {server} ({ip}) en ontvangen door {by}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="124" />
      <source>Your mail service checked it: {checks}.</source>
      <translation>Uw maildienst controleerde het: {checks}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="126" />
      <source>Written with {mailer}.</source>
      <translation>Geschreven met {mailer}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="221" />
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="222" />
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="223" />
      <source>To</source>
      <translation>Aan</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="224" />
      <source>Sent</source>
      <translation>Verzonden</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="225" />
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="226" />
      <source>Report made</source>
      <translation>Rapport opgemaakt op</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="93" />
      <source>What to do now</source>
      <translation>Wat nu te doen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="105" />
      <source>It says it comes from {address}.</source>
      <translation>Het zegt te komen van {address}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="147" />
      <source>Who really sent it</source>
      <translation>Wie het echt verstuurde</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="85" />
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="172" />
      <source>an id that singles you out</source>
      <translation>een id die u aanwijst</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="186" />
      <source>and who you are: {who}</source>
      <translation>en wie u bent: {who}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="189" />
      <source>and {count} more</source>
      <translation>en nog {count}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>info</source>
      <translation>info</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>low</source>
      <translation>laag</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>medium</source>
      <translation>middel</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>high</source>
      <translation>hoog</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="43" />
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="44" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="45" />
      <source>Domain</source>
      <translation>Domein</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="46" />
      <source>Header</source>
      <translation>Header</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="47" />
      <source>Headers</source>
      <translation>Headers</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="48" />
      <source>As written</source>
      <translation>Zoals geschreven</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="49" />
      <source>HTML element</source>
      <translation>HTML-element</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="50" />
      <source>Recognised by</source>
      <translation>Herkend aan</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="51" />
      <source>Known tracker rule</source>
      <translation>Bekende trackerregel</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="54" />
      <source>Reply-To</source>
      <translation>Reply-To</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="55" />
      <source>Return-Path</source>
      <translation>Return-Path</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="56" />
      <source>Display name</source>
      <translation>Weergavenaam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="57" />
      <source>Name matched</source>
      <translation>Herkende naam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="58" />
      <source>The brand's real domains</source>
      <translation>De echte domeinen van het merk</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="59" />
      <source>Brand</source>
      <translation>Merk</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="60" />
      <source>Reply-To domain</source>
      <translation>Domein van Reply-To</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="61" />
      <source>From domain</source>
      <translation>Domein van de afzender</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="62" />
      <source>Same display name</source>
      <translation>Zelfde weergavenaam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="63" />
      <source>Reasons</source>
      <translation>Redenen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="64" />
      <source>DMARC</source>
      <translation>DMARC</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="65" />
      <source>Result</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="66" />
      <source>Claimed</source>
      <translation>Beweerd</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="67" />
      <source>Position</source>
      <translation>Positie</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="68" />
      <source>Unsigned passes</source>
      <translation>Niet-ondertekende geslaagde controles</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="69" />
      <source>Receiving hop</source>
      <translation>Ontvangende stap</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="70" />
      <source>Trusted</source>
      <translation>Betrouwbaar</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="71" />
      <source>Hop</source>
      <translation>Stap</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="72" />
      <source>IP address</source>
      <translation>IP-adres</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="73" />
      <source>Mail program</source>
      <translation>Mailprogramma</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="74" />
      <source>Script</source>
      <translation>Script</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="75" />
      <source>File name</source>
      <translation>Bestandsnaam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="76" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="77" />
      <source>Declared type</source>
      <translation>Opgegeven type</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="78" />
      <source>Real type</source>
      <translation>Echt type</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="79" />
      <source>Size (bytes)</source>
      <translation>Grootte (bytes)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="80" />
      <source>HTML smuggling</source>
      <translation>HTML-smokkel</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="81" />
      <source>Reserved name</source>
      <translation>Gereserveerde naam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="82" />
      <source>Defect</source>
      <translation>Defect</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="83" />
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="84" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="85" />
      <source>Spam confidence level</source>
      <translation>Spamzekerheidsniveau</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="86" />
      <source>Count</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="87" />
      <source>Sample</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="88" />
      <source>How</source>
      <translation>Hoe</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="89" />
      <source>Targets</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="90" />
      <source>Archive members</source>
      <translation>Inhoud van het archief</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="91" />
      <source>Runs without a click</source>
      <translation>Werkt zonder klik</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="92" />
      <source>Found in compressed parts only</source>
      <translation>Alleen gevonden in gecomprimeerde delen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="93" />
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="94" />
      <source>Part of the file</source>
      <translation>Deel van het bestand</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="95" />
      <source>Attachment</source>
      <translation>Bijlage</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="96" />
      <source>Reading</source>
      <translation>Lezing</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="97" />
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="98" />
      <source>Where</source>
      <translation>Waar</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="99" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="100" />
      <source>Check</source>
      <translation>Controle</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="101" />
      <source>Error</source>
      <translation>Fout</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="102" />
      <source>Link text shows</source>
      <translation>De linktekst toont</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="103" />
      <source>Really goes to</source>
      <translation>Gaat eigenlijk naar</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="104" />
      <source>Landing server</source>
      <translation>Landingsserver</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="105" />
      <source>Destination inside the link</source>
      <translation>Bestemming in de link</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="106" />
      <source>Decoded name</source>
      <translation>Gedecodeerde naam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="107" />
      <source>Name hides the type</source>
      <translation>De naam verbergt het type</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="108" />
      <source>Identical</source>
      <translation>Identiek</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="109" />
      <source>Addresses</source>
      <translation>Adressen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="110" />
      <source>MIME part</source>
      <translation>MIME-deel</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="111" />
      <source>Loaded by</source>
      <translation>Geladen door</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="112" />
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="113" />
      <source>Images</source>
      <translation>Afbeeldingen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="114" />
      <source>Visible letters</source>
      <translation>Zichtbare letters</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="115" />
      <source>Image is a link</source>
      <translation>De afbeelding is een link</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="218" />
      <source>MIME part {part}</source>
      <translation>MIME-deel {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="129" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="129" />
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="133" />
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="161" />
      <source>Found in</source>
      <translation>Gevonden in</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="187" />
      <source>Token</source>
      <translation>Token</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="189" />
      <source>Decoded token</source>
      <translation>Gedecodeerd token</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="191" />
      <source>Written as</source>
      <translation>Geschreven als</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="195" />
      <source>Where it sits</source>
      <translation>Waar het staat</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="196" />
      <source>{place} ({where})</source>
      <translation>{place} ({where})</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="207" />
      <source>and {count} more (all in the JSON report)</source>
      <translation>en nog {count} (alle in het JSON-rapport)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="226" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="24" />
      <source>attacker</source>
      <translation>aanvaller</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="25" />
      <source>impersonated</source>
      <translation>nagebootst</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="26" />
      <source>recipient's side</source>
      <translation>kant van de ontvanger</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="27" />
      <source>benign reference</source>
      <translation>onschuldige verwijzing</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>Delay</source>
      <translation>Vertraging</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>By</source>
      <translation>Door</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>Encrypted</source>
      <translation>Versleuteld</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="289" />
      <source>Not to block (imitated, the recipient's own, harmless):</source>
      <translation>Niet blokkeren (nagebootst, van de ontvanger, onschuldig):</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="80" />
      <source>Findings ({count})</source>
      <translation>Bevindingen ({count})</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="115" />
      <source>Delivery chain (oldest first)</source>
      <translation>Afleveringsketen (oudste eerst)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="147" />
      <source>Found by your mail service (trusted)</source>
      <translation>Vastgesteld door uw maildienst (betrouwbaar)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="148" />
      <source>Claimed inside the message (not trusted)</source>
      <translation>Beweerd in het bericht (niet betrouwbaar)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="156" />
      <source>Authentication</source>
      <translation>Authenticatie</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="220" />
      <source>Why it is listed</source>
      <translation>Waarom het vermeld wordt</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="224" />
      <source>Links and their real destinations</source>
      <translation>Links en hun echte bestemming</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="246" />
      <source>Attachments</source>
      <translation>Bijlagen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="254" />
      <source>Indicators by role (defanged)</source>
      <translation>Indicatoren per rol (onschadelijk gemaakt)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="49" />
      <source>Findings</source>
      <translation>Bevindingen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="64" />
      <source>Same explanation as a finding above.</source>
      <translation>Dezelfde uitleg als een bevinding hierboven.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="155" />
      <source>Trusted checks come from: {servers}</source>
      <translation>De betrouwbare controles komen van: {servers}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="281" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="49" />
      <source>No findings.</source>
      <translation>Geen bevindingen.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="81" />
      <source>Made without contacting any host the message names. Links are defanged (hxxp, [.]) so that they cannot be followed by accident.</source>
      <translation>Opgemaakt zonder contact met enige server die het bericht noemt. Links zijn onschadelijk gemaakt (hxxp, [.]) zodat ze niet per ongeluk gevolgd kunnen worden.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="52" />
      <source>This file could not be analysed: {reason}</source>
      <translation>Dit bestand kon niet worden geanalyseerd: {reason}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="72" />
      <source>Page {page} of {pages}</source>
      <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="67" />
      <source>Case report</source>
      <translation>Dossierrapport</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="78" />
      <source>Message SHA-256</source>
      <translation>SHA-256 van het bericht</translation>
    </message>
  </context>
</TS>
