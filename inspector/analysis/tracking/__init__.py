"""Are you being tracked? Everything in a message that would tell the sender you opened it.

The first of the two engines (the other is `..sender`): it finds every remote load an opened
message would make (pixels, remote CSS and fonts, read receipts, loads inside attachments) and
what each would tell the sender (that you read it, when, from where, and whether it knows who you
are). Its findings feed the tracking answer of the verdict. Modules in reading order:

- `beacons`: the analyser; walks every body and attachment and turns references into findings
- `html_tree`: parses a body into the tree a browser builds (HTML5, bounded nesting)
- `references`: every URL an HTML tree refers to, in document order, shared with the sanitiser
- `css_refs`: every URL a piece of CSS can fetch (tinycss2)
- `mime_refs`: loads the MIME structure asks for (Content-Base, message/external-body)
- `attachment_refs`: read-receipt headers, the .msg reminder sound, and each attachment to its reader,
  chosen by content: `attach_archive` (zip, RAR, 7-Zip), `attach_ooxml`, `attach_odf`, `attach_ole`
  (legacy Office, VBA), `attach_rtf`, `attach_pdf` (`attach_pdf_crypto`: opens without a password?),
  `attach_ics`, `attach_shortcut`, `attach_xml`; field codes and DDE in `attach_fields`; the macro, object
  and encryption findings in `attach_threats`; shared caps and builders in `attach_common`
- `text_refs`: share paths and uuencoded files in plain-text bodies, the other readings of doubled headers
- `pixels`: is a remote image meant to be seen?
- `tokens`: does a URL say who the recipient is?
- `trackers`: the tracking service and sending ESP behind a URL or header
- `beacon_text`: what each beacon code means to a person
- `content`: forms that post elsewhere, and scripts (they load nothing by themselves)
"""
