package org.eldercare.oversight.registry.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * #9 item 14: facts of an archive that deserve a second look but do not stop a save, since they may be true: more
 * residents than beds (an over-capacity institution must be recorded as it is), and a code issued by another county's
 * registration authority (an institution may have moved). Shown on the archive and returned by the API with it.
 */
@Component
class ArchiveWarnings {

    private final RegionService regions;
    private final Messages messages;

    ArchiveWarnings(RegionService regions, Messages messages) {
        this.regions = regions;
        this.messages = messages;
    }

    List<String> of(Institution i) {
        List<String> warnings = new ArrayList<>();
        if (i.residents() > i.bedsTotal()) {
            warnings.add(messages.get("registry.warning.overCapacity", i.residents(), i.bedsTotal()));
        }
        codeFromAnotherCounty(i).ifPresent(warnings::add);
        return warnings;
    }

    /**
     * The code's area digits (3–8) name a county other than the one the institution lies in. A code issued at
     * prefecture or province level ({@code ..00}), or by an authority the region list does not know, says nothing.
     */
    private Optional<String> codeFromAnotherCounty(Institution i) {
        String area = Uscc.parse(i.uscc()).regionCode();
        String county = i.regionCode() == null || i.regionCode().length() < 6 ? null : i.regionCode().substring(0, 6);
        if (county == null || area.endsWith("00") || area.equals(county)) {
            return Optional.empty();
        }
        return regions.find(area).filter(r -> r.level() == Region.COUNTY).map(issuer -> messages.get("registry.warning.codeArea",
                area, issuer.name(), regions.find(county).map(Region::name).orElse(county)));
    }
}
