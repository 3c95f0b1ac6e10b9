package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.common.Labelled;

/** The kind of elderly-care institution or service site (REG-1). */
public enum InstitutionKind implements Labelled {
    NURSING_HOME("养老机构"), DAY_CARE("日间照料中心"), COMMUNITY_CENTER("社区养老服务中心"), EMBEDDED("嵌入式养老机构"),
    RURAL_CENTER("农村区域养老服务中心（敬老院）"), RURAL_MUTUAL_AID("农村互助养老服务站"), MEAL_POINT("老年助餐点（老年幸福食堂）"),
    MEDICAL_CARE("医养结合机构");
    private final String label;
    InstitutionKind(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
