package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.RegistrationImports;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * #9 item 8: an import cut short (the node stopped after some batches committed) resumes where its last batch ended and
 * stores no row and opens no lead twice; a finished import is left alone; the page's progress fragment stops polling.
 */
class ImportResumeTests extends IntegrationTest {

    private static final String PW = "Resume#Import2026";
    private static final String COUNTY = "140725";

    @Autowired
    ImportRun run;

    private long rows(long importId) {
        return jdbc.sql("select count(*) from registration_row where import_id = ?").param(importId).query(Long.class).single();
    }

    @Test
    @DisplayName("#9-8: a run cut short after its first rows resumes after them: every row once, one lead per code")
    void aRunCutShortResumes() throws Exception {
        RequestPostProcessor supervisor = httpBasic(createUser("sup-ry", COUNTY, Set.of(Role.SUPERVISOR), PW), PW);
        int n = ThreadLocalRandom.current().nextInt(9_000_000);
        List<String> codes = List.of(Registrations.code(COUNTY, n), Registrations.code(COUNTY, n + 1), Registrations.code(COUNTY, n + 2));
        StringBuilder csv = new StringBuilder(Registrations.HEADER + "\n");
        codes.forEach(c -> csv.append(c).append(",寿阳县颐养服务站").append(c, 14, 18).append(",市场监管,养老服务,寿阳县,2024-01-02\n"));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long id = RegistrationImports.id(mvc.perform(multipart("/api/v1/registrations/imports")
                        .file(new MockMultipartFile("file", "寿阳县.csv", "text/csv", file)).with(supervisor))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        RegistrationImports.awaitDone(jdbc, id);
        mvc.perform(get("/registry/imports/" + id + "/progress").with(supervisor))
                .andExpect(header().string("HX-Refresh", "true"))
                .andExpect(content().string(not(containsString("hx-trigger"))));

        // as a node that stopped after committing the first row: the rest of the file is gone, the job runs again
        jdbc.sql("delete from verification_lead where import_id = ? and uscc <> ?").params(id, codes.get(0)).update();
        jdbc.sql("delete from registration_row where import_id = ? and uscc <> ?").params(id, codes.get(0)).update();
        jdbc.sql("update registration_import set status = 'PROCESSING', rows_done = 1, finished_at = null where id = ?").param(id).update();
        jdbc.sql("insert into registration_import_file (import_id, content) values (?, ?)").params(id, file).update();
        mvc.perform(get("/registry/imports/" + id + "/progress").with(supervisor))
                .andExpect(header().doesNotExist("HX-Refresh"))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
        run.run(id);

        assertThat(rows(id)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from registration_row where import_id = ? group by uscc having count(*) > 1")
                .param(id).query(Long.class).list()).isEmpty();
        assertThat(jdbc.sql("select count(*) from verification_lead where status = 'OPEN' and uscc in (?, ?, ?)")
                .params(codes.get(0), codes.get(1), codes.get(2)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select status from registration_import where id = ?").param(id).query(String.class).single())
                .isEqualTo("DONE");

        run.run(id); // a finished import is left alone
        assertThat(rows(id)).isEqualTo(3);
    }
}
