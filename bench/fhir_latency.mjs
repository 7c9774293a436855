// FHIR search latency: sends each query N times in a row to a running `maillage serve` and prints
// one Markdown row per query: total (or resource type), p50 and p99 in milliseconds.
// Usage: node bench/fhir_latency.mjs http://127.0.0.1:8080 200 'Practitioner?family=dubois' …
const [base, times = '100', ...queries] = process.argv.slice(2);
const n = Number(times);
for (const query of queries) {
  const durations = [];
  let total;
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    const response = await fetch(`${base}/fhir/${query}`);
    const body = await response.json();
    durations.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(body)}`);
    total = body.total ?? body.resourceType;
  }
  durations.sort((a, b) => a - b);
  const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))].toFixed(1);
  console.log(`| \`${query}\` | ${total} | ${at(0.5)} | ${at(0.99)} |`);
}
