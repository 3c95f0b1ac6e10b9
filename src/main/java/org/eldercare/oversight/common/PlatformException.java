package org.eldercare.oversight.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refused request or transition. {@code code} is a message-bundle key (messages.properties) whose
 * Chinese text is shown to the user; nothing is changed when it is thrown.
 */
public class PlatformException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final transient List<?> errors;

    public PlatformException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    /** A refusal that lists each thing wrong (strings, or records such as a bad row with its line), as {@code errors}. */
    protected PlatformException(HttpStatus status, String code, List<?> errors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.args = args;
    }

    public static PlatformException badRequest(String code, Object... args) {
        return new PlatformException(HttpStatus.BAD_REQUEST, code, args);
    }

    /**
     * A 400 that also lists each thing wrong with the input (for instance every bad line of an uploaded file), in
     * Chinese; the API's problem detail carries them as {@code errors}.
     */
    public static PlatformException badRequestListing(String code, List<String> errors, Object... args) {
        return new PlatformException(HttpStatus.BAD_REQUEST, code, errors, args);
    }

    public static PlatformException notFound(String code, Object... args) {
        return new PlatformException(HttpStatus.NOT_FOUND, code, args);
    }

    public static PlatformException conflict(String code, Object... args) {
        return new PlatformException(HttpStatus.CONFLICT, code, args);
    }

    public static PlatformException forbidden(String code, Object... args) {
        return new PlatformException(HttpStatus.FORBIDDEN, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    /** The itemised reasons of a {@link #badRequestListing} (or a subclass's own items); empty otherwise. */
    public List<?> errors() {
        return errors;
    }
}
