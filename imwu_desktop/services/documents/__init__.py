"""Documents: recognise, convert, check, shrink and merge the files of a request (Qt-free).

Modules: sniff (type from content), convert (images -> PDF pages), inspect (PDF checks),
budget (exact email size), shrink (fit the 4 MB limit), merge (one PDF per checklist item),
thumbnails (image previews), prepare (the whole package for `build`/`check` and the GUI).
"""
