"""Documents: recognise, convert, check, shrink and merge the files of a request (Qt-free).

Entry point for the CLI and the GUI: `prepare.prepare_attachments`. The pieces:
- sniff: type from content; convert: images -> PDF pages (pdfimage writes them);
- inspect: PDF checks (encryption, repair, scripts, forms, page sizes; pdfread opens quietly);
- budget: the exact encoded email size and the 4 MB budget;
- shrink: the gentlest reduction that fits (pdfscan finds images and their dpi, recode
  decodes and re-encodes them); merge: one PDF per checklist item;
- thumbnails: image previews (PDF previews need Qt: imwu_desktop/gui/thumbnails.py).
"""
