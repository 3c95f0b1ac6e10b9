package org.eldercare.oversight.disclosure.bureau;

import org.eldercare.oversight.common.Labelled;

/** The level that issued a policy document (DIS-2, DIS-3). */
public enum PolicyLevel implements Labelled {
    NATIONAL("国家"), PROVINCIAL("省级"), PREFECTURE("市州级"), COUNTY("县级");

    private final String label;

    PolicyLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
