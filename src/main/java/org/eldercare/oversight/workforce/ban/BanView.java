package org.eldercare.oversight.workforce.ban;

import java.time.LocalDate;

/** An entry as the API and pages show it: the number masked, the state as of today. */
public record BanView(long id, String personName, String idNumberMasked, String source, String sourceLabel, String sourceDocument,
                      String issuingAuthority, String reason, LocalDate startDate, LocalDate endDate, String state,
                      String stateLabel, String regionCode, String revokeReason) {

    static BanView of(IndustryBan b, LocalDate today) {
        IndustryBan.State s = b.state(today);
        return new BanView(b.id(), b.personName(), b.idNumberMasked(), b.source().name(), b.source().label(), b.sourceDocument(),
                b.issuingAuthority(), b.reason(), b.startDate(), b.endDate(), s.name(), s.label(), b.regionCode(), b.revokeReason());
    }
}
