"""The component registry: every module of ``constructs/ai_platform/components/`` is one component,
discovered; every lock entry the platform installs belongs to exactly one; every requirement a
component serves is a checklist id; and a component's profile rules run on every profile."""

from __future__ import annotations

import pkgutil

import pytest

from ai_platform import components as package
from ai_platform.components import all_components, by_lock
from ai_platform.components.base import Component, InstallKind
from ai_platform.conformance.catalogue import all_requirement_ids
from ai_platform.errors import PlatformError, ProfileError
from ai_platform.requirement import Requirement
from ai_platform.upstream import lock
from conftest import PROFILE_NAMES, built, make_profile, profile_data

TOOLS = {"kubernetes", "helm", "kustomize", "kwok", "cncf-ai-conformance", "ai-conformance-suite"}
"""Lock entries that are not deployed: the API version, the render tools, the test bed's KWOK,
the CNCF validator and checklists, the upstream suite."""
EXAMPLES = {"cuda-base"}
"""Images only the examples run (examples/gpu-smoke-test)."""
GITOPS_CRDS = {"argo-cd", "flux-source-controller", "flux-kustomize-controller", "flux-helm-controller"}
"""The GitOps tools' CRDs (typed imports and validation): the tools themselves are not deployed."""


def test_every_module_is_one_component_with_a_unique_name():
    modules = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name != "base")
    classes = all_components()
    assert [c.__module__.rsplit(".", 1)[1] for c in classes] == modules
    assert len({c.NAME for c in classes}) == len(classes)


def test_a_module_with_two_components_is_refused(monkeypatch):
    """The negative control of discovery: a module that defines two is an error naming it."""
    import types

    module = types.ModuleType("ai_platform.components.twice")

    class One(Component):
        NAME = "one"

    class Two(Component):
        NAME = "two"

    One.__module__ = Two.__module__ = module.__name__
    module.One, module.Two = One, Two
    monkeypatch.setattr(package.pkgutil, "iter_modules", lambda path: [pkgutil.ModuleInfo(None, "twice", False)])
    monkeypatch.setattr(package.importlib, "import_module", lambda name: module)
    package.all_components.cache_clear()
    try:
        with pytest.raises(PlatformError, match="components/twice.py must define exactly one Component"):
            all_components()
    finally:
        package.all_components.cache_clear()


def test_every_deployed_lock_entry_has_exactly_one_component():
    locks = [c.LOCK for c in all_components() if c.LOCK]
    assert len(locks) == len(set(locks)), locks
    assert set(locks) <= set(lock().components)
    installed = {name for name, c in lock().components.items() if c.chart or c.kustomize or c.manifests or c.images}
    assert installed - TOOLS - GITOPS_CRDS - EXAMPLES - set(locks) == set(), "lock entries no component deploys"
    for name in locks:
        assert by_lock(name).LOCK == name


def test_requirements_are_checklist_ids():
    assert {r.value for r in Requirement} == all_requirement_ids()
    for component in all_components():
        assert component.REQUIREMENTS and component.REQUIREMENTS <= set(Requirement), component


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_installs_name_their_own_lock_entry(name: str):
    """A component installs its own lock entry (so posture reasons and the registry follow it)."""
    for component in built(name).components:
        for install in component.installs:
            assert install.component == component.LOCK, (type(component).__name__, install.component)
            assert (install.kind is InstallKind.MANIFESTS) == (not install.release)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_live_checks_belong_to_requirements_the_component_serves(name: str):
    platform = built(name)
    for component in platform.components:
        for check in component.live_checks(platform.profile):
            assert check.requirement in component.REQUIREMENTS, (type(component).__name__, check.name)
            assert check.probe.kubectl().startswith("kubectl "), check


def test_every_broken_component_rule_is_reported_at_once():
    """Two components' rules broken in one profile: both are named, each with its key."""
    data = profile_data("reference")
    data["components"]["dra"] = False
    data["ray"] = {**data["ray"], "namespace": "web-apps"}
    with pytest.raises(ProfileError) as info:
        make_profile(data)
    message = str(info.value)
    assert "test-profile.yaml: components.dra: node pools rtx5090-dra use management 'dra'" in message
    assert "test-profile.yaml: ray.namespace: ray.namespace 'web-apps' must be a tenant namespace" in message
