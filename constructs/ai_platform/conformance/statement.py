"""The human conformance statement, committed under docs/conformance/ and drift-checked.

Written in the project's own words from the mapping and the profile: platform overview,
tested environment, and a section per requirement of the profile's Kubernetes version with
implementation, evidence and status. Requirement descriptions stay in the checklist.
"""

from __future__ import annotations

from ..conventions import REPO_ROOT
from ..platform import BuiltPlatform
from ..profile import Profile
from ..upstream import lock
from . import gpu_node_runs as gpu_results
from .catalogue import checklist
from .levels import SIMULATED, STATIC
from .submission import JUNIT, collect_evidence, test_ids, web_url

STATEMENT_DIR = REPO_ROOT / "docs" / "conformance"

def deployed_components(built: BuiltPlatform) -> list[str]:
    """The pinned components this profile actually runs, in lock-file order (as its components
    and their installs declare them)."""
    names = {"kubernetes"} | {c for u in built.units for c in u.components}
    return [name for name in lock().components if name in names]


def statement_path(profile: Profile) -> str:
    return f"docs/conformance/{profile.name}-v{profile.kubernetes.version}.md"


def render_statement(built: BuiltPlatform) -> str:
    profile = built.profile
    version = profile.kubernetes.version
    cl = checklist(version)
    evidence = collect_evidence(built)
    meta = profile.metadata
    lines = [
        f"# {meta.platform_name} {meta.platform_version}: Kubernetes AI Conformance statement (v{version})",
        "",
        f"<!-- Generated from clusters/{profile.name}.yaml by `python main.py conformance-statement`; do not edit. -->",
        "",
        "## Platform",
        "",
        meta.description,
        "",
        " ".join(profile.description.split()),
        "",
        f"Vendor: {meta.vendor_name} ({meta.contact_email_address}). Source: {profile.gitops.repo_url.removesuffix('.git')}.",
        "",
        "## Tested environment",
        "",
        f"- Kubernetes v{version}",
        f"- GitOps: {', '.join(t.value for t in profile.gitops.tools)}, from `dist/{profile.name}/`",
        "- GPU node pools:",
    ]
    for pool in profile.node_pools:
        sharing = []
        if pool.sharing.time_slicing_replicas > 1:
            sharing.append(f"time-sliced x{pool.sharing.time_slicing_replicas}")
        if pool.sharing.mig_strategy.value != "none":
            sharing.append(f"MIG {pool.sharing.mig_strategy.value}")
        lines.append(
            f"  - `{pool.name}`: {pool.gpus_per_node} x {pool.gpu_model.value} per node, {pool.min_nodes}-{pool.max_nodes} nodes, "
            f"managed by {pool.management.value}" + (f", {', '.join(sharing)}" if sharing else "")
        )
    c = profile.components
    lines += [
        f"- Components: GPU enablement {c.gpu_enablement.value}, gang scheduler {c.gang_scheduler.value}, "
        f"gateway Envoy Gateway{' + Inference Extension' if c.inference_extension else ''}, "
        f"cluster autoscaler {c.cluster_autoscaler.value}",
        "- Pinned upstream versions (upstream.lock.yaml):",
    ]
    lines += [f"  - {name} {lock().component(name).version}" for name in deployed_components(built)]
    lines += [
        "",
        "## Requirements",
        "",
        "| requirement | level | status |",
        "| --- | --- | --- |",
    ]
    for requirement in cl.requirements:
        lines.append(f"| [{requirement.id}](#{requirement.id}) | {requirement.level} | {evidence[requirement.id].status.status} |")
    for requirement in cl.requirements:
        ev = evidence[requirement.id]
        impl = ev.implementation
        lines += ["", f"### {requirement.id}", "", f"Category {requirement.category}, level {requirement.level}. **Status: {ev.status.status}.**", ""]
        lines += [impl.summary, ""]
        if ev.status.notes:
            lines += [ev.status.notes, ""]
        lines += ["Evidence:", ""]
        if ev.units:
            lines.append("- deployed: " + ", ".join(f"`{u.name}`" for u in ev.units))
        if impl.test_module:
            lines.append(f"- tests ({STATIC}): `{impl.test_module}` ({len(test_ids(impl.test_module))} tests; results in `{JUNIT}` of the submission)")
        for module in impl.behaviour_modules:
            lines.append(f"- behaviour ({SIMULATED}): `{module}` ({len(test_ids(module))} tests on the simulated GPU cluster)")
        if impl.needs_real_gpu:
            lines.append(f"- not shown without a real GPU node: {impl.needs_real_gpu}")
        if requirement.id in gpu_results.REQUIREMENTS and profile.name == gpu_results.PROFILE:
            runs = gpu_results.recorded_runs()
            if runs:
                lines.append(f"- real GPU node, {len(runs)} recorded runs ([gpu-node.md]({web_url(profile, 'docs/gpu-node.md')})); "
                             "the latest on each card:")
                lines += [f"  - {gpu_results.summary_line(run)}" for run in gpu_results.latest_per_card(runs)]
        for check in ev.live_checks:
            lines.append(f"- live (`verify` runs it): `{check.probe.kubectl()}`, expect {check.expect}")
        for step in impl.by_hand:
            lines.append(f"- by hand: `{step.command}`, expect {step.expected}")
        for doc in impl.docs:
            lines.append(f"- docs: [{doc}]({web_url(profile, doc)})")
    lines += [
        "",
        "## Reproduce",
        "",
        "```sh",
        "scripts/setup && AI_PLATFORM_MIRROR=../shared/upstream .venv/bin/python main.py fetch",
        "AI_PLATFORM_MIRROR=../shared/upstream .venv/bin/python -m pytest   # writes build/test-results/junit.xml",
        f".venv/bin/python main.py conformance --profile {profile.name} --version {version} --test-results build/test-results/junit.xml",
        f".venv/bin/python main.py check-submission build/conformance/{profile.name}/v{version}/PRODUCT.yaml",
        "```",
    ]
    return "\n".join(lines) + "\n"
