package org.eldercare.oversight.bench;

import java.sql.Connection;
import java.util.List;

/**
 * One part of the synthetic data set. A filler whose tables do not exist in the schema (a module not built yet) is skipped,
 * so adding the next module's data is one more implementation listed in {@link BenchGenerator#FILLERS}.
 */
interface TableFiller {

    /** The tables this filler writes; all must exist, or it is skipped. */
    List<String> tables();

    /** Writes its rows with COPY; returns a one-line summary for the log. */
    String fill(BenchData data, Connection c) throws Exception;
}
