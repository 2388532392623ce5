"""Supply chain: image digests (``pin-images``), the air-gap mirror list, the local OCI
registry the resolver is tested against, and the third-party policy scanner."""
