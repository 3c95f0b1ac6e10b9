package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.common.Labelled;

/** Where the institution stands with the fire-safety acceptance (消防审验, REG-7). */
public enum FireAcceptance implements Labelled {
    PASSED("已通过消防验收（备案）"), NOT_PASSED("未通过消防验收"),
    PAPERWORK_ONLY("仅因产权或土地手续无法办理（符合消防技术要求）"), NOT_REQUIRED("依法无需消防验收"), UNKNOWN("未核实");
    private final String label;
    FireAcceptance(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
