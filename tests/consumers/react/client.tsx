// The same page rendered by React in the browser (built by Vite): React 19 sets
// `pricing` on <lendkit-offer> as a property, and the element prices it.
import { createRoot } from "react-dom/client";
import "lendkit/components";
import { ProductPage } from "./Page.js";
import { pricing } from "./pricing.js";

createRoot(document.querySelector("#root")!).render(<ProductPage pricing={pricing} amount="5000.00" />);
