"""Guards against binding bugs that would crash the app after a few minutes of use."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_calls_keep_none_alive() -> None:
    # PySide6 6.12.0 under Python 3.11 released a reference to None on every call of a
    # method returning void; painting does thousands per second, so the app aborted
    # ("none_dealloc") once None's count reached zero.
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
