"""Platform parts: each module builds one folder of ``dist/<profile>/``."""
