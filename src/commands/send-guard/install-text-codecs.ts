// Imported first by launchevent.ts: modules below create decoders as they load (the .eml reader does), so the
// fallbacks must be in place before any of them runs.
import { installTextCodecs } from "./text-codecs";

installTextCodecs(globalThis);
