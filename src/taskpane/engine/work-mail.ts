import type { Mail } from "../../core/mail";
import type { EngineWork } from "./engine-work";

/** The mail a piece of work is about: the one read, or the one being written. */
export function mailOf(work: EngineWork): Mail {
  return work.kind === "triage" ? work.request.mail : work.request.outgoing.mail;
}

/** The work with `mail`, its attachments' content read, in place of the fetched files. */
export function withMail(work: EngineWork, mail: Mail): EngineWork {
  if (work.kind === "triage") {
    const { attachments: _read, ...request } = work.request;
    return { kind: "triage", request: { ...request, mail } };
  }
  const { attachments: _read, ...request } = work.request;
  return { kind: "compose", request: { ...request, outgoing: { ...request.outgoing, mail } } };
}
