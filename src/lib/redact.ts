const CREDENTIAL_PARAM = /key|token|auth|secret|passw|credential|signature|session/i;

/** Whether a parameter's name says its value is a credential (never echoed or logged). */
export function isCredentialName(name: string): boolean {
  return CREDENTIAL_PARAM.test(name);
}

/**
 * The URL with the values of credential-like query parameters (`?api_key=`, `?access_token=`)
 * replaced, for logs and for the `instance` of problem documents: a key sent in the wrong
 * place must not be echoed back or written down.
 */
export function redactQueryCredentials(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const pairs = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // undecodable: test the name as sent
      }
      return CREDENTIAL_PARAM.test(name) ? `${pair.slice(0, eq)}=[redacted]` : pair;
    });
  return `${url.slice(0, q + 1)}${pairs.join('&')}`;
}

/**
 * The URL as logged: values of credential-like query parameters and any configured key,
 * wherever it appears, are replaced. Keys are never accepted from the query string, but
 * clients still send them there, and Fastify logs every URL.
 */
export function loggableUrl(url: string, keys: readonly string[]): string {
  let safe = redactQueryCredentials(url);
  for (const key of keys) safe = safe.split(key).join('[redacted]').split(encodeURIComponent(key)).join('[redacted]');
  return safe;
}
