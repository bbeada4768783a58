// Type-checked (tsc --noEmit, strict) the way a merchant's TypeScript uses the
// package: if a generated type drifts from this usage, the build fails.
import { buildInfo, isLendkitError, version, type BuildInfo, type FieldProblem } from "lendkit";

const info: BuildInfo = buildInfo();
const profile: "release" | "debug" = info.profile;
const v: string = version();

export function describe(error: unknown): FieldProblem[] {
  if (isLendkitError(error)) {
    const code: string = error.code;
    return error.details.map((d) => ({ ...d, message: `${code}: ${d.message}` }));
  }
  return [];
}

export const summary = `${v} ${profile} ${info.commit}`;
