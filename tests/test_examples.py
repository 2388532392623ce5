"""examples/: valid objects that only use what the reference profile provides."""

from __future__ import annotations

from ai_platform.gpu_models import GPU_MODELS, GPU_PRODUCT_LABEL, GPU_RESOURCE
from ai_platform.upstream import lock
from ai_platform.validation.documents import load_documents
from ai_platform.validation.hygiene import pod_specs
from ai_platform.validation.runner import pinned_crd_index, validate_documents
from conftest import ROOT, make_profile, profile_data

EXAMPLES = ROOT / "examples"


def test_examples_validate():
    docs = load_documents(EXAMPLES)
    assert docs
    problems = validate_documents(docs, "1.34.0", pinned_crd_index(), ROOT)
    assert not problems, "\n".join(problems)


def test_examples_target_what_the_reference_profile_provides():
    profile = make_profile(profile_data("reference"))
    products = {GPU_MODELS[p.gpu_model].product_label for p in profile.node_pools}
    pinned_images = {image for c in lock().components.values() for image in c.images.values()}
    for doc in load_documents(EXAMPLES):
        assert doc.namespace in profile.tenant_namespaces, doc.where(ROOT)
        for _, spec in pod_specs(doc.obj):
            assert spec.get("nodeSelector", {}).get(GPU_PRODUCT_LABEL) in products, doc.where(ROOT)
            for container in spec["containers"]:
                assert container["image"] in pinned_images, container["image"]
                assert container["resources"]["limits"][GPU_RESOURCE] == "1"
