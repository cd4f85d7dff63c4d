import { createRoot } from "react-dom/client";
import { DEFAULT_CONFIG } from "../core/config/default-config";
import { DemoExchange } from "./exchange/demo-exchange";
import { demoMasterList } from "./exchange/master-list";
import { DemoOutlook } from "./host/DemoOutlook";
import { openDemoMailbox } from "./mailbox/demo-mailbox";

const now = new Date();
const exchange = new DemoExchange(demoMasterList(DEFAULT_CONFIG));
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<DemoOutlook mails={openDemoMailbox(now)} now={now} exchange={exchange} />);
}
