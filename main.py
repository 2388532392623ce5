#!/usr/bin/env python3
"""Entry point of the cdk8s app and of the project's commands.

    python main.py synth [--profile NAME | --all]   profiles in clusters/ -> dist/<profile>/
    python main.py fetch [--mirror DIR]              pinned upstream files -> .cache/upstream/
    python main.py import                            pinned CRDs -> typed classes in imports/
    python main.py validate [--profile NAME]         every object in dist/ against its schema
    python main.py testbed ...                       the test bed (testbed/, not part of the library)

``cdk8s synth`` runs ``main.py synth --all`` (see cdk8s.yaml).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# The construct library is a package inside constructs/ (not a package named
# `constructs`, which would shadow the library cdk8s depends on); imports/ holds the
# generated typed classes, imported as `imports.<module>`; testbed/ is the test bed's package.
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT)]
# jsii runs a Node.js child process; its banner about Node versions is not ours to act on.
os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20,21")

from ai_platform.cli import main  # noqa: E402
from testbed.cli import register as testbed_commands  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(extensions=(testbed_commands,)))
