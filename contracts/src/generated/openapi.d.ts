// Generated from contracts/openapi.json by `npm run contracts:gen`. Do not edit.
export interface paths {
    "/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Client-credentials grant: exchange an organisation credential for a short-lived JWT (EdDSA) */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's public signing keys */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an organisation (admin); its credentials are returned once */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public details and public key of an organisation the caller deals with */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{orgId}/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Register the organisation's X25519 public key (that organisation only) */
        put: operations["putPublicKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrations applied */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            expires_in: number;
        };
        FieldError: {
            /** @description JSON-pointer-like path of the failing field ("" for the whole body) */
            path: string;
            /** @description Machine-readable cause of this field error */
            code: string;
            message: string;
        };
        /** @description Client credentials go in HTTP Basic or in these fields */
        TokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials";
            client_id?: string;
            client_secret?: string;
            scope?: string;
        };
        Jwks: {
            keys: components["schemas"]["Jwk"][];
        };
        Jwk: {
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            crv: "Ed25519";
            x: string;
            kid: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
        };
        OrganizationCredentials: {
            id: components["schemas"]["OrgId"];
            kind: components["schemas"]["OrgKind"];
            name: string;
            clientId: string;
            /** @description Shown once; only a slow salted hash is stored */
            clientSecret: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
        };
        /** @example org_01jd6m3v8x4k2h7q9w5c0b1n3r */
        OrgId: string;
        /** @enum {string} */
        OrgKind: "brand" | "media_partner" | "auditor";
        CreateOrganizationRequest: {
            kind: components["schemas"]["OrgKind"];
            name: string;
        };
        Organization: {
            id: components["schemas"]["OrgId"];
            kind: components["schemas"]["Role"];
            name: string;
            publicKey: components["schemas"]["X25519PublicKey"];
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            publicKeyUpdatedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
        };
        /** @enum {string} */
        Role: "admin" | "brand" | "media_partner" | "auditor";
        /** @example hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo */
        X25519PublicKey: string | null;
        PutPublicKeyRequest: {
            publicKey: components["schemas"]["X25519PublicKey"];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            checks: {
                /** @enum {string} */
                database: "ok" | "unreachable";
                /** @enum {string} */
                migrations: "ok" | "pending" | "unknown";
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description An access token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description malformed-request, unsupported-grant-type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:malformed-request" | "urn:cleanroom:problem:unsupported-grant-type";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description invalid-client */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:invalid-client";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unsupported-media-type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unsupported-media-type";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description validation-failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:validation-failed";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description rate-limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:rate-limited";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unavailable";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Web Key Set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The new organisation and its credentials */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationCredentials"];
                };
            };
            /** @description malformed-request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:malformed-request";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description invalid-token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:invalid-token";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:forbidden";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description payload-too-large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:payload-too-large";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unsupported-media-type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unsupported-media-type";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description validation-failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:validation-failed";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description rate-limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:rate-limited";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unavailable";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: components["schemas"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description invalid-token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:invalid-token";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:not-found";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description validation-failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:validation-failed";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description rate-limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:rate-limited";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unavailable";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    putPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: components["schemas"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutPublicKeyRequest"];
            };
        };
        responses: {
            /** @description The organisation with its new key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description malformed-request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:malformed-request";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description invalid-token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:invalid-token";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:forbidden";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:not-found";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description payload-too-large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:payload-too-large";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unsupported-media-type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unsupported-media-type";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description validation-failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:validation-failed";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description rate-limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:rate-limited";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
            /** @description unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:unavailable";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (503 with the same body when not) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:internal";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                    };
                };
            };
        };
    };
}
