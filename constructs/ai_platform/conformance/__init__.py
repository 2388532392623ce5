"""CNCF Kubernetes AI Conformance: catalogue, mapping, PRODUCT.yaml, evidence, statement."""
