"""The room below the three engines: what they all use, and nothing that answers a question itself.

Modules:

- `urls`, `domains`: URLs as a client would request them; registrable domains, free-mail, organisations
- `html_tree`: parses a body into the tree a browser builds (HTML5, bounded nesting)
- `references`: every URL an HTML tree refers to, in document order, shared with the sanitiser
- `css_refs`: every URL a piece of CSS can fetch (tinycss2)
- `mime_refs`: loads the MIME structure asks for (Content-Base, message/external-body)
- `trackers`: the tracking service and sending ESP behind a URL or header
- `brands`, `lookalike`: the organisations attackers pose as; look-alike text and domains
- `context`: what the engines share about one message (each body's tree), worked out once
"""
