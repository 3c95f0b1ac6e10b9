package org.eldercare.oversight.credit.listing;

import org.eldercare.oversight.common.Labelled;

/** Where a list decision is published (民发〔2019〕103号; CRD-3 per-channel publication log, seed 004 4.3). */
public enum Channel implements Labelled {
    BUREAU_PORTAL("民政部门门户网站"), CREDIT_CHINA("信用中国"), ENTERPRISE_CREDIT("国家企业信用信息公示系统"),
    LOCAL_CREDIT_SITE("地方政府信用网站"), PROVINCIAL_CREDIT_SYSTEM("省公共信用信息系统"), NATIONAL_ELDERCARE_SYSTEM("全国养老服务信息系统");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
