"""Modules imported by name but only run when one of their names is first used."""

from __future__ import annotations

import importlib.util
import sys
import threading
import types

_lock = threading.Lock()


class _Deferred(types.ModuleType):
    """A module not run yet: its import-time attributes are set, its code has not run."""

    def __getattr__(self, name: str) -> object:
        with _lock:
            if type(self) is _Deferred:
                _run(self)
        return getattr(self, name)


def _run(module: types.ModuleType) -> None:
    """Run the module's code now; from here on it is an ordinary module."""
    spec = module.__spec__
    assert spec is not None and spec.loader is not None
    module.__class__ = types.ModuleType
    spec.loader.exec_module(module)


def defer_import(name: str) -> None:
    """Let ``import name`` succeed now and run the module when a name in it is used.

    importlib.util.LazyLoader cannot do this on Python 3.11: an ``import`` statement
    reads the module's ``__spec__``, and any attribute read runs a LazyLoader module.
    Here ``__spec__`` and the other import-time attributes are real; only a name the
    module itself defines runs it. Does nothing if the module is already imported or
    cannot be found.
    """
    if name in sys.modules:
        return
    parent, _, child = name.rpartition(".")
    if parent:
        importlib.import_module(parent)
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _Deferred
    sys.modules[name] = module
    if parent:
        setattr(sys.modules[parent], child, module)
