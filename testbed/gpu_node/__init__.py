"""A single-node Kubernetes on a real GPU host: the binaries and images built here
(``binaries``, ``oci``), the bundle that travels to the host (``bundle``), and the results that
come back turned into conformance evidence (``results``). The host side is
``testbed/gpu_node/run.sh``; docs/gpu-node.md says how to reproduce it."""
