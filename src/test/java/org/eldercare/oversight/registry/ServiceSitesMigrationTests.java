package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.ScratchSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * REG-10 (#10 item 1) the upgrade to service sites (V38) on a copy of the demo and test data: every institution becomes
 * site 1 of its code, its name also the entity's registered name, and every institution, filing, commitment and history
 * entry is kept as it was.
 */
class ServiceSitesMigrationTests extends IntegrationTest {

    private static final String SEATS = "institution_id in (select id from public.institution where site_no = 1)";
    private static final Map<String, String> KEPT = new LinkedHashMap<>();

    static {
        KEPT.put("institution", "id, uscc, name, legal_form, kind, address, region_code, beds_total, nursing_beds, residents, "
                + "filing_status, operating_status, first_admission_date, version");
        KEPT.put("filing", "id, institution_id, kind, status, receipt_no, filed_date");
        KEPT.put("filing_transition", "filing_id, seq, from_status, to_status, by_user, reason");
        KEPT.put("filing_attachment", "id, filing_id, material, filename, sm3");
        KEPT.put("credit_commitment", "id, filing_id, institution_id, signer_name, published_at");
        KEPT.put("institution_change", "id, institution_id, action, changed_by, changes");
    }

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("REG-10 upgrade: the demo data's institutions become site 1 of their codes; filings, commitments, history kept")
    void demoDataSurvivesTheUpgrade() {
        try (ScratchSchema s = ScratchSchema.before("38", "service_sites_migration_test", dataSource)) {
            s.copyFromPublic("region");
            assertThat(s.copyFromPublic("institution", "site_no = 1")).as("the demo institutions").isPositive();
            s.copyFromPublic("institution_change", SEATS);
            assertThat(s.copyFromPublic("filing", SEATS)).as("the demo filings").isPositive();
            String seatFilings = "filing_id in (select id from public.filing where " + SEATS + ")";
            s.copyFromPublic("filing_transition", seatFilings);
            s.copyFromPublic("filing_attachment", seatFilings);
            assertThat(s.copyFromPublic("credit_commitment", SEATS)).as("the demo commitments").isPositive();
            Map<String, String> before = fingerprints(s.db());

            s.migrateTo("38");

            assertThat(fingerprints(s.db())).isEqualTo(before);
            assertThat(s.db().sql("select count(*) from institution where site_no <> 1 or legal_name is distinct from name")
                    .query(Long.class).single()).isZero();
        }
    }

    /** Per table: its row count and an MD5 over the kept columns of every row in key order. */
    private static Map<String, String> fingerprints(JdbcClient db) {
        Map<String, String> prints = new LinkedHashMap<>();
        KEPT.forEach((table, columns) -> prints.put(table, db.sql("select count(*) || ':' || coalesce(md5(string_agg(row("
                + columns + ")::text, '|' order by " + columns.split(",")[0] + ", " + columns.split(",")[1] + ")), '') from "
                + table).query(String.class).single()));
        return prints;
    }
}
