package org.eldercare.oversight.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.eldercare.oversight.security.FixtureRules.Kind;
import org.eldercare.oversight.security.MatrixFixtures.Shown;
import org.eldercare.oversight.security.MatrixFixtures.Side;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The side's complaint (CMP-1, issue #13) for the matrix: a hotline complaint about a place in the side's county, registered
 * by its supervisor, of category 消防 so that it is referred to the department accounts' 消防救援 and is still 已登记 (every
 * handling step would succeed on it). Its summary is the marker.
 */
final class ComplaintMatrixFixtures {

    private ComplaintMatrixFixtures() {
    }

    static void build(MockMvc mvc, JdbcClient jdbc, MatrixFixtures fixtures, Side side, RequestPostProcessor supervisor, String tag)
            throws Exception {
        String summary = "矩阵投诉" + tag + side.ordinal();
        MockHttpServletResponse r = mvc.perform(post("/api/v1/complaints").with(supervisor).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"channel":"HOTLINE","category":"FIRE","address":"%s矩阵路3号","regionCode":"%s","summary":"%s",
                         "content":"消防通道堵塞","anonymous":true}""".formatted(side.townshipName, side.county, summary)))
                .andReturn().getResponse();
        if (r.getStatus() != 201) {
            throw new IllegalStateException("complaint fixture failed: " + r.getStatus() + " " + r.getContentAsString());
        }
        long id = ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
        MatrixResource complaint = new MatrixResource(String.valueOf(id), side.county, null);
        fixtures.put(Kind.COMPLAINT, side, complaint);
        fixtures.mark(summary, complaint, Shown.BUSINESS);
    }
}
