package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.ScratchSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upgrade to stored filing authorities (V35) on a database with filings in every state: the filings already
 * submitted keep the county bureau their receipts were numbered under — also a non-profit registered at the prefecture,
 * which files there only from its next submission on; a draft gets its authority when it is submitted. Runs the real
 * migrations in a schema of its own on the test database.
 */
class FilingAuthorityMigrationTests extends IntegrationTest {

    private static final String SCHEMA = "filing_authority_migration_test";

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("REG-3 upgrade: filings already submitted keep their county bureau; drafts get theirs at submission")
    void existingFilingsKeepTheirCountyBureau() {
        try (ScratchSchema s = ScratchSchema.before("35", SCHEMA, dataSource)) {
            JdbcClient db = s.db();
            Map<String, Long> filings = new HashMap<>();
            db.sql("insert into region (code, name, level, parent_code, path) values ('532301199000', '迁移测试镇', 4, '532301',"
                    + " '/000000/530000/532300/532301/532301199000/') on conflict do nothing").update();
            long township = institution(db, "52532300MJ0000001A", "532301199000");
            filings.put("filed", filing(db, township, "FILED", "楚民养备〔2026〕0001号"));
            filings.put("revoked", filing(db, township, "REVOKED", "楚民养备〔2026〕0002号"));
            filings.put("submitted", filing(db, institution(db, "52532301MJ0000001A", "532301"), "SUBMITTED", null));
            filings.put("returned", filing(db, institution(db, "52532301MJ0000002A", "532301199000"), "RETURNED", null));
            filings.put("draft", filing(db, institution(db, "52532301MJ0000003A", "532301"), "DRAFT", null));

            s.migrateTo("35");

            for (String state : new String[] {"filed", "revoked", "submitted", "returned"}) {
                assertThat(authority(db, filings.get(state))).as(state).isEqualTo("532301");
            }
            assertThat(authority(db, filings.get("draft"))).isNull();
            assertThat(db.sql("select count(*) from filing_transition where decider_region_code is not null or note is not null")
                    .query(Long.class).single()).isZero();
        }
    }

    private static String authority(JdbcClient db, long filing) {
        return db.sql("select authority_code from filing where id = ?").param(filing).query(String.class).optional().orElse(null);
    }

    private static long filing(JdbcClient db, long institution, String status, String receipt) {
        return db.sql("insert into filing (institution_id, kind, status, receipt_no, created_at, created_by) "
                        + "values (?, 'INITIAL', ?, ?, now(), 'test') returning id")
                .params(institution, status, receipt).query(Long.class).single();
    }

    private static long institution(JdbcClient db, String uscc, String region) {
        return db.sql("""
                insert into institution (uscc, name, legal_form, kind, address, region_code, created_at, created_by,
                    updated_at, updated_by)
                values (?, ?, 'NON_PROFIT', 'NURSING_HOME', '测试地址', ?, now(), 'test', now(), 'test') returning id""")
                .params(uscc, "迁移测试养老院" + uscc, region).query(Long.class).single();
    }
}
