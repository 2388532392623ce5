"""examples/: valid objects that only use what the reference profile provides."""

from __future__ import annotations

from ai_platform.gpu_models import GPU_MODELS

from ai_platform.conventions import GPU_PRODUCT_LABEL, GPU_RESOURCE
from ai_platform.upstream import lock
from ai_platform.validation.documents import load_documents
from ai_platform.validation.hygiene import pod_specs
from ai_platform.validation.runner import pinned_crd_index, validate_documents
from conftest import dist_documents, ROOT, make_profile, profile_data

EXAMPLES = ROOT / "examples"


def test_examples_validate():
    docs = load_documents(EXAMPLES)
    assert docs
    problems = validate_documents(docs, "1.34.0", pinned_crd_index(), ROOT)
    assert not problems, "\n".join(problems)


def _claim_templates_in_dist() -> set[tuple[str, str]]:
    return {
        (d.namespace or "", d.name)
        for d in dist_documents("reference")
        if d.kind == "ResourceClaimTemplate"
    }


def profile_for(path) -> str:
    """Kueue examples run on the profile with Kueue; all others on the reference profile."""
    return "cloud-burst" if "gang-kueue" in path.parts else "reference"


def test_examples_target_what_their_profile_provides():
    pinned_images = {image for c in lock().components.values() for image in c.images.values()}
    templates = _claim_templates_in_dist()
    for doc in load_documents(EXAMPLES):
        profile = make_profile(profile_data(profile_for(doc.path)))
        gpu_tenants = {t.name for t in profile.tenant_namespaces if t.gpu_access}
        products = {GPU_MODELS[p.gpu_model].product_label for p in profile.node_pools}
        assert doc.namespace in gpu_tenants, doc.where(ROOT)
        for _, spec in pod_specs(doc.obj):
            claims = {c["name"]: c["resourceClaimTemplateName"] for c in spec.get("resourceClaims", [])}
            for name, template in claims.items():
                assert (doc.namespace, template) in templates, f"{doc.where(ROOT)}: no claim template {template}"
            for container in spec["containers"]:
                assert container["image"] in pinned_images, container["image"]
                resources = container["resources"]
                if claims:
                    assert {c["name"] for c in resources["claims"]} <= set(claims), doc.where(ROOT)
                else:
                    assert resources["limits"][GPU_RESOURCE] == "1"
                    assert spec["nodeSelector"][GPU_PRODUCT_LABEL] in products, doc.where(ROOT)


def test_dra_examples_cover_each_claim_pattern():
    examples = {d.name: d.obj for d in load_documents(EXAMPLES / "dra")}
    kinds = {d["kind"] for d in examples.values()}
    assert "Job" in kinds and "Pod" in kinds
    shared = examples["dra-shared-claim"]["spec"]
    (claim,) = shared["resourceClaims"]
    assert all(c["resources"]["claims"] == [{"name": claim["name"]}] for c in shared["containers"])
    assert len(shared["containers"]) == 2
    used = {c["resourceClaimTemplateName"] for d in examples.values() for _, s in pod_specs(d) for c in s["resourceClaims"]}
    assert {"gpu", "gpu-rtx-5090", "gpus-2"} <= used
