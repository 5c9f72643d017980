var Ve=/^@(-[a-z]+-)?(import|charset|namespace|font-face|keyframes|property|counter-style|font-feature-values|page|layer\s*[^{]*;)/i;function N(e,n){if(typeof e!="string"||e.trim()==="")return"";let r=[],t=[];for(let a of qe(e))(Ve.test(a)?t:r).push(a);let d=r.join(`
`);return`${t.join(`
`)}
${d.trim()?`${n} {
${d}
}`:""}`}function qe(e){let n=e.replace(/\/\*[\s\S]*?\*\//g,""),r=[],t=0,d=0,a=null;for(let g=0;g<n.length;g+=1){let b=n[g];a?b==="\\"?g+=1:b===a&&(a=null):b==='"'||b==="'"?a=b:b==="{"?t+=1:b==="}"?(t=Math.max(0,t-1),t===0&&(r.push(n.slice(d,g+1).trim()),d=g+1)):b===";"&&t===0&&(r.push(n.slice(d,g+1).trim()),d=g+1)}let s=n.slice(d).trim();return s&&r.push(s),r.filter(Boolean)}var R=`/* Design tokens. They follow JupyterLab's theme variables (light and dark) and fall
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
`;var G=`/* Block chrome: root, container box, header (label), info, errors. */
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
`;var W=`/* Pending overlay, elapsed time and progress. */
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
`;var K=`/* Toasts, stacked in the top-right corner of an app and kept in view while scrolling. */
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
`;var J=`/* App, rows, columns, groups, tabs and accordions. */
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
`;var X=`/* Text-like inputs: Textbox, Number, the Slider's number box, Dropdown's field. */
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
`;var Y=`/* Buttons. */
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
`;var Q=`/* Checkbox, CheckboxGroup and Radio. */
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
`;var Z=`/* Dropdown: the field (chips + text input) and the floating option list. */
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
`;var ee=`/* Slider: range track plus the number box in the header. */
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
`;var ne=`/* Markdown and HTML content. */
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
/* Gradio's theme variables, for css_template written for Gradio, mapped to ours. */
.nbb-html {
  --body-text-color: var(--nbb-text);
  --body-text-color-subdued: var(--nbb-text-subdued);
  --block-title-text-color: var(--nbb-text-subdued);
  --block-background-fill: var(--nbb-block-bg);
  --background-fill-primary: var(--nbb-surface);
  --background-fill-secondary: var(--nbb-secondary-bg);
  --border-color-primary: var(--nbb-border);
  --border-color-accent: var(--nbb-accent);
  --color-accent: var(--nbb-accent);
  --color-accent-soft: var(--nbb-accent-ring);
  --button-primary-background-fill: var(--nbb-primary);
  --button-primary-text-color: var(--nbb-primary-text);
  --input-background-fill: var(--nbb-input-bg);
  --radius-sm: var(--nbb-radius-sm);
  --radius-md: var(--nbb-radius);
  --radius-lg: var(--nbb-radius);
  --spacing-sm: 4px;
  --spacing-md: 6px;
  --spacing-lg: 8px;
  --spacing-xl: 10px;
  --text-sm: var(--nbb-font-size-sm);
  --text-md: var(--nbb-font-size);
  --text-lg: calc(var(--nbb-font-size) * 1.15);
  --font: var(--nbb-font);
  --font-mono: var(--nbb-mono);
}
.nbb-html-error {
  color: var(--nbb-error);
  white-space: pre-wrap;
}
`;var re=`/* JSON tree and Label (classification) output. */
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
`;var te=`/* gr.Dataset / gr.Examples: a table of samples or a gallery of sample buttons. */
.nbb-dataset-table {
  width: 100%;
  border-collapse: collapse;
  font-size: var(--nbb-font-size);
}
.nbb-dataset-table th {
  padding: 6px 10px;
  border-bottom: 1px solid var(--nbb-border);
  color: var(--nbb-text-subdued);
  font-weight: 600;
  text-align: left;
}
.nbb-dataset-table td {
  max-width: 24em;
  padding: 6px 10px;
  border-bottom: 1px solid var(--nbb-border);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nbb-dataset-table tr.nbb-dataset-sample {
  cursor: pointer;
}
.nbb-dataset-table tr.nbb-dataset-sample:hover,
.nbb-dataset-table tr.nbb-dataset-sample:focus-visible {
  background: var(--nbb-surface-hover);
  outline: none;
}
.nbb-dataset-table tr[aria-selected="true"] {
  background: var(--nbb-surface);
}
.nbb-dataset-gallery {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}
.nbb-dataset-gallery .nbb-dataset-sample {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  max-width: 100%;
  padding: 4px 10px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  font: inherit;
  cursor: pointer;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nbb-dataset-gallery .nbb-dataset-sample:hover,
.nbb-dataset-gallery .nbb-dataset-sample[aria-pressed="true"] {
  border-color: var(--nbb-border-strong);
  background: var(--nbb-surface-hover);
}
.nbb-dataset-disabled .nbb-dataset-sample {
  cursor: default;
  opacity: 0.6;
}
.nbb-example-image {
  max-width: 96px;
  max-height: 64px;
  border-radius: var(--nbb-radius-sm);
  object-fit: cover;
  vertical-align: middle;
}
.nbb-dataset-pages {
  display: flex;
  align-items: center;
  gap: 4px;
  margin-top: 8px;
  color: var(--nbb-text-subdued);
}
.nbb-dataset-page {
  min-width: 2em;
  padding: 2px 6px;
  border: 1px solid transparent;
  border-radius: var(--nbb-radius-sm);
  background: none;
  color: inherit;
  font: inherit;
  cursor: pointer;
}
.nbb-dataset-page[aria-current="page"] {
  border-color: var(--nbb-border-strong);
  color: var(--nbb-text-strong);
  font-weight: 600;
}
`;var oe=`/* Image, File, UploadButton, DownloadButton, Gallery. */
.nbb-image {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: 6px;
}
.nbb-image-frame {
  position: relative;
  display: flex;
  align-items: center;
  justify-content: center;
  min-height: 200px;
  max-width: 100%;
  overflow: hidden;
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
}
.nbb-image-frame:fullscreen {
  background: #000000;
}
.nbb-image-frame[data-state="image"] {
  background: transparent;
  min-height: 0;
}
.nbb-image-media {
  display: block;
  max-width: 100%;
  max-height: 100%;
  width: auto;
  height: auto;
  image-rendering: auto;
}
.nbb-has-height .nbb-image-media {
  max-height: 100%;
}
.nbb-image-frame:fullscreen .nbb-image-media {
  max-width: 100vw;
  max-height: 100vh;
  width: 100%;
  height: 100%;
  object-fit: contain;
}
.nbb-image-media.nbb-selectable {
  cursor: crosshair;
}
.nbb-image-toolbar {
  position: absolute;
  top: 6px;
  right: 6px;
  z-index: 2;
  display: flex;
  gap: 4px;
}
.nbb-image-empty {
  display: flex;
  align-items: center;
  justify-content: center;
  width: 100%;
  min-height: 200px;
  color: var(--nbb-text-faint);
}
.nbb-dropzone {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 4px;
  width: 100%;
  min-height: 160px;
  height: 100%;
  padding: 16px;
  border: 1px dashed var(--nbb-border-strong);
  border-radius: var(--nbb-radius-sm);
  color: var(--nbb-text-subdued);
  text-align: center;
  cursor: pointer;
  transition: border-color 0.12s, background 0.12s;
}
.nbb-dropzone:hover,
.nbb-dropzone.nbb-dragging {
  border-color: var(--nbb-accent);
  background: var(--nbb-surface-hover);
}
.nbb-dropzone:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 1px;
}
.nbb-dropzone.nbb-disabled {
  cursor: default;
  opacity: 0.6;
}
.nbb-drop-icon {
  color: var(--nbb-text-faint);
}
.nbb-drop-heading {
  color: var(--nbb-text);
  font-size: 16px;
  font-weight: 600;
}
.nbb-drop-line {
  font-size: var(--nbb-font-size-sm);
}
.nbb-file-input {
  display: none;
}
.nbb-upload-progress {
  height: 4px;
  overflow: hidden;
  border-radius: 2px;
  background: var(--nbb-surface-hover);
}
.nbb-upload-fill {
  width: 0;
  height: 100%;
  background: var(--nbb-primary);
  transition: width 0.1s;
}
.nbb-upload-error {
  color: var(--nbb-error);
  font-size: var(--nbb-font-size-sm);
  overflow-wrap: anywhere;
}
.nbb-source-bar {
  display: flex;
  justify-content: center;
  gap: 6px;
}
.nbb-source {
  width: 32px;
}
.nbb-source[aria-pressed="true"] {
  border-color: var(--nbb-primary);
  color: var(--nbb-primary);
}
.nbb-webcam {
  position: relative;
  width: 100%;
}
.nbb-webcam-video {
  display: block;
  width: 100%;
  max-height: 480px;
  background: #000000;
  border-radius: var(--nbb-radius-sm);
}
.nbb-webcam-video.nbb-mirrored {
  transform: scaleX(-1);
}
.nbb-webcam-controls {
  position: absolute;
  bottom: 10px;
  left: 0;
  right: 0;
  display: flex;
  justify-content: center;
}
.nbb-webcam-capture,
.nbb-webcam-start {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  padding: 6px 12px;
  border: 1px solid var(--nbb-border);
  border-radius: 999px;
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  font: inherit;
  cursor: pointer;
}
.nbb-stream-toggle.nbb-streaming {
  color: var(--nbb-stop);
}
/* gr.File */
.nbb-file {
  display: flex;
  flex-direction: column;
  gap: 6px;
}
.nbb-file-list {
  display: flex;
  flex-direction: column;
  overflow: auto;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
}
.nbb-file-row {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 6px 10px;
  border-top: 1px solid var(--nbb-border);
}
.nbb-file-row:first-child {
  border-top: none;
}
.nbb-file-row:hover {
  background: var(--nbb-surface-hover);
}
.nbb-file-name {
  flex: 1 1 auto;
  min-width: 0;
  overflow: hidden;
  color: var(--nbb-text);
  text-overflow: ellipsis;
  white-space: nowrap;
  cursor: pointer;
}
.nbb-file-size {
  color: var(--nbb-text-faint);
  font-size: var(--nbb-font-size-sm);
  white-space: nowrap;
}
.nbb-file-link {
  color: var(--nbb-accent);
  font-size: var(--nbb-font-size-sm);
  text-decoration: underline;
  cursor: pointer;
  background: none;
  border: none;
  padding: 0;
  font-family: inherit;
}
.nbb-file-actions {
  display: flex;
  justify-content: flex-end;
  gap: 4px;
}
/* gr.Gallery */
.nbb-gallery {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: 6px;
}
.nbb-gallery-grid {
  display: grid;
  grid-template-columns: repeat(var(--nbb-gallery-columns, 2), minmax(0, 1fr));
  gap: 8px;
  overflow: auto;
}
.nbb-gallery-item {
  position: relative;
  display: flex;
  align-items: center;
  justify-content: center;
  aspect-ratio: 1 / 1;
  overflow: hidden;
  padding: 0;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
  cursor: pointer;
}
.nbb-gallery-item[aria-selected="true"] {
  border-color: var(--nbb-primary);
  box-shadow: 0 0 0 2px var(--nbb-primary);
}
.nbb-gallery-item .nbb-image-media {
  width: 100%;
  height: 100%;
  max-height: none;
  object-fit: var(--nbb-gallery-fit, cover);
}
.nbb-gallery-caption {
  position: absolute;
  left: 0;
  right: 0;
  bottom: 0;
  padding: 2px 6px;
  overflow: hidden;
  background: color-mix(in srgb, var(--nbb-block-bg) 80%, transparent);
  color: var(--nbb-text);
  font-size: var(--nbb-font-size-sm);
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nbb-gallery-preview {
  position: relative;
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 6px;
  padding: 8px;
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
}
.nbb-gallery-preview .nbb-image-media {
  max-height: 60vh;
}
.nbb-gallery-preview-caption {
  color: var(--nbb-text);
}
.nbb-gallery-preview-bar {
  position: absolute;
  top: 6px;
  right: 6px;
  z-index: 2;
  display: flex;
  gap: 4px;
}
.nbb-image-frame[data-state="upload"] {
  background: transparent;
  align-items: stretch;
}
.nbb-image-frame[data-state="upload"] > .nbb-dropzone {
  min-height: 200px;
}
`;var be=`/* gr.ImageEditor, Sketchpad, Paint, ImageMask. */
.nbb-editor {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: 6px;
  min-width: 0;
}
.nbb-editor-toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
}
.nbb-editor-group {
  display: inline-flex;
  align-items: center;
  gap: 4px;
}
.nbb-editor-group + .nbb-editor-group:not([hidden]) {
  padding-left: 8px;
  border-left: 1px solid var(--nbb-border);
}
.nbb-editor-actions {
  margin-left: auto;
}
.nbb-editor-button[aria-pressed="true"] {
  border-color: var(--nbb-primary);
  color: var(--nbb-primary);
}
.nbb-editor-button:disabled {
  opacity: 0.4;
  cursor: default;
}
.nbb-editor-options {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 10px;
  min-height: 30px;
  font-size: var(--nbb-font-size-sm);
  color: var(--nbb-text-subdued);
}
.nbb-swatches {
  display: inline-flex;
  gap: 4px;
}
.nbb-swatch {
  width: 22px;
  height: 22px;
  padding: 0;
  border: 2px solid var(--nbb-block-bg);
  border-radius: 50%;
  box-shadow: 0 0 0 1px var(--nbb-border-strong);
  cursor: pointer;
}
.nbb-swatch[aria-pressed="true"] {
  box-shadow: 0 0 0 2px var(--nbb-primary);
}
.nbb-color-picker {
  width: 28px;
  height: 24px;
  padding: 0;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: none;
  cursor: pointer;
}
.nbb-editor-field {
  display: inline-flex;
  align-items: center;
  gap: 6px;
}
.nbb-editor-size {
  width: 110px;
  accent-color: var(--nbb-primary);
}
.nbb-editor-size-value {
  min-width: 2.5em;
  font-variant-numeric: tabular-nums;
}
.nbb-editor-number {
  width: 6em;
  padding: 2px 6px;
  border: 1px solid var(--nbb-input-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-input-bg);
  color: var(--nbb-text);
  font: inherit;
}
.nbb-editor-text-button {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  padding: 3px 10px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-secondary-bg);
  color: var(--nbb-text);
  font: inherit;
  cursor: pointer;
}
.nbb-editor-text-button.nbb-primary-action {
  border-color: var(--nbb-primary);
  background: var(--nbb-primary);
  color: var(--nbb-primary-text);
}
.nbb-editor-stage {
  position: relative;
  display: flex;
  align-items: center;
  justify-content: center;
  min-height: 120px;
  overflow: hidden;
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
}
.nbb-editor.nbb-has-height .nbb-editor-stage {
  flex: 1 1 auto;
  min-height: 0;
}
.nbb-editor-stage:fullscreen {
  background: #000000;
}
.nbb-editor-surface {
  position: relative;
  flex: none;
  /* A checkerboard behind transparent pixels. */
  background-color: #ffffff;
  background-image: linear-gradient(45deg, #e4e4e4 25%, transparent 25%), linear-gradient(-45deg, #e4e4e4 25%, transparent 25%),
    linear-gradient(45deg, transparent 75%, #e4e4e4 75%), linear-gradient(-45deg, transparent 75%, #e4e4e4 75%);
  background-size: 16px 16px;
  background-position: 0 0, 0 8px, 8px -8px, -8px 0;
  box-shadow: 0 0 0 1px var(--nbb-border);
}
.nbb-editor-canvas {
  display: block;
  width: 100%;
  height: 100%;
  touch-action: none;
  user-select: none;
}
.nbb-editor-surface.nbb-drawing .nbb-editor-canvas {
  cursor: none;
}
.nbb-editor-canvas.nbb-selectable {
  cursor: crosshair;
}
.nbb-brush-cursor {
  position: absolute;
  pointer-events: none;
  border: 1px solid #ffffff;
  border-radius: 50%;
  box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.6);
}
.nbb-brush-cursor.nbb-eraser-cursor {
  border-style: dashed;
}
.nbb-editor-overlay {
  position: absolute;
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 12px;
  background: color-mix(in srgb, var(--nbb-block-bg) 82%, transparent);
}
.nbb-editor-overlay .nbb-dropzone {
  height: 100%;
}
.nbb-editor-webcam .nbb-webcam-controls {
  gap: 8px;
}
.nbb-crop-layer {
  position: absolute;
  inset: 0;
  overflow: hidden;
}
.nbb-crop-box {
  position: absolute;
  box-sizing: border-box;
  border: 1px solid #ffffff;
  outline: 1px dashed rgba(0, 0, 0, 0.7);
  box-shadow: 0 0 0 9999px rgba(0, 0, 0, 0.45);
  cursor: move;
  touch-action: none;
}
.nbb-crop-handle {
  position: absolute;
  width: 12px;
  height: 12px;
  border: 1px solid rgba(0, 0, 0, 0.6);
  background: #ffffff;
  touch-action: none;
}
/* Inside the box, so they stay visible at the image's edges. */
.nbb-crop-nw { left: 0; top: 0; cursor: nwse-resize; }
.nbb-crop-n { left: calc(50% - 6px); top: 0; cursor: ns-resize; }
.nbb-crop-ne { right: 0; top: 0; cursor: nesw-resize; }
.nbb-crop-e { right: 0; top: calc(50% - 6px); cursor: ew-resize; }
.nbb-crop-se { right: 0; bottom: 0; cursor: nwse-resize; }
.nbb-crop-s { left: calc(50% - 6px); bottom: 0; cursor: ns-resize; }
.nbb-crop-sw { left: 0; bottom: 0; cursor: nesw-resize; }
.nbb-crop-w { left: 0; top: calc(50% - 6px); cursor: ew-resize; }
.nbb-editor-layers {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px;
  font-size: var(--nbb-font-size-sm);
}
.nbb-layers-icon {
  color: var(--nbb-text-faint);
}
.nbb-layer-item {
  display: inline-flex;
  align-items: center;
  border: 1px solid var(--nbb-border);
  border-radius: 999px;
  overflow: hidden;
}
.nbb-layer,
.nbb-layer-remove {
  display: inline-flex;
  align-items: center;
  padding: 2px 8px;
  border: none;
  background: var(--nbb-block-bg);
  color: var(--nbb-text-subdued);
  font: inherit;
  cursor: pointer;
}
.nbb-layer-remove {
  padding: 2px 6px 2px 2px;
}
.nbb-layer[aria-selected="true"] {
  background: var(--nbb-primary);
  color: var(--nbb-primary-text);
}
.nbb-layer-add {
  width: 24px;
  height: 24px;
  border-radius: 50%;
}
`;var ae="nbblocks-style",ie=[R,G,W,K,J,X,Y,Q,Z,ee,ne,re,te,oe,be].join(`
`);function se(e){return e.head??e.documentElement}function le(e){let n=e.getElementById(ae);n||(n=e.createElement("style"),n.id=ae,se(e).append(n)),n.textContent!==ie&&(n.textContent=ie)}function de(e,n){if(typeof n!="string"||n.trim()==="")return null;let r=en(n);if(!e.querySelector(`style[data-nbblocks-view-css="${r}"]`)){let t=e.createElement("style");t.dataset.nbblocksViewCss=r,t.textContent=N(n,`[data-nbblocks-css="${r}"]`),se(e).append(t)}return r}function en(e){let n=2166136261;for(let r=0;r<e.length;r+=1)n^=e.charCodeAt(r),n=Math.imul(n,16777619);return(n>>>0).toString(16).padStart(8,"0")}var V=new Map;function ce(e){if(typeof e!="string"||e.trim()==="")return Promise.reject(new Error("the model has no view_src"));let n=V.get(e);return n||(n=nn(e),V.set(e,n),n.catch(()=>V.delete(e))),n}async function nn(e){let n=URL.createObjectURL(new Blob([e],{type:"text/javascript"}));try{return await import(n)}finally{URL.revokeObjectURL(n)}}function pe(e){let n=e?.default??e;if(!n||typeof n.render!="function")throw new Error("the view module must export default { render(ctx) }");return n}function p(e,n=null,...r){let t=document.createElement(e);return n&&tn(t,n),rn(t,r),t}function rn(e,n){for(let r of n.flat(1/0))r==null||r===!1||e.append(r instanceof Node?r:String(r));return e}function tn(e,n){for(let[r,t]of Object.entries(n))r==="class"?e.className=t??"":r==="style"?typeof t=="string"?e.style.cssText=t:Object.assign(e.style,t):r==="dataset"?Object.assign(e.dataset,t):r==="text"?e.textContent=t??"":r.startsWith("on")&&typeof t=="function"?e.addEventListener(r.slice(2).toLowerCase(),t):r in e&&!r.startsWith("aria")&&r!=="role"?e[r]!==t&&(e[r]=t):t==null||t===!1?e.removeAttribute(r):e.setAttribute(r,t===!0?"":String(t));return e}function A(e,n,r,t,d={}){e.addEventListener(n,r,{...d,signal:t})}function E(e,n){let r=n==null?"":String(n);e.textContent!==r&&(e.textContent=r)}function ue(e,n,r,t=""){r?e.getAttribute(n)!==String(t)&&e.setAttribute(n,String(t)):e.hasAttribute(n)&&e.removeAttribute(n)}function fe(e){return e==null||e===""?"":typeof e=="number"?`${e}px`:String(e)}function on(e){let n=e.getRootNode();return!!(n&&n.activeElement===e)}function ge(e,n){let r=n==null?"":String(n);if(e.value!==r)if(on(e)&&typeof e.selectionStart=="number"){let{selectionStart:t,selectionEnd:d}=e;e.value=r;try{e.setSelectionRange(Math.min(t,r.length),Math.min(d,r.length))}catch{}}else e.value=r}function q(e,n){let r=URL.createObjectURL(e),t=document.createElement("a");t.href=r,t.download=n||"file",t.style.display="none",document.body.append(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4)}var bn=0,an=Object.freeze({label:!0,info:!0,container:!0,containerDefault:!0});function xe(e){return{...an,...e?.chrome??{}}}function he({root:e,model:n,viewName:r,options:t,signal:d}){let a={className:e.className,style:e.style.cssText,id:e.id},s=`nbb-label-${bn+=1}`;e.classList.add("nbb-block",`nbb-view-${r}`),e.dataset.nbblocksView=r;let g=p("span",{id:s,class:t.label==="badge"?"nbb-label nbb-label-badge":"nbb-label",dataset:{nbblocksPart:"label"}}),b=p("div",{class:"nbb-header-extra",dataset:{nbblocksPart:"header-extra"}}),o=p("div",{class:"nbb-header",dataset:{nbblocksPart:"header"}},g,b),l=p("div",{class:"nbb-info",dataset:{nbblocksPart:"info"}}),c=p("div",{class:"nbb-view",dataset:{nbblocksPart:"view"}});e.replaceChildren(o,l,c),A(e,"keydown",i=>{!i.ctrlKey&&!i.metaKey&&!i.altKey&&i.stopPropagation()},d),A(g,"click",()=>{c.querySelector("input:not([type=hidden]), textarea, select, button")?.focus()},d);let v=[],f=null;function w(){let i=n.get("props")??{},L=i.visible??!0;e.classList.toggle("nbb-hidden",L===!1),e.classList.toggle("nbb-invisible",L==="hidden"),ue(e,"aria-hidden",L!==!0&&L!==void 0,"true");let T=t.container==="always"||t.container!==!1&&(i.container??t.containerDefault);e.classList.toggle("nbb-container",!!T),e.classList.toggle("nbb-non-interactive",i.interactive===!1),i.name&&(e.dataset.nbblocksName=i.name);let j=i.elem_id||null;j!==f&&(j?e.id=j:f&&e.removeAttribute("id"),f=j);let _=(Array.isArray(i.elem_classes)?i.elem_classes:typeof i.elem_classes=="string"?i.elem_classes.split(/\s+/):[]).filter(Boolean);for(let x of v)_.includes(x)||e.classList.remove(x);for(let x of _)e.classList.add(x);v=_;let S=i.scale;e.style.flexGrow=S==null?"":String(S),e.style.minWidth=typeof i.min_width=="number"?`min(${i.min_width}px, 100%)`:"";let y=t.label!==!1&&i.show_label!==!1&&i.label!=null&&i.label!=="";E(g,y?i.label:""),g.hidden=!y;let z=t.info!==!1&&i.info!=null&&i.info!=="";E(l,z?i.info:""),l.hidden=!z}w();let u=()=>w();n.on("change:props",u),d.addEventListener("abort",()=>n.off("change:props",u),{once:!0});function h(){e.replaceChildren(),e.className=a.className,e.style.cssText=a.style,a.id?e.id=a.id:e.removeAttribute("id");for(let i of["nbblocksView","nbblocksName","nbblocksState","nbblocksCss"])delete e.dataset[i];e.removeAttribute("aria-hidden")}return{root:e,viewEl:c,header:b,label:g,labelId:s,update:w,destroy:h}}function O(e,n,r){let t=r?.message??String(r);e.append(p("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},p("strong",null,`View "${n}" failed`)," ",t))}var sn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null});function me({root:e,model:n,signal:r}){let t=p("span",{class:"nbb-status-timer",dataset:{nbblocksPart:"timer"}}),d=p("span",{class:"nbb-status-queue",dataset:{nbblocksPart:"queue"}}),a=p("div",{class:"nbb-status-meta"},d,t),s=p("div",{class:"nbb-spinner",role:"progressbar","aria-label":"Loading",dataset:{nbblocksPart:"spinner"}}),g=p("div",{class:"nbb-progress-fill"}),b=p("div",{class:"nbb-progress-bar"},g),o=p("div",{class:"nbb-progress-desc",dataset:{nbblocksPart:"progress-desc"}}),l=p("div",{class:"nbb-progress",dataset:{nbblocksPart:"progress"}},b,o),c=p("div",{class:"nbb-status-center"},s,l),v=p("div",{class:"nbb-status",dataset:{nbblocksPart:"status"},hidden:!0},a,c),f=p("div",{class:"nbb-cancelled",dataset:{nbblocksPart:"cancelled"},hidden:!0},"Cancelled"),w=p("span",{class:"nbb-error-text"}),u=p("div",{class:"nbb-error",role:"alert",dataset:{nbblocksPart:"error"},hidden:!0},p("strong",null,"Error"),w);e.append(u,v,f);let h=null,i=null,L=null;function T(){h!==null&&E(t,`${((performance.now()-h)/1e3).toFixed(1)}s`)}function j(){h=null,clearInterval(i),i=null}function $(){let y={...sn,...n.get("status")??{}},z=y.state==="pending";e.dataset.nbblocksState=y.state,e.classList.toggle("nbb-pending",z);let x=h!==null;z&&h===null?(h=performance.now(),i=setInterval(T,100)):z||j(),T(),clearTimeout(L),f.hidden=!(y.state==="idle"&&y.cancelled),f.hidden||(L=setTimeout(()=>{f.hidden=!0},2500)),x&&!z&&y.scroll_to_output&&e.scrollIntoView&&e.scrollIntoView({block:"nearest",behavior:"smooth"});let P=z?y.show_progress??"full":"hidden";v.hidden=P==="hidden",v.dataset.mode=P;let I=y.queue_position;E(d,typeof I=="number"?`queue: ${I+1} |`:""),_(y.progress);let B=y.state==="error";e.classList.toggle("nbb-has-error",B),u.hidden=!B,E(w,B?y.message||"Something went wrong.":"")}function _(y){let z=Array.isArray(y)?y.filter(Boolean):[];if(l.hidden=z.length===0,s.hidden=!1,z.length===0)return;let x=ln(z[0]);b.hidden=x===null,s.hidden=x!==null,x!==null&&(g.style.width=`${(x*100).toFixed(1)}%`),E(o,z.map(dn).filter(Boolean).join(" · "))}$();let S=()=>$();return n.on("change:status",S),r.addEventListener("abort",()=>{n.off("change:status",S),clearTimeout(L),j()},{once:!0}),{update:$}}function ln(e){return typeof e.progress=="number"?Math.min(1,Math.max(0,e.progress)):typeof e.index=="number"&&typeof e.length=="number"&&e.length>0?Math.min(1,Math.max(0,e.index/e.length)):null}function dn(e){let n=[];return e.desc&&n.push(e.desc),typeof e.index=="number"&&typeof e.length=="number"?n.push(`${e.index}/${e.length}${e.unit?` ${e.unit}`:""}`):typeof e.index=="number"?n.push(`${e.index}${e.unit?` ${e.unit}`:""}`):typeof e.progress=="number"&&n.push(`${Math.round(e.progress*100)}%`),n.join(" ")}var m=(e,n=16)=>`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${e}</svg>`,cn={copy:m('<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),check:m('<polyline points="20 6 9 17 4 12"/>'),close:m('<line x1="18" y1="6" x2="6" y2="18"/><line x1="6" y1="6" x2="18" y2="18"/>',14),chevronDown:m('<polyline points="6 9 12 15 18 9"/>'),send:m('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),stop:m('<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>'),reset:m('<polyline points="1 4 1 10 7 10"/><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"/>',14),link:m('<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',14),error:m('<circle cx="12" cy="12" r="10"/><line x1="12" y1="8" x2="12" y2="12"/><line x1="12" y1="16" x2="12.01" y2="16"/>',18),warning:m('<path d="M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"/><line x1="12" y1="9" x2="12" y2="13"/><line x1="12" y1="17" x2="12.01" y2="17"/>',18),info:m('<circle cx="12" cy="12" r="10"/><line x1="12" y1="16" x2="12" y2="12"/><line x1="12" y1="8" x2="12.01" y2="8"/>',18),upload:m('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="17 8 12 3 7 8"/><line x1="12" y1="3" x2="12" y2="15"/>'),download:m('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="7 10 12 15 17 10"/><line x1="12" y1="15" x2="12" y2="3"/>'),fullscreen:m('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="14" y2="10"/><line x1="3" y1="21" x2="10" y2="14"/>'),camera:m('<path d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z"/><circle cx="12" cy="13" r="4"/>'),clipboard:m('<path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2"/><rect x="8" y="2" width="8" height="4" rx="1"/>'),image:m('<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="8.5" cy="8.5" r="1.5"/><polyline points="21 15 16 10 5 21"/>',32),file:m('<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><polyline points="14 2 14 8 20 8"/>'),trash:m('<polyline points="3 6 5 6 21 6"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/><path d="M10 11v6"/><path d="M14 11v6"/><path d="M9 6V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/>',14),record:m('<circle cx="12" cy="12" r="7" fill="currentColor"/>'),brush:m('<path d="M18.37 2.63 14 7l-1.59-1.59a2 2 0 0 0-2.82 0L8 7l9 9 1.59-1.59a2 2 0 0 0 0-2.82L17 10l4.37-4.37a2.12 2.12 0 1 0-3-3z"/><path d="M9 8c-2 3-4 3.5-7 4l8 10c2-1 6-5 6-7"/>'),eraser:m('<path d="m7 21-4.3-4.3a1 1 0 0 1 0-1.4l9.6-9.6a1 1 0 0 1 1.4 0l5.6 5.6a1 1 0 0 1 0 1.4L13 21"/><line x1="22" y1="21" x2="7" y2="21"/><line x1="5" y1="11" x2="14" y2="20"/>'),crop:m('<path d="M6 2v14a2 2 0 0 0 2 2h14"/><path d="M18 22V8a2 2 0 0 0-2-2H2"/>'),resize:m('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="3" y2="21"/>'),undo:m('<path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-15-6.7L3 13"/>'),redo:m('<path d="M21 7v6h-6"/><path d="M3 17a9 9 0 0 1 15-6.7L21 13"/>'),layers:m('<polygon points="12 2 2 7 12 12 22 7 12 2"/><polyline points="2 17 12 22 22 17"/><polyline points="2 12 12 17 22 12"/>'),plus:m('<line x1="12" y1="5" x2="12" y2="19"/><line x1="5" y1="12" x2="19" y2="12"/>',14),success:m('<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/>',18)};function D(e,n="nbb-icon"){let r=document.createElement("span");return r.className=n,r.innerHTML=cn[e]??"",r}var pn=["error","warning","info","success"],un={error:"Error",warning:"Warning",info:"Info",success:"Success"};function we({root:e,model:n,signal:r}){let t=p("div",{class:"nbb-toast-stack",dataset:{nbblocksPart:"toasts"},"aria-live":"polite"}),d=p("div",{class:"nbb-toast-region"},t);e.prepend(d);let a=s=>{s&&s.type==="toast"&&ve(t,s,r)};return n.on("msg:custom",a),r.addEventListener("abort",()=>{n.off("msg:custom",a),d.remove()},{once:!0}),{show:s=>ve(t,s,r)}}function ve(e,{level:n="info",title:r=null,message:t="",duration:d=4},a){let s=pn.includes(n)?n:"info",g=p("button",{type:"button",class:"nbb-toast-close","aria-label":"Close",dataset:{nbblocksPart:"toast-close"}},D("close")),b=p("div",{class:`nbb-toast nbb-toast-${s}`,role:s==="error"?"alert":"status",dataset:{nbblocksPart:"toast",level:s}},D(s==="error"?"error":s,"nbb-toast-icon"),p("div",{class:"nbb-toast-body"},p("div",{class:"nbb-toast-title",dataset:{nbblocksPart:"toast-title"}},r||un[s]),p("div",{class:"nbb-toast-message",dataset:{nbblocksPart:"toast-message"}},t??"")),g),o=null,l=()=>{clearTimeout(o),b.classList.add("nbb-toast-leaving"),setTimeout(()=>b.remove(),150)};if(A(g,"click",l,a),typeof d=="number"&&Number.isFinite(d)&&d>0){let c=p("div",{class:"nbb-toast-timer"});c.style.animationDuration=`${d}s`,b.append(c),o=setTimeout(l,d*1e3)}return a.addEventListener("abort",()=>clearTimeout(o),{once:!0}),e.append(b),b}var k=globalThis.__nbblocks??(globalThis.__nbblocks={page:Math.random().toString(36).slice(2)+Date.now().toString(36),seq:Object.create(null),answered:new Set,local:new WeakMap});function F(){return k.page}function M(e,n){let r=e.get("app")||"";return k.seq[r]=(k.seq[r]??0)+1,{...n,app:r,page:k.page,seq:k.seq[r]}}function ye(e){return k.answered.has(e)?!1:(k.answered.add(e),k.answered.size>1e3&&k.answered.delete(k.answered.values().next().value),!0)}function ke(e,n,r){k.local.set(e,{seq:n,value:r})}k.settingLocally??(k.settingLocally=new WeakSet);function ze(e,n){k.settingLocally.add(e);try{e.set("value",n)}finally{k.settingLocally.delete(e)}}function je(e){return k.settingLocally.has(e)}function Le(e){let n=e.get("value_origin");return!!(n&&n.page===k.page)}function U(e){let n=e.get("value_origin"),r=k.local.get(e);return r&&n&&n.page===k.page&&n.seq<r.seq?r.value:e.get("value")}function Se({model:e,signal:n}){let r=async t=>{if(!t||t.type!=="js"||!ye(t.id))return;let d;try{let s=await(0,eval)(`(${t.code})`)(...t.args??[]);d={type:"js_result",id:t.id,value:s===void 0?null:s}}catch(a){d={type:"js_result",id:t.id,error:String(a&&a.message||a)}}e.send(M(e,d))};e.on("msg:custom",r),n.addEventListener("abort",()=>e.off("msg:custom",r),{once:!0})}function Ee({model:e,host:n,signal:r},t,{onUpdate:d=null}={}){let a=new Map,s=0;async function g(l,c,v){try{let f=await n.getWidget(l);if(v.aborted)return;await f.render({el:c,signal:v})}catch(f){if(v.aborted)return;console.error(`nbblocks: could not render child ${l}`,f),c.replaceChildren(p("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},p("strong",null,"Could not render a child")," ",f?.message??String(f)))}}async function b(){let l=s+=1,c=Array.isArray(e.get("children"))?e.get("children"):[],v=new Map,f=c.map(u=>{let h=v.get(u)??0;return v.set(u,h+1),h===0?u:`${u}#${h}`});for(let[u,h]of a)f.includes(u)||(h.controller.abort(),h.wrapper.remove(),a.delete(u));let w=[];f.forEach((u,h)=>{let i=a.get(u);if(!i){let T=p("div",{dataset:{nbblocksChild:c[h]}}),j=new AbortController;i={wrapper:T,controller:j},a.set(u,i),w.push({ref:c[h],entry:i})}let L=t.children[h];L!==i.wrapper&&t.insertBefore(i.wrapper,L??null)}),await Promise.all(w.map(({ref:u,entry:h})=>g(u,h.wrapper,h.controller.signal))),l===s&&!r.aborted&&d?.(f.map(u=>a.get(u).wrapper))}let o=()=>{b()};return e.on("change:children",o),r.addEventListener("abort",()=>{e.off("change:children",o);for(let l of a.values())l.controller.abort();a.clear()},{once:!0}),b()}var H=1<<20,fn=4,gn=64,xn=256*1024*1024,C=globalThis.__nbblocksFiles??(globalThis.__nbblocksFiles=new Map);function Me(e,n){C.delete(e),C.set(e,n);let r=0;for(let t of C.values())r+=t.blob.size;for(;C.size>1&&(C.size>gn||r>xn);){let t=C.keys().next().value;r-=C.get(t).blob.size,C.delete(t)}}var _e=0;function Ce(){return _e+=1,`${F()}-${Date.now().toString(36)}-${_e}`}function Te(e){return!!(e&&typeof e.path=="string"&&e.url===e.path&&/^(https?:|data:)/i.test(e.path))}function $e(e,n){let r=new Map,t=(o,l)=>{!o||typeof o.id!="string"||o.page!==F()||r.get(o.id)?.(o,l??[])};e.on("msg:custom",t),n.addEventListener("abort",()=>{e.off("msg:custom",t);for(let o of[...r.values()])o({type:"aborted"},[])},{once:!0});let d=(o,l)=>e.send(M(e,o),void 0,l);function a(o,{name:l=null,onProgress:c=null,stream:v=!1}={}){let f=Ce(),w=o.size,u=Math.max(1,Math.ceil(w/H)),h=l||o.name||"file",i=o.type||null;return new Promise((L,T)=>{let j=0,$=0,_=!1,S=!1,y=(x,P)=>{S||(S=!0,r.delete(f),x?T(x):L(P))},z=async()=>{if(!(_||S)){_=!0;try{for(;!S&&j<u&&j-$<fn;){let x=j,P=await o.slice(x*H,(x+1)*H).arrayBuffer();if(S)return;j+=1;let I={type:"upload",id:f,index:x,final:x===u-1};x===0&&Object.assign(I,{name:h,mime:i,size:w,stream:v}),d(I,[P])}}catch(x){y(x)}finally{_=!1}}};r.set(f,x=>{x.type==="upload_progress"?($+=1,c?.(w?Math.min(1,x.received/w):1),z()):x.type==="upload_done"?(c?.(1),Me(x.file.path,{blob:o,mime:i??x.file.mime_type,name:h}),y(null,x.file)):x.type==="upload_error"?y(new Error(x.message||"the upload was refused")):x.type==="aborted"&&y(new Error("the view was removed"))}),c?.(0),z()})}function s(o){let l=C.get(o);if(l)return Promise.resolve(l);let c=Ce();return new Promise((v,f)=>{let w=[];r.set(c,(u,h)=>{if(u.type==="file_data"){if(w[u.index]=h[0]??new ArrayBuffer(0),!u.final)return;r.delete(c);let i={blob:new Blob(w,{type:u.mime||""}),mime:u.mime,name:u.name};Me(o,i),v(i)}else r.delete(c),f(new Error(u.message||"the file could not be read"))}),d({type:"file_request",id:c,path:o})})}async function g(o){if(!o||typeof o.path!="string")return null;if(Te(o))return{kind:"url",url:o.path};let l=(e.get("blobs")??{})[o.path];if(l&&l.kind==="pixels")return l;if(l&&l.kind==="file")return{kind:"file",mime:l.mime,blob:new Blob([l.data],{type:l.mime})};let c=await s(o.path);return{kind:"file",mime:c.mime,blob:c.blob}}async function b(o){if(!o)return;let l=o.orig_name||String(o.path).split("/").pop()||"file";if(Te(o)){let f=document.createElement("a");f.href=o.path,f.download=l,f.target="_blank",f.rel="noopener",f.click();return}let c=(e.get("blobs")??{})[o.path];if(c&&c.kind==="file"){q(new Blob([c.data],{type:c.mime}),l);return}let v=await s(o.path);q(v.blob,l)}return{upload:a,fetchFile:s,source:g,download:b}}function Ae(e,n){let r=new Map,t=a=>{if(!a||a.type!=="server_result")return;let s=r.get(a.id);s&&(r.delete(a.id),a.error!==void 0?s.reject(new Error(a.error)):s.resolve(a.value??null))};e.on("msg:custom",t),n.addEventListener("abort",()=>{e.off("msg:custom",t);for(let a of r.values())a.reject(new Error("the view was removed"));r.clear()},{once:!0});let d=(a,s)=>new Promise((g,b)=>{let o=`${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;r.set(o,{resolve:g,reject:b}),e.send(M(e,{type:"server_call",id:o,fn:a,args:s}))});return new Proxy({},{get:(a,s)=>typeof s=="string"?(...g)=>d(s,g):void 0})}var hn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null}),Pe=new Set(["value","props","status","events","children","blobs"]);function Ie({model:e,host:n,signal:r,viewName:t,chrome:d}){let a=!1,s=$e(e,r);return{view:t,el:d.viewEl,root:d.root,header:d.header,labelId:d.labelId,model:e,host:n,signal:r,value:()=>U(e),props:()=>e.get("props")??{},status:()=>({...hn,...e.get("status")??{}}),events:()=>e.get("events")??[],interactive:()=>(e.get("props")??{}).interactive!==!1,setValue(b,{events:o=["input","change"]}={}){a=!0;try{ze(e,b)}finally{a=!1}let l=o.length===0?[M(e,{type:"value",value:b})]:o.map(c=>M(e,{type:"event",event:c,data:null,value:b}));ke(e,l[l.length-1].seq,b);for(let c of l)e.send(c)},dispatch(b,o=null){e.send(M(e,{type:"event",event:b,data:o===void 0?null:o}))},on(b,o){if(!Pe.has(b))throw new Error(`ctx.on: unknown name "${b}" (use ${[...Pe].join(", ")})`);let l=b==="value"?()=>{(je(e)?!a:!Le(e))&&o(U(e))}:()=>o(e.get(b));e.on(`change:${b}`,l);let c=()=>e.off(`change:${b}`,l);return r.addEventListener("abort",c,{once:!0}),c},listen:(b,o,l,c={})=>A(b,o,l,r,c),renderChildren:(b,o={})=>Ee({model:e,host:n,signal:r},b,o),upload:(b,o)=>s.upload(b,o),fetchFile:b=>s.fetchFile(b),fileSource:b=>s.source(b),download:b=>s.download(b),server:Ae(e,r),h:p,setText:E,setInputValue:ge,cssSize:fe}}async function Be({model:e,el:n,host:r,signal:t}){let d=null;async function a(){d?.abort();let b=new AbortController;d=b;let o=b.signal,l=n.ownerDocument??document;le(l);let c=de(l,e.get("view_css")),v=String(e.get("view")||"custom"),f=null,w=null;try{f=pe(await ce(e.get("view_src")))}catch(i){w=i}if(o.aborted)return;let u=he({root:n,model:e,viewName:v,options:xe(f),signal:o});if(c&&(n.dataset.nbblocksCss=c),o.addEventListener("abort",()=>u.destroy(),{once:!0}),me({root:n,model:e,signal:o}),v==="blocks"&&(we({root:n,model:e,signal:o}),Se({model:e,signal:o})),w){console.error(`nbblocks: could not load view "${v}"`,w),O(u.viewEl,v,w);return}let h=Ie({model:e,host:r,signal:o,viewName:v,chrome:u});try{let i=await f.render(h);typeof i=="function"&&(o.aborted?i():o.addEventListener("abort",()=>i(),{once:!0}))}catch(i){console.error(`nbblocks: view "${v}" failed to render`,i),o.aborted||O(u.viewEl,v,i)}}let s=()=>{a()};e.on("change:view_src",s),e.on("change:view_css",s);let g=()=>{e.off("change:view_src",s),e.off("change:view_css",s),d?.abort(),d=null};if(t){if(t.aborted)return g;t.addEventListener("abort",g,{once:!0})}return await a(),g}var $r={async render({model:e,el:n,host:r,signal:t}){return Be({model:e,el:n,host:r,signal:t})}};export{$r as default};
