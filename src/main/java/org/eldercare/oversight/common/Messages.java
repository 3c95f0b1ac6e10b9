package org.eldercare.oversight.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves message-bundle keys to the platform's single UI language, Simplified Chinese. */
@Component
public class Messages {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String code, Object... args) {
        return source.getMessage(code, args, code, LOCALE);
    }

    public String of(PlatformException e) {
        return get(e.code(), e.args());
    }
}
