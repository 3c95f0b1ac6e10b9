package org.eldercare.oversight.registry.unlicensed;

import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.registry.archive.RegistryReports;

import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.RegionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** REG-5 无证机构台账, REG-6 名称规范, REG-7 消防审验 pages. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class RegistryReportsController {

    private final RegistryReports reports;
    private final UnlicensedSites sites;
    private final RegionService regions;
    private final Messages messages;
    private final java.time.Clock clock;

    RegistryReportsController(RegistryReports reports, UnlicensedSites sites, RegionService regions, Messages messages,
                              java.time.Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.sites = sites;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/registry/reports")
    String reports(Model model) {
        model.addAttribute("names", reports.names());
        model.addAttribute("fire", reports.fire());
        return "registry/reports";
    }

    @GetMapping("/registry/reports/fire.xlsx")
    ResponseEntity<byte[]> fireExcel() {
        return Downloads.excel(reports.fireExcel(), "消防审验手续问题统计-" + LocalDate.now(org.eldercare.oversight.common.ClockConfiguration.ZONE) + ".xlsx");
    }

    @GetMapping("/registry/unlicensed")
    String sites(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("sites", sites.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", UnlicensedSites.Status.values());
        return "registry/unlicensed";
    }

    @GetMapping("/registry/unlicensed/export")
    ResponseEntity<byte[]> sitesExcel() {
        return Downloads.excel(sites.excel(), "无证养老机构台账-" + LocalDate.now(org.eldercare.oversight.common.ClockConfiguration.ZONE) + ".xlsx");
    }

    private void formModel(Model model) {
        model.addAttribute("regions", regions.subtreeInScope());
        model.addAttribute("statuses", UnlicensedSites.Status.values());
        model.addAttribute("sources", UnlicensedSites.Source.values());
    }

    @GetMapping("/registry/unlicensed/new")
    String newSite(Model model) {
        formModel(model);
        model.addAttribute("form", new UnlicensedSites.Form("", "", "", "", 0, "", 0, "", "", "", "", "", "OPEN", "PATROL", LocalDate.now(clock)));
        return "registry/unlicensed-form";
    }

    @GetMapping("/registry/unlicensed/{id}")
    String edit(@PathVariable long id, Model model) {
        UnlicensedSites.Site s = sites.get(id);
        formModel(model);
        model.addAttribute("siteId", id);
        model.addAttribute("site", s);
        model.addAttribute("form", new UnlicensedSites.Form(s.name(), s.address(), s.regionCode(), s.housingNature(), s.residents(), s.fees(),
                s.staff(), s.fireRisk(), s.foodRisk(), s.managementRisk(), s.proposedDisposal(), s.outcome(), s.status(), s.source(),
                s.discoveredOn()));
        return "registry/unlicensed-form";
    }

    record SiteForm(String name, String address, String regionCode, String housingNature, Integer residents, String fees, Integer staff,
                    String fireRisk, String foodRisk, String managementRisk, String proposedDisposal, String outcome, String status,
                    String source, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discoveredOn) {
        UnlicensedSites.Form form() {
            return new UnlicensedSites.Form(name, address, regionCode, housingNature, residents, fees, staff, fireRisk, foodRisk,
                    managementRisk, proposedDisposal, outcome, status, source, discoveredOn);
        }
    }

    @PostMapping("/registry/unlicensed")
    String create(SiteForm form, Model model, RedirectAttributes redirect) {
        try {
            sites.create(form.form());
            redirect.addFlashAttribute("message", "已登记到无证机构台账。");
            return "redirect:/registry/unlicensed";
        } catch (PlatformException e) {
            formModel(model);
            model.addAttribute("form", form.form());
            model.addAttribute("error", messages.of(e));
            return "registry/unlicensed-form";
        }
    }

    @PostMapping("/registry/unlicensed/{id}")
    String update(@PathVariable long id, SiteForm form, Model model, RedirectAttributes redirect) {
        try {
            sites.update(id, form.form());
            redirect.addFlashAttribute("message", "已保存。");
            return "redirect:/registry/unlicensed";
        } catch (PlatformException e) {
            formModel(model);
            model.addAttribute("siteId", id);
            model.addAttribute("form", form.form());
            model.addAttribute("error", messages.of(e));
            return "registry/unlicensed-form";
        }
    }

}
