package org.eldercare.oversight.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit is refused before any controller is chosen, so neither the API's nor the pages' advice
 * sees it: this one answers it as the caller expects, a 413 problem in JSON under {@code /api/}, the styled Chinese page
 * elsewhere. Nothing was stored.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final Messages messages;

    UploadLimitHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        String detail = messages.get("error.status.413");
        if (RequestPaths.of(request).startsWith("/api/")) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            pd.setTitle(messages.get("error.title.413"));
            pd.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("message", detail);
        return page;
    }
}
