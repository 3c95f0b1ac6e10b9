package org.eldercare.oversight.complaint.intake;

import java.time.Duration;
import java.util.Map;
import org.eldercare.oversight.common.ClientRateLimits;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The anti-abuse measure of the public complaint endpoints (ADR 0022): a rate limit per client address and purpose
 * (submitting, tracking; {@link ClientRateLimits}); past it the client is answered 429 with a Chinese problem. Logged-in
 * accounts are not limited (they are known and audited). At most {@value #MAX_ADDRESSES} addresses are told apart.
 */
@Component
class PublicRateLimits {

    static final int MAX_ADDRESSES = 10_000;

    enum Purpose { SUBMIT, TRACK }

    private final Map<Purpose, ClientRateLimits> limits;

    PublicRateLimits(@Value("${eldercare.complaint.public.submits-per-period:5}") int submits,
                     @Value("${eldercare.complaint.public.tracks-per-period:10}") int tracks,
                     @Value("${eldercare.complaint.public.period:10m}") Duration period) {
        this.limits = Map.of(Purpose.SUBMIT, new ClientRateLimits("complaint-submit", submits, period, MAX_ADDRESSES),
                Purpose.TRACK, new ClientRateLimits("complaint-track", tracks, period, MAX_ADDRESSES));
    }

    /** Takes one permit for {@code address}; refused with 429 once the address has used up the period's permits. */
    void acquire(Purpose purpose, String address) {
        if (!loggedIn() && !limits.get(purpose).tryAcquire(address)) {
            throw new PlatformException(HttpStatus.TOO_MANY_REQUESTS, "complaint.public.throttled");
        }
    }

    private static boolean loggedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
