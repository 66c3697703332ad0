import { SQLITE_MEDIA_TYPE, type DownloadFile } from './data-package.js';
import { API_DESCRIPTION, API_PUBLISHER, API_TITLE } from '../openapi/document.js';
import { LICENSE_URLS } from './license.js';

/**
 * The dataset as a schema.org Dataset, for dataset search engines: licence, creator, the
 * countries it covers as spatial coverage, and a DataDownload per file with its SHA-256.
 * No temporal coverage: the source states no period for the dataset as a whole, and none is
 * invented. Without `downloads` (not built yet for this version) there is no `distribution`:
 * listing files without their size and hash would be a weaker promise than the listing's.
 */
export function datasetJsonLd(
  input: { version: number; updatedAt: Date; countries: readonly { code: string; name: string }[] },
  downloads: {
    build: { files: readonly DownloadFile[] };
    snapshot: { version: number; size: number; sha256: string; filename: string };
  } | null,
  base: string,
): Record<string, unknown> {
  const download = (path: string, encodingFormat: string, bytes: number, sha256: string, name: string) => ({
    '@type': 'DataDownload',
    name,
    contentUrl: `${base}/v1/downloads/${path}`,
    encodingFormat,
    contentSize: `${bytes} B`,
    sha256,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${base}/v1`,
    url: `${base}/`,
    name: API_TITLE,
    description: API_DESCRIPTION,
    license: LICENSE_URLS.data,
    creator: { '@type': 'Organization', name: API_PUBLISHER },
    publisher: { '@type': 'Organization', name: API_PUBLISHER },
    version: String(input.version),
    dateModified: input.updatedAt.toISOString(),
    isAccessibleForFree: true,
    spatialCoverage: input.countries.map((c) => ({ '@type': 'Country', name: c.name, identifier: c.code })),
    ...(downloads !== null && { distribution: distribution(downloads.build, downloads.snapshot) }),
  };
  function distribution(
    build: { files: readonly DownloadFile[] },
    snapshot: { version: number; size: number; sha256: string; filename: string },
  ) {
    return [
      ...build.files.map((f) => download(f.path, f.mediaType.split(';')[0] ?? f.mediaType, f.size, f.sha256, f.filename)),
      download(`sqlite/${snapshot.version}`, SQLITE_MEDIA_TYPE, snapshot.size, snapshot.sha256, snapshot.filename),
    ];
  }
}
