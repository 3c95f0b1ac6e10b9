package org.eldercare.oversight.workforce.staff;

import org.eldercare.oversight.common.Labelled;

/** 养老护理员国家职业技能标准（2019年版）: 五级/初级工 to 一级/高级技师. */
public enum CareLevel implements Labelled {
    FIVE("五级/初级工"), FOUR("四级/中级工"), THREE("三级/高级工"), TWO("二级/技师"), ONE("一级/高级技师");
    private final String label;
    CareLevel(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
