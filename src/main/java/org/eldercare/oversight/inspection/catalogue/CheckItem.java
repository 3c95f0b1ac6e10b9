package org.eldercare.oversight.inspection.catalogue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A check item of the catalogue (检查事项): code, name, legal basis and clause, method, the institution kinds it applies to
 * (empty: all) and the department responsible for it. Items are referenced by template versions and results, so an item's
 * code is never reused within its region.
 */
@Table("check_item")
public class CheckItem {

    /** What a supervisor enters for a new item. */
    public record Input(String code, String name, String legalBasis, String clause, String method, List<String> institutionKinds,
                        Department department) {
    }

    @Id
    private Long id;
    private String regionCode;
    private String code;
    private String name;
    private String legalBasis;
    private String clause;
    private String method;
    private String institutionKinds;
    private String departmentCode;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;

    CheckItem() {
    }

    static CheckItem create(String regionCode, Input in, String by, Instant now) {
        CheckItem i = new CheckItem();
        i.regionCode = regionCode;
        i.code = CheckTemplate.required(in.code(), "事项编码", 32).toUpperCase();
        i.name = CheckTemplate.required(in.name(), "事项名称", 200);
        i.legalBasis = CheckTemplate.required(in.legalBasis(), "法律依据", 200);
        i.clause = in.clause() == null || in.clause().isBlank() ? null : CheckTemplate.required(in.clause(), "条款", 100);
        i.method = CheckTemplate.required(in.method(), "检查方法", 300);
        i.institutionKinds = in.institutionKinds() == null ? "" : String.join(",", in.institutionKinds().stream()
                .filter(k -> k != null && !k.isBlank()).map(String::trim).toList());
        if (in.department() == null) {
            throw org.eldercare.oversight.common.PlatformException.badRequest("field.required", "责任部门");
        }
        i.departmentCode = in.department().name();
        i.createdAt = now;
        i.createdBy = by;
        return i;
    }

    /** Whether the item applies to an institution of {@code kind} (an empty list applies to all). */
    public boolean appliesTo(String kind) {
        return institutionKinds == null || institutionKinds.isBlank() || kinds().contains(kind);
    }

    public List<String> kinds() {
        return institutionKinds == null || institutionKinds.isBlank() ? List.of() : Arrays.asList(institutionKinds.split(","));
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String clause() {
        return clause;
    }

    public String method() {
        return method;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String departmentLabel() {
        return Department.labelOf(departmentCode);
    }
}
