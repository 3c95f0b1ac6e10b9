package org.eldercare.oversight.registry.archive;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** REG-6 名称规范 and REG-7 消防审验 reports over the archive. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class RegistryReportsController {

    private final RegistryReports reports;
    private final Clock clock;

    RegistryReportsController(RegistryReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/registry/reports")
    String reports(Model model) {
        model.addAttribute("names", reports.names());
        model.addAttribute("fire", reports.fire());
        return "registry/reports";
    }

    @GetMapping("/registry/reports/fire.xlsx")
    ResponseEntity<byte[]> fireExcel() {
        return Downloads.excel(reports.fireExcel(), "消防审验手续问题统计-" + LocalDate.now(clock) + ".xlsx");
    }
}
