// What the operations guide promises of every rendered overlay, checked on the objects themselves:
// the service's Deployment has at least 2 replicas, the three probes on /q/health/started|live|ready,
// 2 cores requested or limited, a non-root read-only container without privilege escalation, topology spread,
// a grace period longer than the shutdown delay and timeout together; a PodDisruptionBudget, an HPA, a
// NetworkPolicy and an Ingress select it; and every environment variable that deploy/README.md's
// configuration table names is given (by the ConfigMap or the container's env).
//   node policy.mjs README.md rendered.yaml
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const [readme, file] = process.argv.slice(2);
const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
const find = (kind, name = 'thidua-api') => objects.find((o) => o.kind === kind && o.metadata.name === name);
const problems = [];
const expect = (condition, message) => { if (!condition) problems.push(message); };

const deployment = find('Deployment');
expect(deployment, 'no Deployment thidua-api');
if (deployment) {
  const pod = deployment.spec.template.spec;
  const container = pod.containers.find((c) => c.name === 'thidua-api');
  expect(deployment.spec.replicas >= 2, `replicas ${deployment.spec.replicas} < 2`);
  expect(deployment.spec.strategy?.rollingUpdate?.maxUnavailable === 0, 'rolling update may take a replica away');
  expect(container.startupProbe?.httpGet?.path === '/q/health/started', 'startup probe not on /q/health/started');
  expect(container.livenessProbe?.httpGet?.path === '/q/health/live', 'liveness probe not on /q/health/live');
  expect(container.readinessProbe?.httpGet?.path === '/q/health/ready', 'readiness probe not on /q/health/ready');
  const cpu = (q) => (String(q).endsWith('m') ? parseInt(q, 10) / 1000 : Number(q));
  expect(cpu(container.resources?.limits?.cpu) === 2, `cpu limit ${container.resources?.limits?.cpu}, not 2 cores`);
  expect(container.resources?.limits?.memory && container.resources?.requests?.cpu, 'requests/limits incomplete');
  expect(pod.securityContext?.runAsNonRoot === true, 'pod may run as root');
  expect(container.securityContext?.readOnlyRootFilesystem === true, 'root file system writable');
  expect(container.securityContext?.allowPrivilegeEscalation === false, 'privilege escalation allowed');
  expect((pod.topologySpreadConstraints ?? []).length > 0, 'no topology spread');
  const config = find('ConfigMap');
  const seconds = (d) => parseInt(String(d ?? '0'), 10);
  expect(pod.terminationGracePeriodSeconds > seconds(config?.data?.QUARKUS_SHUTDOWN_DELAY) + seconds(config?.data?.QUARKUS_SHUTDOWN_TIMEOUT),
    'terminationGracePeriodSeconds not longer than the shutdown delay + timeout');
  const given = new Set([...(container.env ?? []).map((e) => e.name)]);
  for (const source of container.envFrom ?? []) {
    const map = find('ConfigMap', source.configMapRef?.name);
    expect(map, `envFrom names a missing ConfigMap ${source.configMapRef?.name}`);
    Object.keys(map?.data ?? {}).forEach((k) => given.add(k));
  }
  const table = readFileSync(readme, 'utf8').split('## Configuration')[1]?.split('\n## ')[0] ?? '';
  const named = [...table.matchAll(/^\| *(`[A-Z][A-Z0-9_]+`(?:, *`[A-Z][A-Z0-9_]+`)*) *\|/gm)]
    .flatMap((m) => [...m[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((v) => v[1]));
  expect(named.length >= 8, `found only ${named.length} variables in ${readme}'s configuration table`);
  for (const variable of named) expect(given.has(variable), `${variable} (named in ${readme}) is not given to the container`);
}
for (const kind of ['Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'Ingress']) {
  expect(find(kind), `no ${kind} thidua-api`);
}
if (problems.length) {
  console.log(`FAIL policy of ${file}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`ok   policy of ${file}`);
