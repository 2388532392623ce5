#!/usr/bin/env bash
# Our secure_accelerator_access and dra_support cases on the GPU node (run.sh calls it once the DRA plugin
# published the GPU). One line per case into TSV: name, PASS|FAIL, detail.
#
#   cases.sh BUNDLE_DIR OUT.tsv
#
# ml-team-a is a tenant namespace of dist/ (GPU access, Pod Security "restricted"); gpu-node-cases
# is labelled for GPU access without Pod Security, so the accelerator access policy is the only
# thing between a pod and the host's device files there. The last cases delete the policy's
# binding and show what it was holding back (then put it back).
set -uo pipefail
B=$1
TSV=$2
: >"$TSV"
k() { gpunode kubectl "$@"; }
POD_TIMEOUT=${POD_TIMEOUT:-90}
SANDBOX_FAILURES_MAX=${SANDBOX_FAILURES_MAX:-3}
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$(echo "$3" | tr '\t\n' '  ' | cut -c1-600)" | tee -a "$TSV"; }
run_pod() { # manifest -> waits until the pod finished; prints its log
	local manifest=$1 ns name
	ns=$(awk '/namespace:/ {print $2; exit}' "$manifest")
	name=$(awk '/^  name:/ {print $2; exit}' "$manifest")
	k apply -f "$manifest" >&2 || return 1
	local waited=0 phase failed
	while :; do # until the pod finished; early out when its sandbox keeps failing
		phase=$(k get -n "$ns" "pod/$name" -o jsonpath='{.status.phase}' 2>/dev/null)
		case $phase in Succeeded | Failed) break ;; esac
		failed=$(pod_sandbox_failures "$ns" "$name")
		if [ "$failed" -ge "$SANDBOX_FAILURES_MAX" ] || [ "$waited" -ge "$POD_TIMEOUT" ]; then
			echo "pod $ns/$name: phase '$phase' after ${waited}s, $failed FailedCreatePodSandBox events" >&2
			k describe -n "$ns" "pod/$name" >&2
			break
		fi
		sleep 1
		waited=$((waited + 1))
	done
	k logs -n "$ns" "$name"
}
pod_sandbox_failures() { # namespace, pod
	k get events -n "$1" --field-selector "reason=FailedCreatePodSandBox,involvedObject.name=$2" \
		-o jsonpath='{range .items[*]}{.count}{"\n"}{end}' 2>/dev/null | awk '{n += ($1 == "" ? 1 : $1)} END {print n + 0}'
}
rejected() { # case name, manifest, expected rule
	local out
	out=$(k create --dry-run=server -f "$2" 2>&1)
	if [ $? -ne 0 ] && echo "$out" | grep -qF "[$3]"; then
		record "$1" PASS "rejected: $out"
	else
		record "$1" FAIL "expected a [$3] rejection, got: $out"
	fi
}

P=$B/cases
HOST_UUID=$(nvidia-smi --query-gpu=uuid --format=csv,noheader | head -1)

# 1. a pod with our claim template sees exactly the device allocated to its claim. The claim made
# from the template is deleted once the pod has finished, so its allocation is watched while it lives.
gpunode kubectl get resourceclaims -n ml-team-a --watch -o jsonpath='{.status.allocation.devices.results[*].pool} {.status.allocation.devices.results[*].device}{"\n"}' \
	>"$TSV.allocations" 2>/dev/null &
watcher=$!
sleep 1
log=$(run_pod "$P/claim-pod.yaml")
kill "$watcher" 2>/dev/null
read -r pool claim < <(awk 'NF == 2' "$TSV.allocations" | tail -1)
rm -f "$TSV.allocations"
uuid=$(k get resourceslices -o jsonpath="{range .items[?(@.spec.pool.name=='$pool')]}{.spec.devices[?(@.name=='$claim')].attributes.uuid.string}{end}")
visible=$(echo "$log" | grep -c '^/dev/nvidia[0-9][0-9]*$')
if [ -n "$claim" ] && [ "$visible" -eq 1 ] && [ "$uuid" = "$HOST_UUID" ]; then
	record claim-template-sees-its-device PASS "claim allocated $claim ($uuid) from pool $pool; pod saw: $log"
