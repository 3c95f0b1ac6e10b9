package org.eldercare.oversight.registry.crosscheck;

import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.http.HttpStatus;

/**
 * A registration file with bad rows, refused as a whole (nothing imported) because the uploader did not choose to
 * import only the good rows: a 400 whose Chinese detail counts the bad rows and which lists them with their lines.
 */
public class BadRowsRefused extends PlatformException {

    private final transient List<BadRow> badRows;

    BadRowsRefused(List<BadRow> badRows) {
        super(HttpStatus.BAD_REQUEST, "registry.import.badRows", badRows, String.valueOf(badRows.size()));
        this.badRows = List.copyOf(badRows);
    }

    /** The refused rows with their file line numbers and Chinese reasons (the API's {@code errors: [{line, reason}]}). */
    public List<BadRow> badRows() {
        return badRows;
    }
}
