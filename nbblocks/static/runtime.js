var Oe=/^@(-[a-z]+-)?(import|charset|namespace|font-face|keyframes|property|counter-style|font-feature-values|page|layer\s*[^{]*;)/i;function H(e,n){if(typeof e!="string"||e.trim()==="")return"";let r=[],t=[];for(let l of De(e))(Oe.test(l)?t:r).push(l);let s=r.join(`
`);return`${t.join(`
`)}
${s.trim()?`${n} {
${s}
}`:""}`}function De(e){let n=e.replace(/\/\*[\s\S]*?\*\//g,""),r=[],t=0,s=0,l=null;for(let p=0;p<n.length;p+=1){let h=n[p];l?h==="\\"?p+=1:h===l&&(l=null):h==='"'||h==="'"?l=h:h==="{"?t+=1:h==="}"?(t=Math.max(0,t-1),t===0&&(r.push(n.slice(s,p+1).trim()),s=p+1)):h===";"&&t===0&&(r.push(n.slice(s,p+1).trim()),s=p+1)}let a=n.slice(s).trim();return a&&r.push(a),r.filter(Boolean)}var N=`/* Design tokens. They follow JupyterLab's theme variables (light and dark) and fall
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
`;var ae=`/* gr.Dataframe: toolbar, a scrolling table with a sticky header, virtual rows, menus. */
.nbb-df {
  display: flex;
  flex-direction: column;
  gap: 6px;
  min-width: 0;
  font-size: var(--nbb-font-size);
}
.nbb-df-toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px;
}
.nbb-df-toolbar:empty {
  display: none;
}
.nbb-df-search {
  flex: 0 1 16em;
  min-width: 8em;
  padding: 4px 8px;
  border: 1px solid var(--nbb-input-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-input-bg);
  color: var(--nbb-text);
  font: inherit;
}
.nbb-df-search:focus {
  outline: 2px solid var(--nbb-accent-ring);
  outline-offset: -1px;
}
.nbb-df-filters {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
}
.nbb-df-chip {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  padding: 1px 4px 1px 8px;
  border: 1px solid var(--nbb-border);
  border-radius: 999px;
  background: var(--nbb-surface);
  color: var(--nbb-text);
  font-size: 0.9em;
}
.nbb-df-chip button {
  border: 0;
  background: transparent;
  color: inherit;
  cursor: pointer;
  padding: 0 2px;
}
.nbb-df-count {
  margin-left: auto;
  color: var(--nbb-text-subdued);
  font-size: 0.9em;
  white-space: nowrap;
}
.nbb-df-scroll {
  position: relative;
  overflow: auto;
  overflow-anchor: none; /* virtual rows: the browser must not move the scroll position itself */
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  outline: none;
}
.nbb-df-scroll:focus-visible {
  outline: 2px solid var(--nbb-accent-ring);
  outline-offset: -2px;
}
.nbb-df-table {
  table-layout: fixed;
  border-collapse: separate;
  border-spacing: 0;
  min-width: 100%;
}
.nbb-df-table th,
.nbb-df-table td {
  box-sizing: border-box;
  height: var(--nbb-df-row, 35px);
  padding: 0 8px;
  border-right: 1px solid var(--nbb-border);
  border-bottom: 1px solid var(--nbb-border);
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  text-align: left;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  vertical-align: middle;
}
.nbb-df-wrap .nbb-df-table td {
  height: auto;
  min-height: var(--nbb-df-row, 35px);
  padding-top: 6px;
  padding-bottom: 6px;
  white-space: normal;
  overflow-wrap: anywhere;
}
.nbb-df-table thead th {
  position: sticky;
  top: 0;
  z-index: 2;
  background: var(--nbb-panel-bg);
  font-weight: 600;
  user-select: none;
}
.nbb-df-table th.nbb-df-pinned,
.nbb-df-table td.nbb-df-pinned {
  position: sticky;
  z-index: 1;
}
.nbb-df-table thead th.nbb-df-pinned {
  z-index: 3;
}
.nbb-df-table td.nbb-df-pinned-last,
.nbb-df-table th.nbb-df-pinned-last {
  box-shadow: 2px 0 0 var(--nbb-border-strong);
}
.nbb-df-head {
  display: flex;
  align-items: center;
  gap: 2px;
  min-width: 0;
}
.nbb-df-head-text {
  flex: 1 1 auto;
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
}
.nbb-df-head-button {
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 18px;
  height: 20px;
  padding: 0 2px;
  border: 0;
  border-radius: 4px;
  background: transparent;
  color: var(--nbb-text-subdued);
  font: inherit;
  font-size: 0.85em;
  cursor: pointer;
}
.nbb-df-head-button:hover,
.nbb-df-head-button[data-active] {
  background: var(--nbb-surface-hover);
  color: var(--nbb-text-strong);
}
.nbb-df-rownum {
  width: 4.5em;
  color: var(--nbb-text-subdued);
  text-align: right !important;
  font-variant-numeric: tabular-nums;
}
.nbb-df-table td.nbb-df-number {
  text-align: right;
  font-variant-numeric: tabular-nums;
}
.nbb-df-cell-menu {
  position: absolute;
  z-index: 1;
  background: var(--nbb-block-bg);
}
.nbb-df-cell-menu[hidden] {
  display: none;
}
.nbb-df-table td[aria-selected="true"] {
  padding-right: 26px; /* room for the cell menu button */
  outline: 2px solid var(--nbb-accent);
  outline-offset: -2px;
}
.nbb-df-table td.nbb-df-in-range {
  background: var(--nbb-surface);
}
.nbb-df-table tr.nbb-df-loading td {
  color: var(--nbb-text-faint);
}
.nbb-df-table tr.nbb-df-spacer td {
  height: 0;
  padding: 0;
  border: 0;
}
.nbb-df-table td.nbb-df-editing {
  padding: 0;
}
.nbb-df-editor {
  box-sizing: border-box;
  width: 100%;
  height: 100%;
  min-height: calc(var(--nbb-df-row, 35px) - 1px);
  padding: 0 7px;
  border: 0;
  outline: 2px solid var(--nbb-accent);
  outline-offset: -2px;
  background: var(--nbb-input-bg);
  color: var(--nbb-text);
  font: inherit;
}
.nbb-df-cell-html p,
.nbb-df-cell-markdown p {
  margin: 0;
}
.nbb-df-check {
  margin: 0;
  accent-color: var(--nbb-accent);
}
.nbb-df-empty {
  padding: 12px;
  color: var(--nbb-text-faint);
  text-align: center;
}
.nbb-df .nbb-df-add-row {
  align-self: flex-start;
  width: auto;
}
.nbb-df-error {
  color: var(--nbb-error);
  font-size: 0.9em;
}
.nbb-df-error:empty {
  display: none;
}
.nbb-df-menu {
  min-width: 12em;
  margin: 0;
  padding: 4px;
  border: 1px solid var(--nbb-border);
  border-radius: var(--nbb-radius-sm);
  background: var(--nbb-block-bg);
  color: var(--nbb-text);
  box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
  font-family: var(--nbb-font);
  font-size: var(--nbb-font-size);
}
.nbb-df-menu[hidden] {
  display: none;
}
.nbb-df-menu button.nbb-df-menu-item {
  display: block;
  width: 100%;
  padding: 5px 10px;
  border: 0;
  border-radius: 4px;
  background: transparent;
  color: inherit;
  font: inherit;
  text-align: left;
  cursor: pointer;
}
.nbb-df-menu button.nbb-df-menu-item:hover,
.nbb-df-menu button.nbb-df-menu-item:focus-visible {
  background: var(--nbb-surface-hover);
  outline: none;
}
.nbb-df-menu hr {
  margin: 4px 0;
  border: 0;
  border-top: 1px solid var(--nbb-border);
}
.nbb-df-filter-form {
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding: 6px;
}
.nbb-df-filter-form select,
.nbb-df-filter-form input {
  padding: 4px 6px;
  border: 1px solid var(--nbb-input-border);
  border-radius: 4px;
  background: var(--nbb-input-bg);
  color: var(--nbb-text);
  font: inherit;
}
.nbb-block:fullscreen {
  overflow: auto;
  padding: 16px;
  background: var(--nbb-block-bg);
}
.nbb-block:fullscreen .nbb-df-scroll {
  max-height: calc(100vh - 120px) !important;
}
`;var ie="nbblocks-style",se=[N,W,G,K,J,X,Y,Q,Z,ee,ne,re,te,oe,be,ae].join(`
`);function le(e){return e.head??e.documentElement}function de(e){let n=e.getElementById(ie);n||(n=e.createElement("style"),n.id=ie,le(e).append(n)),n.textContent!==se&&(n.textContent=se)}function ce(e,n){if(typeof n!="string"||n.trim()==="")return null;let r=tn(n);if(!e.querySelector(`style[data-nbblocks-view-css="${r}"]`)){let t=e.createElement("style");t.dataset.nbblocksViewCss=r,t.textContent=H(n,`[data-nbblocks-css="${r}"]`),le(e).append(t)}return r}function tn(e){let n=2166136261;for(let r=0;r<e.length;r+=1)n^=e.charCodeAt(r),n=Math.imul(n,16777619);return(n>>>0).toString(16).padStart(8,"0")}var V=new Map;function pe(e){if(typeof e!="string"||e.trim()==="")return Promise.reject(new Error("the model has no view_src"));let n=V.get(e);return n||(n=on(e),V.set(e,n),n.catch(()=>V.delete(e))),n}async function on(e){let n=URL.createObjectURL(new Blob([e],{type:"text/javascript"}));try{return await import(n)}finally{URL.revokeObjectURL(n)}}function ue(e){let n=e?.default??e;if(!n||typeof n.render!="function")throw new Error("the view module must export default { render(ctx) }");return n}function c(e,n=null,...r){let t=document.createElement(e);return n&&an(t,n),bn(t,r),t}function bn(e,n){for(let r of n.flat(1/0))r==null||r===!1||e.append(r instanceof Node?r:String(r));return e}function an(e,n){for(let[r,t]of Object.entries(n))r==="class"?e.className=t??"":r==="style"?typeof t=="string"?e.style.cssText=t:Object.assign(e.style,t):r==="dataset"?Object.assign(e.dataset,t):r==="text"?e.textContent=t??"":r.startsWith("on")&&typeof t=="function"?e.addEventListener(r.slice(2).toLowerCase(),t):r in e&&!r.startsWith("aria")&&r!=="role"?e[r]!==t&&(e[r]=t):t==null||t===!1?e.removeAttribute(r):e.setAttribute(r,t===!0?"":String(t));return e}function A(e,n,r,t,s={}){e.addEventListener(n,r,{...s,signal:t})}function M(e,n){let r=n==null?"":String(n);e.textContent!==r&&(e.textContent=r)}function fe(e,n,r,t=""){r?e.getAttribute(n)!==String(t)&&e.setAttribute(n,String(t)):e.hasAttribute(n)&&e.removeAttribute(n)}function ge(e){return e==null||e===""?"":typeof e=="number"?`${e}px`:String(e)}function sn(e){let n=e.getRootNode();return!!(n&&n.activeElement===e)}function xe(e,n){let r=n==null?"":String(n);if(e.value!==r)if(sn(e)&&typeof e.selectionStart=="number"){let{selectionStart:t,selectionEnd:s}=e;e.value=r;try{e.setSelectionRange(Math.min(t,r.length),Math.min(s,r.length))}catch{}}else e.value=r}function O(e,n){let r=URL.createObjectURL(e),t=document.createElement("a");t.href=r,t.download=n||"file",t.style.display="none",document.body.append(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4)}var ln=0,dn=Object.freeze({label:!0,info:!0,container:!0,containerDefault:!0});function he(e){return{...dn,...e?.chrome??{}}}function me({root:e,model:n,viewName:r,options:t,signal:s}){let l={className:e.className,style:e.style.cssText,id:e.id},a=`nbb-label-${ln+=1}`;e.classList.add("nbb-block",`nbb-view-${r}`),e.dataset.nbblocksView=r;let p=c("span",{id:a,class:t.label==="badge"?"nbb-label nbb-label-badge":"nbb-label",dataset:{nbblocksPart:"label"}}),h=c("div",{class:"nbb-header-extra",dataset:{nbblocksPart:"header-extra"}}),o=c("div",{class:"nbb-header",dataset:{nbblocksPart:"header"}},p,h),b=c("div",{class:"nbb-info",dataset:{nbblocksPart:"info"}}),d=c("div",{class:"nbb-view",dataset:{nbblocksPart:"view"}});e.replaceChildren(o,b,d),A(e,"keydown",i=>{!i.ctrlKey&&!i.metaKey&&!i.altKey&&i.stopPropagation()},s),A(p,"click",()=>{d.querySelector("input:not([type=hidden]), textarea, select, button")?.focus()},s);let u=[],g=null;function w(){let i=n.get("props")??{},L=i.visible??!0;e.classList.toggle("nbb-hidden",L===!1),e.classList.toggle("nbb-invisible",L==="hidden"),fe(e,"aria-hidden",L!==!0&&L!==void 0,"true");let T=t.container==="always"||t.container!==!1&&(i.container??t.containerDefault);e.classList.toggle("nbb-container",!!T),e.classList.toggle("nbb-non-interactive",i.interactive===!1),i.name&&(e.dataset.nbblocksName=i.name);let j=i.elem_id||null;j!==g&&(j?e.id=j:g&&e.removeAttribute("id"),g=j);let C=(Array.isArray(i.elem_classes)?i.elem_classes:typeof i.elem_classes=="string"?i.elem_classes.split(/\s+/):[]).filter(Boolean);for(let x of u)C.includes(x)||e.classList.remove(x);for(let x of C)e.classList.add(x);u=C;let E=i.scale;e.style.flexGrow=E==null?"":String(E),e.style.minWidth=typeof i.min_width=="number"?`min(${i.min_width}px, 100%)`:"";let y=t.label!==!1&&i.show_label!==!1&&i.label!=null&&i.label!=="";M(p,y?i.label:""),p.hidden=!y;let z=t.info!==!1&&i.info!=null&&i.info!=="";M(b,z?i.info:""),b.hidden=!z}w();let f=()=>w();n.on("change:props",f),s.addEventListener("abort",()=>n.off("change:props",f),{once:!0});function m(){e.replaceChildren(),e.className=l.className,e.style.cssText=l.style,l.id?e.id=l.id:e.removeAttribute("id");for(let i of["nbblocksView","nbblocksName","nbblocksState","nbblocksCss"])delete e.dataset[i];e.removeAttribute("aria-hidden")}return{root:e,viewEl:d,header:h,label:p,labelId:a,update:w,destroy:m}}function D(e,n,r){let t=r?.message??String(r);e.append(c("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},c("strong",null,`View "${n}" failed`)," ",t))}var cn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null});function ve({root:e,model:n,signal:r}){let t=c("span",{class:"nbb-status-timer",dataset:{nbblocksPart:"timer"}}),s=c("span",{class:"nbb-status-queue",dataset:{nbblocksPart:"queue"}}),l=c("div",{class:"nbb-status-meta"},s,t),a=c("div",{class:"nbb-spinner",role:"progressbar","aria-label":"Loading",dataset:{nbblocksPart:"spinner"}}),p=c("div",{class:"nbb-progress-fill"}),h=c("div",{class:"nbb-progress-bar"},p),o=c("div",{class:"nbb-progress-desc",dataset:{nbblocksPart:"progress-desc"}}),b=c("div",{class:"nbb-progress",dataset:{nbblocksPart:"progress"}},h,o),d=c("div",{class:"nbb-status-center"},a,b),u=c("div",{class:"nbb-status",dataset:{nbblocksPart:"status"},hidden:!0},l,d),g=c("div",{class:"nbb-cancelled",dataset:{nbblocksPart:"cancelled"},hidden:!0},"Cancelled"),w=c("span",{class:"nbb-error-text"}),f=c("div",{class:"nbb-error",role:"alert",dataset:{nbblocksPart:"error"},hidden:!0},c("strong",null,"Error"),w);e.append(f,u,g);let m=null,i=null,L=null;function T(){m!==null&&M(t,`${((performance.now()-m)/1e3).toFixed(1)}s`)}function j(){m=null,clearInterval(i),i=null}function $(){let y={...cn,...n.get("status")??{}},z=y.state==="pending";e.dataset.nbblocksState=y.state,e.classList.toggle("nbb-pending",z);let x=m!==null;z&&m===null?(m=performance.now(),i=setInterval(T,100)):z||j(),T(),clearTimeout(L),g.hidden=!(y.state==="idle"&&y.cancelled),g.hidden||(L=setTimeout(()=>{g.hidden=!0},2500)),x&&!z&&y.scroll_to_output&&e.scrollIntoView&&e.scrollIntoView({block:"nearest",behavior:"smooth"});let P=z?y.show_progress??"full":"hidden";u.hidden=P==="hidden",u.dataset.mode=P;let q=y.queue_position;M(s,typeof q=="number"?`queue: ${q+1} |`:""),C(y.progress);let B=y.state==="error";e.classList.toggle("nbb-has-error",B),f.hidden=!B,M(w,B?y.message||"Something went wrong.":"")}function C(y){let z=Array.isArray(y)?y.filter(Boolean):[];if(b.hidden=z.length===0,a.hidden=!1,z.length===0)return;let x=pn(z[0]);h.hidden=x===null,a.hidden=x!==null,x!==null&&(p.style.width=`${(x*100).toFixed(1)}%`),M(o,z.map(un).filter(Boolean).join(" · "))}$();let E=()=>$();return n.on("change:status",E),r.addEventListener("abort",()=>{n.off("change:status",E),clearTimeout(L),j()},{once:!0}),{update:$}}function pn(e){return typeof e.progress=="number"?Math.min(1,Math.max(0,e.progress)):typeof e.index=="number"&&typeof e.length=="number"&&e.length>0?Math.min(1,Math.max(0,e.index/e.length)):null}function un(e){let n=[];return e.desc&&n.push(e.desc),typeof e.index=="number"&&typeof e.length=="number"?n.push(`${e.index}/${e.length}${e.unit?` ${e.unit}`:""}`):typeof e.index=="number"?n.push(`${e.index}${e.unit?` ${e.unit}`:""}`):typeof e.progress=="number"&&n.push(`${Math.round(e.progress*100)}%`),n.join(" ")}var v=(e,n=16)=>`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${n}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${e}</svg>`,fn={copy:v('<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),check:v('<polyline points="20 6 9 17 4 12"/>'),close:v('<line x1="18" y1="6" x2="6" y2="18"/><line x1="6" y1="6" x2="18" y2="18"/>',14),chevronDown:v('<polyline points="6 9 12 15 18 9"/>'),send:v('<line x1="12" y1="19" x2="12" y2="5"/><polyline points="5 12 12 5 19 12"/>'),stop:v('<rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/>'),reset:v('<polyline points="1 4 1 10 7 10"/><path d="M3.51 15a9 9 0 1 0 2.13-9.36L1 10"/>',14),link:v('<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/>',14),error:v('<circle cx="12" cy="12" r="10"/><line x1="12" y1="8" x2="12" y2="12"/><line x1="12" y1="16" x2="12.01" y2="16"/>',18),warning:v('<path d="M10.29 3.86 1.82 18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"/><line x1="12" y1="9" x2="12" y2="13"/><line x1="12" y1="17" x2="12.01" y2="17"/>',18),info:v('<circle cx="12" cy="12" r="10"/><line x1="12" y1="16" x2="12" y2="12"/><line x1="12" y1="8" x2="12.01" y2="8"/>',18),upload:v('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="17 8 12 3 7 8"/><line x1="12" y1="3" x2="12" y2="15"/>'),download:v('<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><polyline points="7 10 12 15 17 10"/><line x1="12" y1="15" x2="12" y2="3"/>'),fullscreen:v('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="14" y2="10"/><line x1="3" y1="21" x2="10" y2="14"/>'),camera:v('<path d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z"/><circle cx="12" cy="13" r="4"/>'),clipboard:v('<path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2"/><rect x="8" y="2" width="8" height="4" rx="1"/>'),image:v('<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="8.5" cy="8.5" r="1.5"/><polyline points="21 15 16 10 5 21"/>',32),file:v('<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><polyline points="14 2 14 8 20 8"/>'),trash:v('<polyline points="3 6 5 6 21 6"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/><path d="M10 11v6"/><path d="M14 11v6"/><path d="M9 6V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/>',14),record:v('<circle cx="12" cy="12" r="7" fill="currentColor"/>'),brush:v('<path d="M18.37 2.63 14 7l-1.59-1.59a2 2 0 0 0-2.82 0L8 7l9 9 1.59-1.59a2 2 0 0 0 0-2.82L17 10l4.37-4.37a2.12 2.12 0 1 0-3-3z"/><path d="M9 8c-2 3-4 3.5-7 4l8 10c2-1 6-5 6-7"/>'),eraser:v('<path d="m7 21-4.3-4.3a1 1 0 0 1 0-1.4l9.6-9.6a1 1 0 0 1 1.4 0l5.6 5.6a1 1 0 0 1 0 1.4L13 21"/><line x1="22" y1="21" x2="7" y2="21"/><line x1="5" y1="11" x2="14" y2="20"/>'),crop:v('<path d="M6 2v14a2 2 0 0 0 2 2h14"/><path d="M18 22V8a2 2 0 0 0-2-2H2"/>'),resize:v('<polyline points="15 3 21 3 21 9"/><polyline points="9 21 3 21 3 15"/><line x1="21" y1="3" x2="3" y2="21"/>'),undo:v('<path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-15-6.7L3 13"/>'),redo:v('<path d="M21 7v6h-6"/><path d="M3 17a9 9 0 0 1 15-6.7L21 13"/>'),layers:v('<polygon points="12 2 2 7 12 12 22 7 12 2"/><polyline points="2 17 12 22 22 17"/><polyline points="2 12 12 17 22 12"/>'),plus:v('<line x1="12" y1="5" x2="12" y2="19"/><line x1="5" y1="12" x2="19" y2="12"/>',14),success:v('<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/>',18)};function F(e,n="nbb-icon"){let r=document.createElement("span");return r.className=n,r.innerHTML=fn[e]??"",r}var gn=["error","warning","info","success"],xn={error:"Error",warning:"Warning",info:"Info",success:"Success"};function ye({root:e,model:n,signal:r}){let t=c("div",{class:"nbb-toast-stack",dataset:{nbblocksPart:"toasts"},"aria-live":"polite"}),s=c("div",{class:"nbb-toast-region"},t);e.prepend(s);let l=a=>{a&&a.type==="toast"&&we(t,a,r)};return n.on("msg:custom",l),r.addEventListener("abort",()=>{n.off("msg:custom",l),s.remove()},{once:!0}),{show:a=>we(t,a,r)}}function we(e,{level:n="info",title:r=null,message:t="",duration:s=4},l){let a=gn.includes(n)?n:"info",p=c("button",{type:"button",class:"nbb-toast-close","aria-label":"Close",dataset:{nbblocksPart:"toast-close"}},F("close")),h=c("div",{class:`nbb-toast nbb-toast-${a}`,role:a==="error"?"alert":"status",dataset:{nbblocksPart:"toast",level:a}},F(a==="error"?"error":a,"nbb-toast-icon"),c("div",{class:"nbb-toast-body"},c("div",{class:"nbb-toast-title",dataset:{nbblocksPart:"toast-title"}},r||xn[a]),c("div",{class:"nbb-toast-message",dataset:{nbblocksPart:"toast-message"}},t??"")),p),o=null,b=()=>{clearTimeout(o),h.classList.add("nbb-toast-leaving"),setTimeout(()=>h.remove(),150)};if(A(p,"click",b,l),typeof s=="number"&&Number.isFinite(s)&&s>0){let d=c("div",{class:"nbb-toast-timer"});d.style.animationDuration=`${s}s`,h.append(d),o=setTimeout(b,s*1e3)}return l.addEventListener("abort",()=>clearTimeout(o),{once:!0}),e.append(h),h}var k=globalThis.__nbblocks??(globalThis.__nbblocks={page:Math.random().toString(36).slice(2)+Date.now().toString(36),seq:Object.create(null),answered:new Set,local:new WeakMap});function I(){return k.page}function S(e,n){let r=e.get("app")||"";return k.seq[r]=(k.seq[r]??0)+1,{...n,app:r,page:k.page,seq:k.seq[r]}}function ke(e){return k.answered.has(e)?!1:(k.answered.add(e),k.answered.size>1e3&&k.answered.delete(k.answered.values().next().value),!0)}function ze(e,n,r){k.local.set(e,{seq:n,value:r})}k.settingLocally??(k.settingLocally=new WeakSet);function je(e,n){k.settingLocally.add(e);try{e.set("value",n)}finally{k.settingLocally.delete(e)}}function Le(e){return k.settingLocally.has(e)}function Ee(e){let n=e.get("value_origin");return!!(n&&n.page===k.page)}function R(e){let n=e.get("value_origin"),r=k.local.get(e);return r&&n&&n.page===k.page&&n.seq<r.seq?r.value:e.get("value")}function Se({model:e,signal:n}){let r=async t=>{if(!t||t.type!=="js"||!ke(t.id))return;let s;try{let a=await(0,eval)(`(${t.code})`)(...t.args??[]);s={type:"js_result",id:t.id,value:a===void 0?null:a}}catch(l){s={type:"js_result",id:t.id,error:String(l&&l.message||l)}}e.send(S(e,s))};e.on("msg:custom",r),n.addEventListener("abort",()=>e.off("msg:custom",r),{once:!0})}function Me({model:e,host:n,signal:r},t,{onUpdate:s=null}={}){let l=new Map,a=0;async function p(b,d,u){try{let g=await n.getWidget(b);if(u.aborted)return;await g.render({el:d,signal:u})}catch(g){if(u.aborted)return;console.error(`nbblocks: could not render child ${b}`,g),d.replaceChildren(c("div",{class:"nbb-view-error",dataset:{nbblocksPart:"view-error"}},c("strong",null,"Could not render a child")," ",g?.message??String(g)))}}async function h(){let b=a+=1,d=Array.isArray(e.get("children"))?e.get("children"):[],u=new Map,g=d.map(f=>{let m=u.get(f)??0;return u.set(f,m+1),m===0?f:`${f}#${m}`});for(let[f,m]of l)g.includes(f)||(m.controller.abort(),m.wrapper.remove(),l.delete(f));let w=[];g.forEach((f,m)=>{let i=l.get(f);if(!i){let T=c("div",{dataset:{nbblocksChild:d[m]}}),j=new AbortController;i={wrapper:T,controller:j},l.set(f,i),w.push({ref:d[m],entry:i})}let L=t.children[m];L!==i.wrapper&&t.insertBefore(i.wrapper,L??null)}),await Promise.all(w.map(({ref:f,entry:m})=>p(f,m.wrapper,m.controller.signal))),b===a&&!r.aborted&&s?.(g.map(f=>l.get(f).wrapper))}let o=()=>{h()};return e.on("change:children",o),r.addEventListener("abort",()=>{e.off("change:children",o);for(let b of l.values())b.controller.abort();l.clear()},{once:!0}),h()}var U=1<<20,hn=4,mn=64,vn=256*1024*1024,_=globalThis.__nbblocksFiles??(globalThis.__nbblocksFiles=new Map);function Ce(e,n){_.delete(e),_.set(e,n);let r=0;for(let t of _.values())r+=t.blob.size;for(;_.size>1&&(_.size>mn||r>vn);){let t=_.keys().next().value;r-=_.get(t).blob.size,_.delete(t)}}var _e=0;function Te(){return _e+=1,`${I()}-${Date.now().toString(36)}-${_e}`}function $e(e){return!!(e&&typeof e.path=="string"&&e.url===e.path&&/^(https?:|data:)/i.test(e.path))}function Ae(e,n){let r=new Map,t=(o,b)=>{!o||typeof o.id!="string"||o.page!==I()||r.get(o.id)?.(o,b??[])};e.on("msg:custom",t),n.addEventListener("abort",()=>{e.off("msg:custom",t);for(let o of[...r.values()])o({type:"aborted"},[])},{once:!0});let s=(o,b)=>e.send(S(e,o),void 0,b);function l(o,{name:b=null,onProgress:d=null,stream:u=!1}={}){let g=Te(),w=o.size,f=Math.max(1,Math.ceil(w/U)),m=b||o.name||"file",i=o.type||null;return new Promise((L,T)=>{let j=0,$=0,C=!1,E=!1,y=(x,P)=>{E||(E=!0,r.delete(g),x?T(x):L(P))},z=async()=>{if(!(C||E)){C=!0;try{for(;!E&&j<f&&j-$<hn;){let x=j,P=await o.slice(x*U,(x+1)*U).arrayBuffer();if(E)return;j+=1;let q={type:"upload",id:g,index:x,final:x===f-1};x===0&&Object.assign(q,{name:m,mime:i,size:w,stream:u}),s(q,[P])}}catch(x){y(x)}finally{C=!1}}};r.set(g,x=>{x.type==="upload_progress"?($+=1,d?.(w?Math.min(1,x.received/w):1),z()):x.type==="upload_done"?(d?.(1),Ce(x.file.path,{blob:o,mime:i??x.file.mime_type,name:m}),y(null,x.file)):x.type==="upload_error"?y(new Error(x.message||"the upload was refused")):x.type==="aborted"&&y(new Error("the view was removed"))}),d?.(0),z()})}function a(o){let b=_.get(o);if(b)return Promise.resolve(b);let d=Te();return new Promise((u,g)=>{let w=[];r.set(d,(f,m)=>{if(f.type==="file_data"){if(w[f.index]=m[0]??new ArrayBuffer(0),!f.final)return;r.delete(d);let i={blob:new Blob(w,{type:f.mime||""}),mime:f.mime,name:f.name};Ce(o,i),u(i)}else r.delete(d),g(new Error(f.message||"the file could not be read"))}),s({type:"file_request",id:d,path:o})})}async function p(o){if(!o||typeof o.path!="string")return null;if($e(o))return{kind:"url",url:o.path};let b=(e.get("blobs")??{})[o.path];if(b&&b.kind==="pixels")return b;if(b&&b.kind==="file")return{kind:"file",mime:b.mime,blob:new Blob([b.data],{type:b.mime})};let d=await a(o.path);return{kind:"file",mime:d.mime,blob:d.blob}}async function h(o){if(!o)return;let b=o.orig_name||String(o.path).split("/").pop()||"file";if($e(o)){let g=document.createElement("a");g.href=o.path,g.download=b,g.target="_blank",g.rel="noopener",g.click();return}let d=(e.get("blobs")??{})[o.path];if(d&&d.kind==="file"){O(new Blob([d.data],{type:d.mime}),b);return}let u=await a(o.path);O(u.blob,b)}return{upload:l,fetchFile:a,source:p,download:h}}var Pe=0;function Ie(e,n){let r=new Map,t=a=>{if(!a||typeof a.id!="string"||a.page!==I())return;let p=r.get(a.id);p&&(r.delete(a.id),p.resolve(a))};e.on("msg:custom",t),n.addEventListener("abort",()=>{e.off("msg:custom",t);for(let a of r.values())a.reject(new Error("the view was removed"));r.clear()},{once:!0});function s(a){Pe+=1;let p=`${I()}-r${Pe}`;return new Promise((h,o)=>{if(n.aborted){o(new Error("the view was removed"));return}r.set(p,{resolve:h,reject:o}),e.send(S(e,{...a,id:p}))})}function l(a){e.send(S(e,a))}return{request:s,send:l}}var wn=Object.freeze({state:"idle",message:null,show_progress:"full",progress:null,queue_position:null}),qe=new Set(["value","props","status","events","children","blobs"]);function Be({model:e,host:n,signal:r,viewName:t,chrome:s}){let l=!1,a=Ae(e,r),p=Ie(e,r);return{view:t,el:s.viewEl,root:s.root,header:s.header,labelId:s.labelId,model:e,host:n,signal:r,value:()=>R(e),props:()=>e.get("props")??{},status:()=>({...wn,...e.get("status")??{}}),events:()=>e.get("events")??[],interactive:()=>(e.get("props")??{}).interactive!==!1,setValue(o,{events:b=["input","change"]}={}){l=!0;try{je(e,o)}finally{l=!1}let d=b.length===0?[S(e,{type:"value",value:o})]:b.map(u=>S(e,{type:"event",event:u,data:null,value:o}));ze(e,d[d.length-1].seq,o);for(let u of d)e.send(u)},dispatch(o,b=null){e.send(S(e,{type:"event",event:o,data:b===void 0?null:b}))},on(o,b){if(!qe.has(o))throw new Error(`ctx.on: unknown name "${o}" (use ${[...qe].join(", ")})`);let d=o==="value"?()=>{(Le(e)?!l:!Ee(e))&&b(R(e))}:()=>b(e.get(o));e.on(`change:${o}`,d);let u=()=>e.off(`change:${o}`,d);return r.addEventListener("abort",u,{once:!0}),u},listen:(o,b,d,u={})=>A(o,b,d,r,u),send:o=>p.send(o),request:o=>p.request(o),renderChildren:(o,b={})=>Me({model:e,host:n,signal:r},o,b),upload:(o,b)=>a.upload(o,b),fetchFile:o=>a.fetchFile(o),fileSource:o=>a.source(o),download:o=>a.download(o),h:c,setText:M,setInputValue:xe,cssSize:ge}}async function Ve({model:e,el:n,host:r,signal:t}){let s=null;async function l(){s?.abort();let h=new AbortController;s=h;let o=h.signal,b=n.ownerDocument??document;de(b);let d=ce(b,e.get("view_css")),u=String(e.get("view")||"custom"),g=null,w=null;try{g=ue(await pe(e.get("view_src")))}catch(i){w=i}if(o.aborted)return;let f=me({root:n,model:e,viewName:u,options:he(g),signal:o});if(d&&(n.dataset.nbblocksCss=d),o.addEventListener("abort",()=>f.destroy(),{once:!0}),ve({root:n,model:e,signal:o}),u==="blocks"&&(ye({root:n,model:e,signal:o}),Se({model:e,signal:o})),w){console.error(`nbblocks: could not load view "${u}"`,w),D(f.viewEl,u,w);return}let m=Be({model:e,host:r,signal:o,viewName:u,chrome:f});try{let i=await g.render(m);typeof i=="function"&&(o.aborted?i():o.addEventListener("abort",()=>i(),{once:!0}))}catch(i){console.error(`nbblocks: view "${u}" failed to render`,i),o.aborted||D(f.viewEl,u,i)}}let a=()=>{l()};e.on("change:view_src",a),e.on("change:view_css",a);let p=()=>{e.off("change:view_src",a),e.off("change:view_css",a),s?.abort(),s=null};if(t){if(t.aborted)return p;t.addEventListener("abort",p,{once:!0})}return await l(),p}var Br={async render({model:e,el:n,host:r,signal:t}){return Ve({model:e,el:n,host:r,signal:t})}};export{Br as default};
