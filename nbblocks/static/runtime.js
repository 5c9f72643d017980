var Je=/^@(-[a-z]+-)?(import|charset|namespace|font-face|keyframes|property|counter-style|font-feature-values|page|layer\s*[^{]*;)/i;function Z(e,n){if(typeof e!="string"||e.trim()==="")return"";let r=[],t=[];for(let i of Xe(e))(Je.test(i)?t:r).push(i);let b=r.join(`
`);return`${t.join(`
`)}
${b.trim()?`${n} {
${b}
}`:""}`}function Xe(e){let n=e.replace(/\/\*[\s\S]*?\*\//g,""),r=[],t=0,b=0,i=null;for(let p=0;p<n.length;p+=1){let f=n[p];i?f==="\\"?p+=1:f===i&&(i=null):f==='"'||f==="'"?i=f:f==="{"?t+=1:f==="}"?(t=Math.max(0,t-1),t===0&&(r.push(n.slice(b,p+1).trim()),b=p+1)):f===";"&&t===0&&(r.push(n.slice(b,p+1).trim()),b=p+1)}let d=n.slice(b).trim();return d&&r.push(d),r.filter(Boolean)}var ee=`/* Design tokens. They follow JupyterLab's theme variables (light and dark) and fall
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
`;var ne=`/* Block chrome: root, container box, header (label), info, errors. */
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
`;var re=`/* Pending overlay, elapsed time and progress. */
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
`;var te=`/* Toasts, stacked in the top-right corner of an app and kept in view while scrolling. */
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
`;var oe=`/* App, rows, columns, groups, tabs and accordions. */
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
`;var be=`/* Text-like inputs: Textbox, Number, the Slider's number box, Dropdown's field. */
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
`;var ae=`/* Buttons. */
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
`;var ie=`/* Checkbox, CheckboxGroup and Radio. */
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
`;var se=`/* Dropdown: the field (chips + text input) and the floating option list. */
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
`;var le=`/* Slider: range track plus the number box in the header. */
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
`;var de=`/* Markdown and HTML content. */
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
`;var ce=`/* JSON tree and Label (classification) output. */
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
`;var pe=`/* gr.Dataset / gr.Examples: a table of samples or a gallery of sample buttons. */
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
`;var ue=`/* Image, File, UploadButton, DownloadButton, Gallery. */
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
`;var fe=`/* gr.ImageEditor, Sketchpad, Paint, ImageMask. */
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
`;var he=`/* gr.Chatbot and gr.MultimodalTextbox. Colours come from the theme tokens, so JupyterLab's
   light and dark themes both apply. */
.nbb-chatbot {
  --nbb-chat-user-bg: color-mix(in srgb, var(--nbb-accent) 14%, var(--nbb-block-bg));
  --nbb-chat-user-border: color-mix(in srgb, var(--nbb-accent) 30%, var(--nbb-block-bg));
  --nbb-chat-bot-bg: var(--nbb-surface);
  position: relative;
  display: flex;
  flex-direction: column;
  height: 400px;
  min-height: 120px;
  overflow: hidden;
}
.nbb-chatbot.nbb-chat-resizable {
  resize: vertical;
}
.nbb-chat-scroll {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 8px 4px 8px 2px;
}
.nbb-chat-messages {
  display: flex;
  flex-direction: column;
  gap: 14px;
}
.nbb-chat-row {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  max-width: 100%;
}
.nbb-chat-column {
  display: flex;
  flex-direction: column;
  gap: 4px;
  min-width: 0;
  max-width: min(85%, 900px);
}
.nbb-chat-bubble-box {
  display: flex;
  flex-direction: column;
  gap: 8px;
  min-width: 0;
  padding: 8px 12px;
  border: 1px solid var(--nbb-border);
  border-radius: 12px;
  background: var(--nbb-chat-bot-bg);
  color: var(--nbb-text);
  overflow-wrap: anywhere;
}
.nbb-chat-bubble .nbb-chat-user {
  flex-direction: row-reverse;
}
.nbb-chat-bubble .nbb-chat-user .nbb-chat-column {
  align-items: flex-end;
}
.nbb-chat-bubble .nbb-chat-user .nbb-chat-bubble-box {
  border-color: var(--nbb-chat-user-border);
  background: var(--nbb-chat-user-bg);
  border-bottom-right-radius: 4px;
}
.nbb-chat-bubble .nbb-chat-assistant .nbb-chat-bubble-box {
  border-bottom-left-radius: 4px;
}
.nbb-chat-system {
  justify-content: center;
}
.nbb-chat-system .nbb-chat-bubble-box {
  border-style: dashed;
  background: transparent;
  color: var(--nbb-text-subdued);
  font-size: var(--nbb-font-size-sm);
}
/* panel: full-width rows, an LLM-style transcript */
.nbb-chat-panel .nbb-chat-column {
  flex: 1 1 auto;
  max-width: 100%;
}
.nbb-chat-panel .nbb-chat-bubble-box {
  border: none;
  border-radius: var(--nbb-radius);
  background: transparent;
}
.nbb-chat-panel .nbb-chat-user .nbb-chat-bubble-box {
  background: var(--nbb-surface);
}
.nbb-chat-avatar {
  flex: none;
  width: 32px;
  height: 32px;
  border-radius: 50%;
  object-fit: cover;
  border: 1px solid var(--nbb-border);
  background: var(--nbb-surface);
}
.nbb-chat-message.nbb-selectable {
  cursor: pointer;
}
.nbb-chat-message-body {
  display: flex;
  flex-direction: column;
  gap: 8px;
}
.nbb-chat-text code {
  white-space: pre-wrap;
}
.nbb-chat-text pre code {
  white-space: pre;
}
.nbb-chat-text pre.nbb-code-block {
  position: relative;
  padding-right: 36px;
}
.nbb-chat-text .nbb-code-copy {
  position: absolute;
  top: 6px;
  right: 6px;
  opacity: 0.7;
}
.nbb-chat-text pre.nbb-code-block:hover .nbb-code-copy {
  opacity: 1;
}
.nbb-math-display {
  margin: 0.5em 0;
  overflow-x: auto;
  text-align: center;
}
.nbb-math:not([data-rendered]) {
  font-family: var(--nbb-mono);
  font-size: 0.92em;
  color: var(--nbb-text-subdued);
}
.nbb-chat-component {
  min-width: min(240px, 100%);
  max-width: 100%;
}
.nbb-chat-component .nbb-block {
  min-width: 0 !important;
}
.nbb-chat-image img,
.nbb-chat-image canvas {
  max-height: 320px;
}
/* An image in a message keeps room for its buttons, which show on hover (or focus). */
.nbb-chat-image .nbb-image-frame {
  min-width: 96px;
  min-height: 64px;
}
.nbb-chat-image .nbb-image-toolbar {
  opacity: 0;
  transition: opacity 0.12s;
}
.nbb-chat-image:hover .nbb-image-toolbar,
.nbb-chat-image .nbb-image-toolbar:focus-within {
  opacity: 1;
}
.nbb-chat-media {
  max-width: 100%;
}
.nbb-chat-file-link {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  padding: 6px 10px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  color: var(--nbb-accent);
  font: inherit;
  cursor: pointer;
}
/* thoughts */
.nbb-chat-thought {
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: color-mix(in srgb, var(--nbb-block-bg), var(--nbb-text-strong) 2%);
}
.nbb-chat-thought-header {
  display: flex;
  align-items: center;
  gap: 6px;
  width: 100%;
  padding: 6px 10px;
  border: none;
  background: none;
  color: var(--nbb-text-subdued);
  font: inherit;
  font-size: var(--nbb-font-size-sm);
  text-align: left;
  cursor: pointer;
}
.nbb-chat-thought-title {
  color: var(--nbb-text);
  font-weight: 600;
}
.nbb-chat-thought-chevron {
  display: inline-flex;
  transition: transform 0.12s;
}
.nbb-chat-thought-header[aria-expanded="true"] .nbb-chat-thought-chevron {
  transform: rotate(90deg);
}
.nbb-chat-thought-log,
.nbb-chat-thought-duration {
  color: var(--nbb-text-faint);
}
.nbb-chat-thought-body {
  display: flex;
  flex-direction: column;
  gap: 8px;
  padding: 2px 10px 10px 28px;
  color: var(--nbb-text-subdued);
}
.nbb-chat-thought-body[hidden] {
  display: none;
}
.nbb-chat-spinner {
  width: 12px;
  height: 12px;
  border: 2px solid color-mix(in srgb, var(--nbb-primary) 25%, transparent);
  border-top-color: var(--nbb-primary);
  border-radius: 50%;
  animation: nbb-spin 0.8s linear infinite;
}
/* buttons under a message */
.nbb-chat-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 2px;
}
.nbb-chat-actions .nbb-chat-action,
.nbb-view-chatbot > .nbb-header .nbb-icon-button {
  width: 26px;
  height: 26px;
  border-color: transparent;
  background: transparent;
}
.nbb-chat-actions .nbb-chat-action:hover,
.nbb-view-chatbot > .nbb-header .nbb-icon-button:hover {
  background: var(--nbb-surface-hover);
}
.nbb-chat-action[aria-pressed="true"] {
  color: var(--nbb-accent);
}
.nbb-chat-flag {
  position: relative;
}
.nbb-chat-flag-menu {
  position: absolute;
  bottom: 100%;
  left: 0;
  z-index: 3;
  display: flex;
  flex-direction: column;
  min-width: 120px;
  padding: 4px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  box-shadow: var(--nbb-shadow-popup);
}
.nbb-chat-flag-menu[hidden] {
  display: none;
}
.nbb-chat-flag-option {
  padding: 4px 8px;
  border: none;
  border-radius: 4px;
  background: none;
  color: var(--nbb-text);
  font: inherit;
  text-align: left;
  cursor: pointer;
}
.nbb-chat-flag-option:hover,
.nbb-chat-flag-option.nbb-selected {
  background: var(--nbb-surface-hover);
}
/* editing a message */
.nbb-chat-edit {
  display: flex;
  flex-direction: column;
  gap: 6px;
  min-width: min(420px, 80vw);
}
.nbb-chat-edit-buttons {
  display: flex;
  justify-content: flex-end;
  gap: 6px;
}
.nbb-chat-edit-buttons .nbb-button {
  width: auto;
}
/* options, pending reply, empty state */
.nbb-chat-options {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  padding-left: 4px;
}
.nbb-chat-option,
.nbb-chat-example {
  padding: 6px 12px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius);
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  font: inherit;
  cursor: pointer;
}
.nbb-chat-option:hover,
.nbb-chat-example:hover {
  border-color: var(--nbb-accent);
  background: var(--nbb-surface-hover);
}
.nbb-chat-typing {
  flex-direction: row;
  gap: 4px;
  padding: 12px 14px;
}
.nbb-chat-typing span {
  width: 6px;
  height: 6px;
  border-radius: 50%;
  background: var(--nbb-text-faint);
  animation: nbb-chat-dot 1.2s infinite ease-in-out;
}
.nbb-chat-typing span:nth-child(2) {
  animation-delay: 0.15s;
}
.nbb-chat-typing span:nth-child(3) {
  animation-delay: 0.3s;
}
@keyframes nbb-chat-dot {
  0%, 60%, 100% {
    opacity: 0.3;
    transform: translateY(0);
  }
  30% {
    opacity: 1;
    transform: translateY(-3px);
  }
}
.nbb-chat-empty {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 16px;
  min-height: 100%;
  padding: 16px;
  text-align: center;
}
.nbb-chat-empty[hidden] {
  display: none;
}
.nbb-chat-placeholder {
  color: var(--nbb-text-subdued);
}
.nbb-chat-examples {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
  gap: 8px;
  width: 100%;
  max-width: 720px;
}
.nbb-chat-example {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: 6px;
  text-align: left;
}
.nbb-chat-example-icon {
  width: 40px;
  height: 40px;
  border-radius: 4px;
  object-fit: cover;
}
.nbb-chat-example-files {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  color: var(--nbb-text-subdued);
}
.nbb-chat-scroll-down {
  position: absolute;
  bottom: 12px;
  left: 50%;
  z-index: 2;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 32px;
  height: 32px;
  border: 1px solid var(--nbb-border);
  border-radius: 50%;
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  box-shadow: var(--nbb-shadow-popup);
  cursor: pointer;
  transform: translateX(-50%);
}
.nbb-chat-scroll-down[hidden] {
  display: none;
}
/* code highlighting (highlight.js classes), in the theme's colours */
.nbb-chat-text .hljs-keyword,
.nbb-chat-text .hljs-selector-tag,
.nbb-chat-text .hljs-built_in,
.nbb-chat-text .hljs-type {
  color: color-mix(in srgb, #7c3aed 80%, var(--nbb-text));
}
.nbb-chat-text .hljs-string,
.nbb-chat-text .hljs-regexp,
.nbb-chat-text .hljs-addition {
  color: color-mix(in srgb, #15803d 80%, var(--nbb-text));
}
.nbb-chat-text .hljs-number,
.nbb-chat-text .hljs-literal,
.nbb-chat-text .hljs-symbol {
  color: color-mix(in srgb, #b45309 85%, var(--nbb-text));
}
.nbb-chat-text .hljs-comment,
.nbb-chat-text .hljs-quote {
  color: var(--nbb-text-faint);
  font-style: italic;
}
.nbb-chat-text .hljs-title,
.nbb-chat-text .hljs-section,
.nbb-chat-text .hljs-function .hljs-title {
  color: color-mix(in srgb, #2563eb 85%, var(--nbb-text));
}
.nbb-chat-text .hljs-attr,
.nbb-chat-text .hljs-attribute,
.nbb-chat-text .hljs-variable,
.nbb-chat-text .hljs-template-variable,
.nbb-chat-text .hljs-meta {
  color: color-mix(in srgb, #0e7490 85%, var(--nbb-text));
}
.nbb-chat-text .hljs-deletion {
  color: var(--nbb-error);
}
/* gr.MultimodalTextbox */
.nbb-mmtb {
  display: flex;
  flex-direction: column;
  gap: 6px;
  border-radius: var(--nbb-radius-sm);
}
.nbb-mmtb.nbb-dragging {
  outline: 2px dashed var(--nbb-accent);
  outline-offset: 2px;
}
.nbb-mmtb-row {
  display: flex;
  align-items: flex-end;
  gap: 8px;
}
.nbb-mmtb-input {
  flex: 1 1 auto;
  min-width: 0;
  resize: none;
}
.nbb-mmtb-attach {
  flex: none;
  width: 38px;
  height: 38px;
}
.nbb-mmtb-attach[hidden] {
  display: none;
}
.nbb-mmtb-files {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
}
.nbb-mmtb-files[hidden] {
  display: none;
}
.nbb-mmtb-file {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  max-width: 220px;
  padding: 3px 4px 3px 3px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-surface);
  font-size: var(--nbb-font-size-sm);
}
.nbb-mmtb-thumb {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 36px;
  height: 36px;
  overflow: hidden;
  border-radius: 4px;
  background: var(--nbb-block-bg);
  color: var(--nbb-text-subdued);
}
.nbb-mmtb-thumb img {
  width: 100%;
  height: 100%;
  object-fit: cover;
}
.nbb-mmtb-file-name {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.nbb-mmtb-remove {
  display: inline-flex;
  padding: 2px;
  border: none;
  border-radius: 4px;
  background: none;
  color: var(--nbb-text-subdued);
  cursor: pointer;
}
.nbb-mmtb-remove:hover {
  background: var(--nbb-surface-hover);
  color: var(--nbb-text);
}
`;var ge="nbblocks-style",xe=[ee,ne,re,te,oe,be,ae,ie,se,le,de,ce,pe,ue,fe,he].join(`
`);function me(e){return e.head??e.documentElement}function ve(e){let n=e.getElementById(ge);n||(n=e.createElement("style"),n.id=ge,me(e).append(n)),n.textContent!==xe&&(n.textContent=xe)}function we(e,n){if(typeof n!="string"||n.trim()==="")return null;let r=fn(n);if(!e.querySelector(`style[data-nbblocks-view-css="${r}"]`)){let t=e.createElement("style");t.dataset.nbblocksViewCss=r,t.textContent=Z(n,`[data-nbblocks-css="${r}"]`),me(e).append(t)}return r}function fn(e){let n=2166136261;for(let r=0;r<e.length;r+=1)n^=e.charCodeAt(r),n=Math.imul(n,16777619);return(n>>>0).toString(16).padStart(8,"0")}var O=new Map;function V(e){if(typeof e!="string"||e.trim()==="")return Promise.reject(new Error("the model has no view_src"));let n=O.get(e);return n||(n=hn(e),O.set(e,n),n.catch(()=>O.delete(e))),n}async function hn(e){let n=URL.createObjectURL(new Blob([e],{type:"text/javascript"}));try{return await import(n)}finally{URL.revokeObjectURL(n)}}function B(e){let n=e?.default??e;if(!n||typeof n.render!="function")throw new Error("the view module must export default { render(ctx) }");return n}function h(e,n=null,...r){let t=document.createElement(e);return n&&xn(t,n),gn(t,r),t}function gn(e,n){for(let r of n.flat(1/0))r==null||r===!1||e.append(r instanceof Node?r:String(r));return e}function xn(e,n){for(let[r,t]of Object.entries(n))r==="class"?e.className=t??"":r==="style"?typeof t=="string"?e.style.cssText=t:Object.assign(e.style,t):r==="dataset"?Object.assign(e.dataset,t):r==="text"?e.textContent=t??"":r.startsWith("on")&&typeof t=="function"?e.addEventListener(r.slice(2).toLowerCase(),t):r in e&&!r.startsWith("aria")&&r!=="role"?e[r]!==t&&(e[r]=t):t==null||t===!1?e.removeAttribute(r):e.setAttribute(r,t===!0?"":String(t));return e}function P(e,n,r,t,b={}){e.addEventListener(n,r,{...b,signal:t})}function C(e,n){let r=n==null?"":String(n);e.textContent!==r&&(e.textContent=r)}function ye(e,n,r,t=""){r?e.getAttribute(n)!==String(t)&&e.setAttribute(n,String(t)):e.hasAttribute(n)&&e.removeAttribute(n)}function ke(e){return e==null||e===""?"":typeof e=="number"?`${e}px`:String(e)}function mn(e){let n=e.getRootNode();return!!(n&&n.activeElement===e)}function je(e,n){let r=n==null?"":String(n);if(e.value!==r)if(mn(e)&&typeof e.selectionStart=="number"){let{selectionStart:t,selectionEnd:b}=e;e.value=r;try{e.setSelectionRange(Math.min(t,r.length),Math.min(b,r.length))}catch{}}else e.value=r}function F(e,n){let r=URL.createObjectURL(e),t=document.createElement("a");t.href=r,t.download=n||"file",t.style.display="none",document.body.append(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4)}var vn=0,wn=Object.freeze({label:!0,info:!0,container:!0,containerDefault:!0,progress:"full"});function R(e){return{...wn,...e?.chrome??{}}}function ze({root:e,model:n,viewName:r,options:t,signal:b}){let i={className:e.className,style:e.style.cssText,id:e.id},d=`nbb-label-${vn+=1}`;e.classList.add("nbb-block",`nbb-view-${r}`),e.dataset.nbblocksView=r;let p=h("span",{id:d,class:t.label==="badge"?"nbb-label nbb-label-badge":"nbb-label",dataset:{nbblocksPart:"label"}}),f=h("div",{class:"nbb-header-extra",dataset:{nbblocksPart:"header-extra"}}),o=h("div",{class:"nbb-header",dataset:{nbblocksPart:"header"}},p,f),a=h("div",{class:"nbb-info",dataset:{nbblocksPart:"info"}}),s=h("div",{class:"nbb-view",dataset:{nbblocksPart:"view"}});e.replaceChildren(o,a,s),P(e,"keydown",l=>{!l.ctrlKey&&!l.metaKey&&!l.altKey&&l.stopPropagation()},b),P(p,"click",()=>{s.querySelector("input:not([type=hidden]), textarea, select, button")?.focus()},b);let u=[],c=null;function m(){let l=n.get("props")??{},z=l.visible??!0;e.classList.toggle("nbb-hidden",z===!1),e.classList.toggle("nbb-invisible",z==="hidden"),ye(e,"aria-hidden",z!==!0&&z!==void 0,"true");let $=t.container==="always"||t.container!==!1&&(l.container??t.containerDefault);e.classList.toggle("nbb-container",!!$),e.classList.toggle("nbb-non-interactive",l.interactive===!1),l.name&&(e.dataset.nbblocksName=l.name);let j=l.elem_id||null;j!==c&&(j?e.id=j:c&&e.removeAttribute("id"),c=j);let _=(Array.isArray(l.elem_classes)?l.elem_classes:typeof l.elem_classes=="string"?l.elem_classes.split(/\s+/):[]).filter(Boolean);for(let x of u)_.includes(x)||e.classList.remove(x);for(let x of _)e.classList.add(x);u=_;let E=l.scale;e.style.flexGrow=E==null?"":String(E),e.style.minWidth=typeof l.min_width=="number"?`min(${l.min_width}px, 100%)`:"";let S=t.label!==!1&&l.show_label!==!1&&l.label!=null&&l.label!=="";C(p,S?l.label:""),p.hidden=!S;let k=t.info!==!1&&l.info!=null&&l.info!=="";C(a,k?l.info:""),a.hidden=!k}m();let g=()=>m();n.on("change:props",g),b.addEventListener("abort",()=>n.off("change:props",g),{once:!0});function w(){e.replaceChildren(),e.className=i.className,e.style.cssText=i.style,i.id?e.id=i.id:e.removeAttribute("id");for(let l of["nbblocksView","nbblocksName","nbblocksState","nbblocksCss"])delete e.dataset[l];e.removeAttribute("aria-hidden")}return{root:e,viewEl:s,header:f,label:p,labelId:d,update:m,destroy:w}}function N(e,n,r){let t=r?.message??String(r);e.append(h("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},h("strong",null,`View "${n}" failed`)," ",t))}var yn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null});function Le({root:e,model:n,signal:r,progress:t="full"}){let b=h("span",{class:"nbb-status-timer",dataset:{nbblocksPart:"timer"}}),i=h("span",{class:"nbb-status-queue",dataset:{nbblocksPart:"queue"}}),d=h("div",{class:"nbb-status-meta"},i,b),p=h("div",{class:"nbb-spinner",role:"progressbar","aria-label":"Loading",dataset:{nbblocksPart:"spinner"}}),f=h("div",{class:"nbb-progress-fill"}),o=h("div",{class:"nbb-progress-bar"},f),a=h("div",{class:"nbb-progress-desc",dataset:{nbblocksPart:"progress-desc"}}),s=h("div",{class:"nbb-progress",dataset:{nbblocksPart:"progress"}},o,a),u=h("div",{class:"nbb-status-center"},p,s),c=h("div",{class:"nbb-status",dataset:{nbblocksPart:"status"},hidden:!0},d,u),m=h("div",{class:"nbb-cancelled",dataset:{nbblocksPart:"cancelled"},hidden:!0},"Cancelled"),g=h("span",{class:"nbb-error-text"}),w=h("div",{class:"nbb-error",role:"alert",dataset:{nbblocksPart:"error"},hidden:!0},h("strong",null,"Error"),g);e.append(w,c,m);let l=null,z=null,$=null;function j(){l!==null&&C(b,`${((performance.now()-l)/1e3).toFixed(1)}s`)}function I(){l=null,clearInterval(z),z=null}function _(){let k={...yn,...n.get("status")??{}},x=k.state==="pending";e.dataset.nbblocksState=k.state,e.classList.toggle("nbb-pending",x);let M=l!==null;x&&l===null?(l=performance.now(),z=setInterval(j,100)):x||I(),j(),clearTimeout($),m.hidden=!(k.state==="idle"&&k.cancelled),m.hidden||($=setTimeout(()=>{m.hidden=!0},2500)),M&&!x&&k.scroll_to_output&&e.scrollIntoView&&e.scrollIntoView({block:"nearest",behavior:"smooth"});let A=x?k.show_progress??"full":"hidden";A==="full"&&t==="minimal"&&(A="minimal"),c.hidden=A==="hidden",c.dataset.mode=A;let Q=k.queue_position;C(i,typeof Q=="number"?`queue: ${Q+1} |`:""),E(k.progress);let D=k.state==="error";e.classList.toggle("nbb-has-error",D),w.hidden=!D,C(g,D?k.message||"Something went wrong.":"")}function E(k){let x=Array.isArray(k)?k.filter(Boolean):[];if(s.hidden=x.length===0,p.hidden=!1,x.length===0)return;let M=kn(x[0]);o.hidden=M===null,p.hidden=M!==null,M!==null&&(f.style.width=`${(M*100).toFixed(1)}%`),C(a,x.map(jn).filter(Boolean).join(" · "))}_();let S=()=>_();return n.on("change:status",S),r.addEventListener("abort",()=>{n.off("change:status",S),clearTimeout($),I()},{once:!0}),{update:_}}function kn(e){return typeof e.progress=="number"?Math.min(1,Math.max(0,e.progress)):typeof e.index=="number"&&typeof e.length=="number"&&e.length>0?Math.min(1,Math.max(0,e.index/e.length)):null}function jn(e){let n=[];return e.desc&&n.push(e.desc),typeof e.index=="number"&&typeof e.length=="number"?n.push(`${e.index}/${e.length}${e.unit?` ${e.unit}`:""}`):typeof e.index=="number"?n.push(`${e.index}${e.unit?` ${e.unit}`:""}`):typeof e.progress=="number"&&n.push(`${Math.round(e.progress*100)}%`),n.join(" ")}var v=(e,n=16,r="none")=>`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 24 24" fill="${r}" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${e}</svg>`,zn={copy:v('<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),check:v('<polyline points="20 6 9 17 4 12"/>'),close:v('<line x1="18" y1="6" x2="6" y2="18"/><line x1="6" y1="6" x2="18" y2="18"/>',14),chevronDown:v('<polyline points="6 9 12 15 18 9"/>'),send:v('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),stop:v('<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>'),reset:v('<polyline points="1 4 1 10 7 10"/><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"/>',14),link:v('<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',14),error:v('<circle cx="12" cy="12" r="10"/><line x1="12" y1="8" x2="12" y2="12"/><line x1="12" y1="16" x2="12.01" y2="16"/>',18),warning:v('<path d="M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"/><line x1="12" y1="9" x2="12" y2="13"/><line x1="12" y1="17" x2="12.01" y2="17"/>',18),info:v('<circle cx="12" cy="12" r="10"/><line x1="12" y1="16" x2="12" y2="12"/><line x1="12" y1="8" x2="12.01" y2="8"/>',18),upload:v('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="17 8 12 3 7 8"/><line x1="12" y1="3" x2="12" y2="15"/>'),download:v('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="7 10 12 15 17 10"/><line x1="12" y1="15" x2="12" y2="3"/>'),fullscreen:v('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="14" y2="10"/><line x1="3" y1="21" x2="10" y2="14"/>'),camera:v('<path d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z"/><circle cx="12" cy="13" r="4"/>'),clipboard:v('<path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2"/><rect x="8" y="2" width="8" height="4" rx="1"/>'),image:v('<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="8.5" cy="8.5" r="1.5"/><polyline points="21 15 16 10 5 21"/>',32),file:v('<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><polyline points="14 2 14 8 20 8"/>'),trash:v('<polyline points="3 6 5 6 21 6"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/><path d="M10 11v6"/><path d="M14 11v6"/><path d="M9 6V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/>',14),record:v('<circle cx="12" cy="12" r="7" fill="currentColor"/>'),brush:v('<path d="M18.37 2.63 14 7l-1.59-1.59a2 2 0 0 0-2.82 0L8 7l9 9 1.59-1.59a2 2 0 0 0 0-2.82L17 10l4.37-4.37a2.12 2.12 0 1 0-3-3z"/><path d="M9 8c-2 3-4 3.5-7 4l8 10c2-1 6-5 6-7"/>'),eraser:v('<path d="m7 21-4.3-4.3a1 1 0 0 1 0-1.4l9.6-9.6a1 1 0 0 1 1.4 0l5.6 5.6a1 1 0 0 1 0 1.4L13 21"/><line x1="22" y1="21" x2="7" y2="21"/><line x1="5" y1="11" x2="14" y2="20"/>'),crop:v('<path d="M6 2v14a2 2 0 0 0 2 2h14"/><path d="M18 22V8a2 2 0 0 0-2-2H2"/>'),resize:v('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="3" y2="21"/>'),undo:v('<path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-15-6.7L3 13"/>'),redo:v('<path d="M21 7v6h-6"/><path d="M3 17a9 9 0 0 1 15-6.7L21 13"/>'),layers:v('<polygon points="12 2 2 7 12 12 22 7 12 2"/><polyline points="2 17 12 22 22 17"/><polyline points="2 12 12 17 22 12"/>'),plus:v('<line x1="12" y1="5" x2="12" y2="19"/><line x1="5" y1="12" x2="19" y2="12"/>',14),success:v('<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/>',18)};function U(e,n="nbb-icon",r=zn){let t=document.createElement("span");return t.className=n,t.innerHTML=r[e]??"",t}var Ln=["error","warning","info","success"],_n={error:"Error",warning:"Warning",info:"Info",success:"Success"};function Ee({root:e,model:n,signal:r}){let t=h("div",{class:"nbb-toast-stack",dataset:{nbblocksPart:"toasts"},"aria-live":"polite"}),b=h("div",{class:"nbb-toast-region"},t);e.prepend(b);let i=d=>{d&&d.type==="toast"&&_e(t,d,r)};return n.on("msg:custom",i),r.addEventListener("abort",()=>{n.off("msg:custom",i),b.remove()},{once:!0}),{show:d=>_e(t,d,r)}}function _e(e,{level:n="info",title:r=null,message:t="",duration:b=4},i){let d=Ln.includes(n)?n:"info",p=h("button",{type:"button",class:"nbb-toast-close","aria-label":"Close",dataset:{nbblocksPart:"toast-close"}},U("close")),f=h("div",{class:`nbb-toast nbb-toast-${d}`,role:d==="error"?"alert":"status",dataset:{nbblocksPart:"toast",level:d}},U(d==="error"?"error":d,"nbb-toast-icon"),h("div",{class:"nbb-toast-body"},h("div",{class:"nbb-toast-title",dataset:{nbblocksPart:"toast-title"}},r||_n[d]),h("div",{class:"nbb-toast-message",dataset:{nbblocksPart:"toast-message"}},t??"")),p),o=null,a=()=>{clearTimeout(o),f.classList.add("nbb-toast-leaving"),setTimeout(()=>f.remove(),150)};if(P(p,"click",a,i),typeof b=="number"&&Number.isFinite(b)&&b>0){let s=h("div",{class:"nbb-toast-timer"});s.style.animationDuration=`${b}s`,f.append(s),o=setTimeout(a,b*1e3)}return i.addEventListener("abort",()=>clearTimeout(o),{once:!0}),e.append(f),f}var y=globalThis.__nbblocks??(globalThis.__nbblocks={page:Math.random().toString(36).slice(2)+Date.now().toString(36),seq:Object.create(null),answered:new Set,local:new WeakMap});function q(){return y.page}function L(e,n){let r=e.get("app")||"";return y.seq[r]=(y.seq[r]??0)+1,{...n,app:r,page:y.page,seq:y.seq[r]}}function Se(e){return y.answered.has(e)?!1:(y.answered.add(e),y.answered.size>1e3&&y.answered.delete(y.answered.values().next().value),!0)}function Me(e,n,r){y.local.set(e,{seq:n,value:r})}y.settingLocally??(y.settingLocally=new WeakSet);function Ce(e,n){y.settingLocally.add(e);try{e.set("value",n)}finally{y.settingLocally.delete(e)}}function $e(e){return y.settingLocally.has(e)}function Te(e){let n=e.get("value_origin");return!!(n&&n.page===y.page)}function H(e){let n=e.get("value_origin"),r=y.local.get(e);return!!(r&&n&&n.page===y.page&&n.seq<r.seq)}function W(e){return H(e)?y.local.get(e).value:e.get("value")}function Ae({model:e,signal:n}){let r=async t=>{if(!t||t.type!=="js"||!Se(t.id))return;let b;try{let d=await(0,eval)(`(${t.code})`)(...t.args??[]);b={type:"js_result",id:t.id,value:d===void 0?null:d}}catch(i){b={type:"js_result",id:t.id,error:String(i&&i.message||i)}}e.send(L(e,b))};e.on("msg:custom",r),n.addEventListener("abort",()=>e.off("msg:custom",r),{once:!0})}function Pe({model:e,host:n,signal:r},t,{onUpdate:b=null}={}){let i=new Map,d=0;async function p(a,s,u){try{let c=await n.getWidget(a);if(u.aborted)return;await c.render({el:s,signal:u})}catch(c){if(u.aborted)return;console.error(`nbblocks: could not render child ${a}`,c),s.replaceChildren(h("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},h("strong",null,"Could not render a child")," ",c?.message??String(c)))}}async function f(){let a=d+=1,s=Array.isArray(e.get("children"))?e.get("children"):[],u=new Map,c=s.map(g=>{let w=u.get(g)??0;return u.set(g,w+1),w===0?g:`${g}#${w}`});for(let[g,w]of i)c.includes(g)||(w.controller.abort(),w.wrapper.remove(),i.delete(g));let m=[];c.forEach((g,w)=>{let l=i.get(g);if(!l){let $=h("div",{dataset:{nbblocksChild:s[w]}}),j=new AbortController;l={wrapper:$,controller:j},i.set(g,l),m.push({ref:s[w],entry:l})}let z=t.children[w];z!==l.wrapper&&t.insertBefore(l.wrapper,z??null)}),await Promise.all(m.map(({ref:g,entry:w})=>p(g,w.wrapper,w.controller.signal))),a===d&&!r.aborted&&b?.(c.map(g=>i.get(g).wrapper))}let o=()=>{f()};return e.on("change:children",o),r.addEventListener("abort",()=>{e.off("change:children",o);for(let a of i.values())a.controller.abort();i.clear()},{once:!0}),f()}var G=globalThis.__nbblocksAssets??(globalThis.__nbblocksAssets=new Map),Ie=0;function Ve(e,n,r){let t=`${e.get("app")??""}|${n}:${r}`,b=G.get(t);if(!b){Ie+=1;let i=`asset-${q()}-${Ie}`;b=new Promise((d,p)=>{let f=o=>{!o||o.type!=="asset"||o.id!==i||(e.off("msg:custom",f),typeof o.source=="string"?d(o):p(new Error(o.error||`no ${n} named ${r}`)))};e.on("msg:custom",f),e.send(L(e,{type:"asset_request",id:i,kind:n,name:r}))}),G.set(t,b),b.catch(()=>G.delete(t))}return b}async function qe(e,n){let r=await Ve(e,"component",String(n)),t=B(await V(r.source));return{view:r.view,definition:t,source:r.source,css:r.css??""}}async function Be(e,n){let r=await Ve(e,"library",String(n));return V(r.source)}var En=Object.freeze({state:"idle",message:null,show_progress:"hidden",progress:null,queue_position:null}),Sn=new Set(["file_request","asset_request"]),K=class{constructor(n,r){this.parent=n,this.state=r,this.handlers=[]}get(n){return this.state[n]}set(n,r){let t=this.state[n];this.state[n]=r,t!==r&&this.emit(`change:${n}`,this,r)}save_changes(){}send(n,r,t){n&&Sn.has(n.type)&&this.parent.send(n,r,t)}on(n,r,t){for(let b of String(n).split(/\s+/))b==="msg:custom"?this.parent.on(b,r,t):this.handlers.push({name:b,callback:r,context:t})}off(n,r,t){(n==="msg:custom"||n==null)&&this.parent.off("msg:custom",r,t),this.handlers=this.handlers.filter(b=>!((n==null||b.name===n)&&(r==null||b.callback===r)&&(t==null||b.context===t)))}emit(n,...r){for(let t of[...this.handlers])t.name===n&&t.callback(...r)}get widget_manager(){return this.parent.widget_manager}};async function De({parent:e,host:n,el:r,name:t,value:b,props:i={},signal:d,mount:p}){let{view:f,source:o,css:a}=await qe(e,t);if(d?.aborted)return null;let s=new K(e,{app:e.get("app"),view:f,view_src:o,view_css:a,value:b??null,value_origin:{},props:{label:null,info:null,elem_id:null,elem_classes:[],scale:null,min_width:null,...i,name:t,show_label:!1,container:!1,interactive:!1,visible:!0},status:En,events:[],blobs:{},children:[]});return await p({model:s,el:r,host:n,signal:d}),{model:s,view:f}}var J=1<<20,Mn=4,Cn=64,$n=256*1024*1024,T=globalThis.__nbblocksFiles??(globalThis.__nbblocksFiles=new Map);function Oe(e,n){T.delete(e),T.set(e,n);let r=0;for(let t of T.values())r+=t.blob.size;for(;T.size>1&&(T.size>Cn||r>$n);){let t=T.keys().next().value;r-=T.get(t).blob.size,T.delete(t)}}var Fe=0;function Re(){return Fe+=1,`${q()}-${Date.now().toString(36)}-${Fe}`}function Ne(e){return!!(e&&typeof e.path=="string"&&e.url===e.path&&/^(https?:|data:)/i.test(e.path))}function Ue(e,n){let r=new Map,t=(o,a)=>{!o||typeof o.id!="string"||o.page!==q()||r.get(o.id)?.(o,a??[])};e.on("msg:custom",t),n.addEventListener("abort",()=>{e.off("msg:custom",t);for(let o of[...r.values()])o({type:"aborted"},[])},{once:!0});let b=(o,a)=>e.send(L(e,o),void 0,a);function i(o,{name:a=null,onProgress:s=null,stream:u=!1}={}){let c=Re(),m=o.size,g=Math.max(1,Math.ceil(m/J)),w=a||o.name||"file",l=o.type||null;return new Promise((z,$)=>{let j=0,I=0,_=!1,E=!1,S=(x,M)=>{E||(E=!0,r.delete(c),x?$(x):z(M))},k=async()=>{if(!(_||E)){_=!0;try{for(;!E&&j<g&&j-I<Mn;){let x=j,M=await o.slice(x*J,(x+1)*J).arrayBuffer();if(E)return;j+=1;let A={type:"upload",id:c,index:x,final:x===g-1};x===0&&Object.assign(A,{name:w,mime:l,size:m,stream:u}),b(A,[M])}}catch(x){S(x)}finally{_=!1}}};r.set(c,x=>{x.type==="upload_progress"?(I+=1,s?.(m?Math.min(1,x.received/m):1),k()):x.type==="upload_done"?(s?.(1),Oe(x.file.path,{blob:o,mime:l??x.file.mime_type,name:w}),S(null,x.file)):x.type==="upload_error"?S(new Error(x.message||"the upload was refused")):x.type==="aborted"&&S(new Error("the view was removed"))}),s?.(0),k()})}function d(o){let a=T.get(o);if(a)return Promise.resolve(a);let s=Re();return new Promise((u,c)=>{let m=[];r.set(s,(g,w)=>{if(g.type==="file_data"){if(m[g.index]=w[0]??new ArrayBuffer(0),!g.final)return;r.delete(s);let l={blob:new Blob(m,{type:g.mime||""}),mime:g.mime,name:g.name};Oe(o,l),u(l)}else r.delete(s),c(new Error(g.message||"the file could not be read"))}),b({type:"file_request",id:s,path:o})})}async function p(o){if(!o||typeof o.path!="string")return null;if(Ne(o))return{kind:"url",url:o.path};let a=(e.get("blobs")??{})[o.path];if(a&&a.kind==="pixels")return a;if(a&&a.kind==="file")return{kind:"file",mime:a.mime,blob:new Blob([a.data],{type:a.mime})};let s=await d(o.path);return{kind:"file",mime:s.mime,blob:s.blob}}async function f(o){if(!o)return;let a=o.orig_name||String(o.path).split("/").pop()||"file";if(Ne(o)){let c=document.createElement("a");c.href=o.path,c.download=a,c.target="_blank",c.rel="noopener",c.click();return}let s=(e.get("blobs")??{})[o.path];if(s&&s.kind==="file"){F(new Blob([s.data],{type:s.mime}),a);return}let u=await d(o.path);F(u.blob,a)}return{upload:i,fetchFile:d,source:p,download:f}}var Tn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null}),He=new Set(["value","props","status","events","children","blobs"]);function We({model:e,host:n,signal:r,viewName:t,chrome:b,mount:i}){let d=!1,p=Ue(e,r);return{view:t,el:b.viewEl,root:b.root,header:b.header,labelId:b.labelId,model:e,host:n,signal:r,value:()=>W(e),props:()=>e.get("props")??{},status:()=>({...Tn,...e.get("status")??{}}),events:()=>e.get("events")??[],interactive:()=>(e.get("props")??{}).interactive!==!1,setValue(o,{events:a=["input","change"],data:s=null}={}){d=!0;try{Ce(e,o)}finally{d=!1}let u=a.length===0?[L(e,{type:"value",value:o})]:a.map(c=>L(e,{type:"event",event:c,data:s?.[c]??null,value:o}));Me(e,u[u.length-1].seq,o);for(let c of u)e.send(c)},dispatch(o,a=null){e.send(L(e,{type:"event",event:o,data:a===void 0?null:a}))},on(o,a){if(!He.has(o))throw new Error(`ctx.on: unknown name "${o}" (use ${[...He].join(", ")})`);let s=o==="value"?()=>{($e(e)?!d:!Te(e))&&a(W(e))}:()=>a(e.get(o));e.on(`change:${o}`,s);let u=()=>e.off(`change:${o}`,s);return r.addEventListener("abort",u,{once:!0}),u},listen:(o,a,s,u={})=>P(o,a,s,r,u),renderChildren:(o,a={})=>Pe({model:e,host:n,signal:r},o,a),mountComponent:(o,a,{value:s=null,props:u={},signal:c=r}={})=>De({parent:e,host:n,el:o,name:a,value:s,props:u,signal:c,mount:i}),loadLibrary:o=>Be(e,o),upload:(o,a)=>p.upload(o,a),fetchFile:o=>p.fetchFile(o),fileSource:o=>p.source(o),download:o=>p.download(o),h,setText:C,setInputValue:je,cssSize:ke}}async function X({model:e,el:n,host:r,signal:t}){let b=null;async function i(){b?.abort();let f=new AbortController;b=f;let o=f.signal,a=n.ownerDocument??document;ve(a);let s=we(a,e.get("view_css")),u=String(e.get("view")||"custom"),c=null,m=null;try{c=B(await V(e.get("view_src")))}catch(l){m=l}if(o.aborted)return;let g=ze({root:n,model:e,viewName:u,options:R(c),signal:o});if(s&&(n.dataset.nbblocksCss=s),o.addEventListener("abort",()=>g.destroy(),{once:!0}),Le({root:n,model:e,signal:o,progress:R(c).progress}),u==="blocks"&&(Ee({root:n,model:e,signal:o}),Ae({model:e,signal:o})),m){console.error(`nbblocks: could not load view "${u}"`,m),N(g.viewEl,u,m);return}let w=We({model:e,host:r,signal:o,viewName:u,chrome:g,mount:X});try{let l=await c.render(w);typeof l=="function"&&(o.aborted?l():o.addEventListener("abort",()=>l(),{once:!0}))}catch(l){console.error(`nbblocks: view "${u}" failed to render`,l),o.aborted||N(g.viewEl,u,l)}}let d=()=>{i()};e.on("change:view_src",d),e.on("change:view_css",d);let p=()=>{e.off("change:view_src",d),e.off("change:view_css",d),b?.abort(),b=null};if(t){if(t.aborted)return p;t.addEventListener("abort",p,{once:!0})}return await i(),p}function Ge(e,n){let r=structuredClone(e);for(let[t,b,i]of n)r=An(r,b,t,i);return r}function An(e,n,r,t){if(!n.length){if(r==="replace")return t;if(r==="append")return e+t;throw new Error(`cannot ${r} at the root of a value`)}let b=e;for(let d of n.slice(0,-1))b=b[d];let i=n[n.length-1];if(r==="replace")b[i]=t;else if(r==="append")b[i]+=t;else if(r==="add")Array.isArray(b)?b.splice(Number(i),0,t):b[i]=t;else if(r==="delete")Array.isArray(b)?b.splice(Number(i),1):delete b[i];else throw new Error(`unknown edit ${r}`);return e}var Pn=2e3,Y=e=>{let n=e.get("value_origin")?.version;return typeof n=="number"?n:0};function Ke(e){let n=[],r=null,t=!1,b=!1,i=Y(e),d=()=>{n=[],e.send(L(e,{type:"value_resync"}))},p=()=>{let s=!0;for(;s&&n.length&&!b;){s=!1;let u=Y(e);n=n.filter(m=>m.version>u);let c=n.find(m=>m.base===u);if(c){n.splice(n.indexOf(c),1);let m;try{m=Ge(e.get("value"),c.edits??[])}catch{d();return}t=!0;try{e.set("value_origin",{version:c.version}),e.set("value",m)}finally{t=!1}i=c.version,s=!0}}n.length?r===null&&(r=setTimeout(()=>{r=null,n.length&&d()},Pn)):(clearTimeout(r),r=null)},f=s=>{!s||s.type!=="value_diff"||(n.push(s),p())},o=()=>{H(e)||(b=!1),n.length&&p()},a=()=>{let s=Y(e);!t&&s===i&&(b=!0),i=s};return e.on("msg:custom",f),e.on("change:value_origin",o),e.on("change:value",a),()=>{clearTimeout(r),e.off("msg:custom",f),e.off("change:value_origin",o),e.off("change:value",a)}}var at={initialize({model:e}){return Ke(e)},async render({model:e,el:n,host:r,signal:t}){return X({model:e,el:n,host:r,signal:t})}};export{at as default};
