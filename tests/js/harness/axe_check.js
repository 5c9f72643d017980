// axe-core's checks over the given roots, as a list of {id, help, nodes} (loaded after
// js/node_modules/axe-core/axe.min.js by the front-end and JupyterLab tests).
//
// The one exception is the contrast of primary and stop buttons: nbblocks keeps Gradio's
// colours there (white on orange-500 / red-500) so an app looks as it does in Gradio
// (docs/frontend.md, "Accessibility").
window.nbAxeViolations = async (selectors) => {
  const roots = selectors.map((s) => [s]);
  const result = await axe.run({ include: roots }, { resultTypes: ["violations"], elementRef: true });
  const gradioColours = (rule, node) =>
    rule.id === "color-contrast" && node.element.closest(".nbb-button-primary, .nbb-button-stop") !== null;
  return result.violations
    .map((rule) => ({
      id: rule.id,
      help: rule.help,
      nodes: rule.nodes.filter((node) => !gradioColours(rule, node)).map((node) => `${node.target.join(" ")}: ${node.failureSummary}`),
    }))
    .filter((rule) => rule.nodes.length > 0);
};
