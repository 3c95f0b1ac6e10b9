package org.eldercare.oversight.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;

/**
 * The registry's public facts for the portal (DIS-1, DIS-2): the directory of service sites whose filing stands (已备案) and
 * one site's basic facts, filing receipt and published commitment. Keyed on the institution id (one service site). Nothing
 * personal is answered: no legal representative, contact person, phone number or signer's name. No data scope: it is public.
 */
public interface PublicDirectory {

    /**
     * A directory search. {@code regionCode}: the region and below (null: the whole country); {@code name}: a part of the
     * name; {@code kind}: an institution kind's code; beds between {@code minBeds} and {@code maxBeds} (inclusive, null: open);
     * {@code publicBuiltPrivateRun}: only 公建民营 sites when true. The registry has no 普惠 flag yet.
     */
    record Query(String regionCode, String name, String kind, Integer minBeds, Integer maxBeds, boolean publicBuiltPrivateRun) {
    }

    /** One row of the directory. */
    record Listing(long id, String name, String regionCode, String regionName, String kind, String kindLabel, int beds,
                   int nursingBeds, boolean publicBuiltPrivateRun, String receiptNo, LocalDate filedDate) {
    }

    /** A published commitment: its text and when it was published (the signer is not named here). */
    record Commitment(String text, Instant publishedAt) {
    }

    /** One site's public facts. */
    record Site(long id, String name, String address, String regionCode, String regionName, String kind, String kindLabel,
                int beds, int nursingBeds, boolean publicBuiltPrivateRun, String operatingStatus, String receiptNo,
                LocalDate filedDate, Commitment commitment) {
    }

    /** A kind of service site, for a search form. */
    record Kind(String code, String label) {
    }

    /** A page of filed sites matching {@code query}, newest first, keyset-paged; the total is capped ({@code common.Total}). */
    ListPage<Listing> search(Query query, PageCursor cursor);

    /** The site with this id, if its filing stands (已备案); otherwise empty, as if it did not exist. */
    Optional<Site> site(long institutionId);

    /** The kinds of service site, in their order. */
    List<Kind> kinds();
}
