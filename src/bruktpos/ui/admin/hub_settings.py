"""The chapter hub, for shop leaders: where closed days are sent, and as which shop.

The hub's address is a SQLAlchemy URL the chapter gives the shop (``bruktpos
hub add-shop`` prints it). Its password is never shown again once saved: the
field shows the address with ``***``, and an unchanged field keeps the stored
password. "Test the connection" tries the hub in the background.
"Fetch the chapter's set-up" takes the newest template the coordinators
published (categories and café menu), shows what it would add or change and
imports it once the leader says yes (:mod:`bruktpos.services.chapter_template`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import BruktError
from bruktpos.domain.formatting import format_datetime
from bruktpos.services.hub_settings import hub_backend, try_hub
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.store.db import Database
from bruktpos.ui.admin.chapter_template import ChapterTemplateDialog
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.text import say

log = logging.getLogger(__name__)


def hidden(url: str) -> str:
    """The URL with its password as ``***`` ("" stays "")."""
    if not url:
        return ""
    from bruktpos.hub.schema import safe_url

    try:
        return safe_url(url)
    except Exception:  # not a URL at all: shown as typed (it holds no parsable password)
        return url


class HubSettingsScreen(QWidget):
    """Hub address and shop code, a connection test, and what was last sent."""

    closed = Signal()
    saved = Signal()

    def __init__(
        self,
        settings: SettingsService,
        db: Database,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hub_settings")
        self.settings = settings
        self.db = db
        self.pool = pool or QThreadPool.globalInstance()
        self.leader: Operator | None = None
        self._stored_url = ""
        self._default_code = ""
        self._signals: object = None
        self._template_signals: object = None
        self.template_dialog: ChapterTemplateDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        title = QLabel(self.tr("Chapter hub"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "When a day is closed, its totals are sent to the chapter's hub, so the coordinators "
                "see every shop the next morning. Only figures are sent, nothing about people."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.url_input = QLineEdit(self)
        self.url_input.setPlaceholderText("postgresql+psycopg://butikk:passord@krets.example.no/hub")
        self.url_input.setMinimumHeight(48)
        form.addRow(self.tr("Hub address"), self.url_input)
        self.code_input = QLineEdit(self)
        self.code_input.setMinimumHeight(48)
        self.code_input.setMaxLength(20)
        form.addRow(self.tr("Shop code"), self.code_input)
        layout.addLayout(form)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("hint")
        layout.addWidget(self.code_label)
        self.last_sent = QLabel(self)
        self.last_sent.setObjectName("hint")
        self.last_sent.setWordWrap(True)
        layout.addWidget(self.last_sent)

        self.status = QLabel(self)
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        layout.addStretch(1)

        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.template_button = QPushButton(self.tr("Fetch the chapter's set-up"), self)
        self.template_button.clicked.connect(self.fetch_template)
        row.addWidget(self.template_button)
        self.test_button = QPushButton(self.tr("Test the connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.code_input.textChanged.connect(self._show_code)
        self.url_input.textChanged.connect(self._take_code_from_url)

    # --- the form ----------------------------------------------------------------

    def open_for(self, leader: Operator) -> None:
        """Show the stored settings, to be changed by ``leader``."""
        self.leader = leader
        self._stored_url = str(self.settings.get("hub_url"))
        self.url_input.setText(hidden(self._stored_url))
        self.code_input.setText(str(self.settings.get("hub_shop_code")))
        self._default_code = self.default_code()
        self.code_input.setPlaceholderText(self._default_code)
        self._show_code()
        self._show_last_sent()
        say(self.status, "", "info")

    def default_code(self) -> str:
        """The code used when the field is empty (hub.outbox.default_shop_code)."""
        from bruktpos.hub.outbox import default_shop_code

        with self.db.read() as session:
            return default_shop_code(session)

    def url(self) -> str:
        """The address as typed, with the stored password if the field still shows ``***``."""
        typed = self.url_input.text().strip()
        return self._stored_url if typed == hidden(self._stored_url) else typed

    def code(self) -> str:
        return self.code_input.text().strip()

    def sends_as(self) -> str:
        """The code the shop will sync as: the one typed, else the default."""
        return self.code() or self._default_code

    def _take_code_from_url(self) -> None:
        """The address ``hub add-shop`` prints carries the shop's code (``?shop=S007``): fill it in."""
        from bruktpos.hub.link import url_shop

        carried = url_shop(self.url_input.text().strip()).upper()
        if carried and carried != self.code():
            self.code_input.setText(carried)

    def _show_code(self) -> None:
        code = self.sends_as()
        self.code_label.setText(self.tr("This shop sends its days as shop %1.").replace("%1", code))

    def _show_last_sent(self) -> None:
        from bruktpos.hub.push import sync_state
        from bruktpos.services.clock import local_now

        state = sync_state(self.db, local_now())
        if state.last_success_at is None:
            text = self.tr("Nothing has been sent yet.")
        else:
            when = format_datetime(state.last_success_at.astimezone(), joiner=" ")
            text = self.tr("Last sent: %1.").replace("%1", when)
        if state.waiting:
            text += " " + self.tr("Days waiting to be sent: %1.").replace("%1", str(state.waiting))
        if state.refusal:
            from bruktpos.ui.sync_status import refusal_sentence

            text += "\n" + refusal_sentence(state)
        self.last_sent.setText(text)

    def _problem(self) -> str:
        url = self.url()
        if url and hub_backend(url) not in ("postgresql", "sqlite"):
            return self.tr(
                "This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. "
                "Copy it exactly as the chapter sent it."
            )
        code = self.code()
        if code and not all(c.isalnum() or c in "-_" for c in code):
            return self.tr("A shop code has only letters, digits, - and _. Check it and try again.")
        return ""

    # --- actions ----------------------------------------------------------------

    def save(self) -> bool:
        problem = self._problem()
        if problem:
            say(self.status, problem, "error")
            return False
        if self.leader is None:
            return False
        try:
            self.settings.set("hub_url", self.url(), by=self.leader)
            self.settings.set("hub_shop_code", self.code(), by=self.leader)
        except BruktError as error:
            say(self.status, describe(error), "error")
            return False
        self._stored_url = self.url()
        self.url_input.setText(hidden(self._stored_url))
        say(self.status, self.tr("Saved. Closed days will be sent to this hub."), "info")
        self.saved.emit()
        return True

    def test_connection(self) -> None:
        """Try the hub as typed (not yet saved) in the background."""
        problem = self._problem()
        url = self.url()
        if not problem and not url:
            problem = self.tr("Type the hub's address first.")
        if problem:
            say(self.status, problem, "error")
            return
        code = self.sends_as()

        def work(progress: Callable[[int, int], None]) -> dict[str, Any]:
            return try_hub(url, code)

        job = BackgroundJob(work, reports_progress=True)
        job.signals.finished.connect(self._tested)
        job.signals.failed.connect(self._test_failed)
        self._signals = job.signals
        self.test_button.setEnabled(False)
        say(self.status, self.tr("Trying the hub …"), "info")
        self.pool.start(job)

    def _tested(self, result: dict[str, Any]) -> None:
        self.test_button.setEnabled(True)
        if result["version"] is None:
            say(
                self.status,
                self.tr(
                    "The address answers, but it is not a hub yet. Ask the person who runs the hub "
                    "to set it up (bruktpos hub init)."
                ),
                "error",
            )
        elif result["shop_name"]:
            say(
                self.status,
                self.tr("Connected. The hub knows this shop as %1.").replace("%1", str(result["shop_name"])),
                "info",
            )
        else:
            say(
                self.status,
                self.tr(
                    "Connected. The hub does not know this shop code yet; "
                    "it is added when the first day is sent."
                ),
                "info",
            )

    def _test_failed(self, _error: Exception) -> None:
        self.test_button.setEnabled(True)
        say(
            self.status,
            self.tr(
                "The hub did not answer. Check the address and the network, then try again. "
                "The till works as before; closed days wait and are sent later."
            ),
            "error",
        )

    # --- the chapter's set-up -------------------------------------------------------

    def fetch_template(self) -> None:
        """Fetch the chapter's template and work out its changes in the background, then ask."""
        from bruktpos.services.chapter_template import fetch_template, plan_template

        problem = self._problem()
        url = self.url()
        if not problem and not url:
            problem = self.tr("Type the hub's address first.")
        if problem:
            say(self.status, problem, "error")
            return
        leader = self.leader
        if leader is None:
            return
        db = self.db

        def work(progress: Callable[[int, int], None]) -> Any:
            template = fetch_template(url)
            if template is None:
                return None
            return template, plan_template(db, template, by=leader)

        self._run_template_job(work, self._template_planned, self.tr("Fetching the chapter's set-up …"))

    def _run_template_job(self, work: Callable[..., Any], done: Callable[[Any], None], busy: str) -> None:
        job = BackgroundJob(work, reports_progress=True)
        job.signals.finished.connect(done)
        job.signals.failed.connect(self._template_failed)
        self._template_signals = job.signals
        self.template_button.setEnabled(False)
        say(self.status, busy, "info")
        self.pool.start(job)

    def _template_planned(self, result: Any) -> None:
        self.template_button.setEnabled(True)
        if result is None:
            say(
                self.status,
                self.tr("The chapter has not published a set-up on the hub yet. Ask your coordinator."),
                "info",
            )
            return
        template, changes = result
        if not changes:
            say(
                self.status,
                self.tr(
                    "This shop already has the chapter's set-up (version %1). Nothing to change."
                ).replace("%1", str(template.published.version)),
                "info",
            )
            return
        say(self.status, "", "info")
        dialog = ChapterTemplateDialog(template, changes, self)
        dialog.accepted.connect(lambda: self._apply_template(template))
        self.template_dialog = dialog
        dialog.open()

    def _apply_template(self, template: Any) -> None:
        from bruktpos.services.chapter_template import apply_template

        leader = self.leader
        if leader is None:
            return
        db = self.db

        def work(progress: Callable[[int, int], None]) -> Any:
            return apply_template(db, template, by=leader)

        self._run_template_job(work, self._template_applied, self.tr("Importing the chapter's set-up …"))

    def _template_applied(self, changes: Any) -> None:
        self.template_button.setEnabled(True)
        say(
            self.status,
            self.tr("Done: the chapter's set-up is in this shop (%1 changes).").replace(
                "%1", str(len(changes))
            ),
            "info",
        )

    def _template_failed(self, error: Exception) -> None:
        from bruktpos.hub.templates import TemplatesMissing
        from bruktpos.services.setup_format import SetupFileError

        self.template_button.setEnabled(True)
        log.warning("the chapter's set-up could not be fetched or imported: %s", error)
        if isinstance(error, TemplatesMissing):
            text = self.tr(
                "The hub is too old to hold the chapter's set-up. Ask the person who runs the hub "
                "to upgrade it (bruktpos hub init). Nothing was changed here."
            )
        elif isinstance(error, SetupFileError) and error.refused is not None:
            text = self.tr("The chapter's set-up could not be used here: %1 Nothing was changed.").replace(
                "%1", describe(error.refused)
            )
        elif isinstance(error, SetupFileError):
            text = self.tr(
                "The chapter's set-up on the hub has a mistake (%1). Tell your coordinator. "
                "Nothing was changed here."
            ).replace("%1", error.message)
        else:
            text = self.tr(
                "The hub did not answer. Check the address and the network, then try again. "
                "Nothing was changed here."
            )
        say(self.status, text, "error")
