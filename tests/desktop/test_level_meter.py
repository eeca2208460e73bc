"""LevelMeter: bar length follows the level, the peak line holds then sinks."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.audio import LevelMeter


def make_meter(qtbot, **options) -> LevelMeter:
    meter = LevelMeter(**options)
    meter.resize(200, 20)
    qtbot.addWidget(meter)
    return meter


def pixel(meter: LevelMeter, x: int) -> QColor:
    return meter.grab().toImage().pixelColor(x, 10)


def test_bar_fills_up_to_the_level(qtbot) -> None:
    meter = make_meter(qtbot)
    empty = pixel(meter, 100)
    meter.set_level(0.5)
    assert pixel(meter, 50) == meter.color_for(0.5)
    assert pixel(meter, 90) == meter.color_for(0.5)
    assert pixel(meter, 150) == empty


def test_colour_warns_when_loud(qtbot) -> None:
    meter = make_meter(qtbot)
    assert meter.color_for(0.3) != meter.color_for(0.8) != meter.color_for(0.97)
    meter.set_level(0.97)
    assert pixel(meter, 20) == meter.color_for(0.97)


def test_peak_is_held_then_sinks(qtbot) -> None:
    meter = make_meter(qtbot, hold_updates=3, fall_per_update=0.1)
    meter.set_level(0.8)
    for _ in range(3):
        meter.set_level(0.1)
    assert meter.peak == 0.8  # held
    image = meter.grab().toImage()
    peak_x = round(2 + (200 - 4) * 0.8)
    assert any(
        image.pixelColor(x, 10) == meter.color_for(0.8) for x in range(peak_x - 3, peak_x + 2)
    )
    meter.set_level(0.1)
    assert abs(meter.peak - 0.7) < 1e-9  # now sinking
    for _ in range(20):
        meter.set_level(0.1)
    assert meter.peak == 0.1  # never below the current level


def test_levels_are_clamped_and_reset_clears(qtbot) -> None:
    meter = make_meter(qtbot)
    meter.set_level(3.0)
    assert meter.level == 1.0
    meter.set_level(-1.0)
    assert meter.level == 0.0
    meter.reset()
    assert meter.peak == 0.0
    empty = pixel(meter, 5)
    assert empty != meter.color_for(0.0)


def test_accessible_name_and_value_text(qtbot) -> None:
    meter = make_meter(qtbot)
    assert meter.accessibleName() == "Microphone level"
    meter.set_level(0.42)
    assert meter.accessibleDescription() == "42 percent"
    assert meter.toolTip() == "42 percent"


def test_meter_follows_a_recorder(qtbot, speech_clip) -> None:
    from desktop.audio import PcmStreamSource, Recorder

    meter = make_meter(qtbot)
    recorder = Recorder()
    recorder.level.connect(meter.set_level)
    seen: list[float] = []
    recorder.level.connect(lambda _level: seen.append(meter.peak))
    with qtbot.waitSignal(recorder.stopped, timeout=20_000):
        recorder.start(source=PcmStreamSource(speech_clip.pcm))
    assert max(seen) > 0.5
    assert meter.level == 0.0  # the recorder's final 0 on stop
