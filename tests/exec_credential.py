"""An exec credential plugin for the tests, as ``aws eks get-token`` or ``kubelogin`` are:
called by the client library with ``KUBERNETES_EXEC_INFO`` set, it prints an ExecCredential
whose token it reads from the file named by its argument.

Usage (in a kubeconfig ``users[].user.exec``): ``python exec_credential.py TOKEN_FILE``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: exec_credential.py TOKEN_FILE", file=sys.stderr)
        return 2
    info = os.environ.get("KUBERNETES_EXEC_INFO")
    if not info:
        print("KUBERNETES_EXEC_INFO is not set: not called as an exec credential plugin", file=sys.stderr)
        return 1
    api_version = json.loads(info)["apiVersion"]
    try:
        token = Path(argv[0]).read_text(encoding="utf-8").strip()
    except OSError as exc:
        print(f"cannot read the token: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({"apiVersion": api_version, "kind": "ExecCredential", "status": {"token": token}}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
