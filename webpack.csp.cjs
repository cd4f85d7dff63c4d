// The Content-Security-Policy of the add-in's pages (taskpane, commands, launchevent, auth-dialog), set as a <meta>
// tag at build time so it holds on any static host. docs/admin-guide.md explains each source and what a host should
// add as an HTTP header (frame-ancestors and report-to work only there).
"use strict";

/** Microsoft's CDN for office.js, which also serves the host scripts and strings office.js loads beside itself. */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
/** Sign-in (MSAL: authority metadata and tokens) and Microsoft Graph: the only services the pages talk to. */
const MICROSOFT_IDENTITY = "https://login.microsoftonline.com";
const MICROSOFT_GRAPH = "https://graph.microsoft.com";

/**
 * `production`: what admins deploy. Development adds 'unsafe-eval' for webpack's eval source maps; nothing else
 * differs, so `npm start` and the browser tests run the pane under the policy it ships with.
 */
function contentSecurityPolicy({ production }) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", OFFICE_JS_ORIGIN, ...(production ? [] : ["'unsafe-eval'"])],
    // The triage engine's worker is a file of the add-in's own origin.
    "worker-src": ["'self'"],
    // 'self': the add-in's own files, such as a runtime configuration file.
    "connect-src": ["'self'", MICROSOFT_IDENTITY, MICROSOFT_GRAPH],
    // Fluent UI v9 (Griffel) writes its CSS into <style> elements at run time; without a per-response nonce, which a
    // static host cannot give, that needs 'unsafe-inline' for styles. Scripts stay without it.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", OFFICE_JS_ORIGIN],
    "font-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = { contentSecurityPolicy };
