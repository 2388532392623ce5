"""The real operators of dist/, built from their pinned Go modules and run as host processes of
the simulated cluster (see ``host.py``): one module per operator, each
turning the rendered ``dist/`` objects into a :class:`~testbed.operators.host.HostOperator`."""
