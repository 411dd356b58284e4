<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="73" />
      <source>Part of the analysis could not run</source>
      <translation>Une partie de l'analyse n'a pas pu s'exécuter</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/__init__.py" line="74" />
      <source>One of the checks stopped on something unexpected in this message, so the report may be incomplete. The other checks ran normally.</source>
      <translation>L'une des vérifications s'est arrêtée sur un élément inattendu de ce message ; le rapport peut donc être incomplet. Les autres vérifications se sont déroulées normalement.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="360" />
      <source>same name under another ending</source>
      <translation>même nom avec une autre extension</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="362" />
      <source>look-alike characters</source>
      <translation>caractères qui se ressemblent</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="364" />
      <source>look-alike letter combination</source>
      <translation>combinaison de lettres trompeuse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="367" />
      <source>one letter different</source>
      <translation>une lettre de différence</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="369" />
      <source>the name and its ending joined into one name</source>
      <translation>le nom et son extension réunis en un seul nom</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="487" />
      <source>the real domain followed by a hyphen or dot into another domain</source>
      <translation>le vrai domaine suivi d'un tiret ou d'un point qui mène à un autre domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="491" />
      <source>the name with a word added</source>
      <translation>le nom avec un mot ajouté</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="495" />
      <source>the name used as a subdomain of another domain</source>
      <translation>le nom utilisé comme sous-domaine d'un autre domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/lookalike.py" line="497" />
      <source>the name glued to other letters in another domain</source>
      <translation>le nom collé à d'autres lettres dans un autre domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/mime_refs.py" line="96" />
      <source>Part {part} is a message/external-body part: instead of its content it names {url} (access type {access}). An image in the message body points at this part (cid:), so a mail program that follows external bodies fetches it as soon as the message is shown, telling {host} that you opened it. The safe view does not follow it.</source>
      <translation>La partie {part} est de type message/external-body : au lieu de son contenu, elle désigne {url} (type d'accès {access}). Une image du corps du message pointe vers cette partie (cid:) : un logiciel de messagerie qui suit les corps externes la récupère dès l'affichage du message, ce qui indique à {host} que vous l'avez ouvert. La vue sûre ne la suit pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/mime_refs.py" line="107" />
      <source>Part {part} is a message/external-body part: instead of its content it names {url} (access type {access}). A mail program that shows the part, or offers to get it, contacts {host}. The safe view does not follow it.</source>
      <translation>La partie {part} est de type message/external-body : au lieu de son contenu, elle désigne {url} (type d'accès {access}). Un logiciel de messagerie qui affiche cette partie, ou propose de la récupérer, contacte {host}. La vue sûre ne la suit pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/common/mime_refs.py" line="120" />
      <source>A part of the message is fetched from {host}</source>
      <translation>Une partie du message est récupérée depuis {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="152" />
      <source>One of the recipient's own domains.</source>
      <translation>Un des domaines du destinataire lui-même.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="156" />
      <source>A real domain of {brand}, which this message imitates.</source>
      <translation>Un vrai domaine de {brand}, que ce message imite.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="158" />
      <source>A standard's reference (a namespace or schema), not a sender's server.</source>
      <translation>Une référence à une norme (un espace de noms ou un schéma), pas un serveur de l'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="160" />
      <source>A service anyone can use: blocking it would block everyone, not this attacker.</source>
      <translation>Un service que tout le monde peut utiliser : le bloquer bloquerait tout le monde, pas cet attaquant.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicator_rules.py" line="163" />
      <source>A real domain of {brand}: that organisation's own site, not the attacker's.</source>
      <translation>Un vrai domaine de {brand} : le site de cette organisation, pas celui de l'attaquant.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="200" />
      <source>A link or resource of a message judged suspicious or dangerous: where it leads is the lure.</source>
      <translation>Un lien ou une ressource d'un message jugé suspect ou dangereux : sa destination est le piège.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="206" />
      <source>Part of a message not judged suspicious: listed for reference, not to block.</source>
      <translation>Élément d'un message qui n'a pas été jugé suspect : cité pour information, pas à bloquer.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="216" />
      <source>The address of the reader of this message.</source>
      <translation>L'adresse du lecteur de ce message.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="245" />
      <source>A server that sent this message, before it reached the recipient's side.</source>
      <translation>Un serveur qui a envoyé ce message, avant qu'il n'atteigne le côté du destinataire.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="145" />
      <source>Flagged by the analysis: {title}</source>
      <translation>Signalé par l'analyse : {title}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="191" />
      <source>The destination written inside a redirecting link of this message.</source>
      <translation>La destination écrite dans un lien de redirection de ce message.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="228" />
      <source>The sender's address of a message judged suspicious or dangerous.</source>
      <translation>L'adresse de l'expéditeur d'un message jugé suspect ou dangereux.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="237" />
      <source>The mail program's project page, named in X-Mailer.</source>
      <translation>La page du projet du logiciel de messagerie, citée dans X-Mailer.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="250" />
      <source>Received header, hop {hop}</source>
      <translation>En-tête Received, étape {hop}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="260" />
      <source>A server of the recipient's side that relayed this message.</source>
      <translation>Un serveur du côté du destinataire qui a relayé ce message.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="62" />
      <source>named by the finding</source>
      <translation>cité par le constat</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="266" />
      <source>Received header: where the message entered the recipient's side</source>
      <translation>En-tête Received : là où le message est entré du côté du destinataire</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="294" />
      <source>An attachment of a message judged suspicious or dangerous, or flagged itself.</source>
      <translation>Une pièce jointe d'un message jugé suspect ou dangereux, ou signalée elle-même.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="213" />
      <source>The {header} address of a message judged suspicious or dangerous.</source>
      <translation>L'adresse {header} d'un message jugé suspect ou dangereux.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="292" />
      <source>part {part}</source>
      <translation>partie {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/indicators.py" line="184" />
      <source>plain-text body, part {part}</source>
      <translation>corps en texte brut, partie {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="89" />
      <source>Malformed message structure in part {part}</source>
      <translation>Structure de message mal formée dans la partie {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="90" />
      <source>The message does not follow the email format rules here. Mail programs may show it differently from one another, which senders of spam and phishing sometimes use to slip content past filters. The analysis read it as well as it could.</source>
      <translation>Le message ne respecte pas ici les règles du format e-mail. Les logiciels de messagerie peuvent l'afficher chacun à leur manière, ce dont les expéditeurs de spam et d'hameçonnage profitent parfois pour faire passer du contenu entre les mailles des filtres. L'analyse l'a lu du mieux qu'elle a pu.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="50" />
      <source>Text in part {part} was decoded with a fallback character set</source>
      <translation>Le texte de la partie {part} a été décodé avec un jeu de caractères de secours</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="51" />
      <source>The message declares its text encoding wrongly or not at all, so some characters may show incorrectly. Badly labelled encodings are common in bulk and spam mail.</source>
      <translation>Le message déclare mal son encodage de texte, ou pas du tout ; certains caractères peuvent donc s'afficher incorrectement. Les encodages mal étiquetés sont fréquents dans les envois de masse et le spam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="63" />
      <source>Part {part} could not be read</source>
      <translation>La partie {part} n'a pas pu être lue</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="64" />
      <source>Part of this message could not be decoded or was skipped because it is built in an abnormal way. Its content was not analysed; be careful with it.</source>
      <translation>Une partie de ce message n'a pas pu être décodée ou a été ignorée parce qu'elle est construite de façon anormale. Son contenu n'a pas été analysé ; soyez prudent avec elle.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="76" />
      <source>Part {part} was only partly analysed</source>
      <translation>La partie {part} n'a été analysée qu'en partie</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/parse_findings.py" line="77" />
      <source>Part of this message is far larger than real mail needs, a common way to exhaust or slip past filters. Only its beginning was analysed (and shown); the rest was skipped. Be careful with it.</source>
      <translation>Une partie de ce message est bien plus volumineuse qu'un vrai e-mail ne l'exige, un moyen courant d'épuiser les filtres ou de passer entre leurs mailles. Seul son début a été analysé (et affiché) ; le reste a été ignoré. Soyez prudent avec elle.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/repeats.py" line="75" />
      <source>(and {count} more on this host)</source>
      <translation>(et {count} autres sur ce serveur)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="41" />
      <source>The sending server was not authorised (SPF {result})</source>
      <translation>Le serveur d'envoi n'était pas autorisé (SPF {result})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="42" />
      <source>Your mail server found that the server which delivered this is not listed by {domain} as allowed to send its mail. Note that SPF checks the hidden bounce address, not the From you see.</source>
      <translation>Votre serveur de messagerie a constaté que le serveur qui a remis ce message ne figure pas parmi ceux que {domain} autorise à envoyer ses e-mails. Notez que SPF vérifie l'adresse de retour cachée, pas l'expéditeur (From) que vous voyez.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="47" />
      <source>forwarding and mailing lists break these checks for genuine mail; 'softfail' is common on legitimate mail.</source>
      <translation>le transfert et les listes de diffusion font échouer ces vérifications pour des e-mails authentiques ; un « softfail » est courant sur des e-mails légitimes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="68" />
      <source>A digital signature on the message is broken</source>
      <translation>Une signature numérique du message n'est plus valable</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="75" />
      <source>forwarding and mailing lists break these checks for genuine mail, and one of several signatures failing is common.</source>
      <translation>le transfert et les listes de diffusion font échouer ces vérifications pour des e-mails authentiques, et il est courant qu'une signature sur plusieurs échoue.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="94" />
      <source>The sender's domain did not authorise this message (DMARC fail)</source>
      <translation>Le domaine de l'expéditeur n'a pas autorisé ce message (échec DMARC)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="95" />
      <source>Your mail server checked the From domain {domain} and found that the message was neither sent by a server it allows nor signed by it. This is how forged sender addresses are caught.</source>
      <translation>Votre serveur de messagerie a vérifié le domaine d'expédition {domain} et constaté que le message n'a été ni envoyé par un serveur qu'il autorise, ni signé par lui. C'est ainsi que l'on détecte les adresses d'expéditeur falsifiées.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="100" />
      <source>mailing lists and forwarding can cause it, delivery reports (bounces) often fail it, and some domains publish their policy wrongly.</source>
      <translation>les listes de diffusion et le transfert peuvent en être la cause, les avis de non-remise échouent souvent à ce contrôle, et certains domaines publient mal leur politique.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="181" />
      <source>written in the name of {server}, it reports a valid signature of {domains}, but the message carries no signature of {domains}</source>
      <translation>au nom de {server}, il fait état d'une signature valide de {domains}, mais le message ne porte aucune signature de {domains}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="190" />
      <source>it is written in the name of your mail server ({server}) but sits under the line your server added when the message came in, among the lines the message arrived with</source>
      <translation>il porte le nom de votre serveur de messagerie ({server}) mais se trouve sous la ligne que votre serveur a ajoutée à l'arrivée du message, parmi les lignes arrivées avec le message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="213" />
      <source>A fake authentication stamp</source>
      <translation>Un faux cachet d'authentification</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="214" />
      <source>The message carries an authentication result that your own mail server did not write: {reasons}. Anyone can write such a line to make a message look checked.</source>
      <translation>Le message porte un résultat d'authentification que votre propre serveur de messagerie n'a pas écrit : {reasons}. N'importe qui peut ajouter une telle ligne pour donner l'impression qu'un message a été vérifié.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="254" />
      <source>Signed, but by another domain</source>
      <translation>Signé, mais par un autre domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="255" />
      <source>The message carries a valid-looking signature from {signers}, which is not the sender's domain {domain}. A signature proves only who signed, not who the From line names.</source>
      <translation>Le message porte une signature apparemment valide de {signers}, qui n'est pas le domaine de l'expéditeur {domain}. Une signature prouve seulement qui a signé, pas qui la ligne From désigne.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="261" />
      <source>newsletter and mailing services often sign with their own domain for their customers.</source>
      <translation>les services de newsletters et d'envoi d'e-mails signent souvent avec leur propre domaine pour leurs clients.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="275" />
      <source>Your mail server verified the signature on arrival, so the change happened afterwards (Microsoft 365 and archiving re-encode messages).</source>
      <translation>Votre serveur de messagerie a vérifié la signature à l'arrivée ; la modification a donc eu lieu ensuite (Microsoft 365 et l'archivage réencodent les messages).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="287" />
      <source>The text changed after it was signed</source>
      <translation>Le texte a été modifié après sa signature</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="289" />
      <source>mail servers, virus scanners, disclaimers and mailing lists change messages on the way.</source>
      <translation>les serveurs de messagerie, les antivirus, les mentions légales ajoutées et les listes de diffusion modifient les messages en chemin.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="336" />
      <source>Only the start of the text is signed</source>
      <translation>Seul le début du texte est signé</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="337" />
      <source>The signature covers the first {signed} bytes of the text; {extra} more bytes follow that anyone could have appended.</source>
      <translation>La signature couvre les {signed} premiers octets du texte ; {extra} octets supplémentaires suivent, que n'importe qui a pu ajouter.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="343" />
      <source>old mailing-list setups signed this way so lists could add footers.</source>
      <translation>d'anciennes configurations de listes de diffusion signaient ainsi pour que les listes puissent ajouter un pied de page.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="356" />
      <source>The signature's dates do not fit the delivery time</source>
      <translation>Les dates de la signature ne correspondent pas au moment de la livraison</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="357" />
      <source>The signature says it was made after the message arrived, or had expired when it arrived.</source>
      <translation>La signature indique avoir été créée après l'arrivée du message, ou elle avait expiré à son arrivée.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="358" />
      <source>wrong clocks on the sending server.</source>
      <translation>une horloge mal réglée sur le serveur d'envoi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="374" />
      <source>Signed with an outdated method</source>
      <translation>Signé avec une méthode dépassée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="375" />
      <source>The signature uses SHA-1, which is no longer considered safe against forgery.</source>
      <translation>La signature utilise SHA-1, qui n'est plus considéré comme sûr contre la falsification.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="376" />
      <source>old mail servers still sign this way.</source>
      <translation>d'anciens serveurs de messagerie signent encore ainsi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="387" />
      <source>Checking the signature of {domain} against its published key gave: {result}.</source>
      <translation>La vérification de la signature de {domain} avec sa clé publiée a donné : {result}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="392" />
      <source>the key may have been replaced since the message was sent, or the message changed in storage.</source>
      <translation>la clé a peut-être été remplacée depuis l'envoi du message, ou le message a été modifié lors de son stockage.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="418" />
      <source>forwarding services and mailing lists use ARC legitimately.</source>
      <translation>les services de transfert et les listes de diffusion utilisent ARC de manière légitime.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="69" />
      <source>Your mail server found a DKIM signature that no longer matches: the message was changed after signing, or the signature is fake ({domains}).</source>
      <translation>Votre serveur de messagerie a trouvé une signature DKIM qui ne correspond plus : le message a été modifié après la signature, ou la signature est fausse ({domains}).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="112" />
      <source>Microsoft 365 could not confirm the sender (compauth fail)</source>
      <translation>Microsoft 365 n'a pas pu confirmer l'expéditeur (échec compauth)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="113" />
      <source>Microsoft's composite check failed (reason {reason}): the From domain neither authorised the sending server nor signed the message.</source>
      <translation>La vérification combinée de Microsoft a échoué (raison {reason}) : le domaine d'expédition n'a ni autorisé le serveur d'envoi, ni signé le message.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="118" />
      <source>domains without SPF/DKIM/DMARC records fail this check although they are genuine (reason 001).</source>
      <translation>les domaines sans enregistrements SPF/DKIM/DMARC échouent à ce contrôle bien qu'ils soient authentiques (raison 001).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="200" />
      <source>it claims {method}=pass where your server found {result}</source>
      <translation>il affirme {method}=pass alors que votre serveur a trouvé {result}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="219" />
      <source>a copy whose signature lines were removed afterwards (a redacted sample).</source>
      <translation>une copie dont les lignes de signature ont été retirées après coup (un échantillon caviardé).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="221" />
      <source>a mailing list or forwarding service may add its own result, which can differ from yours.</source>
      <translation>une liste de diffusion ou un service de transfert peut ajouter son propre résultat, qui peut différer du vôtre.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="281" />
      <source>Your mail server also found the signature broken.</source>
      <translation>Votre serveur de messagerie a lui aussi trouvé la signature non valable.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="283" />
      <source>No verdict from your mail server is available to compare.</source>
      <translation>Aucun verdict de votre serveur de messagerie n'est disponible pour comparer.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="316" />
      <source>A {header} line was added after signing</source>
      <translation>Une ligne {header} a été ajoutée après la signature</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="317" />
      <source>The signature by {domain} covers {signed} {header} line(s) but the message has {count}; the extra one was added by someone else and is what you may be shown.</source>
      <translation>La signature de {domain} couvre {signed} ligne(s) {header}, mais le message en compte {count} ; la ligne en trop a été ajoutée par quelqu'un d'autre et c'est peut-être celle qui vous est montrée.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="325" />
      <source>mailing lists add lines, but rarely a second one of these.</source>
      <translation>les listes de diffusion ajoutent des lignes, mais rarement une deuxième de ce type.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="384" />
      <source>The signature did not verify online</source>
      <translation>La signature n'a pas été validée en ligne</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="386" />
      <source>The signature could not be checked online</source>
      <translation>La signature n'a pas pu être vérifiée en ligne</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="411" />
      <source>The forwarding record is broken</source>
      <translation>Le relevé de transfert n'est plus valable</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="411" />
      <source>Accepted on a forwarder's word</source>
      <translation>Accepté sur la parole d'un intermédiaire de transfert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="412" />
      <source>ARC records what earlier servers saw when mail is forwarded. Here the record is marked as broken.</source>
      <translation>ARC consigne ce que les serveurs précédents ont constaté lorsqu'un e-mail est transféré. Ici, ce relevé est marqué comme non valable.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="414" />
      <source>ARC records what earlier servers saw when mail is forwarded. Here the first forwarder saw an authentication failure, and your server accepted the message because of that forwarder's record.</source>
      <translation>ARC consigne ce que les serveurs précédents ont constaté lorsqu'un e-mail est transféré. Ici, le premier intermédiaire a constaté un échec d'authentification, et votre serveur a accepté le message sur la foi du relevé de cet intermédiaire.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="129" />
      <source>The sender's domain has a broken anti-forgery policy (DMARC {result})</source>
      <translation>Le domaine de l'expéditeur a une politique anti-usurpation défectueuse (DMARC {result})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="130" />
      <source>Your mail server tried to read the DMARC policy of {domain} and could not: the published record is malformed or could not be fetched. It is not a verdict on this message, so the server could not tell whether the From address is forged.</source>
      <translation>Votre serveur de messagerie a voulu lire la politique DMARC de {domain} sans y parvenir : l'enregistrement publié est mal formé ou n'a pas pu être obtenu. Ce n'est pas un verdict sur ce message : le serveur n'a pas pu dire si l'adresse d'expéditeur est falsifiée.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="136" />
      <source>many genuine domains publish a faulty record; when SPF or DKIM passed, the sender did authenticate.</source>
      <translation>beaucoup de domaines authentiques publient un enregistrement erroné ; si SPF ou DKIM a réussi, l'expéditeur s'est bien authentifié.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="288" />
      <source>The fingerprint of the message text in the DKIM signature no longer matches the text.</source>
      <translation>L'empreinte du texte du message enregistrée dans la signature DKIM ne correspond plus au texte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="45" />
      <source>the sender domain</source>
      <translation>le domaine de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/auth_checks.py" line="74" />
      <source>Another signature did verify.</source>
      <translation>Une autre signature a bien été vérifiée.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="40" />
      <source>spam</source>
      <translation>spam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="41" />
      <source>mail from a blocked sender</source>
      <translation>courrier d'un expéditeur bloqué</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="43" />
      <source>spam (marked by a rule of your organisation)</source>
      <translation>spam (marqué par une règle de votre organisation)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="45" />
      <source>domain impersonation</source>
      <translation>usurpation de domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="45" />
      <source>user impersonation</source>
      <translation>usurpation d'utilisateur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="45" />
      <source>first contact</source>
      <translation>premier contact</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="23" />
      <source>phishing</source>
      <translation>hameçonnage</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="24" />
      <source>high-confidence phishing</source>
      <translation>hameçonnage avéré</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="26" />
      <source>malware</source>
      <translation>logiciel malveillant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="28" />
      <source>spoofing</source>
      <translation>usurpation d'expéditeur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="29" />
      <source>impersonation of a person</source>
      <translation>usurpation de l'identité d'une personne</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="30" />
      <source>impersonation of a domain</source>
      <translation>usurpation d'un domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="31" />
      <source>impersonation (mailbox intelligence)</source>
      <translation>usurpation d'identité (mailbox intelligence)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="32" />
      <source>high-confidence spam</source>
      <translation>spam avéré</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="34" />
      <source>bulk mail</source>
      <translation>envoi en masse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="35" />
      <source>outbound spam</source>
      <translation>spam sortant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="181" />
      <source>The filter of your own mail service looked at this message on arrival and recorded this verdict in its headers. It had information this tool lacks, such as the sender's reputation.</source>
      <translation>Le filtre de votre propre service de messagerie a examiné ce message à son arrivée et a inscrit ce verdict dans ses en-têtes. Il disposait d'informations que cet outil n'a pas, comme la réputation de l'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="185" />
      <source>filters make mistakes, and messages moved out of the junk folder keep the stamp.</source>
      <translation>les filtres se trompent, et les messages sortis du dossier des indésirables gardent ce cachet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="145" />
      <source>junk (it was put in your Junk folder)</source>
      <translation>indésirable (placé dans votre dossier Courrier indésirable)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="103" />
      <source>Your mail service flagged this as {label}</source>
      <translation>Votre service de messagerie a classé ce message comme {label}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/gateway_verdicts.py" line="108" />
      <source>Your mail server's spam filter marked this as spam</source>
      <translation>Le filtre antispam de votre serveur de messagerie a classé ce message comme spam</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="196" />
      <source>From, Reply-To and the bounce address belong to three different organisations</source>
      <translation>From, Reply-To et l'adresse de retour appartiennent à trois organisations différentes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="204" />
      <source>Replies would go to someone else</source>
      <translation>Les réponses iraient à quelqu'un d'autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="211" />
      <source>newsletters, web contact forms, support desks and mailing lists often set a different reply address.</source>
      <translation>les newsletters, les formulaires de contact, les services d'assistance et les listes de diffusion indiquent souvent une autre adresse de réponse.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="260" />
      <source>Bounces go to another organisation</source>
      <translation>Les avis de non-remise vont à une autre organisation</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="261" />
      <source>Undeliverable-mail reports go to {domain}, not to the sender's domain {sender_domain}.</source>
      <translation>Les avis de non-remise sont envoyés à {domain}, et non au domaine de l'expéditeur {sender_domain}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="266" />
      <source>this is normal for newsletters and mail sent through a mailing service, which handle bounces for their customers; on its own it means little.</source>
      <translation>c'est normal pour les newsletters et les e-mails envoyés par un service d'envoi, qui gère les retours pour ses clients ; à lui seul, cela ne signifie pas grand-chose.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="35" />
      <source>The From line is written twice</source>
      <translation>La ligne From est écrite deux fois</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="36" />
      <source>The same sender line appears twice. Mail programs show it once, so you see the real claim.</source>
      <translation>La même ligne d'expéditeur apparaît deux fois. Les logiciels de messagerie l'affichent une fois : vous voyez donc bien ce qui est affirmé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="37" />
      <source>a mail script that adds the From line twice; nothing is hidden by it.</source>
      <translation>un script d'envoi qui ajoute deux fois la ligne From ; rien n'est caché ainsi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="69" />
      <source>The message has no From line</source>
      <translation>Le message n'a pas de ligne From</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="70" />
      <source>Without a From line you cannot tell who claims to have sent it.</source>
      <translation>Sans ligne From, vous ne pouvez pas savoir qui prétend l'avoir envoyé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="71" />
      <source>drafts, notes and some automated reports have none.</source>
      <translation>les brouillons, les notes et certains rapports automatiques n'en ont pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="82" />
      <source>The From line is not written the standard way</source>
      <translation>La ligne From n'est pas écrite selon la norme</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="83" />
      <source>Badly formed sender lines are read differently by different programs; spammers use this to show one sender and deliver as another.</source>
      <translation>Les lignes d'expéditeur mal formées sont lues différemment selon les programmes ; les spammeurs s'en servent pour afficher un expéditeur et envoyer au nom d'un autre.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="87" />
      <source>old or home-made mail scripts and some bulk mailers write sloppy From lines.</source>
      <translation>des scripts d'envoi anciens ou faits maison et certains outils d'envoi en masse écrivent des lignes From négligées.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="105" />
      <source>Sent on behalf of someone else</source>
      <translation>Envoyé au nom de quelqu'un d'autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="106" />
      <source>The message says it is from {author} but was sent by {sender}, another organisation.</source>
      <translation>Le message dit venir de {author} mais a été envoyé par {sender}, une autre organisation.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="165" />
      <source>Replies would go to an address in your own organisation</source>
      <translation>Les réponses iraient à une adresse de votre propre organisation</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="166" />
      <source>An outsider writing with a reply address inside your organisation is a known trick to make an answer look internal or to reach a colleague.</source>
      <translation>Un correspondant externe qui indique une adresse de réponse au sein de votre organisation : c'est une ruse connue pour faire paraître une réponse interne ou pour atteindre un collègue.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="170" />
      <source>helpdesk and ticket systems sometimes do this on purpose.</source>
      <translation>les services d'assistance et les systèmes de tickets le font parfois délibérément.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="186" />
      <source>the reply address is a free-mail or throw-away address</source>
      <translation>l'adresse de réponse est une adresse e-mail gratuite ou jetable</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="205" />
      <source>The message is from {author}, but pressing Reply would send your answer to {reply_to}.</source>
      <translation>Le message vient de {author}, mais en cliquant sur Répondre, votre réponse partirait vers {reply_to}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="220" />
      <source>The reply address wears the sender's name</source>
      <translation>L'adresse de réponse porte le nom de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="221" />
      <source>The reply address uses exactly the sender's display name but another address, so the answer looks as if it goes to the same person.</source>
      <translation>L'adresse de réponse utilise exactement le nom affiché de l'expéditeur, mais une autre adresse : la réponse semble donc aller à la même personne.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="225" />
      <source>booking and scheduling services relay replies this way ("John via Calendly").</source>
      <translation>les services de réservation et de prise de rendez-vous relaient ainsi les réponses (« Jean via Calendly »).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="45" />
      <source>The message has more than one From line</source>
      <translation>Le message a plus d'une ligne From</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="46" />
      <source>Mail programs show only one of them, while signature checks may look at another, so the sender you see may not be the one that was checked. Legitimate mail never does this.</source>
      <translation>Les programmes de messagerie n'en affichent qu'une, alors que les vérifications de signature peuvent en examiner une autre : l'expéditeur que vous voyez n'est donc peut-être pas celui qui a été vérifié. Un e-mail légitime ne fait jamais cela.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="50" />
      <source>none known; a badly broken mail script at most.</source>
      <translation>aucune connue ; tout au plus un script d'envoi gravement défectueux.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="111" />
      <source>mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others every day — and this message carries mailing-list markers.</source>
      <translation>les listes de diffusion, les boîtes partagées, les secrétariats et les services de newsletters envoient chaque jour au nom d'autres personnes — et ce message porte des marques de liste de diffusion.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="116" />
      <source>mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others every day.</source>
      <translation>les listes de diffusion, les boîtes partagées, les secrétariats et les services de newsletters envoient chaque jour au nom d'autres personnes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="132" />
      <source>The reply address cannot be read</source>
      <translation>L'adresse de réponse est illisible</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="133" />
      <source>Your answer would go to an address that does not parse, or to one your mail program reads differently from others.</source>
      <translation>Votre réponse irait à une adresse impossible à interpréter, ou que votre programme de messagerie lit autrement que d'autres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="137" />
      <source>old mail programs sometimes write empty or broken Reply-To lines.</source>
      <translation>d'anciens programmes de messagerie écrivent parfois des lignes Reply-To vides ou défectueuses.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="188" />
      <source>the reply goes to a different free-mail address</source>
      <translation>la réponse va à une autre adresse e-mail gratuite</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="243" />
      <source>The message hides its return address</source>
      <translation>Le message cache son adresse de retour</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="244" />
      <source>It was sent with an empty bounce address, which is meant only for automatic delivery reports. Ordinary mail sent this way cannot be traced back and its failures go nowhere.</source>
      <translation>Il a été envoyé avec une adresse de retour vide, réservée aux avis de remise automatiques. Un e-mail ordinaire envoyé ainsi ne peut pas être retracé et ses échecs de remise ne sont signalés à personne.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="248" />
      <source>some auto-replies and read receipts use it legitimately.</source>
      <translation>certaines réponses automatiques et certains accusés de lecture l'utilisent légitimement.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="59" />
      <source>The From line names several senders</source>
      <translation>La ligne From indique plusieurs expéditeurs</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="60" />
      <source>Your mail program may show only the first name, so you cannot tell who actually sent it.</source>
      <translation>Votre programme de messagerie n'affiche peut-être que le premier nom : vous ne pouvez donc pas savoir qui l'a réellement envoyé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="61" />
      <source>the standard allows several authors when a Sender line says who sent it; it is very rare.</source>
      <translation>la norme autorise plusieurs auteurs lorsqu'une ligne Sender indique qui l'a envoyé ; c'est très rare.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="210" />
      <source>This matters more here: {reasons}.</source>
      <translation>C'est plus important ici : {reasons}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="292" />
      <source>The account that sent it belongs to someone else</source>
      <translation>Le compte qui l'a envoyé appartient à quelqu'un d'autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="293" />
      <source>The mail server noted that the account {account} sent this message, not {author}. A hacked mailbox or web-hosting account is often used this way.</source>
      <translation>Le serveur de messagerie a noté que c'est le compte {account} qui a envoyé ce message, et non {author}. Une boîte e-mail ou un compte d'hébergement web piraté est souvent utilisé ainsi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="299" />
      <source>shared web hosting and web forms send for many domains through one account.</source>
      <translation>les hébergements web mutualisés et les formulaires web envoient pour de nombreux domaines via un seul compte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="315" />
      <source>A read receipt would go to a third party</source>
      <translation>Un accusé de lecture irait à un tiers</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="316" />
      <source>If you accept the read-receipt request, {address} learns that and when you read it; that address is neither the sender nor the bounce address.</source>
      <translation>Si vous acceptez la demande d'accusé de lecture, {address} apprend que vous l'avez lu et quand ; cette adresse n'est ni l'expéditeur ni l'adresse de retour.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/identity_checks.py" line="321" />
      <source>some mailing services collect receipts for their customers.</source>
      <translation>certains services d'envoi collectent les accusés pour leurs clients.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="36" />
      <source>Hidden characters are inside the {header}</source>
      <translation>Des caractères cachés se trouvent dans le champ {header}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="103" />
      <source>your organisation</source>
      <translation>votre organisation</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="103" />
      <source>the organisation you received this at</source>
      <translation>l'organisation où vous avez reçu ce message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="35" />
      <source>Hidden characters reverse part of the {header}</source>
      <translation>Des caractères cachés inversent une partie du champ {header}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="30" />
      <source>Hidden characters reverse part of an attachment name</source>
      <translation>Des caractères cachés inversent une partie du nom d'une pièce jointe</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="32" />
      <source>Hidden characters are inside an attachment name</source>
      <translation>Des caractères cachés se trouvent dans le nom d'une pièce jointe</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="176" />
      <source>The sender's domain imitates another</source>
      <translation>Le domaine de l'expéditeur en imite un autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="191" />
      <source>genuine domains with accented or non-Latin letters exist (müller.de); they are flagged only when they resemble a Latin domain.</source>
      <translation>il existe des domaines authentiques avec des lettres accentuées ou non latines (müller.de) ; ils ne sont signalés que s'ils ressemblent à un domaine en lettres latines.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="61" />
      <source>Invisible or direction-changing characters make text look different from what it is: a name that slips past filters, or 'invoice_fdp.exe' that displays as 'invoice_exe.pdf'.</source>
      <translation>Des caractères invisibles ou qui changent le sens d'écriture font paraître un texte différent de ce qu'il est : un nom qui échappe aux filtres, ou « invoice_fdp.exe » qui s'affiche comme « invoice_exe.pdf ».</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="65" />
      <source>right-to-left languages use direction marks, and emoji use joiners (both are already ignored here).</source>
      <translation>les langues qui s'écrivent de droite à gauche utilisent des marques de direction, et les emoji des caractères de liaison (les deux sont déjà ignorés ici).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="84" />
      <source>Look-alike letters from another alphabet</source>
      <translation>Des lettres trompeuses d'un autre alphabet</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="95" />
      <source>people with names in two scripts, and Japanese or Chinese names mixed with English, are not flagged.</source>
      <translation>les personnes dont le nom s'écrit dans deux écritures, ainsi que les noms japonais ou chinois mêlés d'anglais, ne sont pas signalés.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="148" />
      <source>an address in this message</source>
      <translation>une adresse de ce message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="177" />
      <source>The domain {domain} is displayed as '{shown}', which looks like {imitated}. International characters can make a fake domain look identical to a real one.</source>
      <translation>Le domaine {domain} s'affiche comme « {shown} », ce qui ressemble à {imitated}. Les caractères internationaux peuvent rendre un faux domaine identique en apparence à un vrai.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="185" />
      <source>The domain {domain} is displayed as '{shown}', mixing alphabets. International characters can make a fake domain look identical to a real one.</source>
      <translation>Le domaine {domain} s'affiche comme « {shown} », en mélangeant des alphabets. Les caractères internationaux peuvent rendre un faux domaine identique en apparence à un vrai.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="233" />
      <source>{domain} resembles {target} ({known_as}): {how}. Attackers register such domains so a quick glance sees the real one.</source>
      <translation>{domain} ressemble à {target} ({known_as}) : {how}. Les attaquants enregistrent de tels domaines pour qu'un coup d'œil rapide y voie le vrai.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="241" />
      <source>a company can own several similar domains; check the exact spelling against one you know.</source>
      <translation>une entreprise peut posséder plusieurs domaines semblables ; comparez l'orthographe exacte avec un domaine que vous connaissez.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="85" />
      <source>Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin letters), a way to imitate a name while escaping filters; read as Latin it says '{brand}'.</source>
      <translation>Certains mots du nom ou de l'adresse de l'expéditeur mélangent des alphabets (par exemple un « е » cyrillique parmi des lettres latines), une manière d'imiter un nom en échappant aux filtres ; lu en lettres latines, on lit « {brand} ».</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="91" />
      <source>Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin letters), a way to imitate a name while escaping filters.</source>
      <translation>Certains mots du nom ou de l'adresse de l'expéditeur mélangent des alphabets (par exemple un « е » cyrillique parmi des lettres latines), une manière d'imiter un nom en échappant aux filtres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="153" />
      <source>a link in this message</source>
      <translation>un lien de ce message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="230" />
      <source>The sender domain is a near copy of {domain}</source>
      <translation>Le domaine de l'expéditeur est une quasi-copie de {domain}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/lookalike_checks.py" line="232" />
      <source>The reply domain is a near copy of {domain}</source>
      <translation>Le domaine de réponse est une quasi-copie de {domain}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="171" />
      <source>The name '{name}' names {who}, but the address {address} is not one of its domains ({domains}).</source>
      <translation>Le nom « {name} » désigne {who}, mais l'adresse {address} n'appartient à aucun de ses domaines ({domains}).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="179" />
      <source>The name '{name}' names {who}, but the address {address} is not one of its domains.</source>
      <translation>Le nom « {name} » désigne {who}, mais l'adresse {address} n'appartient à aucun de ses domaines.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="193" />
      <source>The sender's name claims to be {who}</source>
      <translation>Le nom de l'expéditeur prétend être {who}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="195" />
      <source>journalists and staff sometimes write from a personal address, and newsletters or agencies mention the organisations they write about.</source>
      <translation>des journalistes et des membres du personnel écrivent parfois depuis une adresse personnelle, et les newsletters ou agences citent les organisations dont elles parlent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="208" />
      <source>{who} (a news outlet)</source>
      <translation>{who} (un média)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="210" />
      <source>{who} (a government body)</source>
      <translation>{who} (une administration publique)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="212" />
      <source>{who} (a parliament)</source>
      <translation>{who} (un parlement)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="214" />
      <source>{who} (an institution)</source>
      <translation>{who} (une institution)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="98" />
      <source>a comment in brackets</source>
      <translation>un commentaire entre parenthèses</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="98" />
      <source>encoded text that only mail programs decode</source>
      <translation>du texte encodé que seuls les programmes de messagerie décodent</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="187" />
      <source>In addition, {reasons}.</source>
      <translation>De plus, {reasons}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="189" />
      <source>The sender's domain did pass authentication, which proves only who owns that domain.</source>
      <translation>Le domaine de l'expéditeur a bien passé l'authentification, ce qui prouve seulement à qui appartient ce domaine.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="52" />
      <source>The sender's name shows a different email address</source>
      <translation>Le nom de l'expéditeur affiche une autre adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="102" />
      <source>An address is smuggled into the sender's name</source>
      <translation>Une adresse est glissée en douce dans le nom de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="103" />
      <source>The From line uses {how} to show an address that is not the real sender, hiding it from simple filters.</source>
      <translation>La ligne From utilise {how} pour afficher une adresse qui n'est pas le véritable expéditeur, en la cachant aux filtres simples.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="108" />
      <source>none known for this combination.</source>
      <translation>aucune connue pour cette combinaison.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="260" />
      <source>Sent from a throw-away address</source>
      <translation>Envoyé depuis une adresse jetable</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="261" />
      <source>The sender or reply address is at a service that hands out temporary mailboxes, so it leads to nobody who can be held to account.</source>
      <translation>L'adresse de l'expéditeur ou de réponse appartient à un service qui distribue des boîtes e-mail temporaires : elle ne mène à personne qui puisse en répondre.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="265" />
      <source>privacy-minded people use such services to sign up for things; rarely to write to you.</source>
      <translation>les personnes soucieuses de leur vie privée utilisent ces services pour s'inscrire quelque part ; rarement pour vous écrire.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="53" />
      <source>The name reads '{name}', so many mail programs show {shown} as the sender, but the message really comes from {address}.</source>
      <translation>Le nom est « {name} » : beaucoup de programmes de messagerie affichent donc {shown} comme expéditeur, alors que le message vient en réalité de {address}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="61" />
      <source>a mailing list rewriting the sender as "name via list"</source>
      <translation>une liste de diffusion qui réécrit l'expéditeur en « nom via liste »</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="63" />
      <source>almost none; a few booking or calendar services put the customer's address in the name.</source>
      <translation>presque aucune ; quelques services de réservation ou d'agenda mettent l'adresse du client dans le nom.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="77" />
      <source>The sender's name is a web address</source>
      <translation>Le nom de l'expéditeur est une adresse web</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="78" />
      <source>The name '{name}' shows a website ({shown}) that is not the sender's domain {domain}.</source>
      <translation>Le nom « {name} » affiche un site web ({shown}) qui n'est pas le domaine de l'expéditeur {domain}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="84" />
      <source>shops and services sometimes use their web address as their name.</source>
      <translation>des boutiques et des services utilisent parfois leur adresse web comme nom.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="116" />
      <source>An organisation's name is hidden in encoded text</source>
      <translation>Le nom d'une organisation est caché dans du texte encodé</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="117" />
      <source>The sender's name '{name}' is plain text written in an encoded form, which keeps the name of the organisation it claims to be away from simple filters.</source>
      <translation>Le nom de l'expéditeur « {name} » est du texte ordinaire écrit sous forme encodée, ce qui cache aux filtres simples le nom de l'organisation qu'il prétend être.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="122" />
      <source>some newsletter tools encode every name.</source>
      <translation>certains outils de newsletters encodent tous les noms.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="142" />
      <source>your own organisation ({name})</source>
      <translation>votre propre organisation ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="229" />
      <source>An attachment hides its real type</source>
      <translation>Une pièce jointe cache son vrai type</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="230" />
      <source>'{filename}' looks like a .{shown} file but is really a .{real} file, which can run a program when opened. Windows hides the last extension by default.</source>
      <translation>« {filename} » ressemble à un fichier .{shown} mais est en réalité un fichier .{real}, qui peut lancer un programme à l'ouverture. Windows masque la dernière extension par défaut.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="237" />
      <source>almost none for this combination; do not open it.</source>
      <translation>presque aucune pour cette combinaison ; ne l'ouvrez pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="273" />
      <source>Sent from a free-mail address</source>
      <translation>Envoyé depuis une adresse e-mail gratuite</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="274" />
      <source>{domain} gives addresses to anyone, so the address says nothing about who is behind it.</source>
      <translation>{domain} donne des adresses à n'importe qui : l'adresse ne dit donc rien de la personne qui se cache derrière.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="278" />
      <source>many journalists, MPs' staff and private people genuinely use free-mail; this is context only.</source>
      <translation>beaucoup de journalistes, de collaborateurs de parlementaires et de particuliers utilisent réellement une adresse e-mail gratuite ; ce n'est qu'un élément de contexte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/name_checks.py" line="60" />
      <source>The address shown is in your own organisation.</source>
      <translation>L'adresse affichée appartient à votre propre organisation.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="134" />
      <source>your local sender history</source>
      <translation>votre historique local des expéditeurs</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="134" />
      <source>your mail service's first-contact note (SFTY 9.25)</source>
      <translation>la mention « premier contact » de votre service de messagerie (SFTY 9.25)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="118" />
      <source>Looks like a reply, but answers nothing</source>
      <translation>Ressemble à une réponse, mais ne répond à rien</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="119" />
      <source>The subject starts like a reply or forward, but the message carries none of the markers a real reply has. Pretending to continue a conversation makes a first contact feel familiar.</source>
      <translation>L'objet commence comme une réponse ou un transfert, mais le message ne porte aucune des marques d'une vraie réponse. Faire semblant de poursuivre une conversation donne à un premier contact un air familier.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="123" />
      <source>some mail programs drop these markers, and forwarded mail often has none.</source>
      <translation>certains programmes de messagerie suppriment ces marques, et les e-mails transférés n'en ont souvent pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="140" />
      <source>First message from this sender</source>
      <translation>Premier message de cet expéditeur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="141" />
      <source>According to {source}, {address} has not written to you before. Impostors are, by definition, new senders; combined with a claimed organisation this deserves a second look.</source>
      <translation>Selon {source}, {address} ne vous a encore jamais écrit. Les imposteurs sont par définition de nouveaux expéditeurs ; combiné à une organisation revendiquée, cela mérite un second regard.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="147" />
      <source>every genuine correspondent writes a first time; on its own this is context only.</source>
      <translation>tout correspondant authentique écrit une première fois ; à lui seul, ce n'est qu'un élément de contexte.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="30" />
      <source>You were not openly addressed</source>
      <translation>Vous n'étiez pas un destinataire visible</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="36" />
      <source>newsletters, press releases and invitations are often sent as blind copies.</source>
      <translation>les newsletters, communiqués de presse et invitations sont souvent envoyés en copie cachée.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="44" />
      <source>Sent openly to {count} people</source>
      <translation>Envoyé ouvertement à {count} personnes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="45" />
      <source>A long visible list of recipients shows this went out as a campaign, not a personal message.</source>
      <translation>Une longue liste de destinataires visibles montre qu'il s'agit d'une campagne et non d'un message personnel.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="46" />
      <source>committee and project mailings legitimately list everyone.</source>
      <translation>les envois d'un comité ou d'un projet mentionnent légitimement tout le monde.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="66" />
      <source>The message claims to come from you</source>
      <translation>Le message prétend venir de vous</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="67" />
      <source>It shows your own address as the sender although it arrived from outside — a trick of extortion and "your mailbox is full" scams.</source>
      <translation>Il affiche votre propre adresse comme expéditeur alors qu'il vient de l'extérieur — une ruse des chantages et des arnaques du type « votre boîte e-mail est pleine ».</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="71" />
      <source>notes to self and some forwarding setups look like this.</source>
      <translation>les notes à soi-même et certaines configurations de transfert ressemblent à cela.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="81" />
      <source>The sender uses your name</source>
      <translation>L'expéditeur utilise votre nom</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="82" />
      <source>The sender's display name is your own name or address, so the message looks as if you sent it.</source>
      <translation>Le nom affiché de l'expéditeur est votre propre nom ou votre adresse : le message semble donc venir de vous.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="83" />
      <source>people writing to another address of their own, or a colleague sending on your behalf.</source>
      <translation>une personne qui écrit à une autre de ses propres adresses, ou un collègue qui envoie en votre nom.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="31" />
      <source>Your address is not among the visible recipients: the message was sent as a blind copy, often to many people at once.</source>
      <translation>Votre adresse ne figure pas parmi les destinataires visibles : le message a été envoyé en copie cachée, souvent à de nombreuses personnes à la fois.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="95" />
      <source>The sender's address contains your organisation's name</source>
      <translation>L'adresse de l'expéditeur contient le nom de votre organisation</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="96" />
      <source>The address {address} contains '{name}' but does not belong to {domain}; impostors name their mailbox after the target to look internal.</source>
      <translation>L'adresse {address} contient « {name} » mais n'appartient pas à {domain} ; les imposteurs nomment leur boîte d'après leur cible pour paraître internes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="103" />
      <source>suppliers sometimes create one mailbox per client.</source>
      <translation>les fournisseurs créent parfois une boîte par client.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/recipient_checks.py" line="35" />
      <source>The sender uses a free-mail address.</source>
      <translation>L'expéditeur utilise une adresse e-mail gratuite.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="114" />
      <source>{n} minutes</source>
      <translation>{n} minutes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="111" />
      <source>{n} days</source>
      <translation>{n} jours</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="113" />
      <source>{n} hours</source>
      <translation>{n} heures</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="196" />
      <source>it introduced itself with a different IP address</source>
      <translation>il s'est présenté avec une autre adresse IP</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="54" />
      <source>Unusually many delivery records ({count})</source>
      <translation>Nombre inhabituel de traces de livraison ({count})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="55" />
      <source>The message carries {count} records of servers it passed through; only the newest {analysed} were analysed. Huge counts are used to hide the real route or to crash analysis tools.</source>
      <translation>Le message porte {count} traces des serveurs par lesquels il est passé ; seules les {analysed} plus récentes ont été analysées. Des nombres énormes servent à cacher le vrai trajet ou à faire planter les outils d'analyse.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="62" />
      <source>a mail loop between misconfigured servers.</source>
      <translation>une boucle d'e-mails entre des serveurs mal configurés.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="71" />
      <source>Some delivery records could not be read</source>
      <translation>Certaines traces de livraison sont illisibles</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="72" />
      <source>One or more records of the servers it passed through are damaged or in an unknown format; the rest of the route was still analysed.</source>
      <translation>Une ou plusieurs traces des serveurs par lesquels il est passé sont endommagées ou dans un format inconnu ; le reste du trajet a tout de même été analysé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="77" />
      <source>many mail servers write their own formats.</source>
      <translation>beaucoup de serveurs de messagerie écrivent leurs propres formats.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="198" />
      <source>it introduced itself as 'localhost'</source>
      <translation>il s'est présenté comme « localhost »</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="205" />
      <source>The delivering server introduced itself oddly</source>
      <translation>Le serveur qui a livré le message s'est présenté de façon étrange</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="206" />
      <source>The server that handed the message to your side ({ip}): {problem}. Proper mail servers give their full name.</source>
      <translation>Le serveur qui a remis le message à votre côté ({ip}) : {problem}. Les vrais serveurs de messagerie donnent leur nom complet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="212" />
      <source>home-made servers and some mail programs that send directly.</source>
      <translation>les serveurs faits maison et certains programmes de messagerie qui envoient directement.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="223" />
      <source>The delivering server has no name</source>
      <translation>Le serveur qui a livré le message n'a pas de nom</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="224" />
      <source>Your server could not find a name for {address}; established mail services always have one.</source>
      <translation>Votre serveur n'a pas trouvé de nom pour {address} ; les services de messagerie établis en ont toujours un.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="228" />
      <source>small legitimate servers are often set up without one.</source>
      <translation>les petits serveurs légitimes sont souvent configurés sans nom.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="239" />
      <source>Delivered straight from a computer</source>
      <translation>Livré directement depuis un ordinateur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="240" />
      <source>The message went from the sender's computer directly to your mail server, skipping the sender's own mail provider; spam software sends this way.</source>
      <translation>Le message est allé directement de l'ordinateur de l'expéditeur à votre serveur de messagerie, sans passer par le fournisseur de messagerie de l'expéditeur ; les logiciels de spam envoient ainsi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="244" />
      <source>small organisations running their own mail server.</source>
      <translation>les petites organisations qui gèrent leur propre serveur de messagerie.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="256" />
      <source>The message has no date</source>
      <translation>Le message n'a pas de date</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="257" />
      <source>Every mail program writes a Date line; a missing one points to home-made sending software.</source>
      <translation>Tout programme de messagerie écrit une ligne Date ; son absence indique un logiciel d'envoi fait maison.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="258" />
      <source>drafts and some automated systems.</source>
      <translation>les brouillons et certains systèmes automatiques.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="268" />
      <source>The message date is not valid</source>
      <translation>La date du message n'est pas valide</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="269" />
      <source>The Date line '{date}' cannot be read or is absurd.</source>
      <translation>La ligne Date « {date} » est illisible ou absurde.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="270" />
      <source>badly configured mail programs.</source>
      <translation>des programmes de messagerie mal configurés.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="283" />
      <source>Dated in the future</source>
      <translation>Daté dans le futur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="284" />
      <source>The message claims to be written {duration} after the servers handled it.</source>
      <translation>Le message prétend avoir été écrit {duration} après son passage par les serveurs.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="285" />
      <source>a computer with a wrong clock or time zone.</source>
      <translation>un ordinateur dont l'horloge ou le fuseau horaire est mal réglé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="312" />
      <source>The message has no Message-ID</source>
      <translation>Le message n'a pas de Message-ID</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="313" />
      <source>Mail programs give every message a unique identifier; bulk-sending scripts often skip it.</source>
      <translation>Les programmes de messagerie donnent à chaque message un identifiant unique ; les scripts d'envoi en masse l'omettent souvent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="314" />
      <source>test messages and some old programs.</source>
      <translation>les messages de test et certains anciens programmes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="323" />
      <source>The Message-ID is malformed</source>
      <translation>Le Message-ID est mal formé</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="324" />
      <source>The identifier '{message_id}' is not written the standard way.</source>
      <translation>L'identifiant « {message_id} » n'est pas écrit selon la norme.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="325" />
      <source>some relays and old programs write sloppy identifiers.</source>
      <translation>certains relais et anciens programmes écrivent des identifiants négligés.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="336" />
      <source>The message identifier names another domain</source>
      <translation>L'identifiant du message mentionne un autre domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="337" />
      <source>The Message-ID was made at {domain}, not at the sender's domain {sender_domain}.</source>
      <translation>Le Message-ID a été créé chez {domain}, et non au domaine de l'expéditeur {sender_domain}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="342" />
      <source>this is the case for almost half of all genuine mail (mailing services, company mail servers).</source>
      <translation>c'est le cas de près de la moitié des e-mails authentiques (services d'envoi, serveurs de messagerie d'entreprise).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="355" />
      <source>Sent by a script or bulk-mail program</source>
      <translation>Envoyé par un script ou un programme d'envoi en masse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="356" />
      <source>The sending software is '{mailer}', typical of web scripts and bulk-mail tools rather than a person's mail program.</source>
      <translation>Le logiciel d'envoi est « {mailer} », typique des scripts web et des outils d'envoi en masse plutôt que du programme de messagerie d'une personne.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="361" />
      <source>web shops, forms and newsletters use the same tools.</source>
      <translation>les boutiques en ligne, les formulaires et les newsletters utilisent les mêmes outils.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="369" />
      <source>Claims to be Outlook, but does not look like it</source>
      <translation>Prétend être Outlook, mais n'en a pas l'air</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="370" />
      <source>The message says Microsoft Outlook wrote it, but lacks a line Outlook always adds (Thread-Index).</source>
      <translation>Le message dit avoir été écrit par Microsoft Outlook, mais il lui manque une ligne qu'Outlook ajoute toujours (Thread-Index).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="371" />
      <source>some gateways strip that line.</source>
      <translation>certaines passerelles suppriment cette ligne.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="390" />
      <source>Claims to be from {domain}, but never passed through it</source>
      <translation>Prétend venir de {domain}, mais n'y est jamais passé</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="391" />
      <source>Mail from a {domain} address always passes through {provider}'s servers and carries its marks. This message has none, so the address was probably typed in by someone else.</source>
      <translation>Un e-mail envoyé depuis une adresse {domain} passe toujours par les serveurs de {provider} et en porte les marques. Ce message n'en a aucune : l'adresse a donc probablement été saisie par quelqu'un d'autre.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="397" />
      <source>a {provider} user sending through another provider's server ('send mail as'), or a forwarded copy.</source>
      <translation>un utilisateur de {provider} qui envoie via le serveur d'un autre fournisseur (« envoyer en tant que »), ou une copie transférée.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="88" />
      <source>The delivery times recorded on the way do not add up</source>
      <translation>Les heures de livraison notées en chemin ne concordent pas</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="95" />
      <source>a server with a wrong clock, or a wrong time zone.</source>
      <translation>un serveur dont l'horloge ou le fuseau horaire est mal réglé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="169" />
      <source>A server on the way gives an address that cannot be real</source>
      <translation>Un serveur sur le trajet donne une adresse qui ne peut pas être réelle</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="183" />
      <source>internal relays of an organisation use private addresses; anonymised test messages use reserved ones.</source>
      <translation>les relais internes d'une organisation utilisent des adresses privées ; les messages de test anonymisés utilisent des adresses réservées.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="200" />
      <source>it introduced itself with a bare name ('{name}')</source>
      <translation>il s'est présenté avec un nom incomplet (« {name} »)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="293" />
      <source>Dated long before it was delivered</source>
      <translation>Daté bien avant sa livraison</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="294" />
      <source>The message is dated {duration} before any server handled it.</source>
      <translation>La date du message précède de {duration} son passage par le premier serveur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="295" />
      <source>re-sent or long-queued mail, digests, and test messages re-used years later.</source>
      <translation>des e-mails renvoyés ou restés longtemps en file d'attente, des résumés groupés, et des messages de test réutilisés des années plus tard.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="89" />
      <source>One of the servers that passed the message on says it received it {duration} before the previous server sent it. Invented delivery records often get times wrong.</source>
      <translation>L'un des serveurs qui ont transmis le message dit l'avoir reçu {duration} avant que le serveur précédent ne l'envoie. Les traces de livraison inventées se trompent souvent d'heure.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="170" />
      <source>One of the servers this message passed through says it came from {host} at {ip}, a private or reserved address that a public mail provider would never send from across the internet.</source>
      <translation>L'un des serveurs par lesquels ce message est passé dit qu'il venait de {host} à l'adresse {ip}, une adresse privée ou réservée depuis laquelle un fournisseur de messagerie public n'enverrait jamais rien sur internet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="177" />
      <source>One of the servers this message passed through says it came from {host} at {ip}, an address that is reserved and never used on the internet.</source>
      <translation>L'un des serveurs par lesquels ce message est passé dit qu'il venait de {host} à l'adresse {ip}, une adresse réservée qui n'est jamais utilisée sur internet.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="226" />
      <source>the delivering address</source>
      <translation>l'adresse de livraison</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/route_checks.py" line="94" />
      <source>This part of the route was written by the sending side.</source>
      <translation>Cette partie du trajet a été écrite par le côté expéditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="30" />
      <source>Innocent explanations:</source>
      <translation>Explications innocentes possibles :</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="126" />
      <source>the sender uses a free-mail address</source>
      <translation>l'expéditeur utilise une adresse e-mail gratuite</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="128" />
      <source>the sender uses a throw-away address</source>
      <translation>l'expéditeur utilise une adresse jetable</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="130" />
      <source>the sender's domain imitates another one</source>
      <translation>le domaine de l'expéditeur en imite un autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="132" />
      <source>the sender's name contains hidden characters</source>
      <translation>le nom de l'expéditeur contient des caractères cachés</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="134" />
      <source>your mail server found that the sender's domain did not authorise this message (DMARC fail)</source>
      <translation>votre serveur de messagerie a constaté que le domaine de l'expéditeur n'a pas autorisé ce message (échec DMARC)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="138" />
      <source>the display name claims to be {brand}</source>
      <translation>le nom affiché prétend être {brand}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/sender/sender_context.py" line="140" />
      <source>this sender has not written to you before</source>
      <translation>cet expéditeur ne vous a encore jamais écrit</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="89" />
      <source>Its name ({name}) does not say what it is; it was recognised by its content. Files are renamed this way to slip past filters that judge them by their name.</source>
      <translation>Son nom ({name}) ne dit pas ce qu'il est ; il a été reconnu à son contenu. Les fichiers sont renommés ainsi pour passer les filtres qui les jugent sur leur nom.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="128" />
      <source>On Windows, fetching from a file share also sends your login name and password hash.</source>
      <translation>Sous Windows, aller chercher un fichier sur un partage réseau envoie aussi votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="53" />
      <source>Attachment {name} was only partly checked for remote references</source>
      <translation>La pièce jointe {name} n'a été vérifiée qu'en partie pour les références distantes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_common.py" line="54" />
      <source>This attachment is too large (or inflates to too much) to scan in full for content it would load from the internet when opened. Part of it was skipped, so it may hold references this report does not list.</source>
      <translation>Cette pièce jointe est trop volumineuse (ou se décompresse en trop de données) pour être entièrement examinée à la recherche de contenu qu'elle chargerait depuis internet à l'ouverture. Une partie a été ignorée ; elle peut donc contenir des références que ce rapport ne mentionne pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_fields.py" line="168" />
      <source>Attachment {name} has a {field} field</source>
      <translation>La pièce jointe {name} contient un champ {field}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_fields.py" line="169" />
      <source>The attached document {name} contains a {field} field, which can start programs on the computer when the document is updated.</source>
      <translation>Le document joint {name} contient un champ {field}, qui peut lancer des programmes sur l'ordinateur lorsque le document est mis à jour.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_fields.py" line="200" />
      <source>The attached document {name} contains a {field} field that fetches content from {where} when the document is opened.</source>
      <translation>Le document joint {name} contient un champ {field} qui récupère du contenu sur {where} à l'ouverture du document.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ics.py" line="38" />
      <source>The calendar item {name} has a {prop} pointing to {host}. Some calendar programs fetch attachments or show linked pages when the invitation is opened.</source>
      <translation>L'élément d'agenda {name} contient un {prop} qui pointe vers {host}. Certains logiciels d'agenda récupèrent les pièces jointes ou affichent les pages liées à l'ouverture de l'invitation.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ics.py" line="35" />
      <source>Calendar invitation {name} points to a network share</source>
      <translation>L'invitation d'agenda {name} pointe vers un partage réseau</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ics.py" line="37" />
      <source>Calendar invitation {name} points to a remote file</source>
      <translation>L'invitation d'agenda {name} pointe vers un fichier distant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="103" />
      <source>a remote template (a known way to load macros into a harmless-looking document)</source>
      <translation>un modèle distant (un moyen connu de charger des macros dans un document d'apparence inoffensive)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="105" />
      <source>an external resource ({kind})</source>
      <translation>une ressource externe ({kind})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="111" />
      <source>Attachment {name} loads a remote template</source>
      <translation>La pièce jointe {name} charge un modèle distant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="113" />
      <source>Attachment {name} loads remote content</source>
      <translation>La pièce jointe {name} charge du contenu distant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_odf.py" line="114" />
      <source>The attached document {name} refers to {what} at {where}. Its office program fetches it when the document is opened, telling that server the document was opened, from where and by which program.</source>
      <translation>Le document joint {name} fait référence à {what} sur {where}. Le logiciel de bureautique le récupère à l'ouverture du document, ce qui indique à ce serveur que le document a été ouvert, d'où et avec quel logiciel.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ooxml.py" line="198" />
      <source>an external resource</source>
      <translation>une ressource externe</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ooxml.py" line="208" />
      <source>The attached document {name} refers to {what} at {where}. Office fetches it when the document is opened, telling that server the document was opened, from where and by which program, and on Windows a file-share address also leaks your login hash.</source>
      <translation>Le document joint {name} fait référence à {what} sur {where}. Office récupère cet élément à l'ouverture du document, ce qui indique à ce serveur que le document a été ouvert, d'où et avec quel logiciel ; sous Windows, une adresse de partage de fichiers divulgue en plus l'empreinte (hash) de votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_ooxml.py" line="215" />
      <source>The attached document {name} refers to {what} at {where}. Office fetches it when the document is opened, telling that server the document was opened, from where and by which program.</source>
      <translation>Le document joint {name} fait référence à {what} sur {where}. Office récupère cet élément à l'ouverture du document, ce qui indique à ce serveur que le document a été ouvert, d'où et avec quel logiciel.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="83" />
      <source>The attached PDF {name} contains {actions} actions. PDF readers can use these to open web addresses, other files or programs when the PDF is opened or a button is pressed.</source>
      <translation>Le PDF joint {name} contient des actions {actions}. Les lecteurs PDF peuvent s'en servir pour ouvrir des adresses web, d'autres fichiers ou des programmes à l'ouverture du PDF ou quand on appuie sur un bouton.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="91" />
      <source>Some are set to run when the document or one of its pages opens.</source>
      <translation>Certaines sont prévues pour s'exécuter à l'ouverture du document ou de l'une de ses pages.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="94" />
      <source>Some are hidden in compressed parts of the file: {actions}.</source>
      <translation>Certaines sont cachées dans des parties compressées du fichier : {actions}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="99" />
      <source>PDF attachment {name} has actions that reach outside the file</source>
      <translation>La pièce jointe PDF {name} contient des actions qui sortent du fichier</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="135" />
      <source>PDF attachment {name} points to a network share</source>
      <translation>La pièce jointe PDF {name} renvoie à un partage réseau</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_pdf.py" line="136" />
      <source>The attached PDF {name} refers to a file on the network share {host}. A PDF reader that follows it, when the PDF is opened or a link or button is used, connects to that server and on Windows sends your login name and a hash of your password.</source>
      <translation>Le PDF joint {name} fait référence à un fichier sur le partage réseau {host}. Un lecteur PDF qui le suit, à l'ouverture du PDF ou lors d'un clic sur un lien ou un bouton, se connecte à ce serveur et, sous Windows, envoie votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_rtf.py" line="49" />
      <source>The attached RTF document {name} names a template at {host}. Word fetches it when the document is opened; remote templates are a known way to slip macros into a harmless-looking file.</source>
      <translation>Le document RTF joint {name} désigne un modèle sur {host}. Word le récupère à l'ouverture du document ; les modèles distants sont un moyen connu de glisser des macros dans un fichier d'apparence inoffensive.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="30" />
      <source>Shortcut {name} points to a network share</source>
      <translation>Le raccourci {name} pointe vers un partage réseau</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="32" />
      <source>Shortcut {name} loads remote content</source>
      <translation>Le raccourci {name} charge du contenu distant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="33" />
      <source>The attached shortcut {name} names {where} in its {field}. Windows connects there when it shows the file's icon or the folder holding it, without a click, and on a file share sends your login name and a hash of your password.</source>
      <translation>Le raccourci joint {name} désigne {where} dans son champ {field}. Windows s'y connecte dès qu'il affiche l'icône du fichier ou le dossier qui le contient, sans clic, et sur un partage réseau envoie votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_shortcut.py" line="42" />
      <source>The attached shortcut {name} opens {where} when it is opened; on Windows, opening a file share sends your login name and a hash of your password.</source>
      <translation>Le raccourci joint {name} ouvre {where} quand on l'ouvre ; sous Windows, ouvrir un partage réseau envoie votre nom d'utilisateur et l'empreinte (hash) de votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="56" />
      <source>The attached document {name} contains macros: programs that run inside Word, Excel or PowerPoint. They run when you press "Enable content", and some documents are made to run them as soon as they open. Macros are one of the most common ways to install malware.</source>
      <translation>Le document joint {name} contient des macros : des programmes qui s'exécutent dans Word, Excel ou PowerPoint. Elles s'exécutent quand vous cliquez sur « Activer le contenu », et certains documents sont conçus pour les lancer dès leur ouverture. Les macros sont l'un des moyens les plus courants d'installer des logiciels malveillants.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="80" />
      <source>Attachment {name} contains macros</source>
      <translation>La pièce jointe {name} contient des macros</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="94" />
      <source>The attached document {name} contains an embedded object of type {kind}. Embedded objects can hold a program or script that runs when double-clicked, and some kinds (Equation Editor, OLE2Link, ActiveX controls, packaged files) have been used to run code as soon as the document opens.</source>
      <translation>Le document joint {name} contient un objet incorporé de type {kind}. Les objets incorporés peuvent contenir un programme ou un script qui s'exécute sur un double-clic, et certains types (éditeur d'équations, OLE2Link, contrôles ActiveX, fichiers empaquetés) ont servi à exécuter du code dès l'ouverture du document.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="135" />
      <source>The attached PDF {name} is encrypted but opens without a password: the encryption only restricts printing or copying, as banks and utilities often do. This program could not look inside it.</source>
      <translation>Le PDF joint {name} est chiffré mais s'ouvre sans mot de passe : le chiffrement ne fait que limiter l'impression ou la copie, comme le font souvent les banques et les fournisseurs d'énergie. Ce programme n'a pas pu regarder à l'intérieur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="141" />
      <source>The attached file {name} is protected by a password, so neither this program nor a mail filter could look inside it. Attackers send malware this way, with the password in the message, to get it past filters.</source>
      <translation>Le fichier joint {name} est protégé par un mot de passe : ni ce programme ni un filtre de messagerie n'ont pu regarder à l'intérieur. Des attaquants envoient des logiciels malveillants de cette façon, avec le mot de passe dans le message, pour passer les filtres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="162" />
      <source>Attachment {name} is encrypted and could not be checked</source>
      <translation>La pièce jointe {name} est chiffrée et n'a pas pu être vérifiée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="64" />
      <source>They are set to run by themselves ({names}).</source>
      <translation>Elles sont prévues pour se lancer d'elles-mêmes ({names}).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="66" />
      <source>They use {calls}, which start programs or fetch files.</source>
      <translation>Elles utilisent {calls}, qui lancent des programmes ou téléchargent des fichiers.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="71" />
      <source>some companies use macro spreadsheets for forms and reports; ask the sender by another channel.</source>
      <translation>certaines entreprises utilisent des tableurs à macros pour des formulaires et des rapports ; demandez confirmation à l'expéditeur par un autre moyen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="103" />
      <source>It holds a file called {file}.</source>
      <translation>Il contient un fichier nommé {file}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="105" />
      <source>It is fetched from {where} when the document opens.</source>
      <translation>Il est récupéré sur {where} à l'ouverture du document.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="107" />
      <source>It is set to update itself when the document opens, without a click.</source>
      <translation>Il est prévu pour se mettre à jour à l'ouverture du document, sans clic.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="110" />
      <source>documents sometimes embed a spreadsheet, chart or drawing this way.</source>
      <translation>des documents incorporent parfois ainsi une feuille de calcul, un graphique ou un dessin.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="119" />
      <source>Attachment {name} contains an embedded object ({kind})</source>
      <translation>La pièce jointe {name} contient un objet incorporé ({kind})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="121" />
      <source>Attachment {name} contains an embedded object</source>
      <translation>La pièce jointe {name} contient un objet incorporé</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="152" />
      <source>banks, accountants and personnel departments protect confidential documents this way; if you did not expect it, ask the sender by another channel before opening it.</source>
      <translation>les banques, les comptables et les services du personnel protègent ainsi des documents confidentiels ; si vous ne l'attendiez pas, demandez confirmation à l'expéditeur par un autre moyen avant de l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_threats.py" line="99" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="52" />
      <source>an external entity</source>
      <translation>une entité externe</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="51" />
      <source>a style sheet</source>
      <translation>une feuille de style</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="51" />
      <source>a document type definition (DTD)</source>
      <translation>une définition de type de document (DTD)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attach_xml.py" line="59" />
      <source>The attached XML file {name} names {what} at {where}. A browser or office program that opens the file fetches it, telling that server the file was opened and from where.</source>
      <translation>Le fichier XML joint {name} désigne {what} sur {where}. Un navigateur ou un logiciel de bureautique qui ouvre le fichier le récupère, ce qui indique à ce serveur que le fichier a été ouvert, et d'où.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="120" />
      <source>The header {header} asks your mail program to confirm that you read the message. Many programs ask you first; answering (even 'deny' in some) confirms your address is read.</source>
      <translation>L'en-tête {header} demande à votre logiciel de messagerie de confirmer que vous avez lu le message. Beaucoup de logiciels vous posent d'abord la question ; répondre (même « refuser » dans certains) confirme que votre adresse est lue.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="113" />
      <source>The header {header} asks your mail program to confirm that you read the message, to {target}, which is not the sender's address. Many programs ask you first; answering (even 'deny' in some) confirms your address is read.</source>
      <translation>L'en-tête {header} demande à votre logiciel de messagerie de confirmer que vous avez lu le message, à {target}, qui n'est pas l'adresse de l'expéditeur. Beaucoup de logiciels vous posent d'abord la question ; répondre (même « refuser » dans certains) confirme que votre adresse est lue.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="139" />
      <source>Outlook reminder sound points to a network share</source>
      <translation>Le son de rappel Outlook pointe vers un partage réseau</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="140" />
      <source>This Outlook item sets its reminder sound to a file on a remote server. When the reminder fires, Outlook on Windows connects to that server and sends your Windows login name and a hash of your password (NTLM), with no click at all. This is the CVE-2023-23397 attack.</source>
      <translation>Cet élément Outlook utilise comme son de rappel un fichier situé sur un serveur distant. Quand le rappel se déclenche, Outlook sous Windows se connecte à ce serveur et envoie votre nom de connexion Windows et une empreinte (hash) de votre mot de passe (NTLM), sans le moindre clic. C'est l'attaque CVE-2023-23397.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="98" />
      <source>The sender asks for a read receipt to a different address</source>
      <translation>L'expéditeur demande un accusé de lecture à une autre adresse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/attachment_refs.py" line="100" />
      <source>The sender asks for a read receipt</source>
      <translation>L'expéditeur demande un accusé de lecture</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="155" />
      <source>It only loads when your mail program uses dark mode, so it also reveals that setting.</source>
      <translation>Cet élément ne se charge que si votre logiciel de messagerie est en mode sombre ; il révèle donc aussi ce réglage.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="156" />
      <source>It only loads in light mode, so it also reveals your colour setting.</source>
      <translation>Cet élément ne se charge qu'en mode clair ; il révèle donc aussi votre réglage de couleurs.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="157" />
      <source>It only loads when the message is printed, so it tells the sender you printed it.</source>
      <translation>Cet élément ne se charge que lorsque le message est imprimé ; il indique donc à l'expéditeur que vous l'avez imprimé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="158" />
      <source>It only loads in a forwarded or quoted copy, so it tells the sender the message was forwarded.</source>
      <translation>Cet élément ne se charge que dans une copie transférée ou citée ; il indique donc à l'expéditeur que le message a été transféré.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="159" />
      <source>It only loads on some screen sizes, so it reveals what kind of device you read on.</source>
      <translation>Cet élément ne se charge que sur certaines tailles d'écran ; il révèle donc le type d'appareil sur lequel vous lisez.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="160" />
      <source>It only loads in some mail programs, so it reveals which one you use.</source>
      <translation>Cet élément ne se charge que dans certains logiciels de messagerie ; il révèle donc celui que vous utilisez.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="164" />
      <source>Only a browser with JavaScript on builds it: such a browser reads the message's noscript element as plain text, so the markup after it takes another shape. Mail programs and the safe view do not load it.</source>
      <translation>Seul un navigateur où JavaScript est activé le construit : un tel navigateur lit l'élément noscript du message comme du texte brut, si bien que le balisage qui suit prend une autre forme. Les logiciels de messagerie et l'affichage sécurisé ne le chargent pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="168" />
      <source>Only browsers built on Chromium 135 or later build it: they keep pictures and markup inside the options of a drop-down list, which other programs and the safe view drop.</source>
      <translation>Seuls les navigateurs basés sur Chromium 135 ou plus récent le construisent : ils conservent les images et le balisage à l'intérieur des options d'une liste déroulante, que les autres programmes et l'affichage sécurisé écartent.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="172" />
      <source>Only browsers built on Chromium 135 or later with JavaScript on build it: they read the noscript element as plain text and keep the markup inside drop-down options. Mail programs and the safe view do not load it.</source>
      <translation>Seuls les navigateurs basés sur Chromium 135 ou plus récent, avec JavaScript activé, le construisent : ils lisent l'élément noscript comme du texte brut et conservent le balisage à l'intérieur des options de listes déroulantes. Les logiciels de messagerie et l'affichage sécurisé ne le chargent pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="178" />
      <source>when you opened the message</source>
      <translation>quand vous avez ouvert le message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="179" />
      <source>your IP address, and from it your approximate location and your organisation or provider</source>
      <translation>votre adresse IP, et à partir d'elle votre localisation approximative et votre organisation ou fournisseur d'accès</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="180" />
      <source>your mail program and device</source>
      <translation>votre logiciel de messagerie et votre appareil</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="181" />
      <source>who you are</source>
      <translation>qui vous êtes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="182" />
      <source>your network's name server (often your organisation or provider)</source>
      <translation>le serveur de noms de votre réseau (souvent votre organisation ou fournisseur d'accès)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="183" />
      <source>your Windows user name and a crackable hash of your password</source>
      <translation>votre nom d'utilisateur Windows et une empreinte (hash) de votre mot de passe qui peut être cassée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="184" />
      <source>when you clicked</source>
      <translation>quand vous avez cliqué</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="185" />
      <source>that you read the message</source>
      <translation>que vous avez lu le message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="189" />
      <source>a Mailchimp subscriber id</source>
      <translation>un identifiant d'abonné Mailchimp</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="190" />
      <source>a Klaviyo profile id</source>
      <translation>un identifiant de profil Klaviyo</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="191" />
      <source>a Marketo per-lead token</source>
      <translation>un jeton Marketo propre à chaque contact</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="192" />
      <source>a HubSpot contact token</source>
      <translation>un jeton de contact HubSpot</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="193" />
      <source>a Vero user id</source>
      <translation>un identifiant d'utilisateur Vero</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="194" />
      <source>a recipient id</source>
      <translation>un identifiant de destinataire</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="195" />
      <source>a Campaign Monitor subscriber id</source>
      <translation>un identifiant d'abonné Campaign Monitor</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="196" />
      <source>a recipient id (GoPhish style)</source>
      <translation>un identifiant de destinataire (à la manière de GoPhish)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="197" />
      <source>a subscriber id</source>
      <translation>un identifiant d'abonné</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="198" />
      <source>a contact id</source>
      <translation>un identifiant de contact</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="199" />
      <source>a user id</source>
      <translation>un identifiant d'utilisateur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="200" />
      <source>a member id</source>
      <translation>un identifiant de membre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="201" />
      <source>an e-mail address</source>
      <translation>une adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="205" />
      <source>plain</source>
      <translation>en clair</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="206" />
      <source>url-encoded</source>
      <translation>encodée pour URL</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="207" />
      <source>lower</source>
      <translation>minuscules</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="208" />
      <source>upper</source>
      <translation>majuscules</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="209" />
      <source>as written</source>
      <translation>telle qu'écrite</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="210" />
      <source>address</source>
      <translation>adresse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="211" />
      <source>local part</source>
      <translation>partie avant le @</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="237" />
      <source>{titles} from {host} ({count} addresses)</source>
      <translation>{titles} provenant de {host} ({count} adresses)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="282" />
      <source>It carries a long unique-looking code ({value}, {where}), probably an ID for you as a recipient, which would let the sender tell that it was you.</source>
      <translation>Son adresse contient un long code d'apparence unique ({value}, {where}), probablement un identifiant qui vous est propre en tant que destinataire, ce qui permettrait à l'expéditeur de savoir que c'était vous.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="307" />
      <source>in the address itself</source>
      <translation>dans l'adresse elle-même</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="346" />
      <source>Loading it would reveal {items}.</source>
      <translation>Son chargement révélerait {items}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="24" />
      <source>Tracking pixel</source>
      <translation>Pixel espion</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="25" />
      <source>Tracking pixels</source>
      <translation>Pixels espions</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="26" />
      <source>an image made to be invisible (tiny, hidden, or a known open-tracking address). Its only job is to be downloaded when you open the message, which tells the sender that you did</source>
      <translation>une image conçue pour être invisible (minuscule, masquée, ou à une adresse connue de suivi d'ouverture). Son seul rôle est d'être téléchargée quand vous ouvrez le message, ce qui apprend à l'expéditeur que vous l'avez ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="33" />
      <source>Remote image</source>
      <translation>Image distante</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="34" />
      <source>Remote images</source>
      <translation>Images distantes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="35" />
      <source>a picture stored on a server, downloaded when the message is shown. Ordinary in newsletters, but every download is recorded by that server</source>
      <translation>une image stockée sur un serveur, téléchargée à l'affichage du message. C'est courant dans les newsletters, mais chaque téléchargement est enregistré par ce serveur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="42" />
      <source>Remote style sheet</source>
      <translation>Feuille de style distante</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="43" />
      <source>Remote style sheets</source>
      <translation>Feuilles de style distantes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="44" />
      <source>a style sheet loaded from a server when the message is shown (Outlook and Apple Mail load these)</source>
      <translation>une feuille de style chargée depuis un serveur à l'affichage du message (Outlook et Apple Mail les chargent)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="48" />
      <source>Remote font</source>
      <translation>Police distante</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="49" />
      <source>Remote fonts</source>
      <translation>Polices distantes</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="50" />
      <source>a font downloaded from a server when the message is shown</source>
      <translation>une police de caractères téléchargée depuis un serveur à l'affichage du message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="54" />
      <source>Embedded web page</source>
      <translation>Page web intégrée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="55" />
      <source>Embedded web pages</source>
      <translation>Pages web intégrées</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="56" />
      <source>a web page embedded inside the message; it loads from a server and can load more things itself</source>
      <translation>une page web intégrée dans le message ; elle se charge depuis un serveur et peut elle-même charger d'autres éléments</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="60" />
      <source>Remote audio or video</source>
      <translation>Audio ou vidéo distante</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="61" />
      <source>Remote audio or video files</source>
      <translation>Fichiers audio ou vidéo distants</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="62" />
      <source>sound or video loaded from a server when the message is shown</source>
      <translation>du son ou de la vidéo chargés depuis un serveur à l'affichage du message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="66" />
      <source>Remote plug-in content</source>
      <translation>Contenu de plug-in distant</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="67" />
      <source>Remote plug-in contents</source>
      <translation>Contenus de plug-in distants</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="68" />
      <source>an object, embed or applet loaded from a server: old plug-in content that has no place in an email</source>
      <translation>un élément object, embed ou applet chargé depuis un serveur : un ancien contenu de plug-in qui n'a rien à faire dans un e-mail</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="72" />
      <source>Script loaded by an SVG drawing</source>
      <translation>Script chargé par un dessin SVG</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="73" />
      <source>Scripts loaded by SVG drawings</source>
      <translation>Scripts chargés par des dessins SVG</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="74" />
      <source>a script that an SVG drawing in the message loads from a server (`&lt;svg&gt;&lt;script href&gt;`): a mail program that shows the message in a web engine may fetch it when the drawing is shown</source>
      <translation>un script qu'un dessin SVG du message charge depuis un serveur (`&lt;svg&gt;&lt;script href&gt;`) : un logiciel de messagerie qui affiche le message dans un moteur web peut le récupérer à l'affichage du dessin</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="81" />
      <source>Prefetched resource</source>
      <translation>Ressource préchargée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="82" />
      <source>Prefetched resources</source>
      <translation>Ressources préchargées</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="83" />
      <source>a hint asking the mail program to fetch something from a server in advance</source>
      <translation>une indication demandant au logiciel de messagerie de récupérer à l'avance quelque chose sur un serveur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="87" />
      <source>DNS prefetch</source>
      <translation>Résolution DNS anticipée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="88" />
      <source>DNS prefetches</source>
      <translation>Résolutions DNS anticipées</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="89" />
      <source>a hint asking the mail program to look up a server name in advance. Only a name lookup leaves your computer, but it still reveals that the message was opened, through your network's name server</source>
      <translation>une indication demandant au logiciel de messagerie de rechercher à l'avance le nom d'un serveur. Seule une recherche de nom quitte votre ordinateur, mais elle révèle quand même, par le serveur de noms de votre réseau, que le message a été ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="96" />
      <source>Automatic redirect</source>
      <translation>Redirection automatique</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="97" />
      <source>Automatic redirects</source>
      <translation>Redirections automatiques</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="98" />
      <source>an instruction to load another address automatically after the message is shown</source>
      <translation>une instruction qui charge automatiquement une autre adresse après l'affichage du message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="102" />
      <source>Windows file-share reference</source>
      <translation>Référence à un partage de fichiers Windows</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="103" />
      <source>Windows file-share references</source>
      <translation>Références à des partages de fichiers Windows</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="104" />
      <source>a reference to a file on a Windows network share. On Windows, Outlook and Explorer connect to that server and hand over your Windows login name and a hash of your password (NTLM) without any click; this is how CVE-2023-23397 was exploited</source>
      <translation>une référence à un fichier sur un partage réseau Windows. Sous Windows, Outlook et l'Explorateur se connectent à ce serveur et lui transmettent votre nom de connexion Windows et une empreinte (hash) de votre mot de passe (NTLM), sans aucun clic ; c'est ainsi que la faille CVE-2023-23397 a été exploitée</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="127" />
      <source>a link that goes through a click-tracking service before reaching its destination, so the sender learns when you click it</source>
      <translation>un lien qui passe par un service de suivi des clics avant d'atteindre sa destination ; l'expéditeur apprend ainsi quand vous cliquez dessus</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="136" />
      <source>a link carrying a code that identifies you, so a click tells the sender it was you</source>
      <translation>un lien portant un code qui vous identifie ; un clic indique donc à l'expéditeur que c'était vous</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="142" />
      <source>a link with a 'ping' address that browsers notify when the link is clicked</source>
      <translation>un lien avec une adresse « ping » que les navigateurs préviennent quand on clique sur le lien</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="236" />
      <source>{title} from {host}</source>
      <translation>{title} provenant de {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="261" />
      <source>The address contains your e-mail address ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>L'adresse web contient votre adresse e-mail ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="267" />
      <source>The address contains your name ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>L'adresse web contient votre nom ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="276" />
      <source>It carries {what} ({value}, {where}), which lets the sender tie the request to you personally.</source>
      <translation>Son adresse contient {what} ({value}, {where}), ce qui permet à l'expéditeur de relier la requête à vous personnellement.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="300" />
      <source>in the part of the address after the question mark</source>
      <translation>dans la partie de l'adresse après le point d'interrogation</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="302" />
      <source>in the part of the address after the # sign</source>
      <translation>dans la partie de l'adresse après le signe #</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="304" />
      <source>in the name of the server</source>
      <translation>dans le nom du serveur</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="306" />
      <source>split between the address and the part after the question mark</source>
      <translation>réparti entre l'adresse et la partie après le point d'interrogation</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="316" />
      <source>{hash}({of})</source>
      <translation>{hash}({of})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="341" />
      <source>{items} and {last}</source>
      <translation>{items} et {last}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="343" />
      <source>Clicking it would reveal {items}.</source>
      <translation>Cliquer dessus révélerait {items}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="345" />
      <source>Opening it would reveal {items}.</source>
      <translation>Ouvrir ce fichier révélerait {items}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="125" />
      <source>Tracked link via {via}</source>
      <translation>Lien suivi via {via}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="126" />
      <source>Tracked links via {via} ({count} links)</source>
      <translation>Liens suivis via {via} ({count} liens)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="134" />
      <source>Personalised link via {via}</source>
      <translation>Lien personnalisé via {via}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="135" />
      <source>Personalised links via {via} ({count} links)</source>
      <translation>Liens personnalisés via {via} ({count} liens)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="140" />
      <source>Link with click notification via {via}</source>
      <translation>Lien avec notification de clic via {via}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="141" />
      <source>Links with click notification via {via} ({count} links)</source>
      <translation>Liens avec notification de clic via {via} ({count} liens)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="250" />
      <source>The address contains your e-mail local part ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>L'adresse web contient la partie de votre adresse e-mail avant le @ ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="256" />
      <source>The address contains your e-mail domain ({identity}, {encoding}, {where}), so whoever receives the request learns exactly who you are.</source>
      <translation>L'adresse web contient le domaine de votre adresse e-mail ({identity}, {encoding}, {where}) : quiconque reçoit la requête sait donc exactement qui vous êtes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacon_text.py" line="278" />
      <source>an identifier ({label})</source>
      <translation>un identifiant ({label})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="204" />
      <source>URL matches {rule} ({source})</source>
      <translation>l'adresse correspond à {rule} ({source})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="307" />
      <source>{title} that knows your address</source>
      <translation>{title}, qui connaît votre adresse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="309" />
      <source>{title} that knows your name</source>
      <translation>{title}, qui connaît votre nom</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="315" />
      <source>This message contains {what}.</source>
      <translation>Ce message contient {what}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="228" />
      <source>known open-tracking address of {vendor}</source>
      <translation>adresse connue de suivi d'ouverture de {vendor}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="246" />
      <source>tracking word {word} in the address</source>
      <translation>mot de suivi {word} dans l'adresse</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="248" />
      <source>last image of the message</source>
      <translation>dernière image du message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="296" />
      <source>Tracking pixel ({vendor})</source>
      <translation>Pixel espion ({vendor})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="317" />
      <source>It was recognised by: {signals}.</source>
      <translation>Cet élément a été reconnu à ces indices : {signals}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="319" />
      <source>The service behind it is {vendor}.</source>
      <translation>Le service derrière cet élément est {vendor}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="327" />
      <source>It sits in the attachment {name}, and fires when that file is opened.</source>
      <translation>Cet élément se trouve dans la pièce jointe {name} et se déclenche quand ce fichier est ouvert.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="207" />
      <source>sending service recognised from {source}</source>
      <translation>service d'envoi reconnu d'après {source}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="231" />
      <source>declared size {width}×{height} px</source>
      <translation>taille déclarée {width}×{height} px</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="330" />
      <source>Nothing is loaded unless you click.</source>
      <translation>Rien n'est chargé tant que vous ne cliquez pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/beacons.py" line="332" />
      <source>Most mail programs load it as soon as remote content is allowed.</source>
      <translation>La plupart des logiciels de messagerie chargent cet élément dès que le contenu distant est autorisé.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="103" />
      <source>the image</source>
      <translation>l'image</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="103" />
      <source>its container &lt;{tag}&gt;</source>
      <translation>son conteneur &lt;{tag}&gt;</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="105" />
      <source>{who} has the hidden attribute</source>
      <translation>{who} a l'attribut hidden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="107" />
      <source>{who} is display:none</source>
      <translation>{who} est en display:none</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="109" />
      <source>{who} is visibility:hidden</source>
      <translation>{who} est en visibility:hidden</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="111" />
      <source>{who} has opacity 0</source>
      <translation>{who} a une opacité nulle (opacity 0)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="113" />
      <source>{who} is hidden from Outlook (mso-hide:all)</source>
      <translation>Outlook a pour consigne de ne pas afficher {who} (mso-hide:all)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="116" />
      <source>{who} has {prop}:0</source>
      <translation>{who} a {prop}:0</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/pixels.py" line="122" />
      <source>{who} is moved off-screen ({prop}:{value})</source>
      <translation>on a déplacé {who} hors de l'écran ({prop}:{value})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/text_refs.py" line="67" />
      <source>The message text mentions a password: {hint}</source>
      <translation>Le texte du message mentionne un mot de passe : {hint}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/unsubscribe.py" line="43" />
      <source>The List-Unsubscribe header holds a link to {host} made for you. It is used only if you unsubscribe, but it shows that the sender's list knows exactly who you are.</source>
      <translation>L'en-tête List-Unsubscribe contient un lien vers {host} fait pour vous. Il ne sert que si vous vous désabonnez, mais il montre que la liste de l'expéditeur sait exactement qui vous êtes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/tracking/unsubscribe.py" line="52" />
      <source>Personalised unsubscribe link via {host}</source>
      <translation>Lien de désabonnement personnalisé via {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="107" />
      <source>The link leads to {host}, a site whose name contains {brand} ({how}) but which is not one of its domains ({domains}). Phishing pages are put on such names so that a glance at the address sees the real company.</source>
      <translation>Le lien mène à {host}, un site dont le nom contient {brand} ({how}) mais qui n'est pas l'un de ses domaines ({domains}). Les pages d'hameçonnage sont placées sous de tels noms pour qu'un coup d'œil à l'adresse y voie la vraie entreprise.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="122" />
      <source>resellers, fan sites and partners sometimes carry a brand's name in their own site name.</source>
      <translation>des revendeurs, des sites de fans et des partenaires portent parfois le nom d'une marque dans le nom de leur propre site.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="117" />
      <source>The message itself claims to come from {brand}.</source>
      <translation>Le message lui-même prétend venir de {brand}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/brand_links.py" line="128" />
      <source>A link leads to {host}, which borrows the name {brand}</source>
      <translation>Un lien mène à {host}, qui emprunte le nom de {brand}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="150" />
      <source>Mail programs do not run scripts, so it cannot do anything here, and the safe view removes it. But ordinary mail has no reason to carry one: it is often left over from a phishing page copied into the message.</source>
      <translation>Les logiciels de messagerie n'exécutent pas les scripts : il ne peut donc rien faire ici, et la vue sûre le supprime. Mais un e-mail ordinaire n'a aucune raison d'en contenir : c'est souvent un reste d'une page d'hameçonnage copiée dans le message.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="106" />
      <source>Nothing is sent unless you press its button, and the safe view disables it. Genuine services do not ask you to type sign-in details into an email: use their website instead.</source>
      <translation>Rien n'est envoyé tant que vous n'appuyez pas sur son bouton, et la vue sûre le désactive. Les services authentiques ne vous demandent pas de taper vos identifiants dans un e-mail : passez plutôt par leur site web.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="163" />
      <source>This message contains 1 script.</source>
      <translation>Ce message contient 1 script.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="101" />
      <source>This message contains a form. Submitting it sends what you type into it to {host}, including a password.</source>
      <translation>Ce message contient un formulaire. L'envoyer transmet ce que vous y tapez à {host}, y compris un mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="104" />
      <source>This message contains a form. Submitting it sends what you type into it to {host}.</source>
      <translation>Ce message contient un formulaire. L'envoyer transmet ce que vous y tapez à {host}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="158" />
      <source>This message contains {count} scripts loaded from {hosts}.</source>
      <translation>Ce message contient {count} scripts chargés depuis {hosts}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="160" />
      <source>This message contains 1 script loaded from {hosts}.</source>
      <translation>Ce message contient 1 script chargé depuis {hosts}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="162" />
      <source>This message contains {count} scripts.</source>
      <translation>Ce message contient {count} scripts.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="77" />
      <source>Form that sends what you type to {host} (asks for a password)</source>
      <translation>Formulaire qui envoie ce que vous tapez à {host} (demande un mot de passe)</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="79" />
      <source>Form that sends what you type to {host}</source>
      <translation>Formulaire qui envoie ce que vous tapez à {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="130" />
      <source>Script in the message loaded from {hosts}</source>
      <translation>Script dans le message, chargé depuis {hosts}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/content.py" line="132" />
      <source>Script in the message</source>
      <translation>Script dans le message</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="122" />
      <source>The message contains text you cannot see</source>
      <translation>Le message contient du texte que vous ne pouvez pas voir</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="162" />
      <source>The message is only a picture, with almost no text</source>
      <translation>Le message n'est qu'une image, presque sans texte</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="131" />
      <source>mailing programs hide a preview line or a plain-text copy of the message this way.</source>
      <translation>les logiciels d'envoi cachent ainsi une ligne d'aperçu ou une copie en texte brut du message.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="170" />
      <source>some invitations, greeting cards and advertisements are designed as a single image.</source>
      <translation>certaines invitations, cartes de vœux et publicités sont conçues comme une seule image.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="123" />
      <source>Part of the text is written so that it is not shown (a font size of zero, or an element that is not displayed). You do not see it, but spam and phishing filters read it: this is a way to make a malicious message look harmless to them.</source>
      <translation>Une partie du texte est écrite de façon à ne pas être affichée (taille de police nulle, ou élément masqué). Vous ne la voyez pas, mais les filtres anti-spam et anti-hameçonnage la lisent : c'est une façon de faire passer un message malveillant pour inoffensif à leurs yeux.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/hidden_content.py" line="163" />
      <source>The whole message is one or more images and has almost no text. Filters cannot read words in a picture, which is why spam and phishing are sent this way.</source>
      <translation>Tout le message est fait d'une ou plusieurs images et n'a presque pas de texte. Les filtres ne peuvent pas lire les mots d'une image : c'est pourquoi le spam et l'hameçonnage sont envoyés ainsi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="164" />
      <source>The sender's address has no valid internet domain ({domain})</source>
      <translation>L'adresse de l'expéditeur n'a pas de domaine internet valide ({domain})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="207" />
      <source>The message claims to come from {brand}, but nothing confirms it</source>
      <translation>Le message prétend venir de {brand}, mais rien ne le confirme</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="173" />
      <source>test messages and internal company systems use made-up names such as .local or .test.</source>
      <translation>les messages de test et les systèmes internes d'entreprise utilisent des noms inventés comme .local ou .test.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="219" />
      <source>some organisations, parcel services among them, send genuine mail without a signature; a saved copy or draft never went through the organisation's servers.</source>
      <translation>certaines organisations, dont des services de colis, envoient des messages authentiques sans signature ; une copie enregistrée ou un brouillon n'est jamais passé par les serveurs de l'organisation.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="264" />
      <source>The subject contains your own e-mail address</source>
      <translation>L'objet contient votre propre adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="266" />
      <source>The message greets you with your e-mail address instead of your name</source>
      <translation>Le message vous salue avec votre adresse e-mail au lieu de votre nom</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="275" />
      <source>automatic account messages sometimes quote the address they were sent to.</source>
      <translation>des messages automatiques de compte citent parfois l'adresse à laquelle ils sont envoyés.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="165" />
      <source>The part of the sender's address after the @ is not a name that can exist on the internet: it has no known ending such as .com or .be, or contains characters a domain cannot have. No real mail service sends from such an address, so it was written by hand or by a spam tool.</source>
      <translation>La partie de l'adresse de l'expéditeur après le @ n'est pas un nom qui peut exister sur internet : elle n'a pas de terminaison connue comme .com ou .be, ou contient des caractères qu'un domaine ne peut pas avoir. Aucun vrai service de messagerie n'envoie depuis une telle adresse : elle a été écrite à la main ou par un outil de spam.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="208" />
      <source>The sender's address is at {domain}, a domain of {brand}. Most such organisations sign their mail and publish the servers allowed to send for them, but this message carries no signature of {domain} and no passing check, so nothing shows that {brand} sent it. Anyone can type any sender address.</source>
      <translation>L'adresse de l'expéditeur est sur {domain}, un domaine de {brand}. La plupart de ces organisations signent leurs messages et publient les serveurs autorisés à envoyer pour elles, mais ce message ne porte aucune signature de {domain} ni aucune vérification réussie : rien ne montre que {brand} l'a envoyé. N'importe qui peut taper n'importe quelle adresse d'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_checks.py" line="267" />
      <source>The message greets you or names the subject with your e-mail address instead of your name. Mass phishing does this because it only knows your address; people and companies that know you use your name.</source>
      <translation>Le message vous salue ou formule l'objet avec votre adresse e-mail au lieu de votre nom. L'hameçonnage de masse fait cela parce qu'il ne connaît que votre adresse ; les personnes et les entreprises qui vous connaissent utilisent votre nom.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="277" />
      <source>A link shows one web address but leads to another</source>
      <translation>Un lien affiche une adresse web mais mène à une autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="278" />
      <source>The text of a link shows a web address, but clicking it would take you to a different site. Phishing mail shows the real company's address and links to the attacker's page.</source>
      <translation>Le texte d'un lien affiche une adresse web, mais cliquer dessus vous mènerait vers un autre site. Les e-mails d'hameçonnage affichent l'adresse de la vraie entreprise et renvoient vers la page de l'attaquant.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="282" />
      <source>newsletters count clicks through their mailing service's own address, and companies link between their own sites under different names.</source>
      <translation>les lettres d'information comptent les clics via l'adresse de leur service d'envoi, et les entreprises relient leurs propres sites sous des noms différents.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="289" />
      <source>A link goes through a link shortener</source>
      <translation>Un lien passe par un raccourcisseur de liens</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="290" />
      <source>A shortened link hides where it really leads until you click it, so neither you nor a filter can check the destination beforehand.</source>
      <translation>Un lien raccourci cache sa vraie destination jusqu'au clic : ni vous ni un filtre ne pouvez la vérifier à l'avance.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="294" />
      <source>social networks and marketing mail shorten links to count clicks.</source>
      <translation>les réseaux sociaux et les e-mails marketing raccourcissent les liens pour compter les clics.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="298" />
      <source>A link borrows a well-known site's address to send you elsewhere</source>
      <translation>Un lien emprunte l'adresse d'un site connu pour vous envoyer ailleurs</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="299" />
      <source>The link starts at a large, trusted site but only passes you on to another one written inside the address. Attackers use such redirects so that the link looks safe to people and filters.</source>
      <translation>Le lien commence sur un grand site de confiance mais ne fait que vous renvoyer vers un autre, écrit dans l'adresse. Les attaquants utilisent ces redirections pour que le lien paraisse sûr aux personnes et aux filtres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="303" />
      <source>search results and copied links from documents often look like this.</source>
      <translation>les résultats de recherche et les liens copiés depuis des documents ressemblent souvent à cela.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="307" />
      <source>A link leads to a page on free web hosting</source>
      <translation>Un lien mène à une page sur un hébergement web gratuit</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="308" />
      <source>The link leads to a page on a service where anyone can publish a web page in minutes, without proving who they are (cloud storage, app hosting, site builders). Fake sign-in pages are often put there because the service's name looks respectable.</source>
      <translation>Le lien mène à une page sur un service où n'importe qui peut publier une page web en quelques minutes, sans prouver son identité (stockage en ligne, hébergement d'applications, créateurs de sites). Les fausses pages de connexion y sont souvent placées parce que le nom du service paraît respectable.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="313" />
      <source>small organisations host documents and sites on these services too.</source>
      <translation>de petites organisations hébergent aussi des documents et des sites sur ces services.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="317" />
      <source>A link points to a bare numeric internet address</source>
      <translation>Un lien pointe vers une simple adresse internet numérique</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="318" />
      <source>The link points to a numeric address instead of a named site. Genuine companies link to their names; a bare address hides who runs the server.</source>
      <translation>Le lien pointe vers une adresse numérique au lieu d'un site nommé. Les vraies entreprises renvoient vers leur nom ; une adresse nue cache qui gère le serveur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="322" />
      <source>home devices and test servers are sometimes reached this way.</source>
      <translation>des appareils domestiques et des serveurs de test sont parfois joints ainsi.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="326" />
      <source>A link leads to an internationalised address that may imitate another</source>
      <translation>Un lien mène à une adresse internationalisée qui peut en imiter une autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="327" />
      <source>The link's site name is written with non-Latin or accented letters (shown to the computer as 'xn--…'). Such names can look exactly like a well-known site while being another one.</source>
      <translation>Le nom du site du lien est écrit avec des lettres non latines ou accentuées (vues par l'ordinateur comme « xn--… »). De tels noms peuvent ressembler exactement à un site connu tout en étant un autre.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="331" />
      <source>sites in languages with accented or non-Latin letters use such names legitimately.</source>
      <translation>les sites dans des langues à lettres accentuées ou non latines utilisent légitimement de tels noms.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="340" />
      <source>A link shows {shown} but leads to {target}</source>
      <translation>Un lien affiche {shown} mais mène à {target}</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="258" />
      <source>The only way to respond is to write to a free-mail address ({address})</source>
      <translation>La seule façon de répondre est d'écrire à une adresse e-mail gratuite ({address})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="342" />
      <source>A link leads to a page on free web hosting ({host})</source>
      <translation>Un lien mène à une page sur un hébergement web gratuit ({host})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="267" />
      <source>small associations and private people do use free-mail addresses.</source>
      <translation>les petites associations et les particuliers utilisent bel et bien des adresses e-mail gratuites.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="344" />
      <source>A link leads to {unicode}, an address that may imitate another</source>
      <translation>Un lien mène à {unicode}, une adresse qui peut en imiter une autre</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/phishing_links.py" line="259" />
      <source>The message has no web links; its call to action is to write to a personal free-mail address that is not the sender's. Advance-fee and gift-card scams work this way, because a reply address cannot be checked by a link filter.</source>
      <translation>Le message n'a aucun lien web ; il vous demande d'écrire à une adresse e-mail gratuite personnelle qui n'est pas celle de l'expéditeur. Les arnaques à l'avance de frais et aux cartes cadeaux fonctionnent ainsi, car un filtre de liens ne peut pas vérifier une adresse de réponse.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="134" />
      <source>A shortcut file runs a command or opens an address when clicked; it looks like an ordinary document but can start a program.</source>
      <translation>Un fichier raccourci exécute une commande ou ouvre une adresse quand on clique dessus ; il ressemble à un document ordinaire mais peut lancer un programme.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="164" />
      <source>An attached web page (.html, .svg) opens in your browser, outside the protection of your mail program. Phishing pages are sent this way to show a fake sign-in form without a link a filter could check.</source>
      <translation>Une page web jointe (.html, .svg) s'ouvre dans votre navigateur, hors de la protection de votre logiciel de messagerie. Les pages d'hameçonnage sont envoyées ainsi pour afficher un faux formulaire de connexion sans lien qu'un filtre pourrait vérifier.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="141" />
      <source>Shortcut attached ({name})</source>
      <translation>Raccourci en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="143" />
      <source>Windows shortcut attached ({name})</source>
      <translation>Raccourci Windows en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="146" />
      <source>almost none: people do not mail shortcuts to each other.</source>
      <translation>presque aucune : on ne s'envoie pas de raccourcis par e-mail.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="160" />
      <source>Web page attached that builds a file on your computer ({name})</source>
      <translation>Page web en pièce jointe qui fabrique un fichier sur votre ordinateur ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="163" />
      <source>Web page attached ({name})</source>
      <translation>Page web en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="172" />
      <source>some services send receipts or reports as web pages.</source>
      <translation>certains services envoient des reçus ou des rapports sous forme de pages web.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="188" />
      <source>Archive attached that holds a program ({name})</source>
      <translation>Archive en pièce jointe contenant un programme ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="188" />
      <source>The archive contains {inside}: a program or script packed so that mail filters do not see it. Opening the file inside runs it.</source>
      <translation>L'archive contient {inside} : un programme ou un script emballé pour que les filtres de messagerie ne le voient pas. Ouvrir le fichier qu'elle contient l'exécute.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="191" />
      <source>developers sometimes exchange tools this way; confirm with the sender by another channel.</source>
      <translation>des développeurs s'échangent parfois des outils ainsi ; vérifiez auprès de l'expéditeur par un autre moyen.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="106" />
      <source>Disk image attached ({name})</source>
      <translation>Image disque en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="106" />
      <source>Opening a disk image (.iso, .img, .vhd) on Windows mounts it like a USB stick, and the programs inside it run without the usual warnings about files from the internet. Attackers use them to deliver malware past mail filters.</source>
      <translation>Ouvrir une image disque (.iso, .img, .vhd) sous Windows la monte comme une clé USB, et les programmes qu'elle contient s'exécutent sans les avertissements habituels sur les fichiers venus d'internet. Les attaquants s'en servent pour faire passer des logiciels malveillants à travers les filtres.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="109" />
      <source>software vendors rarely send installation images by mail.</source>
      <translation>les éditeurs de logiciels envoient rarement des images d'installation par e-mail.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="114" />
      <source>OneNote file attached ({name})</source>
      <translation>Fichier OneNote en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="114" />
      <source>OneNote files can hide a program behind a fake "click to view" button; they were widely used to deliver malware.</source>
      <translation>Les fichiers OneNote peuvent cacher un programme derrière un faux bouton « cliquer pour afficher » ; ils ont été très utilisés pour diffuser des logiciels malveillants.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="116" />
      <source>colleagues do share notebooks, usually through a link rather than a file.</source>
      <translation>des collègues partagent des blocs-notes, mais en général par un lien plutôt qu'un fichier.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="119" />
      <source>Office document with macros attached ({name})</source>
      <translation>Document Office avec macros en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="119" />
      <source>This document type can carry macros: small programs that run if you press "Enable content". Macros are a common way to install malware.</source>
      <translation>Ce type de document peut contenir des macros : de petits programmes qui s'exécutent si vous cliquez sur « Activer le contenu ». Les macros sont un moyen courant d'installer des logiciels malveillants.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="122" />
      <source>some companies use macro spreadsheets for forms and reports.</source>
      <translation>certaines entreprises utilisent des tableurs à macros pour des formulaires et des rapports.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="124" />
      <source>Program attached ({name})</source>
      <translation>Programme en pièce jointe ({name})</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="124" />
      <source>This attachment is a program or script: opening it runs it, with your rights on this computer.</source>
      <translation>Cette pièce jointe est un programme ou un script : l'ouvrir l'exécute, avec vos droits sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="126" />
      <source>almost none by e-mail; genuine software comes from the vendor's site.</source>
      <translation>presque aucune par e-mail ; les vrais logiciels viennent du site de l'éditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="139" />
      <source>This one points to {where}.</source>
      <translation>Celui-ci pointe vers {where}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/traps/risky_attachments.py" line="170" />
      <source>This one contains code that assembles a download inside the browser (HTML smuggling).</source>
      <translation>Celle-ci contient du code qui assemble un téléchargement dans le navigateur (contrebande HTML).</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="199" />
      <source>On its own this is common in genuine mail, so it does not change the verdict.</source>
      <translation>Seul, ce signe est fréquent dans le courrier authentique : il ne change pas le verdict.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="107" />
      <source>{threat} It also carries a tracker that would tell this impostor that it was you who opened it.</source>
      <translation>{threat} Il contient aussi un traceur qui signalerait à cet imposteur que c'est vous qui l'avez ouvert.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="205" />
      <source>Nothing suggests that the sender is not who they claim to be.</source>
      <translation>Rien n'indique que l'expéditeur n'est pas celui qu'il prétend être.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="208" />
      <source>Several small signs together: {first}.</source>
      <translation>Plusieurs petits signes ensemble : {first}.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="210" />
      <source>This message is damaged or unusual in form; it was analysed as far as possible.</source>
      <translation>Ce message est endommagé ou de forme inhabituelle ; il a été analysé autant que possible.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict.py" line="117" />
      <source>It is built to tell its sender that you, personally, opened it, and something about the sender or the message is not as it seems.</source>
      <translation>Il est conçu pour indiquer à son expéditeur que c'est vous, personnellement, qui l'avez ouvert, et quelque chose chez l'expéditeur ou dans le message n'est pas ce qu'il paraît.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="17" />
      <source>Nothing in this message would tell the sender that you opened it.</source>
      <translation>Rien dans ce message ne signale à l'expéditeur que vous l'avez ouvert.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="19" />
      <source>This message is built to tell its sender that you, personally, opened it ({hosts}). Newsletters do this through mailing services; this one uses its own server.</source>
      <translation>Ce message est conçu pour indiquer à son expéditeur que c'est vous, personnellement, qui l'avez ouvert ({hosts}). Les lettres d'information le font par des services d'envoi ; celui-ci utilise son propre serveur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="45" />
      <source>This message contains {count} tracking elements ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient {count} traceurs ({hosts}) qui signaleraient à l'expéditeur quand et d'où vous l'avez ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="48" />
      <source>This message contains {count} tracking elements that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient {count} traceurs qui signaleraient à l'expéditeur quand et d'où vous l'avez ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="60" />
      <source>If you already opened it in your usual mail program with images shown, the sender has learnt when you read it, from where, and that it was you.</source>
      <translation>Si vous l'avez déjà ouvert dans votre messagerie habituelle avec les images affichées, l'expéditeur sait quand vous l'avez lu, d'où, et que c'était vous.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="90" />
      <source>Nothing to do. As always, be wary of any message that asks for a password or a payment.</source>
      <translation>Rien à faire. Comme toujours, méfiez-vous de tout message qui demande un mot de passe ou un paiement.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="24" />
      <source>, and that it was you.</source>
      <translation>, et que c'était vous.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="38" />
      <source>This message contains a tracking element ({hosts}) that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient un traceur ({hosts}) qui signalerait à l'expéditeur quand et d'où vous l'avez ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="41" />
      <source>This message contains a tracking element that would tell the sender when you opened it and from where</source>
      <translation>Ce message contient un traceur qui signalerait à l'expéditeur quand et d'où vous l'avez ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="63" />
      <source>If you already opened it in your usual mail program with images shown, the sender has learnt when you read it and from where.</source>
      <translation>Si vous l'avez déjà ouvert dans votre messagerie habituelle avec les images affichées, l'expéditeur sait quand vous l'avez lu et d'où.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="66" />
      <source>If you already clicked a link or typed a password, tell your security contact now and change that password.</source>
      <translation>Si vous avez déjà cliqué sur un lien ou saisi un mot de passe, prévenez tout de suite votre contact sécurité et changez ce mot de passe.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="70" />
      <source>Do not click its links, open its attachments or reply to it.</source>
      <translation>Ne cliquez pas sur ses liens, n'ouvrez pas ses pièces jointes et n'y répondez pas.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="71" />
      <source>Forward it as an attachment to your security contact: the evidence bundle (File › Export) holds the original message and this report.</source>
      <translation>Transférez-le en pièce jointe à votre contact sécurité : le dossier de preuves (Fichier › Exporter) contient le message original et ce rapport.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="79" />
      <source>Be careful: do not click its links or open its attachments unless you know the sender.</source>
      <translation>Prudence : ne cliquez pas sur ses liens et n'ouvrez pas ses pièces jointes si vous ne connaissez pas l'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="80" />
      <source>If in doubt, forward it as an attachment to your security contact before you answer.</source>
      <translation>En cas de doute, transférez-le en pièce jointe à votre contact sécurité avant de répondre.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="85" />
      <source>Nothing here suggests an attack. This view blocks the tracking; your usual mail program may not unless it blocks remote images.</source>
      <translation>Rien ici ne suggère une attaque. Cette vue bloque les traceurs ; votre messagerie habituelle ne le fait peut-être pas, sauf si elle bloque les images distantes.</translation>
    </message>
    <message>
      <location filename="../../inspector/analysis/verdict_text.py" line="27" />
      <source>The mailing service {vendors} records the opening for the sender.</source>
      <translation>Le service d'envoi {vendors} enregistre l'ouverture pour l'expéditeur.</translation>
    </message>
    <message>
      <location filename="../../inspector/parsing/decode.py" line="105" />
      <source>unknown charset {charset}</source>
      <translation>jeu de caractères inconnu {charset}</translation>
    </message>
    <message>
      <location filename="../../inspector/parsing/decode.py" line="116" />
      <source>bytes are not valid {charset}</source>
      <translation>octets non valides en {charset}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/document.py" line="160" />
      <source>The safe view and the beacon list disagree about one reference</source>
      <translation>La vue sûre et la liste des traceurs divergent sur une référence</translation>
    </message>
    <message>
      <location filename="../../inspector/render/document.py" line="161" />
      <source>The safe view removed a reference that the tracking analysis did not report (or found one still there after cleaning). It was not loaded, but the findings list may be missing it. This is a bug in Email Inspector; please report it.</source>
      <translation>La vue sûre a supprimé une référence que l'analyse des traceurs n'a pas signalée (ou en a trouvé une encore présente après le nettoyage). Elle n'a pas été chargée, mais il se peut qu'elle manque dans la liste des constats. C'est un bogue d'Email Inspector ; merci de le signaler.</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="16" />
      <source>remote image blocked</source>
      <translation>image distante bloquée</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="17" />
      <source>image not shown</source>
      <translation>image non affichée</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="18" />
      <source>tracking pixel</source>
      <translation>pixel espion</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="101" />
      <source>{label} → {host}</source>
      <translation>{label} → {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="106" />
      <source>{kind} not loaded · {host}</source>
      <translation>{kind} – non chargé · {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="106" />
      <source>{kind} not loaded</source>
      <translation>{kind} – non chargé</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="68" />
      <source>{label} · {host}</source>
      <translation>{label} · {host}</translation>
    </message>
    <message>
      <location filename="../../inspector/render/placeholders.py" line="102" />
      <source>knows your address</source>
      <translation>connaît votre adresse</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="43" />
      <source>embedded page</source>
      <translation>page intégrée</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="43" />
      <source>embedded object</source>
      <translation>objet intégré</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="47" />
      <source>frames</source>
      <translation>cadres</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="50" />
      <source>Java applet</source>
      <translation>applet Java</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="53" />
      <source>video</source>
      <translation>vidéo</translation>
    </message>
    <message>
      <location filename="../../inspector/render/sanitize.py" line="54" />
      <source>audio</source>
      <translation>audio</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="30" />
      <source>Clean</source>
      <translation>Sain</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="31" />
      <source>Tracked</source>
      <translation>Pisté</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="32" />
      <source>Targeted</source>
      <translation>Ciblé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="33" />
      <source>Caution</source>
      <translation>Prudence</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="34" />
      <source>Suspicious</source>
      <translation>Suspect</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="35" />
      <source>Dangerous</source>
      <translation>Dangereux</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="151" />
      <source>when you opened it</source>
      <translation>quand vous l'avez ouvert</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="153" />
      <source>your IP address and so your rough location</source>
      <translation>votre adresse IP et donc votre position approximative</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="154" />
      <source>your mail program</source>
      <translation>votre programme de messagerie</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="155" />
      <source>your network's name server</source>
      <translation>le serveur de noms de votre réseau</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="156" />
      <source>your Windows user name and password hash</source>
      <translation>votre nom d'utilisateur Windows et l'empreinte de votre mot de passe</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="157" />
      <source>that you read it</source>
      <translation>que vous l'avez lu</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="190" />
      <source>What opening it would have revealed, and to whom</source>
      <translation>Ce que l'ouvrir aurait révélé, et à qui</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="83" />
      <source>and {count} more findings on the next pages</source>
      <translation>et {count} autres constats aux pages suivantes</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="198" />
      <source>The message as the safe view shows it (remote content blocked)</source>
      <translation>Le message tel que la vue sûre le montre (contenu distant bloqué)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="73" />
      <source>Is it who it claims to be?</source>
      <translation>Est-ce bien qui il prétend être ?</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="73" />
      <source>Are you being tracked?</source>
      <translation>Êtes-vous pisté ?</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="103" />
      <source>It says it comes from “{name}” &lt;{address}&gt;.</source>
      <translation>Il dit venir de « {name} » &lt;{address}&gt;.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="108" />
      <source>Replies would go to {addresses}.</source>
      <translation>Les réponses iraient à {addresses}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="111" />
      <source>Bounces go to {address}.</source>
      <translation>Les avis de non-remise vont à {address}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="115" />
      <source>It was handed to your side by {server} ({ip}), received by {by}.</source>
      <translation>Il a été remis à votre côté par {server} ({ip}) et reçu par {by}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="124" />
      <source>Your mail service checked it: {checks}.</source>
      <translation>Votre service de messagerie l'a vérifié : {checks}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="126" />
      <source>Written with {mailer}.</source>
      <translation>Écrit avec {mailer}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="221" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="222" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="223" />
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="224" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="225" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="226" />
      <source>Report made</source>
      <translation>Rapport établi le</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="93" />
      <source>What to do now</source>
      <translation>Que faire maintenant</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="105" />
      <source>It says it comes from {address}.</source>
      <translation>Il dit venir de {address}.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="147" />
      <source>Who really sent it</source>
      <translation>Qui l'a vraiment envoyé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="85" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="172" />
      <source>an id that singles you out</source>
      <translation>un identifiant qui vous distingue</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="186" />
      <source>and who you are: {who}</source>
      <translation>et qui vous êtes : {who}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/case_report.py" line="189" />
      <source>and {count} more</source>
      <translation>et {count} de plus</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>info</source>
      <translation>info</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>medium</source>
      <translation>moyen</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="39" />
      <source>high</source>
      <translation>élevé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="43" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="44" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="45" />
      <source>Domain</source>
      <translation>Domaine</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="46" />
      <source>Header</source>
      <translation>En-tête</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="47" />
      <source>Headers</source>
      <translation>En-têtes</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="48" />
      <source>As written</source>
      <translation>Tel qu'écrit</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="49" />
      <source>HTML element</source>
      <translation>Élément HTML</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="50" />
      <source>Recognised by</source>
      <translation>Reconnu par</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="51" />
      <source>Known tracker rule</source>
      <translation>Règle de traceur connue</translation>
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
      <translation>Nom affiché</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="57" />
      <source>Name matched</source>
      <translation>Nom reconnu</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="58" />
      <source>The brand's real domains</source>
      <translation>Les vrais domaines de la marque</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="59" />
      <source>Brand</source>
      <translation>Marque</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="60" />
      <source>Reply-To domain</source>
      <translation>Domaine du Reply-To</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="61" />
      <source>From domain</source>
      <translation>Domaine de l'expéditeur</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="62" />
      <source>Same display name</source>
      <translation>Même nom affiché</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="63" />
      <source>Reasons</source>
      <translation>Raisons</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="64" />
      <source>DMARC</source>
      <translation>DMARC</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="65" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="66" />
      <source>Claimed</source>
      <translation>Affirmé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="67" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="68" />
      <source>Unsigned passes</source>
      <translation>Succès non signés</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="69" />
      <source>Receiving hop</source>
      <translation>Étape de réception</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="70" />
      <source>Trusted</source>
      <translation>Fiable</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="71" />
      <source>Hop</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="72" />
      <source>IP address</source>
      <translation>Adresse IP</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="73" />
      <source>Mail program</source>
      <translation>Programme d'envoi</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="74" />
      <source>Script</source>
      <translation>Script</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="75" />
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="76" />
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="77" />
      <source>Declared type</source>
      <translation>Type déclaré</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="78" />
      <source>Real type</source>
      <translation>Type réel</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="79" />
      <source>Size (bytes)</source>
      <translation>Taille (octets)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="80" />
      <source>HTML smuggling</source>
      <translation>Contrebande HTML</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="81" />
      <source>Reserved name</source>
      <translation>Nom réservé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="82" />
      <source>Defect</source>
      <translation>Défaut</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="83" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="84" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="85" />
      <source>Spam confidence level</source>
      <translation>Niveau de confiance spam</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="86" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="87" />
      <source>Sample</source>
      <translation>Extrait</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="88" />
      <source>How</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="89" />
      <source>Targets</source>
      <translation>Cibles</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="90" />
      <source>Archive members</source>
      <translation>Contenu de l'archive</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="91" />
      <source>Runs without a click</source>
      <translation>S'exécute sans clic</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="92" />
      <source>Found in compressed parts only</source>
      <translation>Trouvé seulement dans des parties compressées</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="93" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="94" />
      <source>Part of the file</source>
      <translation>Partie du fichier</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="95" />
      <source>Attachment</source>
      <translation>Pièce jointe</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="96" />
      <source>Reading</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="97" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="98" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="99" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="100" />
      <source>Check</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="101" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="102" />
      <source>Link text shows</source>
      <translation>Le texte du lien affiche</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="103" />
      <source>Really goes to</source>
      <translation>Mène en réalité à</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="104" />
      <source>Landing server</source>
      <translation>Serveur d'arrivée</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="105" />
      <source>Destination inside the link</source>
      <translation>Destination cachée dans le lien</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="106" />
      <source>Decoded name</source>
      <translation>Nom décodé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="107" />
      <source>Name hides the type</source>
      <translation>Le nom cache le type</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="108" />
      <source>Identical</source>
      <translation>Identique</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="109" />
      <source>Addresses</source>
      <translation>Adresses</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="110" />
      <source>MIME part</source>
      <translation>Partie MIME</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="111" />
      <source>Loaded by</source>
      <translation>Chargé par</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="112" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="113" />
      <source>Images</source>
      <translation>Images</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="114" />
      <source>Visible letters</source>
      <translation>Lettres visibles</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="115" />
      <source>Image is a link</source>
      <translation>L'image est un lien</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="218" />
      <source>MIME part {part}</source>
      <translation>partie MIME {part}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="129" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="129" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="133" />
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="161" />
      <source>Found in</source>
      <translation>Trouvé dans</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="187" />
      <source>Token</source>
      <translation>Jeton</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="189" />
      <source>Decoded token</source>
      <translation>Jeton décodé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="191" />
      <source>Written as</source>
      <translation>Écrit sous la forme</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="195" />
      <source>Where it sits</source>
      <translation>Où il se trouve</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="196" />
      <source>{place} ({where})</source>
      <translation>{place} ({where})</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="207" />
      <source>and {count} more (all in the JSON report)</source>
      <translation>et {count} de plus (tous dans le rapport JSON)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_rows.py" line="226" />
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="24" />
      <source>attacker</source>
      <translation>attaquant</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="25" />
      <source>impersonated</source>
      <translation>usurpé</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="26" />
      <source>recipient's side</source>
      <translation>côté destinataire</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="27" />
      <source>benign reference</source>
      <translation>référence anodine</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>Delay</source>
      <translation>Délai</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="96" />
      <source>Encrypted</source>
      <translation>Chiffré</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="289" />
      <source>Not to block (imitated, the recipient's own, harmless):</source>
      <translation>À ne pas bloquer (imités, au destinataire, anodins) :</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="80" />
      <source>Findings ({count})</source>
      <translation>Constats ({count})</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="115" />
      <source>Delivery chain (oldest first)</source>
      <translation>Chaîne de livraison (la plus ancienne d'abord)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="147" />
      <source>Found by your mail service (trusted)</source>
      <translation>Constaté par votre service de messagerie (fiable)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="148" />
      <source>Claimed inside the message (not trusted)</source>
      <translation>Affirmé dans le message (non fiable)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="156" />
      <source>Authentication</source>
      <translation>Authentification</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="220" />
      <source>Why it is listed</source>
      <translation>Pourquoi il figure ici</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="224" />
      <source>Links and their real destinations</source>
      <translation>Les liens et leur vraie destination</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="246" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="254" />
      <source>Indicators by role (defanged)</source>
      <translation>Indicateurs par rôle (désamorcés)</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="49" />
      <source>Findings</source>
      <translation>Constats</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="64" />
      <source>Same explanation as a finding above.</source>
      <translation>Même explication qu'un constat ci-dessus.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="155" />
      <source>Trusted checks come from: {servers}</source>
      <translation>Les vérifications fiables viennent de : {servers}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="281" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../inspector/report/evidence_tables.py" line="49" />
      <source>No findings.</source>
      <translation>Aucun constat.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="81" />
      <source>Made without contacting any host the message names. Links are defanged (hxxp, [.]) so that they cannot be followed by accident.</source>
      <translation>Établi sans contacter aucun serveur nommé par le message. Les liens sont désamorcés (hxxp, [.]) pour qu'on ne puisse pas les suivre par accident.</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="52" />
      <source>This file could not be analysed: {reason}</source>
      <translation>Ce fichier n'a pas pu être analysé : {reason}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="72" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="67" />
      <source>Case report</source>
      <translation>Rapport de cas</translation>
    </message>
    <message>
      <location filename="../../inspector/report/html_report.py" line="78" />
      <source>Message SHA-256</source>
      <translation>SHA-256 du message</translation>
    </message>
  </context>
</TS>
