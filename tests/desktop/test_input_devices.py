"""The microphone picker model: default row first, ids for the settings file."""

from __future__ import annotations

from desktop.audio import InputDevice, InputDeviceModel, input_devices
from desktop.audio._devices import DeviceIdRole

HEADSET = InputDevice("alsa_input.usb-headset", "USB Headset", is_default=False)
BUILTIN = InputDevice("alsa_input.pci-builtin", "Built-in Microphone", is_default=True)


def test_rows_are_default_then_devices(qtbot, qtmodeltester) -> None:
    model = InputDeviceModel(watch=False)
    model.set_devices([BUILTIN, HEADSET])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0)) == "System default"
    assert model.data(model.index(0), DeviceIdRole) is None
    assert model.data(model.index(1)) == "Built-in Microphone (default)"
    assert model.data(model.index(2), DeviceIdRole) == "alsa_input.usb-headset"


def test_saved_id_maps_to_its_row_and_a_vanished_one_to_default(qtbot) -> None:
    model = InputDeviceModel(watch=False)
    model.set_devices([BUILTIN, HEADSET])
    assert model.row_of("alsa_input.usb-headset") == 2
    assert model.row_of(None) == 0
    model.set_devices([BUILTIN])  # headset unplugged
    assert model.row_of("alsa_input.usb-headset") == 0


def test_without_devices_the_only_row_says_so(qtbot) -> None:
    model = InputDeviceModel(watch=False)
    model.set_devices([])
    assert not model.has_devices
    assert model.rowCount() == 1
    assert model.data(model.index(0)) == "No microphone was found"


def test_the_live_model_matches_the_system(qtbot) -> None:
    model = InputDeviceModel()
    assert model.rowCount() == len(input_devices()) + 1
