package org.eldercare.oversight.disclosure.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A service site's own publication (DIS-1): its notice (service items, rules, complaint phone) and its fee items, with
 * the 公示 date of the last change and the version a change must name (optimistic locking: a stale one is a 409).
 */
public record SitePublication(long institutionId, String institutionName, String serviceItems, String houseRules,
                              String complaintPhone, LocalDate publishedOn, Integer version, List<Fee> fees) {

    /** One fee item: what is charged, per what unit, how much (元), and how it is collected. */
    public record Fee(String item, String unit, BigDecimal price, String method, LocalDate publishedOn) {
    }

    /** What the institution sends: the whole publication at once, with the version it read (null: first publication). */
    public record Input(String serviceItems, String houseRules, String complaintPhone, List<FeeInput> fees, Integer version) {
    }

    /** A fee item as typed (the price as text, checked by {@code FeeRules}). */
    public record FeeInput(String item, String unit, String price, String method) {
    }

    /** Nothing published yet. */
    boolean empty() {
        return publishedOn == null && fees.isEmpty();
    }
}
