"""Which kubeconfig and context a cluster command uses (as kubectl resolves them), what the
Kubernetes client library loads from it, and the errors and exit codes of ``verify`` when
the kubeconfig is wrong or nothing listens: no API server needed."""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ai_platform.cli import main
from ai_platform.errors import EXIT_UNREACHABLE, EXIT_USAGE
from ai_platform.kubeclient import configuration
from ai_platform.kubeconfig import KubeconfigError, kubeconfig_paths, resolve, select
from testbed.pki import client_certificate, make_ca


def _free_port() -> int:
    from testbed.apiserver import free_port

    return free_port()


def write(path: Path, contexts: dict[str, tuple[str, dict[str, Any]]], current: str | None = None,
          clusters: dict[str, dict[str, Any]] | None = None) -> Path:
    """A kubeconfig: contexts name -> (server, user spec); cluster entries may be given."""
    document: dict[str, Any] = {
        "apiVersion": "v1", "kind": "Config",
        "clusters": [{"name": f"{name}-cluster", "cluster": (clusters or {}).get(name, {"server": server})}
                     for name, (server, _) in contexts.items()],
        "users": [{"name": f"{name}-user", "user": user} for name, (_, user) in contexts.items()],
        "contexts": [{"name": name, "context": {"cluster": f"{name}-cluster", "user": f"{name}-user"}} for name in contexts],
    }
    if current:
        document["current-context"] = current
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_kubeconfig_option_wins_over_the_environment(tmp_path):
    given = write(tmp_path / "given", {"a": ("https://a.example", {"token": "t"})}, "a")
    listed = write(tmp_path / "listed", {"b": ("https://b.example", {"token": "t"})}, "b")
    assert kubeconfig_paths(str(given), {"KUBECONFIG": str(listed)}, tmp_path) == (given,)


def test_kubeconfig_environment_lists_files_in_order_and_skips_missing_ones(tmp_path):
    first = write(tmp_path / "first", {"a": ("https://a.example", {"token": "t"})})
    second = write(tmp_path / "second", {"b": ("https://b.example", {"token": "t"})})
    listed = os.pathsep.join([str(second), str(tmp_path / "missing"), "", str(first)])
    assert kubeconfig_paths(None, {"KUBECONFIG": listed}, tmp_path) == (second, first)


def test_kubeconfig_environment_with_no_existing_file_is_an_error(tmp_path):
    with pytest.raises(KubeconfigError, match="none of the files in \\$KUBECONFIG exists"):
        kubeconfig_paths(None, {"KUBECONFIG": str(tmp_path / "missing")}, tmp_path)


def test_default_is_kube_config_in_the_home_directory(tmp_path):
    with pytest.raises(KubeconfigError, match=f"{tmp_path}/.kube/config does not exist"):
        kubeconfig_paths(None, {}, tmp_path)
    default = tmp_path / ".kube" / "config"
    default.parent.mkdir()
    write(default, {"a": ("https://a.example", {"token": "t"})}, "a")
    assert kubeconfig_paths(None, {}, tmp_path) == (default,)
    assert select(None, None, environ={}, home=tmp_path).server == "https://a.example"


def test_missing_kubeconfig_option_is_an_error(tmp_path):
    with pytest.raises(KubeconfigError, match="missing.yaml .from --kubeconfig. does not exist"):
        kubeconfig_paths(str(tmp_path / "missing.yaml"), {}, tmp_path)


def test_merge_first_definition_and_first_current_context_win(tmp_path):
    """As kubectl: the first file that sets current-context decides it, and a name defined
    in two files means the first file's entry."""
    first = write(tmp_path / "first", {"shared": ("https://first.example", {"token": "t"})}, "shared")
    second = write(tmp_path / "second", {"shared": ("https://second.example", {"token": "t"}),
                                         "other": ("https://other.example", {"token": "t"})}, "other")
    merged = resolve((first, second), None)
    assert (merged.context, merged.server) == ("shared", "https://first.example")
    picked = resolve((first, second), "other")
    assert (picked.context, picked.cluster, picked.server) == ("other", "other-cluster", "https://other.example")


