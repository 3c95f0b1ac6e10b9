package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.common.Labelled;

/** What kind of change an archive history entry records (REG-1). */
public enum ChangeAction implements Labelled {
    CREATE("建档"), UPDATE("监管员修改"), SELF_REPORT("机构自报"), SELF_REPORT_BY_BUREAU("民政代为更新"),
    DISCOVERY("发现未备案收住老人"), FILED("备案通过"), REVOKED("备案撤销"),
    LIFE_EVENT("撤并/转型"), TRANSITION("过渡期");

    private final String label;

    ChangeAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
