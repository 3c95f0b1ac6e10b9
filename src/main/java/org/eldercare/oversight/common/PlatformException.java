package org.eldercare.oversight.common;

import org.springframework.http.HttpStatus;

/**
 * A refused request or transition. {@code code} is a message-bundle key (messages.properties) whose
 * Chinese text is shown to the user; nothing is changed when it is thrown.
 */
public class PlatformException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;

    public PlatformException(HttpStatus status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    public static PlatformException badRequest(String code, Object... args) {
        return new PlatformException(HttpStatus.BAD_REQUEST, code, args);
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
}
