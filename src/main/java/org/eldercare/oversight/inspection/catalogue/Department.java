package org.eldercare.oversight.inspection.catalogue;

import org.eldercare.oversight.common.Labelled;

/** The departments of the identity module's department list (codes as there), as inspection names them. */
public enum Department implements Labelled {
    CIVIL_AFFAIRS("民政"), HOUSING("住建"), FIRE_RESCUE("消防救援"), MARKET_REGULATION("市场监管"), HEALTH("卫健"),
    ECOLOGY("生态环境"), MEDICAL_INSURANCE("医保"), PUBLIC_SECURITY("公安"), EMERGENCY("应急管理"),
    NATURAL_RESOURCES("自然资源");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The label of a stored code, or the code itself when it is not one of these. */
    public static String labelOf(String code) {
        for (Department d : values()) {
            if (d.name().equals(code)) {
                return d.label;
            }
        }
        return code;
    }
}