else
	record claim-template-sees-its-device FAIL "claim=$claim pool=$pool uuid=$uuid host=$HOST_UUID visible=$visible log: $log"
fi

# 1b. exclusive allocation (KAR 0051): while claim-holder holds the node's only GPU, claim-waiter
# (same template) stays unscheduled with the scheduler's reason; once the holder is gone it gets
# the GPU and sees exactly one device.
k apply -f "$P/claim-holder-pod.yaml" >&2
holder=""
for _ in $(seq "$POD_TIMEOUT"); do
	holder=$(k get -n ml-team-a pod/claim-holder -o jsonpath='{.status.phase}' 2>/dev/null)
	[ "$holder" = Running ] && break
	sleep 1
done
k apply -f "$P/claim-waiter-pod.yaml" >&2
sleep "${WAITER_GRACE:-10}"
waiter=$(k get -n ml-team-a pod/claim-waiter -o jsonpath='{.status.phase} {.spec.nodeName}' 2>/dev/null)
reason=$(k get -n ml-team-a pod/claim-waiter -o jsonpath="{.status.conditions[?(@.type=='PodScheduled')].message}" 2>/dev/null)
k delete -n ml-team-a pod/claim-holder --wait=true --timeout=60s >&2
log=$(run_pod "$P/claim-waiter-pod.yaml")
visible=$(echo "$log" | grep -c '^/dev/nvidia[0-9][0-9]*$')
if [ "$holder" = Running ] && [ "$waiter" = "Pending " ] && echo "$reason" | grep -q 'claim' && [ "$visible" -eq 1 ]; then
	record second-claim-waits-for-the-gpu PASS "while claim-holder ran, claim-waiter was unscheduled: $reason; then it ran and saw: $log"
else
	record second-claim-waits-for-the-gpu FAIL "holder=$holder waiter='$waiter' reason='$reason' visible=$visible log: $log"
fi
k delete -n ml-team-a pod/claim-waiter --wait=false >&2

# 2. a pod without a claim sees no device file and no driver
log=$(run_pod "$P/no-claim-pod.yaml")
if echo "$log" | grep -q '^NO_NVIDIA_DEVICES$'; then
	record no-claim-sees-none PASS "pod saw: $log"
else
	record no-claim-sees-none FAIL "pod saw: $log"
fi

# 3. the admission policy rejects the host's device file by hostPath and the NVIDIA env switch
rejected hostpath-dev-nvidia0-rejected "$P/hostpath-pod.yaml" host-devices
rejected nvidia-visible-devices-rejected "$P/env-pod.yaml" device-env
rejected privileged-rejected "$P/privileged-pod.yaml" privileged
out=$(k create --dry-run=server -f "$P/plain-pod.yaml" 2>&1) &&
	record plain-pod-admitted PASS "$out" || record plain-pod-admitted FAIL "$out"

# 4. the same pods with the policy's binding removed: admitted, and the hostPath pod reaches the GPU
k delete validatingadmissionpolicybinding accelerator-access-mediated >&2
sleep 3
log=$(run_pod "$P/hostpath-pod.yaml")
if echo "$log" | grep -q '^/dev/nvidia0$'; then
	record without-binding-hostpath-reaches-gpu PASS "admitted and saw: $log"
else
	record without-binding-hostpath-reaches-gpu FAIL "log: $log"
fi
log=$(run_pod "$P/privileged-pod.yaml")
if echo "$log" | grep -q '^OPEN_NVIDIA0_OK$'; then
	record without-binding-privileged-opens-gpu PASS "admitted and saw: $log"
else
	record without-binding-privileged-opens-gpu FAIL "log: $log"
fi
out=$(k create --dry-run=server -f "$P/env-pod.yaml" 2>&1) &&
	record without-binding-env-admitted PASS "$out" || record without-binding-env-admitted FAIL "$out"
k delete -f "$P/hostpath-pod.yaml" -f "$P/privileged-pod.yaml" --wait=false >&2
k apply --server-side -f "$B/manifests/30-accelerator-access-policy.yaml" >&2
grep -q '	FAIL	' "$TSV" && exit 1
exit 0
