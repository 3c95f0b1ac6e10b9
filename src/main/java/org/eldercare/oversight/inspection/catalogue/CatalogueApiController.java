package org.eldercare.oversight.inspection.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.identity.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** INS-2 检查事项清单 and 检查表 (versioned templates) for partner systems. */
@RestController
@Tag(name = "检查事项与检查表")
class CatalogueApiController {

    private final Catalogue catalogue;

    CatalogueApiController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A check item as shown. */
    record ItemView(long id, String regionCode, String code, String name, String legalBasis, String clause, String method,
                    List<String> institutionKinds, String department, String departmentLabel) {

        static ItemView of(CheckItem i) {
            return new ItemView(i.id(), i.regionCode(), i.code(), i.name(), i.legalBasis(), i.clause(), i.method(), i.kinds(),
                    i.departmentCode(), i.departmentLabel());
        }
    }

    /** A template version with its item codes. */
    record TemplateView(long id, String regionCode, String code, int version, String name, List<ItemView> items) {
    }

    record ItemBody(String code, String name, String legalBasis, String clause, String method, List<String> institutionKinds,
                    String department) {
    }

    record TemplateBody(String code, String name, List<String> itemCodes) {
    }

    @GetMapping("/api/v1/check-items")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP')")
    @Operation(summary = "本辖区适用的检查事项（含上级和全国预置的GB 38600服务安全事项、备案核查事项）")
    List<ItemView> items() {
        return catalogue.items(PlatformUser.current().regionCode()).stream().map(ItemView::of).toList();
    }

    @PostMapping("/api/v1/check-items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "新增本辖区检查事项：编码、名称、法律依据及条款、检查方法、适用机构类型、责任部门（如 CIVIL_AFFAIRS、FIRE_RESCUE）")
    ItemView addItem(@RequestBody ItemBody b) {
        return ItemView.of(catalogue.addItem(new CheckItem.Input(b.code(), b.name(), b.legalBasis(), b.clause(), b.method(),
                b.institutionKinds(), Labelled.parse(Department.class, b.department(), "责任部门"))));
    }

    @GetMapping("/api/v1/check-templates")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP')")
    @Operation(summary = "本辖区适用的检查表（每个编码的最新版本）")
    List<TemplateView> templates() {
        return catalogue.templates(PlatformUser.current().regionCode()).stream().map(this::view).toList();
    }

    @PostMapping("/api/v1/check-templates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "保存检查表：新编码为第1版，已有编码生成下一版本；已开的任务保留其所用版本")
    TemplateView saveTemplate(@RequestBody TemplateBody b) {
        return view(catalogue.saveTemplate(b.code(), b.name(), b.itemCodes()));
    }

    @GetMapping("/api/v1/check-templates/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP')")
    @Operation(summary = "检查表的一个版本及其事项")
    TemplateView template(@PathVariable long id) {
        return view(catalogue.readable(id));
    }

    private TemplateView view(CheckTemplate t) {
        return new TemplateView(t.id(), t.regionCode(), t.code(), t.versionNo(), t.name(),
                catalogue.itemsOf(t).stream().map(ItemView::of).toList());
    }
}
