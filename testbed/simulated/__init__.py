"""The simulated GPU cluster: the test bed's control plane, kube-scheduler, kube-controller-manager
and KWOK nodes made from a profile's node pools (``nodes``), with ``dist/`` applied (``cluster``)."""

from testbed.simulated.cluster import SimulatedCluster

__all__ = ["SimulatedCluster"]
