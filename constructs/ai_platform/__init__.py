"""The construct library of the AI conformance platform.

This package lives in ``constructs/ai_platform`` rather than in a package named
``constructs`` because cdk8s itself imports the ``constructs`` library: a local
package of that name would shadow it.
"""
