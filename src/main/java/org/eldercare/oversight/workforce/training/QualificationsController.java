package org.eldercare.oversight.workforce.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** WRK-2 training and certificates of an employee, for partner systems. */
@RestController
@Tag(name = "培训与证书")
class QualificationsController {

    private final Qualifications qualifications;

    QualificationsController(Qualifications qualifications) {
        this.qualifications = qualifications;
    }

    record Recorded(long id) {
    }

    record Listing(List<Qualifications.Training> trainings, List<Qualifications.Certificate> certificates) {
    }

    @GetMapping("/api/v1/staff/{id}/qualifications")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    @Operation(summary = "从业人员的培训记录和证书")
    Listing list(@PathVariable long id) {
        return new Listing(qualifications.trainings(id), qualifications.certificates(id));
    }

    @PostMapping("/api/v1/staff/{id}/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "登记培训：kind 取 SKILLS（岗前技能）/FIRE_SAFETY/FOOD_SAFETY/UPGRADE/OTHER，学时、完成日期")
    Recorded training(@PathVariable long id, @RequestBody Qualifications.NewTraining body) {
        return new Recorded(qualifications.recordTraining(id, body));
    }

    @PostMapping("/api/v1/staff/{id}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "登记证书：kind 取 CARE_WORKER/NURSE/DOCTOR/SOCIAL_WORKER/FIRE_CONTROL/HEALTH/OTHER，养老护理员证书填写 level（FIVE…ONE）、"
            + "证书编号、发证机构（培训评价组织）、发证日期、有效期至")
    Recorded certificate(@PathVariable long id, @RequestBody Qualifications.NewCertificate body) {
        return new Recorded(qualifications.recordCertificate(id, body));
    }
}
