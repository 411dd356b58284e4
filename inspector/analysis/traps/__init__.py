"""Is it a trap? The lure itself: links that lie, hidden text, forms, scripts, risky attachments.

The third engine (the others are `..tracking` and `..sender`): it reads the message the way a gateway
filter reads a lure, offline, and its findings feed the threat answer of the verdict. It reads the
sender summary the sender engine left in the report, and the HTML trees through the shared context;
it imports neither engine. Modules in reading order:

- `phishing_checks`: the analyser; walks the bodies and attachments, greets-you-by-address, invalid From
- `phishing_links`, `link_text`: links whose text shows another site, shorteners, redirectors, free hosting
- `brand_links`: a brand's domain written inside another one (`paypal.com-verify.info`)
- `hidden_content`: text the reader does not see, and image-only bodies
- `risky_attachments`: programs, scripts, disk images, macro documents, web pages
- `content`: forms that post elsewhere, and scripts
"""
