package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.common.Labelled;

/** 消防安全标准化 status (HAZ-7); 达标 and 标杆 count towards the regional 达标 rate. */
public enum FireStandardisation implements Labelled {
    NOT_STARTED("未创建"), IN_PROGRESS("创建中"), MET("达标"), BENCHMARK("标杆");
    private final String label;
    FireStandardisation(String label) { this.label = label; }
    @Override
    public String label() { return label; }

    /** 达标 or 标杆: needs a date, counts as 达标 in the rate. */
    public boolean achieved() { return this == MET || this == BENCHMARK; }
}
