package org.eldercare.oversight.workforce.staff;

import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.http.HttpStatus;

/**
 * A staff file with bad rows, refused as a whole (nothing imported) because the uploader did not choose to import only the
 * good rows: a 400 whose Chinese detail counts the bad rows and which lists them with their lines ({@code errors}).
 */
public class BadRowsRefused extends PlatformException {

    private final transient List<BadRow> badRows;

    BadRowsRefused(List<BadRow> badRows) {
        super(HttpStatus.BAD_REQUEST, "workforce.import.badRows", badRows, String.valueOf(badRows.size()));
        this.badRows = List.copyOf(badRows);
    }

    public List<BadRow> badRows() {
        return badRows;
    }
}
