package org.eldercare.oversight.workforce.ban;

import org.eldercare.oversight.common.Labelled;

/** Where a ban comes from (WRK-3). */
public enum BanSource implements Labelled {
    COURT("法院判决（刑法第三十七条之一从业禁止）"), CREDIT_LISTING("失信联合惩戒对象名单（从业人员）");
    private final String label;
    BanSource(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
