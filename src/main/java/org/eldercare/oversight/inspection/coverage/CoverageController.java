package org.eldercare.oversight.inspection.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** INS-6/INS-7 coverage of the caller's region (or a region below it) in a year: figures, the uninspected sites, an Excel report. */
@Controller
@Tag(name = "检查覆盖")
class CoverageController {

    private static final List<String> HEADERS = List.of("服务场所", "区划代码", "县级综合检查次数", "乡镇巡查次数", "本年已现场检查",
            "县级≥1次", "乡镇≥2次");
    private final Coverage coverage;
    private final InstitutionRoster roster;
    private final DataScope scope;
    private final Clock clock;

    CoverageController(Coverage coverage, InstitutionRoster roster, DataScope scope, Clock clock) {
        this.coverage = coverage;
        this.roster = roster;
        this.scope = scope;
        this.clock = clock;
    }

    /** A site without an on-site inspection this year. */
    record Uninspected(long institutionId, String name, String regionCode) {
    }

    record UninspectedPage(List<Uninspected> items, Long nextAfter) {
    }

    @GetMapping("/api/v1/inspection-coverage")
    @ResponseBody
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    @Operation(summary = "本辖区（或下级区划）某年的检查覆盖：在营服务场所数、已现场检查数、未检查数，县级≥1次与乡镇≥2次达标数")
    Coverage.Summary summary(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year) {
        return coverage.summary(region(region), year(year));
    }

    @GetMapping("/api/v1/inspection-coverage/uninspected")
    @ResponseBody
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    @Operation(summary = "本年尚未现场检查的服务场所，按编号升序；翻页用上一页返回的 nextAfter（after 参数），size 1–200")
    UninspectedPage uninspected(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) Long after, @RequestParam(required = false) Integer size) {
        int n = size == null ? 50 : size;
        if (n < 1 || n > 200) {
            throw PlatformException.badRequest("paging.size", "200");
        }
        List<Coverage.Site> sites = coverage.sites(region(region), year(year), after == null ? 0L : after, n + 1, true);
        List<Coverage.Site> page = sites.subList(0, Math.min(n, sites.size()));
        Map<Long, String> names = names(page);
        return new UninspectedPage(page.stream().map(s -> new Uninspected(s.institutionId(), names.get(s.institutionId()),
                s.regionCode())).toList(), sites.size() > n ? page.get(n - 1).institutionId() : null);
    }

    @GetMapping("/inspection/coverage")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year, Model model) {
        Region r = region(region);
        int y = year(year);
        model.addAttribute("summary", coverage.summary(r, y));
        model.addAttribute("uninspected", uninspected(r.code(), y, null, 50));
        return "inspection/coverage";
    }

    @GetMapping("/inspection/coverage.xlsx")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    void excel(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
               HttpServletResponse response) throws IOException {
        Region r = region(region);
        int y = year(year);
        Downloads.excel(response, r.name() + y + "年检查覆盖.xlsx", "检查覆盖", HEADERS, rows -> {
            List<Coverage.Site> chunk = new ArrayList<>(InstitutionRoster.MAX_IDS);
            coverage.forEachSite(r, y, site -> {
                chunk.add(site);
                if (chunk.size() == InstitutionRoster.MAX_IDS) {
                    rows.add(excelRows(chunk));
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                rows.add(excelRows(chunk));
            }
        });
    }

    private List<List<Object>> excelRows(List<Coverage.Site> chunk) {
        Map<Long, String> names = names(chunk);
        List<List<Object>> out = new ArrayList<>(chunk.size());
        for (Coverage.Site s : chunk) {
            out.add(Arrays.asList(names.get(s.institutionId()), s.regionCode(), s.county(), s.township(), s.inspected() ? "是" : "否",
                    s.county() >= Coverage.COUNTY_TARGET ? "达标" : "未达标", s.township() >= Coverage.TOWNSHIP_TARGET ? "达标" : "未达标"));
        }
        return out;
    }

    private Map<Long, String> names(List<Coverage.Site> sites) {
        Map<Long, String> names = new HashMap<>();
        roster.findAll(sites.stream().map(Coverage.Site::institutionId).toList()).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    private Region region(String code) {
        String c = code == null || code.isBlank() ? PlatformUser.current().regionCode() : code.trim();
        scope.require(c);
        return coverage.region(c);
    }

    private int year(Integer year) {
        return Coverage.year(year, LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
    }
}
