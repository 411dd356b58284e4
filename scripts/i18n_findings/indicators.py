"""French and Dutch for the roles of indicators (issue 24): why a URL, domain, IP, address or hash has its role."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    "A link or resource of a message judged suspicious or dangerous: where it leads is the lure.": (
        "Un lien ou une ressource d'un message jugé suspect ou dangereux : sa destination est le piège.",
        "Een link of bron van een bericht dat verdacht of gevaarlijk werd bevonden: waar die naartoe leidt, is het lokaas.",
    ),
    "A real domain of {brand}, which this message imitates.": (
        "Un vrai domaine de {brand}, que ce message imite.",
        "Een echt domein van {brand}, dat dit bericht nabootst.",
    ),
    "A real domain of {brand}: that organisation's own site, not the attacker's.": (
        "Un vrai domaine de {brand} : le site de cette organisation, pas celui de l'attaquant.",
        "Een echt domein van {brand}: de eigen site van die organisatie, niet die van de aanvaller.",
    ),
    "A server of the recipient's side that relayed this message.": (
        "Un serveur du côté du destinataire qui a relayé ce message.",
        "Een server aan de kant van de ontvanger die dit bericht heeft doorgegeven.",
    ),
    "A server that sent this message, before it reached the recipient's side.": (
        "Un serveur qui a envoyé ce message, avant qu'il n'atteigne le côté du destinataire.",
        "Een server die dit bericht heeft verstuurd, voordat het de kant van de ontvanger bereikte.",
    ),
    "A service anyone can use: blocking it would block everyone, not this attacker.": (
        "Un service que tout le monde peut utiliser : le bloquer bloquerait tout le monde, pas cet attaquant.",
        "Een dienst die iedereen kan gebruiken: hem blokkeren zou iedereen blokkeren, niet deze aanvaller.",
    ),
    "A standard's reference (a namespace or schema), not a sender's server.": (
        "Une référence à une norme (un espace de noms ou un schéma), pas un serveur de l'expéditeur.",
        "Een verwijzing naar een standaard (een naamruimte of schema), geen server van de afzender.",
    ),
    "An attachment of a message judged suspicious or dangerous, or flagged itself.": (
        "Une pièce jointe d'un message jugé suspect ou dangereux, ou signalée elle-même.",
        "Een bijlage van een bericht dat verdacht of gevaarlijk werd bevonden, of die zelf werd gemeld.",
    ),
    "Flagged by the analysis: {title}": (
        "Signalé par l'analyse : {title}",
        "Gemeld door de analyse: {title}",
    ),
    "One of the recipient's own domains.": (
        "Un des domaines du destinataire lui-même.",
        "Een van de eigen domeinen van de ontvanger.",
    ),
    "Part of a message not judged suspicious: listed for reference, not to block.": (
        "Élément d'un message qui n'a pas été jugé suspect : cité pour information, pas à bloquer.",
        "Onderdeel van een bericht dat niet verdacht werd bevonden: vermeld ter informatie, niet om te blokkeren.",
    ),
    "Received header, hop {hop}": (
        "En-tête Received, étape {hop}",
        "Received-header, stap {hop}",
    ),
    "Received header: where the message entered the recipient's side": (
        "En-tête Received : là où le message est entré du côté du destinataire",
        "Received-header: waar het bericht de kant van de ontvanger binnenkwam",
    ),
    "The address of the reader of this message.": (
        "L'adresse du lecteur de ce message.",
        "Het adres van de lezer van dit bericht.",
    ),
    "The destination written inside a redirecting link of this message.": (
        "La destination écrite dans un lien de redirection de ce message.",
        "De bestemming die in een doorverwijzende link van dit bericht staat.",
    ),
    "The mail program's project page, named in X-Mailer.": (
        "La page du projet du logiciel de messagerie, citée dans X-Mailer.",
        "De projectpagina van het mailprogramma, vermeld in X-Mailer.",
    ),
    "The sender's address of a message judged suspicious or dangerous.": (
        "L'adresse de l'expéditeur d'un message jugé suspect ou dangereux.",
        "Het adres van de afzender van een bericht dat verdacht of gevaarlijk werd bevonden.",
    ),
    "The {header} address of a message judged suspicious or dangerous.": (
        "L'adresse {header} d'un message jugé suspect ou dangereux.",
        "Het {header}-adres van een bericht dat verdacht of gevaarlijk werd bevonden.",
    ),
    "named by the finding": (
        "cité par le constat",
        "vermeld in de vaststelling",
    ),
    "plain-text body, part {part}": (
        "corps en texte brut, partie {part}",
        "tekstinhoud zonder opmaak, deel {part}",
    ),
}
