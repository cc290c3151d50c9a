"""Staff login: id and password; roles clerk and supervisor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.staff import StaffDirectory
from ui.i18n import translate
from ui.widgets import button, label

CTX = "Staff"


class LoginPage(QWidget):
    logged_in = Signal(object)  # StaffMember

    def __init__(self, directory: StaffDirectory) -> None:
        super().__init__()
        self.directory = directory
        self.staff_id = QLineEdit()
        self.staff_id.setAccessibleName(translate("Staff", "職員ID"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("Staff", "パスワード"))
        self.problem = label("", "problem", "problem")
        self.submit = button(translate("Staff", "ログイン"), self.try_login, "primary")
        self.password.returnPressed.connect(self.try_login)
        form = QFormLayout()
        form.addRow(translate("Staff", "職員ID"), self.staff_id)
        form.addRow(translate("Staff", "パスワード"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Staff", "窓口システム ログイン"), "title"))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.submit)
        layout.addStretch()

    def try_login(self) -> None:
        member = self.directory.login(self.staff_id.text().strip(), self.password.text())
        self.password.clear()
        if member is None:
            self.problem.setText(translate("Staff", "職員IDまたはパスワードが違います"))
            return
        self.problem.clear()
        self.logged_in.emit(member)
