"""The anywidget transport: one widget model per block, events into the engine."""