def test_unknown_context_names_the_contexts_there_are(tmp_path):
    path = write(tmp_path / "config", {"a": ("https://a.example", {"token": "t"}), "b": ("https://b.example", {"token": "t"})}, "a")
    with pytest.raises(KubeconfigError) as info:
        resolve((path,), "c")
    assert str(path) in str(info.value) and "no context 'c'" in str(info.value) and "(contexts: a, b)" in str(info.value)


def test_no_current_context_asks_for_one(tmp_path):
    path = write(tmp_path / "config", {"a": ("https://a.example", {"token": "t"})})
    with pytest.raises(KubeconfigError, match="sets no current-context; pass --context \\(contexts: a\\)"):
        resolve((path,), None)


def test_context_naming_an_undefined_cluster_is_an_error(tmp_path):
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump({"contexts": [{"name": "a", "context": {"cluster": "nowhere", "user": ""}}], "current-context": "a"}))
    with pytest.raises(KubeconfigError, match="names cluster 'nowhere', which is not defined"):
        resolve((path,), None)


def test_library_loads_client_certificates_ca_file_and_proxy(tmp_path):
    """Relative file paths are read relative to the kubeconfig, as kubectl does; the library
    hands certificate, key and CA to the HTTP layer; proxy-url is honoured."""
    ca = make_ca(tmp_path, "ca", "test CA")
    cert = client_certificate(ca, tmp_path, "user", "someone", ("group",))
    clusters = {"a": {"server": "https://127.0.0.1:6443", "certificate-authority": "ca.crt", "proxy-url": "http://127.0.0.1:3128"}}
    path = write(tmp_path / "config", {"a": ("", {"client-certificate": "user.crt", "client-key": "user.key"})}, "a", clusters)
    config, notes = configuration(select(str(path), None, environ={}))
    assert notes == []
    assert config.host == "https://127.0.0.1:6443"
    assert Path(config.ssl_ca_cert).read_bytes() == ca.cert.read_bytes()
    assert Path(config.cert_file).read_bytes() == cert.cert.read_bytes()
    assert Path(config.key_file).read_bytes() == cert.key.read_bytes()
    assert config.verify_ssl is True
    assert config.proxy == "http://127.0.0.1:3128"


def test_library_runs_the_exec_plugin_for_a_token(tmp_path):
    plugin = Path(__file__).parents[1] / "exec_credential.py"
    token_file = tmp_path / "token"
    token_file.write_text("from-the-plugin\n")
    exec_user = {"exec": {"apiVersion": "client.authentication.k8s.io/v1", "command": sys.executable,
                          "args": [str(plugin), str(token_file)], "interactiveMode": "Never"}}
    path = write(tmp_path / "config", {"a": ("https://127.0.0.1:6443", exec_user)}, "a")
    config, notes = configuration(select(str(path), None, environ={}))
    assert notes == []
    assert config.api_key["authorization"] == "Bearer from-the-plugin"
    token_file.unlink()
    config, notes = configuration(select(str(path), None, environ={}))
    assert "authorization" not in config.api_key
    assert any("cannot read the token" in note for note in notes), notes


def test_inline_credentials_are_loaded(tmp_path):
    ca = make_ca(tmp_path, "ca", "test CA")
    clusters = {"a": {"server": "https://127.0.0.1:6443", "certificate-authority-data": base64.b64encode(ca.cert.read_bytes()).decode()}}
    path = write(tmp_path / "config", {"a": ("", {"token": "abc"})}, "a", clusters)
    config, _ = configuration(select(str(path), None, environ={}))
    assert config.api_key["authorization"] == "Bearer abc"
    assert Path(config.ssl_ca_cert).read_bytes() == ca.cert.read_bytes()


