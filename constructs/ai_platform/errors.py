"""Errors the command line turns into a clear message and a non-zero exit."""

from __future__ import annotations


class PlatformError(Exception):
    """Base class: a problem the user can fix (bad input, missing cache, checksum)."""


class ProfileError(PlatformError):
    """A cluster profile is invalid; the message names file, key path and allowed values."""


class UpstreamError(PlatformError):
    """A pinned upstream file cannot be fetched or fails its checksum."""


class ClusterUnreachableError(PlatformError):
    """A cluster cannot be reached or refuses the credentials; the message names the
    kubeconfig, the context and the reason. The command line exits with ``EXIT_UNREACHABLE``."""


EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
