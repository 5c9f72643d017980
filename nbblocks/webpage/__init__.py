"""The app as a web page: ``GET /`` of the HTTP server in a browser.

A transport beside the notebook's widgets and Gradio's HTTP API. Each browser tab is a
session of its own, drawn by the notebook's own ``AppView`` (the same widget models, the
same messages), whose comms travel over HTTP instead of the kernel: the page's host
(``js/page/host.js``) plays the widget manager's part for the very runtime and views the
notebook loads. Modules, one job each:

- ``wire``: a comm that hands the Jupyter comm messages of one tab to its outbox, and
  their JSON form (binary buffers as base64);
- ``session``: ``PageSession``, one tab: its view, outbox, incoming messages, and how it
  ends (a grace period after the tab is gone); ``PageSessions``, every tab of one server;
- ``html``: the page itself (title, head, theme, relative URLs only);
- ``routes``: the Starlette routes the page uses.
"""
