"""The Send step's mail-account box: saved accounts, provider preset, server, sender, password.

The box owns the account settings and the password's way to the keyring; the Send panel asks it
for `current_account()` and `password_for(account)` and recomposes the message on `changed`.
Settings are saved without the password; the password goes only to the system keyring (when
the user ticks the box) or stays in memory for this session.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from imwu_desktop.errors import UserError
from imwu_desktop.gui.domain_access import ui_lang
from imwu_desktop.services import credentials
from imwu_desktop.services.mail import accounts as saved_accounts
from imwu_desktop.services.mail.accounts import Account
from imwu_desktop.services.mail.presets import DEFAULT_TIMEOUT, PRESETS, preset

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with an object name (tests and style sheets find it by that name)."""
    widget.setObjectName(name)
    return widget


class AccountBox(QGroupBox):
    """"Your email account": the settings of the account the request is sent from."""

    changed = Signal()  # the sender (From, name) or the chosen account changed
    failed = Signal(str)  # a one-sentence error for the panel to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your email account"))
        self._build()
        self._describe_inputs()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout(self)
        self.account_combo = named(QComboBox(self), "accountCombo")
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.preset_combo = named(QComboBox(self), "presetCombo")
        for item in PRESETS:
            self.preset_combo.addItem(item.label_in(ui_lang()), item.key)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.host_edit = named(QLineEdit(self), "hostEdit")
        self.port_spin = named(QSpinBox(self), "portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_combo = named(QComboBox(self), "securityCombo")
        self.security_combo.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security_combo.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        server_row = QHBoxLayout()
        server_row.addWidget(self.host_edit, 1)
        server_row.addWidget(QLabel(self.tr("Port:"), self))
        server_row.addWidget(self.port_spin)
        server_row.addWidget(self.security_combo)
        self.from_edit = named(QLineEdit(self), "fromEdit")
        self.name_edit = named(QLineEdit(self), "nameEdit")
        self.username_edit = named(QLineEdit(self), "usernameEdit")
        self.password_edit = named(QLineEdit(self), "passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = named(
            QCheckBox(self.tr("Remember the password in the system keyring"), self),
            "rememberCheck")
        self.remember_check.setChecked(True)
        self.ca_edit = named(QLineEdit(self), "caFileEdit")
        self.ca_edit.setPlaceholderText(self.tr("only for servers with their own certificate"))
        ca_browse = QPushButton(self.tr("Browse…"), self)
        ca_browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(ca_browse)
        self.help_label = named(QLabel(self), "passwordHelpLabel")
        self.help_label.setWordWrap(True)
        self.keyring_label = named(QLabel(self), "keyringLabel")
        self.keyring_label.setWordWrap(True)
        save_account = named(QPushButton(self.tr("Save account"), self), "saveAccountButton")
        save_account.clicked.connect(self._save_account)
        form.addRow(self.tr("Saved account:"), self.account_combo)
        form.addRow(self.tr("Provider:"), self.preset_combo)
        form.addRow(self.tr("Server:"), server_row)
        form.addRow(self.tr("Your email (From):"), self.from_edit)
        form.addRow(self.tr("Your name:"), self.name_edit)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Trusted CA file:"), ca_row)
        form.addRow("", self.help_label)
        form.addRow("", self.keyring_label)
        form.addRow("", save_account)
        for edit in (self.from_edit, self.name_edit):
            edit.editingFinished.connect(self.changed)
        for widget, name in ((self.account_combo, self.tr("Saved account")),
                             (self.preset_combo, self.tr("Provider")),
                             (self.host_edit, self.tr("Mail server")),
                             (self.port_spin, self.tr("Port")),
                             (self.security_combo, self.tr("Security")),
                             (self.from_edit, self.tr("Your email (From)")),
                             (self.name_edit, self.tr("Your name")),
                             (self.username_edit, self.tr("User name")),
                             (self.password_edit, self.tr("Password")),
                             (self.ca_edit, self.tr("Trusted CA file"))):
            widget.setAccessibleName(name)

    def _describe_inputs(self) -> None:
        """What a screen reader says each field is for, after its name."""
        for widget, text in (
                (self.account_combo, self.tr("An email account you saved before, or New "
                                             "account to enter one.")),
                (self.preset_combo, self.tr("Your email provider; choosing one fills in the "
                                            "server settings.")),
                (self.host_edit, self.tr("The name of your provider's outgoing (SMTP) mail "
                                         "server.")),
                (self.port_spin, self.tr("A number: usually 587 with STARTTLS, 465 with "
                                         "SSL/TLS.")),
                (self.security_combo, self.tr("How the connection to the server is encrypted, "
                                              "as your provider says.")),
                (self.from_edit, self.tr("The address the request is sent from, like "
                                         "name@example.com.")),
                (self.name_edit, self.tr("Your name, as the sender of the message.")),
                (self.username_edit, self.tr("The user name for the mail server, usually "
                                             "your full email address.")),
                (self.password_edit, self.tr("The password of your email account; it is "
                                             "saved only in the system keyring, if you tick "
                                             "the box below.")),
                (self.remember_check, self.tr("Otherwise the password is kept only until "
                                              "you close the app.")),
                (self.ca_edit, self.tr("Only for a server with its own certificate: the "
                                       "certificate file (.pem, .crt or .cer) to trust."))):
            widget.setAccessibleDescription(text)

    # --- the sender -----------------------------------------------------------------------

    def sender_address(self) -> str:
        return self.from_edit.text().strip()

    def sender_name(self) -> str:
        return self.name_edit.text().strip()

    def suggest_sender(self, email: str, name: str) -> None:
        """Fill the sender from the case's contact where the user has not typed one."""
        if not self.from_edit.text() and email:
            self.from_edit.setText(email)
            self.username_edit.setText(self.username_edit.text() or email)
        if not self.name_edit.text():
            self.name_edit.setText(name)

    # --- accounts -----------------------------------------------------------------------

    def load_accounts(self) -> None:
        """List the saved accounts and choose the first one (or the preset's help)."""
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("New account…"), "")
        for account in saved_accounts.load_accounts():
            self.account_combo.addItem(account.name, account.name)
        self.account_combo.blockSignals(False)
        if self.account_combo.count() > 1:
            self.account_combo.setCurrentIndex(1)
            self._account_chosen(1)
        else:
            self._preset_chosen(self.preset_combo.currentIndex())

    def _account_chosen(self, index: int) -> None:
        name = self.account_combo.itemData(index)
        account = saved_accounts.get_account(name) if name else None
        if account is None:
            return
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(account.preset)))
        self.preset_combo.blockSignals(False)
        self.host_edit.setText(account.host)
        self.port_spin.setValue(account.port)
        self.security_combo.setCurrentIndex(self.security_combo.findData(account.security))
        self.from_edit.setText(account.email)
        self.name_edit.setText(account.display_name)
        self.username_edit.setText(account.username)
        self.ca_edit.setText(account.ca_file)
        self.password_edit.clear()
        self._show_password_help(account.preset)
        try:
            saved = credentials.read_password(account.keyring_entry, ui_lang()) is not None
        except credentials.KeyringUnavailable as exc:
            self.keyring_label.setText(str(exc))
            saved = False
        self.password_edit.setPlaceholderText(
            self.tr("saved in the system keyring") if saved else "")
        self.changed.emit()

    def _preset_chosen(self, index: int) -> None:
        item = preset(self.preset_combo.itemData(index) or "custom")
        if item is None:
            return
        if item.host:
            self.host_edit.setText(item.host)
            self.port_spin.setValue(item.port)
            self.security_combo.setCurrentIndex(self.security_combo.findData(item.security))
        self._show_password_help(item.key)

    def _show_password_help(self, key: str) -> None:
        item = preset(key)
        self.help_label.setText(item.password_help(ui_lang()) if item else "")

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate of your mail server"),
                                              "", self.tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.ca_edit.setText(path)

    def current_account(self) -> Account:
        name = self.account_combo.currentData() or self.sender_address() or "Account"
        return Account(name=name, email=self.sender_address(),
                       host=self.host_edit.text().strip(), port=self.port_spin.value(),
                       security=self.security_combo.currentData(),
                       username=self.username_edit.text().strip(),
                       display_name=self.sender_name(),
                       preset=self.preset_combo.currentData() or "custom",
                       ca_file=self.ca_edit.text().strip(), timeout=DEFAULT_TIMEOUT)

    def _save_account(self) -> None:
        """Save the settings (never the password: that goes to the keyring, if wanted)."""
        account = self.current_account()
        typed = self.password_edit.text()
        try:
            saved_accounts.upsert_account(account, ui_lang())
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.load_accounts()
        self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account.name)))
        if typed:  # choosing the saved account cleared the field: keep what was typed
            self.password_edit.setText(typed)
            self.password_for(account)

    def password_for(self, account: Account) -> str | None:
        """The typed password (stored as the user chose), else the saved one."""
        typed: str = self.password_edit.text()
        entry = account.keyring_entry
        if not typed:
            return credentials.find_password(entry)
        if self.remember_check.isChecked():
            try:
                credentials.store_password(entry, typed, ui_lang())
                self.keyring_label.setText(self.tr("The password is saved in the system keyring."))
            except credentials.KeyringUnavailable as exc:
                credentials.SESSION.put(entry, typed)
                self.keyring_label.setText(str(exc))
        else:
            credentials.SESSION.put(entry, typed)
        return typed
