// The desk's slash commands, as the JSON Discord registers (npm run discord:deploy). Guild-only:
// sellers work inside the Caravan server, where lead threads live.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import { availableLanguages, languageName } from "../../locales/index.js";

const guildOnly = { contexts: [0 as const], integration_types: [0 as const] };
/** A description's translations for the locales Discord's apps offer that Caravan speaks (Discord has no Arabic). */
const say = (fr: string, es: string) => ({ fr, "es-ES": es, "es-419": es });

export const DESK_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: "link",
    description: "Link your Discord account to your company with the claim code Caravan gave you",
    description_localizations: say("Liez votre compte Discord à votre entreprise avec le code fourni par Caravan", "Vincule su cuenta de Discord a su empresa con el código que le dio Caravan"),
    options: [{ type: 3, name: "code", description: "Your claim code, e.g. CRV-ABCD-EFGH", description_localizations: say("Votre code, par ex. CRV-ABCD-EFGH", "Su código, p. ej. CRV-ABCD-EFGH"), required: true, min_length: 4, max_length: 40 }],
    ...guildOnly,
  },
  { name: "unlink", description: "Unlink your Discord account from your company", description_localizations: say("Déliez votre compte Discord de votre entreprise", "Desvincule su cuenta de Discord de su empresa"), ...guildOnly },
  { name: "profile", description: "Your company's profile: products, leads and response rate", description_localizations: say("Le profil de votre entreprise : produits, demandes, taux de réponse", "El perfil de su empresa: productos, solicitudes y tasa de respuesta"), ...guildOnly },
  {
    // Discord's own apps offer no Arabic: a seller picks the desk's language here, every locale file one choice.
    name: "language",
    description: "The language Caravan writes to you in: answers, lead cards and thread posts",
    description_localizations: say("La langue dans laquelle Caravan vous écrit : réponses, fiches de demande, messages", "El idioma en que Caravan le escribe: respuestas, fichas de solicitud y mensajes"),
    options: [{ type: 3, name: "language", description: "Your language", description_localizations: say("Votre langue", "Su idioma"), required: true, choices: availableLanguages().map((l) => ({ name: languageName(l), value: l })) }],
    ...guildOnly,
  },
  { name: "leads", description: "Your open leads with their status and age", description_localizations: say("Vos demandes ouvertes, leur statut et leur âge", "Sus solicitudes abiertas, con su estado y antigüedad"), ...guildOnly },
  {
    name: "catalog",
    description: "Your company's catalog: upload a file, see your products and the last import",
    description_localizations: say("Le catalogue de votre entreprise : importer un fichier, voir vos produits et le dernier import", "El catálogo de su empresa: subir un archivo, ver sus productos y la última importación"),
    options: [
      {
        type: 1, name: "upload", description: "Import your catalog file (CSV, JSON, .xlsx, Shopify or WooCommerce export; up to 5 MB)",
        description_localizations: say("Importer votre fichier catalogue (CSV, JSON, .xlsx, export Shopify ou WooCommerce ; 5 Mo max.)", "Suba su archivo de catálogo (CSV, JSON, .xlsx, exportación de Shopify o WooCommerce; hasta 5 MB)"),
        options: [{ type: 11, name: "file", description: "The catalog file", description_localizations: say("Le fichier du catalogue", "El archivo del catálogo"), required: true }],
      },
      {
        type: 1, name: "status", description: "Your product count and the last import's report",
        description_localizations: say("Votre nombre de produits et le rapport du dernier import", "Su número de productos y el informe de la última importación"),
      },
    ],
    ...guildOnly,
  },
];

/** Where commands are registered: one guild (instant) or globally (up to an hour to appear). */
export function commandsRoute(appId: string, guildId?: string): `/${string}` {
  return guildId ? `/applications/${appId}/guilds/${guildId}/commands` : `/applications/${appId}/commands`;
}
