"""A chart folder as its release process would publish it, built from the verified source.

The source folder is copied out of the cache and only the steps named in the lock's
``packaging`` are applied (see ``upstream.ChartPackaging``); subcharts from their own
pinned sources are placed under ``charts/<name>``, as ``helm dependency build`` would.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ..errors import UpstreamError
from ..upstream import ChartPackaging, HelmChart, SourceTree, UpstreamCache

_TEMPLATE_VARIABLE = re.compile(r"\$\{(\w+)\}")


def set_chart_fields(chart_yaml: Path, fields: dict[str, str]) -> None:
    """Sets top-level scalar fields of Chart.yaml, leaving every other line as it is."""
    text = chart_yaml.read_text(encoding="utf-8")
    for key, value in fields.items():
        line = f'{key}: "{value}"'
        pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
        text, count = pattern.subn(line, text, count=1)
        if count == 0:
            text = text.rstrip("\n") + f"\n{line}\n"
    chart_yaml.write_text(text, encoding="utf-8")


def render_values_template(folder: Path, packaging: ChartPackaging, what: str) -> None:
    assert packaging.values_template is not None
    template = (folder / packaging.values_template).read_text(encoding="utf-8")

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in packaging.values_template_vars:
            raise UpstreamError(
                f"{what}: {packaging.values_template} uses ${{{name}}}; upstream.lock.yaml packaging.values_template_vars "
                f"has {sorted(packaging.values_template_vars)}"
            )
        return packaging.values_template_vars[name]

    (folder / "values.yaml").write_text(_TEMPLATE_VARIABLE.sub(substitute, template), encoding="utf-8")


def apply_packaging(folder: Path, packaging: ChartPackaging, what: str) -> None:
    if packaging.chart_fields:
        set_chart_fields(folder / "Chart.yaml", packaging.chart_fields)
    if packaging.values_template is not None:
        render_values_template(folder, packaging, what)


def copy_tree(cache: UpstreamCache, source: SourceTree, target: Path) -> None:
    shutil.copytree(cache.ensure_tree(source), target)
    for path in [target, *target.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def package_chart(chart: HelmChart, cache: UpstreamCache, workdir: Path) -> Path:
    """The chart, ready for ``helm template``, in ``workdir/<chart name>``."""
    target = workdir / chart.name
    copy_tree(cache, chart.source, target)
    apply_packaging(target, chart.packaging, chart.source.describe())
    for sub in chart.subcharts:
        destination = target / "charts" / sub.name
        if destination.exists():
            raise UpstreamError(f"{chart.source.describe()}: charts/{sub.name} already exists in the source")
        destination.parent.mkdir(exist_ok=True)
        copy_tree(cache, sub.source, destination)
        apply_packaging(destination, sub.packaging, sub.source.describe())
    return target
