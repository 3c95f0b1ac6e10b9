package org.eldercare.oversight.credit.listing;

import org.eldercare.oversight.common.Labelled;

/** The 9 + 1 conditions of 民发〔2019〕103号 for an inclusion (beyond the legal penalty itself); one must be named. */
public enum ListCondition implements Labelled {
    BEYOND_CHARTER("（一）超出章程规定的宗旨和业务范围进行活动"),
    RIGHTS_INFRINGED("（二）因养老服务行为侵害老年人合法权益"),
    FRAUD("（三）以非法集资或者欺骗手段销售“保健”产品等方式诈骗老年人财物"),
    MAJOR_FIRE_HAZARD_UNFIXED("（四）存在重大火灾隐患，无故拖延，逾期不改"),
    SAFETY_ACCIDENT("（五）对发生的安全事故负有主要或者直接责任"),
    SUBSIDY_FRAUD("（六）虚报冒领等方式骗取政府补贴资金等涉及财政资金违法行为"),
    OBSTRUCTED_SUPERVISION("（七）拒不接受或者不按照规定接受监督检查，或者隐瞒真实情况、弄虚作假"),
    REPORTS_NOT_FILED("（八）不按照规定报送年度工作报告、履行信息公开义务"),
    OTHER_SERIOUS("（九）其他严重违法失信情形"),
    COURT_DEFAULTER("人民法院依法认定的失信被执行人");

    private final String label;

    ListCondition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
