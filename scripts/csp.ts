import type { Plugin } from 'vite';
import { BASEMAP_STORAGE_KEY } from '../src/map/basemap-choice.ts';

/**
 * The page's Content-Security-Policy: everything from the page's own origin, no inline or
 * evaluated script, no plugins. `data:` and `blob:` images and `blob:` workers are what
 * MapLibre makes in the page. `basemapOrigin`, when a user has chosen an online basemap, is
 * the one other origin the page may fetch from (its style, tiles, glyphs and sprites).
 */
export function policyFor(basemapOrigin = ''): string {
  const extra = basemapOrigin ? ` ${basemapOrigin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
  ].join('; ');
}

/** The policy with no online basemap: what the page runs under by default. */
export const CONTENT_SECURITY_POLICY = policyFor();

/**
 * The outer bound a server sends as a header: the page's policy with any http(s) origin
 * allowed for fetches and images, because which one (if any) is the user's choice, known only
 * in the page. The page narrows it with its own policy (below); a browser enforces both.
 */
export const HEADER_POLICY = policyFor('https: http:');

/**
 * The first script of the page, before any other loads: it writes the page's policy as a meta
 * tag, with the origin of the basemap the user chose (kept in localStorage) or none. A policy
 * can only be narrowed once in force, so this is the one place the choice can widen it; the
 * viewer reloads after a change of basemap. Anything unreadable gives the strict policy.
 */
export function bootScript(): string {
  const strict = JSON.stringify(CONTENT_SECURITY_POLICY);
  const withHost = JSON.stringify(policyFor('{ORIGIN}'));
  return `(function () {
  var policy = ${strict};
  try {
    var choice = JSON.parse(localStorage.getItem(${JSON.stringify(BASEMAP_STORAGE_KEY)}) || 'null');
    if (choice && choice.kind === 'style' && typeof choice.url === 'string') {
      var url = new URL(choice.url);
      if (url.protocol === 'https:' || url.protocol === 'http:')
        policy = ${withHost}.split('{ORIGIN}').join(url.origin);
    }
  } catch (e) {}
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.appendChild(meta);
})();
`;
}

const BOOT_FILE = 'csp-boot.js';

/**
 * Puts the policy into the built page through {@link bootScript}, loaded first in the head (a
 * static host then applies it), and `vite preview` sends {@link HEADER_POLICY}. Not in
 * `vite dev`, whose hot reload runs inline script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BOOT_FILE, source: bootScript() });
    },
    transformIndexHtml: () => [
      { tag: 'script', attrs: { src: BOOT_FILE }, injectTo: 'head-prepend' },
    ],
  };
}
