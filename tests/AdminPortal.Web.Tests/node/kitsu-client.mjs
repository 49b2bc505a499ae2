// Drives AdminPortal's JSON:API with the kitsu client (axios underneath): include, fields, paging by links.next, create with
// relationships, update, to-many add and remove, an atomic batch with lid, delete. Environment: API_BASE_URL (…/api), API_TOKEN.
import Kitsu from 'kitsu';
import { deserialise } from 'kitsu-core';
import { check, checkResponse, fail, required, run } from './strict.mjs';

const ATOMIC = 'application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"';
const api = new Kitsu({
  baseURL: required('API_BASE_URL'),
  headers: { Authorization: `Bearer ${required('API_TOKEN')}` },
  pluralize: false,
  camelCaseTypes: false,
  resourceCase: 'none',
});
const checked = (response) => {
  checkResponse({ status: response.status, headers: response.headers, body: response.data, url: response.config.url, atomic: response.config.url.endsWith('operations') });
  return response;
};
api.interceptors.response.use(checked, (error) => {
  if (error.response) checked(error.response);
  return Promise.reject(error);
});

const state = {};
await run('kitsu', [
  ['include and sparse fieldsets', async () => {
    const { data } = await api.get('teams', { params: { include: 'parent,agents', fields: { Team: 'name,parent,agents', Agent: 'name' }, page: { size: 3 }, sort: 'name' } });
    check(data.length === 3, `3 teams expected, got ${data.length}`);
    for (const team of data) {
      check(typeof team.name === 'string' && !('position' in team), `fields[Team] not honoured: ${JSON.stringify(team)}`);
      for (const agent of team.agents?.data ?? []) check(typeof agent.name === 'string' && !('email' in agent), `included agent not narrowed: ${JSON.stringify(agent)}`);
    }

    state.parent = data[0].id;
  }],
  ['paging through links.next', async () => {
    let page = await api.get('agents', { params: { page: { size: 4 }, fields: { Agent: 'name' }, sort: 'name' } });
    const total = page.meta.total;
    const ids = [];
    for (let pages = 0; ; pages++) {
      check(pages < 100, 'links.next never ends');
      ids.push(...page.data.map((agent) => agent.id));
      if (!page.links.next) break;
      page = await api.request({ method: 'GET', url: page.links.next });
    }

    check(ids.length === total && new Set(ids).size === total, `paging gave ${ids.length} ids (${new Set(ids).size} distinct) of ${total}`);
    state.agents = ids.slice(0, 3);
  }],
  ['create with relationships', async () => {
    const created = await api.request({
      method: 'POST', url: 'teams', type: 'Team',
      body: { name: `Kitsu team ${Date.now()}`, parent: { data: { type: 'Team', id: state.parent } }, agents: { data: state.agents.slice(0, 2).map((id) => ({ type: 'Agent', id })) } },
    });
    check(created.status === 201 && created.data.id, `create answered ${created.status}`);
    state.team = created.data.id;
    const { data } = await api.get(`teams/${state.team}`, { params: { include: 'parent,agents' } });
    check(data.parent.data.id === state.parent, 'parent not applied');
    check(sameIds(data.agents.data, state.agents.slice(0, 2)), `agents not applied: ${JSON.stringify(data.agents.data)}`);
  }],
  ['update', async () => {
    const name = `Kitsu renamed ${Date.now()}`;
    const updated = await api.request({ method: 'PATCH', url: `teams/${state.team}`, type: 'Team', body: { id: state.team, name } });
    check(updated.status === 200 && updated.data.name === name, `update answered ${updated.status} ${JSON.stringify(updated.data)}`);
    check((await api.get(`teams/${state.team}`)).data.name === name, 'the new name was not kept');
  }],
  ['to-many add and remove', async () => {
    const added = await api.request({ method: 'POST', url: `teams/${state.team}/relationships/agents`, type: 'Agent', body: [{ id: state.agents[2] }] });
    check(added.status === 204, `add answered ${added.status}`);
    check(sameIds((await api.get(`teams/${state.team}/relationships/agents`)).data, state.agents), 'agent not added');
    const removed = await api.axios.delete(`teams/${state.team}/relationships/agents`, { data: { data: [{ type: 'Agent', id: state.agents[0] }] }, headers: api.headers });
    check(removed.status === 204, `remove answered ${removed.status}`);
    check(sameIds((await api.get(`teams/${state.team}/relationships/agents`)).data, state.agents.slice(1)), 'agent not removed');
  }],
  ['atomic operations with lid', async () => {
    const stamp = Date.now();
    const response = await api.axios.post('operations', {
      'atomic:operations': [
        { op: 'add', data: { type: 'Team', lid: 'regiment', attributes: { name: `Kitsu regiment ${stamp}` } } },
        { op: 'add', data: { type: 'Team', lid: 'squad', attributes: { name: `Kitsu squad ${stamp}` }, relationships: { parent: { data: { type: 'Team', lid: 'regiment' } } } } },
        { op: 'update', data: { type: 'Team', lid: 'squad', attributes: { name: `Kitsu squad ${stamp} renamed` } } },
        { op: 'add', ref: { type: 'Team', lid: 'squad', relationship: 'agents' }, data: [{ type: 'Agent', id: state.agents[0] }] },
      ],
    }, { headers: { ...api.headers, 'Content-Type': ATOMIC, Accept: ATOMIC } });
    const results = response.data['atomic:results'].map((result) => deserialise({ data: result.data ?? null }).data);
    check(results.length === 4, `4 results expected, got ${results.length}`);
    check(results[1].parent.data.id === results[0].id, 'the lid of the parent was not resolved');
    check(results[2].name.endsWith('renamed') && results[3] === null, `update/relationship results wrong: ${JSON.stringify(results.slice(2))}`);
    state.atomic = [results[1].id, results[0].id];
  }],
  ['delete', async () => {
    for (const id of [state.team, ...state.atomic]) {
      const deleted = await api.request({ method: 'DELETE', url: `teams/${id}` });
      check(deleted.status === 204, `delete answered ${deleted.status}`);
    }

    try {
      await api.get(`teams/${state.team}`);
      fail('a deleted team is still found');
    } catch (error) {
      check(error.response?.status === 404, `after delete: ${error.message}`);
    }
  }],
]);

function sameIds(identifiers, ids) {
  return JSON.stringify(identifiers.map((identifier) => identifier.id).sort()) === JSON.stringify([...ids].sort());
}
