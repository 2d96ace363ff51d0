"""The model manager: installed translation packages, install from file, download, remove.

Converted CTranslate2 models (OPUS-MT, NLLB-200, M2M-100; :mod:`reader.core.translate.ct2_install`)
are listed in the same table, a row per model with its family and directions, and install
through the same flow, from a folder or an archive.

Every package operation runs on the write lane (installs move folders; the engine must not
load a package halfway through); the dialog only shows data and reacts to results.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.gui import model_watch
from reader.gui.dialogs.confirm import ask
from reader.gui.dialogs.errors import report_failure
from reader.gui.language_names import direction_label
from reader.gui.tasks import Failure, Lane, Op, OpContext, TaskManager


def install_model_files(ctx: OpContext, paths: Sequence[str]) -> list[str]:
    """Install ``.argosmodel`` files one by one (off the GUI thread); returns the package names.

    Shared by the model manager and the welcome view; a bad file stops with its
    :class:`~reader.core.errors.ModelError`, and the files before it stay installed.
    """
    from reader.core.translate import ct2_install
    from reader.core.translate.packages import install_package

    names = []
    for done, path in enumerate(paths):
        ctx.check()
        ctx.report(done, len(paths))
        if ct2_install.is_model_source(Path(path)):
            names.append(ct2_install.install_model(path).model.name)
            continue
        package, _replaced = install_package(path)
        names.append(package.name)
    return names


def _direction(from_name: str, from_code: str, to_name: str, to_code: str) -> str:
    return direction_label(from_code, to_code, from_name, to_name)


class ModelManagerDialog(QDialog):
    """Emits ``models_changed`` after anything was installed or removed."""

    models_changed = Signal()

    def __init__(self, manager: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.setWindowTitle(self.tr("Translation Models"))
        self.manager = manager
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Talk Reader translates offline with Argos Translate models. Install a model "
                "for each direction you read: Chinese → English and English → Chinese."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.installed = self._table([self.tr("Direction"), self.tr("Package"), self.tr("Version")])
        self.installed.setObjectName("installedModels")
        self.available = self._table([self.tr("Direction"), self.tr("Package"), self.tr("Version")])
        self.available.setObjectName("availableModels")
        installed_page = QWidget(self)
        self.install_button = QPushButton(self.tr("Install From File…"), installed_page)
        self.install_button.setObjectName("installFromFile")
        self.install_folder_button = QPushButton(self.tr("Install From Folder…"), installed_page)
        self.install_folder_button.setObjectName("installFromFolder")
        self.install_folder_button.setToolTip(
            self.tr("A converted OPUS-MT, NLLB-200 or M2M-100 model (ct2-transformers-converter output)")
        )
        self.remove_button = QPushButton(self.tr("Remove"), installed_page)
        self.remove_button.setObjectName("removeModel")
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.install_folder_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        page_layout = QVBoxLayout(installed_page)
        page_layout.addWidget(self.installed)
        page_layout.addLayout(row)
        available_page = QWidget(self)
        self.refresh_index_button = QPushButton(self.tr("Refresh List"), available_page)
        self.refresh_index_button.setObjectName("refreshIndex")
        self.download_button = QPushButton(self.tr("Download and Install"), available_page)
        self.download_button.setObjectName("downloadModel")
        self.download_button.setEnabled(False)
        self.index_status = QLabel(available_page)
        self.index_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.refresh_index_button)
        row.addStretch(1)
        row.addWidget(self.download_button)
        page_layout = QVBoxLayout(available_page)
        page_layout.addWidget(self.index_status)
        page_layout.addWidget(self.available)
        page_layout.addLayout(row)
        self.tabs.addTab(installed_page, self.tr("Installed"))
        self.tabs.addTab(available_page, self.tr("Download"))
        self.status = QLabel(self)
        self.status.setObjectName("modelStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.install_button.clicked.connect(self.choose_file)
        self.install_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_index_button.clicked.connect(self.refresh_index)
        self.download_button.clicked.connect(self.download_selected)
        self.installed.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.installed.selectedItems()))
        )
        self.available.itemSelectionChanged.connect(
            lambda: self.download_button.setEnabled(bool(self.available.selectedItems()))
        )
        self.packages: list = []
        self.index: list = []
        #: Installed package path → the newer version the index offers.
        self.updates: dict[str, str] = {}
        watch = model_watch.current()
        if watch is not None:  # installs and removals made outside the app show here too
            watch.changed.connect(self.refresh)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setAlternatingRowColors(True)
        return table

    def _fill(self, table: QTableWidget, packages: list, newer: Mapping[str, str] | None = None) -> None:
        """One row per package; *newer* maps a package's path to the newer version the index
        offers, shown beside its version (the CLI's ``models list`` says the same)."""
        newer = newer or {}
        table.setRowCount(len(packages))
        for row, package in enumerate(packages):
            update = newer.get(str(getattr(package, "path", "")))
            version = package.version
            if update is not None:
                version = self.tr("%1 (update: %2)").replace("%1", package.version).replace("%2", update)
            values = (
                _direction(package.from_name, package.from_code, package.to_name, package.to_code),
                package.name,
                version,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if update is not None:
                    item.setToolTip(
                        self.tr("Version %1 is available: download it in the Download tab.").replace("%1", update)
                    )
                table.setItem(row, column, item)
        table.resizeColumnToContents(1)
        table.resizeColumnToContents(2)

    # -- operations ----------------------------------------------------------------------
    def refresh(self) -> None:
        index = list(self.index)

        def work(_ctx: OpContext) -> tuple[list, dict[str, str], list]:
            from reader.core.translate import ct2_install
            from reader.core.translate.packages import installed_packages, updates

            installed = installed_packages()
            # The index as last fetched (no network here), or the one this dialog fetched.
            offers = updates(index or None, installed)
            broken = dict(ct2_install.model_problems())
            models = [m for m in ct2_install.installed_models() if m.path not in broken]
            return installed, {str(u.installed.path): u.available.version for u in offers}, models

        Op(self, work, lane=Lane.WRITE, manager=self.manager).on_success(self._show_installed).run()

    def _fill_models(self, models: list) -> None:
        """A row per converted model after the packages: its directions, name with family, version."""
        start = self.installed.rowCount()
        self.installed.setRowCount(start + len(models))
        for offset, model in enumerate(models):
            directions = self.tr(", ").join(direction_label(a, b) for a, b in model.directions)
            values = (directions, f"{model.name} ({model.family})", model.label[len(model.name) :].strip())
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, start + offset)
                item.setToolTip(self.tr("A converted %1 model (CTranslate2)").replace("%1", model.family))
                self.installed.setItem(start + offset, column, item)
        self.installed.resizeColumnToContents(1)

    def _show_installed(self, result: tuple[list, dict[str, str], list]) -> None:
        packages, newer, models = result
        self.packages = [*packages, *models]
        self.updates = newer
        self._fill(self.installed, packages, newer)
        self._fill_models(models)
        packages = self.packages  # the counts below include the converted models
        if not packages:
            self.status.setText(self.tr("No translation models are installed yet."))
        elif newer:
            self.status.setText(
                self.tr("%n model(s) installed.", "", len(packages))
                + self.tr(" %n update(s) available in the Download tab.", "", len(newer))
            )
        else:
            self.status.setText(self.tr("%n model(s) installed.", "", len(packages)))

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Install Translation Model"))
        dialog.setNameFilters(
            [
                self.tr("Translation models (*.argosmodel *.zip *.tar.gz *.tgz)"),
                self.tr("Argos Translate models (*.argosmodel *.zip)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.install_files)
        dialog.open()

    def choose_folder(self) -> None:
        """A converted model's folder (OPUS-MT, NLLB, M2M-100), installed like a file."""
        dialog = QFileDialog(self, self.tr("Install Converted Model"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.install_files([path]))
        dialog.open()

    def install_files(self, paths: list[str]) -> None:
        def work(ctx: OpContext) -> list[str]:
            return install_model_files(ctx, paths)

        self.status.setText(self.tr("Installing…"))
        (
            Op(self, work, lane=Lane.WRITE, manager=self.manager)
            .with_progress(self.tr("Installing models"))
            .on_success(self._installed)
            .on_failure(self._failed)
            .run()
        )

    def _installed(self, names: list[str]) -> None:
        self.status.setText(self.tr("Installed %1.").replace("%1", ", ".join(names)))
        self.models_changed.emit()
        self.refresh()

    def _failed(self, failure: Failure) -> None:
        self.status.setText(str(failure.exception))
        report_failure(self, failure)
        self.refresh()

    def remove_selected(self) -> None:
        items = self.installed.selectedItems()
        if not items:
            return
        package = self.packages[items[0].data(Qt.ItemDataRole.UserRole)]

        def remove() -> None:
            def work(_ctx: OpContext) -> None:
                from reader.core.translate import ct2_install
                from reader.core.translate.ct2_models import ModelLayout
                from reader.core.translate.packages import remove_package

                if isinstance(package, ModelLayout):
                    ct2_install.remove_model(package.name)
                else:
                    remove_package(package.name)

            Op(self, work, lane=Lane.WRITE, manager=self.manager).on_success(
                lambda _r: (self.models_changed.emit(), self.refresh())
            ).run()

        ask(
            self,
            self.tr("Remove Model"),
            self.tr("Remove the model %1?").replace("%1", package.name),
            remove,
            yes_text=self.tr("Remove"),
            destructive=True,
        )

    def refresh_index(self) -> None:
        def work(_ctx: OpContext) -> list:
            from reader.core.translate.packages import available_packages

            return [p for p in available_packages() if {p.from_code, p.to_code} <= {"zh", "en"}] or list(
                available_packages()
            )

        self.index_status.setText(self.tr("Fetching the list of models…"))
        (
            Op(self, work, lane=Lane.READ, manager=self.manager)
            .on_success(self._show_index)
            .on_failure(lambda failure: self.index_status.setText(str(failure.exception)))
            .run()
        )

    def _show_index(self, packages: list) -> None:
        self.index = packages
        self._fill(self.available, packages)
        self.index_status.setText(self.tr("%n model(s) available.", "", len(packages)))
        self.refresh()  # the installed list marks what the fresh index has newer versions of

    def download_selected(self) -> None:
        items = self.available.selectedItems()
        if not items:
            return
        package = self.index[items[0].data(Qt.ItemDataRole.UserRole)]

        def work(ctx: OpContext) -> str:
            from reader.core.translate.packages import download_package

            installed = download_package(package.from_code, package.to_code, cancel=ctx.cancel, report=ctx.report)
            info = installed[0] if isinstance(installed, tuple) else installed
            return getattr(info, "name", package.name)

        (
            Op(self, work, lane=Lane.WRITE, manager=self.manager)
            .with_progress(self.tr("Downloading %1").replace("%1", package.name))
            .on_success(lambda name: self._installed([name]))
            .on_failure(self._failed)
            .run()
        )
