package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.common.Labelled;

/**
 * What building the service site uses, as the filing declares it (REG-11): seed 002-3 exempts 「利用建筑面积1000平方米以下的
 * 独栋建筑或内部楼层改造为养老服务设施的」 from some papers. Together with the institution's 建筑面积 it decides
 * {@link FilingChecklist.Exemption#SMALL_CONVERSION}.
 */
public enum Premises implements Labelled {
    DETACHED("独栋建筑改造"), FLOORS("既有建筑内部楼层改造"), OTHER("其他（新建、多栋建筑等）");

    private final String label;

    Premises(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
