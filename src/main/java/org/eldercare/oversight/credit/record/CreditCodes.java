package org.eldercare.oversight.credit.record;

import java.util.List;
import java.util.Locale;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.stereotype.Component;

/**
 * A 统一社会信用代码 as the caller may see it. A code's region is the regions of its service sites (several sites may share
 * one code): the caller sees the code when any of its sites lies in the caller's scope, else 404 (a sibling county cannot
 * learn that the code has a record). The code's settings are those of the region of its first site.
 */
@Component
public class CreditCodes {

    private final InstitutionRoster roster;
    private final DataScope scope;

    CreditCodes(InstitutionRoster roster, DataScope scope) {
        this.roster = roster;
        this.scope = scope;
    }

    /**
     * A code: {@code name} of its first visible site, {@code regionCode} the region whose settings apply, {@code sites} the
     * sites the caller may see.
     */
    public record Code(String uscc, String name, String regionCode, List<InstitutionRoster.Entry> sites) {

        /** The region a new entry or list procedure of the caller is filed under: its first visible site's. */
        public String filingRegion() {
            return sites.get(0).regionCode();
        }
    }

    public static String normalise(String uscc) {
        return uscc == null ? "" : uscc.trim().toUpperCase(Locale.ROOT);
    }

    /** The code, or 404 when none of its sites is in the register within the caller's scope. */
    public Code requireVisible(String uscc) {
        String code = normalise(uscc);
        List<InstitutionRoster.Entry> all = roster.sitesOf(code);
        List<InstitutionRoster.Entry> visible = all.stream().filter(s -> scope.contains(s.regionCode())).toList();
        if (visible.isEmpty()) {
            throw PlatformException.notFound("credit.code.notFound", code);
        }
        return new Code(code, visible.get(0).name(), all.get(0).regionCode(), visible);
    }

    /** The region whose settings apply to the code (its first site's), or {@code fallback} when it has no site. */
    public String settingsRegion(String uscc, String fallback) {
        List<InstitutionRoster.Entry> all = roster.sitesOf(normalise(uscc));
        return all.isEmpty() ? fallback : all.get(0).regionCode();
    }

    /** All sites of the code, whatever the caller's scope (for event-fed work and published facts). */
    public List<InstitutionRoster.Entry> sites(String uscc) {
        return roster.sitesOf(normalise(uscc));
    }
}
