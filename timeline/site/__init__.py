"""The chronology website: an MkDocs plugin over pure page renderers.

``render`` turns an event set into Markdown pages (no MkDocs import, so the CLI
uses it too); ``plugin`` hands those pages to MkDocs at build time.
"""
