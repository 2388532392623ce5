"""Upstream charts and kustomize configurations rendered into plain objects at synth."""
