package org.eldercare.oversight.complaint.intake;

import java.util.List;
import org.eldercare.oversight.complaint.handling.ComplaintIntake;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a complaint with its attachments in one transaction: a refused file saves nothing. */
@Service
class PublicIntake {

    private final ComplaintIntake intake;
    private final Attachments attachments;

    PublicIntake(ComplaintIntake intake, Attachments attachments) {
        this.intake = intake;
        this.attachments = attachments;
    }

    @Transactional
    ComplaintIntake.Registration submit(ComplaintIntake.Submission s, List<Attachments.Upload> files, String officer) {
        Attachments.check(files);
        ComplaintIntake.Registration r = intake.register(s, officer);
        attachments.save(r.id(), files);
        return r;
    }
}
