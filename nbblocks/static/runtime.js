var Le=/^@(-[a-z]+-)?(import|charset|namespace|font-face|keyframes|property|counter-style|font-feature-values|page|layer\s*[^{]*;)/i;function D(e,n){if(typeof e!="string"||e.trim()==="")return"";let r=[],t=[];for(let i of Se(e))(Le.test(i)?t:r).push(i);let b=r.join(`
`);return`${t.join(`
`)}
${b.trim()?`${n} {
${b}
}`:""}`}function Se(e){let n=e.replace(/\/\*[\s\S]*?\*\//g,""),r=[],t=0,b=0,i=null;for(let a=0;a<n.length;a+=1){let s=n[a];i?s==="\\"?a+=1:s===i&&(i=null):s==='"'||s==="'"?i=s:s==="{"?t+=1:s==="}"?(t=Math.max(0,t-1),t===0&&(r.push(n.slice(b,a+1).trim()),b=a+1)):s===";"&&t===0&&(r.push(n.slice(b,a+1).trim()),b=a+1)}let d=n.slice(b).trim();return d&&r.push(d),r.filter(Boolean)}var N=`/* Design tokens. They follow JupyterLab's theme variables (light and dark) and fall
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
`;var R=`/* Block chrome: root, container box, header (label), info, errors. */
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
`;var F=`/* Pending overlay, elapsed time and progress. */
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
`;var U=`/* Toasts, stacked in the top-right corner of an app and kept in view while scrolling. */
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
`;var W=`/* App, rows, columns, groups, tabs and accordions. */
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
`;var H=`/* Text-like inputs: Textbox, Number, the Slider's number box, Dropdown's field. */
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
`;var G=`/* Buttons. */
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
`;var K=`/* Dropdown: the field (chips + text input) and the floating option list. */
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
`;var X=`/* Slider: range track plus the number box in the header. */
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
`;var Y=`/* Markdown and HTML content. */
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
`;var Q=`/* JSON tree and Label (classification) output. */
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
`;var Z=`/* gr.Dataset / gr.Examples: a table of samples or a gallery of sample buttons. */
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
`;var ee="nbblocks-style",ne=[N,R,F,U,W,H,G,J,K,X,Y,Q,Z].join(`
`);function re(e){return e.head??e.documentElement}function te(e){let n=e.getElementById(ee);n||(n=e.createElement("style"),n.id=ee,re(e).append(n)),n.textContent!==ne&&(n.textContent=ne)}function oe(e,n){if(typeof n!="string"||n.trim()==="")return null;let r=De(n);if(!e.querySelector(`style[data-nbblocks-view-css="${r}"]`)){let t=e.createElement("style");t.dataset.nbblocksViewCss=r,t.textContent=D(n,`[data-nbblocks-css="${r}"]`),re(e).append(t)}return r}function De(e){let n=2166136261;for(let r=0;r<e.length;r+=1)n^=e.charCodeAt(r),n=Math.imul(n,16777619);return(n>>>0).toString(16).padStart(8,"0")}var P=new Map;function be(e){if(typeof e!="string"||e.trim()==="")return Promise.reject(new Error("the model has no view_src"));let n=P.get(e);return n||(n=Ne(e),P.set(e,n),n.catch(()=>P.delete(e))),n}async function Ne(e){let n=URL.createObjectURL(new Blob([e],{type:"text/javascript"}));try{return await import(n)}finally{URL.revokeObjectURL(n)}}function ae(e){let n=e?.default??e;if(!n||typeof n.render!="function")throw new Error("the view module must export default { render(ctx) }");return n}function l(e,n=null,...r){let t=document.createElement(e);return n&&Fe(t,n),Re(t,r),t}function Re(e,n){for(let r of n.flat(1/0))r==null||r===!1||e.append(r instanceof Node?r:String(r));return e}function Fe(e,n){for(let[r,t]of Object.entries(n))r==="class"?e.className=t??"":r==="style"?typeof t=="string"?e.style.cssText=t:Object.assign(e.style,t):r==="dataset"?Object.assign(e.dataset,t):r==="text"?e.textContent=t??"":r.startsWith("on")&&typeof t=="function"?e.addEventListener(r.slice(2).toLowerCase(),t):r in e&&!r.startsWith("aria")&&r!=="role"?e[r]!==t&&(e[r]=t):t==null||t===!1?e.removeAttribute(r):e.setAttribute(r,t===!0?"":String(t));return e}function E(e,n,r,t,b={}){e.addEventListener(n,r,{...b,signal:t})}function L(e,n){let r=n==null?"":String(n);e.textContent!==r&&(e.textContent=r)}function ie(e,n,r,t=""){r?e.getAttribute(n)!==String(t)&&e.setAttribute(n,String(t)):e.hasAttribute(n)&&e.removeAttribute(n)}function se(e){return e==null||e===""?"":typeof e=="number"?`${e}px`:String(e)}function Ue(e){let n=e.getRootNode();return!!(n&&n.activeElement===e)}function le(e,n){let r=n==null?"":String(n);if(e.value!==r)if(Ue(e)&&typeof e.selectionStart=="number"){let{selectionStart:t,selectionEnd:b}=e;e.value=r;try{e.setSelectionRange(Math.min(t,r.length),Math.min(b,r.length))}catch{}}else e.value=r}var We=0,He=Object.freeze({label:!0,info:!0,container:!0,containerDefault:!0});function de(e){return{...He,...e?.chrome??{}}}function ce({root:e,model:n,viewName:r,options:t,signal:b}){let i={className:e.className,style:e.style.cssText,id:e.id},d=`nbb-label-${We+=1}`;e.classList.add("nbb-block",`nbb-view-${r}`),e.dataset.nbblocksView=r;let a=l("span",{id:d,class:t.label==="badge"?"nbb-label nbb-label-badge":"nbb-label",dataset:{nbblocksPart:"label"}}),s=l("div",{class:"nbb-header-extra",dataset:{nbblocksPart:"header-extra"}}),c=l("div",{class:"nbb-header",dataset:{nbblocksPart:"header"}},a,s),p=l("div",{class:"nbb-info",dataset:{nbblocksPart:"info"}}),v=l("div",{class:"nbb-view",dataset:{nbblocksPart:"view"}});e.replaceChildren(c,p,v),E(e,"keydown",o=>{!o.ctrlKey&&!o.metaKey&&!o.altKey&&o.stopPropagation()},b),E(a,"click",()=>{v.querySelector("input:not([type=hidden]), textarea, select, button")?.focus()},b);let x=[],g=null;function w(){let o=n.get("props")??{},j=o.visible??!0;e.classList.toggle("nbb-hidden",j===!1),e.classList.toggle("nbb-invisible",j==="hidden"),ie(e,"aria-hidden",j!==!0&&j!==void 0,"true");let C=t.container==="always"||t.container!==!1&&(o.container??t.containerDefault);e.classList.toggle("nbb-container",!!C),e.classList.toggle("nbb-non-interactive",o.interactive===!1),o.name&&(e.dataset.nbblocksName=o.name);let S=o.elem_id||null;S!==g&&(S?e.id=S:g&&e.removeAttribute("id"),g=S);let _=(Array.isArray(o.elem_classes)?o.elem_classes:typeof o.elem_classes=="string"?o.elem_classes.split(/\s+/):[]).filter(Boolean);for(let z of x)_.includes(z)||e.classList.remove(z);for(let z of _)e.classList.add(z);x=_;let T=o.scale;e.style.flexGrow=T==null?"":String(T),e.style.minWidth=typeof o.min_width=="number"?`min(${o.min_width}px, 100%)`:"";let m=t.label!==!1&&o.show_label!==!1&&o.label!=null&&o.label!=="";L(a,m?o.label:""),a.hidden=!m;let y=t.info!==!1&&o.info!=null&&o.info!=="";L(p,y?o.info:""),p.hidden=!y}w();let u=()=>w();n.on("change:props",u),b.addEventListener("abort",()=>n.off("change:props",u),{once:!0});function f(){e.replaceChildren(),e.className=i.className,e.style.cssText=i.style,i.id?e.id=i.id:e.removeAttribute("id");for(let o of["nbblocksView","nbblocksName","nbblocksState","nbblocksCss"])delete e.dataset[o];e.removeAttribute("aria-hidden")}return{root:e,viewEl:v,header:s,label:a,labelId:d,update:w,destroy:f}}function q(e,n,r){let t=r?.message??String(r);e.append(l("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},l("strong",null,`View "${n}" failed`)," ",t))}var Ge=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null});function pe({root:e,model:n,signal:r}){let t=l("span",{class:"nbb-status-timer",dataset:{nbblocksPart:"timer"}}),b=l("span",{class:"nbb-status-queue",dataset:{nbblocksPart:"queue"}}),i=l("div",{class:"nbb-status-meta"},b,t),d=l("div",{class:"nbb-spinner",role:"progressbar","aria-label":"Loading",dataset:{nbblocksPart:"spinner"}}),a=l("div",{class:"nbb-progress-fill"}),s=l("div",{class:"nbb-progress-bar"},a),c=l("div",{class:"nbb-progress-desc",dataset:{nbblocksPart:"progress-desc"}}),p=l("div",{class:"nbb-progress",dataset:{nbblocksPart:"progress"}},s,c),v=l("div",{class:"nbb-status-center"},d,p),x=l("div",{class:"nbb-status",dataset:{nbblocksPart:"status"},hidden:!0},i,v),g=l("div",{class:"nbb-cancelled",dataset:{nbblocksPart:"cancelled"},hidden:!0},"Cancelled"),w=l("span",{class:"nbb-error-text"}),u=l("div",{class:"nbb-error",role:"alert",dataset:{nbblocksPart:"error"},hidden:!0},l("strong",null,"Error"),w);e.append(u,x,g);let f=null,o=null,j=null;function C(){f!==null&&L(t,`${((performance.now()-f)/1e3).toFixed(1)}s`)}function S(){f=null,clearInterval(o),o=null}function A(){let m={...Ge,...n.get("status")??{}},y=m.state==="pending";e.dataset.nbblocksState=m.state,e.classList.toggle("nbb-pending",y);let z=f!==null;y&&f===null?(f=performance.now(),o=setInterval(C,100)):y||S(),C(),clearTimeout(j),g.hidden=!(m.state==="idle"&&m.cancelled),g.hidden||(j=setTimeout(()=>{g.hidden=!0},2500)),z&&!y&&m.scroll_to_output&&e.scrollIntoView&&e.scrollIntoView({block:"nearest",behavior:"smooth"});let B=y?m.show_progress??"full":"hidden";x.hidden=B==="hidden",x.dataset.mode=B;let O=m.queue_position;L(b,typeof O=="number"?`queue: ${O+1} |`:""),_(m.progress);let M=m.state==="error";e.classList.toggle("nbb-has-error",M),u.hidden=!M,L(w,M?m.message||"Something went wrong.":"")}function _(m){let y=Array.isArray(m)?m.filter(Boolean):[];if(p.hidden=y.length===0,d.hidden=!1,y.length===0)return;let z=Je(y[0]);s.hidden=z===null,d.hidden=z!==null,z!==null&&(a.style.width=`${(z*100).toFixed(1)}%`),L(c,y.map(Ke).filter(Boolean).join(" · "))}A();let T=()=>A();return n.on("change:status",T),r.addEventListener("abort",()=>{n.off("change:status",T),clearTimeout(j),S()},{once:!0}),{update:A}}function Je(e){return typeof e.progress=="number"?Math.min(1,Math.max(0,e.progress)):typeof e.index=="number"&&typeof e.length=="number"&&e.length>0?Math.min(1,Math.max(0,e.index/e.length)):null}function Ke(e){let n=[];return e.desc&&n.push(e.desc),typeof e.index=="number"&&typeof e.length=="number"?n.push(`${e.index}/${e.length}${e.unit?` ${e.unit}`:""}`):typeof e.index=="number"?n.push(`${e.index}${e.unit?` ${e.unit}`:""}`):typeof e.progress=="number"&&n.push(`${Math.round(e.progress*100)}%`),n.join(" ")}var k=(e,n=16)=>`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${e}</svg>`,Xe={copy:k('<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),check:k('<polyline points="20 6 9 17 4 12"/>'),close:k('<line x1="18" y1="6" x2="6" y2="18"/><line x1="6" y1="6" x2="18" y2="18"/>',14),chevronDown:k('<polyline points="6 9 12 15 18 9"/>'),send:k('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),stop:k('<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>'),reset:k('<polyline points="1 4 1 10 7 10"/><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"/>',14),link:k('<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',14),error:k('<circle cx="12" cy="12" r="10"/><line x1="12" y1="8" x2="12" y2="12"/><line x1="12" y1="16" x2="12.01" y2="16"/>',18),warning:k('<path d="M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"/><line x1="12" y1="9" x2="12" y2="13"/><line x1="12" y1="17" x2="12.01" y2="17"/>',18),info:k('<circle cx="12" cy="12" r="10"/><line x1="12" y1="16" x2="12" y2="12"/><line x1="12" y1="8" x2="12.01" y2="8"/>',18),success:k('<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/>',18)};function I(e,n="nbb-icon"){let r=document.createElement("span");return r.className=n,r.innerHTML=Xe[e]??"",r}var Ye=["error","warning","info","success"],Qe={error:"Error",warning:"Warning",info:"Info",success:"Success"};function fe({root:e,model:n,signal:r}){let t=l("div",{class:"nbb-toast-stack",dataset:{nbblocksPart:"toasts"},"aria-live":"polite"}),b=l("div",{class:"nbb-toast-region"},t);e.prepend(b);let i=d=>{d&&d.type==="toast"&&ue(t,d,r)};return n.on("msg:custom",i),r.addEventListener("abort",()=>{n.off("msg:custom",i),b.remove()},{once:!0}),{show:d=>ue(t,d,r)}}function ue(e,{level:n="info",title:r=null,message:t="",duration:b=4},i){let d=Ye.includes(n)?n:"info",a=l("button",{type:"button",class:"nbb-toast-close","aria-label":"Close",dataset:{nbblocksPart:"toast-close"}},I("close")),s=l("div",{class:`nbb-toast nbb-toast-${d}`,role:d==="error"?"alert":"status",dataset:{nbblocksPart:"toast",level:d}},I(d==="error"?"error":d,"nbb-toast-icon"),l("div",{class:"nbb-toast-body"},l("div",{class:"nbb-toast-title",dataset:{nbblocksPart:"toast-title"}},r||Qe[d]),l("div",{class:"nbb-toast-message",dataset:{nbblocksPart:"toast-message"}},t??"")),a),c=null,p=()=>{clearTimeout(c),s.classList.add("nbb-toast-leaving"),setTimeout(()=>s.remove(),150)};if(E(a,"click",p,i),typeof b=="number"&&Number.isFinite(b)&&b>0){let v=l("div",{class:"nbb-toast-timer"});v.style.animationDuration=`${b}s`,s.append(v),c=setTimeout(p,b*1e3)}return i.addEventListener("abort",()=>clearTimeout(c),{once:!0}),e.append(s),s}var h=globalThis.__nbblocks??(globalThis.__nbblocks={page:Math.random().toString(36).slice(2)+Date.now().toString(36),seq:Object.create(null),answered:new Set,local:new WeakMap});function $(e,n){let r=e.get("app")||"";return h.seq[r]=(h.seq[r]??0)+1,{...n,app:r,page:h.page,seq:h.seq[r]}}function ge(e){return h.answered.has(e)?!1:(h.answered.add(e),h.answered.size>1e3&&h.answered.delete(h.answered.values().next().value),!0)}function xe(e,n,r){h.local.set(e,{seq:n,value:r})}h.settingLocally??(h.settingLocally=new WeakSet);function he(e,n){h.settingLocally.add(e);try{e.set("value",n)}finally{h.settingLocally.delete(e)}}function ve(e){return h.settingLocally.has(e)}function me(e){let n=e.get("value_origin");return!!(n&&n.page===h.page)}function V(e){let n=e.get("value_origin"),r=h.local.get(e);return r&&n&&n.page===h.page&&n.seq<r.seq?r.value:e.get("value")}function we({model:e,signal:n}){let r=async t=>{if(!t||t.type!=="js"||!ge(t.id))return;let b;try{let d=await(0,eval)(`(${t.code})`)(...t.args??[]);b={type:"js_result",id:t.id,value:d===void 0?null:d}}catch(i){b={type:"js_result",id:t.id,error:String(i&&i.message||i)}}e.send($(e,b))};e.on("msg:custom",r),n.addEventListener("abort",()=>e.off("msg:custom",r),{once:!0})}function ye({model:e,host:n,signal:r},t,{onUpdate:b=null}={}){let i=new Map,d=0;async function a(p,v,x){try{let g=await n.getWidget(p);if(x.aborted)return;await g.render({el:v,signal:x})}catch(g){if(x.aborted)return;console.error(`nbblocks: could not render child ${p}`,g),v.replaceChildren(l("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},l("strong",null,"Could not render a child")," ",g?.message??String(g)))}}async function s(){let p=d+=1,v=Array.isArray(e.get("children"))?e.get("children"):[],x=new Map,g=v.map(u=>{let f=x.get(u)??0;return x.set(u,f+1),f===0?u:`${u}#${f}`});for(let[u,f]of i)g.includes(u)||(f.controller.abort(),f.wrapper.remove(),i.delete(u));let w=[];g.forEach((u,f)=>{let o=i.get(u);if(!o){let C=l("div",{dataset:{nbblocksChild:v[f]}}),S=new AbortController;o={wrapper:C,controller:S},i.set(u,o),w.push({ref:v[f],entry:o})}let j=t.children[f];j!==o.wrapper&&t.insertBefore(o.wrapper,j??null)}),await Promise.all(w.map(({ref:u,entry:f})=>a(u,f.wrapper,f.controller.signal))),p===d&&!r.aborted&&b?.(g.map(u=>i.get(u).wrapper))}let c=()=>{s()};return e.on("change:children",c),r.addEventListener("abort",()=>{e.off("change:children",c);for(let p of i.values())p.controller.abort();i.clear()},{once:!0}),s()}var Ze=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null}),ke=new Set(["value","props","status","events","children"]);function je({model:e,host:n,signal:r,viewName:t,chrome:b}){let i=!1;return{view:t,el:b.viewEl,root:b.root,header:b.header,labelId:b.labelId,model:e,host:n,signal:r,value:()=>V(e),props:()=>e.get("props")??{},status:()=>({...Ze,...e.get("status")??{}}),events:()=>e.get("events")??[],interactive:()=>(e.get("props")??{}).interactive!==!1,setValue(a,{events:s=["input","change"]}={}){i=!0;try{he(e,a)}finally{i=!1}let c=s.length===0?[$(e,{type:"value",value:a})]:s.map(p=>$(e,{type:"event",event:p,data:null,value:a}));xe(e,c[c.length-1].seq,a);for(let p of c)e.send(p)},dispatch(a,s=null){e.send($(e,{type:"event",event:a,data:s===void 0?null:s}))},on(a,s){if(!ke.has(a))throw new Error(`ctx.on: unknown name "${a}" (use ${[...ke].join(", ")})`);let c=a==="value"?()=>{(ve(e)?!i:!me(e))&&s(V(e))}:()=>s(e.get(a));e.on(`change:${a}`,c);let p=()=>e.off(`change:${a}`,c);return r.addEventListener("abort",p,{once:!0}),p},listen:(a,s,c,p={})=>E(a,s,c,r,p),renderChildren:(a,s={})=>ye({model:e,host:n,signal:r},a,s),h:l,setText:L,setInputValue:le,cssSize:se}}async function ze({model:e,el:n,host:r,signal:t}){let b=null;async function i(){b?.abort();let s=new AbortController;b=s;let c=s.signal,p=n.ownerDocument??document;te(p);let v=oe(p,e.get("view_css")),x=String(e.get("view")||"custom"),g=null,w=null;try{g=ae(await be(e.get("view_src")))}catch(o){w=o}if(c.aborted)return;let u=ce({root:n,model:e,viewName:x,options:de(g),signal:c});if(v&&(n.dataset.nbblocksCss=v),c.addEventListener("abort",()=>u.destroy(),{once:!0}),pe({root:n,model:e,signal:c}),x==="blocks"&&(fe({root:n,model:e,signal:c}),we({model:e,signal:c})),w){console.error(`nbblocks: could not load view "${x}"`,w),q(u.viewEl,x,w);return}let f=je({model:e,host:r,signal:c,viewName:x,chrome:u});try{let o=await g.render(f);typeof o=="function"&&(c.aborted?o():c.addEventListener("abort",()=>o(),{once:!0}))}catch(o){console.error(`nbblocks: view "${x}" failed to render`,o),c.aborted||q(u.viewEl,x,o)}}let d=()=>{i()};e.on("change:view_src",d),e.on("change:view_css",d);let a=()=>{e.off("change:view_src",d),e.off("change:view_css",d),b?.abort(),b=null};if(t){if(t.aborted)return a;t.addEventListener("abort",a,{once:!0})}return await i(),a}var or={async render({model:e,el:n,host:r,signal:t}){return ze({model:e,el:n,host:r,signal:t})}};export{or as default};
