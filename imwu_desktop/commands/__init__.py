"""One module per command-line sub-command; each exposes ``register(subparsers)``.

A command's handler receives the parsed arguments and returns the exit status. It raises
``UserError`` for anything the user can fix: cli.py prints it as one sentence on stderr.
"""
