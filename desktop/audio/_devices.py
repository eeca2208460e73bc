"""Which microphones exist, for the device picker and the settings file.

Settings store a device id as text (`VoiceSettings.microphone`); Qt identifies devices
by a QByteArray. Devices come and go (USB headsets), so the picker model refreshes on
`QMediaDevices.audioInputsChanged`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from desktop._tr import tr

NO_MICROPHONE = (
    "No microphone was found. Connect one, answer from a recording with "
    "“Answer from a file…”, or type your answer instead."
)

DeviceIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def no_microphone_message() -> str:
    """NO_MICROPHONE in the UI language."""
    return tr(
        "No microphone was found. Connect one, answer from a recording with "
        "“Answer from a file…”, or type your answer instead."
    )


@dataclass(frozen=True)
class InputDevice:
    id: str
    description: str
    is_default: bool = False


def device_id(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", errors="replace")


def input_devices() -> list[InputDevice]:
    """The system's microphones, default first."""
    found = [
        InputDevice(device_id(dev), dev.description(), dev.isDefault())
        for dev in QMediaDevices.audioInputs()
    ]
    return sorted(found, key=lambda device: not device.is_default)


def find_input_device(wanted_id: str | None) -> QAudioDevice | None:
    """The device with this id, else the system default, else None (no microphone)."""
    devices = QMediaDevices.audioInputs()
    for device in devices:
        if wanted_id is not None and device_id(device) == wanted_id:
            return device
    default = QMediaDevices.defaultAudioInput()
    if not default.isNull():
        return default
    return devices[0] if devices else None


class InputDeviceModel(QAbstractListModel):
    """List model for a combo box: row 0 is "System default" (id None), then devices."""

    def __init__(self, parent: QObject | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self._devices: list[InputDevice] = []
        self.default_label = self.tr("System default")
        if watch:
            self._media = QMediaDevices(self)
            self._media.audioInputsChanged.connect(self.refresh)
        self.refresh()

    @property
    def has_devices(self) -> bool:
        return bool(self._devices)

    def refresh(self) -> None:
        self.set_devices(input_devices())

    def set_devices(self, devices: list[InputDevice]) -> None:
        self.beginResetModel()
        self._devices = list(devices)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._devices) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        device = self._devices[index.row() - 1] if index.row() else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(device)
        if role == DeviceIdRole:
            return device.id if device else None
        return None

    def row_of(self, wanted_id: str | None) -> int:
        """Row showing this id; a device that disappeared falls back to the default row."""
        for row, device in enumerate(self._devices, start=1):
            if device.id == wanted_id:
                return row
        return 0

    def _label(self, device: InputDevice | None) -> str:
        if device is None:
            return self.default_label if self._devices else self.tr("No microphone was found")
        return device.description + (" (default)" if device.is_default else "")
