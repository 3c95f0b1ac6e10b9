package org.eldercare.oversight.workforce.staff;

import java.util.Set;
import org.eldercare.oversight.common.Labelled;

/** The post an employment is for (WRK-1). */
public enum StaffRole implements Labelled {
    DIRECTOR("院长"), MANAGER("管理人员"), CARE_WORKER("养老护理员"), SOCIAL_WORKER("社会工作者"), DOCTOR("医生"), NURSE("护士"),
    COOK("厨师"), SECURITY("保安"), OTHER("其他");

    /** The posts WRK-5 counts as managers (院长 and 管理人员). */
    public static final Set<StaffRole> MANAGERS = Set.of(DIRECTOR, MANAGER);
    private final String label;
    StaffRole(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
