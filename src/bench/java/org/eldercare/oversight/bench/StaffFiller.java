package org.eldercare.oversight.bench;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.eldercare.oversight.codes.IdNumber;

/**
 * The workforce module's staff registry: one person per staff member with the 公民身份号码 stored exactly as
 * {@code workforce.staff.StaffPeople} stores it (SM4-GCM ciphertext bound to {@code staff_person.id_number}, the HMAC-SM3
 * blind index, the masked copy), and one current employment at an institution, on that institution's township.
 * Encryption runs on all cores a chunk ahead of the COPY that writes the previous chunk.
 */
final class StaffFiller implements TableFiller {

    static final String ID_COLUMN = "staff_person.id_number";
    private static final String[] ROLES = {"CARE_WORKER", "CARE_WORKER", "CARE_WORKER", "CARE_WORKER", "CARE_WORKER", "CARE_WORKER",
        "MANAGER", "DIRECTOR", "NURSE", "DOCTOR", "COOK", "SECURITY", "SOCIAL_WORKER", "OTHER"};
    private static final int CHUNK = 20_000;

    @Override
    public List<String> tables() {
        return List.of("institution", "staff_person", "staff_employment");
    }

    /** The ID number of staff member {@code p}: registered in the county of the institution employing them. */
    static String idNumberOf(BenchData d, int p) {
        return SyntheticCodes.idNumber(d.county[d.staffInstitution[p]], p);
    }

    @Override
    public String fill(BenchData d, Connection c) throws Exception {
        long firstPerson = BenchData.nextId(c, "staff_person");
        Timestamp at = Timestamp.from(d.now);
        int n = d.scale.staff;
        try (CopyRows rows = new CopyRows(c, "staff_person", "id, name, id_number_enc, id_number_idx, id_number_masked, "
                + "created_at, created_by, updated_at, updated_by")) {
            CompletableFuture<String[]> next = chunk(d, firstPerson, at, 0);
            for (int start = 0; start < n; start += CHUNK) {
                String[] lines = next.get();
                next = start + CHUNK < n ? chunk(d, firstPerson, at, start + CHUNK) : null;
                for (String line : lines) {
                    rows.raw(line);
                }
            }
        }
        SplittableRandom r = d.random(4);
        try (CopyRows rows = new CopyRows(c, "staff_employment", "person_id, institution_id, region_code, role, start_date, status, "
                + "created_at, created_by")) {
            for (int p = 0; p < n; p++) {
                int i = d.staffInstitution[p];
                LocalDate start = d.today.minusDays(1 + r.nextInt(3650));
                rows.row(firstPerson + p, d.institutionId[i], d.township[i], ROLES[r.nextInt(ROLES.length)], start, "ACTIVE", at,
                        BenchData.BY);
            }
        }
        return String.format("%,d staff with encrypted ID numbers, each with a current employment", n);
    }

    private static CompletableFuture<String[]> chunk(BenchData d, long firstPerson, Timestamp at, int start) {
        int end = Math.min(start + CHUNK, d.scale.staff);
        String stamp = at.toString();
        return CompletableFuture.supplyAsync(() -> IntStream.range(start, end).parallel().mapToObj(p -> {
            String id = idNumberOf(d, p);
            String name = People.name(d.random(1_000_000L + p));
            return (firstPerson + p) + "\t" + name + "\t" + d.cipher.encrypt(id, ID_COLUMN) + "\t" + d.cipher.blindIndex(id, ID_COLUMN)
                    + "\t" + IdNumber.mask(id) + "\t" + stamp + "\t" + BenchData.BY + "\t" + stamp + "\t" + BenchData.BY + "\n";
        }).toArray(String[]::new));
    }
}
