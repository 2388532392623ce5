"""The proving grounds: everything that runs the platform somewhere to show how it behaves, and
that no platform user runs.

- ``apiserver``: etcd + kube-apiserver built from the Kubernetes Go modules (``apiserver/go.mod``);
- ``kwok``: KWOK, the fake kubelets of the simulated cluster (``kwok/go.mod``);
- ``simulated``: the simulated GPU cluster (scheduler, controller manager, KWOK nodes from a
  profile's pools, ``dist/`` applied as a GitOps sync would);
- ``operators``: the real operators of ``dist/`` run as host processes of the simulated cluster,
  one package per operator next to its Go module (``operators/<name>/go.mod``), and the registry
  that picks them from the built platform;
- ``gpu_node``: the single-node cluster that runs on a lent GPU host, and its recorded results;
- ``registry``: an OCI registry (CNCF distribution) for the image pinning tests.

This package imports the construct library (``constructs/ai_platform``); the library never imports
it (``tests/static/test_layout.py``). ``main.py`` adds its commands (``testbed``, ``gpu-node``).
"""
