package org.eldercare.oversight.security;

import java.util.Map;

/**
 * Valid input for the registry actions whose refusal must not hide behind a bad request: with it an allowed caller's call
 * would succeed, so a caller that must be refused is refused for who it is, not for what it sent. Every other endpoint
 * gets an empty JSON object or an empty form (and its required query parameters).
 */
final class RequestInputs {

    /** A JSON body ({@code json}) or form parameters ({@code form}), and whether the form carries a file. */
    record Input(String json, Map<String, String> form, boolean file) {

        static Input json(String json) {
            return new Input(json, Map.of(), false);
        }

        static Input form(Map<String, String> form) {
            return new Input(null, form, false);
        }

        static Input formWithFile(Map<String, String> form) {
            return new Input(null, form, true);
        }
    }

    private static final String REASON_JSON = "{\"reason\":\"矩阵检查\"}";
    private static final Map<String, String> REASON = Map.of("reason", "矩阵检查");
    private static final Map<String, Input> INPUTS = Map.ofEntries(
            Map.entry("POST /api/v1/filings/{id}/attachments", Input.form(Map.of("material", "OTHER"))),
            Map.entry("POST /registry/filings/{id}/attachments", Input.formWithFile(Map.of("material", "OTHER"))),
            Map.entry("POST /api/v1/filings/{id}/commitment", Input.json("{\"signerName\":\"矩阵\",\"signerTitle\":\"院长\"}")),
            Map.entry("POST /registry/filings/{id}/commitment", Input.form(Map.of("signerName", "矩阵", "signerTitle", "院长"))),
            Map.entry("POST /api/v1/filings/{id}/return", Input.json(REASON_JSON)),
            Map.entry("POST /registry/filings/{id}/return", Input.form(REASON)),
            Map.entry("POST /api/v1/filings/{id}/revoke", Input.json(REASON_JSON)),
            Map.entry("POST /registry/filings/{id}/revoke", Input.form(REASON)),
            Map.entry("POST /api/v1/institutions/{uscc}/unfiled-discovery", Input.json("{\"discoveredOn\":\"2025-01-01\"}")),
            Map.entry("POST /registry/institutions/{id}/discovery", Input.form(Map.of("discoveredOn", "2025-01-01"))),
            Map.entry("POST /registry/leads/{id}", Input.form(Map.of("result", "NOT_FOUND", "note", "矩阵检查"))),
            Map.entry("POST /api/v1/admin/users/{id}/id-number/reveal", Input.json(REASON_JSON)),
            Map.entry("POST /admin/users/{id}/reveal-id", Input.form(REASON)));

    private RequestInputs() {
    }

    static Input of(MatrixEndpoint e) {
        return INPUTS.get(e.key());
    }
}
