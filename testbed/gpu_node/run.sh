#!/usr/bin/env bash
# A single-node Kubernetes on one GPU host, then the upstream ai-conformance suite and our
# secure-accelerator-access cases on its real GPU. Runs as root on the GPU host from an unpacked
# bundle (`python main.py gpu-node bundle` writes it; docs/gpu-node.md says how to reproduce).
#
#   run.sh BUNDLE_DIR OUT_DIR
#
# Needs on the host: Linux with cgroup v2, an NVIDIA driver (nvidia-smi, libnvidia-ml.so.1, /dev/nvidia*),
# bash, coreutils, tar, xz. Brings its own control plane, kubelet, containerd, runc, CNI plugins, the
# NVIDIA DRA kubelet plugin, images and the suite binary. Writes into OUT_DIR (at most 8 files):
#   nvidia-smi-L.txt  suite.out (the suite's -test.v=test2json output)  cases.tsv  summary.txt
#   resources.txt (nodes, ResourceSlices, claims, DeviceClasses)  logs.tar.xz (every component's log)
set -uo pipefail

B=$(cd "${1:?bundle dir}" && pwd)
OUT=${2:?out dir}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
S=${GPU_NODE_STATE:-/run/gpunode}
NODE=$(cat "$B/etc/node-name")
PHASE_TIMEOUT=${PHASE_TIMEOUT:-120}
export PATH="$B/bin:$PATH"
for f in "$S"/*.pid; do # a previous run on this host: stop what it started
	[ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null && sleep 2
done
rm -rf "$S"
mkdir -p "$S/log" "$S/etcd" "$S/etc"
for f in "$B"/etc/*; do
	sed "s|@B@|$B|g; s|@S@|$S|g" "$f" >"$S/etc/$(basename "$f")"
done
chmod 600 "$S"/etc/*.key
E=$S/etc
export KUBECONFIG="$E/admin.kubeconfig"
SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"
T0=$(date +%s)

say() { echo "[$(($(date +%s) - T0))s] $*" | tee -a "$SUMMARY"; }
k() { gpunode kubectl "$@"; }
start() { # name, command...
	local name=$1
	shift
	setsid "$@" >"$S/log/$name.log" 2>&1 </dev/null &
	echo $! >"$S/$name.pid"
}
sandbox_failures() { # FailedCreatePodSandBox events so far (each event's count summed)
	k get events -A --field-selector reason=FailedCreatePodSandBox -o jsonpath='{range .items[*]}{.count}{"\n"}{end}' 2>/dev/null |
		awk '{n += ($1 == "" ? 1 : $1)} END {print n + 0}'
}
export SANDBOX_FAILURES_MAX=${SANDBOX_FAILURES_MAX:-3}
wait_for() { # description, timeout, command...
	local what=$1 limit=$2 waited=0
	shift 2
	until "$@" >/dev/null 2>&1; do
		sleep 1
		waited=$((waited + 1))
		if [ "$waited" -ge "$limit" ]; then
			say "TIMEOUT waiting for $what (${limit}s)"
			return 1
		fi
	done
	say "ready: $what (${waited}s)"
}
collect() {
	k get nodes -o wide >"$OUT/resources.txt" 2>&1
	{
		echo "--- resourceslices"
		k get resourceslices -o yaml
		echo "--- deviceclasses"
		k get deviceclasses
		echo "--- resourceclaims"
		k get resourceclaims -A -o yaml
		echo "--- pods"
		k get pods -A -o wide
		echo "--- events"
		k get events -A --sort-by=.lastTimestamp
	} >>"$OUT/resources.txt" 2>&1
	cp /etc/cdi/*.yaml /etc/cdi/*.json /var/run/cdi/*.yaml /var/run/cdi/*.json "$S/log/" 2>/dev/null
	tar -C "$S" -cJf "$OUT/logs.tar.xz" log
	say "total $(($(date +%s) - T0))s"
}
finish() {
	collect
	for f in "$S"/*.pid; do
		[ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null
	done
	exit "${1:-0}"
}

trap 'say "terminated"; finish 2' TERM INT

# --- the host: where the DRA driver looks for the NVIDIA driver (its root.go search paths)
nvidia-smi -L >"$OUT/nvidia-smi-L.txt" 2>&1 || {
	say "nvidia-smi -L failed: no GPU"
	finish 1
}
say "GPU: $(head -1 "$OUT/nvidia-smi-L.txt")"
# --- control plane (the test bed's: etcd, kube-apiserver, kube-controller-manager, kube-scheduler)
start etcd gpunode etcd "$S/etcd" http://127.0.0.1:2379 http://127.0.0.1:2380
start kube-apiserver gpunode kube-apiserver $(cat "$E/kube-apiserver.args")
wait_for "kube-apiserver /readyz" "$PHASE_TIMEOUT" k get --raw /readyz || finish 1
start kube-controller-manager gpunode kube-controller-manager $(cat "$E/kube-controller-manager.args")
start kube-scheduler gpunode kube-scheduler $(cat "$E/kube-scheduler.args")

# --- the platform objects of dist/ that matter on this node
for f in "$B"/manifests/*.yaml; do
	k apply --server-side --force-conflicts -f "$f" >>"$S/log/apply.log" 2>&1 || say "apply failed: $(basename "$f")"
done
say "applied $(ls "$B"/manifests/*.yaml | wc -l) manifest files"

if [ "${RUN_UNTIL:-}" = platform ]; then # a host without a GPU runtime: the control plane and dist/ objects only
	say "RUN_UNTIL=platform: stopping after the platform objects"
	finish 0
fi

# --- the host: what the NVIDIA DRA driver looks for (its root.go search paths), forwarding, CNI
if ! [ -e /usr/lib64/libnvidia-ml.so.1 ] && ! [ -e /usr/lib/x86_64-linux-gnu/libnvidia-ml.so.1 ]; then
	lib=$(ldconfig -p | awk '/libnvidia-ml.so.1 .*x86-64/ {print $NF; exit}')
	mkdir -p /usr/lib64 && ln -sf "$lib" /usr/lib64/libnvidia-ml.so.1 && say "linked /usr/lib64/libnvidia-ml.so.1 -> $lib"
fi
if ! [ -e /usr/bin/nvidia-smi ]; then
	ln -sf "$(command -v nvidia-smi)" /usr/bin/nvidia-smi && say "linked /usr/bin/nvidia-smi -> $(command -v nvidia-smi)"
fi
mkdir -p /etc/cdi /var/run/cdi /var/lib/kubelet /etc/cni/net.d /opt/cni
echo 1 >/proc/sys/net/ipv4/ip_forward
mount --make-rshared / 2>/dev/null
cp "$B"/bin/cni/* /opt/cni/ && cp "$E/10-gpunode.conflist" /etc/cni/net.d/

# --- containerd + runc, images from OCI archives (no registry)
start containerd containerd --config "$E/containerd.toml"
wait_for "containerd" 60 ctr --address /run/gpunode-containerd/containerd.sock version || finish 1
for archive in "$B"/images/*.tar; do
	ctr --address /run/gpunode-containerd/containerd.sock -n k8s.io images import --platform linux/amd64 "$archive" >>"$S/log/images.log" 2>&1 ||
		say "image import failed: $archive"
done
ctr --address /run/gpunode-containerd/containerd.sock -n k8s.io images ls -q >>"$SUMMARY"

# --- kubelet
start kubelet gpunode kubelet $(cat "$E/kubelet.args")
wait_for "node $NODE Ready" "$PHASE_TIMEOUT" k wait --for=condition=Ready "node/$NODE" --timeout=1s || finish 1

# --- the NVIDIA DRA driver's kubelet plugin as a host process, with its ServiceAccount's identity
# (a token bound to this Node, so dist/'s ResourceSlice policy can check the node name)
set -a
. "$E/dra-plugin.env"
set +a
SA_TOKEN=$(k create token "$SERVICE_ACCOUNT_NAME" -n "$NAMESPACE" --duration=2h --bound-object-kind=Node --bound-object-name="$NODE" 2>>"$S/log/apply.log")
sed "s|@TOKEN@|$SA_TOKEN|" "$E/dra-plugin.kubeconfig.in" >"$S/dra-plugin.kubeconfig"
KUBECONFIG="$S/dra-plugin.kubeconfig" start dra-kubelet-plugin gpu-kubelet-plugin -v "${LOG_VERBOSITY:-4}"
slice() { [ -n "$(k get resourceslices --field-selector spec.nodeName="$NODE" -o name)" ]; }
if ! wait_for "ResourceSlice of $NODE" 90 slice; then
	say "no ResourceSlice with the ServiceAccount token; the plugin's log ends:"
	tail -20 "$S/log/dra-kubelet-plugin.log" | tee -a "$SUMMARY"
	finish 1
fi
k get resourceslices -o jsonpath='{range .items[*].spec.devices[*]}{.name} {.attributes.uuid.string} {.attributes.productName.string}{"\n"}{end}' >>"$SUMMARY"

# --- the upstream suite (kubernetes-sigs/ai-conformance test/ at the pinned commit), stopped early
# when pod sandboxes keep failing (the suite would wait out its own timeouts for pods that never start)
say "upstream suite: start"
(cd "$S" && exec suite.test -test.v=test2json -test.timeout=${SUITE_TIMEOUT:-360s} -test.run "${SUITE_RUN:-TestSecureAcceleratorAccess}" \
	-kubeconfig="$KUBECONFIG" -accelerator-type=nvidia >"$OUT/suite.out" 2>&1) &
suite=$!
until ! kill -0 "$suite" 2>/dev/null; do
	sleep 2
	failed=$(sandbox_failures)
	if [ "$failed" -ge "$SANDBOX_FAILURES_MAX" ]; then
		say "pod sandboxes failing ($failed FailedCreatePodSandBox events): stopping the suite"
		k get events -A --field-selector reason=FailedCreatePodSandBox -o jsonpath='{range .items[*]}{.message}{"\n"}{end}' |
			head -3 | cut -c1-400 | tee -a "$SUMMARY"
		kill "$suite" 2>/dev/null
		break
	fi
done
wait "$suite"
say "upstream suite: exit status $?"

# --- our cases
bash "$B/cases.sh" "$B" "$OUT/cases.tsv" >>"$S/log/cases.log" 2>&1
say "our cases: exit status $? ($(grep -c '	PASS	' "$OUT/cases.tsv") passed, $(grep -c '	FAIL	' "$OUT/cases.tsv") failed)"
finish 0
