// The market mode of <lendkit-offer> (./offer.ts): the legal advertisement's
// block and the full quote of the cheapest plan. The offer imports this module
// dynamically, and only once an element has a `market` attribute (or a page's
// parsed HTML has one, ./offer-only.ts), so a product page without a market
// ships none of the advertisement code (legal/advertisement, the catalogs'
// formatting, the block and its styles, `simulate`'s decoder).
export { ADVERTISING_CSS, AdvertisementView } from "./advertising.js";
export { simulate } from "../pricing.js";
