package org.eldercare.oversight.bench;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.List;
import java.util.SplittableRandom;
import org.eldercare.oversight.codes.IdNumber;

/**
 * The workforce module's 行业禁入 register: people who are not employed (person numbers after the staff), so no employment
 * needs the flag a ban sets; numbers stored as {@code workforce.ban.BanRegister} stores them.
 */
final class BanFiller implements TableFiller {

    static final String ID_COLUMN = "industry_ban.id_number";

    @Override
    public List<String> tables() {
        return List.of("industry_ban");
    }

    /** The ID number of banned person {@code j}. */
    static String idNumberOf(BenchData d, int j) {
        return SyntheticCodes.idNumber(d.townships.counties.get(j % d.townships.counties.size()).code(), d.scale.staff + j);
    }

    @Override
    public String fill(BenchData d, Connection c) throws Exception {
        SplittableRandom r = d.random(5);
        Timestamp at = Timestamp.from(d.now);
        try (CopyRows rows = new CopyRows(c, "industry_ban", "person_name, id_number_enc, id_number_idx, id_number_masked, source, "
                + "source_document, issuing_authority, start_date, end_date, region_code, created_at, created_by")) {
            for (int j = 0; j < d.scale.bans; j++) {
                String id = idNumberOf(d, j);
                rows.row(People.name(r), d.cipher.encrypt(id, ID_COLUMN), d.cipher.blindIndex(id, ID_COLUMN), IdNumber.mask(id), "COURT",
                        "（2025）刑初" + (100 + j) + "号", "人民法院", d.today.minusDays(r.nextInt(700)), d.today.plusDays(365 + r.nextInt(1400)),
                        d.townships.counties.get(j % d.townships.counties.size()).code(), at, BenchData.BY);
            }
        }
        return String.format("%,d industry bans", d.scale.bans);
    }
}
