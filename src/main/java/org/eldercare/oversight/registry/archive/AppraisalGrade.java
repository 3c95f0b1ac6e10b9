package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.common.Labelled;

/** 房屋安全鉴定 grade (REG-9); C and D are 重大事故隐患 under the 2023 national standard, 第四条（一）. */
public enum AppraisalGrade implements Labelled {
    A("A级"), B("B级"), C("C级"), D("D级");
    private final String label;
    AppraisalGrade(String label) { this.label = label; }
    @Override
    public String label() { return label; }

    /** C or D: a major-hazard candidate (养老机构重大事故隐患判定标准, 2023). */
    public boolean unsafe() { return this == C || this == D; }
}
