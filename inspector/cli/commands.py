"""The headless commands, one line each: `email-inspector --help` lists them, a typo gets "did you mean"."""

COMMANDS = {
    "scan": "analyse messages, folders, mailboxes (mbox, Maildir) or `-` (standard input): text, JSON, CSV, HTML, PDF",
    "iocs": "the indicators of compromise of messages: text, CSV or STIX",
    "bundle": "an evidence zip: the original message untouched, the reports and the indicators",
    "render": "the safe view of a message as HTML, or as a PNG picture",
}
