package org.eldercare.oversight.credit.record;

import org.eldercare.oversight.common.Labelled;

/**
 * What a credit entry records. Points, expiry, seriousness and the department that may enter it by hand come from the rule
 * table ({@link CreditRule}); {@code source} names the module whose event feeds it ({@code department}: entered through the
 * API). {@link #REVERSAL} cancels another entry (a correction never edits).
 */
public enum EntryKind implements Labelled {
    COMMITMENT_PUBLISHED("信用承诺公开", "registry"),
    INSPECTION_PASSED("监督检查全部符合", "inspection"),
    INSPECTION_FAILED("监督检查发现不符合项", "inspection"),
    HAZARD_GENERAL("发现一般隐患", "hazard"),
    HAZARD_MAJOR("发现重大事故隐患", "hazard"),
    HAZARD_CLOSED_ON_TIME("隐患按期整改销号", "hazard"),
    HAZARD_OVERDUE("隐患逾期未整改", "hazard"),
    HAZARD_MAJOR_OVERDUE("重大隐患逾期不改", "hazard"),
    HAZARD_RECURRED("隐患反复出现", "hazard"),
    COMPLAINT_UPHELD("投诉属实", "complaint"),
    FIRE_FINDING("消防检查发现问题", "department"),
    MARKET_PENALTY("市场监管行政处罚", "department"),
    HEALTH_FINDING("卫生健康检查发现问题", "department"),
    CIVIL_AFFAIRS_PENALTY("民政行政处罚", "department"),
    COMMENDATION("表彰奖励", "department"),
    REVERSAL("冲正（更正）", "credit");

    private final String label;
    private final String source;

    EntryKind(String label, String source) {
        this.label = label;
        this.source = source;
    }

    @Override
    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    /** Entered by a department (or a supervisor) through the API, not fed by another module's event. */
    public boolean manual() {
        return "department".equals(source);
    }
}
