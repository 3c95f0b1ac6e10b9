package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.common.Labelled;

/** Whether the institution operates (REG-1). */
public enum OperatingStatus implements Labelled {
    PREPARING("筹建中（未开展服务）"), OPERATING("运营中"), SUSPENDED("暂停服务"), TERMINATED("已终止");
    private final String label;
    OperatingStatus(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
