"""GitOps output: Argo CD and Flux objects that deploy the parts in stage order."""
