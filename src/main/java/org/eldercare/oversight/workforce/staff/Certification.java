package org.eldercare.oversight.workforce.staff;

import java.util.Map;

/**
 * When an employee counts as certified (WRK-1, WRK-2): the person holds a certificate valid on the day (issued, not past
 * its validity) of the kind the post requires — 养老护理员: 职业技能等级证书, 护士, 医生, 社会工作者: their practising or
 * professional certificate, 厨师: a health certificate — and any valid certificate for the other posts.
 */
public final class Certification {

    /** The certificate each post requires; posts not listed accept any. */
    public static final Map<StaffRole, CertificateKind> REQUIRED = Map.of(StaffRole.CARE_WORKER, CertificateKind.CARE_WORKER,
            StaffRole.NURSE, CertificateKind.NURSE, StaffRole.DOCTOR, CertificateKind.DOCTOR,
            StaffRole.SOCIAL_WORKER, CertificateKind.SOCIAL_WORKER, StaffRole.COOK, CertificateKind.HEALTH);

    private Certification() {
    }

    /**
     * SQL: the employment aliased {@code e} is held by a person with a certificate the post requires, valid on {@code :today}
     * (a date parameter the query binds).
     */
    public static String sql(String e) {
        StringBuilder kind = new StringBuilder("case " + e + ".role");
        REQUIRED.forEach((role, cert) -> kind.append(" when '").append(role.name()).append("' then '").append(cert.name()).append("'"));
        kind.append(" else c.kind end");
        return "exists (select 1 from staff_certificate c where c.person_id = " + e + ".person_id and c.kind = " + kind
                + " and c.issued_on <= :today and (c.valid_until is null or c.valid_until >= :today))";
    }
}
