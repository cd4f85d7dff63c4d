import { z } from "zod";

// The add-in's pages forbid eval (webpack.csp.cjs). Unless jitless, zod probes `new Function` on first use, and the
// browser reports that caught probe as a violation (the Statistik tab's first triage record did, in the pane; a
// host's Content-Security-Policy header reaches the engine's worker too). Nothing zod parses is on a hot path, so
// its compiled fast path buys nothing. Every module that parses with zod imports z from here.
z.config({ jitless: true });

export { z };
