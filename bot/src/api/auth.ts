// Who is calling the tab's API. In Teams the tab sends an SSO token (Entra ID, validated with jose against the
// tenant's JWKS: signature, issuer, audience, expiry); the person is found in the organisation by the token's
// object id or user name, and the role there decides what they may do. In development mode only, a plain
// browser may instead name a person with the X-Dev-Person header.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { SsoConfig } from "../config";
import type { Directory } from "../domain/directory";
import type { Person } from "../domain/organisation";
import { ApiError } from "./errors";
import { redactCpr } from "../domain/cpr";
import { may } from "../domain/permissions";

/** The header of the development sign-in. */
export const DEV_PERSON_HEADER = "x-dev-person";
/** The tab's language for the API's messages ("da" unless "en"); the browser's Accept-Language is not the tab's. */
export const LANG_HEADER = "x-lang";

/** Where keys and issuers come from; tests pass a local key set instead of Entra's. */
export interface AuthOptions {
  /** Key set for token signatures; default: the tenant's Entra JWKS. */
  readonly keys?: JWTVerifyGetKey;
}

/** The caller, as the organisation knows them. */
export interface Caller {
  readonly person: Person;
  readonly canEdit: boolean;
  /** Signed in with the development sign-in. */
  readonly development: boolean;
}

/** Checks a request's credentials and finds the caller in the organisation. */
export type Authenticate = (headers: { readonly authorization?: string; readonly devPerson?: string }, directory: Directory) => Promise<Caller>;

/** Whether the person may edit from the tab (domain/permissions decides). */
export function canEdit(person: Person): boolean {
  return may(person, "edit");
}

export function createAuthenticator(settings: { readonly development: boolean; readonly sso?: SsoConfig }, options: AuthOptions = {}): Authenticate {
  const sso = settings.sso;
  const keys = sso ? options.keys ?? createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${sso.tenantId}/discovery/v2.0/keys`)) : undefined;

  return async ({ authorization, devPerson }, directory) => {
    if (devPerson !== undefined) {
      if (!settings.development) throw new ApiError(401, "Udviklingslogin findes kun, når serveren kører i udviklingstilstand. Åbn fanen i Teams.");
      const person = directory.person(devPerson.trim());
      if (!person) throw new ApiError(401, `Udviklingslogin: der er ingen person med id "${redactCpr(devPerson.slice(0, 40))}" i organisationen.`);
      return { person, canEdit: canEdit(person), development: true };
    }
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw new ApiError(401, "Du er ikke logget ind: anmodningen mangler et Teams-token.");
    if (!sso || !keys) throw new ApiError(401, "Teams-login er ikke sat op på serveren (SSO_CLIENT_ID, SSO_APP_ID_URI og SSO_TENANT_ID mangler).");
    let claims: Record<string, unknown>;
    try {
      const verified = await jwtVerify(token, keys, {
        issuer: [`https://login.microsoftonline.com/${sso.tenantId}/v2.0`, `https://sts.windows.net/${sso.tenantId}/`],
        audience: [sso.appIdUri, sso.clientId],
        algorithms: ["RS256"],
      });
      claims = verified.payload;
    } catch (err) {
      throw new ApiError(401, "Dit Teams-login kunne ikke godkendes (ugyldigt eller udløbet token). Genindlæs fanen.", undefined, { cause: err });
    }
    const oid = typeof claims.oid === "string" ? claims.oid : undefined;
    const name = [claims.preferred_username, claims.upn, claims.email].find((v): v is string => typeof v === "string");
    const person = directory.identify({ aadObjectId: oid, email: name });
    if (!person) throw new ApiError(403, "Du er logget ind, men findes ikke i organisationen. Bed din koordinator om at tilføje dig.");
    return { person, canEdit: canEdit(person), development: false };
  };
}
