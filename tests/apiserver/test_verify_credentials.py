"""``verify`` against the real API server through every kind of credential a kubeconfig
carries (client certificate, exec plugin, token), a multi-file ``KUBECONFIG`` with a context
other than the current one, and the errors when TLS, credentials or the server fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from testbed.apiserver import CERT_USER, EXEC_USER, TOKEN_USER, ControlPlane, free_port
from ai_platform.errors import EXIT_UNREACHABLE
from ai_platform.kubeclient import connect
from ai_platform.kubeconfig import select
from testbed.pki import client_certificate, make_ca
from ai_platform.verify import PASS, Verifier
from conftest import API_LEVEL_CHECKS, ROOT, built

# One profile is enough: the credential decides whether the API answers, not the profile.
pytestmark = [pytest.mark.apiserver, pytest.mark.parametrize("synced", ["reference"], indirect=True)]

EXEC_PLUGIN = Path(__file__).parents[1] / "exec_credential.py"


def _verify_cli(*args: str, kubeconfig_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KUBECONFIG"}
    if kubeconfig_env is not None:
        env["KUBECONFIG"] = kubeconfig_env
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", *args], capture_output=True, text=True,
                          check=False, env=env, timeout=120)


def _assert_api_checks_pass(kubeconfig: Path, user: str) -> None:
    """Connected as ``user`` (so that credential was the one used), every API-level check passes."""
    with connect(select(str(kubeconfig), None, environ={})) as client:
        assert client.user == user
        results = Verifier(client, built("reference")).run()
    outcome = {(r.requirement, r.name): r.outcome for r in results}
    assert {key: outcome[key] for key in API_LEVEL_CHECKS} == dict.fromkeys(API_LEVEL_CHECKS, PASS)


def _exec_user(plane: ControlPlane, token_file: Path) -> dict[str, Any]:
    return plane.exec_user(sys.executable, [str(EXEC_PLUGIN), str(token_file)])


def test_verify_with_a_client_certificate_kubeconfig(synced):
    _, plane, _ = synced
    _assert_api_checks_pass(plane.client_cert_kubeconfig(), CERT_USER)


def test_verify_with_an_exec_plugin_kubeconfig(synced, tmp_path):
    _, plane, _ = synced
    kubeconfig = plane.write_kubeconfig(tmp_path / "config", [("exec", plane.cluster_entry(), _exec_user(plane, plane.exec_token_file))], "exec")
    _assert_api_checks_pass(kubeconfig, EXEC_USER)


def test_verify_with_a_token_kubeconfig(synced):
    _, plane, _ = synced
    _assert_api_checks_pass(plane.kubeconfig(), TOKEN_USER)


def test_verify_multi_file_kubeconfig_with_a_non_current_context(synced, tmp_path):
    """KUBECONFIG=first:missing:second; the first file's current context points nowhere, the
    second file holds the test bed context: --context picks it, and without --context the
    first file's current context is used (as kubectl does), which cannot be reached."""
    _, plane, _ = synced
    nowhere = {"name": "nowhere", "cluster": {"server": f"https://127.0.0.1:{free_port()}", "certificate-authority": str(plane.serving_ca)}}
    first = plane.write_kubeconfig(tmp_path / "first", [("nowhere", nowhere, plane.token_user("nowhere-user"))], "nowhere")
    second = plane.write_kubeconfig(tmp_path / "second", [
        ("testbed-cert", plane.cluster_entry(), plane.client_cert_user()),
        ("testbed-exec", plane.cluster_entry(), _exec_user(plane, plane.exec_token_file)),
    ], "testbed-exec")
    listed = os.pathsep.join([str(first), str(tmp_path / "missing"), str(second)])

    done = _verify_cli("--context", "testbed-cert", "--junit", str(tmp_path / "verify.xml"), kubeconfig_env=listed)
    assert done.returncode == 1, done.stdout + done.stderr  # API checks pass; operators do not run in the test bed
    assert f"connected to {plane.server} as {CERT_USER}" in done.stdout
    for requirement, name in API_LEVEL_CHECKS:
        assert any(line.split()[:2] == [requirement, PASS] and f"  {name}: " in line for line in done.stdout.splitlines()), name

    done = _verify_cli(kubeconfig_env=listed)
    assert done.returncode == EXIT_UNREACHABLE, done.stdout + done.stderr
    assert f"kubeconfig {listed.replace(os.pathsep + str(tmp_path / 'missing'), '')}, context 'nowhere'" in done.stderr


