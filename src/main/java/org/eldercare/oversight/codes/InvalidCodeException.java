package org.eldercare.oversight.codes;

import org.eldercare.oversight.common.PlatformException;
import org.springframework.http.HttpStatus;

/** A code that fails validation; the message key names the kind of error (messages.properties: code.*). */
public class InvalidCodeException extends PlatformException {

    public InvalidCodeException(String code, Object... args) {
        super(HttpStatus.BAD_REQUEST, code, args);
    }
}
