var De=/^@(-[a-z]+-)?(import|charset|namespace|font-face|keyframes|property|counter-style|font-feature-values|page|layer\s*[^{]*;)/i;function N(e,n){if(typeof e!="string"||e.trim()==="")return"";let r=[],t=[];for(let d of Fe(e))(De.test(d)?t:r).push(d);let s=r.join(`
`);return`${t.join(`
`)}
${s.trim()?`${n} {
${s}
}`:""}`}function Fe(e){let n=e.replace(/\/\*[\s\S]*?\*\//g,""),r=[],t=0,s=0,d=null;for(let h=0;h<n.length;h+=1){let b=n[h];d?b==="\\"?h+=1:b===d&&(d=null):b==='"'||b==="'"?d=b:b==="{"?t+=1:b==="}"?(t=Math.max(0,t-1),t===0&&(r.push(n.slice(s,h+1).trim()),s=h+1)):b===";"&&t===0&&(r.push(n.slice(s,h+1).trim()),s=h+1)}let c=n.slice(s).trim();return c&&r.push(c),r.filter(Boolean)}var R=`/* Design tokens. They follow JupyterLab's theme variables (light and dark) and fall
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
`;var W=`/* Block chrome: root, container box, header (label), info, errors. */
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
`;var G=`/* Pending overlay, elapsed time and progress. */
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
`;var ae=`/* gr.ColorPicker: the native picker as a swatch, then the hex field. */
.nbb-colorpicker {
  display: flex;
  align-items: center;
  gap: 8px;
}
.nbb-colorpicker-swatch {
  flex: none;
  width: 40px;
  height: 36px;
  padding: 2px;
  border: 1px solid var(--nbb-input-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-input-bg);
  cursor: pointer;
}
.nbb-colorpicker-swatch:disabled {
  cursor: default;
}
.nbb-colorpicker-swatch:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 1px;
}
.nbb-colorpicker-empty .nbb-colorpicker-swatch {
  opacity: 0.5;
}
.nbb-colorpicker-text {
  flex: 1 1 auto;
  min-width: 0;
  font-family: var(--nbb-mono);
}
.nbb-colorpicker-text[aria-invalid="true"],
.nbb-datetime-text[aria-invalid="true"] {
  border-color: var(--nbb-error);
}
`;var ie=`/* gr.DateTime: the text field and the calendar button over the browser's own picker. */
.nbb-datetime {
  display: flex;
  align-items: center;
  gap: 6px;
}
.nbb-datetime-text {
  flex: 1 1 auto;
  min-width: 0;
  font-variant-numeric: tabular-nums;
}
.nbb-datetime-picker {
  position: relative;
  flex: none;
  display: inline-flex;
}
.nbb-datetime-picker[hidden] {
  display: none;
}
.nbb-datetime-button {
  width: 36px;
  height: 36px;
}
/* The native input only anchors its picker popup under the button. */
.nbb-datetime-native {
  position: absolute;
  right: 0;
  bottom: 0;
  width: 1px;
  height: 1px;
  padding: 0;
  border: 0;
  opacity: 0;
  pointer-events: none;
}
`;var se=`/* gr.HighlightedText: legend, tokens with their categories, the label editor. */
.nbb-highlighted {
  display: flex;
  flex-direction: column;
  gap: 8px;
}
.nbb-ht-legend {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
}
.nbb-ht-legend[hidden] {
  display: none;
}
.nbb-ht-legend-item {
  padding: 1px 8px;
  border: 0;
  border-radius: var(--nbb-radius-sm);
  color: black;
  font: inherit;
  font-size: var(--nbb-font-size-sm);
  font-weight: 600;
  cursor: default;
}
.nbb-ht-legend-item:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 1px;
}
.nbb-ht-score-legend {
  display: flex;
  flex: 0 1 320px;
  justify-content: space-between;
  padding: 1px 8px;
  border-radius: var(--nbb-radius-sm);
  background: linear-gradient(to right, rgba(128, 90, 213, 1), transparent, rgba(239, 68, 60, 1));
  color: black;
  font-size: var(--nbb-font-size-sm);
  font-weight: 600;
}
.nbb-ht-text {
  line-height: 2.1;
  color: var(--nbb-text);
  overflow-wrap: anywhere;
  white-space: pre-wrap;
}
.nbb-ht-token {
  position: relative;
  padding: 2px 1px;
  border-radius: var(--nbb-radius-sm);
}
.nbb-ht-labelled {
  padding: 2px 4px;
  margin: 0 1px;
}
.nbb-ht-clickable {
  cursor: pointer;
}
.nbb-ht-clickable:hover {
  filter: brightness(0.95);
}
.nbb-ht-clickable:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 1px;
}
.nbb-ht-token.nbb-ht-dimmed {
  background-color: transparent !important;
  color: inherit !important;
}
.nbb-ht-dimmed .nbb-ht-category {
  opacity: 0.4;
}
.nbb-ht-category {
  margin-left: 4px;
  padding: 0 4px;
  border-radius: var(--nbb-radius-sm);
  color: white;
  font-size: var(--nbb-font-size-sm);
  font-weight: 700;
  text-transform: uppercase;
  vertical-align: middle;
}
.nbb-ht-label-input {
  width: 10ch;
  margin-left: 4px;
  padding: 0 4px;
  border: 1px solid var(--nbb-accent);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  font: inherit;
  font-size: var(--nbb-font-size-sm);
}
.nbb-ht-remove {
  display: none;
  margin-left: 2px;
  padding: 0 3px;
  border: 0;
  border-radius: var(--nbb-radius-sm);
  background: transparent;
  color: inherit;
  font: inherit;
  line-height: 1;
  cursor: pointer;
}
.nbb-ht-token:hover .nbb-ht-remove,
.nbb-ht-token:focus-within .nbb-ht-remove {
  display: inline;
}
.nbb-ht-interactive .nbb-ht-text {
  cursor: text;
}
`;var le=`/* gr.AnnotatedImage: masks stacked over the image, a legend under it. */
.nbb-annotated {
  display: flex;
  flex-direction: column;
  gap: 8px;
}
.nbb-ann-frame {
  position: relative;
  display: flex;
  justify-content: center;
  max-width: 100%;
  overflow: hidden;
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
}
.nbb-ann-frame:fullscreen {
  align-items: center;
  background: #000000;
}
.nbb-ann-stage {
  display: flex;
  align-items: center;
  justify-content: center;
  max-width: 100%;
  min-height: 120px;
}
.nbb-ann-layers {
  position: relative;
  max-width: 100%;
  max-height: 100%;
  height: auto;
}
.nbb-ann-stage[style*="height"] .nbb-ann-layers {
  height: 100%;
}
.nbb-ann-base {
  display: block;
  width: 100%;
  height: 100%;
  object-fit: contain;
}
.nbb-ann-mask {
  position: absolute;
  inset: 0;
  width: 100%;
  height: 100%;
  opacity: 0.85;
  pointer-events: none;
  transition: opacity 0.12s;
}
.nbb-ann-pointing .nbb-ann-mask {
  opacity: 0.25;
}
.nbb-ann-pointing .nbb-ann-mask.nbb-ann-active {
  opacity: 1;
}
.nbb-ann-over {
  cursor: pointer;
}
.nbb-ann-legend {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
}
.nbb-ann-legend[hidden] {
  display: none;
}
.nbb-ann-legend-item {
  padding: 2px 10px;
  border: 1px solid transparent;
  border-radius: var(--nbb-radius-sm);
  color: var(--nbb-text-strong);
  font: inherit;
  font-size: var(--nbb-font-size-sm);
  font-weight: 600;
  cursor: pointer;
}
.nbb-ann-legend-item[aria-pressed="true"] {
  border-color: var(--nbb-text-subdued);
}
.nbb-ann-legend-item:focus-visible {
  outline: 2px solid var(--nbb-accent);
  outline-offset: 1px;
}
`;var de="nbblocks-style",ce=[R,W,G,K,J,X,Y,Q,Z,ee,ne,re,te,oe,be,ae,ie,se,le].join(`
`);function pe(e){return e.head??e.documentElement}function ue(e){let n=e.getElementById(de);n||(n=e.createElement("style"),n.id=de,pe(e).append(n)),n.textContent!==ce&&(n.textContent=ce)}function fe(e,n){if(typeof n!="string"||n.trim()==="")return null;let r=sn(n);if(!e.querySelector(`style[data-nbblocks-view-css="${r}"]`)){let t=e.createElement("style");t.dataset.nbblocksViewCss=r,t.textContent=N(n,`[data-nbblocks-css="${r}"]`),pe(e).append(t)}return r}function sn(e){let n=2166136261;for(let r=0;r<e.length;r+=1)n^=e.charCodeAt(r),n=Math.imul(n,16777619);return(n>>>0).toString(16).padStart(8,"0")}var V=new Map;function ge(e){if(typeof e!="string"||e.trim()==="")return Promise.reject(new Error("the model has no view_src"));let n=V.get(e);return n||(n=ln(e),V.set(e,n),n.catch(()=>V.delete(e))),n}async function ln(e){let n=URL.createObjectURL(new Blob([e],{type:"text/javascript"}));try{return await import(n)}finally{URL.revokeObjectURL(n)}}function xe(e){let n=e?.default??e;if(!n||typeof n.render!="function")throw new Error("the view module must export default { render(ctx) }");return n}function p(e,n=null,...r){let t=document.createElement(e);return n&&cn(t,n),dn(t,r),t}function dn(e,n){for(let r of n.flat(1/0))r==null||r===!1||e.append(r instanceof Node?r:String(r));return e}function cn(e,n){for(let[r,t]of Object.entries(n))r==="class"?e.className=t??"":r==="style"?typeof t=="string"?e.style.cssText=t:Object.assign(e.style,t):r==="dataset"?Object.assign(e.dataset,t):r==="text"?e.textContent=t??"":r.startsWith("on")&&typeof t=="function"?e.addEventListener(r.slice(2).toLowerCase(),t):r in e&&!r.startsWith("aria")&&r!=="role"?e[r]!==t&&(e[r]=t):t==null||t===!1?e.removeAttribute(r):e.setAttribute(r,t===!0?"":String(t));return e}function A(e,n,r,t,s={}){e.addEventListener(n,r,{...s,signal:t})}function S(e,n){let r=n==null?"":String(n);e.textContent!==r&&(e.textContent=r)}function he(e,n,r,t=""){r?e.getAttribute(n)!==String(t)&&e.setAttribute(n,String(t)):e.hasAttribute(n)&&e.removeAttribute(n)}function me(e){return e==null||e===""?"":typeof e=="number"?`${e}px`:String(e)}function pn(e){let n=e.getRootNode();return!!(n&&n.activeElement===e)}function ve(e,n){let r=n==null?"":String(n);if(e.value!==r)if(pn(e)&&typeof e.selectionStart=="number"){let{selectionStart:t,selectionEnd:s}=e;e.value=r;try{e.setSelectionRange(Math.min(t,r.length),Math.min(s,r.length))}catch{}}else e.value=r}function q(e,n){let r=URL.createObjectURL(e),t=document.createElement("a");t.href=r,t.download=n||"file",t.style.display="none",document.body.append(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4)}var un=0,fn=Object.freeze({label:!0,info:!0,container:!0,containerDefault:!0});function we(e){return{...fn,...e?.chrome??{}}}function ye({root:e,model:n,viewName:r,options:t,signal:s}){let d={className:e.className,style:e.style.cssText,id:e.id},c=`nbb-label-${un+=1}`;e.classList.add("nbb-block",`nbb-view-${r}`),e.dataset.nbblocksView=r;let h=p("span",{id:c,class:t.label==="badge"?"nbb-label nbb-label-badge":"nbb-label",dataset:{nbblocksPart:"label"}}),b=p("div",{class:"nbb-header-extra",dataset:{nbblocksPart:"header-extra"}}),o=p("div",{class:"nbb-header",dataset:{nbblocksPart:"header"}},h,b),i=p("div",{class:"nbb-info",dataset:{nbblocksPart:"info"}}),l=p("div",{class:"nbb-view",dataset:{nbblocksPart:"view"}});e.replaceChildren(o,i,l),A(e,"keydown",a=>{!a.ctrlKey&&!a.metaKey&&!a.altKey&&a.stopPropagation()},s),A(h,"click",()=>{l.querySelector("input:not([type=hidden]), textarea, select, button")?.focus()},s);let v=[],f=null;function w(){let a=n.get("props")??{},L=a.visible??!0;e.classList.toggle("nbb-hidden",L===!1),e.classList.toggle("nbb-invisible",L==="hidden"),he(e,"aria-hidden",L!==!0&&L!==void 0,"true");let _=t.container==="always"||t.container!==!1&&(a.container??t.containerDefault);e.classList.toggle("nbb-container",!!_),e.classList.toggle("nbb-non-interactive",a.interactive===!1),a.name&&(e.dataset.nbblocksName=a.name);let j=a.elem_id||null;j!==f&&(j?e.id=j:f&&e.removeAttribute("id"),f=j);let M=(Array.isArray(a.elem_classes)?a.elem_classes:typeof a.elem_classes=="string"?a.elem_classes.split(/\s+/):[]).filter(Boolean);for(let g of v)M.includes(g)||e.classList.remove(g);for(let g of M)e.classList.add(g);v=M;let E=a.scale;e.style.flexGrow=E==null?"":String(E),e.style.minWidth=typeof a.min_width=="number"?`min(${a.min_width}px, 100%)`:"";let y=t.label!==!1&&a.show_label!==!1&&a.label!=null&&a.label!=="";S(h,y?a.label:""),h.hidden=!y;let z=t.info!==!1&&a.info!=null&&a.info!=="";S(i,z?a.info:""),i.hidden=!z}w();let u=()=>w();n.on("change:props",u),s.addEventListener("abort",()=>n.off("change:props",u),{once:!0});function m(){e.replaceChildren(),e.className=d.className,e.style.cssText=d.style,d.id?e.id=d.id:e.removeAttribute("id");for(let a of["nbblocksView","nbblocksName","nbblocksState","nbblocksCss"])delete e.dataset[a];e.removeAttribute("aria-hidden")}return{root:e,viewEl:l,header:b,label:h,labelId:c,update:w,destroy:m}}function O(e,n,r){let t=r?.message??String(r);e.append(p("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},p("strong",null,`View "${n}" failed`)," ",t))}var gn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null});function ke({root:e,model:n,signal:r}){let t=p("span",{class:"nbb-status-timer",dataset:{nbblocksPart:"timer"}}),s=p("span",{class:"nbb-status-queue",dataset:{nbblocksPart:"queue"}}),d=p("div",{class:"nbb-status-meta"},s,t),c=p("div",{class:"nbb-spinner",role:"progressbar","aria-label":"Loading",dataset:{nbblocksPart:"spinner"}}),h=p("div",{class:"nbb-progress-fill"}),b=p("div",{class:"nbb-progress-bar"},h),o=p("div",{class:"nbb-progress-desc",dataset:{nbblocksPart:"progress-desc"}}),i=p("div",{class:"nbb-progress",dataset:{nbblocksPart:"progress"}},b,o),l=p("div",{class:"nbb-status-center"},c,i),v=p("div",{class:"nbb-status",dataset:{nbblocksPart:"status"},hidden:!0},d,l),f=p("div",{class:"nbb-cancelled",dataset:{nbblocksPart:"cancelled"},hidden:!0},"Cancelled"),w=p("span",{class:"nbb-error-text"}),u=p("div",{class:"nbb-error",role:"alert",dataset:{nbblocksPart:"error"},hidden:!0},p("strong",null,"Error"),w);e.append(u,v,f);let m=null,a=null,L=null;function _(){m!==null&&S(t,`${((performance.now()-m)/1e3).toFixed(1)}s`)}function j(){m=null,clearInterval(a),a=null}function $(){let y={...gn,...n.get("status")??{}},z=y.state==="pending";e.dataset.nbblocksState=y.state,e.classList.toggle("nbb-pending",z);let g=m!==null;z&&m===null?(m=performance.now(),a=setInterval(_,100)):z||j(),_(),clearTimeout(L),f.hidden=!(y.state==="idle"&&y.cancelled),f.hidden||(L=setTimeout(()=>{f.hidden=!0},2500)),g&&!z&&y.scroll_to_output&&e.scrollIntoView&&e.scrollIntoView({block:"nearest",behavior:"smooth"});let P=z?y.show_progress??"full":"hidden";v.hidden=P==="hidden",v.dataset.mode=P;let I=y.queue_position;S(s,typeof I=="number"?`queue: ${I+1} |`:""),M(y.progress);let B=y.state==="error";e.classList.toggle("nbb-has-error",B),u.hidden=!B,S(w,B?y.message||"Something went wrong.":"")}function M(y){let z=Array.isArray(y)?y.filter(Boolean):[];if(i.hidden=z.length===0,c.hidden=!1,z.length===0)return;let g=xn(z[0]);b.hidden=g===null,c.hidden=g!==null,g!==null&&(h.style.width=`${(g*100).toFixed(1)}%`),S(o,z.map(hn).filter(Boolean).join(" · "))}$();let E=()=>$();return n.on("change:status",E),r.addEventListener("abort",()=>{n.off("change:status",E),clearTimeout(L),j()},{once:!0}),{update:$}}function xn(e){return typeof e.progress=="number"?Math.min(1,Math.max(0,e.progress)):typeof e.index=="number"&&typeof e.length=="number"&&e.length>0?Math.min(1,Math.max(0,e.index/e.length)):null}function hn(e){let n=[];return e.desc&&n.push(e.desc),typeof e.index=="number"&&typeof e.length=="number"?n.push(`${e.index}/${e.length}${e.unit?` ${e.unit}`:""}`):typeof e.index=="number"?n.push(`${e.index}${e.unit?` ${e.unit}`:""}`):typeof e.progress=="number"&&n.push(`${Math.round(e.progress*100)}%`),n.join(" ")}var x=(e,n=16)=>`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${e}</svg>`,mn={copy:x('<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),check:x('<polyline points="20 6 9 17 4 12"/>'),close:x('<line x1="18" y1="6" x2="6" y2="18"/><line x1="6" y1="6" x2="18" y2="18"/>',14),chevronDown:x('<polyline points="6 9 12 15 18 9"/>'),send:x('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),stop:x('<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>'),reset:x('<polyline points="1 4 1 10 7 10"/><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"/>',14),link:x('<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',14),error:x('<circle cx="12" cy="12" r="10"/><line x1="12" y1="8" x2="12" y2="12"/><line x1="12" y1="16" x2="12.01" y2="16"/>',18),warning:x('<path d="M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"/><line x1="12" y1="9" x2="12" y2="13"/><line x1="12" y1="17" x2="12.01" y2="17"/>',18),info:x('<circle cx="12" cy="12" r="10"/><line x1="12" y1="16" x2="12" y2="12"/><line x1="12" y1="8" x2="12.01" y2="8"/>',18),upload:x('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="17 8 12 3 7 8"/><line x1="12" y1="3" x2="12" y2="15"/>'),download:x('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="7 10 12 15 17 10"/><line x1="12" y1="15" x2="12" y2="3"/>'),calendar:x('<rect x="3" y="4" width="18" height="18" rx="2"/><line x1="16" y1="2" x2="16" y2="6"/><line x1="8" y1="2" x2="8" y2="6"/><line x1="3" y1="10" x2="21" y2="10"/>'),fullscreen:x('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="14" y2="10"/><line x1="3" y1="21" x2="10" y2="14"/>'),camera:x('<path d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z"/><circle cx="12" cy="13" r="4"/>'),clipboard:x('<path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2"/><rect x="8" y="2" width="8" height="4" rx="1"/>'),image:x('<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="8.5" cy="8.5" r="1.5"/><polyline points="21 15 16 10 5 21"/>',32),file:x('<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><polyline points="14 2 14 8 20 8"/>'),trash:x('<polyline points="3 6 5 6 21 6"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/><path d="M10 11v6"/><path d="M14 11v6"/><path d="M9 6V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/>',14),record:x('<circle cx="12" cy="12" r="7" fill="currentColor"/>'),brush:x('<path d="M18.37 2.63 14 7l-1.59-1.59a2 2 0 0 0-2.82 0L8 7l9 9 1.59-1.59a2 2 0 0 0 0-2.82L17 10l4.37-4.37a2.12 2.12 0 1 0-3-3z"/><path d="M9 8c-2 3-4 3.5-7 4l8 10c2-1 6-5 6-7"/>'),eraser:x('<path d="m7 21-4.3-4.3a1 1 0 0 1 0-1.4l9.6-9.6a1 1 0 0 1 1.4 0l5.6 5.6a1 1 0 0 1 0 1.4L13 21"/><line x1="22" y1="21" x2="7" y2="21"/><line x1="5" y1="11" x2="14" y2="20"/>'),crop:x('<path d="M6 2v14a2 2 0 0 0 2 2h14"/><path d="M18 22V8a2 2 0 0 0-2-2H2"/>'),resize:x('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="3" y2="21"/>'),undo:x('<path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-15-6.7L3 13"/>'),redo:x('<path d="M21 7v6h-6"/><path d="M3 17a9 9 0 0 1 15-6.7L21 13"/>'),layers:x('<polygon points="12 2 2 7 12 12 22 7 12 2"/><polyline points="2 17 12 22 22 17"/><polyline points="2 12 12 17 22 12"/>'),plus:x('<line x1="12" y1="5" x2="12" y2="19"/><line x1="5" y1="12" x2="19" y2="12"/>',14),success:x('<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/>',18)};function D(e,n="nbb-icon"){let r=document.createElement("span");return r.className=n,r.innerHTML=mn[e]??"",r}var vn=["error","warning","info","success"],wn={error:"Error",warning:"Warning",info:"Info",success:"Success"};function je({root:e,model:n,signal:r}){let t=p("div",{class:"nbb-toast-stack",dataset:{nbblocksPart:"toasts"},"aria-live":"polite"}),s=p("div",{class:"nbb-toast-region"},t);e.prepend(s);let d=c=>{c&&c.type==="toast"&&ze(t,c,r)};return n.on("msg:custom",d),r.addEventListener("abort",()=>{n.off("msg:custom",d),s.remove()},{once:!0}),{show:c=>ze(t,c,r)}}function ze(e,{level:n="info",title:r=null,message:t="",duration:s=4},d){let c=vn.includes(n)?n:"info",h=p("button",{type:"button",class:"nbb-toast-close","aria-label":"Close",dataset:{nbblocksPart:"toast-close"}},D("close")),b=p("div",{class:`nbb-toast nbb-toast-${c}`,role:c==="error"?"alert":"status",dataset:{nbblocksPart:"toast",level:c}},D(c==="error"?"error":c,"nbb-toast-icon"),p("div",{class:"nbb-toast-body"},p("div",{class:"nbb-toast-title",dataset:{nbblocksPart:"toast-title"}},r||wn[c]),p("div",{class:"nbb-toast-message",dataset:{nbblocksPart:"toast-message"}},t??"")),h),o=null,i=()=>{clearTimeout(o),b.classList.add("nbb-toast-leaving"),setTimeout(()=>b.remove(),150)};if(A(h,"click",i,d),typeof s=="number"&&Number.isFinite(s)&&s>0){let l=p("div",{class:"nbb-toast-timer"});l.style.animationDuration=`${s}s`,b.append(l),o=setTimeout(i,s*1e3)}return d.addEventListener("abort",()=>clearTimeout(o),{once:!0}),e.append(b),b}var k=globalThis.__nbblocks??(globalThis.__nbblocks={page:Math.random().toString(36).slice(2)+Date.now().toString(36),seq:Object.create(null),answered:new Set,local:new WeakMap});function F(){return k.page}function T(e,n){let r=e.get("app")||"";return k.seq[r]=(k.seq[r]??0)+1,{...n,app:r,page:k.page,seq:k.seq[r]}}function Le(e){return k.answered.has(e)?!1:(k.answered.add(e),k.answered.size>1e3&&k.answered.delete(k.answered.values().next().value),!0)}function Ee(e,n,r){k.local.set(e,{seq:n,value:r})}k.settingLocally??(k.settingLocally=new WeakSet);function Se(e,n){k.settingLocally.add(e);try{e.set("value",n)}finally{k.settingLocally.delete(e)}}function Me(e){return k.settingLocally.has(e)}function Ce(e){let n=e.get("value_origin");return!!(n&&n.page===k.page)}function H(e){let n=e.get("value_origin"),r=k.local.get(e);return r&&n&&n.page===k.page&&n.seq<r.seq?r.value:e.get("value")}function _e({model:e,signal:n}){let r=async t=>{if(!t||t.type!=="js"||!Le(t.id))return;let s;try{let c=await(0,eval)(`(${t.code})`)(...t.args??[]);s={type:"js_result",id:t.id,value:c===void 0?null:c}}catch(d){s={type:"js_result",id:t.id,error:String(d&&d.message||d)}}e.send(T(e,s))};e.on("msg:custom",r),n.addEventListener("abort",()=>e.off("msg:custom",r),{once:!0})}function Te({model:e,host:n,signal:r},t,{onUpdate:s=null}={}){let d=new Map,c=0;async function h(i,l,v){try{let f=await n.getWidget(i);if(v.aborted)return;await f.render({el:l,signal:v})}catch(f){if(v.aborted)return;console.error(`nbblocks: could not render child ${i}`,f),l.replaceChildren(p("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},p("strong",null,"Could not render a child")," ",f?.message??String(f)))}}async function b(){let i=c+=1,l=Array.isArray(e.get("children"))?e.get("children"):[],v=new Map,f=l.map(u=>{let m=v.get(u)??0;return v.set(u,m+1),m===0?u:`${u}#${m}`});for(let[u,m]of d)f.includes(u)||(m.controller.abort(),m.wrapper.remove(),d.delete(u));let w=[];f.forEach((u,m)=>{let a=d.get(u);if(!a){let _=p("div",{dataset:{nbblocksChild:l[m]}}),j=new AbortController;a={wrapper:_,controller:j},d.set(u,a),w.push({ref:l[m],entry:a})}let L=t.children[m];L!==a.wrapper&&t.insertBefore(a.wrapper,L??null)}),await Promise.all(w.map(({ref:u,entry:m})=>h(u,m.wrapper,m.controller.signal))),i===c&&!r.aborted&&s?.(f.map(u=>d.get(u).wrapper))}let o=()=>{b()};return e.on("change:children",o),r.addEventListener("abort",()=>{e.off("change:children",o);for(let i of d.values())i.controller.abort();d.clear()},{once:!0}),b()}var U=1<<20,yn=4,kn=64,zn=256*1024*1024,C=globalThis.__nbblocksFiles??(globalThis.__nbblocksFiles=new Map);function $e(e,n){C.delete(e),C.set(e,n);let r=0;for(let t of C.values())r+=t.blob.size;for(;C.size>1&&(C.size>kn||r>zn);){let t=C.keys().next().value;r-=C.get(t).blob.size,C.delete(t)}}var Ae=0;function Pe(){return Ae+=1,`${F()}-${Date.now().toString(36)}-${Ae}`}function Ie(e){return!!(e&&typeof e.path=="string"&&e.url===e.path&&/^(https?:|data:)/i.test(e.path))}function Be(e,n){let r=new Map,t=(o,i)=>{!o||typeof o.id!="string"||o.page!==F()||r.get(o.id)?.(o,i??[])};e.on("msg:custom",t),n.addEventListener("abort",()=>{e.off("msg:custom",t);for(let o of[...r.values()])o({type:"aborted"},[])},{once:!0});let s=(o,i)=>e.send(T(e,o),void 0,i);function d(o,{name:i=null,onProgress:l=null,stream:v=!1}={}){let f=Pe(),w=o.size,u=Math.max(1,Math.ceil(w/U)),m=i||o.name||"file",a=o.type||null;return new Promise((L,_)=>{let j=0,$=0,M=!1,E=!1,y=(g,P)=>{E||(E=!0,r.delete(f),g?_(g):L(P))},z=async()=>{if(!(M||E)){M=!0;try{for(;!E&&j<u&&j-$<yn;){let g=j,P=await o.slice(g*U,(g+1)*U).arrayBuffer();if(E)return;j+=1;let I={type:"upload",id:f,index:g,final:g===u-1};g===0&&Object.assign(I,{name:m,mime:a,size:w,stream:v}),s(I,[P])}}catch(g){y(g)}finally{M=!1}}};r.set(f,g=>{g.type==="upload_progress"?($+=1,l?.(w?Math.min(1,g.received/w):1),z()):g.type==="upload_done"?(l?.(1),$e(g.file.path,{blob:o,mime:a??g.file.mime_type,name:m}),y(null,g.file)):g.type==="upload_error"?y(new Error(g.message||"the upload was refused")):g.type==="aborted"&&y(new Error("the view was removed"))}),l?.(0),z()})}function c(o){let i=C.get(o);if(i)return Promise.resolve(i);let l=Pe();return new Promise((v,f)=>{let w=[];r.set(l,(u,m)=>{if(u.type==="file_data"){if(w[u.index]=m[0]??new ArrayBuffer(0),!u.final)return;r.delete(l);let a={blob:new Blob(w,{type:u.mime||""}),mime:u.mime,name:u.name};$e(o,a),v(a)}else r.delete(l),f(new Error(u.message||"the file could not be read"))}),s({type:"file_request",id:l,path:o})})}async function h(o){if(!o||typeof o.path!="string")return null;if(Ie(o))return{kind:"url",url:o.path};let i=(e.get("blobs")??{})[o.path];if(i&&i.kind==="pixels")return i;if(i&&i.kind==="file")return{kind:"file",mime:i.mime,blob:new Blob([i.data],{type:i.mime})};let l=await c(o.path);return{kind:"file",mime:l.mime,blob:l.blob}}async function b(o){if(!o)return;let i=o.orig_name||String(o.path).split("/").pop()||"file";if(Ie(o)){let f=document.createElement("a");f.href=o.path,f.download=i,f.target="_blank",f.rel="noopener",f.click();return}let l=(e.get("blobs")??{})[o.path];if(l&&l.kind==="file"){q(new Blob([l.data],{type:l.mime}),i);return}let v=await c(o.path);q(v.blob,i)}return{upload:d,fetchFile:c,source:h,download:b}}var jn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null}),Ve=new Set(["value","props","status","events","children","blobs"]);function qe({model:e,host:n,signal:r,viewName:t,chrome:s}){let d=!1,c=Be(e,r);return{view:t,el:s.viewEl,root:s.root,header:s.header,labelId:s.labelId,model:e,host:n,signal:r,value:()=>H(e),props:()=>e.get("props")??{},status:()=>({...jn,...e.get("status")??{}}),events:()=>e.get("events")??[],interactive:()=>(e.get("props")??{}).interactive!==!1,setValue(b,{events:o=["input","change"]}={}){d=!0;try{Se(e,b)}finally{d=!1}let i=o.length===0?[T(e,{type:"value",value:b})]:o.map(l=>T(e,{type:"event",event:l,data:null,value:b}));Ee(e,i[i.length-1].seq,b);for(let l of i)e.send(l)},dispatch(b,o=null){e.send(T(e,{type:"event",event:b,data:o===void 0?null:o}))},on(b,o){if(!Ve.has(b))throw new Error(`ctx.on: unknown name "${b}" (use ${[...Ve].join(", ")})`);let i=b==="value"?()=>{(Me(e)?!d:!Ce(e))&&o(H(e))}:()=>o(e.get(b));e.on(`change:${b}`,i);let l=()=>e.off(`change:${b}`,i);return r.addEventListener("abort",l,{once:!0}),l},listen:(b,o,i,l={})=>A(b,o,i,r,l),renderChildren:(b,o={})=>Te({model:e,host:n,signal:r},b,o),upload:(b,o)=>c.upload(b,o),fetchFile:b=>c.fetchFile(b),fileSource:b=>c.source(b),download:b=>c.download(b),h:p,setText:S,setInputValue:ve,cssSize:me}}async function Oe({model:e,el:n,host:r,signal:t}){let s=null;async function d(){s?.abort();let b=new AbortController;s=b;let o=b.signal,i=n.ownerDocument??document;ue(i);let l=fe(i,e.get("view_css")),v=String(e.get("view")||"custom"),f=null,w=null;try{f=xe(await ge(e.get("view_src")))}catch(a){w=a}if(o.aborted)return;let u=ye({root:n,model:e,viewName:v,options:we(f),signal:o});if(l&&(n.dataset.nbblocksCss=l),o.addEventListener("abort",()=>u.destroy(),{once:!0}),ke({root:n,model:e,signal:o}),v==="blocks"&&(je({root:n,model:e,signal:o}),_e({model:e,signal:o})),w){console.error(`nbblocks: could not load view "${v}"`,w),O(u.viewEl,v,w);return}let m=qe({model:e,host:r,signal:o,viewName:v,chrome:u});try{let a=await f.render(m);typeof a=="function"&&(o.aborted?a():o.addEventListener("abort",()=>a(),{once:!0}))}catch(a){console.error(`nbblocks: view "${v}" failed to render`,a),o.aborted||O(u.viewEl,v,a)}}let c=()=>{d()};e.on("change:view_src",c),e.on("change:view_css",c);let h=()=>{e.off("change:view_src",c),e.off("change:view_css",c),s?.abort(),s=null};if(t){if(t.aborted)return h;t.addEventListener("abort",h,{once:!0})}return await d(),h}var Nr={async render({model:e,el:n,host:r,signal:t}){return Oe({model:e,el:n,host:r,signal:t})}};export{Nr as default};
