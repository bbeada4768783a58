// Every catalog, for servers and tests (the Node entry registers them all). A
// browser page should not import this: it loads its locale's catalog alone
// (`loadCatalog`, or `lendkit/locales/<id>`).
import { catalog as da } from "./da-DK.js";
import { catalog as en } from "./en.js";
import { catalog as enGB } from "./en-GB.js";
import { catalog as es } from "./es-ES.js";
import { catalog as fi } from "./fi-FI.js";
import { catalog as nb } from "./nb-NO.js";
import { catalog as sv } from "./sv-SE.js";
import type { Catalog } from "../catalog.js";

export const catalogs: readonly Catalog[] = [es, sv, fi, nb, da, enGB, en];
