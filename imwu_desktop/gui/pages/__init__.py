"""One module per wizard step page."""
