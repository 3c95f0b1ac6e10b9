package org.eldercare.oversight.registry.unlicensed;

import org.eldercare.oversight.common.Labelled;

/** Where the disposal of a 黑机构 stands (REG-5). */
public enum SiteStatus implements Labelled {
    OPEN("待处置"), RECTIFYING("整改中"), CLOSED("已办结");
    private final String label;
    SiteStatus(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
