package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Filing receipt numbers per filing bureau and year: 楚民养备〔2026〕0012号. The bureau is the filing's authority (REG-3,
 * {@link FilingAuthorities}: a county, or a prefecture or province for a non-profit registered there); the prefix is the
 * bureau's own ({@link ReceiptPrefixes}) and the number comes from the bureau's counter for the year
 * ({@code receipt_counter}), so two bureaus never draw the same number.
 */
@Component
class ReceiptNumbers {

    private final JdbcClient jdbc;
    private final ReceiptPrefixes prefixes;

    ReceiptNumbers(JdbcClient jdbc, ReceiptPrefixes prefixes) {
        this.jdbc = jdbc;
        this.prefixes = prefixes;
    }

    String next(String authorityCode, int year) {
        Region bureau = bureau(authorityCode);
        String prefix = prefixes.prefixOf(bureau);
        int n = jdbc.sql("""
                insert into receipt_counter (region_code, year, last) values (?, ?, 1)
                on conflict (region_code, year) do update set last = receipt_counter.last + 1 returning last""")
                .params(bureau.code(), year).query(Integer.class).single();
        return prefix + "〔" + year + "〕" + String.format("%04d", n) + "号";
    }

    private Region bureau(String regionCode) {
        return prefixes.bureauOf(regionCode).orElseThrow(() -> new IllegalStateException("unknown region " + regionCode));
    }
}
