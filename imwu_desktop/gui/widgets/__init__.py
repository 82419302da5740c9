"""Reusable widgets of the wizard: fields with inline messages, date and country pickers."""
