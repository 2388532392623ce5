"""Our own check of a PRODUCT.yaml; ``check-submission`` runs it next to the official CNCF
validator (``validator.py``) and covers what that one does not.

Errors: metadata missing or still a template placeholder (the template's keys, plus
``k8sConformanceUrl``, which the CNCF validator requires for every version, in its format and
for the submission's Kubernetes version); a category or requirement id missing, added or moved;
``id``/``description``/``level`` changed from the official template; a status outside the
allowed values; N/A without notes; a local evidence file that does not exist next to
PRODUCT.yaml.

Warning: the program's FAQ allows N/A with a justification on MUST items, while its
submission validator rejects N/A on MUSTs (an open question upstream). This check follows
the FAQ and reports the difference as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..profile import K8S_CONFORMANCE_URL, K8S_CONFORMANCE_URL_FORMAT
from .catalogue import checklist
from .requirements import NOT_APPLICABLE, STATUSES

PLACEHOLDER = re.compile(r"^\[.*\]$")
K8S_CONFORMANCE_KEY = "k8sConformanceUrl"


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _local_path(reference: str) -> str | None:
    if reference.startswith(("http://", "https://")):
        return None
    return reference.removeprefix("file://").split("#", 1)[0]


def check_document(document: dict[str, Any], base_dir: Path) -> CheckReport:
    report = CheckReport()
    metadata = document.get("metadata") or {}
    version = str(metadata.get("kubernetesVersion", "")).removeprefix("v")
    try:
        template = checklist(version).template
    except Exception:
        report.errors.append(f"metadata.kubernetesVersion: {metadata.get('kubernetesVersion')!r} has no official checklist")
        return report
    for key in [*template["metadata"], *([] if K8S_CONFORMANCE_KEY in template["metadata"] else [K8S_CONFORMANCE_KEY])]:
        value = metadata.get(key)
        if value in (None, ""):
            report.errors.append(f"metadata.{key}: missing")
        elif not isinstance(value, str):
            report.errors.append(f"metadata.{key}: {value!r} is not a string")
        elif PLACEHOLDER.match(value.strip()):
            report.errors.append(f"metadata.{key}: still the template placeholder {value!r}")
        elif key == K8S_CONFORMANCE_KEY:
            if not re.match(K8S_CONFORMANCE_URL, value):
                report.errors.append(f"metadata.{key}: {value!r} is not of the form {K8S_CONFORMANCE_URL_FORMAT}")
            elif f"/v{version}/" not in value:
                report.errors.append(f"metadata.{key}: {value!r} is not the Kubernetes conformance of v{version}")
    spec = document.get("spec") or {}
    if list(spec) != list(template["spec"]):
        report.errors.append(f"spec: categories {list(spec)} differ from the template's {list(template['spec'])}")
    for category, expected_items in template["spec"].items():
        items = spec.get(category) or []
        by_id = {item.get("id"): item for item in items}
        expected_ids = [item["id"] for item in expected_items]
        for extra in sorted(set(by_id) - set(expected_ids)):
            report.errors.append(f"spec.{category}: unknown requirement id {extra!r}")
        for expected in expected_items:
            rid = expected["id"]
            item = by_id.get(rid)
            where = f"spec.{category}.{rid}"
            if item is None:
                report.errors.append(f"{where}: missing")
                continue
            for key in ("description", "level"):
                if item.get(key) != expected[key]:
                    report.errors.append(f"{where}.{key}: changed from the official template")
            status = item.get("status")
            if status not in STATUSES:
                report.errors.append(f"{where}.status: {status!r} is not one of {', '.join(STATUSES)}")
            if status == NOT_APPLICABLE:
                if not str(item.get("notes") or "").strip():
                    report.errors.append(f"{where}.notes: N/A needs a justification")
                if expected["level"] == "MUST":
                    report.warnings.append(
                        f"{where}: N/A on a MUST item follows the program FAQ (with justification), "
                        "but the CNCF submission validator rejects it"
                    )
            evidence = item.get("evidence")
            if not isinstance(evidence, list) or (status != NOT_APPLICABLE and not evidence):
                report.errors.append(f"{where}.evidence: must be a non-empty list")
                continue
            for reference in evidence:
                local = _local_path(str(reference))
                if local is not None and not (base_dir / local).is_file():
                    report.errors.append(f"{where}.evidence: {reference!r} does not exist next to PRODUCT.yaml")
    return report


def check_file(path: Path) -> CheckReport:
    return check_document(yaml.safe_load(path.read_text(encoding="utf-8")), path.parent)
