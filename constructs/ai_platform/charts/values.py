"""No silently ignored values: every leaf path a part sets must be a key of the chart's
values (or of a subchart's, under its name or alias) or be read by one of its templates."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import PlatformError


@dataclass(frozen=True)
class ChartValues:
    """Default values and template text of one packaged chart (subcharts included)."""

    defaults: Mapping[str, Any]
    templates: str
    subcharts: Mapping[str, ChartValues]

    @classmethod
    def load(cls, folder: Path) -> ChartValues:
        values_file = folder / "values.yaml"
        defaults = (yaml.safe_load(values_file.read_text(encoding="utf-8")) if values_file.is_file() else None) or {}
        templates = "\n".join(
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((folder / "templates").rglob("*"))
            if p.is_file()
        ) if (folder / "templates").is_dir() else ""
        chart = yaml.safe_load((folder / "Chart.yaml").read_text(encoding="utf-8")) or {}
        aliases = {d["name"]: d.get("alias") or d["name"] for d in chart.get("dependencies") or []}
        subcharts = {}
        charts_dir = folder / "charts"
        if charts_dir.is_dir():
            for sub in sorted(p for p in charts_dir.iterdir() if (p / "Chart.yaml").is_file()):
                sub_name = (yaml.safe_load((sub / "Chart.yaml").read_text(encoding="utf-8")) or {}).get("name", sub.name)
                subcharts[aliases.get(sub_name, sub_name)] = cls.load(sub)
        return cls(defaults, templates, subcharts)

    def reads(self, path: tuple[str, ...]) -> bool:
        """Whether a template reads ``.Values.<path>`` (directly or as ``$.Values``)."""
        dotted = ".Values." + ".".join(path)
        index = 0
        while (index := self.templates.find(dotted, index)) >= 0:
            end = index + len(dotted)
            if end >= len(self.templates) or not (self.templates[end].isalnum() or self.templates[end] == "_"):
                return True
            index = end
        return False


    def reads_whole(self, path: tuple[str, ...]) -> bool:
        """Whether a template iterates or dumps the map at ``path`` (every key of it is read)."""
        dotted = re.escape(".Values." + ".".join(path))
        return re.search(rf"(range\s+[^\n]*?:=\s*\$?|toYaml\s+\(?\$?){dotted}(?![\w.])", self.templates) is not None


def _leaves(values: Mapping[str, Any], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for key, value in values.items():
        if isinstance(value, Mapping) and value:
            yield from _leaves(value, (*prefix, key))
        else:
            yield (*prefix, key)


def unknown_paths(chart: ChartValues, values: Mapping[str, Any]) -> list[str]:
    """Leaf paths of ``values`` that the chart neither defines nor reads."""
    return [".".join(p) for p in _leaves(values) if not _known(chart, p)]


def _known(chart: ChartValues, path: tuple[str, ...]) -> bool:
    if path[0] in chart.subcharts and len(path) > 1 and path[0] not in chart.defaults:
        return _known(chart.subcharts[path[0]], path[1:]) or chart.reads(path)
    node: Any = chart.defaults
    for depth, key in enumerate(path):
        if not isinstance(node, Mapping):
            return True  # below a list or scalar default: the value replaces it whole
        if key not in node:
            if not node and depth > 0:
                return True  # a free-form map the chart leaves empty (labels, nodeSelector, ...)
            return (
                chart.reads(path[: depth + 1])
                or (depth > 0 and chart.reads_whole(path[:depth]))
                or (path[0] in chart.subcharts and _known(chart.subcharts[path[0]], path[1:]))
            )
        node = node[key]
    return True


def check_values(chart_name: str, chart: ChartValues, values: Mapping[str, Any]) -> None:
    unknown = unknown_paths(chart, values)
    if unknown:
        raise PlatformError(
            f"chart {chart_name}: value(s) {', '.join(unknown)} are not keys of the chart's values.yaml "
            "and no template reads them (misspelled, or removed upstream)"
        )