def test_verify_exit_codes_for_bad_usage_and_an_unreachable_cluster(tmp_path, capsys):
    server = f"https://127.0.0.1:{_free_port()}"
    path = write(tmp_path / "config", {"nowhere": (server, {"token": "t"})}, "nowhere")
    assert main(["verify", "--kubeconfig", str(path), "--context", "elsewhere"]) == EXIT_USAGE
    assert "no context 'elsewhere' (contexts: nowhere)" in capsys.readouterr().err
    assert main(["verify", "--kubeconfig", str(tmp_path / "missing")]) == EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err
    assert main(["verify", "--kubeconfig", str(path)]) == EXIT_UNREACHABLE
    err = capsys.readouterr().err
    assert f"error: cluster unreachable: kubeconfig {path}, context 'nowhere', server {server}: cannot connect" in err
    assert "Connection refused" in err


def test_verify_reads_the_kubeconfig_environment(tmp_path, capsys, monkeypatch):
    server = f"https://127.0.0.1:{_free_port()}"
    first = write(tmp_path / "first", {"one": (server, {"token": "t"})}, "one")
    second = write(tmp_path / "second", {"two": (server, {"token": "t"})}, "two")
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join([str(first), str(second)]))
    assert main(["verify", "--context", "two"]) == EXIT_UNREACHABLE
    assert f"kubeconfig {first}{os.pathsep}{second}, context 'two'" in capsys.readouterr().err


def test_a_server_that_never_answers_times_out(tmp_path, capsys, monkeypatch):
    """A socket that listens but never answers (as behind a dropped route): verify gives up
    after the connect timeout (shortened here) instead of hanging."""
    import socket
    import threading

    from ai_platform import kubeclient

    monkeypatch.setattr(kubeclient, "CONNECT_TIMEOUT", 0.5)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        server = f"https://127.0.0.1:{silent.getsockname()[1]}"
        path = write(tmp_path / "config", {"silent": (server, {"token": "t"})}, "silent")
        outcome: list[int] = []
        runner = threading.Thread(target=lambda: outcome.append(main(["verify", "--kubeconfig", str(path)])), daemon=True)
        runner.start()
        runner.join(timeout=15)
        assert not runner.is_alive(), "verify still waits for the silent server after 15 s"
        assert outcome == [EXIT_UNREACHABLE]
    err = capsys.readouterr().err
    assert f"context 'silent', server {server}: " in err and "timed out" in err, err


def test_single_file_kubeconfig_keeps_the_selected_context_only(tmp_path):
    """For tools that read one file and its current context (the upstream suite): the context
    chosen from a merged KUBECONFIG, with relative file paths made absolute."""
    import yaml

    from ai_platform.kubeconfig import select, single_file_kubeconfig

    first, second = tmp_path / "a" / "config", tmp_path / "b" / "config"
    for path in (first, second):
        path.parent.mkdir()
    first.write_text(yaml.safe_dump({
        "clusters": [{"name": "one", "cluster": {"server": "https://127.0.0.1:1"}}],
        "users": [{"name": "u1", "user": {"token": "t1"}}],
        "contexts": [{"name": "c1", "context": {"cluster": "one", "user": "u1"}}],
        "current-context": "c1",
    }))
    second.write_text(yaml.safe_dump({
        "clusters": [{"name": "two", "cluster": {"server": "https://127.0.0.1:2", "certificate-authority": "ca.crt"}}],
        "users": [{"name": "u2", "user": {"client-certificate": "client.crt", "client-key": "client.key"}}],
        "contexts": [{"name": "c2", "context": {"cluster": "two", "user": "u2"}}],
    }))
    selected = select(None, "c2", environ={"KUBECONFIG": f"{first}:{second}"}, home=tmp_path)
    out = yaml.safe_load(single_file_kubeconfig(selected, tmp_path).read_text())
    assert out["current-context"] == "c2"
    assert [c["name"] for c in out["contexts"]] == ["c2"] and [c["name"] for c in out["clusters"]] == ["two"]
    assert out["clusters"][0]["cluster"]["certificate-authority"] == str(second.parent / "ca.crt")
    assert out["users"][0]["user"]["client-key"] == str(second.parent / "client.key")
