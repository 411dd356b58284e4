"""French and Dutch for the verdict's own sentences: combination rules, tracking answer, what to do now."""

# ruff: noqa: E501 - the keys are the exact English templates

T: dict[str, tuple[str, str]] = {
    "It is built to tell its sender that you, personally, opened it, and something about the sender or the message is not as it seems.": (
        "Il est conçu pour indiquer à son expéditeur que c'est vous, personnellement, qui l'avez ouvert, et quelque chose chez l'expéditeur ou dans le message n'est pas ce qu'il paraît.",
        "Het is gemaakt om de afzender te laten weten dat u, persoonlijk, het opende, en iets aan de afzender of het bericht is niet wat het lijkt.",
    ),
    "On its own this is common in genuine mail, so it does not change the verdict.": (
        "Seul, ce signe est fréquent dans le courrier authentique : il ne change pas le verdict.",
        "Op zich komt dit vaak voor in echte e-mail; het verandert het oordeel niet.",
    ),
    "Several small signs together: {first}.": (
        "Plusieurs petits signes ensemble : {first}.",
        "Meerdere kleine tekens samen: {first}.",
    ),
    "This message is built to tell its sender that you, personally, opened it ({hosts}). Newsletters do this through mailing services; this one uses its own server.": (
        "Ce message est conçu pour indiquer à son expéditeur que c'est vous, personnellement, qui l'avez ouvert ({hosts}). Les lettres d'information le font par des services d'envoi ; celui-ci utilise son propre serveur.",
        "Dit bericht is gemaakt om de afzender te laten weten dat u, persoonlijk, het opende ({hosts}). Nieuwsbrieven doen dat via verzenddiensten; dit bericht gebruikt een eigen server.",
    ),
    "The mailing service {vendors} records the opening for the sender.": (
        "Le service d'envoi {vendors} enregistre l'ouverture pour l'expéditeur.",
        "De verzenddienst {vendors} registreert het openen voor de afzender.",
    ),
    "If you already opened it in your usual mail program with images shown, the sender has learnt when you read it, from where, and that it was you.": (
        "Si vous l'avez déjà ouvert dans votre messagerie habituelle avec les images affichées, l'expéditeur sait quand vous l'avez lu, d'où, et que c'était vous.",
        "Als u het al opende in uw gewone e-mailprogramma met afbeeldingen zichtbaar, weet de afzender wanneer u het las, van waar, en dat u het was.",
    ),
    "If you already opened it in your usual mail program with images shown, the sender has learnt when you read it and from where.": (
        "Si vous l'avez déjà ouvert dans votre messagerie habituelle avec les images affichées, l'expéditeur sait quand vous l'avez lu et d'où.",
        "Als u het al opende in uw gewone e-mailprogramma met afbeeldingen zichtbaar, weet de afzender wanneer en van waar u het las.",
    ),
    "If you already clicked a link or typed a password, tell your security contact now and change that password.": (
        "Si vous avez déjà cliqué sur un lien ou saisi un mot de passe, prévenez tout de suite votre contact sécurité et changez ce mot de passe.",
        "Als u al op een link klikte of een wachtwoord invulde, verwittig dan meteen uw veiligheidscontactpersoon en wijzig dat wachtwoord.",
    ),
    "Do not click its links, open its attachments or reply to it.": (
        "Ne cliquez pas sur ses liens, n'ouvrez pas ses pièces jointes et n'y répondez pas.",
        "Klik niet op de links, open de bijlagen niet en antwoord niet.",
    ),
    "Forward it as an attachment to your security contact: the evidence bundle (File › Export) holds the original message and this report.": (
        "Transférez-le en pièce jointe à votre contact sécurité : le dossier de preuves (Fichier › Exporter) contient le message original et ce rapport.",
        "Stuur het als bijlage door naar uw veiligheidscontactpersoon: het bewijspakket (Bestand › Exporteren) bevat het originele bericht en dit verslag.",
    ),
    "Be careful: do not click its links or open its attachments unless you know the sender.": (
        "Prudence : ne cliquez pas sur ses liens et n'ouvrez pas ses pièces jointes si vous ne connaissez pas l'expéditeur.",
        "Wees voorzichtig: klik niet op de links en open de bijlagen niet, tenzij u de afzender kent.",
    ),
    "If in doubt, forward it as an attachment to your security contact before you answer.": (
        "En cas de doute, transférez-le en pièce jointe à votre contact sécurité avant de répondre.",
        "Bij twijfel: stuur het als bijlage door naar uw veiligheidscontactpersoon voordat u antwoordt.",
    ),
    "Nothing here suggests an attack. This view blocks the tracking; your usual mail program may not unless it blocks remote images.": (
        "Rien ici ne suggère une attaque. Cette vue bloque les traceurs ; votre messagerie habituelle ne le fait peut-être pas, sauf si elle bloque les images distantes.",
        "Niets wijst hier op een aanval. Deze weergave blokkeert het volgen; uw gewone e-mailprogramma misschien niet, tenzij het externe afbeeldingen blokkeert.",
    ),
    "Nothing to do. As always, be wary of any message that asks for a password or a payment.": (
        "Rien à faire. Comme toujours, méfiez-vous de tout message qui demande un mot de passe ou un paiement.",
        "Niets te doen. Wees zoals altijd op uw hoede voor elk bericht dat om een wachtwoord of een betaling vraagt.",
    ),
}
