package org.eldercare.oversight.bench;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The registry's institutions (one service site each; only the columns named are filled, the rest — site number and
 * whatever the registry adds — take their defaults), with an accepted initial filing and its published 信用承诺 for the
 * filed ones (80%), a filing awaiting review for some of the others.
 */
final class InstitutionFiller implements TableFiller {

    static final String[] KINDS = {"NURSING_HOME", "NURSING_HOME", "NURSING_HOME", "DAY_CARE", "DAY_CARE", "COMMUNITY_CENTER",
        "EMBEDDED", "RURAL_CENTER", "RURAL_CENTER", "RURAL_MUTUAL_AID", "MEAL_POINT", "MEDICAL_CARE"};
    private static final String[] NOUNS = {"养老院", "养老院", "养老院", "日间照料中心", "日间照料中心", "社区养老服务中心", "嵌入式养老服务站",
        "敬老院", "敬老院", "互助养老服务站", "老年幸福食堂", "医养结合中心"};
    static final String[] BRANDS = {"福寿", "康乐", "夕阳红", "颐和", "安康", "松鹤", "长寿", "幸福", "仁爱", "慈恩", "金色年华", "福康",
        "乐龄", "怡然", "温馨", "同心", "康宁", "椿萱", "百岁", "常青", "悦年", "和美", "善德", "孝亲"};
    private static final String[] STREETS = {"人民路", "解放路", "建设路", "中山路", "和平路", "文化路", "新华路", "胜利路", "幸福路", "光明路"};

    @Override
    public List<String> tables() {
        return List.of("institution", "filing", "credit_commitment");
    }

    @Override
    public String fill(BenchData d, Connection c) throws Exception {
        int n = d.scale.institutions;
        d.institutionId = new long[n];
        d.uscc = new String[n];
        d.name = new String[n];
        d.township = new String[n];
        d.county = new String[n];
        d.filed = new boolean[n];
        long firstId = BenchData.nextId(c, "institution");
        SplittableRandom r = d.random(1);
        int[] share = d.townships.share(n);
        int i = 0;
        try (CopyRows rows = new CopyRows(c, "institution", "id, uscc, name, legal_form, kind, address, region_code, beds_total, "
                + "nursing_beds, residents, staff, filing_status, created_at, created_by, updated_at, updated_by")) {
            for (int k = 0; k < share.length; k++) {
                Townships.County county = d.townships.counties.get(k);
                for (int j = 0; j < share[k]; j++, i++) {
                    writeInstitution(d, rows, r, county, i, firstId + i);
                }
            }
        }
        int filings = writeFilings(d, c);
        return String.format("%,d institutions, %,d filings with their commitments", n, filings);
    }

    private static void writeInstitution(BenchData d, CopyRows rows, SplittableRandom r, Townships.County county, int i, long id)
            throws Exception {
        Townships.Township t = county.townships().get(r.nextInt(county.townships().size()));
        int kind = r.nextInt(KINDS.length);
        String legalForm = switch (KINDS[kind]) {
            case "RURAL_CENTER" -> "PUBLIC";
            case "MEDICAL_CARE" -> "MEDICAL";
            default -> r.nextInt(3) == 0 ? "NON_PROFIT" : "FOR_PROFIT";
        };
        int beds = switch (KINDS[kind]) {
            case "NURSING_HOME", "MEDICAL_CARE" -> 20 + r.nextInt(380);
            case "RURAL_CENTER" -> 10 + r.nextInt(90);
            case "MEAL_POINT" -> 0;
            default -> r.nextInt(30);
        };
        int nursing = beds == 0 ? 0 : r.nextInt(beds + 1);
        int residents = beds == 0 ? 0 : r.nextInt(beds + 1);
        d.institutionId[i] = id;
        d.uscc[i] = SyntheticCodes.uscc(legalForm, county.code(), i);
        d.name[i] = t.name() + BRANDS[r.nextInt(BRANDS.length)] + NOUNS[kind];
        d.township[i] = t.code();
        d.county[i] = county.code();
        d.filed[i] = r.nextInt(10) < 8;
        Timestamp created = Timestamp.from(d.now.minusSeconds(r.nextLong(10L * 365 * 86400)));
        rows.row(id, d.uscc[i], d.name[i], legalForm, KINDS[kind],
                county.name() + t.name() + STREETS[r.nextInt(STREETS.length)] + (1 + r.nextInt(300)) + "号", t.code(), beds, nursing,
                residents, d.staffCount[i], d.filed[i] ? "FILED" : "UNFILED", created, BenchData.BY, created, BenchData.BY);
    }

    /** Filed institutions: an accepted initial filing and its published commitment; 1 in 4 of the others awaits review. */
    private static int writeFilings(BenchData d, Connection c) throws Exception {
        long firstFiling = BenchData.nextId(c, "filing");
        SplittableRandom r = d.random(3);
        long[] filingOf = new long[d.institutionId.length];
        int count = 0;
        try (CopyRows rows = new CopyRows(c, "filing", "id, institution_id, kind, status, submitted_at, filed_date, receipt_no, late, "
                + "authority_code, created_at, created_by")) {
            for (int i = 0; i < filingOf.length; i++) {
                boolean awaiting = !d.filed[i] && r.nextInt(4) == 0;
                if (!d.filed[i] && !awaiting) {
                    continue;
                }
                long id = firstFiling + count++;
                filingOf[i] = id;
                Timestamp submitted = Timestamp.from(d.now.minusSeconds(r.nextLong(5L * 365 * 86400)));
                LocalDate filedOn = submitted.toLocalDateTime().toLocalDate().plusDays(r.nextInt(10));
                rows.row(id, d.institutionId[i], "INITIAL", awaiting ? "SUBMITTED" : "FILED", submitted,
                        awaiting ? null : filedOn, awaiting ? null : "备" + d.county[i] + "-" + id, !awaiting && r.nextInt(20) == 0,
                        d.county[i], submitted, BenchData.BY);
            }
        }
        try (CopyRows rows = new CopyRows(c, "credit_commitment", "filing_id, institution_id, text, signer_name, signer_title, "
                + "signed_at, published_at")) {
            for (int i = 0; i < filingOf.length; i++) {
                if (d.filed[i]) {
                    Timestamp signed = Timestamp.from(d.now.minusSeconds(r.nextLong(5L * 365 * 86400)));
                    rows.row(filingOf[i], d.institutionId[i], "本机构承诺遵守养老服务相关法律法规和标准规范，所填备案信息真实、准确、完整，"
                            + "依法依规开展养老服务，接受社会监督。", People.name(r), "法定代表人", signed, signed);
                }
            }
        }
        return count;
    }
}
