// Validates rendered manifests (multi-document YAML files given as arguments) without a cluster: each
// Kubernetes object against the schema of its apiVersion and kind (kubernetes-models, strict: unknown fields
// fail), each CloudNativePG / Barman Cloud object against ../schemas/cloudnative-pg.schema.json (the fields
// this project uses, from the operator's API reference; unknown fields fail). Any other kind fails.
// Exit status 1 if any object is invalid.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import { ConfigMap, Service, ServiceAccount, Secret } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Job } from 'kubernetes-models/batch/v1';

const core = {
  'v1/ConfigMap': ConfigMap, 'v1/Service': Service, 'v1/ServiceAccount': ServiceAccount, 'v1/Secret': Secret,
  'apps/v1/Deployment': Deployment, 'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget, 'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy, 'batch/v1/Job': Job,
};
const schema = JSON.parse(readFileSync(new URL('../schemas/cloudnative-pg.schema.json', import.meta.url)));
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addKeyword('x-kubernetes-group-version-kind');
ajv.addSchema(schema);
const custom = Object.fromEntries(Object.keys(schema.$defs)
  .filter((name) => schema.$defs[name]['x-kubernetes-group-version-kind'])
  .map((name) => {
    const gvk = schema.$defs[name]['x-kubernetes-group-version-kind'];
    return [`${gvk.group}/${gvk.version}/${gvk.kind}`, ajv.getSchema(`${schema.$id}#/$defs/${name}`)];
  }));

let invalid = 0;
let valid = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (doc.errors.length) {
      console.log(`FAIL ${file}: YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
      invalid++;
      continue;
    }
    const object = doc.toJS();
    if (object == null) continue;
    const key = `${object.apiVersion}/${object.kind}`;
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    const problems = [];
    if (!object.metadata?.name) problems.push('metadata.name is missing');
    if (core[key]) {
      try {
        new core[key](object).validate();
      } catch (error) {
        problems.push(error.message);
      }
      for (const field of Object.keys(object)) {
        if (!['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData', 'type', 'immutable',
          'automountServiceAccountToken', 'imagePullSecrets', 'secrets'].includes(field)) {
          problems.push(`unknown top-level field ${field}`);
        }
      }
    } else if (custom[key]) {
      if (!custom[key](object)) {
        problems.push(...custom[key].errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ': ' + e.params.additionalProperty : ''}`));
      }
    } else {
      problems.push(`no schema for ${key}`);
    }
    if (problems.length) {
      invalid++;
      console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`);
    } else {
      valid++;
      console.log(`ok   ${name}`);
    }
  }
}
console.log(`${valid} valid, ${invalid} invalid`);
process.exit(invalid || valid === 0 ? 1 : 0);
