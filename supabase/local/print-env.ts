// `npm run --silent stack:env`: prints the local stack's settings as KEY=value lines for tools and scripts.
import { defaultDataDir } from "./paths.ts";
import { stackEnv } from "./stack-env.ts";

for (const [key, value] of Object.entries(await stackEnv(defaultDataDir))) console.log(`${key}=${value}`);
