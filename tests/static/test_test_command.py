"""The test command's plan (tests/run.py) and the simulated level's shared clusters
(tests/simulated_fixtures.py): one cluster per profile for the modules that run no operator, all
of a profile's tests on it in one shard, and a module on it that does not say so refused."""

from __future__ import annotations

import json
import types
from types import SimpleNamespace
from typing import Any

import pytest

import run
from conftest import PROFILE_NAMES
from levels import SHARED_CLUSTER_MARK
from simulated_fixtures import check_shared_cluster_users

SHARED_MODULES = {f"tests/simulated/test_simulated_{name}.py" for name in (
    "dra", "platform", "secure_access", "attack_gpu_nodes", "attack_device_handoff", "attack_host_access", "attack_priority")}


@pytest.fixture(scope="module")
def simulated_ids() -> list[str]:
    return run.collect("simulated", [])


def test_the_operator_less_modules_say_they_share_the_profiles_cluster(simulated_ids: list[str]) -> None:
    files = {nodeid.partition("::")[0] for nodeid in simulated_ids}
    assert {f for f in files if run._says(f, SHARED_CLUSTER_MARK)} == SHARED_MODULES


def test_a_profiles_shared_cluster_tests_are_one_group_in_one_shard(simulated_ids: list[str]) -> None:
    shared = [nodeid for nodeid in simulated_ids if nodeid.partition("::")[0] in SHARED_MODULES]
    assert {run.group_of(nodeid) for nodeid in shared} == {f"{run.SHARED_GROUP}[{p}]" for p in PROFILE_NAMES}
    durations = json.loads(run.DURATIONS.read_text(encoding="utf-8"))
    shards = run.plan(simulated_ids, "simulated", run.SHARDS["simulated"], durations)
    for profile in PROFILE_NAMES:
        of_profile = {nodeid for nodeid in shared if run.group_of(nodeid) == f"{run.SHARED_GROUP}[{profile}]"}
        holding = [i for i, ids in enumerate(shards) if of_profile & set(ids)]
        assert len(holding) == 1 and of_profile <= set(shards[holding[0]]), (profile, holding)


def test_every_group_belongs_to_its_level() -> None:
    assert run.level_of_group(f"{run.SHARED_GROUP}[reference]") == "simulated"
    assert run.level_of_group("tests/static/test_layout.py") == "static"
    assert run.level_of_group("tests/simulated/test_simulated_dra.py[reference]") == "simulated"


def _item(name: str, says: bool, shared: bool) -> Any:
    module = types.ModuleType(name)
    if says:
        module.SHARES_THE_PROFILE_CLUSTER = True  # type: ignore[attr-defined]

    def cluster() -> None: ...

    cluster.__module__ = "simulated_fixtures" if shared else name
    return SimpleNamespace(module=module, _fixtureinfo=SimpleNamespace(name2fixturedefs={"cluster": [SimpleNamespace(func=cluster)]}))


def test_collection_refuses_a_module_on_the_shared_cluster_that_does_not_say_so() -> None:
    check_shared_cluster_users([_item("test_says", True, True), _item("test_own", False, False)])
    with pytest.raises(pytest.UsageError, match=r"test_silent: uses the shared cluster; add `SHARES_THE_PROFILE_CLUSTER = True`"):
        check_shared_cluster_users([_item("test_silent", False, True)])
    with pytest.raises(pytest.UsageError, match="test_claims: says SHARES_THE_PROFILE_CLUSTER but defines its own"):
        check_shared_cluster_users([_item("test_claims", True, False)])
