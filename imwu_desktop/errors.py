"""Errors meant for the person using the app: the message is one plain sentence."""


class UserError(Exception):
    """Something the user can understand and fix; never shown with a traceback."""

    exit_code = 1

    def message_in(self, lang: str) -> str:
        """The message in "en" or "fr"; a subclass with a French wording overrides this."""
        return str(self)
