package org.eldercare.oversight.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A region tree of its own for the overview tests (#9 item 16), so their numbers are exact on a database other tests
 * fill too: a prefecture 99xx00 (the test province 990000 does not exist in GB/T 2260) with two counties, 甲县 (townships
 * 甲一镇, 甲二镇) and 乙县 (乙一镇), written straight into the tables.
 */
final class OverviewFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();
    final String prefecture;
    final String countyA;
    final String countyB;
    final String townA1;
    final String townA2;
    final String townB1;
    private final JdbcClient jdbc;

    OverviewFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        region("990000", "测试省", 1, "000000", "/000000/990000/");
        String code = jdbc.sql("""
                select c from (select '99' || lpad(cast(n as text), 2, '0') || '00' as c from generate_series(1, 99) n) free
                where not exists (select 1 from region where code = free.c) order by c limit 1""").query(String.class).single();
        prefecture = code;
        String base = "/000000/990000/" + code + "/";
        region(code, "测试州" + code.substring(2, 4), 2, "990000", base);
        countyA = code.substring(0, 4) + "01";
        countyB = code.substring(0, 4) + "02";
        region(countyA, "甲县", 3, code, base + countyA + "/");
        region(countyB, "乙县", 3, code, base + countyB + "/");
        townA1 = countyA + "001000";
        townA2 = countyA + "002000";
        townB1 = countyB + "001000";
        region(townA1, "甲一镇", 4, countyA, base + countyA + "/" + townA1 + "/");
        region(townA2, "甲二镇", 4, countyA, base + countyA + "/" + townA2 + "/");
        region(townB1, "乙一镇", 4, countyB, base + countyB + "/" + townB1 + "/");
    }

    private void region(String code, String name, int level, String parent, String path) {
        jdbc.sql("insert into region (code, name, level, parent_code, path) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(code, name, level, parent, path).update();
    }

    /** An institution as the archive stores it; returns its id. */
    long institution(String region, String kind, String filingStatus, String operating, int beds, int nursing, LocalDate admission) {
        String uscc = String.format("OVW%05d%010d", SEQ.incrementAndGet(), System.nanoTime() % 10_000_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                insert into institution (uscc, name, legal_form, kind, address, region_code, beds_total, nursing_beds, filing_status,
                    operating_status, first_admission_date, created_at, created_by, updated_at, updated_by)
                values (?, ?, 'NON_PROFIT', ?, '测试地址', ?, ?, ?, ?, ?, ?, ?, 'test', ?, 'test') returning id""")
                .params(uscc, "概况测试机构" + uscc, kind, region, beds, nursing, filingStatus, operating,
                        admission == null ? null : Date.valueOf(admission), now, now)
                .query(Long.class).single();
    }

    /** A filing of the institution in {@code status}, flagged late or not. */
    void filing(long institutionId, String status, boolean late) {
        jdbc.sql("insert into filing (institution_id, kind, status, late, created_at, created_by) values (?, 'INITIAL', ?, ?, ?, 'test')")
                .params(institutionId, status, late, Timestamp.from(Instant.now())).update();
    }

    /** A REG-4 verification lead of the township. */
    void lead(String region, String status) {
        jdbc.sql("insert into verification_lead (name, region_code, due_date, status, created_at) values (?, ?, ?, ?, ?)")
                .params("概况测试线索", region, Date.valueOf(LocalDate.now().plusDays(5)), status, Timestamp.from(Instant.now())).update();
    }
}
