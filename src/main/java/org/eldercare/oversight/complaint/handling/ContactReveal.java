package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.common.FieldCipher;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.SensitiveDataRevealed;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Shows a complainant's name and phone in full to a supervisor of the handling bureau who states why (for the feedback
 * call, the 回访), after the audit row of {@link SensitiveDataRevealed} is written; never to a partner system's token.
 */
@Component
public class ContactReveal {

    private final ComplaintService complaints;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;

    ContactReveal(ComplaintService complaints, FieldCipher cipher, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.cipher = cipher;
        this.events = events;
    }

    public record Revealed(String name, String phone) {
    }

    @Transactional(readOnly = true)
    public Revealed reveal(long id, String reason) {
        PlatformUser user = PlatformUser.current();
        if (!user.has(Role.SUPERVISOR) || user.isApiToken()) {
            throw PlatformException.forbidden("complaint.reveal.supervisorOnly");
        }
        String why = Texts.required(reason, "查看原因", 200);
        Complaint c = complaints.load(id);
        Contact contact = c.contact();
        if (contact.nameEnc() == null && contact.phoneEnc() == null) {
            throw PlatformException.conflict("complaint.reveal.nothing");
        }
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
        String roles = String.join(",", user.roles().stream().map(Enum::name).sorted().toList());
        events.publishEvent(new SensitiveDataRevealed(user.username(), roles, user.regionCode(), "complaint", String.valueOf(id),
                "contact", why, ip));
        return new Revealed(contact.nameEnc() == null ? null : cipher.decrypt(contact.nameEnc(), ComplaintIntake.NAME_COLUMN),
                contact.phoneEnc() == null ? null : cipher.decrypt(contact.phoneEnc(), ComplaintIntake.PHONE_COLUMN));
    }
}
