import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { composableKinds } from "../cozystack/input.ts";
import { composition, type Api } from "./composition.ts";
import { exampleClaim, exampleXr } from "./examples.ts";
import {
  aggregateClusterRole,
  configurationInstall,
  developmentFunction,
  functionInstall,
} from "./install.ts";
import { compositionName, legacyNames, modernNames, TARGETS, XR_VERSION } from "./names.ts";
import { checkOptions, type GenerateOptions } from "./options.ts";
import { configurationMeta, functionMeta, inputCrd } from "./package.ts";
import { QUICKSTART_NAMESPACE, QUICKSTART_TENANT, quickstartObjects } from "./quickstart.ts";
import { legacyXrd, modernXrd, type Manifest } from "./xrd.ts";
import { GENERATED_NOTE, yamlFile } from "./yaml.ts";

/** Directories whose YAML files are all generated: a file the generator no longer writes is stale. */
export const GENERATED_DIRS = [
  "functions/package",
  "functions/configuration",
  "functions/install",
  "examples/crossplane",
] as const;

type Files = Record<string, string>;

function kindFiles(decl: KindDeclaration, opts: GenerateOptions): Files {
  const files: Files = {};
  const about = `${decl.kind}: ${decl.summary}`;
  for (const api of ["modern", "legacy"] as Api[]) {
    const names = api === "modern" ? modernNames(decl) : legacyNames(decl);
    const dir = api === "modern" ? "functions/configuration" : "functions/configuration/legacy";
    const xrd = api === "modern" ? modernXrd(decl, opts) : legacyXrd(decl, opts);
    files[`${dir}/xrds/${names.plural}.yaml`] = yamlFile([GENERATED_NOTE, about], xrd);
    for (const target of TARGETS) {
      files[`${dir}/compositions/${compositionName(names, target)}.yaml`] = yamlFile(
        [
          GENERATED_NOTE,
          `${names.kind} composed ${target === "in-cluster" ? "in the Cozystack cluster" : "remotely, through provider-kubernetes"}.`,
        ],
        composition(decl, target, api, opts),
      );
    }
  }
  files[`examples/crossplane/${decl.singular}.xr.yaml`] = yamlFile(
    [GENERATED_NOTE, about, `A v2 XR; its connection Secret is <name>-connection, next to it.`],
    exampleXr(decl, opts),
  );
  files[`examples/crossplane/${decl.singular}.claim.yaml`] = yamlFile(
    [
      GENERATED_NOTE,
      about,
      "A claim of the legacy X" + decl.kind + "; its connection details go to the Secret it names.",
    ],
    exampleClaim(decl, opts),
  );
  return files;
}

function quickstartDocs(opts: GenerateOptions, inTenant: boolean): Manifest[] {
  return quickstartObjects()
    .filter((o) => (o.namespace === QUICKSTART_NAMESPACE) === inTenant)
    .map((o) => ({
      apiVersion: `${opts.group}/${XR_VERSION}`,
      kind: o.decl.kind,
      metadata: { name: o.name, namespace: o.namespace },
      spec: o.spec,
    }));
}

/** Two files, because the services' namespace exists only once the tenant is Ready. */
function quickstartFiles(opts: GenerateOptions): Files {
  const intro = [
    GENERATED_NOTE,
    "examples/quickstart/main.tf as Crossplane v2 XRs: a tenant with a PostgreSQL database, a Redis",
    "cache, a managed Kubernetes cluster with a node group, and a virtual machine booting from its own disk.",
    "",
  ];
  return {
    "examples/crossplane/quickstart/tenant.yaml": yamlFile(
      [
        ...intro,
        `kubectl apply -f tenant.yaml`,
        `kubectl wait --for=condition=Ready tenants.${opts.group}/${QUICKSTART_TENANT} -n tenant-root`,
        `Then apply services.yaml, in the tenant's namespace ${QUICKSTART_NAMESPACE}.`,
      ],
      ...quickstartDocs(opts, false),
    ),
    "examples/crossplane/quickstart/services.yaml": yamlFile(
      [
        ...intro,
        `Host and port: kubectl get postgreses.${opts.group} app -n ${QUICKSTART_NAMESPACE} -o jsonpath='{.status.outputs}'`,
        "Secrets are in each XR's connection Secret: app-connection (key passwords.app), dev-connection (kubeconfig).",
      ],
      ...quickstartDocs(opts, true),
    ),
  };
}

/** Every generated file, by path from the repository root. Throws a GenerateError on bad options or model. */
export function crossplaneFiles(input: GenerateOptions): Files {
  const opts = checkOptions(input);
  const files: Files = {
    "functions/package/crossplane.yaml": yamlFile([GENERATED_NOTE], functionMeta()),
    "functions/package/input/fn.cozystack-iac.dev_inputs.yaml": yamlFile(
      [GENERATED_NOTE, "Describes the step input; Crossplane never installs a function's input CRD."],
      inputCrd(),
    ),
    "functions/configuration/crossplane.yaml": yamlFile(
      [
        GENERATED_NOTE,
        "The XRDs and Compositions of every Cozystack kind. Apply functions/install/rbac.yaml too:",
        "a Configuration package may hold only XRDs and Compositions.",
      ],
      configurationMeta(opts),
    ),
    "functions/install/function.yaml": yamlFile([GENERATED_NOTE], functionInstall(opts)),
    "functions/install/configuration.yaml": yamlFile(
      [
        GENERATED_NOTE,
        "Installs the XRDs and Compositions, and the function and provider-kubernetes they need.",
      ],
      configurationInstall(opts),
    ),
    "functions/install/function-development.yaml": yamlFile(
      [
        GENERATED_NOTE,
        "For `crossplane render`: talks to a function started with `node functions/cozystack/main.ts --insecure`.",
      ],
      developmentFunction(opts),
    ),
    "functions/install/rbac.yaml": yamlFile(
      [
        GENERATED_NOTE,
        "Lets Crossplane manage the apps.cozystack.io kinds it composes in the cluster (in-cluster target).",
        "Crossplane already reads and writes Secrets and Services; the RBAC manager covers provider-kubernetes.",
      ],
      aggregateClusterRole(),
    ),
    ...quickstartFiles(opts),
  };
  for (const decl of composableKinds) Object.assign(files, kindFiles(decl, opts));
  return files;
}
