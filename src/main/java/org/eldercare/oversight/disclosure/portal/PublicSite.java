package org.eldercare.oversight.disclosure.portal;

import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.disclosure.PublicSections;
import org.eldercare.oversight.disclosure.site.SitePublication;
import org.eldercare.oversight.registry.PublicDirectory;

/**
 * One site's public page (DIS-1): the registry's facts with filing and commitment, what the site publishes itself (notice
 * and fee items; null fields when it has published nothing) and the other modules' sections, in order; a section nobody
 * provides yet is shown with no rows (暂无).
 */
record PublicSite(PublicDirectory.Site facts, Notice notice, List<SitePublication.Fee> fees, List<PublicSections.Section> sections) {

    /** The site's own notice: service items, rules, complaint phone (as the site publishes it) and its 公示 date. */
    record Notice(String serviceItems, String houseRules, String complaintPhone, LocalDate publishedOn) {
    }
}
