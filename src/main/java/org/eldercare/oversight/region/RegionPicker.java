package org.eldercare.oversight.region;

import java.util.List;

/**
 * A region field as cascading selects that load the next level on demand (htmx, {@code region/picker :: picker}): the
 * caller's region, then one select per level down to the chosen region, then its children. Never the whole country in one
 * list. Retired divisions are offered only where they are the current choice. A page puts it in its form with
 * {@code <div th:with="picker=${...}" th:insert="~{region/picker :: picker}">}; the form receives the chosen code in the
 * hidden input named {@code field} (blank when nothing valid is chosen).
 */
public record RegionPicker(String field, Kind kind, String value, Region root, List<Step> steps) {

    /** What the field takes. */
    public enum Kind {
        /** a list filter: any region of the caller's; blank means the caller's whole region */
        FILTER(Region.TOWNSHIP, "全部", false),
        /** a record's region: the caller's own region or any below it */
        ANY(Region.TOWNSHIP, "（本级）", true),
        /** a record's township (乡镇/街道): the field stays blank until one is chosen */
        TOWNSHIP(Region.TOWNSHIP, "请选择", false),
        /** a list filter down to prefectures */
        PREFECTURE_FILTER(2, "全部", false),
        /** the public commitment list's filter: the whole country down to counties, without login */
        PUBLIC_FILTER(3, "全部", false);

        final int maxLevel;
        final String blank;
        final boolean rootIsValue;

        Kind(int maxLevel, String blank, boolean rootIsValue) {
            this.maxLevel = maxLevel;
            this.blank = blank;
            this.rootIsValue = rootIsValue;
        }

        public String blank() {
            return blank;
        }

        public boolean isPublic() {
            return this == PUBLIC_FILTER;
        }
    }

    /** One select: the children of {@code parentCode}, {@code selected} the chosen one (blank: none). */
    public record Step(String parentCode, String label, List<Option> options, String selected, String vals) {
    }

    public record Option(String code, String label) {
    }

    /** The address that renders the picker again after a choice. */
    public String url() {
        return kind.isPublic() ? "/public/regions/picker" : "/regions/picker";
    }

    /** What to tell the user next, if anything. */
    public String hint() {
        return kind == Kind.TOWNSHIP && value.isEmpty() ? "请逐级选择到乡镇（街道）" : null;
    }
}
