"""Build and packaging helpers (PyInstaller spec, icon renderer, bundle tools)."""
