// Helpers for components with `choices` (always `[[label, value], ...]`).

export function normaliseChoices(choices) {
  if (!Array.isArray(choices)) return [];
  return choices.map((choice) => (Array.isArray(choice) ? [String(choice[0]), choice[1]] : [String(choice), choice]));
}

/** Deep equality for JSON values (choice values may be numbers, strings, lists...). */
export function sameValue(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function indexOfValue(choices, value) {
  return choices.findIndex((choice) => sameValue(choice[1], value));
}

export function labelOfValue(choices, value) {
  const index = indexOfValue(choices, value);
  if (index >= 0) return choices[index][0];
  return value === null || value === undefined ? "" : String(value);
}

export function asList(value) {
  if (Array.isArray(value)) return value;
  return value === null || value === undefined ? [] : [value];
}
