"""Which PriorityClasses a tenant's pods may name: no tenant outranks the platform's model servers
or preempts node agents.

Every PriorityClass is usable in every namespace unless something says otherwise, and a pod at a
higher priority preempts lower ones on a full node: any tenant could take another tenant's GPUs,
the model servers' or a node agent's place (``system-node-critical``). Kubernetes' own guard for
this (a ResourceQuota scope over PriorityClasses plus ``limitedResources`` in the API server's
admission configuration) needs control-plane flags a platform on a managed cluster cannot set, so
a ValidatingAdmissionPolicy does it: outside the system namespaces a pod may name no class, or one
its Namespace's ``ai-platform.dev/priority-classes`` annotation lists. The platform sets the
annotation: every tenant gets the tenant classes (``ai-training``, ``ai-batch``); the inference
namespace also ``ai-inference``, the model servers' class. A tenant there can equal the model
servers but not outrank them (preemption needs a strictly higher priority); a namespace without
the annotation may name none.
"""

from __future__ import annotations

from cdk8s_plus_34 import k8s

from constructs import Construct

from ..conventions import PRIORITY_CLASSES_ANNOTATION
from ..profile import Profile, TenantNamespace
from ..requirement import Requirement
from .accelerator_access_policy import denying_policy
from .base import Component
from .gang_scheduling import INFERENCE_PRIORITY_CLASS, TENANT_PRIORITY_CLASSES

POLICY_NAME = "tenant-priority-classes"
RULE = "priority-class"


def allowed_priority_classes(profile: Profile, tenant: TenantNamespace) -> tuple[str, ...]:
    """The classes ``tenant``'s pods may name (the Namespace annotation's value, in order)."""
    inference = profile.inference is not None and profile.inference.namespace == tenant.name
    return (*((INFERENCE_PRIORITY_CLASS,) if inference else ()), *TENANT_PRIORITY_CLASSES)


RULE_EXPRESSION = (
    '!has(object.spec.priorityClassName) || object.spec.priorityClassName == ""\n'
    "|| (has(namespaceObject.metadata.annotations)\n"
    f'    && "{PRIORITY_CLASSES_ANNOTATION}" in namespaceObject.metadata.annotations\n'
    f'    && object.spec.priorityClassName in namespaceObject.metadata.annotations["{PRIORITY_CLASSES_ANNOTATION}"].split(","))'
)


class TenantPriority(Component):
    NAME = "tenant-priority"
    REQUIREMENTS = frozenset({Requirement.SECURE_ACCELERATOR_ACCESS})

    def __init__(self, scope: Construct, profile: Profile) -> None:
        super().__init__(scope, profile)
        denying_policy(
            self,
            POLICY_NAME,
            k8s.NamedRuleWithOperations(api_groups=[""], api_versions=["v1"], operations=["CREATE"], resources=["pods"]),
            [
                k8s.Validation(
                    expression=RULE_EXPRESSION,
                    message=f"[{RULE}] pods here may name only the PriorityClasses the namespace's "
                    f"{PRIORITY_CLASSES_ANNOTATION} annotation lists (none where it is missing)",
                    reason="Forbidden",
                )
            ],
        )
