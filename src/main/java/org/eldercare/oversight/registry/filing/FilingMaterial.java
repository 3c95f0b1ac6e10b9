package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.common.Labelled;

/**
 * The kinds of material a filing may carry (养老机构管理办法 第九条; the building papers of seed 002-3 and 004-(二)). Which of
 * them a filing needs, and what may replace or exempt one, is the region's {@link FilingChecklist} (REG-11).
 */
public enum FilingMaterial implements Labelled {
    REGISTRATION_CERTIFICATE("营业执照或登记证书"),
    SITE_PROOF("服务场所权属或租赁证明"),
    PROPERTY_CERTIFICATE("不动产权证书（不动产登记证）"),
    ORIGINAL_BUILDING_RECORDS("房屋原始建设及竣工验收资料"),
    STRUCTURAL_SAFETY_REPORT("房屋建筑结构安全性鉴定报告"),
    RELOCATION_STATEMENT("近期动迁计划说明"),
    USE_CHANGE_STATEMENT("临时改变建筑使用功能说明"),
    ENVIRONMENTAL_APPROVAL("环评审批文件或备案回执"),
    FIRE_SAFETY("消防安全材料"),
    STAFFING("人员配备情况"),
    SERVICE_RULES("服务项目、收费标准及管理制度"),
    COMMITMENT_ORIGINAL("书面信用承诺原件（扫描件）"),
    OTHER("其他材料");

    private final String label;

    FilingMaterial(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
