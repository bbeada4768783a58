// The components' base class: `HTMLElement` where the DOM has one; elsewhere
// (Node, Deno, Bun, workers: a server rendering the page) a stand-in, so that
// `import "lendkit/components"` declares the classes without throwing. The
// elements are defined, and so constructed, only where `customElements` exists.
export const ElementBase: typeof HTMLElement =
  typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement;
