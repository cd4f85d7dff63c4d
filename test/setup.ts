import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

// Fluent UI's MessageBar observes its own size; jsdom has no ResizeObserver.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom has no TextEncoder/TextDecoder; the pane's engine reads attachments (and parses attached mail) with them, as
// browsers and Node do.
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}
