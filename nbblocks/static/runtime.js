var D=`/* Design tokens. They follow JupyterLab's theme variables (light and dark) and fall
   back to Gradio-like values when a page has none. Override any --nbb-* variable on
   an app's element (or with elem_classes) to restyle it. */
:where(.nbb-block:not(.nbb-block .nbb-block)) {
  --nbb-fb-bg: #ffffff;
  --nbb-fb-text-strong: #111827;
  --nbb-fb-text: #1f2937;
  --nbb-fb-text-subdued: #6b7280;
  --nbb-fb-text-faint: #9ca3af;
  --nbb-fb-border: #e5e7eb;
  --nbb-fb-border-strong: #d1d5db;
}
@media (prefers-color-scheme: dark) {
  :where(.nbb-block:not(.nbb-block .nbb-block)) {
    --nbb-fb-bg: #1f2937;
    --nbb-fb-text-strong: #f9fafb;
    --nbb-fb-text: #e5e7eb;
    --nbb-fb-text-subdued: #9ca3af;
    --nbb-fb-text-faint: #6b7280;
    --nbb-fb-border: #374151;
    --nbb-fb-border-strong: #4b5563;
  }
}
:where(.nbb-block:not(.nbb-block .nbb-block)) {
  --nbb-font: var(--jp-ui-font-family, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --nbb-mono: var(--jp-code-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  --nbb-font-size: 14px;
  --nbb-font-size-sm: 12px;

  --nbb-text-strong: var(--jp-ui-font-color0, var(--nbb-fb-text-strong));
  --nbb-text: var(--jp-ui-font-color1, var(--nbb-fb-text));
  --nbb-text-subdued: var(--jp-ui-font-color2, var(--nbb-fb-text-subdued));
  --nbb-text-faint: var(--jp-ui-font-color3, var(--nbb-fb-text-faint));

  --nbb-block-bg: var(--jp-layout-color1, var(--nbb-fb-bg));
  --nbb-surface: color-mix(in srgb, var(--nbb-block-bg), var(--nbb-text-strong) 3%);
  --nbb-surface-hover: color-mix(in srgb, var(--nbb-block-bg), var(--nbb-text-strong) 7%);
  --nbb-panel-bg: color-mix(in srgb, var(--nbb-block-bg), var(--nbb-text-strong) 4%);
  --nbb-input-bg: var(--nbb-surface);
  --nbb-border: var(--jp-border-color2, var(--nbb-fb-border));
  --nbb-border-strong: var(--jp-border-color1, var(--nbb-fb-border-strong));
  --nbb-input-border: var(--nbb-border);

  --nbb-accent: var(--jp-brand-color1, #3b82f6);
  --nbb-accent-ring: color-mix(in srgb, var(--nbb-accent) 25%, transparent);
  --nbb-primary: #f97316;
  --nbb-primary-hover: #ea580c;
  --nbb-primary-text: #ffffff;
  --nbb-secondary-bg: var(--nbb-surface-hover);
  --nbb-secondary-hover: color-mix(in srgb, var(--nbb-block-bg), var(--nbb-text-strong) 12%);
  --nbb-stop: #ef4444;
  --nbb-stop-hover: #dc2626;
  --nbb-error: var(--jp-error-color1, #ef4444);
  --nbb-warning: var(--jp-warn-color1, #f59e0b);
  --nbb-success: var(--jp-success-color1, #22c55e);
  --nbb-info: var(--jp-brand-color1, #3b82f6);

  --nbb-radius: 8px;
  --nbb-radius-sm: 6px;
  --nbb-gap: 16px;
  --nbb-block-padding: 10px 12px;
  --nbb-overlay-bg: color-mix(in srgb, var(--nbb-block-bg) 88%, transparent);
  --nbb-shadow-popup: 0 8px 24px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);

  font-family: var(--nbb-font);
  font-size: var(--nbb-font-size);
  line-height: 1.5;
  color: var(--nbb-text);
}
`;var N=`/* Block chrome: root, container box, header (label), info, errors. */
.nbb-block,
.nbb-block *,
.nbb-block *::before,
.nbb-block *::after {
  box-sizing: border-box;
}
.nbb-block {
  position: relative;
  min-width: 0;
  text-align: start;
}
.nbb-block [hidden] {
  display: none !important;
}
.nbb-block.nbb-hidden {
  display: none !important;
}
.nbb-block.nbb-invisible {
  visibility: hidden !important;
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: hidden !important;
  pointer-events: none !important;
}
.nbb-block.nbb-container {
  background: var(--nbb-block-bg);
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius);
  padding: var(--nbb-block-padding);
}
.nbb-header {
  display: flex;
  align-items: center;
  gap: 8px;
  margin-bottom: 6px;
  min-height: 20px;
}
.nbb-header:not(:has(> .nbb-label:not([hidden]), > .nbb-header-extra:not(:empty))) {
  display: none;
}
.nbb-label {
  flex: 1 1 auto;
  min-width: 0;
  color: var(--nbb-text-subdued);
  font-size: var(--nbb-font-size);
  cursor: default;
  overflow-wrap: anywhere;
}
.nbb-label.nbb-label-badge {
  flex: 0 0 auto;
  display: inline-flex;
  align-items: center;
  padding: 1px 8px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  font-size: var(--nbb-font-size-sm);
}
.nbb-header-extra {
  display: flex;
  align-items: center;
  gap: 6px;
  margin-left: auto;
}
.nbb-header-extra:empty {
  display: none;
}
.nbb-info {
  margin: -2px 0 8px;
  color: var(--nbb-text-subdued);
  font-size: var(--nbb-font-size-sm);
}
.nbb-view {
  min-width: 0;
}
.nbb-view-error {
  padding: 8px 10px;
  border: 1px dashed var(--nbb-error);
  border-radius: var(--nbb-radius-sm);
  color: var(--nbb-error);
  font-size: var(--nbb-font-size-sm);
}
.nbb-block.nbb-has-error {
  border-color: var(--nbb-error);
  box-shadow: 0 0 0 1px var(--nbb-error);
  border-radius: var(--nbb-radius);
}
.nbb-error {
  display: flex;
  gap: 6px;
  align-items: baseline;
  margin-top: 8px;
  padding: 6px 10px;
  border-radius: var(--nbb-radius-sm);
  background: color-mix(in srgb, var(--nbb-error) 12%, transparent);
  color: var(--nbb-error);
  font-size: 13px;
  overflow-wrap: anywhere;
}
.nbb-icon {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
}
.nbb-icon-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 28px;
  height: 28px;
  padding: 0;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  color: var(--nbb-text-subdued);
  cursor: pointer;
}
.nbb-icon-button:hover {
  color: var(--nbb-text);
  background: var(--nbb-surface-hover);
}
.nbb-icon-button:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 1px;
}
.nbb-empty {
  display: flex;
  align-items: center;
  justify-content: center;
  min-height: 60px;
  color: var(--nbb-text-faint);
  font-size: var(--nbb-font-size-sm);
}
`;var R=`/* Pending overlay, elapsed time and progress. */
.nbb-status {
  position: absolute;
  inset: 0;
  z-index: 5;
  border-radius: inherit;
  pointer-events: none;
}
.nbb-status[data-mode="full"] {
  display: flex;
  align-items: center;
  justify-content: center;
  background: var(--nbb-overlay-bg);
  pointer-events: auto;
  cursor: progress;
}
.nbb-status[data-mode="minimal"] .nbb-status-center {
  display: none;
}
.nbb-status-meta {
  position: absolute;
  top: 4px;
  right: 8px;
  display: flex;
  gap: 4px;
  color: var(--nbb-text-subdued);
  font-family: var(--nbb-mono);
  font-size: 11px;
  font-variant-numeric: tabular-nums;
}
.nbb-status-center {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 8px;
  width: min(80%, 320px);
}
.nbb-spinner {
  width: 24px;
  height: 24px;
  border: 3px solid color-mix(in srgb, var(--nbb-primary) 25%, transparent);
  border-top-color: var(--nbb-primary);
  border-radius: 50%;
  animation: nbb-spin 0.8s linear infinite;
}
@keyframes nbb-spin {
  to {
    transform: rotate(360deg);
  }
}
.nbb-progress {
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 4px;
  width: 100%;
}
.nbb-progress-bar {
  width: 100%;
  height: 6px;
  overflow: hidden;
  border-radius: 999px;
  background: color-mix(in srgb, var(--nbb-primary) 18%, transparent);
}
.nbb-progress-fill {
  width: 0;
  height: 100%;
  border-radius: inherit;
  background: var(--nbb-primary);
  transition: width 0.2s ease-out;
}
.nbb-progress-desc {
  color: var(--nbb-text-subdued);
  font-size: var(--nbb-font-size-sm);
  text-align: center;
}

/* A cancelled event says so for a moment, in the corner where the timer was. */
.nbb-cancelled {
  position: absolute;
  top: 4px;
  right: 8px;
  padding: 0 6px;
  border-radius: 4px;
  background: var(--nbb-surface-2, rgba(127, 127, 127, 0.15));
  color: var(--nbb-text-subdued);
  font-size: 11px;
  pointer-events: none;
}
.nbb-cancelled[hidden] {
  display: none;
}
`;var F=`/* Toasts, stacked in the top-right corner of an app and kept in view while scrolling. */
.nbb-toast-region {
  position: sticky;
  top: 8px;
  z-index: 50;
  height: 0;
}
.nbb-toast-stack {
  position: absolute;
  top: 0;
  right: 8px;
  display: flex;
  flex-direction: column;
  gap: 8px;
  width: min(340px, calc(100% - 16px));
}
.nbb-toast {
  --nbb-toast-color: var(--nbb-info);
  position: relative;
  display: flex;
  align-items: flex-start;
  gap: 10px;
  padding: 12px 10px 14px 12px;
  overflow: hidden;
  border: 1px solid var(--nbb-border);
  border-left: 4px solid var(--nbb-toast-color);
  border-radius: var(--nbb-radius);
  background: var(--nbb-block-bg);
  box-shadow: var(--nbb-shadow-popup);
  animation: nbb-toast-in 0.18s ease-out;
  transition: opacity 0.15s, transform 0.15s;
}
.nbb-toast-error {
  --nbb-toast-color: var(--nbb-error);
}
.nbb-toast-warning {
  --nbb-toast-color: var(--nbb-warning);
}
.nbb-toast-success {
  --nbb-toast-color: var(--nbb-success);
}
.nbb-toast.nbb-toast-leaving {
  opacity: 0;
  transform: translateX(12px);
}
@keyframes nbb-toast-in {
  from {
    opacity: 0;
    transform: translateX(16px);
  }
}
.nbb-toast-icon {
  color: var(--nbb-toast-color);
  margin-top: 1px;
}
.nbb-toast-body {
  flex: 1 1 auto;
  min-width: 0;
}
.nbb-toast-title {
  color: var(--nbb-toast-color);
  font-weight: 600;
}
.nbb-toast-message {
  color: var(--nbb-text);
  font-size: 13px;
  overflow-wrap: anywhere;
  white-space: pre-wrap;
}
.nbb-toast-close {
  display: inline-flex;
  padding: 2px;
  border: none;
  border-radius: 4px;
  background: none;
  color: var(--nbb-text-subdued);
  cursor: pointer;
}
.nbb-toast-close:hover {
  color: var(--nbb-text);
  background: var(--nbb-surface-hover);
}
.nbb-toast-timer {
  position: absolute;
  left: 0;
  bottom: 0;
  width: 100%;
  height: 3px;
  background: var(--nbb-toast-color);
  opacity: 0.6;
  transform-origin: left;
  animation-name: nbb-toast-timer;
  animation-timing-function: linear;
  animation-fill-mode: forwards;
}
@keyframes nbb-toast-timer {
  to {
    transform: scaleX(0);
  }
}
`;var U=`/* App, rows, columns, groups, tabs and accordions. */
.nbb-view-blocks {
  width: 100%;
}
.nbb-view-blocks.nbb-fill-height {
  display: flex;
  flex-direction: column;
  min-height: 100%;
}
.nbb-view-blocks.nbb-fill-height > .nbb-view,
.nbb-view-blocks.nbb-fill-height .nbb-app-body {
  flex: 1 1 auto;
}
.nbb-view-blocks:not(.nbb-fill-width) > .nbb-view {
  max-width: 1280px;
}
.nbb-app-body,
.nbb-column {
  display: flex;
  flex-direction: column;
  gap: var(--nbb-gap);
  min-width: 0;
}
.nbb-app-body > *,
.nbb-column > * {
  min-width: 0;
}
.nbb-app-footer {
  margin-top: var(--nbb-gap);
  color: var(--nbb-text-subdued);
  font-size: var(--nbb-font-size-sm);
}
.nbb-api > summary {
  cursor: pointer;
  text-align: center;
  color: var(--nbb-text-faint);
}
.nbb-api-count {
  color: var(--nbb-text-faint);
}
.nbb-api-url a {
  color: var(--nbb-accent);
}
.nbb-api-head {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--nbb-gap);
}
.nbb-api-snippet {
  margin: 4px 0 var(--nbb-gap);
  padding: 8px;
  overflow-x: auto;
  font-family: var(--nbb-mono);
  background: var(--nbb-surface);
  border: 1px solid var(--nbb-border);
  border-radius: 6px;
}
.nbb-view-row > .nbb-view,
.nbb-view-column > .nbb-view,
.nbb-view-column > .nbb-view > .nbb-column {
  height: 100%;
}
.nbb-row {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: var(--nbb-gap);
  min-width: 0;
}
.nbb-row.nbb-equal-height {
  align-items: stretch;
}
.nbb-row > * {
  flex: 1 1 0%;
  min-width: min(160px, 100%);
}
.nbb-row > .nbb-view-column {
  min-width: min(320px, 100%);
}
.nbb-row.nbb-equal-height > .nbb-block {
  display: flex;
  flex-direction: column;
}
.nbb-row.nbb-equal-height > .nbb-block > .nbb-view {
  flex: 1 1 auto;
}
.nbb-row.nbb-overflow,
.nbb-column.nbb-overflow {
  overflow: auto;
}
.nbb-variant-panel {
  padding: 12px;
  border-radius: var(--nbb-radius);
  background: var(--nbb-panel-bg);
}
.nbb-row.nbb-variant-compact {
  gap: 0;
  overflow: hidden;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius);
}
.nbb-row.nbb-variant-compact > * + * {
  border-left: 1px solid var(--nbb-border);
}
.nbb-row.nbb-variant-compact > .nbb-container,
.nbb-group > .nbb-container {
  border: none;
  border-radius: 0;
  box-shadow: none;
}
.nbb-group {
  display: flex;
  flex-direction: column;
  gap: 0;
  overflow: hidden;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius);
  background: var(--nbb-block-bg);
}
.nbb-group > .nbb-block + .nbb-block {
  border-top: 1px solid var(--nbb-border);
}
.nbb-group > .nbb-block:not(.nbb-container) {
  padding: var(--nbb-block-padding);
}
.nbb-group > .nbb-view-row,
.nbb-group > .nbb-view-column {
  padding: 0;
}
.nbb-group .nbb-row {
  gap: 0;
}
.nbb-group .nbb-row > * + * {
  border-left: 1px solid var(--nbb-border);
}
.nbb-group .nbb-row > .nbb-container {
  border-top: none;
  border-right: none;
  border-bottom: none;
  border-radius: 0;
}

/* Tabs */
.nbb-tab-nav {
  display: flex;
  flex-wrap: wrap;
  gap: 2px;
  margin-bottom: 12px;
  border-bottom: 1px solid var(--nbb-border);
}
.nbb-tab-button {
  margin: 0 0 -1px;
  padding: 8px 14px;
  border: none;
  border-bottom: 2px solid transparent;
  background: none;
  color: var(--nbb-text-subdued);
  font: inherit;
  cursor: pointer;
  white-space: nowrap;
}
.nbb-tab-button:hover:not(:disabled) {
  color: var(--nbb-text);
}
.nbb-tab-button[aria-selected="true"] {
  border-bottom-color: var(--nbb-primary);
  color: var(--nbb-text-strong);
  font-weight: 500;
}
.nbb-tab-button:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: -2px;
  border-radius: 4px 4px 0 0;
}
.nbb-tab-button:disabled {
  opacity: 0.5;
  cursor: not-allowed;
}
.nbb-tab-panels > [data-nbblocks-tab-selected="false"] {
  display: none !important;
}

/* Accordion */
.nbb-accordion-toggle {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  width: 100%;
  padding: 2px 0;
  border: none;
  background: none;
  color: var(--nbb-text);
  font: inherit;
  font-weight: 500;
  text-align: start;
  cursor: pointer;
}
.nbb-accordion-toggle:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 2px;
  border-radius: 4px;
}
.nbb-accordion-icon {
  color: var(--nbb-text-subdued);
  transition: transform 0.15s ease-out;
}
.nbb-accordion-toggle[aria-expanded="false"] .nbb-accordion-icon {
  transform: rotate(90deg);
}
.nbb-accordion-content {
  margin-top: 12px;
}
`;var W=`/* Text-like inputs: Textbox, Number, the Slider's number box, Dropdown's field. */
.nbb-input {
  display: block;
  width: 100%;
  margin: 0;
  padding: 8px 10px;
  border: 1px solid var(--nbb-input-border);
  border-radius: var(--nbb-radius-sm);
  outline: none;
  background: var(--nbb-input-bg);
  box-shadow: none;
  color: var(--nbb-text);
  font: inherit;
  line-height: 1.5;
  transition: border-color 0.12s, box-shadow 0.12s;
}
.nbb-input:focus,
.nbb-dropdown-field:focus-within {
  border-color: var(--nbb-accent);
  box-shadow: 0 0 0 3px var(--nbb-accent-ring);
}
.nbb-input::placeholder,
.nbb-dropdown-input::placeholder {
  color: var(--nbb-text-faint);
  opacity: 1;
}
.nbb-input[readonly],
.nbb-input:disabled {
  cursor: default;
}
.nbb-non-interactive .nbb-input:focus {
  border-color: var(--nbb-input-border);
  box-shadow: none;
}
textarea.nbb-input {
  min-height: 0;
  resize: none;
  overflow-y: hidden;
}
input.nbb-input[type="number"] {
  font-variant-numeric: tabular-nums;
}
.nbb-textbox {
  display: flex;
  align-items: flex-end;
  gap: 8px;
}
.nbb-textbox-field {
  position: relative;
  flex: 1 1 auto;
  min-width: 0;
}
.nbb-textbox-field.nbb-has-copy .nbb-input {
  padding-right: 40px;
}
.nbb-textbox-field .nbb-copy-button {
  position: absolute;
  top: 5px;
  right: 6px;
}
.nbb-textbox-action {
  flex: none;
  min-width: 38px;
  height: 38px;
  padding: 0 12px;
  border: 1px solid transparent;
  border-radius: var(--nbb-radius-sm);
  font: inherit;
  font-weight: 600;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  cursor: pointer;
}
.nbb-textbox-submit {
  background: var(--nbb-primary);
  color: var(--nbb-primary-text);
}
.nbb-textbox-submit:hover {
  background: var(--nbb-primary-hover);
}
.nbb-textbox-stop {
  background: var(--nbb-secondary-bg);
  border-color: var(--nbb-border);
  color: var(--nbb-text);
}
.nbb-textbox-action:disabled {
  opacity: 0.5;
  cursor: not-allowed;
}
`;var H=`/* Buttons. */
.nbb-view-button > .nbb-view {
  height: 100%;
}
.nbb-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 8px;
  width: 100%;
  height: 100%;
  margin: 0;
  padding: 8px 16px;
  border: 1px solid transparent;
  border-radius: var(--nbb-radius);
  font: inherit;
  font-size: 15px;
  font-weight: 600;
  line-height: 1.35;
  text-align: center;
  cursor: pointer;
  transition: background 0.12s, border-color 0.12s, box-shadow 0.12s;
}
.nbb-button.nbb-size-sm {
  padding: 4px 10px;
  border-radius: var(--nbb-radius-sm);
  font-size: 13px;
}
.nbb-button.nbb-size-lg {
  padding: 10px 16px;
  font-size: 16px;
}
.nbb-button:focus-visible {
  outline: none;
  box-shadow: 0 0 0 3px var(--nbb-accent-ring);
}
.nbb-button-primary {
  background: var(--nbb-primary);
  color: var(--nbb-primary-text);
}
.nbb-button-primary:hover:not(:disabled) {
  background: var(--nbb-primary-hover);
}
.nbb-button-secondary {
  border-color: var(--nbb-border);
  background: var(--nbb-secondary-bg);
  color: var(--nbb-text-strong);
}
.nbb-button-secondary:hover:not(:disabled) {
  background: var(--nbb-secondary-hover);
}
.nbb-button-stop {
  background: var(--nbb-stop);
  color: #ffffff;
}
.nbb-button-stop:hover:not(:disabled) {
  background: var(--nbb-stop-hover);
}
.nbb-button-huggingface {
  background: #0b0f19;
  border-color: #374151;
  color: #ffffff;
}
.nbb-button-huggingface:hover:not(:disabled) {
  background: #1f2937;
}
.nbb-button:disabled {
  opacity: 0.5;
  cursor: not-allowed;
}
.nbb-button-icon {
  width: 1.25em;
  height: 1.25em;
  object-fit: contain;
}
`;var J=`/* Checkbox, CheckboxGroup and Radio. */
.nbb-check {
  appearance: none;
  -webkit-appearance: none;
  flex: none;
  width: 16px;
  height: 16px;
  margin: 0;
  border: 1px solid var(--nbb-border-strong);
  border-radius: 4px;
  background: var(--nbb-block-bg);
  cursor: pointer;
  transition: background 0.1s, border-color 0.1s;
}
.nbb-check[type="radio"] {
  border-radius: 50%;
}
.nbb-check:checked {
  border-color: var(--nbb-accent);
  background-color: var(--nbb-accent);
}
.nbb-check[type="checkbox"]:checked {
  background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M4 8.5l2.5 2.5L12 5.5' fill='none' stroke='white' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E");
  background-position: center;
  background-size: 14px;
  background-repeat: no-repeat;
}
.nbb-check[type="radio"]:checked {
  box-shadow: inset 0 0 0 3px var(--nbb-block-bg);
}
.nbb-check:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 2px;
}
.nbb-check:disabled {
  cursor: not-allowed;
  opacity: 0.6;
}
.nbb-checkbox-label {
  display: inline-flex;
  align-items: center;
  gap: 8px;
  cursor: pointer;
  user-select: none;
}
.nbb-non-interactive .nbb-checkbox-label,
.nbb-non-interactive .nbb-choice {
  cursor: default;
}
.nbb-choices {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}
.nbb-choice {
  display: inline-flex;
  align-items: center;
  gap: 8px;
  padding: 6px 12px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-input-bg);
  cursor: pointer;
  user-select: none;
  transition: background 0.1s, border-color 0.1s;
}
.nbb-choice:hover {
  background: var(--nbb-surface-hover);
}
.nbb-choice:has(> .nbb-check:checked) {
  border-color: color-mix(in srgb, var(--nbb-accent) 45%, var(--nbb-border));
  background: color-mix(in srgb, var(--nbb-accent) 8%, var(--nbb-input-bg));
}
`;var G=`/* Dropdown: the field (chips + text input) and the floating option list. */
.nbb-dropdown-field {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
  min-height: 40px;
  padding: 4px 6px 4px 10px;
  border: 1px solid var(--nbb-input-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-input-bg);
  cursor: text;
  transition: border-color 0.12s, box-shadow 0.12s;
}
.nbb-dropdown-field[data-filterable="false"],
.nbb-dropdown-field[data-filterable="false"] .nbb-dropdown-input {
  cursor: pointer;
}
.nbb-dropdown-input {
  flex: 1 1 60px;
  min-width: 60px;
  margin: 0;
  padding: 4px 0;
  border: none;
  outline: none;
  background: transparent;
  box-shadow: none;
  color: var(--nbb-text);
  font: inherit;
}
.nbb-dropdown-chevron {
  margin-left: auto;
  color: var(--nbb-text-subdued);
  transition: transform 0.15s;
}
.nbb-dropdown-field[aria-expanded="true"] .nbb-dropdown-chevron {
  transform: rotate(180deg);
}
.nbb-chip {
  display: inline-flex;
  align-items: center;
  gap: 2px;
  max-width: 100%;
  padding: 1px 3px 1px 8px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-secondary-bg);
  color: var(--nbb-text);
  font-size: 13px;
}
.nbb-chip-text {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nbb-chip-remove,
.nbb-dropdown-clear {
  display: inline-flex;
  padding: 2px;
  border: none;
  border-radius: 4px;
  background: none;
  color: var(--nbb-text-subdued);
  cursor: pointer;
}
.nbb-chip-remove:hover,
.nbb-dropdown-clear:hover {
  background: var(--nbb-surface-hover);
  color: var(--nbb-text);
}
.nbb-dropdown-options {
  position: fixed;
  inset: auto;
  z-index: 1000;
  margin: 0;
  padding: 4px;
  max-height: 240px;
  overflow: auto;
  list-style: none;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  box-shadow: var(--nbb-shadow-popup);
  color: var(--nbb-text);
  font-family: var(--nbb-font);
  font-size: var(--nbb-font-size);
  line-height: 1.5;
}
.nbb-dropdown-options.nbb-popover-fallback {
  position: absolute;
  top: calc(100% + 4px);
  left: 0;
  right: 0;
}
.nbb-dropdown {
  position: relative;
}
.nbb-dropdown-option {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 6px 8px;
  border-radius: 4px;
  cursor: pointer;
}
.nbb-dropdown-option .nbb-dropdown-tick {
  width: 16px;
  color: var(--nbb-accent);
  visibility: hidden;
}
.nbb-dropdown-option[aria-selected="true"] .nbb-dropdown-tick {
  visibility: visible;
}
.nbb-dropdown-option[aria-selected="true"] {
  font-weight: 600;
}
.nbb-dropdown-option[data-active="true"] {
  background: var(--nbb-surface-hover);
}
.nbb-dropdown-option[aria-disabled="true"] {
  opacity: 0.5;
  cursor: not-allowed;
}
.nbb-dropdown-empty {
  padding: 6px 8px;
  color: var(--nbb-text-subdued);
}
`;var K=`/* Slider: range track plus the number box in the header. */
.nbb-slider {
  display: flex;
  align-items: center;
  gap: 10px;
}
.nbb-slider-bound {
  min-width: 2ch;
  color: var(--nbb-text-subdued);
  font-size: var(--nbb-font-size-sm);
  font-variant-numeric: tabular-nums;
  text-align: center;
}
.nbb-slider-number.nbb-input {
  width: 84px;
  padding: 3px 8px;
  font-size: 13px;
}
.nbb-range {
  --nbb-range-fill: 0%;
  flex: 1 1 auto;
  min-width: 0;
  height: 6px;
  margin: 10px 0;
  border-radius: 999px;
  outline: none;
  background: linear-gradient(to right, var(--nbb-primary) var(--nbb-range-fill), var(--nbb-surface-hover) var(--nbb-range-fill));
  appearance: none;
  -webkit-appearance: none;
  cursor: pointer;
}
.nbb-range::-webkit-slider-thumb {
  width: 18px;
  height: 18px;
  border: 1px solid var(--nbb-border-strong);
  border-radius: 50%;
  background: #ffffff;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
  -webkit-appearance: none;
  appearance: none;
}
.nbb-range::-moz-range-thumb {
  width: 18px;
  height: 18px;
  border: 1px solid var(--nbb-border-strong);
  border-radius: 50%;
  background: #ffffff;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
}
.nbb-range:focus-visible::-webkit-slider-thumb {
  box-shadow: 0 0 0 4px var(--nbb-accent-ring);
}
.nbb-range:disabled {
  cursor: not-allowed;
  opacity: 0.6;
}
`;var X=`/* Markdown and HTML content. */
.nbb-prose {
  color: var(--nbb-text);
  overflow-wrap: break-word;
}
.nbb-prose > :first-child {
  margin-top: 0;
}
.nbb-prose > :last-child {
  margin-bottom: 0;
}
.nbb-prose h1,
.nbb-prose h2,
.nbb-prose h3,
.nbb-prose h4,
.nbb-prose h5,
.nbb-prose h6 {
  margin: 1.2em 0 0.5em;
  color: var(--nbb-text-strong);
  font-weight: 600;
  line-height: 1.25;
}
.nbb-prose h1 {
  font-size: 1.9em;
}
.nbb-prose h2 {
  font-size: 1.5em;
}
.nbb-prose h3 {
  font-size: 1.25em;
}
.nbb-prose h4 {
  font-size: 1.1em;
}
.nbb-prose p,
.nbb-prose ul,
.nbb-prose ol,
.nbb-prose blockquote,
.nbb-prose pre,
.nbb-prose table {
  margin: 0 0 0.9em;
}
.nbb-prose ul,
.nbb-prose ol {
  padding-left: 1.6em;
}
.nbb-prose a {
  color: var(--nbb-accent);
  text-decoration: underline;
  text-underline-offset: 2px;
}
.nbb-prose code {
  padding: 0.1em 0.35em;
  border-radius: 4px;
  background: var(--nbb-surface-hover);
  font-family: var(--nbb-mono);
  font-size: 0.88em;
}
.nbb-prose pre {
  padding: 10px 12px;
  overflow: auto;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
}
.nbb-prose pre code {
  padding: 0;
  background: none;
}
.nbb-prose blockquote {
  padding: 0.1em 1em;
  border-left: 3px solid var(--nbb-border-strong);
  color: var(--nbb-text-subdued);
}
.nbb-prose table {
  border-collapse: collapse;
}
.nbb-prose th,
.nbb-prose td {
  padding: 6px 10px;
  border: 1px solid var(--nbb-border);
}
.nbb-prose th {
  background: var(--nbb-surface);
  font-weight: 600;
}
.nbb-prose hr {
  border: none;
  border-top: 1px solid var(--nbb-border);
}
.nbb-prose img {
  max-width: 100%;
}
.nbb-header-anchor {
  margin-left: 0.35em;
  color: var(--nbb-text-faint) !important;
  text-decoration: none !important;
  opacity: 0;
  transition: opacity 0.1s;
}
.nbb-prose :is(h1, h2, h3, h4, h5, h6):hover .nbb-header-anchor {
  opacity: 1;
}
.nbb-scroll {
  overflow: auto;
}
.nbb-markdown-wrap {
  position: relative;
}
.nbb-markdown-wrap > .nbb-copy-button {
  position: absolute;
  top: 0;
  right: 0;
  z-index: 1;
}
.nbb-html.nbb-padded {
  padding: var(--nbb-block-padding);
}
`;var Y=`/* JSON tree and Label (classification) output. */
.nbb-json {
  position: relative;
  overflow: auto;
  font-family: var(--nbb-mono);
  font-size: 13px;
  line-height: 1.6;
}
.nbb-json > .nbb-copy-button {
  position: absolute;
  top: 0;
  right: 0;
}
.nbb-json-line {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.nbb-json-children {
  margin-left: 0.45em;
  padding-left: 1.1em;
  border-left: 1px dashed var(--nbb-border);
}
.nbb-json-toggle {
  display: inline-block;
  width: 1.2em;
  padding: 0;
  border: none;
  background: none;
  color: var(--nbb-text-subdued);
  font: inherit;
  cursor: pointer;
}
.nbb-json-toggle::before {
  content: "▾";
}
.nbb-json-node[data-open="false"] > .nbb-json-line > .nbb-json-toggle::before {
  content: "▸";
}
.nbb-json-node[data-open="false"] > .nbb-json-children,
.nbb-json-node[data-open="false"] > .nbb-json-close {
  display: none;
}
.nbb-json-node[data-open="true"] > .nbb-json-line > .nbb-json-summary {
  display: none;
}
.nbb-json-leaf {
  padding-left: 1.2em;
}
.nbb-json-key {
  color: var(--jp-mirror-editor-property-color, #0550ae);
}
.nbb-json-index {
  color: var(--nbb-text-faint);
}
.nbb-json-string {
  color: var(--jp-mirror-editor-string-color, #0a7f3f);
}
.nbb-json-number {
  color: var(--jp-mirror-editor-number-color, #b45309);
}
.nbb-json-boolean,
.nbb-json-null {
  color: var(--jp-mirror-editor-keyword-color, #8250df);
  font-weight: 600;
}
.nbb-json-punct,
.nbb-json-summary {
  color: var(--nbb-text-subdued);
}
.nbb-label-heading {
  padding: 8px 0 14px;
  color: var(--nbb-text-strong);
  font-size: 28px;
  font-weight: 700;
  line-height: 1.2;
  text-align: center;
  overflow-wrap: anywhere;
}
.nbb-confidences {
  display: flex;
  flex-direction: column;
  gap: 10px;
}
.nbb-confidence {
  display: block;
  width: 100%;
  padding: 2px 0;
  border: none;
  background: none;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;
}
.nbb-confidence:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 2px;
  border-radius: 4px;
}
.nbb-confidence-text {
  display: flex;
  align-items: baseline;
  gap: 8px;
  margin-bottom: 4px;
}
.nbb-confidence-name {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nbb-confidence-dots {
  flex: 1 1 auto;
  border-bottom: 1px dashed var(--nbb-border);
}
.nbb-confidence-value {
  color: var(--nbb-text-subdued);
  font-variant-numeric: tabular-nums;
}
.nbb-confidence-bar {
  height: 8px;
  overflow: hidden;
  border-radius: 999px;
  background: var(--nbb-surface-hover);
}
.nbb-confidence-fill {
  height: 100%;
  border-radius: inherit;
  background: var(--nbb-label-color, var(--nbb-primary));
}
.nbb-confidence:hover .nbb-confidence-name {
  color: var(--nbb-text-strong);
}
`;var Q="nbblocks-style",Z=[D,N,R,F,U,W,H,J,G,K,X,Y].join(`
`),ee=new WeakMap;function ne(e){return e.head??e.documentElement}function re(e){let n=e.getElementById(Q);n||(n=e.createElement("style"),n.id=Q,ne(e).append(n)),n.textContent!==Z&&(n.textContent=Z)}function oe(e,n){if(typeof n!="string"||n.trim()==="")return;let r=ee.get(e);if(r||(r=new Set,ee.set(e,r)),r.has(n))return;r.add(n);let o=e.createElement("style");o.dataset.nbblocksViewCss=Pe(n),o.textContent=n,ne(e).append(o)}function Pe(e){let n=2166136261;for(let r=0;r<e.length;r+=1)n^=e.charCodeAt(r),n=Math.imul(n,16777619);return(n>>>0).toString(16).padStart(8,"0")}var P=new Map;function te(e){if(typeof e!="string"||e.trim()==="")return Promise.reject(new Error("the model has no view_src"));let n=P.get(e);return n||(n=qe(e),P.set(e,n),n.catch(()=>P.delete(e))),n}async function qe(e){let n=URL.createObjectURL(new Blob([e],{type:"text/javascript"}));try{return await import(n)}finally{URL.revokeObjectURL(n)}}function be(e){let n=e?.default??e;if(!n||typeof n.render!="function")throw new Error("the view module must export default { render(ctx) }");return n}function a(e,n=null,...r){let o=document.createElement(e);return n&&Ve(o,n),Ie(o,r),o}function Ie(e,n){for(let r of n.flat(1/0))r==null||r===!1||e.append(r instanceof Node?r:String(r));return e}function Ve(e,n){for(let[r,o]of Object.entries(n))r==="class"?e.className=o??"":r==="style"?typeof o=="string"?e.style.cssText=o:Object.assign(e.style,o):r==="dataset"?Object.assign(e.dataset,o):r==="text"?e.textContent=o??"":r.startsWith("on")&&typeof o=="function"?e.addEventListener(r.slice(2).toLowerCase(),o):r in e&&!r.startsWith("aria")&&r!=="role"?e[r]!==o&&(e[r]=o):o==null||o===!1?e.removeAttribute(r):e.setAttribute(r,o===!0?"":String(o));return e}function C(e,n,r,o,i={}){e.addEventListener(n,r,{...i,signal:o})}function S(e,n){let r=n==null?"":String(n);e.textContent!==r&&(e.textContent=r)}function ae(e,n,r,o=""){r?e.getAttribute(n)!==String(o)&&e.setAttribute(n,String(o)):e.hasAttribute(n)&&e.removeAttribute(n)}function ie(e){return e==null||e===""?"":typeof e=="number"?`${e}px`:String(e)}function Oe(e){let n=e.getRootNode();return!!(n&&n.activeElement===e)}function se(e,n){let r=n==null?"":String(n);if(e.value!==r)if(Oe(e)&&typeof e.selectionStart=="number"){let{selectionStart:o,selectionEnd:i}=e;e.value=r;try{e.setSelectionRange(Math.min(o,r.length),Math.min(i,r.length))}catch{}}else e.value=r}var Be=0,De=Object.freeze({label:!0,info:!0,container:!0,containerDefault:!0});function le(e){return{...De,...e?.chrome??{}}}function de({root:e,model:n,viewName:r,options:o,signal:i}){let c={className:e.className,style:e.style.cssText,id:e.id},t=`nbb-label-${Be+=1}`;e.classList.add("nbb-block",`nbb-view-${r}`),e.dataset.nbblocksView=r;let d=a("span",{id:t,class:o.label==="badge"?"nbb-label nbb-label-badge":"nbb-label",dataset:{nbblocksPart:"label"}}),p=a("div",{class:"nbb-header-extra",dataset:{nbblocksPart:"header-extra"}}),s=a("div",{class:"nbb-header",dataset:{nbblocksPart:"header"}},d,p),x=a("div",{class:"nbb-info",dataset:{nbblocksPart:"info"}}),u=a("div",{class:"nbb-view",dataset:{nbblocksPart:"view"}});e.replaceChildren(s,x,u),C(e,"keydown",b=>{!b.ctrlKey&&!b.metaKey&&!b.altKey&&b.stopPropagation()},i),C(d,"click",()=>{u.querySelector("input:not([type=hidden]), textarea, select, button")?.focus()},i);let h=[],f=null;function m(){let b=n.get("props")??{},j=b.visible??!0;e.classList.toggle("nbb-hidden",j===!1),e.classList.toggle("nbb-invisible",j==="hidden"),ae(e,"aria-hidden",j!==!0&&j!==void 0,"true");let L=o.container==="always"||o.container!==!1&&(b.container??o.containerDefault);e.classList.toggle("nbb-container",!!L),e.classList.toggle("nbb-non-interactive",b.interactive===!1),b.name&&(e.dataset.nbblocksName=b.name);let E=b.elem_id||null;E!==f&&(E?e.id=E:f&&e.removeAttribute("id"),f=E);let A=(Array.isArray(b.elem_classes)?b.elem_classes:typeof b.elem_classes=="string"?b.elem_classes.split(/\s+/):[]).filter(Boolean);for(let z of h)A.includes(z)||e.classList.remove(z);for(let z of A)e.classList.add(z);h=A;let T=b.scale;e.style.flexGrow=T==null?"":String(T),e.style.minWidth=typeof b.min_width=="number"?`min(${b.min_width}px, 100%)`:"";let v=o.label!==!1&&b.show_label!==!1&&b.label!=null&&b.label!=="";S(d,v?b.label:""),d.hidden=!v;let w=o.info!==!1&&b.info!=null&&b.info!=="";S(x,w?b.info:""),x.hidden=!w}m();let g=()=>m();n.on("change:props",g),i.addEventListener("abort",()=>n.off("change:props",g),{once:!0});function l(){e.replaceChildren(),e.className=c.className,e.style.cssText=c.style,c.id?e.id=c.id:e.removeAttribute("id");for(let b of["nbblocksView","nbblocksName","nbblocksState"])delete e.dataset[b];e.removeAttribute("aria-hidden")}return{root:e,viewEl:u,header:p,label:d,labelId:t,update:m,destroy:l}}function q(e,n,r){let o=r?.message??String(r);e.append(a("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},a("strong",null,`View "${n}" failed`)," ",o))}var Ne=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null});function ce({root:e,model:n,signal:r}){let o=a("span",{class:"nbb-status-timer",dataset:{nbblocksPart:"timer"}}),i=a("span",{class:"nbb-status-queue",dataset:{nbblocksPart:"queue"}}),c=a("div",{class:"nbb-status-meta"},i,o),t=a("div",{class:"nbb-spinner",role:"progressbar","aria-label":"Loading",dataset:{nbblocksPart:"spinner"}}),d=a("div",{class:"nbb-progress-fill"}),p=a("div",{class:"nbb-progress-bar"},d),s=a("div",{class:"nbb-progress-desc",dataset:{nbblocksPart:"progress-desc"}}),x=a("div",{class:"nbb-progress",dataset:{nbblocksPart:"progress"}},p,s),u=a("div",{class:"nbb-status-center"},t,x),h=a("div",{class:"nbb-status",dataset:{nbblocksPart:"status"},hidden:!0},c,u),f=a("div",{class:"nbb-cancelled",dataset:{nbblocksPart:"cancelled"},hidden:!0},"Cancelled"),m=a("span",{class:"nbb-error-text"}),g=a("div",{class:"nbb-error",role:"alert",dataset:{nbblocksPart:"error"},hidden:!0},a("strong",null,"Error"),m);e.append(g,h,f);let l=null,b=null,j=null;function L(){l!==null&&S(o,`${((performance.now()-l)/1e3).toFixed(1)}s`)}function E(){l=null,clearInterval(b),b=null}function M(){let v={...Ne,...n.get("status")??{}},w=v.state==="pending";e.dataset.nbblocksState=v.state,e.classList.toggle("nbb-pending",w);let z=l!==null;w&&l===null?(l=performance.now(),b=setInterval(L,100)):w||E(),L(),clearTimeout(j),f.hidden=!(v.state==="idle"&&v.cancelled),f.hidden||(j=setTimeout(()=>{f.hidden=!0},2500)),z&&!w&&v.scroll_to_output&&e.scrollIntoView&&e.scrollIntoView({block:"nearest",behavior:"smooth"});let O=w?v.show_progress??"full":"hidden";h.hidden=O==="hidden",h.dataset.mode=O;let B=v.queue_position;S(i,typeof B=="number"?`queue: ${B+1} |`:""),A(v.progress);let $=v.state==="error";e.classList.toggle("nbb-has-error",$),g.hidden=!$,S(m,$?v.message||"Something went wrong.":"")}function A(v){let w=Array.isArray(v)?v.filter(Boolean):[];if(x.hidden=w.length===0,t.hidden=!1,w.length===0)return;let z=Re(w[0]);p.hidden=z===null,t.hidden=z!==null,z!==null&&(d.style.width=`${(z*100).toFixed(1)}%`),S(s,w.map(Fe).filter(Boolean).join(" · "))}M();let T=()=>M();return n.on("change:status",T),r.addEventListener("abort",()=>{n.off("change:status",T),clearTimeout(j),E()},{once:!0}),{update:M}}function Re(e){return typeof e.progress=="number"?Math.min(1,Math.max(0,e.progress)):typeof e.index=="number"&&typeof e.length=="number"&&e.length>0?Math.min(1,Math.max(0,e.index/e.length)):null}function Fe(e){let n=[];return e.desc&&n.push(e.desc),typeof e.index=="number"&&typeof e.length=="number"?n.push(`${e.index}/${e.length}${e.unit?` ${e.unit}`:""}`):typeof e.index=="number"?n.push(`${e.index}${e.unit?` ${e.unit}`:""}`):typeof e.progress=="number"&&n.push(`${Math.round(e.progress*100)}%`),n.join(" ")}var k=(e,n=16)=>`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${e}</svg>`,Ue={copy:k('<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),check:k('<polyline points="20 6 9 17 4 12"/>'),close:k('<line x1="18" y1="6" x2="6" y2="18"/><line x1="6" y1="6" x2="18" y2="18"/>',14),chevronDown:k('<polyline points="6 9 12 15 18 9"/>'),send:k('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),stop:k('<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>'),reset:k('<polyline points="1 4 1 10 7 10"/><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"/>',14),link:k('<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',14),error:k('<circle cx="12" cy="12" r="10"/><line x1="12" y1="8" x2="12" y2="12"/><line x1="12" y1="16" x2="12.01" y2="16"/>',18),warning:k('<path d="M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"/><line x1="12" y1="9" x2="12" y2="13"/><line x1="12" y1="17" x2="12.01" y2="17"/>',18),info:k('<circle cx="12" cy="12" r="10"/><line x1="12" y1="16" x2="12" y2="12"/><line x1="12" y1="8" x2="12.01" y2="8"/>',18),success:k('<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/>',18)};function I(e,n="nbb-icon"){let r=document.createElement("span");return r.className=n,r.innerHTML=Ue[e]??"",r}var We=["error","warning","info","success"],He={error:"Error",warning:"Warning",info:"Info",success:"Success"};function ue({root:e,model:n,signal:r}){let o=a("div",{class:"nbb-toast-stack",dataset:{nbblocksPart:"toasts"},"aria-live":"polite"}),i=a("div",{class:"nbb-toast-region"},o);e.prepend(i);let c=t=>{t&&t.type==="toast"&&pe(o,t,r)};return n.on("msg:custom",c),r.addEventListener("abort",()=>{n.off("msg:custom",c),i.remove()},{once:!0}),{show:t=>pe(o,t,r)}}function pe(e,{level:n="info",title:r=null,message:o="",duration:i=4},c){let t=We.includes(n)?n:"info",d=a("button",{type:"button",class:"nbb-toast-close","aria-label":"Close",dataset:{nbblocksPart:"toast-close"}},I("close")),p=a("div",{class:`nbb-toast nbb-toast-${t}`,role:t==="error"?"alert":"status",dataset:{nbblocksPart:"toast",level:t}},I(t==="error"?"error":t,"nbb-toast-icon"),a("div",{class:"nbb-toast-body"},a("div",{class:"nbb-toast-title",dataset:{nbblocksPart:"toast-title"}},r||He[t]),a("div",{class:"nbb-toast-message",dataset:{nbblocksPart:"toast-message"}},o??"")),d),s=null,x=()=>{clearTimeout(s),p.classList.add("nbb-toast-leaving"),setTimeout(()=>p.remove(),150)};if(C(d,"click",x,c),typeof i=="number"&&Number.isFinite(i)&&i>0){let u=a("div",{class:"nbb-toast-timer"});u.style.animationDuration=`${i}s`,p.append(u),s=setTimeout(x,i*1e3)}return c.addEventListener("abort",()=>clearTimeout(s),{once:!0}),e.append(p),p}var y=globalThis.__nbblocks??(globalThis.__nbblocks={page:Math.random().toString(36).slice(2)+Date.now().toString(36),seq:Object.create(null),answered:new Set,local:new WeakMap});function _(e,n){let r=e.get("app")||"";return y.seq[r]=(y.seq[r]??0)+1,{...n,app:r,page:y.page,seq:y.seq[r]}}function fe(e){return y.answered.has(e)?!1:(y.answered.add(e),y.answered.size>1e3&&y.answered.delete(y.answered.values().next().value),!0)}function ge(e,n,r){y.local.set(e,{seq:n,value:r})}function xe(e){let n=e.get("value_origin");return!!(n&&n.page===y.page)}function V(e){let n=e.get("value_origin"),r=y.local.get(e);return r&&n&&n.page===y.page&&n.seq<r.seq?r.value:e.get("value")}function he({model:e,signal:n}){let r=async o=>{if(!o||o.type!=="js"||!fe(o.id))return;let i;try{let t=await(0,eval)(`(${o.code})`)(...o.args??[]);i={type:"js_result",id:o.id,value:t===void 0?null:t}}catch(c){i={type:"js_result",id:o.id,error:String(c&&c.message||c)}}e.send(_(e,i))};e.on("msg:custom",r),n.addEventListener("abort",()=>e.off("msg:custom",r),{once:!0})}function ve({model:e,host:n,signal:r},o,{onUpdate:i=null}={}){let c=new Map,t=0;async function d(x,u,h){try{let f=await n.getWidget(x);if(h.aborted)return;await f.render({el:u,signal:h})}catch(f){if(h.aborted)return;console.error(`nbblocks: could not render child ${x}`,f),u.replaceChildren(a("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},a("strong",null,"Could not render a child")," ",f?.message??String(f)))}}async function p(){let x=t+=1,u=Array.isArray(e.get("children"))?e.get("children"):[],h=new Map,f=u.map(g=>{let l=h.get(g)??0;return h.set(g,l+1),l===0?g:`${g}#${l}`});for(let[g,l]of c)f.includes(g)||(l.controller.abort(),l.wrapper.remove(),c.delete(g));let m=[];f.forEach((g,l)=>{let b=c.get(g);if(!b){let L=a("div",{dataset:{nbblocksChild:u[l]}}),E=new AbortController;b={wrapper:L,controller:E},c.set(g,b),m.push({ref:u[l],entry:b})}let j=o.children[l];j!==b.wrapper&&o.insertBefore(b.wrapper,j??null)}),await Promise.all(m.map(({ref:g,entry:l})=>d(g,l.wrapper,l.controller.signal))),x===t&&!r.aborted&&i?.(f.map(g=>c.get(g).wrapper))}let s=()=>{p()};return e.on("change:children",s),r.addEventListener("abort",()=>{e.off("change:children",s);for(let x of c.values())x.controller.abort();c.clear()},{once:!0}),p()}var Je=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null}),me=new Set(["value","props","status","events","children"]);function we({model:e,host:n,signal:r,viewName:o,chrome:i}){return{view:o,el:i.viewEl,root:i.root,header:i.header,labelId:i.labelId,model:e,host:n,signal:r,value:()=>V(e),props:()=>e.get("props")??{},status:()=>({...Je,...e.get("status")??{}}),events:()=>e.get("events")??[],interactive:()=>(e.get("props")??{}).interactive!==!1,setValue(t,{events:d=["input","change"]}={}){e.set("value",t);let p=d.length===0?[_(e,{type:"value",value:t})]:d.map(s=>_(e,{type:"event",event:s,data:null,value:t}));ge(e,p[p.length-1].seq,t);for(let s of p)e.send(s)},dispatch(t,d=null){e.send(_(e,{type:"event",event:t,data:d===void 0?null:d}))},on(t,d){if(!me.has(t))throw new Error(`ctx.on: unknown name "${t}" (use ${[...me].join(", ")})`);let p=t==="value"?()=>{xe(e)||d(V(e))}:()=>d(e.get(t));e.on(`change:${t}`,p);let s=()=>e.off(`change:${t}`,p);return r.addEventListener("abort",s,{once:!0}),s},listen:(t,d,p,s={})=>C(t,d,p,r,s),renderChildren:(t,d={})=>ve({model:e,host:n,signal:r},t,d),h:a,setText:S,setInputValue:se,cssSize:ie}}async function ye({model:e,el:n,host:r,signal:o}){let i=null;async function c(){i?.abort();let p=new AbortController;i=p;let s=p.signal,x=n.ownerDocument??document;re(x),oe(x,e.get("view_css"));let u=String(e.get("view")||"custom"),h=null,f=null;try{h=be(await te(e.get("view_src")))}catch(l){f=l}if(s.aborted)return;let m=de({root:n,model:e,viewName:u,options:le(h),signal:s});if(s.addEventListener("abort",()=>m.destroy(),{once:!0}),ce({root:n,model:e,signal:s}),u==="blocks"&&(ue({root:n,model:e,signal:s}),he({model:e,signal:s})),f){console.error(`nbblocks: could not load view "${u}"`,f),q(m.viewEl,u,f);return}let g=we({model:e,host:r,signal:s,viewName:u,chrome:m});try{let l=await h.render(g);typeof l=="function"&&(s.aborted?l():s.addEventListener("abort",()=>l(),{once:!0}))}catch(l){console.error(`nbblocks: view "${u}" failed to render`,l),s.aborted||q(m.viewEl,u,l)}}let t=()=>{c()};e.on("change:view_src",t),e.on("change:view_css",t);let d=()=>{e.off("change:view_src",t),e.off("change:view_css",t),i?.abort(),i=null};if(o){if(o.aborted)return d;o.addEventListener("abort",d,{once:!0})}return await c(),d}var Gn={async render({model:e,el:n,host:r,signal:o}){return ye({model:e,el:n,host:r,signal:o})}};export{Gn as default};
