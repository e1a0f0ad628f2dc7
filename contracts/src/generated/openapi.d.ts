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
    "/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements the caller is a party to or audits */
        get: operations["listAgreements"];
        put?: never;
        /** Propose a data agreement (the policy document) to the counterparty; returns its id, state and version hash */
        post: operations["proposeAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, versions and budgets of an agreement */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a changed policy: a new version both parties must approve before it governs anything */
        post: operations["amendAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The counterparty approves the pending version named by its hash */
        post: operations["approveAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Either party ends the agreement */
        post: operations["revokeAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events the caller may see (auditors: agreements they audit; parties: their agreements), filtered, cursor-paginated */
        get: operations["listAuditEvents"];
        put?: never;
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
        Agreement: {
            id: components["schemas"]["AgreementId"];
            state: components["schemas"]["AgreementState"];
            brand: components["schemas"]["OrgId"];
            partner: components["schemas"]["OrgId"];
            auditors: components["schemas"]["OrgId"][];
            activeVersion: number | null;
            activeVersionHash: components["schemas"]["VersionHash"];
            pendingVersion: number | null;
            pendingVersionHash: components["schemas"]["VersionHash"];
            /**
             * Format: date-time
             * @description Of the governing version
             * @example 2026-11-23T10:00:00.000Z
             */
            validUntil: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            stateChangedAt: string;
            versions: components["schemas"]["AgreementVersion"][];
            /** @description One ledger per (protected party, recipient), spanning agreements */
            budgets: components["schemas"]["BudgetStatus"][];
        };
        /** @example agr_01jd6m3v8x4k2h7q9w5c0b1n3r */
        AgreementId: string;
        /** @enum {string} */
        AgreementState: "draft" | "proposed" | "active" | "suspended" | "revoked" | "expired";
        VersionHash: string | null;
        AgreementVersion: {
            version: number;
            versionHash: components["schemas"]["VersionHash"];
            /** @enum {string} */
            status: "pending" | "approved" | "superseded" | "withdrawn";
            proposedBy: components["schemas"]["OrgId"];
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            proposedAt: string;
            approvedBy: components["schemas"]["OrgId"] & (string | null);
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            approvedAt: string | null;
            policy: components["schemas"]["PolicyDocument"];
        };
        PolicyDocument: {
            purpose: string;
            parties: {
                brand: components["schemas"]["OrgId"];
                partner: components["schemas"]["OrgId"];
            };
            /** @default [] */
            auditors?: components["schemas"]["OrgId"][];
            identity: {
                /** @enum {string} */
                profile: "email" | "phone";
            };
            brandAttributes: components["schemas"]["AttributeName"][];
            partnerAttributes: {
                [key: string]: components["schemas"]["PartnerAttributeRule"];
            };
            insights: components["schemas"]["InsightKind"][];
            minCohort: number;
            privacy: components["schemas"]["PrivacySettings"];
            /** @default false */
            revealPartnerBaseSize?: boolean;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            validUntil: string;
            retentionDays: number;
        };
        /** @example value_tier */
        AttributeName: string;
        PartnerAttributeRule: {
            /** @default 1 */
            maxValuesPerId?: number;
        };
        /** @enum {string} */
        InsightKind: "overlap" | "context";
        PrivacySettings: {
            /** @enum {string} */
            mechanism: "discrete-gaussian" | "discrete-laplace";
            epsilonPerRelease: number;
            /** @description Total ε (at δ) per (protected data, recipient); never refreshes */
            budget: number;
            /** @description δ at which ε is reported (zCDP conversion) */
            delta: number;
        };
        BudgetStatus: {
            recipient: components["schemas"]["OrgId"];
            protectedParty: components["schemas"]["OrgId"];
            epsilonSpent: number;
            epsilonBudget: number;
            epsilonLeft: number;
            delta: number;
            releases: number;
        };
        AgreementList: {
            agreements: components["schemas"]["AgreementSummary"][];
        };
        AgreementSummary: {
            id: components["schemas"]["AgreementId"];
            state: components["schemas"]["AgreementState"];
            brand: components["schemas"]["OrgId"];
            partner: components["schemas"]["OrgId"];
            auditors: components["schemas"]["OrgId"][];
            activeVersion: number | null;
            activeVersionHash: components["schemas"]["VersionHash"];
            pendingVersion: number | null;
            pendingVersionHash: components["schemas"]["VersionHash"];
            /**
             * Format: date-time
             * @description Of the governing version
             * @example 2026-11-23T10:00:00.000Z
             */
            validUntil: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            stateChangedAt: string;
        };
        ApproveRequest: {
            versionHash: components["schemas"]["VersionHash"];
        };
        RevokeRequest: {
            reason?: string;
        };
        AuditEventPage: {
            events: components["schemas"]["AuditEvent"][];
            /** @description Pass as cursor for the next page; null at the end */
            nextCursor: string | null;
        };
        AuditEvent: {
            seq: number;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            at: string;
            actorOrg: components["schemas"]["OrgId"] & (string | null);
            actorRole: string | null;
            action: components["schemas"]["AuditAction"];
            agreementId: components["schemas"]["AgreementId"] & (string | null);
            /** @enum {string|null} */
            decision: "allow" | "deny" | null;
            detail: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        /** @enum {string} */
        AuditAction: "organization.created" | "organization.key_registered" | "token.issued" | "auth.failed" | "agreement.proposed" | "agreement.amendment_proposed" | "agreement.approved" | "agreement.approval_refused" | "agreement.revoked" | "agreement.expired" | "key.created" | "key.destroyed" | "data.deleted" | "upload.accepted" | "upload.rejected" | "insight.allowed" | "insight.denied" | "checkpoint.signed";
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
    listAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementList"];
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
    proposeAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyDocument"];
            };
        };
        responses: {
            /** @description The proposed agreement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: components["schemas"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
    amendAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: components["schemas"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyDocument"];
            };
        };
        responses: {
            /** @description The agreement with its new pending version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:conflict";
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
    approveAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: components["schemas"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description The agreement, now governed by the approved version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:conflict";
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
    revokeAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: components["schemas"]["AgreementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description The revoked agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
            /** @description conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:conflict";
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
    listAuditEvents: {
        parameters: {
            query?: {
                agreementId?: components["schemas"]["AgreementId"];
                actor?: components["schemas"]["OrgId"];
                action?: components["schemas"]["AuditAction"];
                decision?: "allow" | "deny";
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events in chain order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
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
