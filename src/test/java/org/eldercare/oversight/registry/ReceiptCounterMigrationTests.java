package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.ScratchSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upgrade to per-bureau receipt counters (V20) on a database that issued receipts the old way: 海门区 and 海安市 drew
 * from one 海民养备 sequence, 楚雄市's sequence ran ahead of its receipts, and two bureaus had been configured with the
 * same prefix. Runs the real migrations in a schema of its own on the test database.
 */
class ReceiptCounterMigrationTests extends IntegrationTest {

    private static final String SCHEMA = "receipt_migration_test";

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("REG-2 upgrade: every bureau's counter continues after the highest number already issued under its prefix")
    void countersContinueAfterTheHighestNumberIssued() {
        try (ScratchSchema s = ScratchSchema.before("20", SCHEMA, dataSource)) {
            JdbcClient db = s.db();
            issuedTheOldWay(db);

            s.migrateTo("20");

            Map<String, Integer> counters = db.sql("select region_code, last from receipt_counter where year = 2026")
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            // 海门 issued 0001 and 0003, 海安 0002 (township), under the shared 海民养备; 楚雄市's sequence stood at 7
            assertThat(counters).containsEntry("320614", 3).containsEntry("320685", 2).containsEntry("532301", 7)
                    // 如东 keeps the configured 海民养备 (lower code than 如皋), so it continues after the shared sequence
                    .containsEntry("320623", 3);
            assertThat(db.sql("select count(*) from receipt_counter where year = 2025 and region_code = '320614' and last = 12")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(db.sql("select region_code from receipt_prefix where prefix = '海民养备'").query(String.class).list())
                    .containsExactly("320623");
            assertThat(db.sql("select count(*) from information_schema.tables where table_schema = ? and table_name = 'receipt_sequence'")
                    .param(SCHEMA).query(Long.class).single()).isZero();
            assertThatThrownBy(() -> db.sql("insert into receipt_prefix (region_code, prefix) values ('320682', '楚民养备')").update())
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    /** The state the old code left: one sequence per prefix, receipts on filings, a prefix configured twice. */
    private static void issuedTheOldWay(JdbcClient db) {
        db.sql("insert into region (code, name, level, parent_code, path) values "
                + "('320685100000', '海安镇', 4, '320685', '/000000/320000/320600/320685/320685100000/')").update();
        long haimen = institution(db, "52320614MJ0000001A", "320614");
        long haian = institution(db, "52320685MJ0000001A", "320685100000");
        long chuxiong = institution(db, "52532301MJ0000001A", "532301");
        for (Object[] f : List.of(new Object[] {haimen, "海民养备〔2026〕0001号"}, new Object[] {haian, "海民养备〔2026〕0002号"},
                new Object[] {haimen, "海民养备〔2026〕0003号"}, new Object[] {haimen, "海民养备〔2025〕0012号"},
                new Object[] {chuxiong, "楚民养备〔2026〕0005号"}, new Object[] {chuxiong, null})) {
            db.sql("insert into filing (institution_id, kind, status, receipt_no, created_at, created_by) "
                    + "values (?, 'INITIAL', 'FILED', ?, now(), 'test')").params(f[0], f[1]).update();
        }
        db.sql("insert into receipt_sequence (prefix, year, last) values ('海民养备', 2026, 3), ('海民养备', 2025, 12), "
                + "('楚民养备', 2026, 7)").update();
        db.sql("insert into receipt_prefix (region_code, prefix) values ('320623', '海民养备'), ('320682', '海民养备')").update();
    }

    private static long institution(JdbcClient db, String uscc, String region) {
        return db.sql("""
                insert into institution (uscc, name, legal_form, kind, address, region_code, created_at, created_by,
                    updated_at, updated_by)
                values (?, ?, 'NON_PROFIT', 'NURSING_HOME', '测试地址', ?, now(), 'test', now(), 'test') returning id""")
                .params(uscc, "迁移测试养老院" + uscc, region).query(Long.class).single();
    }
}
