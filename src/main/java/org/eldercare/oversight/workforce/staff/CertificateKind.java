package org.eldercare.oversight.workforce.staff;

import org.eldercare.oversight.common.Labelled;

/** Kinds of certificate (WRK-1, WRK-2): 职业技能等级 for care workers, practising certificates, fire-control room duty. */
public enum CertificateKind implements Labelled {
    CARE_WORKER("养老护理员职业技能等级证书"), NURSE("护士执业证书"), DOCTOR("医师执业证书"), SOCIAL_WORKER("社会工作者职业资格证书"),
    FIRE_CONTROL("消防设施操作员证书（消防控制室值班）"), HEALTH("健康证明（食品从业）"), OTHER("其他证书");
    private final String label;
    CertificateKind(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
