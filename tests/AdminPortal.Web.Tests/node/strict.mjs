// Spec checks both client scripts apply to every JSON:API response, beside what the client libraries themselves refuse.
// Any violation throws, so the script exits non-zero and the .NET test fails with the message.

const MEDIA_TYPE = 'application/vnd.api+json';

// RFC 3986 URI: scheme, then only unreserved, reserved (but '[' and ']' only around an IP literal host) and %XX.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~%!$&'()*+,;=]*)(:[0-9]*)?(\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*)?(\?[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]*)?$/;

export class SpecViolation extends Error {}

export function fail(message) {
  throw new SpecViolation(message);
}

export function check(condition, message) {
  if (!condition) fail(message);
}

/** Checks the headers and body of one response (status 204 and 304 carry no body). */
export function checkResponse({ status, headers, body, url, atomic = false }) {
  const where = `${status} ${url}`;
  const vary = String(headers.get('vary') ?? '');
  check(/\baccept\b/i.test(vary), `${where}: Vary does not name Accept ('${vary}')`);
  if (status === 204 || status === 304) {
    check(body === undefined || body === null || body === '', `${where}: a ${status} has a body`);
    return;
  }

  const contentType = String(headers.get('content-type') ?? '');
  const [mediaType, ...parameters] = contentType.split(';').map((part) => part.trim());
  check(mediaType === MEDIA_TYPE, `${where}: Content-Type is '${contentType}', not ${MEDIA_TYPE}`);
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=');
    check(name === 'ext' || name === 'profile', `${where}: Content-Type has the parameter '${parameter}'`);
    if (name === 'ext') check(atomic && value.replaceAll('"', '') === 'https://jsonapi.org/ext/atomic', `${where}: unexpected ext ${value}`);
  }

  checkDocument(body, where);
}

export function checkDocument(document, where) {
  check(document && typeof document === 'object' && !Array.isArray(document), `${where}: the body is not a JSON object`);
  const members = Object.keys(document);
  check(members.some((m) => ['data', 'errors', 'meta', 'atomic:results'].includes(m)), `${where}: no data, errors or meta`);
  check(!(members.includes('data') && members.includes('errors')), `${where}: data and errors together`);
  check(!members.includes('included') || members.includes('data'), `${where}: included without data`);
  check(document.jsonapi?.version === '1.1', `${where}: jsonapi.version is not 1.1`);
  for (const member of members) {
    check(['data', 'errors', 'meta', 'jsonapi', 'links', 'included', 'atomic:results'].includes(member), `${where}: unknown top-level member '${member}'`);
  }

  const primary = document.data === null || document.data === undefined ? [] : Array.isArray(document.data) ? document.data : [document.data];
  const seen = new Set();
  for (const resource of [...primary.filter((r) => r.attributes || r.relationships || r.links), ...(document.included ?? [])]) {
    checkResource(resource, where);
    const key = `${resource.type}:${resource.id}`;
    check(!seen.has(key), `${where}: ${key} appears twice in data and included`);
    seen.add(key);
  }

  if (document.included) checkFullLinkage(primary, document.included, where);
  checkLinks(document, where);
}

function checkResource(resource, where) {
  check(typeof resource.type === 'string' && typeof resource.id === 'string', `${where}: a resource without string type and id`);
  const attributes = Object.keys(resource.attributes ?? {});
  const relationships = Object.keys(resource.relationships ?? {});
  for (const name of [...attributes, ...relationships]) {
    check(!['type', 'id', 'relationships', 'links'].includes(name), `${where}: field named '${name}' on ${resource.type}`);
    check(!(attributes.includes(name) && relationships.includes(name)), `${where}: '${name}' is both attribute and relationship`);
  }

  for (const [name, relationship] of Object.entries(resource.relationships ?? {})) {
    check(['links', 'data', 'meta'].some((m) => m in relationship), `${where}: relationship ${resource.type}.${name} has no links, data or meta`);
  }
}

/** Every included resource is reached from primary data through relationship linkage (JSON:API "full linkage"). */
function checkFullLinkage(primary, included, where) {
  const byKey = new Map(included.map((r) => [`${r.type}:${r.id}`, r]));
  const reached = new Set();
  const queue = [...primary];
  while (queue.length > 0) {
    const resource = queue.shift();
    for (const relationship of Object.values(resource.relationships ?? {})) {
      const linkage = relationship.data === undefined || relationship.data === null ? [] : Array.isArray(relationship.data) ? relationship.data : [relationship.data];
      for (const identifier of linkage) {
        const key = `${identifier.type}:${identifier.id}`;
        if (byKey.has(key) && !reached.has(key)) {
          reached.add(key);
          queue.push(byKey.get(key));
        }
      }
    }
  }

  for (const key of byKey.keys()) check(reached.has(key), `${where}: included ${key} is not linked from the primary data`);
}

/** Every link anywhere in the document is a valid absolute URI (brackets of page[size] and fields[T] percent-encoded). */
function checkLinks(node, where) {
  if (Array.isArray(node)) {
    node.forEach((child) => checkLinks(child, where));
    return;
  }

  if (!node || typeof node !== 'object') return;
  for (const [name, value] of Object.entries(node)) {
    if (name === 'links' && value && typeof value === 'object') {
      for (const [rel, link] of Object.entries(value)) {
        const href = typeof link === 'object' && link !== null ? link.href : link;
        if (href !== null) check(typeof href === 'string' && URI.test(href), `${where}: links.${rel} is not a valid URI: ${href}`);
      }
    } else {
      checkLinks(value, where);
    }
  }
}

/** Runs the steps in order; prints one line per step; exits 1 with the first violation. */
export async function run(name, steps) {
  for (const [title, step] of steps) {
    try {
      await step();
      console.log(`ok   ${name}: ${title}`);
    } catch (error) {
      const detail = error.response ? `${error.message}: ${JSON.stringify(error.response.data ?? error.errors ?? '')}` : error.errors ? JSON.stringify(error.errors) : error.stack ?? String(error);
      console.error(`FAIL ${name}: ${title}: ${detail}`);
      process.exit(1);
    }
  }

  console.log(`${name}: all ${steps.length} steps passed`);
}

export function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }

  return value;
}
