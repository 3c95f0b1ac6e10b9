package org.eldercare.oversight.registry.crosscheck;

import org.eldercare.oversight.common.Labelled;

/**
 * The four classes of the registration–filing cross-check (REG-4), and 本次登记数据中未找到 for an operating registry entry
 * that a file not declared complete for its registrar does not list: absence from a partial file accuses no one.
 */
public enum Classification implements Labelled {
    FILED("已备案"), UNFILED("登记未备案"), NOT_OPERATING("登记但未开展或不具备条件开展养老服务"),
    UNREGISTERED("未登记但实际开展（疑似无证机构）"), NOT_IN_FILE("本次登记数据中未找到");
    private final String label;
    Classification(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
