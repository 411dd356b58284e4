"""French and Dutch for the core's shared texts: verdict sentences, analyser failures."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    "Innocent explanations:": ("Explications innocentes possibles :", "Onschuldige verklaringen:"),
    "(and {count} more on this host)": ("(et {count} autres sur ce serveur)", "(en nog {count} op deze server)"),
    "Part of the analysis could not run": (
        "Une partie de l'analyse n'a pas pu s'exécuter",
        "Een deel van de analyse kon niet worden uitgevoerd",
    ),
    "One of the checks stopped on something unexpected in this message, so the report may be incomplete. The other checks ran normally.": (
        "L'une des vérifications s'est arrêtée sur un élément inattendu de ce message ; le rapport peut donc être incomplet. Les autres vérifications se sont déroulées normalement.",
        "Een van de controles stopte bij iets onverwachts in dit bericht, dus het rapport kan onvolledig zijn. De andere controles liepen normaal.",
    ),
    "Nothing suggests that the sender is not who they claim to be.": (
        "Rien n'indique que l'expéditeur n'est pas celui qu'il prétend être.",
        "Niets wijst erop dat de afzender niet is wie hij beweert te zijn.",
    ),
    "Nothing in this message would tell the sender that you opened it.": (
        "Rien dans ce message ne signale à l'expéditeur que vous l'avez ouvert.",
        "Niets in dit bericht laat de afzender weten dat u het geopend hebt.",
    ),
    "{threat} It also carries a tracker that would tell this impostor that it was you who opened it.": (
        "{threat} Il contient aussi un traceur qui signalerait à cet imposteur que c'est vous qui l'avez ouvert.",
        "{threat} Het bevat ook een volgelement dat deze oplichter laat weten dat u het bent die het opende.",
    ),
    "This message contains a tracking element ({hosts}) that would tell the sender when you opened it and from where": (
        "Ce message contient un traceur ({hosts}) qui signalerait à l'expéditeur quand et d'où vous l'avez ouvert",
        "Dit bericht bevat een volgelement ({hosts}) dat de afzender laat weten wanneer en van waar u het geopend hebt",
    ),
    "This message contains a tracking element that would tell the sender when you opened it and from where": (
        "Ce message contient un traceur qui signalerait à l'expéditeur quand et d'où vous l'avez ouvert",
        "Dit bericht bevat een volgelement dat de afzender laat weten wanneer en van waar u het geopend hebt",
    ),
    "This message contains {count} tracking elements ({hosts}) that would tell the sender when you opened it and from where": (
        "Ce message contient {count} traceurs ({hosts}) qui signaleraient à l'expéditeur quand et d'où vous l'avez ouvert",
        "Dit bericht bevat {count} volgelementen ({hosts}) die de afzender laten weten wanneer en van waar u het geopend hebt",
    ),
    "This message contains {count} tracking elements that would tell the sender when you opened it and from where": (
        "Ce message contient {count} traceurs qui signaleraient à l'expéditeur quand et d'où vous l'avez ouvert",
        "Dit bericht bevat {count} volgelementen die de afzender laten weten wanneer en van waar u het geopend hebt",
    ),
    ", and that it was you.": (", et que c'était vous.", ", en dat u het was."),
    "This message is damaged or unusual in form; it was analysed as far as possible.": (
        "Ce message est endommagé ou de forme inhabituelle ; il a été analysé autant que possible.",
        "Dit bericht is beschadigd of ongewoon van vorm; het werd zo ver mogelijk geanalyseerd.",
    ),
    # Placeholders and badges in the safe view (inspector/render/placeholders.py, sanitize.py)
    "remote image blocked": ("image distante bloquée", "externe afbeelding geblokkeerd"),
    "image not shown": ("image non affichée", "afbeelding niet getoond"),
    "tracking pixel": ("pixel espion", "volgpixel"),
    "{label} · {host}": ("{label} · {host}", "{label} · {host}"),
    "{label} → {host}": ("{label} → {host}", "{label} → {host}"),
    "knows your address": ("connaît votre adresse", "kent uw adres"),
    "{kind} not loaded · {host}": ("{kind} – non chargé · {host}", "{kind} – niet geladen · {host}"),
    "{kind} not loaded": ("{kind} – non chargé", "{kind} – niet geladen"),
    "embedded page": ("page intégrée", "ingesloten pagina"),
    "embedded object": ("objet intégré", "ingesloten object"),
    "frames": ("cadres", "frames"),
    "Java applet": ("applet Java", "Java-applet"),
    "video": ("vidéo", "video"),
    "audio": ("audio", "audio"),
    # parsing: why a body was decoded with another charset
    "unknown charset {charset}": ("jeu de caractères inconnu {charset}", "onbekende tekenset {charset}"),
    "bytes are not valid {charset}": ("octets non valides en {charset}", "bytes zijn geen geldige {charset}"),
}