def test_wrong_ca_is_reported_as_unreachable(synced, tmp_path):
    """A kubeconfig that trusts another CA (here the client CA) must not talk to the server."""
    _, plane, _ = synced
    kubeconfig = plane.write_kubeconfig(tmp_path / "config", [("wrong-ca", plane.cluster_entry(ca=plane.client_ca.cert), plane.token_user())], "wrong-ca")
    done = _verify_cli("--kubeconfig", str(kubeconfig))
    assert done.returncode == EXIT_UNREACHABLE, done.stdout + done.stderr
    assert f"error: cluster unreachable: kubeconfig {kubeconfig}, context 'wrong-ca', server {plane.server}: TLS failed" in done.stderr
    assert "certificate verify failed" in done.stderr


def _refused_user(plane: ControlPlane, kind: str, directory: Path) -> dict[str, Any]:
    if kind == "wrong token":
        return plane.token_user("refused", "not-a-known-token")
    if kind == "expired client certificate":
        return plane.client_cert_user("refused", client_certificate(plane.client_ca, directory, "expired", CERT_USER, ("system:masters",), days=-1))
    if kind == "client certificate of an unknown CA":
        other = make_ca(directory, "other-ca", "not the test bed's client CA")
        return plane.client_cert_user("refused", client_certificate(other, directory, "unknown", CERT_USER, ("system:masters",)))
    assert kind == "exec plugin failing"
    return _exec_user(plane, directory / "no-such-token-file")


@pytest.mark.parametrize("kind", ["wrong token", "expired client certificate", "client certificate of an unknown CA", "exec plugin failing"])
def test_refused_credentials_are_reported(synced, tmp_path, kind):
    _, plane, _ = synced
    kubeconfig = plane.write_kubeconfig(tmp_path / "config", [("refused", plane.cluster_entry(), _refused_user(plane, kind, tmp_path))], "refused")
    done = _verify_cli("--kubeconfig", str(kubeconfig))
    assert done.returncode == EXIT_UNREACHABLE, done.stdout + done.stderr
    prefix = f"error: cluster unreachable: kubeconfig {kubeconfig}, context 'refused', server {plane.server}: "
    if kind == "exec plugin failing":
        # The library runs the plugin, logs its failure and goes on without credentials.
        assert prefix + 'access refused (HTTP 403: forbidden: User "system:anonymous"' in done.stderr, done.stderr
        assert "the client library reported: exec: process returned 1. cannot read the token" in done.stderr, done.stderr
    else:
        assert prefix + "credentials refused (HTTP 401: Unauthorized)" in done.stderr, done.stderr


def test_unreachable_server(synced, tmp_path):
    """The test bed's CA and token, but nothing listens on the port."""
    _, plane, _ = synced
    gone = {"name": "gone", "cluster": {"server": f"https://127.0.0.1:{free_port()}", "certificate-authority": str(plane.serving_ca)}}
    kubeconfig = plane.write_kubeconfig(tmp_path / "config", [("gone", gone, plane.token_user())], "gone")
    done = _verify_cli("--kubeconfig", str(kubeconfig))
    assert done.returncode == EXIT_UNREACHABLE, done.stdout + done.stderr
    assert f"kubeconfig {kubeconfig}, context 'gone', server {gone['cluster']['server']}: cannot connect" in done.stderr
    assert "Connection refused" in done.stderr
