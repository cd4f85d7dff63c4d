// The manifest's FunctionFile: Outlook loads this page, without a UI, to run ribbon commands and event handlers.
// Office.js must be initialised before Outlook calls into it; the handlers are registered once it is.
void Office.onReady();
