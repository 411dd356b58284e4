"""Are you being tracked? Everything in a message that would tell the sender you opened it.

The first of the three engines (the others are `..sender` and `..traps`): it finds every remote
load an opened message would make (pixels, remote CSS and fonts, read receipts, loads inside
attachments) and what each would tell the sender (that you read it, when, from where, and whether it knows who you
are). Its findings feed the tracking answer of the verdict. Modules in reading order:

- `beacons`: the analyser; walks every body and attachment and turns references into findings
- `attachment_refs`: read-receipt headers, remote templates and links inside attachments
- `pixels`: is a remote image meant to be seen?
- `identities`: who the reader is (addresses, full names) and the forms that takes in a URL
- `tokens`: does a URL say who the recipient is?
- `beacon_text`: what each beacon code means to a person
"""
