package org.eldercare.oversight.registry.archive;

import org.eldercare.oversight.common.Labelled;

/** How a service site ended while its work goes on elsewhere (REG-13): 撤并 into another site, or 转型 into a new kind. */
public enum LifeEvent implements Labelled {
    MERGED("撤并"), TRANSFORMED("转型");

    private final String label;

    LifeEvent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
