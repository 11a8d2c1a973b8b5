import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy: everything from the page's own origin, no inline or
 * evaluated script, no plugins. `data:` and `blob:` images and `blob:` workers are what
 * MapLibre makes in the page. An online basemap, once a user can choose one, adds its host to
 * `connect-src` and `img-src`; none is listed while the offline basemap is the only one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
].join('; ');

/**
 * Writes the policy into the built page as a meta tag (any static host then applies it) and
 * sends it as a header from `vite preview`. Not in `vite dev`, whose hot reload runs inline
 * script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
