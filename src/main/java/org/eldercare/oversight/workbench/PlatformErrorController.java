package org.eldercare.oversight.workbench;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.eldercare.oversight.common.Messages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors the servlet container forwards to /error (unknown address, access denied, a failure outside a
 * controller): a Chinese page for browsers, a Chinese problem detail for everything else. Never a stack trace.
 */
@Controller
class PlatformErrorController implements ErrorController {

    private final Messages messages;

    PlatformErrorController(Messages messages) {
        this.messages = messages;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        response.setStatus(status);
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 500 -> "error/500";
            default -> "error/error";
        };
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        HttpStatus http = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(status);
        String detail = switch (status) {
            case 401 -> messages.get("error.unauthenticated");
            case 403 -> messages.get("error.forbidden");
            default -> messages.get("error.status." + status);
        };
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(http, detail);
        pd.setTitle(messages.get("error.title." + status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String s) {
            pd.setInstance(URI.create(s));
        }
        return ResponseEntity.status(http).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
