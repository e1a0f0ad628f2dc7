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
    "/v1/organizations/{orgId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate an organisation's client secret (operator); the new one is returned once, the previous one keeps working for the overlap */
        post: operations["rotateClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{orgId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an organisation (operator): its tokens stop working at once and it cannot obtain new ones */
        post: operations["disableOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{orgId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable a disabled organisation (operator) */
        post: operations["enableOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{jti}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one access token by its jti (operator): it stops working at once */
        post: operations["revokeToken"];
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
    "/v1/agreements/{agreementId}/datasets/{side}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stream the party's rows (NDJSON or CSV): validated, re-keyed, bulk-loaded and published as its next dataset version, all rows or none. The service runs a bounded number of uploads at once; past it, 503 (rule uploads_busy) with Retry-After before the body is read */
        put: operations["uploadDataset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own dataset versions under an agreement, with row counts */
        get: operations["listDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/insights/overlap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Overlap count, share of the brand audience and (if revealed) the partner base, optionally by one brand attribute — released under differential privacy */
        post: operations["overlapInsight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/insights/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Overlapping people per context value, their share and the affinity index, optionally crossed with one brand attribute */
        post: operations["contextInsight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/insights/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of an overlap or context insight: allowed or not and why, its ε cost, the budget left and the expected noise */
        post: operations["explainInsight"];
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
        /** Audit events the caller may see (auditors: agreements they audit; parties: their agreements, the counterparty's events elided), filtered, cursor-paginated */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the audit events of the agreements the caller audits (the operator: all), streamed as NDJSON (canonical) or CSV, with every hash and agreement-chain link so the file verifies offline; events the filters leave out appear as elided lines (hash only) */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the whole chain from the log and sign a checkpoint: the operator's over the global head and every agreement head; an auditor's over its agreements' heads and last event only */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/record-of-processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record of processing (GDPR Art. 30) of an agreement, for its parties and auditors */
        get: operations["getRecordOfProcessing"];
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
        /** Prometheus metrics: the operator's alone (its bearer token); per-route counts span every tenant */
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
            publicKey: components["schemas"]["X25519PublicKey"] | null;
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
        X25519PublicKey: string;
        PutPublicKeyRequest: {
            publicKey: components["schemas"]["X25519PublicKey"];
        };
        RotatedSecret: {
            id: components["schemas"]["OrgId"];
            clientId: string;
            /** @description The new secret, shown once; only its keyed hash is stored */
            clientSecret: string;
            /**
             * Format: date-time
             * @description Until when the previous secret still works (null: it stopped at once)
             * @example 2026-11-23T10:00:00.000Z
             */
            previousSecretExpiresAt: string | null;
        };
        RotateSecretRequest: {
            /** @description How long the previous secret keeps working (default: CLEANROOM_SECRET_OVERLAP_SECONDS); 0 ends it at once */
            overlapSeconds?: number;
        };
        /** @description Whether the organisation may obtain and use tokens; a disabled one's tokens stop at once */
        OrganizationStatus: {
            id: components["schemas"]["OrgId"];
            disabled: boolean;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            disabledAt: string | null;
        };
        RevokedToken: {
            jti: components["schemas"]["TokenId"];
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            revokedAt: string;
        };
        /** @example 3f0c6d1e-7a55-4f4b-9a57-2f1f5f0b9e21 */
        TokenId: string;
        Agreement: {
            id: components["schemas"]["AgreementId"];
            state: components["schemas"]["AgreementState"];
            brand: components["schemas"]["OrgId"];
            partner: components["schemas"]["OrgId"];
            auditors: components["schemas"]["OrgId"][];
            activeVersion: number | null;
            activeVersionHash: components["schemas"]["VersionHash"] | null;
            pendingVersion: number | null;
            pendingVersionHash: components["schemas"]["VersionHash"] | null;
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
        VersionHash: string;
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
            approvedBy: components["schemas"]["OrgId"] | null;
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
            /**
             * @description The values each attribute may take. They define the cells of every release, which must never come from the data (a cell that exists only because someone has a rare value would reveal them). Every brand and partner attribute the policy names must be listed here (values_required), and uploads accept only these values.
             * @default {}
             * @example {
             *       "value_tier": [
             *         "high",
             *         "mid",
             *         "low"
             *       ],
             *       "content_category": [
             *         "news",
             *         "sports",
             *         "cooking"
             *       ]
             *     }
             */
            attributeValues?: {
                [key: string]: string[];
            };
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
            activeVersionHash: components["schemas"]["VersionHash"] | null;
            pendingVersion: number | null;
            pendingVersionHash: components["schemas"]["VersionHash"] | null;
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
        DatasetUploadResult: {
            id: components["schemas"]["DatasetId"];
            agreementId: components["schemas"]["AgreementId"];
            side: components["schemas"]["DatasetSide"];
            version: number;
            /** @enum {string} */
            status: "published";
            /** @description Data rows in the body */
            rowsReceived: number;
            /** @description Distinct ids stored */
            rows: number;
            /** @description Rows whose id repeated an earlier row (the first one is kept) */
            duplicates: number;
            /** @description Always 0: one invalid row fails the whole upload */
            rowsRejected: number;
            /** @description Rows whose multi-valued attribute held more distinct values than the policy's maxValuesPerId (the first ones are kept) */
            valuesCapped: number;
            attributes: components["schemas"]["DatasetAttribute"][];
            peerSaltCheck: components["schemas"]["PeerSaltCheck"];
            supersededVersion: number | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            publishedAt: string;
        };
        /** @example ds_01jd6m3v8x4k2h7q9w5c0b1n3r */
        DatasetId: string;
        /** @enum {string} */
        DatasetSide: "brand" | "partner";
        DatasetAttribute: {
            name: components["schemas"]["AttributeName"];
            /** @description Several values per id (a partner attribute with maxValuesPerId > 1) */
            multi: boolean;
        };
        /**
         * @description Whether the other party's current dataset carries the same salt check
         * @enum {string}
         */
        PeerSaltCheck: "match" | "mismatch" | "no_peer_data";
        /** @description The salt check (sdk `saltCheck(salt, profile)`); insights are denied with salt_mismatch when the two parties’ checks differ */
        SaltCheck: string;
        DatasetList: {
            datasets: components["schemas"]["DatasetVersion"][];
        };
        DatasetVersion: {
            id: components["schemas"]["DatasetId"];
            side: components["schemas"]["DatasetSide"];
            version: number;
            /** @enum {string} */
            status: "loading" | "published" | "superseded" | "deleted";
            current: boolean;
            rows: number | null;
            duplicates: number | null;
            attributes: components["schemas"]["DatasetAttribute"][];
            uploadedBy: components["schemas"]["OrgId"];
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            deletedAt: string | null;
        };
        InsightResponse: {
            releaseId: string;
            agreementId: components["schemas"]["AgreementId"];
            agreementVersion: number;
            agreementVersionHash: components["schemas"]["VersionHash"];
            dataVersions: {
                brand: components["schemas"]["DataVersion"];
                partner: components["schemas"]["DataVersion"];
            };
            cached: boolean;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            createdAt: string;
            release: components["schemas"]["Release"];
            privacy: components["schemas"]["PrivacyAccount"];
        };
        DataVersion: {
            datasetId: string;
            version: number;
        };
        Release: {
            /** @enum {string} */
            kind: "overlap" | "context";
            brandAttribute: string | null;
            partnerAttribute: string | null;
            noise: components["schemas"]["NoiseDescription"];
            threshold: number;
            overlapRows: components["schemas"]["OverlapRow"][];
            contextRows: components["schemas"]["ContextRow"][];
            partnerBase: {
                /** @enum {string} */
                status: "released";
                value: number;
            } | {
                /** @enum {string} */
                status: "suppressed";
                /** @enum {string} */
                reason: "below_threshold";
            } | null;
            totals: {
                /** @description Sum of the released noisy overlap cells */
                overlap: number;
            };
            suppressedCells: number;
        };
        NoiseDescription: {
            /** @enum {string} */
            mechanism: "discrete-gaussian" | "discrete-laplace";
            stdDev: number;
            /** @description 95% of cells are within ± this of their true value */
            halfWidth95: number;
            l1Sensitivity: number;
            l2Sensitivity: number;
        };
        OverlapRow: {
            segment: string | null;
            overlap: components["schemas"]["Cell"];
            brandBase: components["schemas"]["Cell"];
            shareOfBrand: number | null;
        };
        /** @description A noisy count: released when the noisy value reaches the threshold, else suppressed */
        Cell: {
            /** @enum {string} */
            status: "released";
            value: number;
        } | {
            /** @enum {string} */
            status: "suppressed";
            /** @enum {string} */
            reason: "below_threshold";
        };
        ContextRow: {
            segment: string | null;
            context: string;
            overlap: components["schemas"]["Cell"];
            shareOfOverlap: number | null;
            partnerBase: {
                /** @enum {string} */
                status: "released";
                value: number;
            } | {
                /** @enum {string} */
                status: "suppressed";
                /** @enum {string} */
                reason: "below_threshold";
            } | null;
            affinityIndex: number | null;
        };
        PrivacyAccount: {
            /** @description ε this answer cost (0 when served from the release cache) */
            epsilonCharged: number;
            /** @description Total ε spent on this (protected party, recipient) ledger at δ */
            epsilonSpent: number;
            epsilonBudget: number;
            epsilonLeft: number;
            delta: number;
            releases: number;
            protectedParty: components["schemas"]["OrgId"];
            recipient: components["schemas"]["OrgId"];
        };
        OverlapRequest: {
            brandAttribute?: components["schemas"]["AttributeName"] & unknown;
        };
        ContextRequest: {
            partnerAttribute: components["schemas"]["AttributeName"] & unknown;
            brandAttribute?: components["schemas"]["AttributeName"] & unknown;
        };
        ExplainResponse: {
            allowed: boolean;
            reasons: components["schemas"]["DecisionReason"][];
            epsilonCost: number | null;
            budget: {
                /** @description Total ε spent on this (protected party, recipient) ledger at δ */
                epsilonSpent: number;
                epsilonBudget: number;
                epsilonLeft: number;
                delta: number;
                releases: number;
                protectedParty: components["schemas"]["OrgId"];
                recipient: components["schemas"]["OrgId"];
            } | null;
            noise: components["schemas"]["NoiseDescription"] | null;
            threshold: number | null;
            /** @description Number of cells the release would have */
            cells: number | null;
            /** @description The same question on the same data was answered before: asking costs nothing */
            cachedReleaseAvailable: boolean;
        };
        DecisionReason: {
            code: string;
            message: string;
            field?: string;
            /**
             * @description Whose data a data-dependent rule looked at: such a reason is given only to that party
             * @enum {string}
             */
            about?: "brand" | "partner";
        };
        ExplainRequest: {
            brandAttribute?: components["schemas"]["AttributeName"] & unknown;
            /** @enum {string} */
            kind: "overlap";
        } | {
            partnerAttribute: components["schemas"]["AttributeName"] & unknown;
            brandAttribute?: components["schemas"]["AttributeName"] & unknown;
            /** @enum {string} */
            kind: "context";
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
            actorOrg: components["schemas"]["OrgId"] | null;
            actorRole: string | null;
            action: components["schemas"]["AuditAction"];
            agreementId: components["schemas"]["AgreementId"] | null;
            /** @enum {string|null} */
            decision: "allow" | "deny" | null;
            detail: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
            /**
             * @description Present on another party's event: it happened (action, time, decision, place in the chain) but its detail is withheld ({}), so its hash cannot be recomputed from what is shown
             * @enum {boolean}
             */
            elided?: true;
        };
        /** @enum {string} */
        AuditAction: "organization.created" | "organization.key_registered" | "organization.secret_rotated" | "organization.disabled" | "organization.enabled" | "token.issued" | "token.revoked" | "auth.failed" | "agreement.proposed" | "agreement.amendment_proposed" | "agreement.approved" | "agreement.approval_refused" | "agreement.revoked" | "agreement.expired" | "key.created" | "key.destroyed" | "data.deleted" | "upload.accepted" | "upload.rejected" | "insight.allowed" | "insight.denied" | "insight.explained" | "checkpoint.signed" | "checkpoint.pushed";
        AuditVerification: {
            ok: boolean;
            /**
             * @description global (the operator): figures of the whole log; agreements (an auditor): of its agreements' events only — the whole chain is still recomputed
             * @enum {string}
             */
            scope: "global" | "agreements";
            /** @description Events in scope */
            length: number;
            /** @description seq of the last event in scope */
            headSeq: number;
            headHash: string;
            /** @description Where the chain broke (the operator only) */
            firstBrokenSeq?: number;
            /** @enum {string} */
            reason?: "hash_mismatch" | "broken_link" | "sequence_gap";
            /** @description Signed over the verified head; null when the chain is broken */
            checkpoint: components["schemas"]["Checkpoint"] | null;
        };
        Checkpoint: {
            /** @description Compact JWS (EdDSA, kid of a key in /.well-known/jwks.json, typ cleanroom-checkpoint+jws) over the payload */
            jws: string;
            kid: string;
            payload: components["schemas"]["CheckpointPayload"];
        };
        CheckpointPayload: {
            iss: string;
            /**
             * @description global: seq and headHash are the whole log's head (the operator's); agreements: the last event of the agreements listed (an auditor's)
             * @enum {string}
             */
            scope?: "global" | "agreements";
            /** @description seq of the head signed: the global chain head (0: empty log), or the last event of the agreements listed */
            seq: number;
            headHash: string;
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            time: string;
            /** @description Heads of the agreement chains the checkpoint was issued for (agreementSeq and link) */
            agreements: {
                agreementId: components["schemas"]["AgreementId"];
                seq: number;
                link: string;
            }[];
        };
        RecordOfProcessing: {
            agreementId: components["schemas"]["AgreementId"];
            state: components["schemas"]["AgreementState"];
            /** @description The version this record describes: the governing one, else the pending one */
            version: number;
            versionHash: components["schemas"]["VersionHash"];
            /** @enum {string} */
            versionStatus: "pending" | "approved" | "superseded" | "withdrawn";
            /** @description The brand and the media partner: each decides why and how its own data is processed */
            controllers: components["schemas"]["RecordParty"][];
            /** @description The clean room service acting for both */
            processor: string;
            auditors: components["schemas"]["RecordParty"][];
            purpose: string;
            dataSubjects: string[];
            dataCategories: {
                holder: components["schemas"]["OrgId"];
                category: string;
                fields: string[];
            }[];
            recipients: {
                orgId: components["schemas"]["OrgId"];
                name: string;
                receives: string;
            }[];
            retention: {
                retentionDays: number;
                /**
                 * Format: date-time
                 * @example 2026-11-23T10:00:00.000Z
                 */
                validUntil: string;
                onEnd: string;
            };
            securityMeasures: {
                identifierHashing: string;
                rekeying: string;
                /** @enum {string} */
                mechanism: "discrete-gaussian" | "discrete-laplace";
                epsilonPerRelease: number;
                epsilonBudget: number;
                delta: number;
                /** @description k: the stricter of the agreement and the operator floor; applied to noisy counts */
                minCohort: number;
                insights: string[];
                other: string[];
            };
            dates: {
                /**
                 * Format: date-time
                 * @example 2026-11-23T10:00:00.000Z
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-23T10:00:00.000Z
                 */
                proposedAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-23T10:00:00.000Z
                 */
                approvedAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-23T10:00:00.000Z
                 */
                stateChangedAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-23T10:00:00.000Z
                 */
                validUntil: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-23T10:00:00.000Z
             */
            generatedAt: string;
        };
        RecordParty: {
            orgId: components["schemas"]["OrgId"];
            name: string;
            /** @enum {string} */
            role: "brand" | "media_partner" | "auditor";
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    rotateClientSecret: {
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
                "application/json": components["schemas"]["RotateSecretRequest"];
            };
        };
        responses: {
            /** @description The new secret and until when the previous one works */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecret"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    disableOrganization: {
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
            /** @description The organisation, disabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationStatus"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    enableOrganization: {
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
            /** @description The organisation, enabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationStatus"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jti: components["schemas"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revocation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedToken"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    uploadDataset: {
        parameters: {
            query?: never;
            header: {
                /** @description The salt check (sdk `saltCheck(salt, profile)`); insights are denied with salt_mismatch when the two parties’ checks differ */
                "cleanroom-salt-check": components["schemas"]["SaltCheck"];
                /** @description A retry with the same key and the same body returns the first result; the same key with a different body is a conflict */
                "idempotency-key"?: string;
            };
            path: {
                agreementId: components["schemas"]["AgreementId"];
                side: components["schemas"]["DatasetSide"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description The published version (a retry with the same Idempotency-Key returns it again) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetUploadResult"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
            /** @description forbidden, policy-denied */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:forbidden" | "urn:cleanroom:problem:policy-denied";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    listDatasets: {
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
            /** @description The caller's versions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetList"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    overlapInsight: {
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
                "application/json": components["schemas"]["OverlapRequest"];
            };
        };
        responses: {
            /** @description The release */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightResponse"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
            /** @description policy-denied */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:policy-denied";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    contextInsight: {
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
                "application/json": components["schemas"]["ContextRequest"];
            };
        };
        responses: {
            /** @description The release */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightResponse"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
            /** @description policy-denied */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        type: "urn:cleanroom:problem:policy-denied";
                        title: string;
                        status: number;
                        detail?: string;
                        instance?: string;
                        requestId?: string;
                        /** @description Each failing field, for validation problems */
                        errors?: components["schemas"]["FieldError"][];
                        /** @description The rule that denied the request */
                        rule?: string;
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    explainInsight: {
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
                "application/json": components["schemas"]["ExplainRequest"];
            };
        };
        responses: {
            /** @description What the request would do */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplainResponse"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                agreementId?: components["schemas"]["AgreementId"];
                actor?: components["schemas"]["OrgId"];
                action?: components["schemas"]["AuditAction"];
                decision?: "allow" | "deny";
                from?: string;
                to?: string;
                format?: "ndjson" | "csv";
                /** @description Export up to this seq (a checkpoint's seq, so the export ends exactly at the signed head); default: the head when the export starts */
                through?: number | null;
                /** @description record: begin with the record of processing of agreementId (NDJSON only) */
                include?: "record";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event per line (format=csv: text/csv with a header row) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chain status and a signed checkpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
    getRecordOfProcessing: {
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
            /** @description The record of processing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordOfProcessing"];
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
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
                        /** @description Every rule of the agreement that denied the request */
                        reasons?: {
                            code: string;
                            message: string;
                            field?: string;
                        }[];
                        /** @description Uploads: data rows in the body */
                        rowsReceived?: number;
                        /** @description Uploads: rows that failed validation (errors lists the first by line) */
                        rowsRejected?: number;
                    };
                };
            };
        };
    };
}
