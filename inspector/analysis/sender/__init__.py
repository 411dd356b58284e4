"""Is this who it claims to be, and is it an attack? The sender and phishing checks.

The second of the two engines (the other is `..tracking`): it reads the headers (From, Reply-To,
Return-Path, Received, Authentication-Results, DKIM, the gateway's own stamps) and the lure itself
(links, hidden text, risky attachments) to tell whether the message is forged, impersonates
someone or looks like phishing. Its findings feed the threat answer of the verdict. Modules in
reading order:

- `sender`: the analyser; runs the checks in order and builds the sender summary
- `sender_context`: what every check needs, parsed once per message
- `settings`: the recipient's own domains, trusted authserv-ids, history, online mode
- `addresses`: strict address parsing
- `received`, `received_from`, `mail_dates`: the Received chain, who connected, dates as servers write them
- `auth_results`: Authentication-Results, ARC, Received-SPF, and which to believe
- `dkim_body`: DKIM signatures read offline
- `gateway_verdicts`: what the recipient's own gateway already stamped
- `auth_checks`, `identity_checks`, `name_checks`, `recipient_checks`, `route_checks`,
  `lookalike_checks`: the checks, one question each
- `lookalike`, `brands`: look-alike text and domains; the organisations attackers pose as
- `history`: opt-in local sender history
- `phishing_checks`, `phishing_links`, `hidden_content`, `risky_attachments`: what a gateway
  filter checks in a lure
"""
