package org.eldercare.oversight.registry.unlicensed;

import org.eldercare.oversight.common.Labelled;

/** How a 黑机构 came to the bureau's notice (REG-5). */
public enum SiteSource implements Labelled {
    PATROL("日常巡查"), CROSS_CHECK("登记备案比对"), COMPLAINT("投诉举报"), REFERRAL("部门移交");
    private final String label;
    SiteSource(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
