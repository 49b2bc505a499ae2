// Drives AdminPortal's JSON:API with the jsona formatter over fetch: include, fields, paging by links.next, create with
// relationships, update, to-many add and remove, an atomic batch with lid, delete. Environment: API_BASE_URL (…/api), API_TOKEN.
import { Jsona } from 'jsona';
import { check, checkResponse, fail, required, run } from './strict.mjs';

const MEDIA_TYPE = 'application/vnd.api+json';
const ATOMIC = 'application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"';
const base = required('API_BASE_URL').replace(/\/$/, '');
const token = required('API_TOKEN');
const jsona = new Jsona();

/** One request; every answer goes through the strict checks; a refusal throws with its errors. */
async function send(method, path, body, mediaType = MEDIA_TYPE) {
  const url = path.startsWith('http') ? path : `${base}/${path}`;
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: mediaType, ...(body ? { 'Content-Type': mediaType } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const document = text ? JSON.parse(text) : undefined;
  checkResponse({ status: response.status, headers: response.headers, body: document ?? '', url, atomic: mediaType === ATOMIC });
  if (!response.ok) {
    const error = new Error(`${method} ${url} answered ${response.status}: ${text}`);
    error.status = response.status;
    throw error;
  }

  return { status: response.status, document, models: document?.data !== undefined ? jsona.deserialize(document) : undefined };
}

const query = (parameters) => Object.entries(parameters).map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
const state = {};
await run('jsona', [
  ['include and sparse fieldsets', async () => {
    const { models } = await send('GET', `teams?${query({ include: 'agents,parent', 'fields[Team]': 'name,agents,parent', 'fields[Agent]': 'name,email', 'page[size]': 4, sort: '-name' })}`);
    check(models.length === 4, `4 teams expected, got ${models.length}`);
    for (const team of models) {
      check(team.type === 'Team' && typeof team.name === 'string' && team.position === undefined, `fields[Team] not honoured: ${JSON.stringify(team)}`);
      for (const agent of team.agents ?? []) check(typeof agent.email === 'string' && agent.first_name === undefined, `included agent not narrowed: ${JSON.stringify(agent)}`);
    }

    state.parent = models[0].id;
  }],
  ['paging through links.next', async () => {
    let page = await send('GET', `agents?${query({ 'page[size]': 7, 'fields[Agent]': 'email', sort: '-email' })}`);
    const total = page.document.meta.total;
    const emails = [];
    for (let pages = 0; ; pages++) {
      check(pages < 100, 'links.next never ends');
      emails.push(...page.models.map((agent) => agent.email));
      if (!page.document.links.next) break;
      page = await send('GET', page.document.links.next);
    }

    check(emails.length === total && new Set(emails).size === total, `paging gave ${emails.length} agents (${new Set(emails).size} distinct) of ${total}`);
    state.agents = page.models.slice(0, 3).map((agent) => agent.id);
    if (state.agents.length < 3) state.agents = (await send('GET', `agents?${query({ 'page[size]': 3 })}`)).models.map((agent) => agent.id);
  }],
  ['create with relationships', async () => {
    const team = {
      type: 'Team',
      name: `Jsona team ${Date.now()}`,
      parent: { type: 'Team', id: state.parent },
      agents: state.agents.slice(0, 2).map((id) => ({ type: 'Agent', id })),
      relationshipNames: ['parent', 'agents'],
    };
    const created = await send('POST', 'teams', jsona.serialize({ stuff: team }));
    check(created.status === 201 && created.models.id, `create answered ${created.status}`);
    state.team = created.models.id;
    const { models } = await send('GET', `teams/${state.team}?include=parent,agents`);
    check(models.parent.id === state.parent, 'parent not applied');
    check(sameIds(models.agents, state.agents.slice(0, 2)), `agents not applied: ${JSON.stringify(models.agents)}`);
  }],
  ['update', async () => {
    const name = `Jsona renamed ${Date.now()}`;
    const updated = await send('PATCH', `teams/${state.team}`, jsona.serialize({ stuff: { type: 'Team', id: state.team, name } }));
    check(updated.status === 200 && updated.models.name === name, `update answered ${updated.status}`);
  }],
  ['to-many add and remove', async () => {
    const added = await send('POST', `teams/${state.team}/relationships/agents`, { data: [{ type: 'Agent', id: state.agents[2] }] });
    check(added.status === 204, `add answered ${added.status}`);
    check(sameIds((await send('GET', `teams/${state.team}/relationships/agents`)).document.data, state.agents), 'agent not added');
    const removed = await send('DELETE', `teams/${state.team}/relationships/agents`, { data: [{ type: 'Agent', id: state.agents[1] }] });
    check(removed.status === 204, `remove answered ${removed.status}`);
    check(sameIds((await send('GET', `teams/${state.team}/relationships/agents`)).document.data, [state.agents[0], state.agents[2]]), 'agent not removed');
  }],
  ['atomic operations with lid', async () => {
    const stamp = Date.now();
    const regiment = jsona.serialize({ stuff: { type: 'Team', name: `Jsona regiment ${stamp}` } }).data;
    const { document } = await send('POST', 'operations', {
      'atomic:operations': [
        { op: 'add', data: { ...regiment, lid: 'regiment' } },
        { op: 'add', data: { type: 'Team', lid: 'squad', attributes: { name: `Jsona squad ${stamp}` }, relationships: { parent: { data: { type: 'Team', lid: 'regiment' } } } } },
        { op: 'update', ref: { type: 'Team', lid: 'squad', relationship: 'parent' }, data: { type: 'Team', id: state.parent } },
        { op: 'remove', ref: { type: 'Team', lid: 'regiment' } },
      ],
    }, ATOMIC);
    const results = document['atomic:results'];
    check(results.length === 4, `4 results expected, got ${results.length}`);
    const squad = jsona.deserialize({ data: results[1].data });
    check(squad.parent.id === results[0].data.id, 'the lid of the parent was not resolved');
    check(results.slice(2).every((result) => !result.data), `relationship and remove results carry data: ${JSON.stringify(results.slice(2))}`);
    state.squad = squad.id;
    check((await send('GET', `teams/${state.squad}?include=parent`)).models.parent.id === state.parent, 'the squad did not move');
  }],
  ['delete', async () => {
    for (const id of [state.team, state.squad]) check((await send('DELETE', `teams/${id}`)).status === 204, 'delete did not answer 204');
    try {
      await send('GET', `teams/${state.team}`);
      fail('a deleted team is still found');
    } catch (error) {
      check(error.status === 404, `after delete: ${error.message}`);
    }
  }],
]);

function sameIds(identifiers, ids) {
  return JSON.stringify(identifiers.map((identifier) => identifier.id).sort()) === JSON.stringify([...ids].sort());
}
