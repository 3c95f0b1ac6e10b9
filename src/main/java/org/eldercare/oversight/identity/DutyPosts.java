package org.eldercare.oversight.identity;

import java.util.function.Supplier;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Page posts of the account administration. A refusal for lack of authority (三员分立, 403) is not shown as an ordinary
 * message after a redirect: it answers 403 with the Chinese error page, so the audit row shows the attempt as denied.
 * Every other refusal is shown by {@link PagePosts} as usual.
 */
final class DutyPosts {

    private DutyPosts() {
    }

    static String redirect(PagePosts posts, String target, RedirectAttributes redirect, PagePosts.Action action) {
        PlatformException[] denied = new PlatformException[1];
        String view = posts.redirect(target, redirect, () -> {
            try {
                return action.run();
            } catch (PlatformException e) {
                denied[0] = forbiddenOrRethrow(e);
                return null;
            }
        });
        if (denied[0] != null) {
            throw denied[0];
        }
        return view;
    }

    static String form(PagePosts posts, Model model, Supplier<String> action, Supplier<String> refused) {
        PlatformException[] denied = new PlatformException[1];
        String view = posts.form(model, () -> {
            try {
                return action.get();
            } catch (PlatformException e) {
                denied[0] = forbiddenOrRethrow(e);
                return null;
            }
        }, refused);
        if (denied[0] != null) {
            throw denied[0];
        }
        return view;
    }

    private static PlatformException forbiddenOrRethrow(PlatformException e) {
        if (e.status() != HttpStatus.FORBIDDEN) {
            throw e;
        }
        return e;
    }
}
