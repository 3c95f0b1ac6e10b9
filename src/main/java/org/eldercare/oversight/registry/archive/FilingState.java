package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.common.Labelled;

/** The institution's filing standing (REG-2): derived from its filings. */
public enum FilingState implements Labelled {
    UNFILED("未备案"), FILED("已备案"), REVOKED("备案已撤销");
    private final String label;
    FilingState(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
