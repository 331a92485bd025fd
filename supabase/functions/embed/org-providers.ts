import type OpenAI from "npm:openai@7.60.0";
import { openOpenaiKey } from "../_shared/openai-key-box.ts";
import type { Keyring, SealedSecret } from "../_shared/secret-box.ts";
import { offlineProvider, openAiProvider, type EmbeddingProvider } from "./embedding-provider.ts";

/** The provider that embeds one organization's text. */
export type ProviderFor = (orgId: string) => Promise<EmbeddingProvider>;

export interface OrgProviderDeps {
  /** The plan's OpenAI client; null without OPENAI_API_KEY (offline embeddings). */
  planClient: OpenAI | null;
  /** Opens organizations' own keys; null when the function has no keyring (then only the plan's key is used). */
  keyring: Keyring | null;
  storedKey(orgId: string): Promise<SealedSecret | null>;
  clientFor(apiKey: string): OpenAI;
  log?: (message: string) => void;
}

/**
 * Chooses, per organization, whose key embeds its text: its own OpenAI key when it stored one (opened with the
 * shared secret box; not metered), else the plan's key (metered), else the offline provider.
 * Both OpenAI paths use the same model, so adding or removing an own key re-embeds nothing.
 */
export function orgProviders(deps: OrgProviderDeps): ProviderFor {
  return async (orgId) => {
    const stored = deps.keyring ? await deps.storedKey(orgId) : null;
    if (stored && deps.keyring) {
      try {
        return openAiProvider(deps.clientFor(await openOpenaiKey(deps.keyring, orgId, stored)), { metered: false });
      } catch {
        // A key sealed under a key id this function does not hold (rotation half done): the plan's key for now.
        deps.log?.(`[embed] the stored OpenAI key of ${orgId} does not open; using the plan's provider`);
      }
    }
    return deps.planClient ? openAiProvider(deps.planClient, { metered: true }) : offlineProvider();
  };
}
