package org.eldercare.oversight.registry.archive;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** REG-6 名称规范, REG-7 消防审验 and REG-9/HAZ-7 房屋与消防安全 reports over the archive. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class RegistryReportsController {

    private final RegistryReports reports;
    private final BuildingSafetyFigures building;
    private final Clock clock;

    RegistryReportsController(RegistryReports reports, BuildingSafetyFigures building, Clock clock) {
        this.reports = reports;
        this.building = building;
        this.clock = clock;
    }

    /** {@code region}: the region whose child regions the REG-9/HAZ-7 table breaks down (the caller's when absent). */
    @GetMapping("/registry/reports")
    String reports(@RequestParam(required = false) String region, Model model) {
        model.addAttribute("names", reports.names());
        model.addAttribute("fire", reports.fire());
        model.addAttribute("building", building.of(region));
        return "registry/reports";
    }

    @GetMapping("/registry/reports/building.xlsx")
    ResponseEntity<byte[]> buildingExcel(@RequestParam(required = false) String region) {
        return Downloads.excel(building.excel(region), "房屋与消防安全统计-" + LocalDate.now(clock) + ".xlsx");
    }

    @GetMapping("/registry/reports/fire.xlsx")
    ResponseEntity<byte[]> fireExcel() {
        return Downloads.excel(reports.fireExcel(), "消防审验手续问题统计-" + LocalDate.now(clock) + ".xlsx");
    }
}
