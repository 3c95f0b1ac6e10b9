package org.eldercare.oversight.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * #9 item 12: every error a browser gets is the styled Chinese page; every error under {@code /api/v1} is an RFC 9457
 * problem in JSON. Asserted over a list of failing requests sent to the running server (errors are rendered by the
 * servlet container's error dispatch, which MockMvc does not perform).
 */
class ErrorResponsesTests extends IntegrationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** #9 item 14: a 10,000-character query, URL-encoded (90,000 bytes). */
    private static final String LONG_CHINESE = java.net.URLEncoder.encode("养".repeat(10_000), StandardCharsets.UTF_8);
    private final HttpClient client = HttpClient.newHttpClient();

    private record Call(String method, String path, String user, String accept, String contentType, byte[] body, int status) {
    }

    private HttpResponse<String> send(Call c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path())).header("Accept", c.accept());
        if (c.user() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((c.user() + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String boundary, String filename, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return all;
    }

    @Test
    @DisplayName("#9-12: every failing page request shows the styled Chinese error page")
    void pageErrorsAreStyledPages() throws Exception {
        List<Call> calls = List.of(
                new Call("GET", "/registry/institutions/987654321", "demo-county", BROWSER, null, null, 404),
                new Call("GET", "/no/such/page", "demo-county", BROWSER, null, null, 404),
                new Call("GET", "/admin/users", "demo-county", BROWSER, null, null, 403),
                new Call("POST", "/registry/filings/1/submit", "demo-county", BROWSER, "application/x-www-form-urlencoded",
                        "x=1".getBytes(StandardCharsets.UTF_8), 403),
                new Call("GET", "/registry/institutions?cursor=x", "demo-county", BROWSER, null, null, 400),
                new Call("GET", "/registry/institutions?q=" + "a".repeat(10_000), "demo-county", BROWSER, null, null, 400),
                new Call("GET", "/registry/institutions?q=" + LONG_CHINESE, "demo-county", BROWSER, null, null, 400),
                new Call("POST", "/registry/imports", "demo-county", BROWSER, "multipart/form-data; boundary=b0undary",
                        multipart("b0undary", "huge.csv", new byte[21 * 1024 * 1024]), 413));
        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            HttpResponse<String> r = send(c);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != c.status() || !type.startsWith("text/html") || !r.body().contains("养老服务综合监管平台")
                    || r.body().contains("\"status\"")) {
                wrong.add(c.method() + " " + c.path().substring(0, Math.min(80, c.path().length())) + " → " + r.statusCode() + " " + type + " "
                        + r.body().substring(0, Math.min(120, r.body().length())));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("#9-12: every failing API request answers an RFC 9457 problem in JSON with a Chinese detail")
    void apiErrorsAreProblems() throws Exception {
        String boundary = "eoBoundary7MA4YWxkTrZu0gW";
        String form = "multipart/form-data; boundary=" + boundary;
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/institutions/XXXXXXXXXXXXXXXXXX", "demo-county", "*/*", null, null, 404),
                new Call("GET", "/api/v1/registrations/imports/987654321", "demo-county", "*/*", null, null, 404),
                new Call("GET", "/api/v1/no-such-endpoint", "demo-county", "*/*", null, null, 404),
                new Call("POST", "/api/v1/registrations/imports", "demo-county", "*/*", form,
                        multipart(boundary, "empty.csv", new byte[0]), 400),
                new Call("POST", "/api/v1/registrations/imports", "demo-county", "*/*", form,
                        multipart(boundary, "broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}), 400),
                new Call("POST", "/api/v1/institutions", "demo-county", "*/*", "application/json",
                        "{not json".getBytes(StandardCharsets.UTF_8), 400),
                new Call("GET", "/api/v1/admin/users", "demo-county", "*/*", null, null, 403),
                new Call("GET", "/api/v1/institutions?q=" + "养".repeat(101), "demo-county", "*/*", null, null, 400),
                new Call("GET", "/api/v1/institutions", null, "*/*", null, null, 401),
                new Call("POST", "/api/v1/registrations/imports", "demo-county", "*/*", form,
                        multipart(boundary, "huge.csv", new byte[21 * 1024 * 1024]), 413));
        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            HttpResponse<String> r = send(c);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != c.status() || !type.startsWith("application/problem+json")
                    || !r.body().matches("(?s).*\"detail\"\\s*:\\s*\"[^\"]*[\\u4e00-\\u9fa5].*")) {
                wrong.add(c.method() + " " + c.path().substring(0, Math.min(80, c.path().length())) + " → " + r.statusCode() + " " + type + " "
                        + r.body().substring(0, Math.min(160, r.body().length())));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("#9-12: the audit records the status actually sent: an upload over the limit is 413, not 500")
    void theAuditRecordsTheStatusSent() throws Exception {
        String boundary = "auditB0undary";
        HttpResponse<String> r = send(new Call("POST", "/api/v1/registrations/imports", "demo-county", "*/*",
                "multipart/form-data; boundary=" + boundary, multipart(boundary, "huge.csv", new byte[21 * 1024 * 1024]), 413));
        assertThat(r.statusCode()).isEqualTo(413);
        String detail = jdbc.sql("select detail from audit_log where username = 'demo-county' "
                + "and action like 'POST /api/v1/registrations/imports%' order by id desc limit 1").query(String.class).single();
        assertThat(detail).startsWith("HTTP 413");
    }
}
