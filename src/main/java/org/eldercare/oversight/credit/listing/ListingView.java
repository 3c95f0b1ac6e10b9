package org.eldercare.oversight.credit.listing;

import java.time.LocalDate;
import java.util.List;

/** A list procedure as the API and the pages show it: its state, dates, steps (who, when, why) and publication log. */
public record ListingView(long id, String uscc, String subjectName, String regionCode, ListKind listKind, String listKindLabel,
                          ListCondition condition, String conditionLabel, String grounds, ListingStatus status, String statusLabel,
                          LocalDate noticedOn, LocalDate objectionDue, String objection, LocalDate decidedOn, LocalDate publishedOn,
                          LocalDate removableFrom, LocalDate removedOn, RemovalGround removalGround, List<ListingStep> steps,
                          List<Publication> publications) {

    public static ListingView of(Listing l) {
        return new ListingView(l.id(), l.uscc(), l.subjectName(), l.regionCode(), l.listKind(), l.listKind().label(), l.conditionCode(),
                l.conditionCode().label(), l.grounds(), l.status(), l.status().label(), l.noticedOn(), l.objectionDue(), l.objection(),
                l.decidedOn(), l.publishedOn(), l.removableFrom(), l.removedOn(), l.removalGround(), l.steps(), l.publications());
    }
}
