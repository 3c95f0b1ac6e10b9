package org.eldercare.oversight.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Pages: a refused action shows its Chinese reason; anything unexpected shows the 500 page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);
    private final Messages messages;

    PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    String platform(PlatformException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", messages.of(e));
        return "error/problem";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }
}
