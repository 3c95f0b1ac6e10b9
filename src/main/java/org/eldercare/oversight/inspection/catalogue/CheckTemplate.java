package org.eldercare.oversight.inspection.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a check template (检查表): an ordered list of check items. A version never changes: revising a template
 * makes the next version ({@link #revise}), and a task keeps the id of the version it was opened with.
 */
@Table("check_template")
public class CheckTemplate {

    /** One item of the template, by the item's id. */
    @Table("check_template_item")
    public record Entry(long itemId) {
    }

    @Id
    private Long id;
    private String regionCode;
    private String code;
    private int versionNo;
    private String name;
    private Instant createdAt;
    private String createdBy;
    @MappedCollection(idColumn = "check_template", keyColumn = "check_template_key")
    private List<Entry> items = new ArrayList<>();

    CheckTemplate() {
    }

    /** The first version of a new template of a region. */
    static CheckTemplate first(String regionCode, String code, String name, List<Long> itemIds, String by, Instant now) {
        return build(regionCode, required(code, "模板编码", 32), 1, name, itemIds, by, now);
    }

    /** The next version of this template for {@code regionCode} (a region may revise a template it inherited). */
    CheckTemplate revise(String regionCode, int nextVersion, String newName, List<Long> itemIds, String by, Instant now) {
        if (nextVersion <= versionNo) {
            throw PlatformException.conflict("inspection.template.versionStale");
        }
        return build(regionCode, code, nextVersion, newName == null || newName.isBlank() ? name : newName, itemIds, by, now);
    }

    private static CheckTemplate build(String regionCode, String code, int version, String name, List<Long> itemIds, String by,
                                       Instant now) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw PlatformException.badRequest("inspection.template.noItems");
        }
        if (new LinkedHashSet<>(itemIds).size() != itemIds.size()) {
            throw PlatformException.badRequest("inspection.template.duplicateItem");
        }
        CheckTemplate t = new CheckTemplate();
        t.regionCode = regionCode;
        t.code = code.trim().toUpperCase();
        t.versionNo = version;
        t.name = required(name, "模板名称", 100);
        t.items = new ArrayList<>(itemIds.stream().map(Entry::new).toList());
        t.createdAt = now;
        t.createdBy = by;
        return t;
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("field.tooLong", field, String.valueOf(max));
        }
        return value.trim();
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

    public int versionNo() {
        return versionNo;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Long> itemIds() {
        return items.stream().map(Entry::itemId).toList();
    }
}
