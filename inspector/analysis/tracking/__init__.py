"""Are you being tracked? Everything in a message that would tell the sender you opened it.

The first of the three engines (the others are `..sender` and `..traps`): it finds every remote
load an opened message would make (pixels, remote CSS and fonts, read receipts, loads inside
attachments) and what each would tell the sender (that you read it, when, from where, and whether it knows who you
are). Its findings feed the tracking answer of the verdict. Modules in reading order:

- `beacons`: the analyser; walks every body and attachment and turns references into findings
- `attachment_refs`: read-receipt headers, the .msg reminder sound, and each attachment to its reader,
  chosen by content: `attach_archive` (zip, RAR, 7-Zip), `attach_ooxml`, `attach_odf`, `attach_ole`
  (legacy Office, VBA), `attach_rtf`, `attach_pdf` (`attach_pdf_crypto`: opens without a password?),
  `attach_ics`, `attach_shortcut`, `attach_xml`; field codes and DDE in `attach_fields`; the macro, object
  and encryption findings in `attach_threats`; shared caps and builders in `attach_common`
- `text_refs`: share paths and uuencoded files in plain-text bodies, the other readings of doubled headers
- `pixels`: is a remote image meant to be seen?
- `identities`: who the reader is (addresses, full names) and the forms that takes in a URL
- `tokens`: does a URL say who the recipient is?
- `unsubscribe`: the List-Unsubscribe header as evidence that the mailing knows who you are
- `beacon_text`: what each beacon code means to a person
"""
