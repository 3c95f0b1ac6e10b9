package org.eldercare.oversight.registry.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eldercare.oversight.codes.MobilePhone;

/** An institution's facts as users read them (field label → displayable value): the two sides of a history entry. */
final class InstitutionSnapshot {

    private InstitutionSnapshot() {
    }

    /** The fields that differ, as label → [before, after]. */
    static Map<String, Object[]> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!java.util.Objects.equals(before.get(k), v)) {
                changes.put(k, new Object[] {before.get(k), v});
            }
        });
        return changes;
    }

    static Map<String, Object> of(Institution i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("机构名称", i.name());
        m.put("登记名称", i.legalName());
        m.put("法人类型", i.legalForm() == null ? null : i.legalForm().label());
        m.put("机构类型", i.kind() == null ? null : i.kind().label());
        m.put("地址", i.address());
        m.put("所在乡镇（街道）", i.regionCode());
        m.put("法定代表人", i.legalRepName());
        m.put("主要负责人", i.principalName());
        m.put("联系人", i.contactName());
        m.put("联系电话", MobilePhone.mask(i.contactPhone()));
        m.put("床位总数", i.bedsTotal());
        m.put("护理型床位", i.nursingBeds());
        m.put("在住老人", i.residents());
        m.put("工作人员", i.staff());
        m.put("建筑面积（㎡）", i.floorArea() == null ? null : i.floorArea().stripTrailingZeros().toPlainString());
        m.put("内设医疗机构", i.hasMedicalUnit());
        m.put("医保定点", i.medicalInsuranceDesignated());
        m.put("消防审验状态", i.fireAcceptance() == null ? null : i.fireAcceptance().label());
        m.put("食品经营许可", i.foodLicense());
        m.put("公建民营", i.publicBuiltPrivateRun());
        m.put("兜底保障机构", i.safetyNet());
        m.put("建立党组织", i.partyOrganisation());
        m.put("运营状态", i.operatingStatus() == null ? null : i.operatingStatus().label());
        m.put("首次收住老人日期", i.firstAdmissionDate() == null ? null : i.firstAdmissionDate().toString());
        BuildingSafety b = i.building();
        m.put("自建房", b.selfBuilt());
        m.put("房屋安全鉴定日期", b.appraisalDate() == null ? null : b.appraisalDate().toString());
        m.put("房屋安全鉴定等级", b.appraisalGrade() == null ? null : b.appraisalGrade().label());
        m.put("消防安全标准化", b.fireStandard().label());
        m.put("消防安全标准化日期", b.fireStandardDate() == null ? null : b.fireStandardDate().toString());
        m.put("消防安全标准化依据", b.fireStandardEvidence());
        LifeCycle l = i.life();
        m.put("撤并/转型", l.lifeEvent() == null ? null : l.lifeEvent().label() + " " + l.lifeEventDate() + "：" + l.lifeEventReason());
        m.put("过渡期", l.transitionStartsOn() == null ? null : l.transitionStartsOn() + " 至 " + l.transitionEndsOn());
        return m;
    }
}
