package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.common.Labelled;

/** Materials a filing carries (养老机构管理办法 第九条); the required ones must be attached before submission. */
public enum FilingMaterial implements Labelled {
    REGISTRATION_CERTIFICATE("营业执照或登记证书", true),
    SITE_PROOF("服务场所权属或租赁证明", true),
    FIRE_SAFETY("消防安全材料", false),
    STAFFING("人员配备情况", false),
    SERVICE_RULES("服务项目、收费标准及管理制度", false),
    COMMITMENT_ORIGINAL("书面信用承诺原件（扫描件）", false),
    OTHER("其他材料", false);

    private final String label;
    private final boolean required;

    FilingMaterial(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }
}
