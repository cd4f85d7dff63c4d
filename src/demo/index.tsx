import { createRoot } from "react-dom/client";
import { DemoOutlook } from "./host/DemoOutlook";
import { openDemoMailbox } from "./mailbox/demo-mailbox";

const now = new Date();
const container = document.getElementById("root");
if (container) createRoot(container).render(<DemoOutlook mails={openDemoMailbox(now)} now={now} />);
