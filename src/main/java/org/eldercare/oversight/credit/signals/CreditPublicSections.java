package org.eldercare.oversight.credit.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.credit.listing.ListingQueries;
import org.eldercare.oversight.credit.record.GradeBook;
import org.eldercare.oversight.disclosure.PublicSections;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.stereotype.Component;

/**
 * The public page's credit section of a service site (CRD-1, CRD-3): its code's grade and whether the code is on a 失信 list
 * (only published inclusions, with the list and the day published). Nothing about persons, no grounds text, no entries.
 */
@Component
class CreditPublicSections implements PublicSections {

    static final String KEY = "credit";
    private final InstitutionRoster roster;
    private final GradeBook grades;
    private final ListingQueries listings;

    CreditPublicSections(InstitutionRoster roster, GradeBook grades, ListingQueries listings) {
        this.roster = roster;
        this.grades = grades;
        this.listings = listings;
    }

    @Override
    public Optional<Section> sectionFor(long institutionId) {
        Optional<InstitutionRoster.Entry> site = roster.find(institutionId);
        if (site.isEmpty() || site.get().uscc() == null) {
            return Optional.empty();
        }
        String uscc = site.get().uscc();
        List<Row> rows = new ArrayList<>();
        grades.stored(uscc).ifPresent(g -> rows.add(new Row("信用等级", g.grade() + " 级（" + g.gradedOn() + " 评定）", null)));
        List<ListingQueries.Row> listed = listings.inForce(uscc);
        if (listed.isEmpty()) {
            rows.add(new Row("失信名单", "未列入", null));
        }
        listed.forEach(l -> rows.add(new Row("失信名单", "列入" + l.listKind().label() + "（" + l.publishedOn() + " 公布）", null)));
        return Optional.of(new Section(KEY, "信用信息", 400, List.copyOf(rows)));
    }
}
