"""``check-submission``: our own check and the official CNCF validator on one PRODUCT.yaml.

The submission passes only when both pass. One validator finding is told apart: N/A on a
MUST item that carries a justification, which the program FAQ allows while the validator
rejects it. It is reported as the known FAQ-allowed N/A (never hidden) and fails the check
only with ``strict`` (the CNCF repository's CI runs the validator as is). Look-ups the
validator could not make offline are listed as not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import PlatformError
from .check import CheckReport, check_document
from .requirements import NOT_APPLICABLE
from .validator import FAQ_NA_ON_MUST, ValidatorRun, run_validator


@dataclass(frozen=True)
class SubmissionReport:
    own: CheckReport
    validator: ValidatorRun
    validator_errors: tuple[str, ...]
    """Validator findings that fail the submission (every one but the FAQ-allowed N/A)."""
    faq_allowed: tuple[str, ...]
    """Validator findings of N/A on a MUST item with a justification in notes."""
    strict: bool

    @property
    def ok(self) -> bool:
        return self.own.ok and not self.validator_errors and not (self.strict and self.faq_allowed)


def _items(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    spec = document.get("spec") or {}
    return {str(item.get("id")): item for items in spec.values() if isinstance(items, list) for item in items if isinstance(item, dict)}


def classify(run: ValidatorRun, document: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(failing findings, FAQ-allowed findings) of a validator run on this document."""
    items = _items(document)
    failing: list[str] = []
    allowed: list[str] = []
    for finding in run.errors:
        match = FAQ_NA_ON_MUST.fullmatch(finding)
        item = items.get(match.group("id")) if match else None
        if item is not None and item.get("status") == NOT_APPLICABLE and str(item.get("notes") or "").strip():
            allowed.append(finding)
        else:
            failing.append(finding)
    return tuple(failing), tuple(allowed)


def check_submission(product: Path, strict: bool = False) -> SubmissionReport:
    if not product.is_file():
        raise PlatformError(f"{product}: no such PRODUCT.yaml")
    document = yaml.safe_load(product.read_text(encoding="utf-8"))
    own = check_document(document if isinstance(document, dict) else {}, product.parent)
    run = run_validator(product)
    failing, allowed = classify(run, document if isinstance(document, dict) else {})
    return SubmissionReport(own, run, failing, allowed, strict)
