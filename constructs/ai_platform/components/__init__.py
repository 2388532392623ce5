"""The platform's components, one module each, discovered (never listed): every module of this
package but ``base`` defines exactly one :class:`~ai_platform.components.base.Component`.

To add one, see docs/adding-a-component.md.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil

from ..errors import PlatformError
from .base import Component

NOT_COMPONENTS = frozenset({"base"})


@functools.cache
def all_components() -> tuple[type[Component], ...]:
    """Every component class, by module name."""
    found: list[type[Component]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name in NOT_COMPONENTS:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        defined = [c for _, c in inspect.getmembers(module, inspect.isclass)
                   if issubclass(c, Component) and c is not Component and c.__module__ == module.__name__]
        if len(defined) != 1:
            raise PlatformError(f"components/{info.name}.py must define exactly one Component; it defines "
                                f"{[c.__name__ for c in defined] or 'none'}")
        found.append(defined[0])
    names = [c.NAME for c in found]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise PlatformError(f"components share a NAME (their dist/ folder): {repeated}")
    return tuple(found)


def by_lock(component: str) -> type[Component]:
    """The component whose lock entry is ``component``."""
    for candidate in all_components():
        if candidate.LOCK == component:
            return candidate
    raise PlatformError(f"no component installs lock entry {component!r}")
