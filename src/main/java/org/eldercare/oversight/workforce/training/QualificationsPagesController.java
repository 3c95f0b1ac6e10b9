package org.eldercare.oversight.workforce.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.workforce.staff.CareLevel;
import org.eldercare.oversight.workforce.staff.CertificateKind;
import org.eldercare.oversight.workforce.staff.StaffDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** WRK-2 page of an employee: training and certificates (tab 培训与证书), with the forms to record them. */
@Controller
class QualificationsPagesController {

    private final Qualifications qualifications;
    private final StaffDirectory directory;
    private final PagePosts posts;
    private final Clock clock;

    QualificationsPagesController(Qualifications qualifications, StaffDirectory directory, PagePosts posts, Clock clock) {
        this.qualifications = qualifications;
        this.directory = directory;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/workforce/staff/{id}/training")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    String page(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        model.addAttribute("card", directory.card(id));
        model.addAttribute("trainings", qualifications.trainings(id));
        model.addAttribute("certificates", qualifications.certificates(id));
        model.addAttribute("trainingKinds", TrainingKind.values());
        model.addAttribute("certificateKinds", CertificateKind.values());
        model.addAttribute("levels", CareLevel.values());
        model.addAttribute("today", today);
        model.addAttribute("tab", "training");
        return "workforce/employee-training";
    }

    @PostMapping("/workforce/staff/{id}/trainings")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String training(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String provider, @RequestParam(required = false) BigDecimal hours,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                    RedirectAttributes redirect) {
        return posts.redirect("/workforce/staff/" + id + "/training", redirect, () -> {
            qualifications.recordTraining(id, new Qualifications.NewTraining(kind, title, provider, hours, completedOn));
            return "已登记培训。";
        });
    }

    @PostMapping("/workforce/staff/{id}/certificates")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String certificate(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String level,
                       @RequestParam(required = false) String number, @RequestParam(required = false) String issuer,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                       RedirectAttributes redirect) {
        return posts.redirect("/workforce/staff/" + id + "/training", redirect, () -> {
            qualifications.recordCertificate(id, new Qualifications.NewCertificate(kind, level, number, issuer, issuedOn, validUntil));
            return "已登记证书。";
        });
    }
}
