package org.eldercare.oversight.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.RegistryFigures;
import org.eldercare.oversight.registry.RegistryFigures.Option;
import org.eldercare.oversight.registry.RegistryFigures.Overview;
import org.eldercare.oversight.registry.RegistryFigures.Part;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * #9 item 16, a supervisor's overview on the workbench: who sees it (民政监管员 of a region above the townships), the
 * figures the modules publish (today the registry's), the page's chart data and the Excel export of the same numbers.
 */
@Component
class Overviews {

    /** The chart and column labels that are not names of the data (statuses and kinds come with their labels). */
    private static final List<String> LABELS = List.of("region", "institutions", "total", "obliged", "obligedFiled", "filingRate",
            "beds", "nursingBeds", "nursingShare", "nursingGoal", "goalMet", "filedLate", "overdueUnfiled", "openLeads",
            "overdueInspections", "yes", "no");
    private final RegistryFigures registry;
    private final DataScope scope;
    private final RegionService regions;
    private final Messages messages;
    private final JsonMapper json;

    Overviews(RegistryFigures registry, DataScope scope, RegionService regions, Messages messages, JsonMapper json) {
        this.registry = registry;
        this.scope = scope;
        this.regions = regions;
        this.messages = messages;
        this.json = json;
    }

    /** Supervisors of a province, prefecture or county (and the whole country) see the overview; townships keep the to-dos. */
    boolean shownTo(PlatformUser user) {
        return user != null && user.has(Role.SUPERVISOR)
                && scope.currentRegion().map(r -> r.level() < Region.TOWNSHIP).orElse(false);
    }

    Overview of(String regionCode) {
        return registry.overview(regionCode);
    }

    /** The region above the one shown, to go back up after looking into a region below one's own. */
    String parentOf(Overview overview) {
        return regions.find(overview.regionCode()).map(Region::parentCode).orElse(null);
    }

    /** The chart labels, by name (overview.label.*). */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        LABELS.forEach(l -> labels.put(l, messages.get("overview.label." + l)));
        return labels;
    }

    /** What the page's charts draw: the figures and the labels, as JSON. */
    String chartData(Overview overview) {
        return json.writeValueAsString(Map.of("overview", overview, "labels", labels()));
    }

    /** All figures in one sheet: a row per child region (本级 first), then the region's total. */
    byte[] excel(Overview o) {
        Map<String, String> l = labels();
        List<String> head = new ArrayList<>(List.of(l.get("region"), l.get("institutions")));
        o.statuses().forEach(s -> head.add(s.label()));
        o.kinds().forEach(k -> head.add(k.label()));
        head.addAll(List.of(l.get("obliged"), l.get("obligedFiled"), l.get("filingRate") + "（%）", l.get("beds"), l.get("nursingBeds"),
                l.get("nursingShare") + "（%）", l.get("nursingGoal") + "（%）", l.get("goalMet"), l.get("filedLate"),
                l.get("overdueUnfiled"), l.get("openLeads"), l.get("overdueInspections")));
        List<List<Object>> rows = new ArrayList<>();
        o.parts().forEach(p -> rows.add(row(o, p, p.regionName(), l)));
        rows.add(row(o, o.total(), l.get("total"), l));
        return Excel.write(messages.get("overview.sheet"), head, rows);
    }

    private static List<Object> row(Overview o, Part p, String name, Map<String, String> l) {
        List<Object> row = new ArrayList<>(List.of(name, p.institutions()));
        for (Option s : o.statuses()) {
            row.add(p.byStatus().get(s.code()));
        }
        for (Option k : o.kinds()) {
            row.add(p.byKind().get(k.code()));
        }
        row.addAll(List.of(p.obliged(), p.obligedFiled(), orDash(p.filingRate()), p.beds(), p.nursingBeds(), orDash(p.nursingShare()),
                orDash(p.nursingGoal()), p.goalMet() == null ? "—" : l.get(p.goalMet() ? "yes" : "no"), p.filedLate(),
                p.overdueUnfiled(), p.openLeads(), p.overdueInspections()));
        return row;
    }

    private static Object orDash(Object value) {
        return value == null ? "—" : value;
    }
}
