package org.eldercare.oversight.common;

import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page post reports its outcome. An action that succeeds shows {@code message} after the redirect; a
 * refused action ({@link PlatformException}) shows its Chinese reason instead ({@code error}) and has changed nothing.
 * Forms that must keep what the user typed use {@link #form}, which renders the form again with the reason.
 * A refusal is also left on the request ({@link #REFUSED}), so the audit trail records the post as refused, not as
 * the success its redirect status would suggest.
 */
@Component
public class PagePosts {

    /** Flash attribute holding the success message. */
    public static final String MESSAGE = "message";
    /** Flash or model attribute holding the Chinese reason a post was refused. */
    public static final String ERROR = "error";
    /** Request attribute holding the {@link PlatformException} that refused the post. */
    public static final String REFUSED = PagePosts.class.getName() + ".refused";
    private final Messages messages;

    public PagePosts(Messages messages) {
        this.messages = messages;
    }

    /**
     * An action that can fail with a refusal; it returns the success message to show, or null when it shows its
     * outcome some other way (a flash attribute of its own, such as a newly issued token).
     */
    @FunctionalInterface
    public interface Action {
        String run() throws Exception;
    }

    /** Runs {@code action}, then redirects to {@code target} with its message or the refusal. */
    public String redirect(String target, RedirectAttributes redirect, Action action) {
        try {
            String message = action.run();
            if (message != null) {
                redirect.addFlashAttribute(MESSAGE, message);
            }
        } catch (PlatformException e) {
            redirect.addFlashAttribute(ERROR, reason(e));
        } catch (IOException e) {
            redirect.addFlashAttribute(ERROR, reason(PlatformException.badRequest("upload.unreadable")));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "redirect:" + target;
    }

    /**
     * Runs {@code action}, which returns the view to go to (usually a redirect). If it is refused, {@code refused} prepares
     * the model to show the form again (with what the user typed) and names its view; the reason is in {@code error}.
     */
    public String form(Model model, Supplier<String> action, Supplier<String> refused) {
        try {
            return action.get();
        } catch (PlatformException e) {
            String view = refused.get();
            model.addAttribute(ERROR, reason(e));
            return view;
        }
    }

    /**
     * The Chinese text of a refusal, for the few places that show it some other way (htmx fragments); like every
     * refusal shown through this class, it marks the request as refused ({@link #REFUSED}).
     */
    public String reason(PlatformException e) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REFUSED, e, RequestAttributes.SCOPE_REQUEST);
        }
        return messages.of(e);
    }
}
