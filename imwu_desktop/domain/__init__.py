"""Qt-free domain: the Case model and the regulatory rules (stdlib only)."""
