import { create } from 'xmlbuilder2';
import { API_PUBLISHER, API_TITLE } from '../openapi/document.js';
import type { RevisionOut } from '../repositories/revision-repository.js';

/**
 * The change feed as Atom (RFC 4287), for feed readers: one entry per change, newest first,
 * linking to the record's page (or its API record where it has no page) and to its revisions.
 * Ids are tag URIs (RFC 4151), absolute and stable wherever the API is served from; links are
 * absolute under PUBLIC_BASE_URL, relative to the feed's address when it is unset.
 */
const TAG = 'tag:allies-api,2026';

const API_PATHS: Record<RevisionOut['resourceType'], string> = {
  source: 'sources',
  country: 'countries',
  leader: 'leaders',
  claim: 'claims',
  trade_figure: 'trade-figures',
};

const ACTIONS: Record<RevisionOut['action'], string> = { create: 'New', update: 'Corrected', retract: 'Retracted' };

const NOUNS: Record<RevisionOut['resourceType'], string> = {
  source: 'source',
  country: 'country',
  leader: 'person',
  claim: 'claim',
  trade_figure: 'trade figure',
};

/** The explorer's page of a record where it has one of its own, else its API record. */
function alternate(change: RevisionOut): { path: string; type: string } {
  const id = encodeURIComponent(change.resourceId);
  if (change.resourceType === 'claim' || change.resourceType === 'source' || change.resourceType === 'country') {
    return { path: `/${API_PATHS[change.resourceType]}/${id}`, type: 'text/html' };
  }
  return { path: `/v1/${API_PATHS[change.resourceType]}/${id}`, type: 'application/json' };
}

function summary(change: RevisionOut): string {
  const fields = Object.keys(change.changes);
  const changed = fields.length === 0 ? '' : ` Fields: ${fields.join(', ')}.`;
  return `${change.reason ?? 'No reason given.'}${changed} By ${change.actor}; dataset version ${change.datasetVersion}.`;
}

export function changesAtom(changes: readonly RevisionOut[], options: { base: string; updated: string }): string {
  const { base } = options;
  const feed = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('http://www.w3.org/2005/Atom', 'feed')
    .ele('id')
    .txt(`${TAG}:changes`)
    .up()
    .ele('title')
    .txt(`${API_TITLE}: changes`)
    .up()
    .ele('subtitle')
    .txt('New claims, corrections and retractions, newest first')
    .up()
    .ele('updated')
    .txt(changes[0]?.createdAt ?? options.updated)
    .up()
    .ele('author')
    .ele('name')
    .txt(API_PUBLISHER)
    .up()
    .up()
    .ele('link', { rel: 'self', type: 'application/atom+xml', href: `${base}/v1/changes.atom` })
    .up()
    .ele('link', { rel: 'alternate', type: 'application/json', href: `${base}/v1/changes` })
    .up();
  for (const change of changes) {
    const record = `${base}/v1/${API_PATHS[change.resourceType]}/${encodeURIComponent(change.resourceId)}`;
    const page = alternate(change);
    const title = `${ACTIONS[change.action]} ${NOUNS[change.resourceType]}: ${change.resourceId} (version ${change.version})`;
    feed
      .ele('entry')
      .ele('id')
      .txt(`${TAG}:revision:${change.id}`)
      .up()
      .ele('title')
      .txt(title)
      .up()
      .ele('updated')
      .txt(change.createdAt)
      .up()
      .ele('link', { rel: 'alternate', type: page.type, href: `${base}${page.path}` })
      .up()
      .ele('link', { rel: 'related', type: 'application/json', href: `${record}/revisions`, title: 'Revisions' })
      .up()
      .ele('category', { term: change.action })
      .up()
      .ele('category', { term: change.resourceType })
      .up()
      .ele('summary')
      .txt(summary(change))
      .up();
  }
  return feed.end({ prettyPrint: true });
}
