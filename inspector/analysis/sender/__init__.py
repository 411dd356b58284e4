"""Is this who it claims to be? The sender checks.

The second of the three engines (the others are `..tracking` and `..traps`): it reads the headers
(From, Reply-To, Return-Path, Received, Authentication-Results, DKIM, the gateway's own stamps) to
tell whether the message is forged or impersonates someone. Its findings feed the threat answer of
the verdict. Modules in reading order:

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
- `history`: opt-in local sender history
"""
