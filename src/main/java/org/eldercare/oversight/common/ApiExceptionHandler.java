package org.eldercare.oversight.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every {@code /api/v1} controller, always with a Chinese {@code detail}
 * and, for invalid input, an {@code errors} list of field messages. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Messages messages;

    public ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(e.status(), messages.of(e));
        pd.setTitle(messages.get("error.title." + e.status().value()));
        pd.setType(URI.create("urn:eldercare:problem:" + e.code()));
        if (!e.errors().isEmpty()) {
            pd.setProperty("errors", e.errors());
        }
        return ResponseEntity.status(e.status()).body(pd);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("error.param.invalid", e.getName()));
        pd.setTitle(messages.get("error.title.400"));
        pd.setProperty("errors", List.of(Map.of("field", e.getName(), "message", pd.getDetail())));
        return ResponseEntity.badRequest().body(pd);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Exception e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
        pd.setTitle(messages.get("error.title.403"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(pd);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled API error", e);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.internal"));
        pd.setTitle(messages.get("error.title.500"));
        return ResponseEntity.internalServerError().body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail pd = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(statusCode);
        pd.setTitle(messages.get("error.title." + statusCode.value()));
        BindingResult binding = ex instanceof MethodArgumentNotValidException m ? m.getBindingResult()
                : ex instanceof BindException b ? b.getBindingResult() : null;
        if (binding != null) {
            List<Map<String, String>> errors = binding.getFieldErrors().stream().map(fe -> {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("field", fe.getField());
                m.put("message", fe.getDefaultMessage());
                return m;
            }).toList();
            pd.setProperty("errors", errors);
            pd.setDetail(messages.get("error.validation"));
        } else {
            pd.setDetail(messages.get("error.status." + statusCode.value()));
        }
        return super.handleExceptionInternal(ex, pd, headers, statusCode, request);
    }
}
