// Server-side rendering in Node: react-dom/server renders the page, and the
// server imports lendkit/components (as a page's shared module would) without a DOM.
import { renderToString } from "react-dom/server";
import { ProductPage } from "./Page.js";
import { pricing } from "./pricing.js";

await import("lendkit/components");

console.log(renderToString(<ProductPage pricing={pricing} amount="5000.00" />));
