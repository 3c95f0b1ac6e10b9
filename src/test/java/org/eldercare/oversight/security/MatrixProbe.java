package org.eldercare.oversight.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.eldercare.oversight.security.RequestInputs.Input;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.servlet.ModelAndView;

/** Calls one endpoint as one identity (no redirect followed) and says whether it succeeded. */
final class MatrixProbe {

    /** What came back; {@code refused}: a page post that answered with its refusal (PagePosts: "error"). */
    record Outcome(int status, String location, boolean refused, String contentType, byte[] body) {

        /** 2xx, or a redirect that is neither to the login page nor carrying a refusal. */
        boolean success() {
            if (refused) {
                return false;
            }
            if (status >= 200 && status < 300) {
                return true;
            }
            return status >= 300 && status < 400 && (location == null || !location.contains("/login"));
        }

        String describe() {
            return status + (location == null ? "" : " → " + location);
        }
    }

    /**
     * Requests refused before authentication are counted per client address, and a client past the limit (120 a minute,
     * {@code eldercare.audit.unauthenticated.limit}) gets 429 on its requests without a login session: the anonymous
     * writes and the tokens' page posts of the matrix would reach it, and 127.0.0.1, every other test's address, would
     * stay throttled after the matrix. So the matrix's calls come from addresses of its own (TEST-NET-3), a new one after
     * every {@value #WRITES_PER_ADDRESS} writes (only writes are counted), and every call reaches the application.
     */
    static final int WRITES_PER_ADDRESS = 100;
    private static final String ADDRESSES = "203.0.113.";
    private final MockMvc mvc;
    private final MatrixIdentities identities;
    private int writes;

    MatrixProbe(MockMvc mvc, MatrixIdentities identities) {
        this.mvc = mvc;
        this.identities = identities;
    }

    Outcome call(MatrixIdentity identity, MatrixEndpoint e, String path, Input input) throws Exception {
        boolean files = !e.fileParts().isEmpty() || (input != null && input.filePart() != null);
        AbstractMockHttpServletRequestBuilder<?> b = files ? withFiles(e, path, input) : request(e.method(), path);
        Map<String, String> params = new LinkedHashMap<>(e.requiredParams());
        if (input != null) {
            params.putAll(input.form());
        }
        params.forEach(b::param);
        if (e.jsonBody()) {
            b.contentType(MediaType.APPLICATION_JSON).content(input != null && input.json() != null ? input.json() : "{}");
        }
        if (e.write()) {
            b.with(csrf());
        }
        String address = ADDRESSES + (1 + (e.write() ? writes++ : writes) / WRITES_PER_ADDRESS % 254);
        b.with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
        if (identity.apiToken()) {
            b.header("Authorization", "Bearer " + identity.token());
        } else if (!identity.anonymous()) {
            if (e.api()) {
                b.with(httpBasic(identity.username(), MatrixIdentities.PASSWORD));
            } else {
                b.session(identities.session(identity));
            }
        }
        MvcResult result = mvc.perform(b).andReturn();
        MockHttpServletResponse response = result.getResponse();
        return new Outcome(response.getStatus(), response.getRedirectedUrl(), refused(e, result), response.getContentType(),
                response.getContentAsByteArray());
    }

    private static AbstractMockHttpServletRequestBuilder<?> withFiles(MatrixEndpoint e, String path, Input input) {
        MockMultipartHttpServletRequestBuilder b = multipart(e.method(), path);
        for (String part : e.fileParts().isEmpty() ? List.of(input.filePart()) : e.fileParts()) {
            b.file(new MockMultipartFile(part, "matrix.pdf", "application/pdf", FixtureBuilder.PDF));
        }
        return b;
    }

    /**
     * Refused by the application although the status looks fine: the reason in this response's flash (a redirect, see
     * PagePosts) or, for a post, in the model of the form shown again. (A GET's model may hold an earlier request's flash.)
     */
    private static boolean refused(MatrixEndpoint e, MvcResult result) {
        if (result.getFlashMap() != null && result.getFlashMap().get("error") != null) {
            return true;
        }
        ModelAndView mav = result.getModelAndView();
        return e.write() && mav != null && mav.getModel().get("error") != null;
    }

    /** The response as text for the leak check: JSON, HTML, text, or the cells of an Excel file; null for other types. */
    static String text(Outcome o) throws IOException {
        String type = o.contentType() == null ? "" : o.contentType();
        if (type.contains("spreadsheetml")) {
            return excelText(o.body());
        }
        boolean textual = type.contains("json") || type.contains("text") || type.contains("xml") || type.contains("yaml");
        return textual ? new String(o.body(), StandardCharsets.UTF_8) : null;
    }

    /** The XML parts of the workbook, read through the zip's central directory (its entries may have no sizes up front). */
    private static String excelText(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("matrix", ".xlsx");
        try {
            Files.write(file, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        zip.getInputStream(entry).transferTo(out);
                    }
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
