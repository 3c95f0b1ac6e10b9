package org.eldercare.oversight.registry.crosscheck;

import org.eldercare.oversight.common.Excel;

import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.registry.filing.FilingDecisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** REG-4 pages and API: registration import, result with Excel export, township verification leads. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
@Tag(name = "登记备案比对")
class CrossCheckController {

    private final RegistrationImportService imports;
    private final Messages messages;
    private final java.time.Clock clock;

    CrossCheckController(RegistrationImportService imports, Messages messages, java.time.Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/registrations/imports", consumes = "multipart/form-data")
    @ResponseBody
    @Operation(summary = "导入登记数据（CSV：UTF-8或GBK；或Excel），比对分类；有错误行时不导入，除非 acceptGoodRows=true")
    ResponseEntity<Object> importApi(@RequestPart("file") MultipartFile file,
                                     @RequestParam(defaultValue = "false") boolean acceptGoodRows) throws IOException {
        RegistrationImportService.Outcome o = imports.importFile(file.getOriginalFilename(), file.getBytes(), acceptGoodRows);
        if (o.importId() == null) {
            org.springframework.http.ProblemDetail pd = org.springframework.http.ProblemDetail.forStatusAndDetail(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "文件有 " + o.badRows().size() + " 行错误，未导入任何数据；修正后重新上传，或选择只导入正确的行。");
            pd.setTitle("请求有误");
            pd.setProperty("errors", o.badRows());
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        return ResponseEntity.status(201).body(o);
    }

    @GetMapping("/api/v1/registrations/imports/{id}")
    @ResponseBody
    @Operation(summary = "比对结果：各类数量及逐行结果")
    RegistrationImportService.ImportReport reportApi(@PathVariable long id) {
        return imports.report(id);
    }

    @GetMapping("/registry/imports")
    String page(Model model) {
        pageModel(model);
        return "registry/imports";
    }

    private void pageModel(Model model) {
        model.addAttribute("imports", imports.imports());
        model.addAttribute("caller", Caller.current());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("decisionsFrom", today.withDayOfMonth(1));
        model.addAttribute("decisionsTo", today);
        model.addAttribute("registrars", FilingDecisions.Registrar.values());
    }


    @PostMapping("/registry/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean acceptGoodRows, Model model, RedirectAttributes redirect) throws IOException {
        try {
            RegistrationImportService.Outcome o = imports.importFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), acceptGoodRows);
            if (o.importId() == null) {
                model.addAttribute("outcome", o);
                pageModel(model);
                return "registry/imports";
            }
            redirect.addFlashAttribute("message", "导入完成：共 " + o.totalRows() + " 行，涉及养老服务 " + o.keptRows() + " 行"
                    + (o.badRows().isEmpty() ? "" : "，跳过错误行 " + o.badRows().size() + " 行") + "。");
            return "redirect:/registry/imports/" + o.importId();
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
            return "redirect:/registry/imports";
        }
    }

    /** An empty Excel file with the column headers the import recognises, for registrars to fill in. */
    @GetMapping("/registry/imports/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.excel(Excel.write("登记数据", java.util.List.of(RegistrationFile.COLUMNS),
                java.util.List.of()), "登记数据导入模板.xlsx");
    }

    @GetMapping("/registry/imports/{id:\\d+}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", imports.report(id));
        model.addAttribute("classes", RegistrationImportService.Classification.values());
        return "registry/import-report";
    }

    @GetMapping("/registry/imports/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return Downloads.excel(imports.exportExcel(id), "登记备案比对-" + id + "-" + LocalDate.now(clock) + ".xlsx");
    }

    @GetMapping("/registry/leads")
    String leads(@RequestParam(defaultValue = "OPEN") String status, Model model) {
        model.addAttribute("leads", imports.leads("ALL".equals(status) ? null : status));
        model.addAttribute("status", status);
        return "registry/leads";
    }

    @GetMapping("/registry/leads/{id}")
    String lead(@PathVariable long id, Model model) {
        model.addAttribute("lead", imports.lead(id));
        model.addAttribute("results", RegistrationImportService.LeadResult.values());
        return "registry/lead";
    }

    @PostMapping("/registry/leads/{id}")
    String recordResult(@PathVariable long id, @RequestParam(defaultValue = "") String result, @RequestParam(required = false) String note,
                        RedirectAttributes redirect) {
        try {
            imports.recordLeadResult(id, result, note);
            redirect.addFlashAttribute("message", "核查结果已记录。");
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/registry/leads/" + id;
    }

}
