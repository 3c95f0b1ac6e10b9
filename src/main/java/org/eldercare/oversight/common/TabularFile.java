package org.eldercare.oversight.common;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded table as offices send it: CSV in UTF-8 (with or without BOM) or GBK/GB18030 ({@link UploadedText}), or
 * Excel (.xlsx/.xls, first sheet). Blank lines are dropped; every line keeps the number it has in the file, so an import
 * can name the line of each bad row. Which column is which is the importer's business. Pure: no Spring, no database.
 */
public final class TabularFile {

    /**
     * RFC 4180 as offices' spreadsheets write it, read leniently: text after a closing quote is kept, a quote left open
     * runs to the end of the file, and empty lines are kept while parsing so that each record's character position gives
     * its line in the file.
     */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).setTrailingData(true).setLenientEof(true).get();

    /** One line (CSV record or spreadsheet row) with its 1-based number in the file. */
    public record Line(int lineNo, List<String> cells) {

        /** The trimmed cell at {@code i}; "" when there is none (also for a column the file lacks, {@code i < 0}). */
        public String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The non-blank lines, and how the file was read ("Excel", "UTF-8", "GBK" …). */
    public record Content(String encoding, List<Line> lines) {
    }

    private TabularFile() {
    }

    public static Content read(byte[] content) {
        boolean excel = content.length >= 4 && ((content[0] == 'P' && content[1] == 'K')
                || ((content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF));
        String encoding;
        List<Line> lines;
        if (excel) {
            encoding = "Excel";
            lines = new ArrayList<>(readExcel(content));
        } else {
            UploadedText text = UploadedText.decode(content);
            encoding = text.encoding();
            lines = new ArrayList<>(parseCsv(text.text()));
        }
        lines.removeIf(Line::blank);
        return new Content(encoding, List.copyOf(lines));
    }

    private static List<Line> readExcel(byte[] content) {
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(content)).headRowNumber(0).sheet().doReadSync();
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (Map<Integer, String> row : rows) {
            n++;
            int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(row.get(i));
            }
            lines.add(new Line(n, cells));
        }
        return lines;
    }

    /**
     * RFC 4180 CSV (Apache Commons CSV): quoted fields may hold commas, doubled quotes and line breaks. A record's line
     * number is the file line it starts on, counted from its character position (CRLF, LF and CR each end a line).
     */
    public static List<Line> parseCsv(String text) {
        int[] lineStarts = lineStarts(text);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            for (CSVRecord record : parser) {
                lines.add(new Line(lineOf(lineStarts, record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Character positions where each line of {@code text} starts; the first line starts at 0. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The 1-based number of the line holding character {@code position}. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
