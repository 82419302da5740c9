"""Services: files, documents, letters, mail, credentials, settings (no Qt)."""
