// The desk's slash commands, as the JSON Discord registers (npm run discord:deploy). Guild-only:
// sellers work inside the Caravan server, where lead threads live.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import { availableLanguages, languageName } from "../../locales/index.js";

const guildOnly = { contexts: [0 as const], integration_types: [0 as const] };

export const DESK_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: "link",
    description: "Link your Discord account to your company with the claim code Caravan gave you",
    description_localizations: { fr: "Liez votre compte Discord à votre entreprise avec le code fourni par Caravan" },
    options: [{ type: 3, name: "code", description: "Your claim code, e.g. CRV-ABCD-EFGH", required: true, min_length: 4, max_length: 40 }],
    ...guildOnly,
  },
  { name: "unlink", description: "Unlink your Discord account from your company", description_localizations: { fr: "Déliez votre compte Discord de votre entreprise" }, ...guildOnly },
  { name: "profile", description: "Your company's profile: products, leads and response rate", description_localizations: { fr: "Le profil de votre entreprise : produits, demandes, taux de réponse" }, ...guildOnly },
  {
    // Discord's own apps offer no Arabic: a seller picks the desk's language here, every locale file one choice.
    name: "language",
    description: "The language Caravan writes to you in: answers, lead cards and thread posts",
    description_localizations: { fr: "La langue dans laquelle Caravan vous écrit : réponses, fiches de demande, messages" },
    options: [{ type: 3, name: "language", description: "Your language", description_localizations: { fr: "Votre langue" }, required: true, choices: availableLanguages().map((l) => ({ name: languageName(l), value: l })) }],
    ...guildOnly,
  },
  { name: "leads", description: "Your open leads with their status and age", description_localizations: { fr: "Vos demandes ouvertes, leur statut et leur âge" }, ...guildOnly },
  {
    name: "catalog",
    description: "Your company's catalog: upload a file, see your products and the last import",
    description_localizations: { fr: "Le catalogue de votre entreprise : importer un fichier, voir vos produits et le dernier import" },
    options: [
      {
        type: 1, name: "upload", description: "Import your catalog file (CSV, JSON, .xlsx, Shopify or WooCommerce export; up to 5 MB)",
        description_localizations: { fr: "Importer votre fichier catalogue (CSV, JSON, .xlsx, export Shopify ou WooCommerce ; 5 Mo max.)" },
        options: [{ type: 11, name: "file", description: "The catalog file", description_localizations: { fr: "Le fichier du catalogue" }, required: true }],
      },
      {
        type: 1, name: "status", description: "Your product count and the last import's report",
        description_localizations: { fr: "Votre nombre de produits et le rapport du dernier import" },
      },
    ],
    ...guildOnly,
  },
];

/** Where commands are registered: one guild (instant) or globally (up to an hour to appear). */
export function commandsRoute(appId: string, guildId?: string): `/${string}` {
  return guildId ? `/applications/${appId}/guilds/${guildId}/commands` : `/applications/${appId}/commands`;
}
