"""The fixtures every simulated-cluster module shares (registered by tests/conftest.py): a client of
the module's ``cluster`` (each module defines that fixture for the operators it runs) and the
objects a test creates, deleted and waited for afterwards with the quota settled."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ai_platform.kubeclient import KubeClient


@pytest.fixture
def client(cluster: Any) -> Iterator[KubeClient]:
    """A client of the module's ``cluster`` (each module defines that fixture for its operators)."""
    with cluster.client() as client:
        yield client


@pytest.fixture
def created(client: KubeClient) -> Iterator[list[dict[str, Any]]]:
    """Objects a test creates; deleted afterwards and waited for, quota settled, so tests do not
    share GPUs, devices or quota."""
    objects: list[dict[str, Any]] = []
    yield objects
    from simulated_pods import delete_and_wait

    delete_and_wait(client, objects)
