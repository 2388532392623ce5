"""Unit tests of the host-operator plumbing of the simulated cluster: how dist/'s webhook
configurations and CRD conversion webhooks are pointed at operators run on the host."""

from __future__ import annotations

import base64

from testbed.operators.host import ServiceRef, WebhookRewrite


def configuration(*services: tuple[str, str, str]) -> dict:
    return {
        "apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": "hooks"},
        "webhooks": [{"name": f"{name}.example.com", "clientConfig": {"service": {"namespace": ns, "name": name, "path": path}}}
                     for ns, name, path in services],
    }


def test_served_webhook_points_at_loopback_with_the_test_ca() -> None:
    rewrite = WebhookRewrite({ServiceRef("ray-system", "webhook-service"): 4443}, b"CA")
    out = rewrite.webhook_configuration(configuration(("ray-system", "webhook-service", "/validate-ray-io-v1-raycluster")))
    assert out is not None
    assert out["webhooks"][0]["clientConfig"] == {"url": "https://127.0.0.1:4443/validate-ray-io-v1-raycluster",
                                                  "caBundle": base64.b64encode(b"CA").decode()}
    assert "-> https://127.0.0.1:4443/validate-ray-io-v1-raycluster" in rewrite.notes[0]


def test_unserved_webhooks_are_left_out_and_recorded() -> None:
    rewrite = WebhookRewrite({ServiceRef("a", "served"): 1}, b"CA")
    source = configuration(("a", "served", "/x"), ("b", "fake-pod", "/y"))
    out = rewrite.webhook_configuration(source)
    assert out is not None and [h["name"] for h in out["webhooks"]] == ["served.example.com"]
    assert any("left out" in n and "b/fake-pod" in n for n in rewrite.notes)
    assert source["webhooks"][1]["clientConfig"]["service"]["name"] == "fake-pod", "the dist/ object is not modified"
    assert WebhookRewrite({}, b"").webhook_configuration(configuration(("b", "fake-pod", "/y"))) is None


def test_conversion_webhook_of_a_crd() -> None:
    crd = {"metadata": {"name": "workloads.kueue.x-k8s.io"}, "spec": {"conversion": {"strategy": "Webhook", "webhook": {
        "conversionReviewVersions": ["v1"], "clientConfig": {"service": {"namespace": "kueue-system", "name": "kueue-webhook-service",
                                                                          "path": "/convert"}}}}}}
    assert WebhookRewrite({}, b"").crd(crd) is crd
    out = WebhookRewrite({ServiceRef("kueue-system", "kueue-webhook-service"): 9443}, b"CA").crd(crd)
    assert out["spec"]["conversion"]["webhook"]["clientConfig"]["url"] == "https://127.0.0.1:9443/convert"
