"""The real operators of dist/, built from their pinned Go modules and run as host processes of
the simulated cluster (test-bed code; see ``host_operators.py``): one module per operator, each
turning the rendered ``dist/`` objects into a :class:`~ai_platform.host_operators.HostOperator`."""
