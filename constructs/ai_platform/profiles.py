"""Reading cluster profiles: the YAML file, the model of ``profile.py`` and the rules every
component owns (``Component.rules``). Every problem is a ``ProfileError`` naming the file, the key
path and what is allowed; all of a file's rule problems are reported together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .components import all_components
from .conventions import CLUSTERS_DIR
from .errors import ProfileError
from .profile import Profile


def _key_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path or "<root>"


def _allowed_keys(loc: tuple[Any, ...]) -> list[str]:
    """The keys the model accepts at the parent of ``loc`` (for 'unknown key' errors)."""
    model: Any = Profile
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = next((f for f in model.model_fields.values() if f.alias == part), None)
        if field is None:
            return []
        annotation = field.annotation
        inner = getattr(annotation, "__args__", None)
        candidates = [annotation, *(inner or ())]
        model = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if model is None:
            return []
    return sorted(f.alias or name for name, f in model.model_fields.items())


def _describe(error: dict[str, Any]) -> str:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(loc)
        return f"{_key_path(loc)}: unknown key; allowed keys: {', '.join(allowed)}"
    if kind == "enum":
        return f"{_key_path(loc)}: {error['input']!r} is not allowed; allowed values: {error['ctx']['expected']}"
    if kind == "value_error":
        message = str(error["ctx"]["error"]) if "ctx" in error else error["msg"]
        return f"{_key_path(loc)}: {message}"
    return f"{_key_path(loc)}: {error['msg']} (got {error.get('input')!r})"




def parse_profile(data: Any, source: str) -> Profile:
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: <root>: expected a mapping of profile keys, got {type(data).__name__}")
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        lines = [f"{source}: {_describe(err)}" for err in exc.errors()]
        raise ProfileError("invalid cluster profile\n  " + "\n  ".join(lines)) from None
    problems = [problem for component in all_components() for problem in component.rules(profile)]
    if problems:
        lines = [f"{source}: {problem.key}: {problem.message}" for problem in problems]
        raise ProfileError("invalid cluster profile\n  " + "\n  ".join(lines))
    return profile


def load_profile(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read profile ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path}: not valid YAML: {exc}") from None
    profile = parse_profile(data, str(path))
    if profile.name != path.stem:
        raise ProfileError(f"{path}: name: {profile.name!r} must match the file name {path.stem!r}")
    return profile


def profile_paths(directory: Path = CLUSTERS_DIR) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def profile_path(name: str, directory: Path = CLUSTERS_DIR) -> Path:
    path = directory / f"{name}.yaml"
    if not path.is_file():
        known = ", ".join(p.stem for p in profile_paths(directory)) or "none"
        raise ProfileError(f"no profile {name!r} in {directory}; known profiles: {known}")
    return path
